"""Jobs that share the pitch and content models run at the same time without a crash or a hang: source analysis,
a pitch retrace and a conversion started together, 200 runs (tests/stress_jobs.py, in a subprocess with faulthandler,
so that a crash is reported with every thread's stack instead of taking the test session down)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

HERE = Path(__file__).resolve().parent


def test_two_hundred_concurrent_runs_never_crash_or_hang(tmp_path):
    rounds = 67  # three jobs a round: 201 runs
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(HERE.parent)])}
    result = subprocess.run([sys.executable, "-X", "faulthandler", str(HERE / "stress_jobs.py"), str(tmp_path),
                             str(rounds)], capture_output=True, text=True, timeout=840, env=env)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"exit {result.returncode}:\n{output[-4000:]}"
    assert f"runs {3 * rounds} errors 0" in output
