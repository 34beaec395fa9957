"""Songs in, songs out: the vocal taken out of a full mix, converted, and the accompaniment put back.

`models` builds the RoFormer separators (pymss-core's model classes, weights from the asset registry),
`engine` runs one over a song in overlapping chunks with flat memory, `cache` keeps the stems by
(song hash, model, settings), `remix` puts a converted vocal back over the accompaniment, and `cover` is
the one job that does all of it. No Qt here: the CLI (`svcdesk cover`) and the GUI run the same generators.
"""
