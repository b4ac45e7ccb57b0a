"""consistency: catch drift between the translations of one text.

Data flows one way: load (fixtures) → segment → detect (langid) → extract (figures)
→ compare → report. Each stage is a function over frozen dataclasses.
"""

__version__ = "0.1.0"

from consistency.config import Config
from consistency.findings import Finding, ValueRef
from consistency.fixtures import Document, Version, find_documents, load_document
from consistency.pipeline import DocumentResult, check_document

__all__ = [
    "Config",
    "Document",
    "DocumentResult",
    "Finding",
    "ValueRef",
    "Version",
    "__version__",
    "check_document",
    "find_documents",
    "load_document",
]
