"""Outputs: text for people, JSON for tools. Each carries the run's reproducibility signature."""

from __future__ import annotations

from consistency import __version__
from consistency.config import Config
from consistency.findings import CHECKS


def signature(config: Config) -> str:
    """``consistency:0.1.0|model:none|checks:language,figures|omission:0.5|...``: enough to reproduce a result."""
    parts = {"consistency": __version__, **config.signature_parts(), "checks": ",".join(CHECKS), "langdetect-seed": "0"}
    return "|".join(f"{name}:{value}" for name, value in parts.items())
