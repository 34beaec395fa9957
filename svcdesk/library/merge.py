"""Merging two voices as RVC's ckpt merge does: every weight `alpha * A + (1 - alpha) * B`, computed in float32 and
stored in fp16; speaker embeddings of different sizes keep the rows both have. Both voices must share sample
rate, version and pitch setting (their architectures then match key for key)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from svcdesk.errors import LibraryError
from svcdesk.events import Progress
from svcdesk.messages import Message


@dataclass(frozen=True)
class VoicesMerged:
    path: str  # the written .pth (in the library, or where --out said)
    name: str  # the library voice's name ("" when written outside the library)
    alpha: float


def _describe(voice) -> str:
    return f"{voice.version} {voice.sample_rate // 1000}k {'pitch' if voice.has_pitch else 'no pitch'}"


def check_mergeable(a, b, name_a: str, name_b: str) -> None:
    """LibraryError naming the difference when two loaded voices cannot be merged."""
    for what, left, right in ((Message("sample rate"), a.sample_rate, b.sample_rate),
                              (Message("version"), a.version, b.version),
                              (Message("pitch setting"), a.has_pitch, b.has_pitch)):
        if left != right:
            raise LibraryError(Message("{a} and {b} cannot be merged: their {what} differs ({a} is {desc_a}, {b} is "
                                       "{desc_b})", a=name_a, b=name_b, what=what, desc_a=_describe(a),
                                       desc_b=_describe(b)),
                               Message("merge voices of the same sample rate, version and pitch setting"))
    keys_a, keys_b = set(a.synthesizer.inference_state_dict()), set(b.synthesizer.inference_state_dict())
    if keys_a != keys_b:
        raise LibraryError(Message("{a} and {b} cannot be merged: their models are built differently ({count} weights "
                                   "only one of them has)", a=name_a, b=name_b, count=len(keys_a ^ keys_b)))


def merged_synthesizer(a, b, alpha: float):
    """A synthesizer holding alpha * A + (1 - alpha) * B (A's architecture; the speakers both voices have)."""
    import torch

    from svcdesk.models.synthesizer import Synthesizer

    if not 0.0 <= alpha <= 1.0:
        raise LibraryError(Message("alpha must be between 0 and 1 (A's share), not {alpha}", alpha=alpha))
    state_a = a.synthesizer.inference_state_dict()
    state_b = b.synthesizer.inference_state_dict()
    merged = {}
    for key, left in state_a.items():
        right = state_b[key]
        if key == "emb_g.weight" and left.shape != right.shape:
            rows = min(left.shape[0], right.shape[0])
            left, right = left[:rows], right[:rows]
        elif left.shape != right.shape:
            raise LibraryError(Message("the voices cannot be merged: {key} is {shape_a} in one and {shape_b} in the "
                                       "other", key=key, shape_a=tuple(left.shape), shape_b=tuple(right.shape)))
        # RVC rounds both to float32, mixes, and stores fp16: the same here, key by key.
        merged[key] = (alpha * left.float() + (1.0 - alpha) * right.float()).half().float()
    config = a.config.with_speakers(int(merged["emb_g.weight"].shape[0]))
    synthesizer = Synthesizer.from_model_config(config, init="posterior")
    missing, unexpected = synthesizer.load_state_dict(merged, strict=False)
    if unexpected or any("enc_q" not in key for key in missing):
        raise LibraryError(Message("the voices cannot be merged: the result does not fit their model"))
    return synthesizer.eval()


def _load(voice_ref, library):
    """A loaded voice and its display name from a path or a library name."""
    from svcdesk.library.resolve import resolve_model
    from svcdesk.models.rvcfile import load_voice

    path, _index, name = resolve_model(voice_ref, library)
    return load_voice(path), name, path


def merge_job(a: str | os.PathLike, b: str | os.PathLike, alpha: float = 0.5, out: str | os.PathLike | None = None,
              name: str = "", library=None) -> Iterator[object]:
    """Merge A and B (paths or library names). With `out` the .pth is written there; otherwise (and also when
    `name` is given) the result joins the library as a new voice whose metadata names both parents."""
    from svcdesk.library.catalog import Library
    from svcdesk.library.importer import import_voices, sha256_of
    from svcdesk.models.rvcfile import save_voice

    library = library or Library.default()
    yield Progress(0, 3, Message("loading {name}", name=Path(str(a)).name))
    voice_a, name_a, path_a = _load(a, library)
    yield Progress(1, 3, Message("loading {name}", name=Path(str(b)).name))
    voice_b, name_b, path_b = _load(b, library)
    check_mergeable(voice_a, voice_b, name_a, name_b)
    yield Progress(2, 3, Message("merging {a} and {b}", a=name_a, b=name_b))
    synthesizer = merged_synthesizer(voice_a, voice_b, float(alpha))
    info = f"merge {alpha:g} x {name_a} + {1 - alpha:g} x {name_b}"
    written = ""
    if out is not None:
        save_voice(out, synthesizer, info=info, metadata={"model_name": name or Path(out).stem})
        written = str(out)
        if not name:
            yield VoicesMerged(written, "", float(alpha))
            return
    origin = {"kind": "merge", "alpha": float(alpha),
              "parents": [{"name": name_a, "sha256": sha256_of(path_a)}, {"name": name_b, "sha256": sha256_of(path_b)}]}
    wanted = name or f"{name_a} × {name_b}"
    with library.staging() as staging:
        temporary = staging / "merged.pth"
        save_voice(temporary, synthesizer, info=info, metadata={"model_name": wanted})
        from svcdesk.library.importer import VoiceImported

        for event in import_voices([temporary], library=library, name=wanted, origin=origin):
            if isinstance(event, VoiceImported):
                yield VoicesMerged(written or event.weights, event.name, float(alpha))
            yield event


PREVIEW_SECONDS = 3.0
PREVIEW_FOLDER = ".cache/merge-previews"


@dataclass(frozen=True)
class MergePreview:
    """A short render of the fixed preview clip by the merge at `alpha` (cached in the library)."""

    path: str
    audio: object  # numpy float32 (frames,)
    sample_rate: int
    alpha: float
    from_cache: bool


def preview_clip():
    """The fixed clip every merge preview sings: a few seconds of the synthetic demo singer (16 kHz)."""
    from svcdesk.audio.demo import synthesize_demo_singer

    return synthesize_demo_singer(seed=5, seconds=PREVIEW_SECONDS, sample_rate=16000)


def merge_preview_job(a: str | os.PathLike, b: str | os.PathLike, alpha: float, library=None,
                      demo_encoder: bool = False, pitch_method: str = "pm") -> Iterator[object]:
    """Render the preview clip with alpha * A + (1 - alpha) * B; a render made before (same voices, same alpha
    to the hundredth, same encoder) is read from the library's cache instead."""
    import hashlib

    from svcdesk.audio.io import load_audio, save_audio
    from svcdesk.config import ConversionConfig
    from svcdesk.inference.events import ConvertFinished
    from svcdesk.inference.pipeline import convert
    from svcdesk.library.catalog import Library
    from svcdesk.library.importer import sha256_of
    from svcdesk.models.rvcfile import VoiceModel

    library = library or Library.default()
    alpha = round(float(alpha), 2)
    key = hashlib.sha1(f"{sha256_of(Path(a))}|{sha256_of(Path(b))}|{alpha:.2f}|{demo_encoder}|{pitch_method}"
                       .encode()).hexdigest()[:20]
    cached = library.root / PREVIEW_FOLDER / f"{key}.wav"
    if cached.is_file():
        audio, rate = load_audio(cached)
        yield MergePreview(str(cached), audio, rate, alpha, True)
        return
    yield Progress(0, 0, Message("loading the voices"))
    voice_a, name_a, _ = _load(a, library)
    voice_b, name_b, _ = _load(b, library)
    check_mergeable(voice_a, voice_b, name_a, name_b)
    synthesizer = merged_synthesizer(voice_a, voice_b, alpha).prepare_for_inference()
    voice = VoiceModel(synthesizer=synthesizer, config=synthesizer.config, config_list=voice_a.config_list,
                       kind="inference", info="merge preview")
    options = ConversionConfig(f0_method=pitch_method)
    for event in convert(preview_clip(), voice, options, demo_encoder=demo_encoder):
        if isinstance(event, ConvertFinished):
            cached.parent.mkdir(parents=True, exist_ok=True)
            save_audio(cached, event.audio, event.sample_rate)
            yield MergePreview(str(cached), event.audio, event.sample_rate, alpha, False)
        elif isinstance(event, Progress):
            yield event
