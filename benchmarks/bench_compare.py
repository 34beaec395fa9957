"""Comparison cost: rendering one more checkpoint of an already analysed clip vs the first render.

Full-size RVC v2 40k generators with random weights (two "checkpoints"), HuBERT-Base with random weights
(demo encoder), fcpe, a --seconds synthetic clip. Prints:
  first render    source analysis (f0 + content) + generator + scores
  next checkpoint generator + scores only (the analysis comes from the source cache)
  generator alone one `render` pass on the cached analysis, for reference
  repeat          the same checkpoint again (render cache hit: scores only)
Usage: .venv/bin/python benchmarks/bench_compare.py [--seconds 10] [--threads N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def voice_file(path: Path, seed: int) -> Path:
    import torch

    from svcdesk.models.config import ModelConfig
    from svcdesk.models.rvcfile import save_voice
    from svcdesk.models.synthesizer import Synthesizer

    torch.manual_seed(seed)
    return save_voice(path, Synthesizer.from_model_config(ModelConfig.rvc_v2(40000)))


def result_of(generator):
    """Run a job generator to its end and return its return value."""
    while True:
        try:
            next(generator)
        except StopIteration as stop:
            return stop.value


def timed_compare(models, source, out, options, encoder) -> tuple[float, list]:
    from svcdesk.inference.compare import compare

    began = time.perf_counter()
    events = list(compare(models, source, out, options, encoder=encoder))
    return time.perf_counter() - began, events


def main() -> None:
    import soundfile as sf
    import torch

    from bench_convert import singer
    from svcdesk.config import ConversionConfig
    from svcdesk.inference.compare import CACHE_DIR
    from svcdesk.inference.pipeline import content_encoder, render, resolve_voice
    from svcdesk.inference.source_cache import SourceCache

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    options = ConversionConfig(f0_method="fcpe")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        audio, rate = singer(args.seconds)
        source = folder / "clip.wav"
        sf.write(source, audio, rate)
        first_model, second_model = voice_file(folder / "step_1000.pt", 0), voice_file(folder / "step_2000.pt", 1)
        encoder = content_encoder(demo=True)
        # Warm-up on a separate clip loads fcpe and the speaker encoder, so only the work itself is timed.
        warm = folder / "warm.wav"
        sf.write(warm, audio[: rate], rate)
        timed_compare([first_model], warm, folder / "warm", options, encoder)
        out = folder / "compare"
        first, _ = timed_compare([first_model], source, out, options, encoder)
        second, _ = timed_compare([first_model, second_model], source, out, options, encoder)
        repeat, _ = timed_compare([first_model, second_model], source, out, options, encoder)
        analysis, from_cache = result_of(SourceCache(out / CACHE_DIR).analysis(source, options, encoder))
        assert from_cache
        voice = resolve_voice(second_model)
        began = time.perf_counter()
        result_of(render(analysis, voice, options))
        generator_only = time.perf_counter() - began
        per_render_repeat = repeat / 2
        print(f"compare, {args.seconds:.0f} s clip, full-size 40k generator, HuBERT-Base, fcpe, "
              f"torch threads {torch.get_num_threads()}")
        print(f"  first render     {first:7.1f} s   (analysis + generator + scores)")
        print(f"  next checkpoint  {second - per_render_repeat:7.1f} s   (generator + scores; cached analysis)")
        print(f"  generator alone  {generator_only:7.1f} s")
        print(f"  repeat (cached)  {per_render_repeat:7.1f} s per checkpoint (scores only)")


if __name__ == "__main__":
    main()
