"""The notebooks run top to bottom on a fresh install (executed in a kernel, outputs checked).

The committed notebooks carry their outputs; this test re-executes copies in memory and never
writes them back.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="notebook tests need nbformat, nbclient and ipykernel")
nbclient = pytest.importorskip("nbclient", reason="notebook tests need nbformat, nbclient and ipykernel")
pytest.importorskip("ipykernel", reason="notebook tests need nbformat, nbclient and ipykernel")
pytest.importorskip("networkx", reason="the corpus notebook needs the display extra (networkx)")
pytest.importorskip("matplotlib", reason="the corpus notebook needs the display extra (matplotlib)")
pytest.importorskip("pandas", reason="the notebooks need pandas")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
KERNEL = "pemilu-nlp-test"


@pytest.fixture(scope="module")
def kernel_name(tmp_path_factory) -> str:
    """A kernel spec for *this* interpreter, so that the notebooks see the package under test
    and not whatever ``python3`` kernel the machine has installed."""
    root = tmp_path_factory.mktemp("jupyter")
    spec = root / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "pemilu_nlp tests",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    patch = pytest.MonkeyPatch()
    patch.setenv("JUPYTER_PATH", str(root))
    yield KERNEL
    patch.undo()


def _execute(name: str, kernel: str) -> tuple[list[dict], float]:
    book = nbformat.read(NOTEBOOKS / name, as_version=4)
    started = time.perf_counter()
    # raises CellExecutionError, with the cell and its traceback, at the first failing cell
    nbclient.NotebookClient(
        book, timeout=180, kernel_name=kernel, resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    outputs = [out for cell in book.cells if cell.cell_type == "code" for out in cell.outputs]
    return outputs, time.perf_counter() - started


def _html(outputs: list[dict]) -> list[str]:
    return [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]


@pytest.mark.slow
def test_quickstart_runs(kernel_name):
    outputs, seconds = _execute("01-quickstart.ipynb", kernel_name)
    assert not [o for o in outputs if o["output_type"] == "error"]
    views = [h for h in _html(outputs) if 'class="pemilu-doc"' in h]
    assert views, "the Document's rich display is missing"
    text = "".join(o.get("text", "") for o in outputs if o["output_type"] == "stream")
    assert "contoh-1.html" in text and "contoh-1.json" in text
    assert seconds < 90


@pytest.mark.slow
def test_corpus_analysis_runs(kernel_name):
    outputs, seconds = _execute("02-corpus-analysis.ipynb", kernel_name)
    assert not [o for o in outputs if o["output_type"] == "error"]
    text = "".join(o.get("text", "") for o in outputs if o["output_type"] == "stream")
    assert "16 articles analysed" in text
    pictures = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(pictures) == 1, "the network picture is missing"
    assert any("network.gexf" in o.get("data", {}).get("text/plain", "") for o in outputs)
    assert any('class="pemilu-doc"' in h for h in _html(outputs))
    assert seconds < 90


def test_committed_notebooks_carry_outputs_and_no_errors():
    for name in ("01-quickstart.ipynb", "02-corpus-analysis.ipynb"):
        book = nbformat.read(NOTEBOOKS / name, as_version=4)
        nbformat.validate(book)
        code = [cell for cell in book.cells if cell.cell_type == "code"]
        assert all(cell.execution_count for cell in code), f"{name}: not executed top to bottom"
        assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1)), name
        assert not [o for cell in code for o in cell.outputs if o["output_type"] == "error"], name
