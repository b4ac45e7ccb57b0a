"""The JSON report: ``{"schema": 1, "signature": ..., "documents": [...]}``, deterministic byte for byte."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from consistency.config import Config
from consistency.langid import base_language
from consistency.pipeline import DocumentResult, RunResult
from consistency.report import model_of, signature

SCHEMA = 1


def display_path(path: Path) -> str:
    """Paths relative to the working folder where possible, so reports compare across clones."""
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:
        return Path(path).as_posix()


def document_json(result: DocumentResult) -> dict[str, Any]:
    return {
        "document": result.document.name,
        "path": display_path(result.document.path),
        "versions": [
            {
                "version": v.language,
                "language": base_language(v.language),
                "detected_language": v.detected_language,
                "path": display_path(v.path),
                "layout": [{"line": s.line, "text": s.text} for s in v.segments if s.layout],
            }
            for v in result.versions
        ],
        "findings": [f.to_json() for f in result.findings],
        "alignment": alignment_json(result),
        "stale_baseline": [
            {"key": e.key, "version": e.version, "check": e.check, "message": e.message} for e in result.stale
        ],
        "problems": [str(p) for p in result.problems],
        "unchecked": [{"version": u.version, "check": u.check, "reason": u.reason} for u in result.unchecked],
    }


def alignment_json(result: DocumentResult) -> dict[str, Any] | None:
    """Units as rows: for each version its sentences (character spans in its text) and similarity."""
    alignment = result.alignment
    if alignment is None:
        return None
    sentences = {v.language: [s for s in v.segments if not s.layout] for v in result.versions}
    units = []
    for unit in alignment.units:
        cells = {}
        for language, cell in unit.cells.items():
            cells[language] = {
                "sentences": [
                    {"start": sentences[language][i].start, "end": sentences[language][i].end, "line": sentences[language][i].line}
                    for i in cell.sentences
                ],
                "similarity": None if cell.similarity is None else round(cell.similarity, 4),
            }
        units.append({"unit": unit.index, "confidence": round(alignment.confidence(unit), 4), "cells": cells})
    return {"pivot": alignment.pivot, "model": alignment.model, "units": units}


def run_json(run: RunResult, config: Config) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "signature": signature(config, model_of(run)),
        "documents": [document_json(d) for d in run.documents],
        "errors": [str(e) for e in run.errors],
    }


def render_json(run: RunResult, config: Config) -> str:
    return json.dumps(run_json(run, config), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
