"""The public surface is documented (like sqlite-utils' test_docs.py): every saved query is in
the README's query table, every command in the README, every ontology term written by
kg/rdf.py or explained in the README."""
from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from rdflib import URIRef
from rdflib.namespace import RDF

from kg.cli import cli
from kg.ontology import KGO, load_ontology

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
KGO_NS = str(KGO._NS)

QUERIES = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))


def command_names(group: click.Group = cli, prefix: str = "kg") -> list[str]:
    names = []
    for name, command in sorted(group.commands.items()):
        names.append(f"{prefix} {name}")
        if isinstance(command, click.Group):
            names += command_names(command, f"{prefix} {name}")
    return names


COMMANDS = command_names()


@pytest.fixture(scope="module")
def readme() -> str:
    if not README.exists():
        pytest.skip("README not written yet")
    return README.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def query_table(readme) -> str:
    """The README's table rows (Markdown `|` lines) that name saved queries."""
    rows = [line for line in readme.splitlines() if line.lstrip().startswith("|")]
    rows = [row for row in rows if any(re.search(rf"(?<![\w-]){re.escape(q)}(?![\w-])", row)
                                       for q in QUERIES)]
    assert rows, "README.md has no table of the saved queries"
    return "\n".join(rows)


def test_there_are_queries_and_commands_to_document():
    assert len(QUERIES) >= 10
    assert "kg query run" in COMMANDS and "kg build" in COMMANDS


@pytest.mark.parametrize("name", QUERIES)
def test_every_saved_query_is_in_the_readme_query_table(query_table, name):
    assert re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", query_table), \
        f"queries/{name}.rq is missing from README.md's query table"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(readme, command):
    assert re.search(rf"{re.escape(command)}(?![\w-])", readme), \
        f"`{command}` is not mentioned in README.md"


def kgo_terms() -> list[str]:
    ontology = load_ontology()
    return sorted({str(s)[len(KGO_NS):] for s in ontology.subjects(RDF.type, None)
                   if isinstance(s, URIRef) and str(s).startswith(KGO_NS)})


def used_by_rdf_module() -> set[str]:
    """Terms kg/rdf.py and the fact kinds (kg/kinds/*.py) write: `KGO.term` in their text, or
    `KGO[...]` values of their tables."""
    import importlib

    used: set[str] = set()
    paths = [ROOT / "kg" / "rdf.py", *sorted((ROOT / "kg" / "kinds").glob("*.py"))]
    for path in paths:
        module = importlib.import_module(
            "kg." + ".".join(path.relative_to(ROOT / "kg").with_suffix("").parts)
            .removesuffix(".__init__"))
        used |= set(re.findall(r"\bKGO\.([A-Za-z]\w*)", path.read_text(encoding="utf-8")))
        for value in vars(module).values():
            if isinstance(value, dict):
                used |= {str(v)[len(KGO_NS):] for v in value.values()
                         if isinstance(v, URIRef) and str(v).startswith(KGO_NS)}
    return used


TERMS = kgo_terms()
UNUSED = [term for term in TERMS if term not in used_by_rdf_module()]


def test_most_terms_are_written_by_the_rdf_module():
    assert len(TERMS) > 40
    assert not {"PostHolding", "evidenceText", "metWith", "current", "sign"} & set(UNUSED)


@pytest.mark.parametrize("term", UNUSED)
def test_every_term_rdf_does_not_write_is_explained_in_the_readme(readme, term):
    assert re.search(rf"kgo:{term}(?!\w)", readme), \
        f"kgo:{term} is neither written by kg/rdf.py nor mentioned in README.md"
