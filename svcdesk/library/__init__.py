"""The voice library: every voice and kept checkpoint in one place, imported the way people share them.

- `catalog`: the folders on disk (one per voice, with voice.json), listing, finding, editing, removing;
- `importer`: .pth / .pth+.index / folder / zip / URL imports, checkpoints made into voices, atomic;
- `merge`, `export`: RVC's ckpt merge, and zips RVC WebUI and Applio import;
- `location`: where the library is (movable), `resolve`: a model argument that is a path or a voice name.
Nothing here imports Qt; torch only when weights are actually read.
"""
