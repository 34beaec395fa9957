"""Song conversion (spec 7): analyse the source once, render it chunk by chunk with a voice model.

`convert` is the job generator the CLI and GUI run; `render` is the model-dependent half, which the
comparison reuses over one cached analysis. Steps: 16 kHz mono, peak 0.95, zero-phase 48 Hz
high-pass, f0 over the whole song (+ transpose), content features per chunk, optional retrieval
and protect, coarse pitch, generator per chunk with its context trimmed, formant shift (per chunk,
inside the context so the STFT edges fall in discarded audio), rms mix, optional resample, final
peak limit 0.99.
"""

from __future__ import annotations

import collections
import os
import threading
import time
from pathlib import Path
from typing import Generator, Iterator

import numpy as np

from svcdesk.config import ConversionConfig
from svcdesk.errors import ModelFileError, SvcdeskError
from svcdesk.events import Progress
from svcdesk.inference.analysis import SourceAnalysis, analyse, load_source, rms_envelope
from svcdesk.inference.chunking import SEAM_FADE_FRAMES, crossfade_seam, fit_frames
from svcdesk.inference.events import ConvertFinished, ConvertStarted, FileWritten
from svcdesk.inference.index import RetrievalIndex, protect_unvoiced
from svcdesk.messages import Message
from svcdesk.utils.jobs import relay

OUTPUT_PEAK = 0.99
GAIN_BLOCK = 1 << 18


# Loaded models, kept between runs in one process (the GUI converts and compares again and again): the voices
# last used (a 40k voice is about 220 MB in memory) and the content encoders. Shared between threads: inference
# only reads them; the lock covers loading, so two jobs asking for the same file load it once.
VOICE_CACHE_SIZE = 2
_models_lock = threading.Lock()
_voices: "collections.OrderedDict[tuple, object]" = collections.OrderedDict()
_encoders: dict[tuple, object] = {}


def _encoder_key(demo: bool, device: str) -> tuple:
    if demo:
        return ("demo", device)
    from svcdesk.features.content import resolve_weights

    path = resolve_weights(None)  # WeightsMissing, with its fix, when ContentVec is not installed
    stat = path.stat()
    return (str(path), stat.st_size, stat.st_mtime_ns, device)


def content_encoder(demo: bool = False, device: str = "cpu"):
    """The content encoder (ContentVec, or the random-weight demo encoder), loaded once per process."""
    from svcdesk.features.content import load_content_encoder

    key = _encoder_key(demo, device)
    with _models_lock:
        encoder = _encoders.get(key)
        if encoder is None:
            encoder = _encoders[key] = load_content_encoder(demo=demo, device=device)
        return encoder


def encoder_is_loaded(demo: bool = False, device: str = "cpu") -> bool:
    try:
        return _encoder_key(demo, device) in _encoders
    except SvcdeskError:
        return False


def _voice_key(path: Path, device: str) -> tuple:
    stat = path.stat()
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns, str(device))


def voice_is_loaded(voice, device: str = "cpu") -> bool:
    """Whether `voice` is a loaded voice, or a file already loaded by an earlier run (and unchanged since)."""
    if not isinstance(voice, (str, os.PathLike)):
        return True
    try:
        return _voice_key(Path(voice), device) in _voices
    except OSError:
        return False


def resolve_voice(voice, device: str = "cpu"):
    """A loaded voice (anything with `.synthesizer` and `.config`) or a model/checkpoint file path; a file is
    loaded once and kept for the next runs while it is unchanged (VOICE_CACHE_SIZE files)."""
    if hasattr(voice, "synthesizer") and hasattr(voice, "config"):
        return voice
    if not isinstance(voice, (str, os.PathLike)):
        raise ModelFileError(Message("the voice must be a model file path or a loaded voice model"))
    from svcdesk.models.rvcfile import load_voice

    path = Path(voice)
    if not path.is_file():
        raise ModelFileError(Message("model file not found: {path}", path=path))
    key = _voice_key(path, device)
    with _models_lock:
        loaded = _voices.get(key)
        if loaded is not None:
            _voices.move_to_end(key)
            return loaded
    loaded = load_voice(path, device=device)
    loaded.synthesizer.prepare_for_inference()
    with _models_lock:
        for old in [k for k in _voices if k[0] == key[0]]:
            del _voices[old]  # an earlier version of the same file
        _voices[key] = loaded
        while len(_voices) > VOICE_CACHE_SIZE:
            _voices.popitem(last=False)
    return loaded


def forget_loaded_models() -> None:
    """Drop the cached voices and encoders (tests; a user freeing memory)."""
    with _models_lock:
        _voices.clear()
        _encoders.clear()


def resolve_index(index) -> RetrievalIndex | None:
    if index is None or isinstance(index, RetrievalIndex):
        return index
    return RetrievalIndex.load(index)


def check_compatible(voice, analysis: SourceAnalysis, options: ConversionConfig) -> None:
    """Fail before any work when the voice cannot take these features or this speaker id."""
    speakers = int(voice.synthesizer.emb_g.weight.shape[0])
    if not 0 <= options.speaker_id < speakers:
        raise SvcdeskError(Message("speaker id {speaker_id} does not exist: this model has speakers 0..{last}",
                                   speaker_id=options.speaker_id, last=speakers - 1))
    feature_dim = int(voice.config.feature_dim)
    if feature_dim != analysis.content.dim:
        raise ModelFileError(
            Message("this {version} model expects {feature_dim}-dim content features but the encoder gives "
                    "{encoder_dim}; svcdesk converts with v2 (768-dim) models",
                    version=voice.config.version, feature_dim=feature_dim, encoder_dim=analysis.content.dim))


def render(analysis: SourceAnalysis, voice, options: ConversionConfig,
           index: RetrievalIndex | None = None, device: str = "cpu") -> Generator[Progress, None, np.ndarray]:
    """The converted song at the model's rate (before resample and final peak limit).

    Yields Progress over the song's frames: before each chunk ("content features" when its content is computed
    here), after its content, after each decoder tile, and at its end. Each chunk's span is shared between its
    content and its decoding by their cost, so the bar moves at the pace of the work.
    """
    from svcdesk.inference.progress import CONTENT_SECONDS, decoder_seconds

    import torch

    from svcdesk.features.pitch import coarse_pitch, transpose

    check_compatible(voice, analysis, options)
    if index is not None and index.dim != analysis.content.dim:
        raise ModelFileError(Message("the index holds {index_dim}-dim features, the model uses {model_dim}-dim ones",
                                     index_dim=index.dim, model_dim=analysis.content.dim))
    plan = analysis.plan
    synthesizer = voice.synthesizer
    upp = int(voice.config.upsample_factor)
    use_pitch = bool(voice.has_pitch)
    f0 = transpose(analysis.f0, options.transpose).astype(np.float32)
    coarse = coarse_pitch(f0)
    output = np.empty(plan.frames * upp, dtype=np.float32)
    speaker = torch.tensor([options.speaker_id], dtype=torch.long, device=device)
    fade = min(SEAM_FADE_FRAMES, plan.pad) * upp
    previous_tail = np.zeros(0, np.float32)
    lazy = bool(getattr(analysis.content, "lazy", False))
    content_share = CONTENT_SECONDS / (CONTENT_SECONDS + decoder_seconds(voice)) if lazy else 0.0
    for i, (start, end) in enumerate(plan.bounds):
        first, last = plan.chunk_frames(i)
        frames = last - first
        decoded_from = start + int((end - start) * content_share)
        if lazy:
            yield Progress(start, plan.frames, Message("content features"))
        content = analysis.content.chunk(i)
        # Progress counts the song's converted frames (100 a second); a chance to cancel before the generator.
        yield Progress(decoded_from, plan.frames, Message("converting"))
        blended = index.blend(content, options.index_rate) if index is not None else content
        features = fit_frames(np.repeat(blended, 2, axis=0), frames)
        if index is not None and use_pitch and options.protect < 0.5:
            original = fit_frames(np.repeat(content, 2, axis=0), frames)
            features = protect_unvoiced(features, original, f0[first:last], options.protect)
        generator = torch.Generator(device=device).manual_seed(options.seed + i)
        # Of the context, only the frames the seams blend are decoded (the latent is computed over all of it,
        # so every kept sample is as in a whole decode). The formant shift filters the whole chunk's audio.
        keep = (0, frames) if options.formant_shift else (
            max(0, plan.pad - SEAM_FADE_FRAMES), min(frames, frames - plan.pad + SEAM_FADE_FRAMES))
        decoding = synthesizer.iter_infer(
            torch.from_numpy(np.ascontiguousarray(features))[None].to(device),
            torch.tensor([frames], device=device),
            torch.from_numpy(coarse[first:last])[None].to(device) if use_pitch else None,
            torch.from_numpy(f0[first:last])[None].to(device) if use_pitch else None,
            speaker, noise_scale=options.noise_scale, generator=generator, keep=keep,
        )
        # The decoder reports per tile: progress moves, and a cancel stops within the chunk.
        audio = yield from relay(decoding, lambda tile: Progress(
            decoded_from + (end - decoded_from) * tile[0] // tile[1], plan.frames, Message("converting")))
        audio = audio[0, 0].float().cpu().numpy()
        if options.formant_shift:
            from svcdesk.inference.formant import shift_formants

            audio = shift_formants(audio, voice.sample_rate, options.formant_shift)
        context = (plan.pad - keep[0]) * upp  # where the chunk's own audio starts in the decoded part
        own = audio[context: context + (end - start) * upp]
        if i == 0:
            output[start * upp:end * upp] = own
        else:
            output[start * upp + fade:end * upp] = own[fade:]
            crossfade_seam(output, start * upp, previous_tail, audio[context - fade:context + fade])
        tail = context + (end - start) * upp
        previous_tail = audio[tail: tail + fade].copy()
        yield Progress(end, plan.frames, Message("converting"))
    if options.rms_mix_rate < 1.0:
        mix_loudness(output, analysis.source_rms, voice.sample_rate, options.rms_mix_rate)
    return output


def mix_loudness(output: np.ndarray, source_rms: np.ndarray, sample_rate: int, rate: float) -> None:
    """out *= rms_in^(1-r) * rms_out^(r-1), envelopes at 1 s / 0.5 s interpolated per sample; in place."""
    output_rms = np.maximum(rms_envelope(output, sample_rate).astype(np.float64), 1e-6)
    source_rms = fit_frames(source_rms.astype(np.float64), len(output_rms))
    gain_points = source_rms ** (1.0 - rate) * output_rms ** (rate - 1.0)
    positions = np.arange(len(gain_points)) * (sample_rate // 2)
    for start in range(0, len(output), GAIN_BLOCK):
        idx = np.arange(start, min(len(output), start + GAIN_BLOCK))
        output[idx] *= np.interp(idx, positions, gain_points).astype(np.float32)


def finish_output(audio: np.ndarray, model_rate: int, options: ConversionConfig) -> tuple[np.ndarray, int]:
    """Optional resample to the requested rate, then peak-limit to 0.99."""
    rate = model_rate
    if options.output_sample_rate and options.output_sample_rate != model_rate:
        from svcdesk.audio.io import resample

        audio = resample(audio, model_rate, options.output_sample_rate).astype(np.float32)
        rate = options.output_sample_rate
    peak = float(np.max(np.abs(audio))) if len(audio) else 0.0
    if peak > OUTPUT_PEAK:
        audio *= OUTPUT_PEAK / peak
    return audio, rate


def output_rate(voice, options: ConversionConfig) -> int:
    return options.output_sample_rate or int(voice.sample_rate)


def convert(source, voice, options: ConversionConfig = ConversionConfig(), index=None, *, encoder=None,
            demo_encoder: bool = False, cache_dir: str | os.PathLike | None = None,
            device: str = "cpu") -> Iterator[object]:
    """Convert `source` (path or (audio, sr)) with `voice` (loaded voice, RVC .pth or svcdesk checkpoint).

    Yields Progress, then ConvertStarted, Progress per chunk, and ConvertFinished with the audio.
    `cache_dir` keeps the source analysis so a re-render with another model costs only the generator.
    """
    from svcdesk.inference import progress as stages

    began = time.monotonic()
    duration = source_duration(source)
    # Progress: loading first (weighted by what is not in memory yet), then the work, weighted by its cost.
    voice_load = 0.0 if voice_is_loaded(voice, device) else stages.VOICE_LOAD_SECONDS_PER_MB * _size_mb(voice)
    encoder_load = 0.0 if encoder is not None or encoder_is_loaded(demo_encoder, device) \
        else stages.ENCODER_LOAD_SECONDS
    rest = stages.analysis_seconds(duration, options.f0_method) + stages.DECODER_SECONDS * duration
    loading = stages.loading_plan(voice_load, encoder_load, rest)
    if isinstance(voice, (str, os.PathLike)):
        yield loading.progress("voice", 0.0, Message("loading {name}", name=Path(voice).name))
    voice = resolve_voice(voice, device)
    retrieval = resolve_index(index)
    if encoder is None:
        yield loading.progress("encoder")
        encoder = content_encoder(demo_encoder, device)
    work = stages.conversion_plan(duration, options.f0_method, stages.decoder_seconds(voice),
                                  content_separate=cache_dir is not None, floor=loading.progress("rest").done)

    def analysing(event: Progress) -> Progress:
        stage, fraction = stages.analysis_stage(event)
        return work.progress(stage, fraction, event.message)

    analysis, from_cache = yield from relay(analyse_source(source, options, encoder, cache_dir, device), analysing)
    check_compatible(voice, analysis, options)
    rate = output_rate(voice, options)
    yield ConvertStarted(seconds=analysis.duration, chunks=len(analysis.plan.bounds), sample_rate=rate,
                         from_cache=from_cache)
    audio = yield from relay(render(analysis, voice, options, retrieval, device), lambda event: work.progress(
        "convert", event.done / event.total if event.total else 0.0, event.message))
    audio, rate = finish_output(audio, voice.sample_rate, options)
    yield work.progress("convert", 1.0)
    yield ConvertFinished(audio=audio, sample_rate=rate, elapsed=time.monotonic() - began)


def source_duration(source) -> float:
    """Seconds of a source path (from its header) or of (audio, sample_rate)."""
    if isinstance(source, (str, os.PathLike)):
        from svcdesk.audio.io import probe

        return probe(source).duration_s
    audio, rate = source
    return len(audio) / float(rate)


def _size_mb(voice) -> float:
    try:
        return Path(voice).stat().st_size / 2**20 if isinstance(voice, (str, os.PathLike)) else 0.0
    except OSError:
        return 0.0


def analyse_source(source, options: ConversionConfig, encoder, cache_dir=None,
                   device: str = "cpu") -> Generator[Progress, None, tuple[SourceAnalysis, bool]]:
    """The source analysis, from `cache_dir` when present there (returns (analysis, from_cache))."""
    if cache_dir is not None:
        from svcdesk.inference.source_cache import SourceCache

        return (yield from SourceCache(cache_dir).analysis(source, options, encoder, device))
    yield Progress(0, 0, Message("reading source"))
    audio = load_source(source)
    analysis = yield from analyse(audio, options, encoder, device)
    return analysis, False


#: The highest model rate: an output of unknown rate is sized for it.
LARGEST_MODEL_RATE = 48000


def check_output_space(input_path: str | os.PathLike, output_path: str | os.PathLike,
                       options: ConversionConfig) -> None:
    """Refuse before converting when the result will not fit where it goes (the source's length tells its size)."""
    from svcdesk.audio.io import estimated_size, probe
    from svcdesk.storage import ensure_free

    info = probe(input_path)
    rate = options.output_sample_rate or LARGEST_MODEL_RATE
    ensure_free(output_path, estimated_size(int(info.duration_s * rate) + rate, 1, "PCM_16"),
                what=Message("the converted file"))


def convert_file(input_path: str | os.PathLike, output_path: str | os.PathLike, voice,
                 options: ConversionConfig = ConversionConfig(), index=None, **kwargs) -> Iterator[object]:
    """`convert` and write the result (format from the extension) atomically: all of it or nothing."""
    from svcdesk.audio.io import save_audio

    if Path(output_path).resolve() == Path(input_path).resolve():
        raise SvcdeskError(Message("the output would overwrite the source recording: choose another output file"))
    check_output_space(input_path, output_path, options)
    last = Progress(0, 0, Message(""))
    for event in convert(input_path, voice, options, index, **kwargs):
        if isinstance(event, Progress):
            last = event
        yield event
        if isinstance(event, ConvertFinished):
            yield Progress(last.done, last.total, Message("writing the result"))
            save_audio(output_path, event.audio, event.sample_rate)
            yield FileWritten(str(output_path))
