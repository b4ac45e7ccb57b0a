"""Findings: what a check reports, as plain data that every output shares.

A finding is modelled on translate-toolkit's checks: one kind of problem, a clear one-sentence
message, a severity, and the evidence a reader needs to verify it in the other languages.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Kind(str, Enum):
    OMISSION = "omission"
    ADDITION = "addition"
    MISMATCH = "mismatch"
    LANGUAGE = "language"

    def __str__(self) -> str:
        return self.value


class Category(str, Enum):
    FIGURE = "figure"
    ENTITY = "entity"
    CLAIM = "claim"
    LANGUAGE = "language"

    def __str__(self) -> str:
        return self.value


class Severity(str, Enum):
    CRITICAL = "critical"  # a value that reads differently: the reader is misinformed
    MAJOR = "major"  # something missing or extra
    MINOR = "minor"

    def __str__(self) -> str:
        return self.value


#: The check (pytest item) each category of finding belongs to.
CHECK_OF_CATEGORY = {
    Category.FIGURE: "figures",
    Category.ENTITY: "names",
    Category.LANGUAGE: "language",
    Category.CLAIM: "claims",
}
CHECKS = ("language", "figures", "names", "claims")


@dataclass(frozen=True)
class ValueRef:
    """An expected or found value: its text as written, its normalised value and unit."""

    text: str
    value: Any
    unit: str | None = None
    key: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "unit": self.unit}


@dataclass(frozen=True)
class Location:
    """Where a finding sits in its version: 0-based paragraph and sentence, 1-based line."""

    paragraph: int
    sentence: int
    line: int

    def to_json(self) -> dict[str, int]:
        return {"paragraph": self.paragraph, "sentence": self.sentence, "line": self.line}

    def describe(self) -> str:
        return f"line {self.line}, paragraph {self.paragraph + 1}, sentence {self.sentence + 1}"


@dataclass(frozen=True)
class Finding:
    document: str
    version: str
    kind: Kind
    category: Category
    message: str
    expected: ValueRef | None = None
    found: ValueRef | None = None
    support: tuple[str, ...] = ()
    evidence: dict[str, str] = field(default_factory=dict)
    location: Location | None = None
    severity: Severity = Severity.MAJOR
    waived: bool = False
    #: Extra identity for findings without values (the paragraph a language finding is about).
    subject: str = ""
    #: The aligned unit the finding sits in, if the aligner was confident there.
    unit: int | None = None

    @property
    def check(self) -> str:
        return CHECK_OF_CATEGORY.get(self.category, str(self.category))

    @property
    def key(self) -> str:
        """Stable identity for the baseline: survives edits elsewhere in the document."""
        expected = self.expected.key if self.expected else ""
        found = self.found.key if self.found else ""
        return "|".join((self.version, str(self.category), str(self.kind), expected, found, self.subject))

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "version": self.version,
            "kind": str(self.kind),
            "category": str(self.category),
            "check": self.check,
            "expected": self.expected.to_json() if self.expected else None,
            "found": self.found.to_json() if self.found else None,
            "support": list(self.support),
            "evidence": dict(self.evidence),
            "location": self.location.to_json() if self.location else None,
            "unit": self.unit,
            "severity": str(self.severity),
            "waived": self.waived,
            "message": self.message,
            "key": self.key,
        }


def text_fingerprint(text: str) -> str:
    """A short hash of normalised text, to key findings about a passage."""
    normal = " ".join(text.split()).casefold()
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()[:12]
