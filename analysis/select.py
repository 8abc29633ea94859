"""Choosing part of a collection: outlets and a date range, with errors that say how to fix them.

Notebooks expose these as parameters (``outlets``, ``start_date``, ``end_date``), so a
scheduled run with a misspelt outlet or an impossible range stops with one readable message
instead of silently producing an empty report.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Sequence

import pandas as pd

from .errors import ParameterError

#: The one date form the parameters accept. Anything else is refused rather than guessed:
#: pandas reads "05/03/2026" month first (3 May), which a European desk means as 5 March, and a
#: silently different range is worse than an error (review of scheduled runs, 2026-12-04).
ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(name: str, value) -> pd.Timestamp | None:
    """A ``YYYY-MM-DD`` parameter (or a ``datetime.date``) as midnight UTC; ``None`` for an
    empty value.

    >>> parse_date("start_date", "2026-09-01")
    Timestamp('2026-09-01 00:00:00+0000', tz='UTC')
    >>> parse_date("start_date", datetime.date(2026, 9, 1))  # a date object is taken as it is
    Timestamp('2026-09-01 00:00:00+0000', tz='UTC')
    >>> parse_date("start_date", "05/03/2026")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.ParameterError: start_date='05/03/2026' is not a date written as YYYY-MM-DD...
    """
    if value is None or (isinstance(value, str) and value == ""):
        return None
    if isinstance(value, datetime.date):  # (a date object is unambiguous: review 15)
        stamp = pd.Timestamp(value)
        return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
    if not isinstance(value, str) or not ISO_DATE_RE.fullmatch(value.strip()):
        raise ParameterError(f"{name}={value!r} is not a date written as YYYY-MM-DD "
                             "(e.g. 2026-09-01 for 1 September 2026)")
    try:
        return pd.Timestamp(value.strip(), tz="UTC")
    except ValueError:
        raise ParameterError(f"{name}={value!r} is not a calendar date (YYYY-MM-DD)") from None


def check_outlets(outlets: Sequence[str], known: pd.Series) -> None:
    """Raise :class:`ParameterError` for an outlet not among ``known``, naming the closest.

    >>> check_outlets(["Wire"], pd.Series(["Wire", "Lantern"]))
    >>> check_outlets(["Wire,Lantern"], pd.Series(["Wire", "Lantern"]))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.ParameterError: unknown outlet 'Wire,Lantern': to keep several outlets, ...
    """
    names = sorted(known.dropna().unique())
    for outlet in outlets:
        parts = [p.strip() for p in str(outlet).split(",")]
        if outlet not in names and len(parts) > 1 and all(p in names for p in parts):
            listed = ", ".join(f'"{p}"' for p in parts)
            raise ParameterError(f"unknown outlet {outlet!r}: to keep several outlets, give a "
                                 f"list (outlets=[{listed}]; from the command line -p "
                                 f"'outlets=[{listed}]')")
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
    english_only: bool = False,
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
    english_only : bool
        Also leave out articles not in English (:func:`is_english`): the suite's word lists
        are English, so a German "die" would count as the English verb (a frame cue, a
        negative tone). The report notebooks set it; the ids left out are kept in
        ``attrs["selection"]`` and named by :func:`describe_selection`.

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
    outlets = as_outlet_list(outlets)
    chosen = corpus
    left_out: dict[str, int] = {}
    if outlets:
        check_outlets(outlets, corpus["outlet"])
        chosen = chosen[chosen["outlet"].isin(outlets)]
        left_out["from other outlets"] = len(corpus) - len(chosen)
    start, end = parse_date("start_date", start_date), parse_date("end_date", end_date)
    if start is not None and end is not None and start > end:
        dates = corpus["published"].dropna() if "published" in corpus.columns else []
        span = (f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates)
                else "no dated articles")
        raise ParameterError(f"start_date {start_date} is after end_date {end_date}; the "
                             f"collection spans {span}")
    if start is not None or end is not None:
        published = chosen["published"]
        undated = published.isna()
        never = pd.Series(False, index=published.index)
        before = (published < start).fillna(False) if start is not None else never
        after = ((published >= end + pd.Timedelta(days=1)).fillna(False) if end is not None
                 else never)
        left_out.update({"before start_date": int(before.sum()),
                         "after end_date": int(after.sum()), "undated": int(undated.sum())})
        chosen = chosen[~(undated | before | after)]
        if chosen.empty:
            dates = corpus["published"].dropna()
            span = (f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates)
                    else "no dated articles")
            raise ParameterError(f"no articles between {start_date or 'the start'} and "
                                 f"{end_date or 'the end'}; the collection spans {span}")
    foreign: list[str] = []
    if english_only and len(chosen):
        english = is_english(chosen)
        foreign = [str(i) for i in chosen.loc[~english, "id"]] if "id" in chosen.columns \
            else [str(i) for i in chosen.index[~english]]
        chosen = chosen[english]
        if foreign:
            left_out["not in English"] = len(foreign)
        if chosen.empty:
            raise ParameterError(f"no article of the selection is in English ({len(foreign)} "
                                 "are not); the suite's word lists are English")
    result = chosen.copy()
    result.attrs = dict(corpus.attrs)
    if any(left_out.values()):
        result.attrs["selection"] = {"loaded": len(corpus), "kept": len(result),
                                     **{k: v for k, v in left_out.items() if v}}
        if foreign:
            result.attrs["selection_not_english"] = foreign
    return result


#: ``language`` values that name no language (CMS placeholders): the text decides.
NO_LANGUAGE = frozenset({"", "und", "unknown", "mul", "multi", "zxx", "none", "n/a", "na",
                         "-", "?", "xx"})
#: A text of at least this many words whose function words are not English is left out even
#: when its ``language`` says English (a CMS default ``en`` on a German wire story); shorter
#: texts (a headline, a table caption) are too short for the word test to overrule the tag.
OVERRULE_MIN_WORDS = 20


def is_english(corpus: pd.DataFrame) -> pd.Series:
    """Whether each article is in English. An article is left out (``False``) when its
    ``language`` column names another language (``de``, ``French``), or when its text's
    share of common English function words is under :data:`analysis.text.ENGLISH_SHARE_MIN`
    (the rule behind ``looks_english``) — for a text the ``language`` column calls English,
    only when it has at least :data:`OVERRULE_MIN_WORDS` words. Placeholders (``und``,
    ``unknown``, ``mul``…: :data:`NO_LANGUAGE`) name no language, so the text decides. An
    empty text counts as English (there is nothing to misread; the loader lists it).

    >>> german = ("Die Stadt hat den Plan gestern vorgestellt, und der Rat will ihn im Herbst "
    ...           "noch einmal prüfen, bevor die Bauarbeiten im Hafen beginnen können.")
    >>> c = pd.DataFrame({"text": ["The mayor said the plan was ready.", german, "", "Hola",
    ...                            "The council met on Monday.", german, "Stocks: FTSE up 2%"],
    ...                   "language": ["", "", "", "es", "und", "en", "en"]})
    >>> is_english(c).tolist()
    [True, False, True, False, True, False, True]
    """
    from .text import ENGLISH_SHARE_MIN, count_words, english_share

    texts = corpus["text"].fillna("").astype(str) if "text" in corpus.columns \
        else pd.Series("", index=corpus.index)
    by_text = texts.map(lambda t: not t.strip() or english_share(t) >= ENGLISH_SHARE_MIN)
    if "language" not in corpus.columns:
        return by_text.astype(bool)
    declared = corpus["language"].fillna("").astype(str).str.strip().str.casefold()
    named = ~declared.isin(NO_LANGUAGE)
    english = declared.str.startswith("en")
    long_enough = texts.map(count_words) >= OVERRULE_MIN_WORDS
    said_english_and_reads_so = english & (by_text | ~long_enough)
    return said_english_and_reads_so.where(named, by_text).astype(bool)


def as_outlet_list(outlets) -> list[str]:
    """``outlets`` as a list: one name given as text is one outlet, not its letters.

    >>> as_outlet_list("Harbor Gazette"), as_outlet_list(None), as_outlet_list(("A", "B"))
    (['Harbor Gazette'], [], ['A', 'B'])
    """
    if outlets is None or isinstance(outlets, str):
        return [outlets] if outlets else []
    return list(outlets)


def describe_selection(corpus: pd.DataFrame) -> str:
    """What :func:`select` kept of the collection and why the rest was left out ("" when no
    selection was made).

    >>> c = pd.DataFrame({"outlet": ["A", "B", "A"], "published": pd.to_datetime(
    ...     ["2026-09-01", "2026-09-02", None], utc=True)})
    >>> print(describe_selection(select(c, outlets="A", start_date="2026-08-01")))
    1 of 3 articles loaded are kept by the outlets and dates chosen (1 from other outlets,
    1 undated).
    """
    chosen = corpus.attrs.get("selection")
    if not chosen:
        return ""
    reasons = ", ".join(f"{v:,} {k}" for k, v in chosen.items() if k not in ("loaded", "kept"))
    by = (" by the outlets and dates chosen" if set(chosen) - {"loaded", "kept", "not in English"}
          else "")
    text = (f"{chosen['kept']:,} of {chosen['loaded']:,} articles loaded are kept{by}"
            + (f" ({reasons})." if reasons else "."))
    foreign = corpus.attrs.get("selection_not_english") or []
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5:,} more"
                                          if len(foreign) > 5 else "")
        text += (f" Not in English, so left out of every figure (the suite's word lists are "
                 f"English): {shown}.")
    return text
