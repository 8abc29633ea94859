"""Maintenance of the report notebooks: ``python -m analysis.notebook_tools refresh [FOLDER]``.

Re-executes each ``NN_*.ipynb`` on the bundled sample with its default parameters and saves
it with only the outputs nbval compares (cells marked ``# NBVAL_CHECK_OUTPUT``); other outputs
(charts, tables) are dropped so the repository stays small and diffs stay readable. Run it
(``make notebooks``) after changing a notebook or an analyzer that moves a headline number,
and review the diff of the checked outputs: it is a change in findings.
"""

from __future__ import annotations

import sys
from pathlib import Path

CHECK_MARK = "NBVAL_CHECK_OUTPUT"


def merge_streams(outputs: list) -> list:
    """Consecutive ``stream`` outputs of one name as one output: the kernel splits a cell's
    printed text wherever its buffer happened to flush, so the saved notebook would change
    from run to run without any change in what is printed (nbval compares them merged).

    >>> outs = [{"output_type": "stream", "name": "stdout", "text": "a"},
    ...         {"output_type": "stream", "name": "stdout", "text": "b\\n"}]
    >>> [o["text"] for o in merge_streams(outs)]
    ['ab\\n']
    """
    merged: list = []
    for output in outputs:
        if (merged and output.get("output_type") == "stream"
                and merged[-1].get("output_type") == "stream"
                and merged[-1].get("name") == output.get("name")):
            merged[-1]["text"] = merged[-1]["text"] + output["text"]
        else:
            merged.append(output)
    return merged


def refresh(notebook: Path, *, timeout: int = 600) -> None:
    """Execute ``notebook`` in place, keeping only the outputs of checked cells."""
    import nbformat
    from nbclient import NotebookClient

    from .report import kernels_import_this_package

    nb = nbformat.read(notebook, as_version=4)
    with kernels_import_this_package():  # (this checkout's code, as the report runs it)
        NotebookClient(nb, timeout=timeout, kernel_name="python3",
                       resources={"metadata": {"path": str(notebook.parent)}},
                       # as analysis.report: the local kernel's TCP notice is noise
                       extra_arguments=["--IPKernelApp.log_level=CRITICAL"]).execute()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if CHECK_MARK not in cell.source:
            cell.outputs = []
            cell.execution_count = None
        else:
            cell.outputs = merge_streams(cell.outputs)
        cell.metadata.pop("execution", None)
    nb.metadata.pop("widgets", None)
    nbformat.write(nb, notebook)


def main(argv: list[str]) -> int:
    from .report import list_notebooks

    if not argv or argv[0] != "refresh":
        print(__doc__)
        return 2
    folder = Path(argv[1]) if len(argv) > 1 else None
    for notebook in list_notebooks(folder):
        print(f"refreshing {notebook.name}")
        refresh(notebook)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
