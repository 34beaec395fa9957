"""Voice library: list 200 voices (goal: under 0.2 s, no weights loaded) and import a 55 MB voice zip.

Listing is measured twice: folders with their voice.json (what imports write) and folders copied in by hand
(no voice.json: each .pth's structure is read from its pickle). torch.load is replaced by a trap during both,
so a listing that loaded weights would fail here. The import is a full-size RVC v2 40k voice (fp16, random
weights, about 55 MB) with a faiss index, zipped in a nested folder the way voices are shared.

    .venv/bin/python benchmarks/bench_library.py
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

VOICES = 200
REPEATS = 5


def _tiny_voice(path: Path) -> Path:
    import torch

    from svcdesk.models.config import ModelConfig
    from svcdesk.models.rvcfile import save_voice
    from svcdesk.models.synthesizer import Synthesizer

    torch.manual_seed(0)
    return save_voice(path, Synthesizer.from_model_config(ModelConfig.tiny()))


def _fill(root: Path, template: Path, with_metadata: bool) -> None:
    from svcdesk.library.catalog import METADATA_FILE

    data = json.loads((template / METADATA_FILE).read_text(encoding="utf-8"))
    for number in range(VOICES):
        folder = root / f"Voice {number:03d}"
        folder.mkdir(parents=True)
        shutil.copyfile(template / data["weights"], folder / data["weights"])
        if with_metadata:
            (folder / METADATA_FILE).write_text(json.dumps({**data, "name": folder.name}), encoding="utf-8")


def _time_listing(root: Path) -> tuple[float, float, int]:
    import torch

    from svcdesk.library.catalog import Library

    real_load = torch.load

    def trap(*_args, **_kwargs):
        raise AssertionError("listing loaded weights")

    torch.load = trap
    try:
        times = []
        for _ in range(REPEATS):
            began = time.perf_counter()
            voices = Library(root).voices()
            times.append(time.perf_counter() - began)
    finally:
        torch.load = real_load
    return times[0], statistics.median(times[1:]), len(voices)


def _full_voice_zip(folder: Path) -> Path:
    import faiss
    import numpy as np
    import torch

    from svcdesk.inference.index import save_index
    from svcdesk.models.config import ModelConfig
    from svcdesk.models.rvcfile import save_voice
    from svcdesk.models.synthesizer import Synthesizer

    torch.manual_seed(0)
    voice = save_voice(folder / "Big Voice.pth", Synthesizer.from_model_config(ModelConfig.rvc_v2(40000)))
    vectors = np.random.default_rng(0).standard_normal((4000, 768)).astype(np.float32)
    index = faiss.index_factory(768, "IVF64,Flat")
    index.train(vectors)
    index.add(vectors)
    index_path = folder / "added_IVF64_Flat_nprobe_1_Big Voice_v2.index"
    save_index(index, index_path)
    archive_path = folder / "Big Voice RVC v2.zip"
    with zipfile.ZipFile(archive_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(voice, "Big Voice/Big Voice.pth")
        archive.write(index_path, f"Big Voice/{index_path.name}")
        archive.writestr("__MACOSX/Big Voice/._Big Voice.pth", b"junk")
    return archive_path


def main() -> None:
    import torch

    from svcdesk.library.catalog import Library
    from svcdesk.library.importer import ImportFinished, import_voices

    torch.set_num_threads(1)
    with tempfile.TemporaryDirectory(prefix="bench-library-") as tmp:
        tmp = Path(tmp)
        seed = Library(tmp / "seed")
        list(import_voices([_tiny_voice(tmp / "Template.pth")], library=seed))
        template = seed.voices()[0].folder
        _fill(tmp / "with-metadata", template, True)
        _fill(tmp / "by-hand", template, False)
        _first, listed, count = _time_listing(tmp / "with-metadata")
        first, again, count_hand = _time_listing(tmp / "by-hand")
        print(f"list {count} voices (voice.json):            {listed * 1000:7.1f} ms  (goal < 200 ms, no weights loaded)")
        print(f"list {count_hand} voices copied in by hand, first: {first * 1000:7.1f} ms  (each .pth's pickle read, "
              f"voice.json written)")
        print(f"  the same folders listed again:       {again * 1000:7.1f} ms")

        archive = _full_voice_zip(tmp)
        size = archive.stat().st_size
        library = Library(tmp / "import")
        began = time.perf_counter()
        events = list(import_voices([archive], library=library))
        elapsed = time.perf_counter() - began
        finished = next(e for e in events if isinstance(e, ImportFinished))
        entry = library.find(finished.imported[0])
        print(f"import a {size / 1e6:.1f} MB voice zip:             {elapsed:7.2f} s  "
              f"({entry.size_bytes / 1e6:.1f} MB voice, {entry.parameters:,} parameters, index "
              f"{'paired' if entry.index else 'missing'})")


if __name__ == "__main__":
    main()
