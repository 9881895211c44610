"""The exceptions kg raises. Every one is a `KgError`; the CLI turns them into messages.

    KgError
    ├── InputError      an article file or record that cannot be read (names the file and why)
    │   └── UnsupportedFiles  files of a type kg does not read, found in a folder (a notice)
    ├── ModelError      the spaCy model is missing or cannot be loaded
    ├── StoreError      the graph store cannot be opened, read or written
    ├── QueryError      a saved query is unknown, malformed, or given bad parameters
    └── OutputError     a file kg writes cannot be written
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


class UnsupportedFiles(InputError):
    """`count` files of type `suffix` in the folder `source` that kg does not read: reported,
    but not a failure (a corpus folder may hold a manifest or a README beside its articles)."""

    def __init__(self, source: str, suffix: str, count: int, reads: str) -> None:
        super().__init__(source, f"{count} {suffix} file{'s' if count > 1 else ''} not read "
                                 f"(kg reads {reads})")
        self.suffix = suffix
        self.count = count


class ModelError(KgError):
    """The spaCy model cannot be loaded."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class QueryError(KgError):
    """A saved query is unknown or malformed, or its parameters are wrong."""


class OutputError(KgError):
    """A file kg writes cannot be written (the folder is missing, the disk is full ...)."""
