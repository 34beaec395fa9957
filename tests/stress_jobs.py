"""Subprocess of tests/test_thread_safety.py: source analysis, a pitch retrace and a conversion at once, many times.

Run with faulthandler on: a crash prints every thread's stack; a run that does not finish in time is a hang."""

from __future__ import annotations

import faulthandler
import sys
import threading
from pathlib import Path

faulthandler.enable()


def main(work: str, rounds: int) -> int:
    import soundfile as sf

    from inference_fixtures import SR16, random_voice_file, sung_tone
    from svcdesk.config import ConversionConfig
    from svcdesk.gui.pages.convert_jobs import convert_job, pitch_job, source_job
    from svcdesk.inference import pipeline

    folder = Path(work)
    voice = random_voice_file(folder / "voice.pth")
    source = folder / "take.wav"
    sf.write(source, sung_tone(1.0), SR16)
    audio = sung_tone(1.0)
    errors: list[str] = []
    runs = 0

    def drain(job) -> None:
        try:
            for _ in job:
                pass
        except Exception as exc:  # noqa: BLE001 - reported and counted by the parent
            errors.append(f"{type(exc).__name__}: {exc}")

    for n in range(rounds):
        if n % 10 == 0:
            pipeline.forget_loaded_models()  # so that loading races too, not only inference
        jobs = [source_job(str(source), "fcpe"),
                pitch_job(audio, SR16, "crepe-tiny" if n % 2 else "fcpe"),
                convert_job(str(source), str(voice), ConversionConfig(f0_method="fcpe"), "", True,
                            str(folder / "cache") if n % 3 else "")]
        threads = [threading.Thread(target=drain, args=(job,), name=f"job{n}.{i}") for i, job in enumerate(jobs)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
            if thread.is_alive():
                print(f"HANG in round {n}: {thread.name}", flush=True)
                faulthandler.dump_traceback(all_threads=True)
                return 3
        runs += len(jobs)
    print(f"runs {runs} errors {len(errors)}", flush=True)
    for error in errors[:5]:
        print(error, flush=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
