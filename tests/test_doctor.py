"""`svcdesk doctor`: the report users paste into bug reports."""

from __future__ import annotations

import json
import sys

from svcdesk import assets, cli, doctor


def test_doctor_prints_versions_libraries_gpu_and_weights(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv(assets.ASSETS_DIR_ENV, str(tmp_path / "weights"))
    (tmp_path / "weights").mkdir()
    (tmp_path / "weights" / assets.get_asset("rmvpe").file_name).write_bytes(b"not the published rmvpe")
    assert cli.main(["doctor"]) == 0
    out = capsys.readouterr().out
    for heading in ("[svcdesk]", "[packages]", "[GPU]", "[weight files]"):
        assert heading in out
    assert "every package matches" in out
    assert "torchaudio:" in out and "(native library loads)" in out
    assert "cuDNN:" in out and "PySide6-Essentials: 6." in out
    assert "GPU:" in out or "GPU 0:" in out
    digest = assets.sha256_file(tmp_path / "weights" / "rmvpe.pt")
    assert f"rmvpe:" in out and "mismatch" in out and f"sha256 {digest}" not in out  # wrong size: not hashed
    assert "contentvec:" in out and "missing (hubert_base.pt)" in out


def test_doctor_json_keeps_every_row(capsys):
    assert cli.main(["doctor", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert list(report) == ["svcdesk", "packages", "GPU", "weight files"]
    labels = [label for label, _ in report["packages"]]
    assert labels[:2] == ["lock", "torch"] and "torchaudio" in labels


def test_a_torchaudio_that_does_not_load_is_reported_not_raised(monkeypatch):
    monkeypatch.setitem(sys.modules, "torchaudio", None)  # importing it now raises ImportError
    rows = dict(doctor._guarded(doctor._torchaudio, "torchaudio"))
    assert "native library does not load" in rows["torchaudio"] and "make sync" in rows["torchaudio"]


def test_a_failing_probe_becomes_one_line():
    def broken():
        raise RuntimeError("driver exploded\nsecond line")

    assert doctor._guarded(broken, "GPU") == [("GPU", "could not be checked: RuntimeError: second line")]
