"""Given names whose bearer's gender is clear (`first_names.tsv`): for agreeing "he" and "she"
with the person meant (kg.extract.statements)."""
from __future__ import annotations

from kg.gazetteer.files import _rows, cached


@cached
def first_names() -> dict[str, str]:
    """Given name (lower case) -> "m" or "f", for the names whose bearer's gender is clear.

    >>> first_names()["joe"]
    'm'
    """
    return {cells[0].lower(): cells[1] for cells in _rows("first_names.tsv", 2)}
