"""Retrieval index (spec 6): build, ecosystem file name, atomic non-ASCII save/load, search weights, blend."""

from __future__ import annotations

import numpy as np
import pytest

from svcdesk.errors import ModelFileError
from svcdesk.inference.index import (
    IndexBuilt, RetrievalIndex, build_index_file, index_file_name, ivf_list_count, protect_unvoiced, train_index,
)


def _features(n=2000, dim=768, seed=0):
    return np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)


def _run(gen):
    """Drive a generator that returns a value, collecting its events."""
    events = []
    try:
        while True:
            events.append(next(gen))
    except StopIteration as stop:
        return stop.value, events


def test_ivf_list_count_follows_the_reference_formula():
    assert ivf_list_count(2000) == min(int(16 * np.sqrt(2000)), 2000 // 39) == 51
    assert ivf_list_count(1_000_000) == 16000
    assert ivf_list_count(10) == 1  # tiny sets still build


def test_build_saves_ecosystem_name_on_non_ascii_path_and_loads_back(tmp_path):
    features = _features()
    events = list(build_index_file(features, tmp_path / "exports ü", "Mi voz"))
    built = events[-1]
    assert isinstance(built, IndexBuilt)
    assert built.vectors == 2000 and built.n_ivf == 51
    assert built.path.endswith(index_file_name(51, "Mi_voz"))
    assert built.path.endswith("added_IVF51_Flat_nprobe_1_Mi_voz_v2.index")
    assert not [p for p in (tmp_path / "exports ü").iterdir() if p.name.endswith(".tmp")]
    loaded = RetrievalIndex.load(built.path)
    assert loaded.dim == 768 and loaded.vectors.shape == (2000, 768)
    # every training vector is stored exactly (in shuffled order)
    assert np.allclose(np.sort(loaded.vectors[:, 0]), np.sort(features[:, 0]))


def test_search_weights_are_normalised_and_finite_with_zero_distance():
    features = _features()
    index, _ = _run(train_index(features))
    retrieval = RetrievalIndex(index)
    query = np.concatenate([retrieval.vectors[:3], retrieval.vectors[:3] + 0.01])
    ids, weights = retrieval.search(query)
    assert np.isfinite(weights).all()
    assert np.allclose(weights.sum(axis=1), 1.0)
    # exact matches (D = 0) take the whole weight and retrieve the vector itself
    assert np.array_equal(ids[:3, 0], [0, 1, 2])
    assert np.allclose(weights[:3, 0], 1.0)
    retrieved = retrieval.retrieve(query)
    assert np.isfinite(retrieved).all()
    assert np.allclose(retrieved[:3], retrieval.vectors[:3], atol=1e-5)


def test_two_exact_duplicates_share_the_weight():
    base = _features(400)
    features = np.concatenate([base, base[:1]])  # vector 0 stored twice: two neighbours at D = 0
    index, _ = _run(train_index(features))
    retrieval = RetrievalIndex(index)
    ids, weights = retrieval.search(base[:1])
    assert np.isfinite(weights).all()
    assert weights[0, :2].sum() == pytest.approx(1.0) and weights[0, 0] == pytest.approx(0.5)


def test_inverse_square_distance_weights():
    """Two stored points; the query lies at squared distances 1 and 4: weights (1/1)^2 : (1/4)^2 = 16 : 1."""
    import faiss

    dim = 768
    index = faiss.IndexFlatL2(dim)
    points = np.zeros((2, dim), np.float32)
    points[1, 0] = 3.0
    index.add(points)
    retrieval = RetrievalIndex(index)
    query = np.zeros((1, dim), np.float32)
    query[0, 0] = 1.0
    ids, weights = retrieval.search(query, k=2)
    assert list(ids[0]) == [0, 1]
    assert weights[0, 0] / weights[0, 1] == pytest.approx(16.0)
    blended = retrieval.blend(query, 0.75)
    expected = 0.75 * (16 / 17 * points[0] + 1 / 17 * points[1]) + 0.25 * query[0]
    assert np.allclose(blended[0], expected, atol=1e-5)


def test_blend_rate_zero_is_identity_and_dim_mismatch_is_refused():
    index, _ = _run(train_index(_features(500)))
    retrieval = RetrievalIndex(index)
    feats = _features(5, seed=3)
    assert retrieval.blend(feats, 0.0) is feats
    with pytest.raises(ModelFileError, match="256"):
        retrieval.search(_features(5, dim=256))


def test_protect_keeps_unvoiced_frames_close_to_the_original():
    retrieved = np.ones((4, 768), np.float32)
    original = np.zeros((4, 768), np.float32)
    f0 = np.array([200.0, 0.0, 210.0, 0.0])
    out = protect_unvoiced(retrieved, original, f0, 0.33)
    assert np.allclose(out[[0, 2]], 1.0) and np.allclose(out[[1, 3]], 0.33)
    assert protect_unvoiced(retrieved, original, f0, 0.5) is retrieved


def test_missing_and_corrupt_index_files_give_clear_errors(tmp_path):
    with pytest.raises(ModelFileError, match="not found"):
        RetrievalIndex.load(tmp_path / "nope.index")
    bad = tmp_path / "bad.index"
    bad.write_bytes(b"not an index at all")
    with pytest.raises(ModelFileError, match="not a faiss index"):
        RetrievalIndex.load(bad)


def test_cli_index_builds_from_the_project_feature_cache(tmp_path, capsys):
    import torch

    from svcdesk.audio.demo import create_demo_project
    from svcdesk.cli import main
    from svcdesk.config import FeatureConfig
    from svcdesk.features.cache import build_feature_cache
    from svcdesk.inference.pipeline import content_encoder

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        project = create_demo_project(tmp_path / "proyecto ü", seconds=12)
        config = FeatureConfig(sample_rate=project.sample_rate, demo_encoder=True, f0_method="pm")
        for _ in build_feature_cache(project, config, workers=0, encoder=content_encoder(demo=True)):
            pass
    finally:
        torch.set_num_threads(threads)
    (project.runs_dir / "first run").mkdir(parents=True)
    assert main(["index", str(project.runs_dir / "first run"), "--demo-encoder", "--f0", "pm"]) == 0
    written = list(project.exports_dir.glob("added_IVF*_Flat_nprobe_1_first_run_v2.index"))
    assert len(written) == 1
    index = RetrievalIndex.load(written[0])
    assert index.dim == 768 and index.vectors.shape[0] > 100
    # settings that were never extracted: a clear failure, nothing written
    assert main(["index", str(project.root), "--f0", "harvest", "--demo-encoder"]) == 1
    assert "svcdesk preprocess" in capsys.readouterr().err
    assert main(["index", str(tmp_path)]) == 1
