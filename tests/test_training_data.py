import numpy as np
import pytest

from svcdesk.training import data as d

HOP = 400


def make_clip(key, frames, seed=0):
    rng = np.random.default_rng(seed)
    content = rng.standard_normal((frames // 2 + 3, 8)).astype(np.float32)
    f0 = np.full(frames + 5, 220.0, np.float32)
    audio = rng.standard_normal(frames * HOP + 123).astype(np.float32) * 0.1
    return d.align_clip(key, content, f0, audio, HOP)


def sources(lengths):
    return [d.ClipSource(f"c{i:03d}", n, (lambda i=i, n=n: make_clip(f"c{i:03d}", n, i))) for i, n in enumerate(lengths)]


def test_align_repeats_content_and_truncates_to_audio_frames():
    content = np.arange(10, dtype=np.float32)[:, None].repeat(3, 1)
    clip = d.align_clip("x", content, np.ones(25, np.float32), np.zeros(17 * HOP + 5, np.float32), HOP)
    assert clip.frames == 17 and clip.content.shape == (17, 3) and clip.audio.shape == (17 * HOP,)
    assert clip.content[:4, 0].tolist() == [0, 0, 1, 1]


def test_split_excludes_out_of_range_and_holds_out_at_least_two():
    report = d.split_sources(sources([50, 150, 300, 1200] + [200] * 36), min_frames=75, max_frames=900)
    assert {k for k, _ in report.excluded} == {"c000", "c003"}
    assert "too short" in dict(report.excluded)["c000"] and "too long" in dict(report.excluded)["c003"]
    assert len(report.validation) == 2 and len(report.train) == 36
    assert not {s.key for s in report.train} & {s.key for s in report.validation}
    tiny = d.split_sources(sources([200, 200]), min_frames=75, max_frames=900)
    assert len(tiny.validation) == 0 and len(tiny.train) == 2


def test_sampler_buckets_by_length_and_covers_every_clip_each_epoch():
    lengths = [120] * 10 + [450] * 7 + [880] * 5
    sampler = d.BucketSampler(lengths, batch_size=4, seed=3)
    seen, epochs = [], set()
    for _ in range(len(sampler)):
        batch, epoch, ends = sampler.next_batch()
        assert len(batch) == 4 and len({lengths[i] for i in batch}) == 1  # one bucket per batch
        seen += batch
        epochs.add(epoch)
    assert ends and epochs == {0} and set(seen) == set(range(len(lengths)))
    _, epoch, _ = sampler.next_batch()
    assert epoch == 1


def test_sampler_resume_continues_exactly():
    lengths = list(np.random.default_rng(0).integers(100, 900, 40))
    full = d.BucketSampler(lengths, 4, seed=1)
    reference = [full.next_batch()[0] for _ in range(25)]
    first = d.BucketSampler(lengths, 4, seed=1)
    got = [first.next_batch()[0] for _ in range(11)]
    resumed = d.BucketSampler(lengths, 4, seed=99)
    resumed.load_state_dict(first.state_dict())
    got += [resumed.next_batch()[0] for _ in range(14)]
    assert got == reference


def test_sampler_ddp_ranks_are_disjoint_and_equal_length():
    uneven = [d.BucketSampler([200] * 22, 2, seed=0, rank=r, world=2) for r in range(2)]
    assert len(uneven[0]) == len(uneven[1]) == 6  # 11 batches padded to 12 so ranks stay in step
    plans = [d.BucketSampler([200] * 24, 2, seed=0, rank=r, world=2) for r in range(2)]
    a = [tuple(plans[0].next_batch()[0]) for _ in range(len(plans[0]))]
    b = [tuple(plans[1].next_batch()[0]) for _ in range(len(plans[1]))]
    assert not set(a) & set(b)


def test_set_batch_size_keeps_progress():
    sampler = d.BucketSampler([200] * 40, 4, seed=0)
    for _ in range(5):
        sampler.next_batch()
    sampler.set_batch_size(2)
    assert sampler.index == 10 and len(sampler.next_batch()[0]) == 2


def test_store_caches_in_ram_only_within_budget():
    calls = []
    src = [d.ClipSource("a", 200, lambda: calls.append(1) or make_clip("a", 200))]
    cached = d.ClipStore(src, ram_budget_bytes=10**9, bytes_per_frame=100)
    cached.get(0), cached.get(0)
    assert len(calls) == 1
    uncached = d.ClipStore(src, ram_budget_bytes=10, bytes_per_frame=100)
    uncached.get(0), uncached.get(0)
    assert len(calls) == 3


def test_collate_pads_and_marks_unvoiced():
    clips = [make_clip("a", 100), make_clip("b", 130)]
    batch = d.collate(clips, HOP, 0, lambda f0: np.full(f0.shape, 7, np.int64))
    assert tuple(batch.content.shape) == (2, 130, 8) and batch.lengths.tolist() == [100, 130]
    assert batch.coarse[0, 99] == 7 and batch.coarse[0, 100] == 1
    assert tuple(batch.audio.shape) == (2, 1, 130 * HOP) and float(batch.audio[0, 0, 100 * HOP:].abs().sum()) == 0


def test_augmentation_moves_f0_with_audio_and_keeps_alignment():
    clip = make_clip("a", 150)
    rng = np.random.default_rng(0)
    aug = d.Augmentation(pitch_shift_prob=1.0, pitch_shift_semitones=3.0, time_stretch_prob=1.0, time_stretch_max=0.2)
    out = d.augment_clip(clip, aug, rng, 40000, HOP)
    assert out.audio.shape[0] == out.frames * HOP and out.content.shape[0] == out.frames
    ratio = out.f0[0] / 220.0
    assert ratio != pytest.approx(1.0) and 2 ** (-3 / 12) - 1e-6 <= ratio <= 2 ** (3 / 12) + 1e-6
    assert out.frames != clip.frames  # stretched


def test_mute_clip_is_silent_and_unvoiced():
    clip = d.mute_clip(np.zeros((50, 8), np.float32), HOP)
    assert clip.frames == 100 and not clip.audio.any() and not clip.f0.any()


def test_augmented_batches_repeat_exactly_after_a_sampler_restore():
    store = d.ClipStore(sources([150] * 6), ram_budget_bytes=10**9, bytes_per_frame=10)
    aug = d.Augmentation(pitch_shift_prob=0.5, time_stretch_prob=0.5)

    def data():
        return d.TrainingData(store, d.BucketSampler([150] * 6, 2, seed=4), hop=HOP, sample_rate=40000, speaker_id=0,
                              coarse_fn=lambda f0: np.ones(f0.shape, np.int64), augmentation=aug, seed=4)

    first = data()
    first.next_batch()
    state = first.sampler.state_dict()
    expected = first.next_batch()[0]
    again = data()
    again.sampler.load_state_dict(state)
    got = again.next_batch()[0]
    assert got.audio.shape == expected.audio.shape and bool((got.audio == expected.audio).all())
    assert bool((got.f0 == expected.f0).all())
