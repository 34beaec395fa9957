"""Retrieval index files around a voice: what each holds (read from its header) and which voice it belongs to.

RVC names an index `added_IVF{n}_Flat_nprobe_1_{name}_{version}.index` (and leaves a vector-less
`trained_...` one beside it). A faiss file starts with a four-letter type and the vector width, so the
dimension is read from its first 8 bytes; faiss itself would read the whole file (often hundreds of MB).
"""

from __future__ import annotations

import re
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from svcdesk.messages import Message

_RVC_INDEX = re.compile(r"^(?P<kind>added|trained)_IVF(?P<n>\d+)_Flat_nprobe_\d+_(?P<name>.*?)(?:_(?P<version>v[12]))?$",
                        re.IGNORECASE)
#: Widths of the content features: v1 voices use 256, v2 voices 768.
FEATURE_DIMS = {"v1": 256, "v2": 768}


@dataclass(frozen=True)
class IndexFile:
    path: Path
    dim: int  # 0 when the header is not a faiss one
    model_name: str  # the voice name in RVC's file name ("" when the name has no such part)
    vectorless: bool  # RVC's `trained_` intermediate file
    n_ivf: int = 0


def read_index_file(path: Path) -> IndexFile:
    try:
        with open(path, "rb") as handle:
            head = handle.read(48)
    except OSError:
        head = b""
    dim = lists = 0
    if len(head) >= 8 and head[:1] == b"I" and head[1:4].isascii():
        dim = struct.unpack("<i", head[4:8])[0]
        if head[:4] == b"IwFl" and len(head) >= 45:  # IVF Flat: the list count follows the 33-byte header
            lists = struct.unpack("<Q", head[37:45])[0]
    match = _RVC_INDEX.match(path.stem)
    if match and not lists:
        lists = int(match.group("n"))
    return IndexFile(path, dim if 0 < dim < 65536 else 0, match.group("name") if match else path.stem,
                     bool(match and match.group("kind").lower() == "trained"), int(lists) if lists < 2**31 else 0)


def comparable(text: str) -> str:
    """A name reduced to what two spellings of it share: case, separators and version tags do not count."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"(?:^|[\W_])(?:v[12]|rvc|\d+e(?:poch)?s?|e\d+|s\d+|epoch\d+)(?=$|[\W_])", " ", text)
    return re.sub(r"[\W_]+", "", text)


def name_score(voice_stem: str, index: IndexFile) -> int:
    """3: same name; 2: one name contains the other; 0: unrelated."""
    voice, other = comparable(voice_stem), comparable(index.model_name)
    if not voice or not other:
        return 0
    if voice == other:
        return 3
    if voice in other or other in voice:
        return 2
    return 0


def mismatch_message(index: IndexFile, voice_name: str, version: str) -> Message:
    return Message("{index} holds {dim}-dim features but {voice} is an RVC {version} voice ({expected}-dim); the "
                   "voice was imported without it", index=index.path.name, dim=index.dim, voice=voice_name,
                   version=version, expected=FEATURE_DIMS.get(version, 768))


def export_index_name(index: IndexFile, name: str, version: str) -> str:
    """The name RVC WebUI and Applio expect beside `name`.pth: added_IVF{n}_Flat_nprobe_1_{name}_{version}.index."""
    from svcdesk.inference.index import index_file_name

    return index_file_name(index.n_ivf or 1, name, version)
