"""One progress bar for a job of several stages, each weighted by what it costs, so the bar moves steadily.

A conversion loads its voice and the content encoder, reads the song, traces its pitch, then per chunk encodes
the content and decodes tile by tile, then writes. Each stage reports its own progress (0..1); `WorkPlan`
maps that onto one 0..SCALE scale by the stage's share of the estimated seconds, and never goes backwards.
The estimates are measured on a 2-core CPU (svcdesk 2.11 torch, 2 threads, per audio second): a stage that
costs more there fills more of the bar. The costs only need to be right relative to each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from svcdesk.events import Progress
from svcdesk.messages import Message

SCALE = 10_000

# Seconds per second of audio on the reference CPU (benchmarks/bench_convert.py, 2 threads).
PITCH_SECONDS = {"pm": 0.004, "dio": 0.014, "fcpe": 0.044, "harvest": 0.15, "crepe-tiny": 0.27, "rmvpe": 0.35,
                 "crepe": 2.0}
CONTENT_SECONDS = 0.22  # HuBERT-Base
DECODER_SECONDS = 1.1  # the full 40k RVC v2 decoder; a smaller one costs its share of the parameters
FULL_DECODER_PARAMETERS = 39_000_000
READ_SECONDS = 0.01
WRITE_SECONDS = 0.01
# Seconds per loading step when it is not already in memory.
VOICE_LOAD_SECONDS_PER_MB = 0.012
ENCODER_LOAD_SECONDS = 1.0


@dataclass(frozen=True)
class Stage:
    key: str
    seconds: float  # estimated cost
    message: Message


class WorkPlan:
    """Stages in order; `progress(key, fraction)` gives the Progress of the whole job at that point.

    `floor` (0..SCALE): where an earlier plan left the bar; these stages share the rest (a plan made once the
    voice is loaded and its decoder's cost known continues from where the loading left the bar)."""

    def __init__(self, stages: list[Stage], floor: int = 0):
        self.stages = [stage for stage in stages if stage.seconds > 0] or stages[:1]
        total = sum(stage.seconds for stage in self.stages) or 1.0
        room = 1.0 - min(max(floor, 0), SCALE) / SCALE
        self._start: dict[str, float] = {}
        self._share: dict[str, float] = {}
        position = 1.0 - room
        for stage in self.stages:
            self._start[stage.key] = position
            self._share[stage.key] = room * stage.seconds / total
            position += room * stage.seconds / total
        self._last = min(max(floor, 0), SCALE)
        self._messages = {stage.key: stage.message for stage in self.stages}

    @property
    def done(self) -> int:
        return self._last

    def has(self, key: str) -> bool:
        return key in self._start

    def progress(self, key: str, fraction: float = 0.0, message: Message | None = None) -> Progress:
        """Where the job is when stage `key` is `fraction` done (0..1); a skipped stage counts as done."""
        fraction = min(max(float(fraction), 0.0), 1.0)
        if key in self._start:
            done = int(round(SCALE * (self._start[key] + self._share[key] * fraction)))
        else:
            done = self._last
        self._last = max(self._last, min(done, SCALE))
        return Progress(self._last, SCALE, message if message is not None else self._messages.get(key, Message("")))

    def finished(self) -> Progress:
        self._last = SCALE
        return Progress(SCALE, SCALE, Message("done"))


def decoder_seconds(voice) -> float:
    """Seconds per audio second of this voice's decoder, from its size relative to the full 40k one."""
    decoder = getattr(getattr(voice, "synthesizer", None), "dec", None)
    if decoder is None:
        return DECODER_SECONDS
    parameters = sum(p.numel() for p in decoder.parameters())
    return DECODER_SECONDS * max(parameters, 1) / FULL_DECODER_PARAMETERS


def loading_plan(voice_seconds: float, encoder_seconds: float, rest_seconds: float) -> WorkPlan:
    """Loading the voice and the encoder, before the rest of the job (whose stages come once the voice is in)."""
    return WorkPlan([
        Stage("voice", voice_seconds, Message("loading the voice model")),
        Stage("encoder", encoder_seconds, Message("loading the content encoder")),
        Stage("rest", rest_seconds, Message("")),
    ])


def analysis_seconds(duration_s: float, pitch_method: str) -> float:
    return (READ_SECONDS + PITCH_SECONDS.get(pitch_method, 0.3) + CONTENT_SECONDS) * duration_s


def conversion_plan(duration_s: float, pitch_method: str, decode_seconds_per_s: float, content_separate: bool,
                    floor: int = 0) -> WorkPlan:
    """What is left of a conversion once the models are loaded: reading, pitch, content and decoding.

    `content_separate`: the source cache computes the content in a stage of its own; otherwise each chunk's
    content is computed in the "convert" stage, just before that chunk is decoded."""
    pitch = PITCH_SECONDS.get(pitch_method, 0.3) * duration_s
    content = CONTENT_SECONDS * duration_s
    decode = decode_seconds_per_s * duration_s
    return WorkPlan([
        Stage("read", READ_SECONDS * duration_s, Message("reading source")),
        Stage("pitch", pitch, Message("pitch")),
        Stage("content", content if content_separate else 0.0, Message("content features")),
        Stage("convert", decode + (0.0 if content_separate else content), Message("converting")),
    ], floor=floor)


def analysis_stage(progress: Progress) -> tuple[str, float]:
    """The stage and fraction an analysis Progress belongs to, from its message (svcdesk.inference.analysis and
    source_cache report "hashing source", "reading source", "pitch" n/N and "content features" n/N)."""
    template = getattr(progress.message, "template", str(progress.message))
    fraction = progress.done / progress.total if progress.total else 0.0
    if template == "pitch":
        return "pitch", fraction
    if template == "content features":
        return "content", fraction
    return "read", fraction
