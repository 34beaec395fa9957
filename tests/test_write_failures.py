"""Every writer under a failing disk: one line naming the cause (with the fix), the previous good file intact and
loadable, no temporary file left, and a clean-up that never hides the first error.

The failures are injected (tests/faults.py) at the Nth write or rename of a named file, or at a SQLite commit,
with ENOSPC, EACCES or EROFS; a last test fills a real tmpfs where the machine allows mounting one."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
import soundfile as sf

from faults import Faults, leftover_temporaries
from inference_fixtures import SR16, random_voice_file, sung_tone
from svcdesk.storage import DISK_FULL, PERMISSION, READ_ONLY, StorageError
from training_helpers import _tiny_config, synthetic_sources

pytestmark = pytest.mark.usefixtures("one_torch_thread")

CAUSES = {
    errno.ENOSPC: (DISK_FULL, "the disk is full"),
    errno.EACCES: (PERMISSION, "permission denied"),
    errno.EROFS: (READ_ONLY, "is read-only"),
}


@pytest.fixture
def faults(monkeypatch):
    return Faults(monkeypatch)


def one_line(text: str) -> str:
    assert "\n" not in text.strip() and "Traceback" not in text, text
    return text


def run_training(tmp_path, steps=3, **extra):
    from svcdesk.training.trainer import train

    config = _tiny_config("run", steps, save_every_steps=1, **extra)
    return list(train(config, sources=synthetic_sources(6), runs_dir=tmp_path / "runs"))


@pytest.mark.parametrize("code", sorted(CAUSES))
def test_a_failed_checkpoint_keeps_the_last_good_one(tmp_path, faults, code):
    from svcdesk.models.checkpoint import load_checkpoint

    faults.fail_write("latest.pt", nth=2, code=code)
    with pytest.raises(StorageError) as caught:
        run_training(tmp_path)
    kind, words = CAUSES[code]
    message = one_line(str(caught.value))
    assert caught.value.kind == kind and words in message and "latest.pt" in message
    assert message.endswith("The last checkpoint, step 1, is intact.")
    folder = tmp_path / "runs" / "run" / "checkpoints"
    assert load_checkpoint(folder / "latest.pt").step == 1
    assert leftover_temporaries(tmp_path) == []


def test_a_failed_preview_is_the_error_even_when_the_metrics_store_fails_too(tmp_path, faults):
    faults.fail_replace("step_2.wav", code=errno.ENOSPC)
    faults.fail_sqlite_commit(after_first_failure=True)
    with pytest.raises(StorageError) as caught:
        run_training(tmp_path)
    message = one_line(str(caught.value))
    assert "step_2.wav: the disk is full" in message, message
    assert "database" not in message
    assert not (tmp_path / "runs" / "run" / "previews" / "step_2.wav").exists()
    assert leftover_temporaries(tmp_path) == []


def test_a_full_metrics_store_names_itself(tmp_path, faults):
    faults.fail_sqlite_commit(nth=1)
    with pytest.raises(StorageError) as caught:
        run_training(tmp_path, steps=2)
    message = one_line(str(caught.value))
    assert "metrics.sqlite: the disk is full" in message


def test_a_failed_cache_write_leaves_the_finished_pieces(tmp_path, faults):
    from svcdesk.config import FeatureConfig
    from svcdesk.features.cache import FeatureCacheReady, build_feature_cache

    segments = []
    for i in range(3):
        path = tmp_path / "segments" / f"seg{i}.wav"
        path.parent.mkdir(exist_ok=True)
        sf.write(path, sung_tone(1.5, 200.0 + 20 * i, 40000), 40000, subtype="PCM_16")
        segments.append(path)
    config = FeatureConfig(sample_rate=40000, f0_method="pm", demo_encoder=True)
    cache = tmp_path / "cache"
    faults.fail_write("content-", nth=2, code=errno.ENOSPC)
    with pytest.raises(StorageError) as caught:
        list(build_feature_cache(segments, config, cache_dir=cache, workers=0))
    assert "content-" in one_line(str(caught.value)) and "the disk is full" in str(caught.value)
    assert leftover_temporaries(cache) == []
    ready = [e for e in build_feature_cache(segments, config, cache_dir=cache, workers=0)
             if isinstance(e, FeatureCacheReady)][0]
    assert ready.usable == 3 and ready.computed < 9, "the pieces written before the failure are reused"


@pytest.mark.parametrize("code", sorted(CAUSES))
def test_cli_convert_prints_one_line_and_writes_nothing(tmp_path, faults, capsys, code):
    from svcdesk.cli import main

    voice = random_voice_file(tmp_path / "voice.pth")
    source = tmp_path / "in.wav"
    sf.write(source, sung_tone(1.0), SR16)
    out = tmp_path / "out" / "result.wav"
    faults.fail_replace("result.wav", code=code)
    assert main(["convert", "--model", str(voice), "--input", str(source), "--output", str(out), "--f0", "pm",
                 "--demo-encoder"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and err.startswith("svcdesk: error: ")
    assert CAUSES[code][1] in err and "result.wav" in err
    assert not out.exists() and leftover_temporaries(tmp_path) == []


def test_export_keeps_the_previous_file(tmp_path, faults, capsys):
    from svcdesk.cli import main
    from svcdesk.models.rvcfile import load_voice

    voice = random_voice_file(tmp_path / "voice.pth")
    exported = tmp_path / "exports" / "voice_v2.pth"
    assert main(["model", "export", str(voice), str(exported)]) == 0
    before = exported.read_bytes()
    faults.fail_write("voice_v2.pth", code=errno.ENOSPC, at_write=3)
    assert main(["model", "export", str(voice), str(exported), "--info", "again"]) == 1
    assert "the disk is full" in one_line(capsys.readouterr().err)
    assert exported.read_bytes() == before and load_voice(exported).sample_rate == 40000
    assert leftover_temporaries(tmp_path) == []


def test_a_failed_render_stops_the_comparison_with_its_cause(tmp_path, faults):
    from svcdesk.config import ConversionConfig
    from svcdesk.inference.compare import compare

    models = [random_voice_file(tmp_path / "a.pth", seed=1), random_voice_file(tmp_path / "b.pth", seed=2)]
    source = tmp_path / "clip.wav"
    sf.write(source, sung_tone(1.0), SR16)
    faults.fail_replace("b_", code=errno.ENOSPC)
    with pytest.raises(StorageError) as caught:
        list(compare(models, source, tmp_path / "compare", ConversionConfig(f0_method="pm"), demo_encoder=True))
    assert "the disk is full" in one_line(str(caught.value))
    renders = sorted(p.name for p in (tmp_path / "compare" / "renders").glob("*.wav"))
    assert len(renders) == 1 and renders[0].startswith("a_"), "the first render stays"
    assert leftover_temporaries(tmp_path) == []


def test_a_read_only_project_folder_keeps_the_manifest(tmp_path, faults):
    from svcdesk.project import MANIFEST_NAME, Project

    project = Project.create(tmp_path / "Song")
    before = (project.root / MANIFEST_NAME).read_text(encoding="utf-8")
    project.manifest["note"] = "changed"
    faults.fail_replace(MANIFEST_NAME, code=errno.EROFS)
    with pytest.raises(StorageError) as caught:
        project.save()
    assert "is read-only" in one_line(str(caught.value)) and caught.value.kind == READ_ONLY
    assert (project.root / MANIFEST_NAME).read_text(encoding="utf-8") == before
    assert Project.open(project.root).manifest.get("note") is None
    assert leftover_temporaries(tmp_path) == []


def test_a_failed_import_copy_leaves_no_partial_original(tmp_path, faults):
    from svcdesk.project import Project

    project = Project.create(tmp_path / "Song")
    take = tmp_path / "take.wav"
    sf.write(take, sung_tone(3.0), SR16)
    faults.fail_write("take.wav", code=errno.ENOSPC, at_write=1)
    with pytest.raises(StorageError) as caught:
        list(project.import_files([take]))
    assert "take.wav: the disk is full" in one_line(str(caught.value))
    assert list(project.raw_dir.iterdir()) == [] and Project.open(project.root).files == []
    assert leftover_temporaries(tmp_path) == []


def test_new_files_get_the_users_permissions(tmp_path):
    from svcdesk.audio.io import save_audio
    from svcdesk.storage import UMASK
    from svcdesk.utils.atomic import torch_save_atomic, write_json_atomic

    expected = 0o666 & ~UMASK
    made = [save_audio(tmp_path / "a.wav", sung_tone(0.5), SR16), tmp_path / "b.json", tmp_path / "c.pt"]
    write_json_atomic(made[1], {"a": 1})
    torch_save_atomic({"w": 1}, made[2])
    for path in made:
        assert os.stat(path).st_mode & 0o777 == expected, f"{path.name}: {oct(os.stat(path).st_mode & 0o777)}"


@pytest.fixture
def small_tmpfs(tmp_path):
    """A real 24 MB tmpfs; skipped where mounting is not allowed (not root, or a container without the right)."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    mount = tmp_path / "small disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount)], capture_output=True,
                            text=True)
    if result.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs ({result.stderr.strip()})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def fill(folder, leave_bytes: int) -> None:
    free = shutil.disk_usage(folder).free
    with open(folder / "filler.bin", "wb") as handle:
        handle.truncate(0)
        block = b"\0" * (1 << 20)
        remaining = free - leave_bytes
        while remaining > 0:
            handle.write(block[:min(len(block), remaining)])
            remaining -= len(block)


def test_on_a_real_full_disk_training_stops_before_the_save_and_convert_refuses_early(small_tmpfs, tmp_path):
    from svcdesk.training.events import CheckpointSaved, DiskSpaceLow
    from svcdesk.training.trainer import train

    runs = small_tmpfs / "runs"
    config = _tiny_config("full", 6, save_every_steps=2)
    job = train(config, sources=synthetic_sources(6), runs_dir=runs)
    low = None
    for event in job:
        if isinstance(event, CheckpointSaved) and event.step == 2:
            fill(small_tmpfs, leave_bytes=event.size_bytes // 2)
        if isinstance(event, DiskSpaceLow):
            low = event
            job.close()  # what the CLI does; the GUI pauses instead
            break
    assert low is not None and low.step == 4
    assert "Not enough space for the next checkpoint" in low.message and "step 2, is intact" in low.message
    from svcdesk.models.checkpoint import load_checkpoint

    assert load_checkpoint(runs / "full" / "checkpoints" / "latest.pt").step == 2
    assert leftover_temporaries(runs) == []

    voice = random_voice_file(tmp_path / "voice.pth")
    source = tmp_path / "song.wav"
    sf.write(source, sung_tone(20.0), SR16)
    result = subprocess.run([sys.executable, "-m", "svcdesk", "convert", "--model", str(voice), "--input",
                             str(source), "--output", str(small_tmpfs / "cover.wav"), "--f0", "pm", "--demo-encoder"],
                            capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "not enough space for the converted file" in result.stderr
    assert not (small_tmpfs / "cover.wav").exists()


@pytest.mark.parametrize("case, words", [
    ("locked", "is open in another program, which locks it. Close that program"),
    ("too-long", "the path is too long"),
    ("missing", "is not there any more (a drive removed, or the folder deleted or renamed)"),
])
def test_a_locked_file_a_long_path_and_a_vanished_folder_each_get_their_own_fix(tmp_path, monkeypatch, case, words):
    """The Windows causes (a sharing violation, MAX_PATH) and a drive pulled out, met at the moment a writer
    publishes its file: one line with the fix for that cause, the old file intact, nothing left behind."""
    from faults import os_error

    from svcdesk.project import MANIFEST_NAME, Project

    project = Project.create(tmp_path / "Song")
    before = (project.root / MANIFEST_NAME).read_text(encoding="utf-8")
    error = os_error({"locked": errno.EACCES, "too-long": errno.ENAMETOOLONG, "missing": errno.ENOENT}[case])
    if case == "locked":
        error.winerror = 32  # ERROR_SHARING_VIOLATION, as Windows reports a file another program holds open
    real_replace = os.replace

    def replace(source, target, *args, **kwargs):
        if str(target).endswith(MANIFEST_NAME):
            raise error
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    project.manifest["note"] = "changed"
    with pytest.raises(StorageError) as caught:
        project.save()
    assert caught.value.kind == case and words in one_line(str(caught.value))
    monkeypatch.setattr(os, "replace", real_replace)
    assert (project.root / MANIFEST_NAME).read_text(encoding="utf-8") == before
    assert leftover_temporaries(tmp_path) == []
