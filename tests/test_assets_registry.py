"""The weights registry: facts from the spec, status, require, goals, import by hand, verify, CLI."""

from __future__ import annotations

import hashlib
import os
import random
from dataclasses import replace

import pytest

from svcdesk import assets
from svcdesk.assets import AssetError, UnknownWeights
from svcdesk.errors import WeightsMissing


def test_registry_holds_the_published_facts():
    names = set(assets.ASSETS)
    assert names == {"contentvec", "rmvpe", "base-g32k", "base-d32k", "base-g40k", "base-d40k", "base-g48k",
                     "base-d48k", "sep-vocals", "sep-vocals-bs", "sep-karaoke", "sep-dereverb"}
    bs = assets.ASSETS["sep-vocals-bs"]
    assert (bs.size, bs.sha256[:8]) == (639_331_213, "5b84f37e") and bs.repo_id == "baicai1145/pymss"
    assert assets.needed_for(assets.GOAL_SONGS).assets[-1].name == "sep-vocals"
    contentvec = assets.ASSETS["contentvec"]
    assert (contentvec.file_name, contentvec.size) == ("hubert_base.pt", 189_507_909)
    assert contentvec.sha256.startswith("f54b40fd")
    g40 = assets.ASSETS["base-g40k"]
    assert g40.repo_path == "pretrained_v2/f0G40k.pth" and g40.file_name == "f0G40k.pth"
    assert g40.repo_id == "lj1995/VoiceConversionWebUI" and g40.revision
    assert assets.ASSETS["base-g48k"].size is None and assets.ASSETS["base-g48k"].display_size > 70_000_000
    for asset in assets.ASSETS.values():
        assert len(asset.sha256) == 64 and int(asset.sha256, 16) >= 0
        assert asset.licence.startswith("MIT") or asset.name.startswith("sep-")
    assert len({a.sha256 for a in assets.ASSETS.values()}) == len(assets.ASSETS)


def test_assets_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SVCDESK_ASSETS_DIR", str(tmp_path / "wé ights"))
    assert assets.file_path("rmvpe") == tmp_path / "wé ights" / "rmvpe.pt"
    monkeypatch.delenv("SVCDESK_ASSETS_DIR")
    monkeypatch.setenv("SVCDESK_HOME", str(tmp_path / "portable"))
    assert assets.assets_dir() == tmp_path / "portable" / "data" / "weights"
    monkeypatch.delenv("SVCDESK_HOME")
    assert assets.assets_dir().name == "weights" and "svcdesk" in str(assets.assets_dir())


@pytest.fixture
def small(monkeypatch, tmp_path):
    """rmvpe and contentvec as small payloads with their real hashes, stored under a non-ASCII folder."""
    monkeypatch.setenv("SVCDESK_ASSETS_DIR", str(tmp_path / "权重 weights"))
    payloads = {}
    registry = dict(assets.ASSETS)
    for seed, name in enumerate(("contentvec", "rmvpe"), start=1):
        data = random.Random(seed).randbytes(300_000 + seed)
        payloads[name] = data
        registry[name] = replace(registry[name], size=len(data), approx_size=len(data),
                                 sha256=hashlib.sha256(data).hexdigest())
    monkeypatch.setattr(assets, "ASSETS", registry)
    return payloads


def write_source(tmp_path, data: bytes, name: str = "my rmvpe 副本.pt"):
    source = tmp_path / "downloads" / name
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_bytes(data)
    return source


def test_require_names_the_file_and_the_fix(small):
    with pytest.raises(WeightsMissing) as info:
        assets.require("rmvpe")
    assert info.value.asset == "rmvpe"
    assert "rmvpe.pt" in str(info.value) and "svcdesk assets download rmvpe" in str(info.value)
    assert assets.asset_path("rmvpe") is None
    with pytest.raises(AssetError, match="Unknown weight file"):
        assets.require("nonsense")


def test_import_known_file_leaves_the_source_untouched(small, tmp_path):
    source = write_source(tmp_path, small["rmvpe"])
    os.utime(source, (1_000_000, 1_000_000))
    ready = assets.import_file("rmvpe", source)
    assert ready.source == "import" and ready.path == assets.file_path("rmvpe")
    assert ready.path.read_bytes() == small["rmvpe"]
    assert source.read_bytes() == small["rmvpe"] and source.stat().st_mtime == 1_000_000
    assert assets.require("rmvpe") == ready.path
    assert assets.asset_status("rmvpe").state == "ready"
    assert [p.name for p in ready.path.parent.iterdir() if p.name.startswith(".")] == []


def test_import_unknown_hash_needs_confirmation(small, tmp_path):
    data = random.Random(99).randbytes(1000)
    source = write_source(tmp_path, data)
    with pytest.raises(UnknownWeights) as info:
        assets.import_file("rmvpe", source)
    assert info.value.sha256 == hashlib.sha256(data).hexdigest()
    assert "trust" in str(info.value)
    assert not assets.file_path("rmvpe").exists()
    assert list(assets.assets_dir().iterdir()) == []  # the refused copy was removed

    ready = assets.import_file("rmvpe", source, confirm_unknown=True)
    assert ready.source == "import-unknown"
    assert assets.asset_status("rmvpe").state == "imported"
    assert assets.asset_path("rmvpe") == ready.path  # the user's confirmation makes it usable


def test_import_under_the_wrong_name_says_which_file_it_is(small, tmp_path):
    source = write_source(tmp_path, small["contentvec"], "hubert_base.pt")
    with pytest.raises(UnknownWeights, match=r"is hubert_base.pt \(contentvec\), not rmvpe.pt"):
        assets.import_file("rmvpe", source)


def test_import_missing_source_is_clear(small, tmp_path):
    with pytest.raises(AssetError, match="is not a file"):
        assets.import_file("rmvpe", tmp_path / "nope.pt")


def test_file_copied_in_by_hand_is_hashed_once(small, monkeypatch):
    target = assets.file_path("contentvec")
    target.parent.mkdir(parents=True)
    target.write_bytes(small["contentvec"])
    assert assets.asset_status("contentvec").state == "unchecked"
    assert assets.asset_path("contentvec") == target
    calls = []
    monkeypatch.setattr(assets, "sha256_file", lambda *a, **k: calls.append(a) or "x")
    assert assets.asset_path("contentvec") == target and calls == []  # remembered, not re-hashed


def test_corrupted_file_is_not_used_and_verify_reports_it(small, tmp_path):
    source = write_source(tmp_path, small["contentvec"])
    ready = assets.import_file("contentvec", source)
    corrupted = bytearray(small["contentvec"])
    corrupted[10] ^= 1
    ready.path.write_bytes(bytes(corrupted))  # same size, new mtime: the record no longer applies
    assert assets.asset_path("contentvec") is None
    results = [e for e in assets.verify(["contentvec"]) if isinstance(e, assets.AssetStatus)]
    assert [r.state for r in results] == ["mismatch"]
    assert assets.asset_status("contentvec", check=True).state == "mismatch"


def test_needed_for_goals_and_sizes(small, tmp_path):
    train = assets.needed_for("train")
    assert {a.name for a in train.assets} == {"contentvec", "rmvpe", "base-g40k", "base-d40k"}
    assert train.total_bytes == sum(a.display_size for a in train.assets)
    assert train.missing_bytes == train.total_bytes
    assert {a.name for a in assets.needed_for("train-48k").assets} >= {"base-g48k", "base-d48k"}
    assert assets.needed_for("demo").assets == ()
    assets.import_file("rmvpe", write_source(tmp_path, small["rmvpe"]))
    convert = assets.needed_for("convert")
    assert {a.name for a in convert.assets} == {"contentvec", "rmvpe"}
    assert [a.name for a in convert.missing] == ["contentvec"]
    assert convert.missing_bytes == len(small["contentvec"])
    with pytest.raises(AssetError, match="Unknown goal"):
        assets.needed_for("karaoke")


def test_cli_list_import_verify(small, tmp_path, capsys):
    from svcdesk.cli import main

    unknown = write_source(tmp_path, b"not the model", "other.pt")
    assert main(["assets", "import", "rmvpe", str(unknown)]) == 1
    assert "trust" in capsys.readouterr().err
    assert main(["assets", "import", "rmvpe", str(unknown), "--yes"]) == 0
    assert "unknown hash" in capsys.readouterr().out
    good = write_source(tmp_path, small["contentvec"], "hubert.pt")
    assert main(["assets", "import", "contentvec", str(good)]) == 0
    assert main(["assets", "list", "--goal", "convert"]) == 0
    out = capsys.readouterr().out
    assert "imported" in out and "ready" in out and "goal 'convert'" in out
    assert main(["assets", "verify"]) == 0
    assets.file_path("contentvec").write_bytes(b"broken")
    assert main(["assets", "verify", "contentvec"]) == 1
    assert "mismatch" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["assets", "frobnicate"])
    assert exit_info.value.code == 2


def test_read_only_weights_folder_still_answers(small, monkeypatch):
    target = assets.file_path("rmvpe")
    target.parent.mkdir(parents=True)
    target.write_bytes(small["rmvpe"])

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(assets, "write_json_atomic", refuse)
    assert assets.asset_path("rmvpe") == target
    assert assets.asset_status("rmvpe").state == "unchecked"  # nothing could be remembered
