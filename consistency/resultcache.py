"""Per-document results on disk, so a re-run re-checks only the documents that changed.

The key covers everything a result depends on: the document's texts and settings (not its
baseline, which is applied afresh), the configuration, the model and the code of this package.
An entry that cannot be read is recomputed, never trusted; entries are written atomically.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

from consistency.config import Config
from consistency.fixtures import Document


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of this package's source: a changed checker never reuses old results."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.rglob("*")):
        if path.suffix in (".py", ".j2") and path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def document_key(document: Document, config: Config) -> str:
    digest = hashlib.sha256()
    digest.update(code_fingerprint().encode())
    digest.update(repr(config).encode())
    digest.update(repr((document.name, document.source_language, document.layout_patterns)).encode())
    for version in document.versions:
        digest.update(f"\0{version.language}\0{version.path}\0".encode())
        digest.update(version.text.encode("utf-8"))
    for problem in document.problems:
        digest.update(str(problem).encode())
    return digest.hexdigest()


def results_folder(config: Config) -> Path | None:
    return Path(config.cache).parent / "results" if config.cache else None


def load(folder: Path | None, key: str):
    if folder is None:
        return None
    path = folder / f"{key}.pickle"
    try:
        with path.open("rb") as stream:
            stored_key, value = pickle.load(stream)
    except Exception:  # missing, truncated or corrupt: recompute
        return None
    return value if stored_key == key else None


def store(folder: Path | None, key: str, value) -> None:
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=folder)
    except OSError:
        return  # a cache that cannot be written costs time, never correctness
    try:
        with os.fdopen(handle, "wb") as stream:
            pickle.dump((key, value), stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, folder / f"{key}.pickle")
    except (OSError, pickle.PicklingError):
        Path(temporary).unlink(missing_ok=True)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)  # interrupted: no half-written entry is left behind
        raise
