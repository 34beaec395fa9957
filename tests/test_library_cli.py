"""The library's merge, export, own voices, links, its folder's move, and the `svcdesk library` / `model merge`
commands (convert by a library name included)."""

from __future__ import annotations

import json
import zipfile

import pytest

from library_helpers import rvc_index_name, voice_weights, write_index, write_voice, write_zip
from svcdesk.cli import main as cli_main
from svcdesk.errors import LibraryError
from svcdesk.library.catalog import Library
from svcdesk.library.importer import ImportFinished, VoiceImported, add_own_voice, import_voices

pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture
def library(tmp_path, monkeypatch):
    root = tmp_path / "voice library"
    monkeypatch.setenv("SVCDESK_LIBRARY_DIR", str(root))
    return Library(root)


def add(library, *paths, **kwargs) -> list[str]:
    return [e.name for e in import_voices([str(p) for p in paths], library=library, **kwargs)
            if isinstance(e, VoiceImported)]


def test_merge_rule_key_by_key_and_refusals(tmp_path, library, capsys):
    a = write_voice(tmp_path / "A.pth", seed=1)
    b = write_voice(tmp_path / "B.pth", seed=2)
    add(library, a)
    add(library, b)
    assert cli_main(["model", "merge", "A", str(b), "--alpha", "0.3", "--name", "Mix"]) == 0
    assert "library voice 'Mix'" in capsys.readouterr().out
    mix = library.find("Mix")
    merged, left, right = voice_weights(mix.weights), voice_weights(a), voice_weights(b)
    assert set(merged) == set(left) == set(right)
    for key in left:
        expected = (0.3 * left[key].float() + 0.7 * right[key].float()).half()
        assert merged[key].dtype == left[key].dtype and (merged[key] == expected).all(), key
    assert mix.source["kind"] == "merge" and mix.source["alpha"] == 0.3
    assert [p["name"] for p in mix.source["parents"]] == ["A", "B"]
    assert mix.source["parents"][0]["sha256"] == library.find("A").sha256

    out = tmp_path / "C.pth"
    assert cli_main(["model", "merge", str(a), str(b), "--out", str(out)]) == 0
    assert out.is_file() and len(library.voices()) == 3, "--out alone writes the file, not a library voice"

    other = write_voice(tmp_path / "Other.pth", sample_rate=48000)
    assert cli_main(["model", "merge", str(a), str(other), "--alpha", "0.5", "--out", str(tmp_path / "x.pth")]) == 1
    err = capsys.readouterr().err
    assert "A and Other cannot be merged: their sample rate differs (A is v2 40k pitch, Other is v2 48k pitch)" in err
    assert not (tmp_path / "x.pth").exists()
    assert cli_main(["model", "merge", "A", "B", "--alpha", "1.5", "--out", str(tmp_path / "y.pth")]) == 1


def test_export_zip_imports_back_to_identical_weights(tmp_path, library, capsys):
    voice = write_voice(tmp_path / "in" / "Lena Ö.pth", seed=4)
    index = write_index(tmp_path / "in" / rvc_index_name("Lena Ö"))
    add(library, voice, index)
    out = tmp_path / "out" / "Lena.zip"
    assert cli_main(["library", "export", "Lena Ö", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
    assert names == ["Lena_Ö.pth", "added_IVF2_Flat_nprobe_1_Lena_Ö_v2.index"], "top level, the names RVC expects"
    other = Library(tmp_path / "elsewhere")
    [name] = add(other, out)
    back = other.find(name)
    assert back.weights.read_bytes() == voice.read_bytes() and back.index.read_bytes() == index.read_bytes()
    assert back.sha256 == library.find("Lena Ö").sha256


def test_cli_list_import_edit_remove(tmp_path, library, capsys):
    voice = write_voice(tmp_path / "Nova.pth")
    assert cli_main(["library", "import", str(voice), "--name", "Nova 2", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [v["name"] for v in data["imported"]] == ["Nova 2"] and data["imported"][0]["sample_rate"] == 40000
    assert cli_main(["library", "edit", "nova 2", "--rename", "Nova", "--tags", "soft, female", "--notes", "hi"]) == 0
    capsys.readouterr()
    assert cli_main(["library", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    [entry] = listed["voices"]
    assert (entry["name"], entry["tags"], entry["notes"], entry["version"]) == ("Nova", ["soft", "female"], "hi", "v2")
    assert entry["folder"].endswith("Nova") and entry["source"]["kind"] == "file"
    assert cli_main(["library", "list"]) == 0
    assert "Nova" in capsys.readouterr().out
    assert cli_main(["library", "import", str(tmp_path / "missing.pth")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert cli_main(["library", "remove", "Nova"]) == 0
    assert library.voices() == [] and [p.name for p in library.root.iterdir()] == []
    assert cli_main(["library", "remove", "Nova"]) == 1
    assert "no voice called 'Nova'" in capsys.readouterr().err


def test_convert_takes_a_library_name(tmp_path, library, capsys):
    import numpy as np

    from svcdesk.audio.io import load_audio, save_audio

    add(library, write_voice(tmp_path / "Sol.pth"))
    clip = tmp_path / "clip.wav"
    t = np.arange(16000) / 16000
    save_audio(clip, (0.3 * np.sin(2 * np.pi * 220 * t)).astype(np.float32), 16000)
    out = tmp_path / "out.wav"
    assert cli_main(["convert", "--model", "Sol", "--input", str(clip), "--output", str(out), "--demo-encoder",
                     "--f0", "pm"]) == 0, capsys.readouterr().err
    audio, rate = load_audio(out)
    assert rate == 40000 and abs(len(audio) - 40000) < 2000
    assert cli_main(["convert", "--model", "Nobody", "--input", str(clip), "--output", str(out), "--demo-encoder"]) == 1
    assert "no voice called 'Nobody'" in capsys.readouterr().err


def test_own_checkpoint_joins_with_project_run_and_step(tmp_path, library):
    import torch

    from svcdesk.models.checkpoint import checkpoint_state
    from svcdesk.models.synthesizer import Synthesizer
    from svcdesk.utils.atomic import torch_save_atomic

    from library_helpers import voice_config

    torch.manual_seed(0)
    config = voice_config()
    checkpoint = tmp_path / "Projekt" / "runs" / "run-1" / "checkpoints" / "step_200.pt"
    checkpoint.parent.mkdir(parents=True)
    torch_save_atomic(checkpoint_state(Synthesizer.from_model_config(config), config, step=200, epoch=3), checkpoint)
    events = list(add_own_voice(checkpoint, name="run-1 step 200", project=str(tmp_path / "Projekt"),
                                run="run-1", step=200, library=library))
    [joined] = [e for e in events if isinstance(e, VoiceImported)]
    entry = library.find(joined.name)
    assert entry.source == {"kind": "run", "project": str(tmp_path / "Projekt"), "project_name": "Projekt",
                            "run": "run-1", "step": 200}
    assert str(entry.source_text()) == "Projekt · run-1 · step 200" and joined.kind == "svcdesk-checkpoint"
    assert set(voice_weights(entry.weights)) and not any("enc_q" in k for k in voice_weights(entry.weights))


def test_library_folder_moves_with_its_voices(tmp_path, monkeypatch):
    from svcdesk.library import location

    monkeypatch.delenv("SVCDESK_LIBRARY_DIR")
    monkeypatch.setenv("SVCDESK_HOME", str(tmp_path / "home"))
    first = Library.default()
    assert first.root == tmp_path / "home" / "data" / "library"
    add(first, write_voice(tmp_path / "Kai.pth"))
    list(location.move_library(tmp_path / "neuer Ort"))
    moved = Library.default()
    assert moved.root == (tmp_path / "neuer Ort").absolute() and [v.name for v in moved.voices()] == ["Kai"]
    assert first.voices() == []
    with pytest.raises(LibraryError, match="inside the current library"):
        list(location.move_library(moved.root / "sub"))


def test_import_from_a_link_with_progress_and_resume(tmp_path, library, monkeypatch):
    from huggingface_hub import constants

    from svcdesk.assets_download import DownloadProgress
    from test_assets_download import FakeHub

    payload_zip = write_zip(tmp_path / "shared.zip", {"Echo/Echo.pth": write_voice(tmp_path / "Echo.pth"),
                                                      f"Echo/{rvc_index_name('Echo')}": write_index(tmp_path / "e.i")})
    payload = payload_zip.read_bytes()
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr("svcdesk.assets_download.RETRY_BASE_SECONDS", 0.05)
    with FakeHub() as hub:
        hub.files["/files/Echo%20voice.zip"] = payload
        hub.cut_first_get_at = len(payload) // 2  # the first transfer breaks halfway: the rest is fetched by Range
        url = f"{hub.url}/files/Echo%20voice.zip"
        events = list(import_voices([url], library=library))
        ranges = [r for r in hub.gets() if r[2]]
    progress = [e for e in events if isinstance(e, DownloadProgress)]
    assert progress and progress[-1].done == progress[-1].total == len(payload)
    assert ranges and ranges[0][2].startswith("bytes="), "the download resumed where the connection broke"
    finished = next(e for e in events if isinstance(e, ImportFinished))
    assert finished.imported == ("Echo",)
    entry = library.find("Echo")
    assert entry.index is not None and entry.source["kind"] == "url" and entry.source["url"] == url
    assert not list((library.root / ".downloads").rglob("*.zip")), "the downloaded zip is not kept"
    with FakeHub() as hub:  # a link that answers 404: said so, nothing written
        with pytest.raises(Exception, match="the server answered 404"):
            list(import_voices([f"{hub.url}/nothing.zip"], library=library))
    assert [v.name for v in library.voices()] == ["Echo"]


def test_a_finished_runs_voice_joins_the_library(tmp_path, library):
    import types

    from svcdesk.training.trainer import _join_library

    run_dir = tmp_path / "Mein Projekt" / "runs" / "run-7"
    export = write_voice(run_dir / "rvc" / "run-7_e3_s300.pth")
    trainer = types.SimpleNamespace(main=True, last_rvc_export=str(export), run_dir=run_dir, step=300,
                                    config=types.SimpleNamespace(run="run-7"))
    list(_join_library(trainer))
    entry = library.find("run-7")
    assert entry.source == {"kind": "run", "project": str(tmp_path / "Mein Projekt"), "project_name": "Mein Projekt",
                            "run": "run-7", "step": 300}
    assert entry.weights.read_bytes() == export.read_bytes()
