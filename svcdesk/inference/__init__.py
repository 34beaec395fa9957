"""Conversion pipeline, retrieval index, checkpoint comparison and scores."""

import os

# oneDNN keeps every convolution primitive it built, keyed by input shape, with its working memory:
# each chunk of a song has its own length, so peak memory grew by hundreds of MB per chunk (measured
# with the tiny generator: +500 MB per new length). Caching only pays when shapes repeat; a chunk's
# compute dwarfs building its primitives. The variable is read when oneDNN first builds a primitive, so
# it is set on import of this package, before conversion runs any torch op.
os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "0")
