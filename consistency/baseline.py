"""Accepted drift: a per-document ``baseline.json`` of finding keys that are known and waived."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from consistency.errors import ConfigError
from consistency.findings import Finding
from consistency.output import write_atomic

SCHEMA = 1


@dataclass(frozen=True)
class Entry:
    key: str
    version: str
    check: str
    message: str


def load_baseline(path: Path | None) -> tuple[Entry, ...]:
    """Entries of a baseline file; none if it does not exist. A malformed file is an error."""
    if path is None or not path.is_file():
        return ()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ConfigError(path, f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(path, f"cannot read ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("accepted"), list):
        raise ConfigError(path, 'expected {"schema": 1, "accepted": [...]}')
    entries = []
    for number, item in enumerate(data["accepted"], 1):
        if not isinstance(item, dict) or not isinstance(item.get("key"), str):
            raise ConfigError(path, f"accepted entry {number} has no key")
        entries.append(
            Entry(item["key"], str(item.get("version", "")), str(item.get("check", "")), str(item.get("message", "")))
        )
    return tuple(entries)


def apply_baseline(findings: list[Finding], entries: tuple[Entry, ...]) -> tuple[list[Finding], list[Entry]]:
    """Mark findings the baseline accepts as waived; return them and the entries that matched nothing."""
    import dataclasses

    remaining = Counter(entry.key for entry in entries)
    result = []
    for finding in findings:
        if remaining[finding.key] > 0:
            remaining[finding.key] -= 1
            finding = dataclasses.replace(finding, waived=True)
        result.append(finding)
    stale = []
    for entry in entries:
        if remaining[entry.key] > 0:
            remaining[entry.key] -= 1
            stale.append(entry)
    return result, stale


def write_baseline(path: Path, document: str, findings: list[Finding]) -> int:
    """Accept every current finding of a document; returns how many were written."""
    accepted = [
        {"key": f.key, "version": f.version, "check": f.check, "message": f.message}
        for f in sorted(findings, key=lambda f: (f.version, f.check, f.key))
    ]
    payload = {"schema": SCHEMA, "document": document, "accepted": accepted}
    write_atomic(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return len(accepted)
