"""Ctrl+C means stop, at any moment: SIGINT at 30 moments spread over a `svcdesk convert` run, the output write
included, gives exit 130, one line ("svcdesk: interrupted") and no output or temporary file, every time.

A test-only delay before the output's rename (SVCDESK_FAULT_COMMIT_DELAY_S) widens the write window. The test sees
that window itself: the output's temporary sibling exists from the encoder's first write to the rename. So the
moments inside the write are placed from what the run does, not from a clock calibrated on an earlier run, and a
moment planned for before the write that the run has already passed is signalled as soon as the write begins
(a faster run, or a busy machine that made the calibration slow), never after the run has finished."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
import soundfile as sf

from faults import leftover_temporaries
from inference_fixtures import SR16, random_voice_file, sung_tone

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900), pytest.mark.skipif(os.name == "nt", reason="POSIX signals")]

MOMENTS = 30
MOMENTS_IN_WRITE = 3
COMMIT_DELAY_S = 0.6
POLL_S = 0.005


def _writing(folder):
    """Whether the output's temporary sibling exists: the run is inside the output write."""
    return folder.is_dir() and any(folder.glob(".*.tmp"))


def _run_until(command, env, folder, moment=None, into_write=None):
    """Start a run; signal it at `moment` s (or as soon as it starts writing, if that comes first), or
    `into_write` s after it starts writing. Returns the process, whether it was writing when signalled, and
    the seconds from start to the write's start (None when not seen)."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    began = time.monotonic()
    write_began = None
    while process.poll() is None:
        now = time.monotonic() - began
        if write_began is None and _writing(folder):
            write_began = now
        if write_began is not None and (into_write is None or now >= write_began + into_write):
            break
        if moment is not None and now >= moment:
            break
        time.sleep(POLL_S)
    else:
        return process, False, write_began
    writing = _writing(folder)
    process.send_signal(signal.SIGINT)
    return process, writing, write_began


def test_sigint_at_30_moments_of_a_convert_leaves_no_output(tmp_path):
    voice = random_voice_file(tmp_path / "voice.pth")
    source = tmp_path / "verse.wav"
    sf.write(source, sung_tone(2.0), SR16)
    out = tmp_path / "out" / "cover.wav"
    command = [sys.executable, "-m", "svcdesk", "convert", "--model", str(voice), "--input", str(source),
               "--output", str(out), "--f0", "pm", "--demo-encoder"]
    env = {**os.environ, "SVCDESK_FAULT_COMMIT_DELAY_S": str(COMMIT_DELAY_S), "OMP_NUM_THREADS": "1"}

    # How long a run takes to reach its output write: the second run is the warm one (the first also fills the
    # disk cache). Signalled once it is inside the write, so these are clean interrupted runs too.
    reached = []
    for _ in range(2):
        process, writing, write_began = _run_until(command, env, out.parent, into_write=COMMIT_DELAY_S / 2)
        _, err = process.communicate(timeout=300)
        assert writing and write_began is not None, f"the run never reached its output write: {err[-2000:]}"
        reached.append(write_began)
    to_write = min(reached)

    # Evenly over the run before its write, then a few moments inside the write (the delayed commit).
    start, end = 0.35, max(0.4, to_write - 0.05)
    before = MOMENTS - MOMENTS_IN_WRITE
    plans = [(start + (end - start) * i / (before - 1), None) for i in range(before)]
    plans += [(None, COMMIT_DELAY_S * (i + 0.5) / MOMENTS_IN_WRITE) for i in range(MOMENTS_IN_WRITE)]
    outcomes = []
    for moment, into_write in plans:
        process, writing, _ = _run_until(command, env, out.parent, moment=moment, into_write=into_write)
        _, err = process.communicate(timeout=120)
        outcomes.append((moment, into_write, writing, process.returncode, err.strip(), out.exists()))
    bad = [o for o in outcomes if o[3] != 130 or o[5] or o[4] != "svcdesk: interrupted"]
    assert not bad, f"{len(bad)} of {MOMENTS} interrupted runs did not end cleanly: {bad[:3]}"
    assert sum(1 for o in outcomes if o[2]) >= MOMENTS_IN_WRITE, "some moments must land inside the output write"
    assert sum(1 for o in outcomes if not o[2]) >= before // 3, "the moments must spread over the run, not only its write"
    assert leftover_temporaries(tmp_path) == []
