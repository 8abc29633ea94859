"""Choosing part of a collection: outlets and a date range, with errors that say how to fix them.

Notebooks expose these as parameters (``outlets``, ``start_date``, ``end_date``), so a
scheduled run with a misspelt outlet or an impossible range stops with one readable message
instead of silently producing an empty report.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

import pandas as pd

from .errors import ParameterError


def _date(name: str, value: str) -> pd.Timestamp | None:
    if value in (None, ""):
        return None
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise ParameterError(f"{name}={value!r} is not a date; write it as YYYY-MM-DD, "
                             "e.g. 2026-09-01") from None
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def check_outlets(outlets: Sequence[str], known: pd.Series) -> None:
    """Raise :class:`ParameterError` for an outlet not among ``known``, naming the closest.

    >>> check_outlets(["Wire"], pd.Series(["Wire", "Lantern"]))
    """
    names = sorted(known.dropna().unique())
    for outlet in outlets:
        if outlet not in names:
            close = difflib.get_close_matches(str(outlet), names, n=2, cutoff=0.6)
            hint = f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
            raise ParameterError(f"unknown outlet {outlet!r}{hint}; outlets in this "
                                 f"collection: {', '.join(names)}")


def select(
    corpus: pd.DataFrame,
    *,
    outlets: Sequence[str] | str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
) -> pd.DataFrame:
    """The articles of the given outlets published between two dates (inclusive).

    Parameters
    ----------
    corpus : DataFrame
        A corpus from :func:`analysis.load_corpus` (not changed).
    outlets : list of str or str, optional
        Outlet names exactly as in the ``outlet`` column; empty or ``None`` keeps all. An
        unknown name raises :class:`ParameterError` suggesting the closest known outlets.
    start_date, end_date : str, optional
        ``YYYY-MM-DD`` (read as UTC); the end date includes its whole day. With a date range,
        undated articles are left out (they cannot be placed in it). A start after the end,
        or a range holding no article, raises :class:`ParameterError`.

    Returns
    -------
    DataFrame
        The selected rows, with the corpus's ``attrs`` (source, load issues) kept.

    Examples
    --------
    >>> c = pd.DataFrame({"outlet": ["Meridian Wire", "The Daily Lantern"],
    ...                   "published": pd.to_datetime(["2026-09-01", "2026-10-01"], utc=True)})
    >>> select(c, outlets=["Meridian Wire"])["outlet"].tolist()
    ['Meridian Wire']
    >>> select(c, outlets=["Meridian Wir"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.ParameterError: unknown outlet 'Meridian Wir' (did you mean 'Meridian Wire'?)...
    """
    if isinstance(outlets, str):
        outlets = [outlets] if outlets else []
    chosen = corpus
    if outlets:
        check_outlets(outlets, corpus["outlet"])
        chosen = chosen[chosen["outlet"].isin(outlets)]
    start, end = _date("start_date", start_date), _date("end_date", end_date)
    if start is not None and end is not None and start > end:
        raise ParameterError(f"start_date {start_date} is after end_date {end_date}")
    if start is not None or end is not None:
        published = chosen["published"]
        keep = published.notna()
        if start is not None:
            keep &= published >= start
        if end is not None:
            keep &= published < end + pd.Timedelta(days=1)
        chosen = chosen[keep]
        if chosen.empty:
            dates = corpus["published"].dropna()
            span = (f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates)
                    else "no dated articles")
            raise ParameterError(f"no articles between {start_date or 'the start'} and "
                                 f"{end_date or 'the end'}; the collection spans {span}")
    result = chosen.copy()
    result.attrs = dict(corpus.attrs)
    return result
