"""`svcdesk preprocess`: missing weights exit 1 naming the file and the fix; a demo run caches features."""

from __future__ import annotations

import pytest

from svcdesk import cli
from svcdesk.features import content

from features_helpers import tiny_hubert


pytestmark = pytest.mark.usefixtures("one_torch_thread")  # fixture in conftest.py


@pytest.fixture(scope="module")
def project_dir(tmp_path_factory):
    from svcdesk.audio.demo import demo_project_job

    root = tmp_path_factory.mktemp("cli") / "Mein Projekt"
    for _ in demo_project_job(root, seconds=12.0):
        pass
    return root


@pytest.fixture
def no_assets(tmp_path, monkeypatch):
    """An empty asset folder: the real registry lookup finds neither ContentVec nor RMVPE."""
    empty = tmp_path / "no weights"
    empty.mkdir()
    monkeypatch.setenv("SVCDESK_ASSETS_DIR", str(empty))


def test_missing_contentvec_exits_1_naming_the_file_and_fix(project_dir, no_assets, capsys):
    assert cli.main(["preprocess", str(project_dir), "--f0", "dio", "--workers", "0"]) == 1
    err = capsys.readouterr().err
    assert "ContentVec weights missing" in err and "hubert_base.pt" in err
    assert "svcdesk assets download contentvec" in err
    assert not list((project_dir / "cache").rglob("content-*.npy"))


def test_missing_rmvpe_exits_1_before_any_work(project_dir, no_assets, monkeypatch, capsys):
    monkeypatch.setattr(content, "build_hubert_base", tiny_hubert)
    assert cli.main(["preprocess", str(project_dir), "--f0", "rmvpe", "--demo-encoder", "--workers", "0"]) == 1
    err = capsys.readouterr().err
    assert "RMVPE weights missing" in err and "rmvpe.pt" in err and "svcdesk assets download rmvpe" in err
    assert not list((project_dir / "cache" / "features").rglob("*.np*"))


def test_demo_encoder_run_then_cached_rerun(project_dir, no_assets, monkeypatch, capsys):
    monkeypatch.setattr(content, "build_hubert_base", tiny_hubert)
    args = ["preprocess", str(project_dir), "--f0", "dio", "--demo-encoder", "--workers", "0"]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert "usable segment(s)" in out and "random demo encoder" in out
    assert list((project_dir / "cache").rglob("content-*.npy"))
    assert cli.main(args) == 0
    assert "0 computed now" in capsys.readouterr().out


def test_unknown_method_is_a_usage_error(project_dir):
    with pytest.raises(SystemExit) as info:
        cli.main(["preprocess", str(project_dir), "--f0", "yin"])
    assert info.value.code == 2
