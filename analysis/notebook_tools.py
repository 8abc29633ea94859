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


def refresh(notebook: Path, *, timeout: int = 600) -> None:
    """Execute ``notebook`` in place, keeping only the outputs of checked cells."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(notebook, as_version=4)
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
