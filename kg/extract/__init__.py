"""Third stage: pure functions over a spaCy Doc that yield typed facts with evidence.

Extractors live in one table, `EXTRACTORS`, the way a third-party one would join it:

    from kg.extract import register

    @register("my_relation")
    def my_relation(doc, *, doc_id): ...

Each takes the Doc of one article (title line, blank line, body) and its id, and yields facts
from `kg.model`. None of them touches rdflib or the store.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

from kg.model import Fact

Extractor = Callable[..., Iterable[Fact]]
EXTRACTORS: dict[str, Extractor] = {}


def register(name: str) -> Callable[[Extractor], Extractor]:
    """Add an extractor to the table under `name` (a later one with the same name replaces it)."""
    def add(function: Extractor) -> Extractor:
        EXTRACTORS[name] = function
        return function
    return add


def extract(doc: Doc, *, doc_id: str, only: Iterable[str] | None = None,
            calibrated: bool = True, published: str | None = None) -> Iterator[Fact]:
    """Every fact the registered extractors find in `doc` (or those named in `only`), with
    confidences calibrated on gold articles (`kg.extract.calibration`) unless `calibrated`
    is false (to fit the calibration itself). `published` (ISO 8601), the article's date where
    known, dates the text's "now" (a past president named "President Obama" held the post before)."""
    from kg.extract.calibration import calibrate

    if published:
        doc.user_data[PUBLISHED] = published[:10]
    _load_builtins()
    names = list(only) if only is not None else sorted(
        EXTRACTORS, key=lambda name: (BUILTINS.index(name) if name in BUILTINS else len(BUILTINS)))
    for name in names:
        for fact in EXTRACTORS[name](doc, doc_id=doc_id):
            yield calibrate(fact) if calibrated else fact


#: Where `extract` keeps the article's date on the Doc.
PUBLISHED = "kg.published"


def published(doc: Doc) -> str | None:
    """The article's date (YYYY-MM-DD) where `extract` was given it."""
    return doc.user_data.get(PUBLISHED)


#: The built-in extractors in the order they run (whatever order other code imported them in).
BUILTINS = ("agreement", "meeting", "holds_post", "statement", "topic")


def _load_builtins() -> None:
    # importing the modules registers them
    from kg.extract import agreements, meetings, posts, statements, topics  # noqa: F401
