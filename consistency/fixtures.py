"""Load a document's language versions from ``<document>/<lang>.txt`` (or ``.md``).

A file that cannot be used becomes a one-line :class:`InputError` on the document, so the
other versions, and the other documents, are still checked.
"""

from __future__ import annotations

import os
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError

from consistency.errors import ConfigError, InputError, toml_problem

VERSION_SUFFIXES = (".txt", ".md")
DOCUMENT_SETTINGS = "document.toml"
DEFAULT_BASELINE = "baseline.json"
#: Files that commonly sit beside translations and are not one of them.
NOT_VERSIONS = frozenset({"readme", "license", "licence", "changelog", "notes"})


@dataclass(frozen=True)
class Version:
    """One language version of a document, its text normalised (NFC, LF line ends)."""

    document: str
    language: str
    path: Path
    text: str

    @property
    def slug(self) -> str:
        """ASCII id for test names: ``pt-BR`` → ``pt-br``."""
        return slugify(self.language)


@dataclass(frozen=True)
class Document:
    """A folder of versions of one text, with the problems met while loading it."""

    name: str
    path: Path
    versions: tuple[Version, ...]
    problems: tuple[InputError, ...] = ()
    source_language: str | None = None
    layout_patterns: tuple[str, ...] = ()
    baseline_path: Path | None = None

    @property
    def checkable(self) -> bool:
        return len(self.versions) >= 2

    def version(self, language: str) -> Version:
        for version in self.versions:
            if version.language == language:
                return version
        raise KeyError(language)


def slugify(text: str) -> str:
    """A lower-case ASCII slug (test ids must be ASCII)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "x"


def canonical_language(tag: str) -> str:
    """The CLDR identity of a BCP-47 tag (``pt-BR`` → ``pt_BR``); raises ValueError if unknown.

    A language CLDR names but has no locale data for (Samoan sm, Fijian fj, Twi tw) is a
    language all the same: its tag is kept as written, and its checks use CLDR's root data
    (digits, symbols, no names), as they would for any language nobody tuned them on."""
    try:
        return str(Locale.parse(tag.replace("_", "-"), sep="-"))
    except (UnknownLocaleError, ValueError, TypeError) as error:
        named = _named_language(tag)
        if named is None:
            raise ValueError(f"unknown language code {tag!r}") from error
        return named


def known_locale(language: str) -> Locale | None:
    """The Babel locale of a BCP-47 tag, or of its bare language (de for de-AT-1996); None for
    a language Babel has no data for (Samoan)."""
    for candidate in dict.fromkeys((language.replace("_", "-"), language.split("-")[0].split("_")[0])):
        try:
            return Locale.parse(candidate, sep="-") if candidate else None
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return None


def _named_language(tag: str) -> str | None:
    """``sm-WS`` → ``sm_WS`` for a language CLDR has a name for (in its English names, which
    cover every language it knows) and a valid region or script after it; else None."""
    from babel.core import get_global

    parts = tag.replace("_", "-").split("-")
    language, rest = parts[0].lower(), parts[1:]
    if language not in Locale.parse("en").languages:
        return None
    aliases = get_global("language_aliases")
    if language in aliases:  # sh: sr_Latn
        return canonical_language("-".join([aliases[language].replace("_", "-"), *rest]))
    known_regions = get_global("territory_aliases").keys() | Locale.parse("en").territories.keys()
    subtags = []
    for part in rest:
        if len(part) == 4 and part.isalpha():
            subtags.append(part.title())
        elif part.upper() in known_regions:
            subtags.append(part.upper())
        else:
            return None
    return "_".join([language, *subtags])


def is_version_file(path: Path) -> bool:
    """Whether a file name has the shape of a version (its stem may still be a bad code)."""
    return path.suffix.lower() in VERSION_SUFFIXES and path.stem.lower() not in NOT_VERSIONS


def unread_version(path: Path) -> InputError | None:
    """The error for a file named as a version of another format (de.html, ko.docx), which is
    not read: dropped in as a new translation, it would otherwise be left out unseen. None for
    one whose language has a version file beside it: its source, kept (en.html by en.txt)."""
    if path.name.startswith(".") or not path.suffix or is_version_file(path) or not path.is_file():
        return None
    try:
        language = canonical_language(path.stem)
    except ValueError:
        return None
    for sibling in path.parent.iterdir():
        if is_version_file(sibling) and _same_language(sibling.stem, language):
            return None
    return InputError(path, f"not read: versions are plain text, .txt or .md files (save it as {path.stem}.txt)")


def _same_language(stem: str, language: str) -> bool:
    try:
        return canonical_language(stem) == language
    except ValueError:
        return False


def find_documents(paths: list[Path]) -> tuple[list[Path], list[InputError]]:
    """Document folders under the given paths: any folder that directly holds version files."""
    found: list[Path] = []
    problems: list[InputError] = []
    for path in paths:
        if not path.exists():
            problems.append(InputError(path, "no such file or folder"))
        elif path.is_file():
            problems.append(InputError(path, "expected a document folder, got a file"))
        elif _holds_versions(path):
            found.append(path)
        else:
            for root, dirs, _files in os.walk(path):  # never follows symlinked folders
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in dirs:
                    folder = Path(root) / name
                    if folder.is_symlink():
                        if _holds_versions(folder):
                            problems.append(InputError(folder, _SYMLINKED_FOLDER))
                    elif _holds_versions(folder):
                        found.append(folder)
    if not found and not problems:
        unread = [error for path in paths if path.is_dir() for error in _unread_versions(path)]
        problems.extend(unread or (InputError(p, "no document folders (<document>/<lang>.txt) found") for p in paths))
    return sorted(set(found)), problems


def _unread_versions(path: Path) -> list[InputError]:
    """The files under ``path`` named as versions of another format (``unread_version``)."""
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(error for name in sorted(files) if (error := unread_version(Path(root) / name)) is not None)
    return found


_SYMLINKED_FOLDER = "is a symbolic link to a folder, which is not followed; copy the document into the fixture tree"


def _holds_versions(folder: Path) -> bool:
    try:
        return any(child.is_file() and is_version_file(child) for child in folder.iterdir())
    except OSError:
        return False


def load_document(folder: Path, max_file_bytes: int = 10_000_000) -> Document:
    """Read every version in ``folder``; bad files become problems, never exceptions."""
    folder = Path(folder)
    if folder.is_symlink():
        raise InputError(folder, _SYMLINKED_FOLDER)
    settings = read_document_settings(folder)
    versions: list[Version] = []
    problems: list[InputError] = []
    seen: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if not is_version_file(path):
            if (unread := unread_version(path)) is not None:
                problems.append(unread)
            continue
        try:
            version = load_version(folder.name, path, max_file_bytes)
        except InputError as error:
            problems.append(error)
            continue
        key = canonical_language(version.language)
        if key in seen:
            problems.append(InputError(path, f"duplicate language {version.language!r}, also in {seen[key].name}"))
            versions = [v for v in versions if canonical_language(v.language) != key]
            continue
        seen[key] = path
        versions.append(version)
    if len(versions) < 2:
        problems.append(InputError(folder, f"a document needs at least two language versions, found {len(versions)}"))
    source = settings.get("source")
    if source is not None and not any(v.language == source for v in versions):
        problems.append(InputError(folder / DOCUMENT_SETTINGS, f"source language {source!r} has no version file"))
        source = None
    baseline = folder / str(settings.get("baseline", DEFAULT_BASELINE))
    return Document(
        name=folder.name,
        path=folder,
        versions=tuple(versions),
        problems=tuple(problems),
        source_language=source,
        layout_patterns=tuple(settings.get("layout", ())),
        baseline_path=baseline,
    )


def load_version(document: str, path: Path, max_file_bytes: int = 10_000_000) -> Version:
    """Read one version file, refusing empty, binary, non-UTF-8 and oversized files."""
    language = path.stem
    try:
        canonical_language(language)
    except ValueError as error:
        raise InputError(path, f"{error}; name files by language, like de.txt or pt-BR.txt") from None
    if path.is_symlink():
        raise InputError(path, "is a symbolic link; copy the file into the fixture folder instead")
    return Version(document=document, language=language, path=path, text=read_text(path, max_file_bytes))


def read_text(path: Path, max_file_bytes: int = 10_000_000) -> str:
    """A text file's content (see ``decode_text``), refusing one over the size limit before reading it."""
    try:
        size = path.stat().st_size
        if size > max_file_bytes:
            raise InputError(path, f"file is {size} bytes, over the limit of {max_file_bytes} (max_file_bytes)")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read ({error.strerror or error})") from None
    return decode_text(path, data)


#: Byte-order marks name their encoding outright (UTF-32 before UTF-16: its LE mark starts with UTF-16's).
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: charset-normalizer's "chaos" (share of odd characters) above which its guess is not trusted.
_MAX_CHAOS = 0.05
#: ... and how much less chaotic it must be than any guess that reads differently.
_CHAOS_MARGIN = 0.02


def decode_text(path: Path, data: bytes) -> str:
    """Bytes to NFC text with LF line ends, never changing a word.

    UTF-8 is read as is; a byte-order mark names UTF-8, UTF-16 or UTF-32; any other encoding
    (cp1252, latin-1, Shift-JIS...) is accepted only when charset-normalizer is confident,
    otherwise the file is refused with the reason.
    """
    if not data:
        raise InputError(path, "empty file")
    text = _decode(path, data)
    if "\x00" in text:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(path, "no text (whitespace only)")
    return text


def _decode(path: Path, data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(path, f"starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    if b"\x00" in data:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    rivals = [m for m in matches if best is not None and m.chaos - best.chaos < _CHAOS_MARGIN and str(m) != str(best)]
    if best is None or best.chaos > _MAX_CHAOS or rivals:
        # No plausible encoding, or several that read differently (cp1250 against cp1252):
        # guessing could change words, so refuse.
        raise InputError(
            path, f"not UTF-8 (invalid byte at offset {offset}) and its encoding cannot be told for sure; save it as UTF-8"
        )
    return str(best)


def read_document_settings(folder: Path) -> dict:
    """The optional ``document.toml``: ``source``, ``layout`` (regexes) and ``baseline`` (path)."""
    path = folder / DOCUMENT_SETTINGS
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, toml_problem(error, text)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(path, f"cannot read ({error})") from None
    unknown = set(data) - {"source", "layout", "baseline"}
    if unknown:
        raise ConfigError(path, f"unknown setting(s): {', '.join(sorted(unknown))}")
    layout = data.get("layout", [])
    if isinstance(layout, str):
        layout = [layout]
    for pattern in layout:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ConfigError(path, f"layout pattern {pattern!r} is not a valid regular expression ({error})") from None
    data["layout"] = list(layout)
    return data
