"""`svcdesk train` end to end on the demo project: features (demo encoder, pm), 2 steps, resume, export."""

import pytest

from svcdesk.cli import main
from svcdesk.training.metrics import MetricsReader


pytestmark = pytest.mark.usefixtures("one_torch_thread")  # fixture in conftest.py


@pytest.mark.slow
def test_train_cli_runs_resumes_and_exports(tmp_path, capsys):
    from svcdesk.audio.demo import create_demo_project

    project = create_demo_project(tmp_path / "Stimme ü", seconds=30)
    common = [str(project.root), "--run", "cli", "--demo-encoder", "--f0-method", "pm"]
    assert main(["train", *common, "--tiny", "--steps", "2", "--batch-size", "2", "--save-every-steps", "1"]) == 0
    err = capsys.readouterr().err
    assert "training cli on cpu" in err and "saved latest" in err
    assert main(["train", *common, "--resume", "--steps", "3"]) == 0
    assert "resumed at step 2" in capsys.readouterr().err
    with MetricsReader(project.runs_dir / "cli") as reader:
        assert reader.read_series(["g/total"])["g/total"][0].tolist() == [1, 2, 3]
    assert (project.runs_dir / "cli" / "config.json").exists()
    assert main(["train", str(project.root), "--run", "cli", "--export-tensorboard"]) == 0
    assert list((project.runs_dir / "cli" / "tensorboard").glob("events.out.tfevents.*"))


def test_train_cli_resume_of_unknown_run_fails_cleanly(tmp_path, capsys):
    from svcdesk.project import Project

    project = Project.create(tmp_path / "p")
    assert main(["train", str(project.root), "--run", "nope", "--resume"]) == 1
    assert "nothing to resume" in capsys.readouterr().err
