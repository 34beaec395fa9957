import math
import struct
import threading

import numpy as np

from svcdesk.training.metrics import MetricsReader, MetricsWriter
from svcdesk.training import tbexport


def test_write_read_while_writing_and_after_reopen(tmp_path):
    path = tmp_path / "run" / "metrics.sqlite"
    writer = MetricsWriter(path, flush_every=0.0)
    reader = MetricsReader(path.parent)
    for step in range(10):
        writer.add_scalars(step, {"g/total": 10.0 - step, "lr/g": 1e-4})
    writer.add_event(5, "warning", "plateau", "fix: lower lr")
    series = reader.read_series(["g/total"])
    np.testing.assert_array_equal(series["g/total"][0], np.arange(10))
    np.testing.assert_allclose(series["g/total"][1], 10.0 - np.arange(10))
    assert reader.read_series(["g/total"], since_step=7)["g/total"][0].tolist() == [8, 9]
    writer.add_scalars(10, {"g/total": float("nan")})
    writer.close()
    reader.close()
    # a restart (new writer) appends; truncate drops steps redone after a resume
    writer = MetricsWriter(path)
    writer.truncate_after(6)
    writer.add_scalars(7, {"g/total": 3.5})
    writer.close()
    with MetricsReader(path) as again:
        steps, values = again.read_series(["g/total"])["g/total"]
        assert steps.tolist() == [0, 1, 2, 3, 4, 5, 6, 7] and values[-1] == 3.5
        assert [e.message for e in again.read_events()] == ["plateau"]
        assert again.last_step() == 7
        assert set(again.names()) == {"g/total", "lr/g"}


def test_nan_round_trips_as_nan(tmp_path):
    with MetricsWriter(tmp_path / "m.sqlite") as w:
        w.add_scalars(0, {"x": float("nan")})
    with MetricsReader(tmp_path / "m.sqlite") as r:
        assert math.isnan(r.read_series(["x"])["x"][1][0])


def test_reader_of_missing_run_is_empty(tmp_path):
    with MetricsReader(tmp_path) as r:
        assert r.read_series(["x"]) == {} and r.last_step() == -1 and r.read_events() == []


def test_concurrent_reader_thread_sees_growing_series(tmp_path):
    path = tmp_path / "metrics.sqlite"
    writer = MetricsWriter(path, flush_every=0.0)
    writer.add_scalars(0, {"a": 0.0})
    seen = []

    def read():
        with MetricsReader(path) as r:
            for _ in range(50):
                seen.append(len(r.read_series(["a"])["a"][0]))

    thread = threading.Thread(target=read)
    thread.start()
    for step in range(1, 200):
        writer.add_scalars(step, {"a": float(step)})
    thread.join()
    writer.close()
    assert seen == sorted(seen) and seen[0] >= 1


def test_crc32c_known_vector():
    assert tbexport.crc32c(b"123456789") == 0xE3069283


def _parse_records(data):
    pos, out = 0, []
    while pos < len(data):
        (length,) = struct.unpack_from("<Q", data, pos)
        assert struct.unpack_from("<I", data, pos + 8)[0] == tbexport.masked_crc(data[pos:pos + 8])
        payload = data[pos + 12:pos + 12 + length]
        assert struct.unpack_from("<I", data, pos + 12 + length)[0] == tbexport.masked_crc(payload)
        out.append(payload)
        pos += 16 + length
    return out


def test_tensorboard_export_writes_framed_scalar_events(tmp_path):
    with MetricsWriter(tmp_path / "metrics.sqlite") as w:
        for step in range(3):
            w.add_scalars(step, {"g/mel": 1.5 * step})
    list(tbexport.export_tensorboard(tmp_path))
    (event_file,) = (tmp_path / "tensorboard").glob("events.out.tfevents.*")
    records = _parse_records(event_file.read_bytes())
    assert b"brain.Event:2" in records[0]
    assert len(records) == 4 and all(b"g/mel" in r for r in records[1:])
    assert struct.pack("<f", 3.0) in records[-1]
