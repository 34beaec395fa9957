"""Export a run's metrics.sqlite to a TensorBoard event file, for users who prefer TensorBoard.

Written by hand rather than depending on tensorboard/protobuf: the format is a TFRecord stream
(length, masked CRC32C, payload, masked CRC32C) of `Event` protobufs, and scalars need only five
protobuf fields - about 60 lines against a 20 MB dependency that the app never otherwise needs.
"""

from __future__ import annotations

import socket
import struct
import time
from pathlib import Path
from typing import Iterator

from svcdesk.events import Progress
from svcdesk.messages import Message
from svcdesk.training.metrics import MetricsReader
from svcdesk.utils.atomic import atomic_open


def _crc32c_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x82F63B78 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_CRC_TABLE = _crc32c_table()


def crc32c(data: bytes) -> int:
    crc = 0xFFFFFFFF
    for byte in data:
        crc = _CRC_TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def masked_crc(data: bytes) -> int:
    crc = crc32c(data)
    return (((crc >> 15) | (crc << 17)) + 0xA282EAD8) & 0xFFFFFFFF


def _varint(value: int) -> bytes:
    out = bytearray()
    value &= 0xFFFFFFFFFFFFFFFF
    while True:
        bits = value & 0x7F
        value >>= 7
        if value:
            out.append(bits | 0x80)
        else:
            out.append(bits)
            return bytes(out)


def _field_bytes(number: int, payload: bytes) -> bytes:
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def encode_scalar_event(wall: float, step: int, tag: str, value: float) -> bytes:
    """Event{wall_time=1 (double), step=2 (int64), summary=5 {value=1 {tag=1, simple_value=2 (float)}}}."""
    summary_value = _field_bytes(1, tag.encode("utf-8")) + bytes([2 << 3 | 5]) + struct.pack("<f", value)
    summary = _field_bytes(1, summary_value)
    return bytes([1 << 3 | 1]) + struct.pack("<d", wall) + _varint(2 << 3) + _varint(step) + _field_bytes(5, summary)


def encode_version_event(wall: float) -> bytes:
    return bytes([1 << 3 | 1]) + struct.pack("<d", wall) + _field_bytes(3, b"brain.Event:2")


def tfrecord(payload: bytes) -> bytes:
    header = struct.pack("<Q", len(payload))
    return header + struct.pack("<I", masked_crc(header)) + payload + struct.pack("<I", masked_crc(payload))


def export_tensorboard(run_dir: str | Path, out_dir: str | Path | None = None) -> Iterator[Progress]:
    """Write `<out_dir>/events.out.tfevents.<time>.<host>.svcdesk` with every scalar of the run."""
    run_dir = Path(run_dir)
    out_dir = Path(out_dir) if out_dir is not None else run_dir / "tensorboard"
    out_path = out_dir / f"events.out.tfevents.{int(time.time())}.{socket.gethostname()}.svcdesk"
    with MetricsReader(run_dir) as reader:
        series = reader.read_series()
    total = sum(len(steps) for steps, _ in series.values())
    done = 0
    with atomic_open(out_path, "wb") as handle:
        handle.write(tfrecord(encode_version_event(time.time())))
        wall = time.time()
        for name, (steps, values) in series.items():
            for step, value in zip(steps.tolist(), values.tolist()):
                handle.write(tfrecord(encode_scalar_event(wall, step, name, value)))
            done += len(steps)
            yield Progress(done, total, Message("exported {name}", name=name))
    yield Progress(total, total, Message("wrote {out_path}", out_path=out_path))
