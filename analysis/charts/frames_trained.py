"""Charts for the trained frame classifier (drawn in the house style of base.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .base import finish, new_axes

__all__ = ["frame_confusion_chart"]

#: Columns of the confusion chart: (count column, heading).
CONFUSION_COLUMNS = (("tp", "coded yes,\nmodel yes"), ("fn", "coded yes,\nmodel no"),
                     ("fp", "coded no,\nmodel yes"), ("tn", "coded no,\nmodel no"))


def frame_confusion_chart(table: pd.DataFrame, *, ax=None, source: str | None = None):
    """Confusion counts per frame from cross-validation, as a shaded table.

    ``table`` comes from :meth:`analysis.frame_classifier.FrameClassifier.cross_validate`:
    one row per frame; the cells are article counts (shade = share of all articles); the
    row label carries the frame's F1.
    """
    counts = table[[c for c, _ in CONFUSION_COLUMNS]].to_numpy(dtype=float)
    n = int(table["articles"].iloc[0]) if len(table) else 0
    ax = new_axes(ax, height=max(2.8, 0.5 * len(table) + 2.0))
    ax.imshow(counts / max(n, 1), cmap="Blues", vmin=0, vmax=1, aspect="auto")
    for (i, j), value in np.ndenumerate(counts):
        ax.text(j, i, f"{int(value)}", ha="center", va="center", fontsize=9,
                color="white" if value / max(n, 1) > 0.6 else "black")
    ax.set_xticks(range(len(CONFUSION_COLUMNS)), [h for _, h in CONFUSION_COLUMNS], fontsize=8)
    ax.set_yticks(range(len(table)),
                  [f"{f} (F1 {s:.2f})" for f, s in zip(table["frame"], table["f1"],
                                                        strict=True)])
    ax.tick_params(length=0)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel("Articles (count), out-of-fold predictions")
    split = table.attrs.get("split", "cross-validation")
    return finish(ax, "Trained frames: where the model agrees with the hand-coding",
                  f"N = {n:,} hand-coded articles; {split}", source)
