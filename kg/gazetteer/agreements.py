"""Well-known agreements and their acronyms (`agreements.tsv`)."""
from __future__ import annotations

import re

from kg.gazetteer.files import _rows, _split, cached

@cached
def _agreements() -> dict[str, str]:
    """Alias as written -> canonical name (aliases keep their case: "ATT" is not "att")."""
    forms: dict[str, str] = {}
    for cells in _rows("agreements.tsv", 2):
        name, aliases = cells[0], cells[1]
        for form in [name, *_split(aliases)]:
            forms[form] = name
    return forms


def agreement(text: str) -> str | None:
    """The canonical name of a well-known agreement: "JCPOA" -> "Joint Comprehensive Plan of
    Action"; None for one we do not know.

    >>> agreement("the JCPOA")
    'Joint Comprehensive Plan of Action'
    """
    surface = re.sub(r"^the\s+", "", " ".join(text.split()), flags=re.I)
    return _agreements().get(surface)


def agreement_names() -> tuple[str, ...]:
    """Every name and alias of the known agreements, longest first (for finding them in text)."""
    return tuple(sorted(_agreements(), key=len, reverse=True))
