"""Conversion pipeline, retrieval index, checkpoint comparison and scores."""

import os

# oneDNN keeps the convolution primitives it built, keyed by input shape, with their working memory. Each chunk
# of a song has its own length, and with an unbounded cache peak memory grew by hundreds of MB per chunk. The
# planned decoder runs in tiles of one shape, so a small cache still lets every tile reuse the last one's
# primitives while old chunk lengths fall out. Measured (bench_convert.py, 60 s at 40k, 2 threads): capacity 0
# RTF 1.18; 128 RTF 1.03 with peak RSS 2502 MB for 1 min vs 3282 MB for 10 min (1.31x); 256 grew 1.73x.
# The variable is read when oneDNN first builds a primitive, so it is set on import of this package, before
# conversion runs any torch op.
os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "128")
