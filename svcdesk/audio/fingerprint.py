"""Near-duplicate detection with band-energy-difference fingerprints (Haitsma & Kalker, 2002).

Each 16 ms frame gets 32 bits: the signs of energy differences between neighbouring frequency
bands, differenced again in time, plus a mask of the bits that are reliable (a difference too
small to survive re-quantisation, as in a held, steady note, is masked out and not compared). Signs of energy differences do not change with gain, and the
long, heavily overlapping frames make the bits survive trimming by any number of samples; an
alignment search (votes of matching 16-bit half-words) then finds the offset of a trimmed copy.
A file hash would miss both cases.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from svcdesk.audio.io import resample

FP_RATE = 8000
FP_FRAME = 2048  # 256 ms: long frames make the bits insensitive to sub-hop misalignment
FP_HOP = 128  # 16 ms
FP_BANDS = 33  # 33 band edges... give 32 differences = 32 bits
FP_LOW_HZ, FP_HIGH_HZ = 100.0, 3000.0
ACTIVE_DB = -50.0  # frames quieter than this below the file's loudest frame carry no bits (mask 0)
WEAK_BIT = 0.02  # a double difference under 2% of the energies involved is a coin toss
MAX_BIT_ERROR = 0.30  # unrelated audio sits near 0.5; the same recording re-gained/trimmed below 0.2
MIN_OVERLAP_FRAMES = 120  # about 2 s of shared audio
MIN_OVERLAP_FRACTION = 0.5  # of the shorter file's active frames
_COMMON_KEY_LIMIT = 64
_KEY_SPAN = 2  # frames between the two half-words of a landmark key
_MIN_VOTES = 3  # a half-word this frequent in the whole set says nothing about alignment
_CHUNK_FRAMES = 4096


@dataclass(frozen=True)
class Duplicate:
    """Files `a` and `b` hold the same audio; b's frame i matches a's frame i + offset_frames."""

    a: str
    b: str
    similarity: float  # 1 - bit error rate over the overlap
    overlap_s: float
    offset_s: float


def _band_matrix(n_fft: int, sr: int) -> np.ndarray:
    """(bins, FP_BANDS) 0/1 matrix summing FFT power into log-spaced bands."""
    edges = np.geomspace(FP_LOW_HZ, FP_HIGH_HZ, FP_BANDS + 1)
    freqs = np.fft.rfftfreq(n_fft, 1.0 / sr)
    band = np.searchsorted(edges, freqs, side="right") - 1
    matrix = np.zeros((freqs.shape[0], FP_BANDS), dtype=np.float32)
    valid = (band >= 0) & (band < FP_BANDS)
    matrix[np.flatnonzero(valid), band[valid]] = 1.0
    return matrix


_WEIGHTS = (1 << np.arange(32, dtype=np.uint64)).astype(np.uint64)


def audio_fingerprint(mono: np.ndarray, sr: int) -> np.ndarray:
    """(frames, 2) uint32: the 32 bits of each 16 ms frame and the mask of its reliable bits.

    A frame too quiet to fingerprint has mask 0.
    """
    x = resample(np.asarray(mono, dtype=np.float32), sr, FP_RATE, quality="MQ")
    if x.shape[0] < FP_FRAME + FP_HOP:
        return np.zeros((0, 2), dtype=np.uint32)
    n_frames = 1 + (x.shape[0] - FP_FRAME) // FP_HOP
    window = np.hanning(FP_FRAME).astype(np.float32)
    bands = _band_matrix(FP_FRAME, FP_RATE)
    frames_view = np.lib.stride_tricks.sliding_window_view(x, FP_FRAME)[::FP_HOP][:n_frames]
    energy = np.empty((n_frames, FP_BANDS), dtype=np.float64)
    for start in range(0, n_frames, _CHUNK_FRAMES):
        block = frames_view[start : start + _CHUNK_FRAMES] * window
        power = np.abs(np.fft.rfft(block, axis=1)) ** 2
        energy[start : start + block.shape[0]] = power.astype(np.float32) @ bands
    band_diff = energy[:, :-1] - energy[:, 1:]
    change = band_diff[1:] - band_diff[:-1]  # (n_frames - 1, 32)
    involved = energy[1:, :-1] + energy[1:, 1:] + energy[:-1, :-1] + energy[:-1, 1:]
    values = ((change > 0).astype(np.uint64) @ _WEIGHTS).astype(np.uint32)
    reliable = ((np.abs(change) > WEAK_BIT * involved).astype(np.uint64) @ _WEIGHTS).astype(np.uint32)
    total = energy.sum(axis=1)[1:]
    peak = float(total.max()) if total.size else 0.0
    active = total > peak * 10 ** (ACTIVE_DB / 10.0) if peak > 0 else np.zeros(total.shape, bool)
    values[~active] = 0
    reliable[~active] = 0
    return np.stack([values, reliable], axis=1)


def _popcount(values: np.ndarray) -> int:
    return int(np.unpackbits(values.view(np.uint8)).sum())


def bit_error_rate(a: np.ndarray, b: np.ndarray, offset: int) -> tuple[float, int]:
    """(BER, frames compared) with b's frame i against a's frame i + offset, over the bits both
    fingerprints hold reliable."""
    start_b = max(0, -offset)
    stop_b = min(b.shape[0], a.shape[0] - offset)
    if stop_b <= start_b:
        return 1.0, 0
    fa = a[start_b + offset : stop_b + offset]
    fb = b[start_b:stop_b]
    both = fa[:, 1] & fb[:, 1]
    frames = int(np.count_nonzero(both))
    bits = _popcount(both)
    if bits == 0:
        return 1.0, 0
    return _popcount(np.bitwise_xor(fa[:, 0], fb[:, 0]) & both) / bits, frames


def _candidate_offsets(fingerprints: list[np.ndarray]) -> dict[tuple[int, int], list[int]]:
    """For each file pair, the offsets that most landmark keys agree on.

    A key is a reliable 16-bit half-word of a frame joined to the same half-word two frames later
    (32 bits): specific enough that unrelated frames rarely collide even in a large dataset, so
    the number of candidate pairs stays near the number of true matches.
    """
    keys, owners, positions = [], [], []
    for index, fp in enumerate(fingerprints):
        if fp.shape[0] <= _KEY_SPAN:
            continue
        for half in (0, 1):
            words = ((fp[:, 0] >> (16 * half)) & 0xFFFF).astype(np.int64)
            reliable = ((fp[:, 1] >> (16 * half)) & 0xFFFF) == 0xFFFF
            frames = np.flatnonzero(reliable[:-_KEY_SPAN] & reliable[_KEY_SPAN:])
            key = (words[frames] << 16 | words[frames + _KEY_SPAN]) + (half << 32)
            keys.append(key)
            owners.append(np.full(frames.shape[0], index, dtype=np.int64))
            positions.append(frames.astype(np.int64))
    if not keys:
        return {}
    key = np.concatenate(keys)
    owner = np.concatenate(owners)
    position = np.concatenate(positions)
    order = np.argsort(key, kind="stable")
    key, owner, position = key[order], owner[order], position[order]
    unique, counts = np.unique(key, return_counts=True)
    common = set(unique[counts > _COMMON_KEY_LIMIT].tolist())
    if common:
        keep = ~np.isin(key, list(common))
        key, owner, position = key[keep], owner[keep], position[keep]
    pair_a, pair_b, offsets = [], [], []
    # Entries sharing a key sit next to each other after sorting: compare each with the next k.
    for k in range(1, _COMMON_KEY_LIMIT + 1):
        if key.shape[0] <= k:
            break
        same = (key[k:] == key[:-k]) & (owner[k:] != owner[:-k])
        if not same.any():
            if not (key[k:] == key[:-k]).any():
                break
            continue
        first_owner, second_owner = owner[:-k][same], owner[k:][same]
        first_pos, second_pos = position[:-k][same], position[k:][same]
        swap = first_owner > second_owner
        lo = np.where(swap, second_owner, first_owner)
        hi = np.where(swap, first_owner, second_owner)
        # offset: frame in lower-index file minus frame in higher-index file
        off = np.where(swap, second_pos - first_pos, first_pos - second_pos)
        pair_a.append(lo)
        pair_b.append(hi)
        offsets.append(off)
    if not pair_a:
        return {}
    a = np.concatenate(pair_a)
    b = np.concatenate(pair_b)
    off = np.concatenate(offsets)
    combined = np.stack([a, b, off], axis=1)
    triples, votes = np.unique(combined, axis=0, return_counts=True)
    best: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for (ia, ib, o), v in zip(triples.tolist(), votes.tolist()):
        best.setdefault((ia, ib), []).append((v, o))
    return {pair: [o for v, o in sorted(cands, reverse=True)[:3] if v >= _MIN_VOTES] for pair, cands in best.items()}


def find_duplicates(fingerprints: dict[str, np.ndarray], hop_s: float = FP_HOP / FP_RATE) -> list[Duplicate]:
    """Pairs of ids whose audio is the same recording (after gain changes, trimming, re-encoding)."""
    ids = list(fingerprints)
    prints = [np.asarray(fingerprints[i], dtype=np.uint32).reshape(-1, 2) for i in ids]
    found: list[Duplicate] = []
    for (ia, ib), offsets in sorted(_candidate_offsets(prints).items()):
        a, b = prints[ia], prints[ib]
        best_ber, best_count, best_offset = 1.0, 0, 0
        for base in offsets:
            for offset in (base - 1, base, base + 1):
                ber, count = bit_error_rate(a, b, offset)
                if ber < best_ber:
                    best_ber, best_count, best_offset = ber, count, offset
        shorter = min(np.count_nonzero(a[:, 1]), np.count_nonzero(b[:, 1]))
        if (
            best_ber <= MAX_BIT_ERROR
            and best_count >= MIN_OVERLAP_FRAMES
            and best_count >= MIN_OVERLAP_FRACTION * shorter
        ):
            found.append(Duplicate(ids[ia], ids[ib], round(1.0 - best_ber, 4), round(best_count * hop_s, 3), round(best_offset * hop_s, 4)))
    return found
