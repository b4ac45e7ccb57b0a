"""Add a translation to a document: check its language, normalise its encoding, place it.

The file is read with the loader's own rules (UTF-8, or UTF-16/32 with a byte-order mark, or an
encoding charset-normalizer is sure of), written as UTF-8 in NFC with LF line ends, and never
has a word changed. Its language comes from ``--lang`` or the file name and must agree with
what langdetect reads, unless forced.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from consistency import langid
from consistency.errors import InputError
from consistency.fixtures import VERSION_SUFFIXES, canonical_language, read_text
from consistency.output import write_atomic

#: Below this probability for the declared language, and with another language on top, the file
#: is taken for a different language than declared.
DECLARED_AT_LEAST = 0.5


@dataclass(frozen=True)
class Added:
    path: Path
    language: str
    detected: str | None
    replaced: bool


def language_of(source: Path, lang: str | None) -> str:
    """The declared language: ``--lang``, else the file name (``de.txt``)."""
    tag = lang or source.stem
    try:
        canonical_language(tag)
    except ValueError:
        hint = "" if lang else "; name it by language (de.txt) or pass --lang"
        raise InputError(source, f"unknown language code {tag!r}{hint}") from None
    return tag


def add_translation(document: Path, source: Path, lang: str | None = None, force: bool = False, max_bytes: int = 10_000_000) -> Added:
    """Place ``source`` as ``document/<lang><suffix>``; raises InputError with the reason if it cannot."""
    if not source.is_file():
        raise InputError(source, "no such file")
    language = language_of(source, lang)
    text = read_text(source, max_bytes)
    detected = langid.detect(text, language)
    if (
        detected is not None
        and langid.can_judge(language)
        and detected.language != langid.base_language(language)
        and detected.declared_probability < DECLARED_AT_LEAST
        and not force
    ):
        raise InputError(
            source,
            f"reads as {detected.language!r} ({detected.probability:.0%}), not {language!r}; "
            "pass --lang with the right code, or --force to add it anyway",
        )
    suffix = source.suffix.lower() if source.suffix.lower() in VERSION_SUFFIXES else ".txt"
    if document.exists() and not document.is_dir():
        raise InputError(document, "is not a folder")
    existing = [p for p in (document.glob(f"{language}.*") if document.is_dir() else []) if p.suffix.lower() in VERSION_SUFFIXES]
    if existing and not force:
        raise InputError(existing[0], "already exists; pass --force to replace it")
    target = document / f"{language}{suffix}"
    document.mkdir(parents=True, exist_ok=True)
    write_atomic(target, text)
    for old in existing:
        if old != target:
            old.unlink()  # only once the new file is in place: nothing is lost on failure
    return Added(target, language, detected.language if detected else None, bool(existing))
