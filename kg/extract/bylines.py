"""Quote bylines: the line "Name, Post, Organisation: “..." that opens a quotation with its
speaker (the White House's collections of statements, a readout's roster of guests quoted).

A byline is a line's words before its first colon, when an opening quotation mark follows that
colon; the words are the speaker's name, post and organisation, parted by commas. `bylines(doc)`
reads them once per document; the extractors ask it which speaker (`statements`), which
organisation (`guards`) and whether a roster line is a quote's byline (`mentions`).

>>> byline = read_byline("Jennifer Krill, Executive Director, Earthworks: “Meeting the ...")
>>> byline.name, byline.post, byline.org
('Jennifer Krill', 'Executive Director', 'Earthworks')
>>> read_byline("THE PRESIDENT: Thank you.") is None  # a transcript's label opens no quote
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.evidence import text_of

#: Quotation marks that open a quote after a byline's colon.
OPENING_QUOTES = frozenset({"“", '"', "‘"})
#: The longest byline, in characters: a longer stretch before a colon is a sentence.
MAX_BYLINE_CHARS = 200
#: A byline and the quotation mark after its colon: the line's words before its first colon
#: (no quotation marks among them), the colon, spaces, the mark.
BYLINE_RE = re.compile(r"^([^:“”\n]{2,%d}):[^\S\n]*([%s])"
                       % (MAX_BYLINE_CHARS, "".join(sorted(OPENING_QUOTES))), re.M)


@dataclass(frozen=True)
class Byline:
    """A quote's byline: `text` runs from the line's start (`start`, a character offset of the
    document) to its colon (`colon`); the quotation mark opening the quote is at `quote`."""
    start: int
    colon: int
    quote: int
    text: str

    @property
    def parts(self) -> tuple[str, ...]:
        """The byline's comma-parted parts, stripped: name, post(s), organisation."""
        return tuple(part.strip() for part in self.text.split(","))

    @property
    def name(self) -> str:
        """The first part: the speaker's name (with any title or rank before it)."""
        return self.parts[0]

    @property
    def post(self) -> str:
        """The parts between the name and the last one ("" for "Name, Organisation")."""
        return ", ".join(self.parts[1:-1])

    @property
    def org(self) -> str | None:
        """The last part after the name: the organisation ("..., MomsRising"), None where the
        byline is a name only."""
        return self.parts[-1] if len(self.parts) > 1 else None


def read_byline(line: str, offset: int = 0) -> Byline | None:
    """The byline that opens `line` (a line of text starting at character `offset`), or None."""
    match = BYLINE_RE.match(line)
    return _from_match(match, offset) if match is not None else None


def _from_match(match: re.Match, offset: int = 0) -> Byline:
    return Byline(offset + match.start(), offset + match.end(1), offset + match.start(2),
                  match.group(1))


def bylines(doc: Doc) -> tuple[Byline, ...]:
    """The document's quote bylines, in order, read once per document."""
    return tuple(_by_line(doc).values())


def byline_of_line(doc: Doc, index: int) -> Byline | None:
    """The byline of the line that holds character `index`, if that line opens with one."""
    text = text_of(doc)
    return _by_line(doc).get(text.rfind("\n", 0, index) + 1)


def _by_line(doc: Doc) -> dict[int, Byline]:
    cached = doc.user_data.get("kg.bylines")
    if cached is None:
        text = text_of(doc)
        cached = doc.user_data["kg.bylines"] = {
            m.start(): _from_match(m) for m in BYLINE_RE.finditer(text)}
    return cached
