"""Grouping without losing rows: a missing group value becomes a visible label.

``DataFrame.groupby`` leaves out rows whose key is missing (NaN/None) unless told otherwise,
so an article with no ``genre`` would silently vanish from every per-genre table. Every
aggregate of the package that groups by a user-chosen column calls :func:`label_missing` first.
"""

from __future__ import annotations

import pandas as pd

#: Label given to a missing group value in every grouped table and chart.
MISSING_GROUP = "(missing)"


def label_missing(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """``frame`` with missing values in ``columns`` replaced by :data:`MISSING_GROUP`.

    Returns the frame itself when nothing is missing (no copy), else a copy: the caller's
    frame is never changed.

    >>> t = pd.DataFrame({"genre": ["news", None], "n": [1, 2]})
    >>> label_missing(t, "genre").groupby("genre")["n"].sum().to_dict()
    {'(missing)': 2, 'news': 1}
    >>> t["genre"].isna().sum()
    np.int64(1)
    """
    missing = [c for c in columns if c in frame.columns and frame[c].isna().any()]
    if not missing:
        return frame
    out = frame.copy()
    for column in missing:
        values = out[column].astype(object)
        out[column] = values.where(values.notna(), MISSING_GROUP)
    return out
