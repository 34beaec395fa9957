"""benchmarks/gpu_check.py is run only when a GPU is lent; its smoke mode keeps every section working meanwhile."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_gpu_check_runs_every_section_on_the_cpu(tmp_path):
    report_path = tmp_path / "figures ü" / "gpu_check.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "gpu_check.py"), "--smoke", "--json",
                           str(report_path)], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert done.returncode == 0, done.stderr[-3000:]
    out = done.stdout
    for heading in ("1. training step", "2. options", "3. OOM back-off", "4. advisor", "5. conversion"):
        assert heading in out, out
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["environment"]["device"] == "cpu"
    row = report["training"][0]
    assert row["batch"] == 2 and row["ours_samples_s"] > 0 and row["plain_samples_s"] > 0
    assert [r["option"] for r in report["options"]] == ["cudnn.benchmark"]  # no torch.compile in a smoke run
    # The real trainer loop met an out-of-memory step, halved the batch, warned, and finished the run.
    oom = report["oom_backoff"]
    assert len(oom["warnings"]) == 1 and oom["finished"] and "batch size 2" in oom["warnings"][0]
    conversion = report["conversion"]
    assert conversion["ok"] and conversion["rtf"] > 0
