from __future__ import annotations

from pathlib import Path

import pytest

from consistency.fixtures import Document, Version

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "fixtures" / "deepseek"
SHARED = ROOT.parent / "shared"

pytest_plugins = ["pytester"]


def make_document(texts: dict[str, str], name: str = "doc") -> Document:
    """An in-memory document: language → text."""
    versions = tuple(Version(name, lang, Path(f"{name}/{lang}.txt"), text) for lang, text in texts.items())
    return Document(name, Path(name), versions)


@pytest.fixture
def write_document(tmp_path):
    """Write a document folder: language → text (or bytes)."""

    def write(texts: dict[str, str | bytes], name: str = "doc", root: Path | None = None) -> Path:
        folder = (root or tmp_path) / name
        folder.mkdir(parents=True, exist_ok=True)
        for lang, text in texts.items():
            path = folder / (lang if "." in lang else f"{lang}.txt")
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(text, encoding="utf-8")
        return folder

    return write
