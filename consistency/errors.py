"""Errors the user can act on.

    ConsistencyError          anything we report as one clean line, never a traceback
     ├── InputError           a fixture file or folder we cannot use (names the path)
     └── ConfigError          a malformed configuration or baseline file (names the path)
"""

from __future__ import annotations

from pathlib import Path


class ConsistencyError(Exception):
    """Base class: its str() is the one line shown to the user."""


class _PathError(ConsistencyError):
    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):
        """Picklable, so a worker process of ``--jobs`` can hand the error back."""
        return (type(self), (self.path, self.problem))


class InputError(_PathError):
    """A fixture file or folder that cannot be checked."""


class ConfigError(_PathError):
    """A configuration, document.toml or baseline file that cannot be read."""


def toml_problem(error: Exception, text: str) -> str:
    """tomllib's message, with the line where it gave up if it does not say one itself."""
    message = str(error)
    if "line" not in message:
        message += f" (at line {text.count(chr(10)) + 1}, the end of the file)"
    return f"malformed TOML ({message})"
