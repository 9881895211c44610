"""Writing files whole or not at all: every file kg writes goes through `atomic_write`."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from kg.errors import OutputError


@contextmanager
def atomic_write(path: str | Path, mode: str = "w", *, encoding: str = "utf-8") -> Iterator[IO]:
    """A file to write `path` through: a temporary file in the same folder, renamed over `path`
    (`os.replace`, atomic) when the block ends, and removed if it raises. A reader, or a run
    killed half way, sees the old file or the new one, never a part of one.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_write(target) as file:
    ...     _ = file.write("whole")
    >>> target.read_text()
    'whole'
    """
    path = Path(path)
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                             dir=folder)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, mode, **({} if "b" in mode else {"encoding": encoding})) as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException as error:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
        raise


def _mode_for(path: Path) -> int:
    """The mode `path` has, or the one a new file gets (mkstemp's own is 0600)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
