"""The exceptions kg raises. Every one is a `KgError`; the CLI turns them into messages.

    KgError
    ├── InputError      an article file or record that cannot be read (names the file and why)
    ├── ModelError      the spaCy model is missing or cannot be loaded
    ├── StoreError      the graph store cannot be opened, read or written
    └── QueryError      a saved query is unknown, malformed, or given bad parameters
"""
from __future__ import annotations


class KgError(Exception):
    """Root of kg's exceptions."""


class InputError(KgError):
    """An input file or record is unusable. `source` names it, `reason` says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelError(KgError):
    """The spaCy model cannot be loaded."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class QueryError(KgError):
    """A saved query is unknown or malformed, or its parameters are wrong."""
