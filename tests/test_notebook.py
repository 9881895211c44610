"""notebooks/explore.ipynb executes top to bottom (on a 20-item slice of the corpus, when it
is there, so the suite stays fast): a notebook that is run by the tests does not rot."""
from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def test_the_notebook_runs_top_to_bottom(nlp, monkeypatch):
    nbformat = pytest.importorskip("nbformat", reason="pip install -e '.[test]'")
    nbclient = pytest.importorskip("nbclient", reason="pip install -e '.[test]'")
    pytest.importorskip("ipykernel", reason="pip install -e '.[test]'")
    monkeypatch.setenv("KG_NOTEBOOK_ITEMS", "20")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code"
               for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    images = [output for output in outputs if "image/png" in output.get("data", {})]
    assert len(images) >= 2  # the seed graph and its ego network, at least
    text = "".join(output.get("text", "") for output in outputs)
    assert "1 article, " in text
    if corpus_is_there():
        assert "20 articles, " in text
        assert len(images) >= 4  # and the slice's full view and meeting network


def corpus_is_there() -> bool:
    return any((p / "shared" / "corpus" / "govpr").is_dir() for p in NOTEBOOK.parents)
