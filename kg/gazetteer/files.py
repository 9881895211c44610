"""The gazetteer's data files: ours in `kg/data/`, then the user's in `$KG_GAZETTEER_DIR`, read
lazily once; one registry of caches, so `clear_cache` forgets every loader."""
from __future__ import annotations

import csv
import os
from functools import cache
from pathlib import Path
from typing import Iterator

_DATA = Path(__file__).parent.parent / "data"
#: Environment variable naming a folder of user TSVs that extend or override ours.
ENV_DIR = "KG_GAZETTEER_DIR"



def _data_dirs() -> list[Path]:
    dirs = [_DATA]
    user = os.environ.get(ENV_DIR)
    if user:
        dirs.append(Path(user))
    return dirs


def _rows(filename: str, width: int) -> Iterator[list[str]]:
    """The rows of `filename` from our data and then the user's, padded to `width` cells."""
    for folder in _data_dirs():
        path = folder / filename
        if not path.is_file():
            continue
        with open(path, encoding="utf-8", newline="") as f:
            for cells in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if not cells or not cells[0].strip() or cells[0].startswith("#"):
                    continue
                cells = [c.strip() for c in cells] + [""] * width
                yield cells[:width]


#: The rows of a TSV data file (ours, then the user's), for loaders outside this module.
data_rows = _rows


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


_CACHES: list = []


def cached(function):
    """`functools.cache`, registered so that `clear_cache` forgets it too. Every loader of
    data files (here or in an extractor's lexicon) uses it."""
    wrapped = cache(function)
    _CACHES.append(wrapped)
    return wrapped


def clear_cache() -> None:
    """Forget all loaded data (after changing `KG_GAZETTEER_DIR` or its files)."""
    for function in _CACHES:
        function.cache_clear()
