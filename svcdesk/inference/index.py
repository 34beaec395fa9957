"""Retrieval index over training content features (spec 6): build, save, load, search and blend.

faiss does the clustering-free part (IVF Flat, L2); files are read and written as serialized
bytes through our own handles so that non-ASCII paths work and a crash never leaves half a file.
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Generator

import numpy as np

from svcdesk.errors import ModelFileError
from svcdesk.events import Progress
from svcdesk.messages import Message
from svcdesk.utils.atomic import atomic_open

KMEANS_THRESHOLD = 200_000
KMEANS_CENTRES = 10_000
ADD_BATCH = 8192
SEARCH_K = 8
# Squared L2 distances below this count as exact matches; keeps (1/D)^2 finite in float64.
MIN_DISTANCE = 1e-12


@dataclass(frozen=True)
class IndexBuilt:
    """The index file written by `build_index_file`."""

    path: str
    vectors: int
    n_ivf: int


def ivf_list_count(n_vectors: int) -> int:
    """n_ivf = min(floor(16*sqrt(N)), N // 39), at least 1 so tiny sets still build."""
    return max(1, min(int(16 * math.sqrt(n_vectors)), n_vectors // 39))


def index_file_name(n_ivf: int, name: str, version: str = "v2") -> str:
    """The ecosystem's name, e.g. `added_IVF256_Flat_nprobe_1_myvoice_v2.index`."""
    return f"added_IVF{n_ivf}_Flat_nprobe_1_{name}_{version}.index"


def reduce_with_kmeans(features: np.ndarray, seed: int = 0) -> np.ndarray:
    """Large sets are replaced by 10,000 MiniBatchKMeans centres, as the reference does.

    scikit-learn (installed with librosa) matches the reference's algorithm; faiss's own k-means
    would give different centres for the same data.
    """
    from sklearn.cluster import MiniBatchKMeans

    kmeans = MiniBatchKMeans(n_clusters=KMEANS_CENTRES, batch_size=256 * (os.cpu_count() or 1),
                             compute_labels=False, init="random", random_state=seed, n_init=1)
    return kmeans.fit(features).cluster_centers_.astype(np.float32)


def train_index(features: np.ndarray, seed: int = 0) -> Generator[Progress, None, "object"]:
    """Train and fill an "IVF{n},Flat" index; yields Progress, returns the faiss index (use `yield from`)."""
    import faiss

    features = np.asarray(features, dtype=np.float32)
    if features.ndim != 2 or features.shape[0] == 0:
        raise ValueError("an index needs a non-empty (N, D) feature matrix")
    features = features[np.random.default_rng(seed).permutation(features.shape[0])]
    if features.shape[0] > KMEANS_THRESHOLD:
        yield Progress(0, 0, Message("clustering {count} vectors to {centres} centres",
                                     count=features.shape[0], centres=KMEANS_CENTRES))
        features = reduce_with_kmeans(features, seed)
    features = np.ascontiguousarray(features)
    n_vectors, dim = features.shape
    n_ivf = ivf_list_count(n_vectors)
    index = faiss.index_factory(dim, f"IVF{n_ivf},Flat")
    faiss.extract_index_ivf(index).nprobe = 1
    batches = max(1, math.ceil(n_vectors / ADD_BATCH))
    yield Progress(0, batches, Message("training index"))
    index.train(features)
    for batch, start in enumerate(range(0, n_vectors, ADD_BATCH), start=1):
        index.add(features[start:start + ADD_BATCH])
        yield Progress(batch, batches, Message("adding vectors"))
    return index


def save_index(index, path: str | os.PathLike) -> None:
    """Write atomically via faiss's serializer (faiss.write_index cannot open non-ASCII paths on Windows)."""
    import faiss

    data = faiss.serialize_index(index)
    with atomic_open(path, "wb") as handle:
        handle.write(np.asarray(data, dtype=np.uint8).tobytes())


def build_index_file(features: np.ndarray, out_dir: str | os.PathLike, name: str,
                     seed: int = 0) -> Generator[Progress | IndexBuilt, None, None]:
    """Build from (N, 768) features and save as `out_dir/added_IVF..._{name}_v2.index`."""
    index = yield from train_index(features, seed)
    n_ivf = faiss_list_count(index)
    path = Path(out_dir) / index_file_name(n_ivf, _safe_name(name), _version_for_dim(index.d))
    save_index(index, path)
    yield IndexBuilt(str(path), int(index.ntotal), n_ivf)


def faiss_list_count(index) -> int:
    import faiss

    return int(faiss.extract_index_ivf(index).nlist)


def _version_for_dim(dim: int) -> str:
    return "v1" if dim == 256 else "v2"


def _safe_name(name: str) -> str:
    """Keep the file name portable: no path separators or characters Windows rejects."""
    cleaned = re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("._")
    return cleaned or "voice"


class RetrievalIndex:
    """A loaded index plus its stored vectors, searched per 50 Hz frame and blended into features."""

    def __init__(self, index, path: str = ""):
        self.index = index
        self.path = path
        self.dim = int(index.d)
        if index.ntotal == 0:
            raise ModelFileError(Message("index {name} holds no vectors", name=Path(path).name or '(in memory)'))
        # The reference reconstructs every stored vector once and looks results up by id.
        self.vectors = index.reconstruct_n(0, index.ntotal).astype(np.float32)

    @classmethod
    def load(cls, path: str | os.PathLike) -> "RetrievalIndex":
        import faiss

        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ModelFileError(Message("index file not found: {path}", path=path)) from None
        except OSError as exc:
            raise ModelFileError(Message("cannot read index file {name}: {strerror}",
                                         name=path.name, strerror=exc.strerror or exc)) from None
        try:
            index = faiss.deserialize_index(np.frombuffer(data, dtype=np.uint8))
        except RuntimeError:
            raise ModelFileError(Message("{name} is not a faiss index file", name=path.name)) from None
        return cls(index, str(path))

    def search(self, features: np.ndarray, k: int = SEARCH_K) -> tuple[np.ndarray, np.ndarray]:
        """Per-row neighbour ids and weights (1/D)^2 normalised per row; missing neighbours get weight 0."""
        features = np.ascontiguousarray(features, dtype=np.float32)
        if features.ndim != 2 or features.shape[1] != self.dim:
            raise ModelFileError(
                Message("the index holds {dim}-dim features but the model uses {model_dim}-dim ones (v1 and v2 "
                        "indexes are not interchangeable)",
                        dim=self.dim, model_dim=features.shape[-1]))
        distances, ids = self.index.search(features, k)
        valid = ids >= 0  # nprobe 1 can visit a list with fewer than k vectors
        inverse = 1.0 / np.maximum(distances.astype(np.float64), MIN_DISTANCE)
        weights = np.where(valid, inverse * inverse, 0.0)
        totals = weights.sum(axis=1, keepdims=True)
        weights = np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
        return np.where(valid, ids, 0), weights

    def retrieve(self, features: np.ndarray) -> np.ndarray:
        """Weighted mean of the k nearest stored vectors; rows with no neighbour keep their own features."""
        ids, weights = self.search(features)
        retrieved = np.einsum("tk,tkd->td", weights.astype(np.float32), self.vectors[ids])
        found = weights.sum(axis=1) > 0
        return np.where(found[:, None], retrieved, features).astype(np.float32)

    def blend(self, features: np.ndarray, index_rate: float) -> np.ndarray:
        """feats = index_rate * retrieved + (1 - index_rate) * feats (50 Hz, before upsampling)."""
        if index_rate <= 0:
            return features
        return (index_rate * self.retrieve(features) + (1.0 - index_rate) * features).astype(np.float32)


def protect_unvoiced(features: np.ndarray, original: np.ndarray, f0: np.ndarray, protect: float) -> np.ndarray:
    """Where f0 = 0 pull retrieved features back toward the original ones (spec 7); 0.5 or more disables.

    `features`/`original` are at 100 Hz (already upsampled) and `f0` has one value per row.
    """
    if protect >= 0.5:
        return features
    mask = np.where(f0[:, None] < 1.0, np.float32(protect), np.float32(1.0))
    return (features * mask + original * (1.0 - mask)).astype(np.float32)


def project_content_features(project, feature_config) -> np.ndarray:
    """The 50 Hz content features of the project's included segments, from its feature cache."""
    from svcdesk.errors import ProjectError
    from svcdesk.features.cache import list_cached_items

    current = {str(Path(p)) for p in project.segment_paths(included_only=True)}
    entries = [e for e in list_cached_items(project, feature_config) if str(Path(e.segment)) in current]
    if not entries:
        raise ProjectError(Message("no cached features for this project's segments with these settings: run `svcdesk "
                                   "preprocess` (or train) first"))
    return np.concatenate([np.load(e.content_path).astype(np.float32) for e in entries])


def build_project_index(project, feature_config, name: str,
                        out_dir: str | os.PathLike | None = None) -> Generator[Progress | IndexBuilt, None, None]:
    """Build the retrieval index of a project's training features into its exports folder."""
    yield Progress(0, 0, Message("reading cached features"))
    features = project_content_features(project, feature_config)
    yield from build_index_file(features, out_dir or project.exports_dir, name)
