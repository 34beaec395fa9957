"""Training across process boundaries: exact resume in a new process, kill -9 while saving, DDP on gloo."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from svcdesk.training.metrics import MetricsReader

HELPER = Path(__file__).with_name("training_helpers.py")
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(HELPER.parent.parent)}
NAMES = ["g/total", "g/mel", "g/kl", "g/fm", "g/adv", "d/total", "grad_norm/g", "grad_norm/d"]


def helper(*args, **kwargs):
    return subprocess.Popen([sys.executable, str(HELPER), *map(str, args)], env=ENV, **kwargs)


def finish(*procs, timeout=240):
    for proc in procs:
        assert proc.wait(timeout=timeout) == 0


def series(run_dir):
    with MetricsReader(run_dir) as reader:
        return reader.read_series(NAMES)


@pytest.mark.slow
def test_resume_in_a_new_process_matches_an_uninterrupted_run(tmp_path):
    # Uninterrupted and first half run side by side, then the second half in a fresh process.
    full = helper("run", tmp_path, "full", 4)
    half = helper("run", tmp_path, "split", 4, 2)
    finish(full, half)
    with MetricsReader(tmp_path / "split") as reader:
        assert reader.last_step() == 2  # closed after step 2 (and saved there)
    finish(helper("run", tmp_path, "split", 4, "-", "resume"))
    a, b = series(tmp_path / "full"), series(tmp_path / "split")
    for name in NAMES:
        assert a[name][0].tolist() == b[name][0].tolist() == [1, 2, 3, 4]
        np.testing.assert_allclose(b[name][1], a[name][1], rtol=1e-4, atol=1e-6, err_msg=name)


def test_kill_9_while_saving_leaves_a_loadable_latest(tmp_path):
    import torch

    folder = tmp_path / "ckpt"
    proc = helper("save-loop", folder, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (folder / "step_00000002.pt").exists():
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.02)
        time.sleep(random.uniform(0.0, 0.3))
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    for path in [folder / "latest.pt", *folder.glob("step_*.pt")]:
        with open(path, "rb") as handle:
            state = torch.load(handle, weights_only=True)
        step = state["step"]
        assert torch.equal(state["generator"]["w"][:3] - step, state["generator"]["w"][:3] - step)
        assert state["generator"]["w"].numel() == 8_000_000


@pytest.mark.skipif(sys.platform == "win32", reason="torchrun's standalone rendezvous is exercised on Linux here")
@pytest.mark.slow
def test_ddp_two_gloo_processes_keep_identical_parameters(tmp_path):
    torchrun = Path(sys.executable).with_name("torchrun")
    proc = subprocess.run(
        [str(torchrun), "--standalone", "--nproc-per-node", "2", str(HELPER), "ddp", str(tmp_path / "runs"), "r", "3",
         str(tmp_path)], env=ENV, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    ranks = [(tmp_path / f"rank{r}.txt").read_text(encoding="utf-8").splitlines() for r in range(2)]
    assert ranks[0][0] == ranks[1][0] == "[1, 2, 3]"
    sums0, sums1 = eval(ranks[0][1]), eval(ranks[1][1])  # noqa: S307 - our own repr of a float list
    assert sums0 == sums1 and sums0[0] != sums0[-1]  # identical on both ranks, and training changed them
    assert (tmp_path / "runs" / "r" / "checkpoints" / "latest.pt").exists()  # rank 0 saved
