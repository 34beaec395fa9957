"""Full conversion pipeline on CPU at 40k: real-time factor per f0 method, and peak RSS for 1 and 10 minutes.

The voice is the full-size RVC v2 40k generator with random weights and the content encoder the full
HuBERT-Base architecture with random weights (`--demo-encoder`), so every network costs what the real
one costs. rmvpe runs a random network of the real architecture when rmvpe.pt is not installed.
RTF = wall seconds / audio seconds, for 60 s of a synthetic singer (models loaded beforehand, as the GUI
keeps them). Peak RSS is measured for `convert_file` on a 1-minute and a 10-minute WAV, each in its own
process (model loading included, as a user's run would have it); the target is 10 min <= 1.5 x 1 min.
The memory runs use the tiny generator by default (`--memory-voice full` for the real one): what grows
with song length is the pipeline's buffers, and a smaller fixed baseline only makes the ratio stricter.
Usage: .venv/bin/python benchmarks/bench_convert.py [--methods fcpe pm ...] [--threads N] [--skip-memory]
       [--breakdown] (RTF split into encoder, pitch, generator and the rest)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_METHODS = ("fcpe", "pm", "dio", "harvest", "crepe-tiny", "rmvpe")


def singer(seconds: float) -> tuple[np.ndarray, int]:
    """A synthetic singer at 16 kHz; long songs repeat a 60 s take (memory, not content, is measured)."""
    from svcdesk.audio.demo import synthesize_demo_singer
    from svcdesk.audio.io import resample

    take, rate = synthesize_demo_singer(seed=1, seconds=min(seconds, 60.0))
    take = resample(take, rate, 16000).astype(np.float32)
    repeats = int(np.ceil(seconds * 16000 / len(take)))
    return np.tile(take, repeats)[: int(seconds * 16000)], 16000


def full_size_voice(path: Path, tiny: bool = False) -> Path:
    import torch

    from svcdesk.models.config import ModelConfig
    from svcdesk.models.rvcfile import save_voice
    from svcdesk.models.synthesizer import Synthesizer

    torch.manual_seed(0)
    config = ModelConfig.tiny(40000) if tiny else ModelConfig.rvc_v2(40000)
    return save_voice(path, Synthesizer.from_model_config(config))


def use_random_rmvpe_if_missing(folder: Path) -> str:
    import torch

    import svcdesk.features.rmvpe as rmvpe
    from svcdesk.errors import SvcdeskError

    try:
        rmvpe.rmvpe_weights_path()
        return "installed weights"
    except SvcdeskError:
        path = folder / "rmvpe-random.pt"
        with open(path, "wb") as handle:
            torch.save({k: (v.half() if v.is_floating_point() else v) for k, v in rmvpe.E2E().state_dict().items()},
                       handle)
        rmvpe.rmvpe_weights_path = lambda *args, **kwargs: path
        return "random weights"


class StageClock:
    """Wall time inside the content encoder, the pitch extractor and the generator during one conversion; the
    rest (resampling, filtering, chunk handling, copies, index, loudness) is the total minus these."""

    def __init__(self, encoder, voice):
        import svcdesk.features.pitch as pitch

        self.seconds = {"encoder": 0.0, "pitch": 0.0, "generator": 0.0}
        self._undo = []
        self._wrap(encoder, "encode", "encoder")
        self._wrap(pitch, "extract_f0", "pitch")
        synthesizer = voice.synthesizer
        original = synthesizer.iter_infer
        clock = self

        def timed_iter_infer(*args, **kwargs):
            began = time.perf_counter()
            decoding = original(*args, **kwargs)
            clock.seconds["generator"] += time.perf_counter() - began
            while True:
                began = time.perf_counter()
                try:
                    tile = next(decoding)
                except StopIteration as stop:
                    clock.seconds["generator"] += time.perf_counter() - began
                    return stop.value
                clock.seconds["generator"] += time.perf_counter() - began
                yield tile

        synthesizer.iter_infer = timed_iter_infer
        self._undo.append(lambda: delattr(synthesizer, "iter_infer"))

    def _wrap(self, owner, name: str, stage: str) -> None:
        original = getattr(owner, name)

        def timed(*args, **kwargs):
            began = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[stage] += time.perf_counter() - began

        setattr(owner, name, timed)
        self._undo.append(lambda: setattr(owner, name, original))

    def close(self) -> None:
        for undo in reversed(self._undo):
            undo()


def measure_rtf(methods, threads: int, folder: Path, breakdown: bool = False) -> None:
    import torch

    from svcdesk.config import ConversionConfig
    from svcdesk.inference.events import ConvertFinished
    from svcdesk.inference.pipeline import content_encoder, convert, resolve_voice

    if threads:
        torch.set_num_threads(threads)
    voice = resolve_voice(full_size_voice(folder / "voice40k.pth"))
    encoder = content_encoder(demo=True)
    audio, rate = singer(60.0)
    note = use_random_rmvpe_if_missing(folder) if "rmvpe" in methods else ""
    print(f"RTF, 60 s of audio -> 40 kHz, full-size generator, HuBERT-Base, torch threads {torch.get_num_threads()}")
    for method in methods:
        options = ConversionConfig(f0_method=method)
        short = (audio[:16000 * 2], rate)
        list(convert(short, voice, options, encoder=encoder))  # loads the pitch network
        clock = StageClock(encoder, voice) if breakdown else None
        began = time.perf_counter()
        result = [e for e in convert((audio, rate), voice, options, encoder=encoder) if isinstance(e, ConvertFinished)]
        elapsed = time.perf_counter() - began
        assert len(result[0].audio) == 6000 * 400
        extra = f"  ({note})" if method == "rmvpe" else ""
        print(f"  {method:<11} {elapsed:7.1f} s   RTF {elapsed / 60.0:5.3f}{extra}")
        if clock is not None:
            clock.close()
            parts = dict(clock.seconds, rest=elapsed - sum(clock.seconds.values()))
            print("              " + "   ".join(f"{name} {seconds / 60.0:.3f}" for name, seconds in parts.items())
                  + "   (RTF by stage)")


def child_peak_rss(seconds: float, threads: int, folder: Path, tiny: bool) -> dict:
    """Run one convert_file in a fresh process and return its peak RSS (ru_maxrss) and wall time."""
    import soundfile as sf

    source = folder / f"song_{int(seconds)}s.wav"
    if not source.exists():
        audio, rate = singer(seconds)
        sf.write(source, audio, rate)
    voice = folder / ("tiny40k.pth" if tiny else "voice40k.pth")
    if not voice.exists():
        full_size_voice(voice, tiny)
    code = f"""
import json, resource, sys, time
sys.path.insert(0, {str(ROOT)!r})
import torch
if {threads}: torch.set_num_threads({threads})
from svcdesk.config import ConversionConfig
from svcdesk.inference.pipeline import convert_file
began = time.perf_counter()
for _ in convert_file({str(source)!r}, {str(folder / 'out.wav')!r}, {str(voice)!r}, ConversionConfig(f0_method='fcpe'),
                      demo_encoder=True):
    pass
print(json.dumps({{"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "seconds": time.perf_counter() - began}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--methods", nargs="*", default=list(DEFAULT_METHODS))
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-rtf", action="store_true")
    parser.add_argument("--breakdown", action="store_true",
                        help="also split each RTF into encoder, pitch, generator and the rest")
    parser.add_argument("--memory-voice", choices=("tiny", "full"), default="tiny",
                        help="generator for the memory runs: tiny (default; a smaller fixed baseline makes the "
                             "ratio test stricter and the 10-minute run affordable on a shared CPU) or full")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.skip_rtf:
            measure_rtf(args.methods, args.threads, folder, args.breakdown)
        if not args.skip_memory:
            tiny = args.memory_voice == "tiny"
            one = child_peak_rss(60.0, args.threads, folder, tiny)
            ten = child_peak_rss(600.0, args.threads, folder, tiny)
            print(f"peak RSS of convert_file (fcpe, HuBERT-Base, {args.memory_voice} generator, own process each):")
            print(f"  1 min : {one['rss_mb']:7.0f} MB  ({one['seconds']:.0f} s)")
            print(f"  10 min: {ten['rss_mb']:7.0f} MB  ({ten['seconds']:.0f} s)")
            print(f"  ratio : {ten['rss_mb'] / one['rss_mb']:.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
