"""Importing voices into the library: every shape people share them in, what is listed, what is refused and with
which words, and that nothing is left behind after a refusal or a cancel."""

from __future__ import annotations

import os
import pickle

import pytest

from library_helpers import (
    library_files, rvc_index_name, voice_weights, write_full_rvc_checkpoint, write_index, write_so_vits_model,
    write_voice, write_zip,
)
from svcdesk.errors import ImportRefused
from svcdesk.library.catalog import Library
from svcdesk.library.importer import ImportFinished, VoiceImported, import_voices

pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture
def library(tmp_path):
    return Library(tmp_path / "Bibliothek ü")


def run(job):
    return list(job)


def imported(events):
    return [e for e in events if isinstance(e, VoiceImported)]


@pytest.mark.parametrize("sample_rate,version,has_pitch", [(32000, "v2", True), (40000, "v1", True),
                                                           (48000, "v2", False)])
def test_plain_pth_is_listed_with_its_metadata(tmp_path, library, sample_rate, version, has_pitch):
    source = write_voice(tmp_path / "in" / "Alto voice.pth", sample_rate=sample_rate, version=version,
                         has_pitch=has_pitch)
    events = run(import_voices([source], library=library))
    [event] = imported(events)
    [entry] = library.voices()
    assert entry.name == "Alto voice" == event.name
    assert (entry.sample_rate, entry.version, entry.has_pitch) == (sample_rate, version, has_pitch)
    assert entry.parameters > 0 and len(entry.sha256) == 64 and entry.index is None
    assert entry.source["kind"] == "file" and entry.source["file"] == "Alto voice.pth"
    assert entry.weights.read_bytes() == source.read_bytes(), "an inference file is kept byte for byte"
    assert library_files(library.root) == sorted([entry.folder.name, f"{entry.folder.name}/Alto voice.pth",
                                                  f"{entry.folder.name}/voice.json"])
    # The same weights again: reported, not duplicated.
    again = run(import_voices([source], library=library))
    assert next(e for e in again if isinstance(e, ImportFinished)).existing == ("Alto voice",)
    assert len(library.voices()) == 1


def test_pth_with_index_pairs_and_wrong_dimension_is_left_out(tmp_path, library):
    voice = write_voice(tmp_path / "in" / "Mira.pth")
    index = write_index(tmp_path / "in" / rvc_index_name("Mira"), dim=768)
    [event] = imported(run(import_voices([voice, index], library=library)))
    entry = library.find("Mira")
    assert entry.index is not None and entry.index.read_bytes() == index.read_bytes() and event.index

    v1 = write_voice(tmp_path / "v1" / "Old.pth", version="v1", seed=3)
    wrong = write_index(tmp_path / "v1" / rvc_index_name("Old", "v2"), dim=768)
    events = run(import_voices([v1, wrong], library=library))
    [event] = imported(events)
    assert "holds 768-dim features but Old.pth is an RVC v1 voice (256-dim)" in event.index_note
    assert library.find("Old").index is None


def test_shared_zip_with_nested_folder_macos_junk_and_two_voices(tmp_path, library):
    a = write_voice(tmp_path / "src" / "Anna.pth", seed=1)
    b = write_voice(tmp_path / "src" / "Bert.pth", seed=2, sample_rate=48000)
    zip_path = write_zip(tmp_path / "two voices.zip", {
        "pack/Anna/Anna.pth": a, f"pack/Anna/{rvc_index_name('Anna')}": write_index(tmp_path / "a.index"),
        f"pack/Anna/trained_IVF2_Flat_nprobe_1_Anna_v2.index": b"IwFl" + b"\0" * 60,
        "pack/Bert/Bert.pth": b, "__MACOSX/pack/Anna/._Anna.pth": b"\0\5\x16\7junk", "pack/.DS_Store": b"junk",
        "pack/readme.txt": b"how to use"})
    events = run(import_voices([zip_path], library=library))
    assert sorted(e.name for e in imported(events)) == ["Anna", "Bert"]
    anna, bert = library.find("Anna"), library.find("Bert")
    assert anna.index is not None and bert.index is None and bert.sample_rate == 48000
    assert anna.source == {"kind": "file", "file": "two voices.zip/pack/Anna/Anna.pth",
                           "path": str(zip_path.absolute())}
    assert not [p for p in library_files(library.root) if p.startswith(".")], "no working folder is left"


def test_windows_zip_with_chinese_names_and_generic_file_name(tmp_path, library):
    voice = write_voice(tmp_path / "src" / "model.pth")
    zip_path = write_zip(tmp_path / "歌手小明.zip", {"小明/model.pth": voice,
                                                   f"小明/{rvc_index_name('小明')}": write_index(tmp_path / "x.index")},
                         windows_names="gbk")
    [event] = imported(run(import_voices([zip_path], library=library)))
    assert event.name == "歌手小明", "a generic file name takes the zip's name"
    entry = library.find("歌手小明")
    assert entry.index is not None and entry.index.name == rvc_index_name("小明")


def test_training_checkpoint_becomes_a_small_inference_voice(tmp_path, library):
    folder = tmp_path / "logs" / "Sänger"
    write_full_rvc_checkpoint(folder / "G_2333.pth", sample_rate=48000)
    (folder / "G_1000.pth").write_bytes((folder / "G_2333.pth").read_bytes())
    (folder / "D_2333.pth").write_bytes(b"not read")
    events = run(import_voices([folder], library=library))
    [event] = imported(events)
    finished = next(e for e in events if isinstance(e, ImportFinished))
    assert event.kind == "rvc-checkpoint" and event.name == "Sänger"
    assert any("D_2333.pth is a discriminator checkpoint" in line for line in finished.skipped)
    assert any("G_1000.pth left out: G_2333.pth is a later checkpoint" in line for line in finished.skipped)
    entry = library.find("Sänger")
    assert (entry.sample_rate, entry.version, entry.has_pitch) == (48000, "v2", True)
    assert entry.parameters == 28_716_994, "the inference voice has no enc_q (spec: 48k without enc_q)"
    weights = voice_weights(entry.weights)
    assert not any("enc_q" in key for key in weights) and all(w.dtype.is_floating_point for w in weights.values())
    assert entry.size_bytes < (folder / "G_2333.pth").stat().st_size * 0.8


def test_ambiguous_checkpoint_asks_for_rate_and_pitch(tmp_path, library, monkeypatch):
    from svcdesk.library import importer
    from svcdesk.models import rvcfile
    from svcdesk.models.config import ModelConfig

    path = write_full_rvc_checkpoint(tmp_path / "G_5.pth")
    real = rvcfile.fitting_generators
    monkeypatch.setattr(rvcfile, "fitting_generators",
                        lambda state: real(state) + [ModelConfig.rvc_v2(32000)])  # as if 32k fitted as well
    with pytest.raises(importer.ArchitectureNeeded) as asked:
        run(import_voices([path], library=library))
    assert asked.value.sample_rates == (32000, 40000) and library_files(library.root) == []
    [event] = imported(run(import_voices([path], library=library, sample_rate=40000, has_pitch=True)))
    assert library.find(event.name).sample_rate == 40000


@pytest.mark.parametrize("maker,words", [
    ("so-vits", "G_1000.pth is a so-vits-svc model; svcdesk reads RVC v1/v2 voices"),
    ("gpt-sovits", "is a GPT-SoVITS model; svcdesk reads RVC v1/v2 voices"),
    ("diff-svc", "model_ckpt_steps_3000.ckpt is a Diff-SVC model; svcdesk reads RVC v1/v2 voices"),
    ("onnx", "voice.onnx is an ONNX export; svcdesk reads RVC v1/v2 voices"),
    ("text", "notes.pth: not a readable voice model: it contains text, not model weights"),
])
def test_foreign_models_are_refused_by_name_with_nothing_written(tmp_path, library, maker, words):
    import torch

    folder = tmp_path / "offered"
    folder.mkdir()
    if maker == "so-vits":
        source = write_so_vits_model(folder)
    elif maker == "gpt-sovits":
        source = folder / "xiaoming_e8_s96.pth"
        torch.save({"weight": {"enc_p.ssl_proj.weight": torch.zeros(2, 2)}, "config": {"model": {}, "data": {}},
                    "info": "e8"}, source)
    elif maker == "diff-svc":
        source = folder / "model_ckpt_steps_3000.ckpt"
        torch.save({"global_step": 3000, "state_dict": {"model": {"denoise_fn.input_projection.weight":
                                                                  torch.zeros(2, 2)}}}, source)
    elif maker == "onnx":
        source = folder / "voice.onnx"
        source.write_bytes(b"\x08\x07\x12\x07pytorch" + bytes(64))
    else:
        source = folder / "notes.pth"
        source.write_text("put this in weights/", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        run(import_voices([source], library=library))
    assert words in str(refused.value)
    assert library_files(library.root) == []
    # The same inside a zip: refused by the same words, the zip's name leading.
    zip_path = write_zip(tmp_path / "shared.zip", {f"inner/{p.name}": p for p in folder.iterdir()})
    with pytest.raises(ImportRefused, match="shared.zip/inner/"):
        run(import_voices([zip_path], library=library))
    assert library_files(library.root) == []


class _Hostile:
    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.system, (f"touch '{self.marker}'",))


@pytest.mark.parametrize("writer", ["torch.save", "pickle"])
def test_hostile_pickle_refuses_the_whole_import_and_runs_nothing(tmp_path, library, writer):
    import torch

    marker = tmp_path / "pwned"
    evil = {"weight": {"emb_g.weight": torch.zeros(1, 1)}, "config": _Hostile(marker), "f0": 1}
    path = tmp_path / "evil.pth"
    if writer == "torch.save":
        torch.save(evil, path)
    else:
        path.write_bytes(pickle.dumps(evil, protocol=2))
    good = write_voice(tmp_path / "good.pth")
    zip_path = write_zip(tmp_path / "mixed.zip", {"good.pth": good, "evil.pth": path})
    for offered in ([path], [zip_path]):
        with pytest.raises(ImportRefused, match="evil.pth: not a safe voice model"):
            run(import_voices(offered, library=library))
        assert library_files(library.root) == [] and not marker.exists()


@pytest.mark.parametrize("entry", ["../escape.pth", "/abs/voice.pth", "C:/Users/voice.pth", "a/../../b.pth"])
def test_traversal_zip_is_refused_before_anything_is_unpacked(tmp_path, library, entry):
    good = write_voice(tmp_path / "good.pth")
    zip_path = write_zip(tmp_path / "bad.zip", {"good.pth": good, entry: b"x"})
    with pytest.raises(ImportRefused, match="bad.zip holds an entry that points outside its folder"):
        run(import_voices([zip_path], library=library))
    assert library_files(library.root) == [] and not (tmp_path / "escape.pth").exists()


def test_zip_bomb_is_refused(tmp_path, library, monkeypatch):
    import zipfile

    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("voice.pth", bytes(32 * 2**20))
    with pytest.raises(ImportRefused, match="bomb.zip looks like a zip bomb: voice.pth would inflate"):
        run(import_voices([bomb], library=library))
    monkeypatch.setattr("svcdesk.library.archive.MAX_UNPACKED_BYTES", 1000)
    big = write_zip(tmp_path / "big.zip", {"v.pth": write_voice(tmp_path / "v.pth")})
    with pytest.raises(ImportRefused, match="big.zip would unpack to"):
        run(import_voices([big], library=library))
    assert library_files(library.root) == []


def test_cancel_leaves_nothing(tmp_path, library):
    voices = {f"v{i}/v{i}.pth": write_voice(tmp_path / f"v{i}.pth", seed=i) for i in range(3)}
    zip_path = write_zip(tmp_path / "three.zip", voices)
    job = import_voices([zip_path], library=library)
    for event in job:
        if getattr(event, "message", "").startswith("importing"):
            break  # voices are being assembled in the staging folder
    assert any(p.startswith(".incoming-") for p in library_files(library.root))
    job.close()
    assert library_files(library.root) == []


def test_folder_copied_by_hand_is_listed_without_loading_weights(tmp_path, library, monkeypatch):
    import torch

    folder = library.root / "Hand made"
    write_voice(folder / "whatever.pth", sample_rate=32000)
    write_index(folder / rvc_index_name("whatever"))
    monkeypatch.setattr(torch, "load", lambda *a, **k: pytest.fail("listing loaded weights"))
    [entry] = library.voices()
    assert (entry.name, entry.sample_rate, entry.version, entry.source_kind) == ("Hand made", 32000, "v2", "folder")
    assert entry.index is not None and entry.parameters > 0 and not entry.problem
    (library.root / "Broken").mkdir()
    (library.root / "Broken" / "x.pth").write_text("hello", encoding="utf-8")
    assert "not an RVC voice file" in library.find("Broken").problem
