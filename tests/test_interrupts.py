"""Ctrl+C means stop, at any moment: SIGINT at 30 moments spread over a `svcdesk convert` run, the output write
included, gives exit 130, one line ("svcdesk: interrupted") and no output or temporary file, every time.

A test-only delay before the output's rename (SVCDESK_FAULT_COMMIT_DELAY_S) widens the write window so that
several of the moments land inside it, between the encoder writing the file and the rename that publishes it."""

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
COMMIT_DELAY_S = 0.6


def test_sigint_at_30_moments_of_a_convert_leaves_no_output(tmp_path):
    voice = random_voice_file(tmp_path / "voice.pth")
    source = tmp_path / "verse.wav"
    sf.write(source, sung_tone(2.0), SR16)
    out = tmp_path / "out" / "cover.wav"
    command = [sys.executable, "-m", "svcdesk", "convert", "--model", str(voice), "--input", str(source),
               "--output", str(out), "--f0", "pm", "--demo-encoder"]
    env = {**os.environ, "SVCDESK_FAULT_COMMIT_DELAY_S": str(COMMIT_DELAY_S), "OMP_NUM_THREADS": "1"}

    durations = []
    for _ in range(2):  # the second run is the warm one (the first also fills the disk cache)
        began = time.monotonic()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        reported = None
        for line in process.stderr:  # the run ends when it reports the output ("wrote ..."); teardown follows
            if line.startswith("wrote "):
                reported = time.monotonic() - began
        assert process.wait(timeout=300) == 0 and out.exists() and reported is not None
        durations.append(reported)
        out.unlink()
    duration = min(durations)

    # Evenly over the run up to its report, the last ones inside the delayed commit (the COMMIT_DELAY_S before).
    start, end = 0.35, duration - 0.1
    moments = [start + (end - start) * i / (MOMENTS - 1) for i in range(MOMENTS)]
    outcomes = []
    for moment in moments:
        for attempt in range(5):
            process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            time.sleep(max(0.3, moment - 0.2 * attempt))
            if process.poll() is not None:  # finished before the signal (a faster run): try a little earlier
                process.communicate()
                if out.exists():
                    out.unlink()
                continue
            process.send_signal(signal.SIGINT)
            _, err = process.communicate(timeout=120)
            if process.returncode == 0 and err.strip().rsplit("\n", 1)[-1].startswith("wrote ") and out.exists():
                # The signal came after the commit, during teardown (a faster run): the output is whole, which
                # is a clean ending too, but not the moment this test is after; try a little earlier.
                out.unlink()
                continue
            outcomes.append((moment, process.returncode, err.strip(), out.exists()))
            break
        else:
            pytest.fail(f"the run kept finishing before {moment:.2f} s")
    bad = [o for o in outcomes if o[1] != 130 or o[3] or o[2] != "svcdesk: interrupted"]
    assert not bad, f"{len(bad)} of {MOMENTS} interrupted runs did not end cleanly: {bad[:3]}"
    assert len(outcomes) == MOMENTS
    assert sum(1 for moment, *_ in outcomes if moment > duration - COMMIT_DELAY_S) >= 2, \
        "some moments must land inside the output write"
    assert leftover_temporaries(tmp_path) == []
