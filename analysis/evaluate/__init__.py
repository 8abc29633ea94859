"""Accuracy of the analyzers on human-annotated data: ``python -m analysis.evaluate TASK``.

Each task is a module of this package with ``main(argv) -> int`` that loads its data set
(by default from ``../shared/devdata`` beside the project, or ``--data PATH``), runs the
analyzer and prints precision, recall and F1 with the data set and split named.
"""

from __future__ import annotations

from pathlib import Path

from ..config import PROJECT_DIR

#: Where the annotated development data lives for developers and CI (not in a user's clone).
DEVDATA_DIR = PROJECT_DIR.parent / "shared" / "devdata"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0.0 where undefined).

    >>> [round(x, 3) for x in prf(8, 2, 2)]
    [0.8, 0.8, 0.8]
    """
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def devdata_path(name: str, given: str | None = None) -> Path:
    """The folder of one development data set (``given`` overrides); raises if absent."""
    path = Path(given) if given else DEVDATA_DIR / name
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: the annotated data lives in "
                                f"../shared/devdata beside the project (pass --data PATH)")
    return path
