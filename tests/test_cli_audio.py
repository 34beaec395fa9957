"""`svcdesk project / dataset / slice` from the command line: output, files and exit codes."""

from __future__ import annotations

import json

import numpy as np
import pytest

from svcdesk import cli
from svcdesk.audio.io import load_audio, save_audio
from svcdesk.events import Progress

SR = 32000


def song(seed: int, phrases: int = 5) -> np.ndarray:
    rng = np.random.default_rng(seed)
    parts = []
    for _ in range(phrases):
        n = int(rng.uniform(1.5, 2.5) * SR)
        t = np.arange(n) / SR
        f0 = rng.uniform(200, 400) * (1 + 0.02 * np.sin(2 * np.pi * 5.5 * t))
        parts.append(0.3 * np.sin(2 * np.pi * np.cumsum(f0) / SR))
        parts.append(np.zeros(int(0.8 * SR)))
    return np.concatenate(parts).astype(np.float32)


@pytest.fixture
def takes(tmp_path):
    folder = tmp_path / "takes ü"
    folder.mkdir()
    paths = []
    for i in range(2):
        paths.append(folder / f"take {i}.wav")
        save_audio(paths[-1], song(i), SR)
    return paths


def run(argv, capsys):
    code = cli.main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_project_new_import_report_and_slice(tmp_path, takes, capsys):
    project = tmp_path / "Mein Projekt 声"
    assert run(["project", "new", project], capsys)[0] == 0
    code, _, err = run(["project", "new", project], capsys)
    assert code == 1 and "already holds a project" in err
    code, out, _ = run(["dataset", "import", project, takes[0].parent], capsys)
    assert code == 0 and "imported 2 file(s)" in out
    code, out, _ = run(["dataset", "report", project], capsys)
    assert code == 0 and "take 0.wav" in out and "fix:" in out
    code, out, _ = run(["dataset", "report", project, "--json"], capsys)
    report = json.loads(out)
    assert code == 0 and [f["name"] for f in report["files"]] == ["take 0.wav", "take 1.wav"]
    assert report["files"][0]["figures"]["sample_rate"] == SR
    code, out, _ = run(["slice", "--project", project, "--preset", "custom", "--min-len", "1", "--max-len", "6"], capsys)
    assert code == 0 and "into 10 segment(s)" in out
    assert len(list((project / "segments").glob("*.wav"))) == 10
    code, out, _ = run(["dataset", "exclude", project, "f0002"], capsys)
    code, out, _ = run(["project", "info", project], capsys)
    assert code == 0 and "5 used for training" in out


def test_import_of_a_broken_file_fails_with_a_reason(tmp_path, capsys):
    project = tmp_path / "p"
    run(["project", "new", project], capsys)
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF")
    code, _, err = run(["dataset", "import", project, broken], capsys)
    assert code == 1 and "truncated WAV header" in err


def test_slice_files_to_a_folder(tmp_path, takes, capsys):
    out_dir = tmp_path / "out"
    code, out, _ = run(["slice", *takes, "--out", out_dir, "--min-len", "1", "--max-len", "5"], capsys)
    assert code == 0 and "wrote 10 segment(s) from 2 file(s)" in out
    segment, sr = load_audio(sorted(out_dir.glob("take 0_*.wav"))[0])
    assert sr == SR and 1.0 <= len(segment) / sr <= 5.0


@pytest.mark.parametrize(
    "argv",
    [
        ["slice"],
        ["slice", "x.wav"],
        ["slice", "--project", "p", "--out", "d", "x.wav"],
        ["slice", "x.wav", "--out", "d", "--preset", "karaoke"],
        ["slice", "x.wav", "--out", "d", "--min-len", "abc"],
        ["dataset", "import", "p"],
        ["project"],
    ],
)
def test_bad_usage_exits_with_2(argv, capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(argv)
    assert exited.value.code == 2
    capsys.readouterr()


def test_failures_exit_with_1_and_one_line(tmp_path, takes, capsys):
    code, _, err = run(["slice", takes[0], "--out", tmp_path / "o", "--min-len", "10", "--max-len", "5"], capsys)
    assert code == 1 and err.count("\n") == 1 and "longer than maximum" in err
    code, _, err = run(["dataset", "report", tmp_path / "nowhere"], capsys)
    assert code == 1 and "not an svcdesk project" in err
    code, _, err = run(["slice", tmp_path / "missing.wav", "--out", tmp_path / "o"], capsys)
    assert code == 1 and "file not found" in err


def test_ctrl_c_leaves_no_half_written_files(tmp_path, takes, capsys, monkeypatch):
    from svcdesk.utils import jobs

    real_run_job = jobs.run_job

    def interrupted_run_job(job, on_event=None, bar=None):
        seen = []

        def interrupt(event):
            if isinstance(event, Progress) and event.message == "take 1.wav":
                seen.append(event)
                if len(seen) == 2:
                    raise KeyboardInterrupt
            if on_event:
                on_event(event)

        return real_run_job(job, on_event=interrupt, bar=bar)

    monkeypatch.setattr(jobs, "run_job", interrupted_run_job)
    out_dir = tmp_path / "out"
    code, _, err = run(["slice", *takes, "--out", out_dir, "--min-len", "1", "--max-len", "5"], capsys)
    assert code == 130 and "interrupted" in err
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == [f"take 0_{i:04d}.wav" for i in range(5)]
