"""notebooks/explore.ipynb runs top to bottom in a real kernel (nbclient) on the seeds, and the committed
copy holds the outputs of a real run (tables and figures), so a reader sees them without running it."""

from __future__ import annotations

import pytest

from tests.paths import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")


def _outputs(nb, kind: str) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if kind in o.get("data", {})]


def test_the_notebook_runs_on_the_seeds(monkeypatch):
    monkeypatch.setenv("SILAT_NOTEBOOK_CORPUS", "0")  # the corpus slice is optional; CI runs on the seeds
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    text = "\n".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "events;" in text and "meetings have a date" in text and "entities," in text
    assert len(_outputs(nb, "image/png")) == 3  # meetings per month, the ego network, planned vs asserted
    html = "\n".join(o["data"]["text/html"] for o in _outputs(nb, "text/html"))
    assert "Sergey Lavrov" in html and "Asserted" in html and "betweenness" in html


def test_the_committed_copy_holds_real_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code) and all(c.outputs for c in code)
    assert len(_outputs(nb, "image/png")) >= 3
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
