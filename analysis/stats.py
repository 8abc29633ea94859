"""Aggregations of the per-article table: counts, periods, lengths, and one-line readings.

Each function takes the ``articles`` table of an :class:`~analysis.pipeline.Analysis` (or any
table with the same columns), returns a new table and never changes its input. The
``describe_*`` functions turn a table into the plain-language reading a notebook prints under
its chart, so the reading always matches the numbers.
"""

from __future__ import annotations

import pandas as pd

from .errors import ParameterError, check_choice
from .groups import label_missing

#: Time buckets for :func:`per_period`: pandas period codes, with the label used in charts.
PERIODS = {"D": "day", "W": "week", "M": "month"}


def count_by(articles: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Articles per group, largest first, with each group's share of the whole.

    >>> count_by(pd.DataFrame({"outlet": ["A", "B", "A"]}))
      outlet  articles     share
    0      A         2  0.666667
    1      B         1  0.333333
    """
    _need(articles, by)
    counts = articles[by].value_counts(dropna=False).rename_axis(by).reset_index(name="articles")
    counts = counts.sort_values(["articles", by], ascending=[False, True], ignore_index=True)
    counts["share"] = counts["articles"] / counts["articles"].sum() if len(counts) else []
    return counts


def per_period(articles: pd.DataFrame, period: str = "W", by: str = "outlet") -> pd.DataFrame:
    """Articles per time period (``period_start``, UTC) and group, zero-filled, dated rows only.

    Articles without a date cannot be placed in time; :func:`headline` reports how many.

    Parameters
    ----------
    period : {"D", "W", "M"}
        Day, week (starting Monday) or calendar month.
    """
    check_choice("period", period, PERIODS)
    _need(articles, "published", by)
    dated = articles.dropna(subset=["published"])
    if dated.empty:
        return pd.DataFrame(columns=["period_start", by, "articles"])
    naive = dated["published"].dt.tz_convert("UTC").dt.tz_localize(None)
    starts = naive.dt.to_period(period).dt.start_time.dt.tz_localize("UTC")
    labelled = label_missing(dated.assign(period_start=starts), by)
    counts = labelled.groupby(["period_start", by]).size()
    # (the labelled values, so a missing group is "(missing)", listed last, and sorting
    # never meets a float NaN among strings: review19 W5)
    full = pd.MultiIndex.from_product(
        [pd.date_range(starts.min(), starts.max(), freq=_range_freq(period)),
         sorted_groups(labelled[by].unique())], names=["period_start", by])
    return counts.reindex(full, fill_value=0).rename("articles").reset_index()


def sorted_groups(values) -> list:
    """Group labels sorted, :data:`~analysis.groups.MISSING_GROUP` last; labels of mixed
    types (numbers and the missing label) sort by their text.

    >>> sorted_groups(["B", "(missing)", "A"]), sorted_groups([2026, "(missing)", 2025])
    (['A', 'B', '(missing)'], [2025, 2026, '(missing)'])
    """
    from .groups import MISSING_GROUP

    present = [v for v in values if not (isinstance(v, str) and v == MISSING_GROUP)]
    try:
        ordered = sorted(present)
    except TypeError:
        ordered = sorted(present, key=str)
    return ordered + [MISSING_GROUP] * (len(present) < len(list(values)))


def _range_freq(period: str) -> str:
    return {"D": "D", "W": "W-MON", "M": "MS"}[period]


def period_range(starts, period: str) -> pd.DatetimeIndex:
    """Every period start from the first to the last of ``starts`` (UTC), empty ones too, so
    a table or chart over time can show a period with no articles as a gap.

    >>> [f"{d:%Y-%m-%d}" for d in period_range(pd.to_datetime(["2026-01-01", "2026-04-01"],
    ...                                                      utc=True), "M")]
    ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01']
    """
    starts = pd.DatetimeIndex(starts)
    if starts.empty:
        return starts
    return pd.date_range(starts.min(), starts.max(), freq=_range_freq(period))


#: The outlet mix of two periods differs "materially" from this total-variation distance on
#: (half the sum of the absolute differences of the outlets' shares: the share of articles
#: that would have to change outlet to make the two mixes alike).
MIX_SHIFT = 0.20
#: Periods with fewer dated articles are left out of the mix comparison (their mix is noise;
#: the over-time readings do not rank them either).
MIX_MIN_ARTICLES = 10


def describe_mix_shift(articles: pd.DataFrame, *, period: str = "M", by: str = "outlet",
                       date: str = "published", figures: str = "the figures over time",
                       always: bool = False) -> str:
    """A warning, or ``""``, when the ``by`` mix (usually the outlet mix) of the periods
    differs materially: an all-outlets mean or share over time then moves with the mix even
    when no outlet changed (review19 W3). Compares the periods with at least
    :data:`MIX_MIN_ARTICLES` dated articles, and names the two most different by their
    total-variation distance when it reaches :data:`MIX_SHIFT`.

    >>> t = pd.DataFrame({"published": pd.to_datetime(["2026-09-03"] * 20 + ["2026-10-05"] * 20,
    ...                                               utc=True),
    ...                   "outlet": ["A"] * 16 + ["B"] * 4 + ["A"] * 4 + ["B"] * 16})
    >>> print(describe_mix_shift(t))  # doctest: +NORMALIZE_WHITESPACE
    The outlet mix changes between periods: the period beginning 2026-09-01 is 80% A and 20%
    B (n = 20), the one beginning 2026-10-01 20% A and 80% B (n = 20), a shift of 60% of the
    articles. Part of any change in the figures over time may come from that mix rather than
    from a change within outlets; compare outlet by outlet before reading a trend.
    >>> describe_mix_shift(t.assign(outlet=["A", "B"] * 20))
    ''

    ``always=True`` returns a sentence in the quiet cases too (for a report cell):

    >>> print(describe_mix_shift(t.assign(outlet=["A", "B"] * 20), always=True))
    ... # doctest: +NORMALIZE_WHITESPACE
    The outlet mix of the 2 periods with 10 or more dated articles differs by at most 0% of
    the articles.
    """
    _need(articles, date, by)
    dated = articles.dropna(subset=[date])
    too_few = (f"Fewer than two periods have {MIX_MIN_ARTICLES} or more dated articles, so the "
               f"{by} mix of the periods is not compared." if always else "")
    if dated.empty:
        return too_few
    naive = pd.to_datetime(dated[date], utc=True).dt.tz_localize(None)
    starts = naive.dt.to_period(period).dt.start_time.dt.tz_localize("UTC")
    labelled = label_missing(dated.assign(period_start=starts), by)
    counts = labelled.groupby(["period_start", by]).size().unstack(fill_value=0)
    counts = counts[counts.sum(axis=1) >= MIX_MIN_ARTICLES]
    if len(counts) < 2:
        return too_few
    shares = counts.div(counts.sum(axis=1), axis=0)
    worst, pair = 0.0, None
    for i, first in enumerate(shares.index):
        for second in shares.index[i + 1:]:
            distance = 0.5 * float((shares.loc[first] - shares.loc[second]).abs().sum())
            if distance > worst + 1e-12:
                worst, pair = distance, (first, second)
    if pair is None or worst < MIX_SHIFT - 1e-12:
        return (f"The {by} mix of the {len(counts)} periods with {MIX_MIN_ARTICLES} or more "
                f"dated articles differs by at most {worst:.0%} of the articles." if always
                else "")

    def mix(start) -> str:
        row = shares.loc[start]
        row = row[row > 0]  # (in the groups' order, so two periods read side by side)
        return join_and([f"{share:.0%} {name}" for name, share in row.items()])

    first, second = pair
    return (f"The {by} mix changes between periods: the period beginning {first:%Y-%m-%d} is "
            f"{mix(first)} (n = {int(counts.loc[first].sum())}), the one beginning "
            f"{second:%Y-%m-%d} {mix(second)} (n = {int(counts.loc[second].sum())}), a shift "
            f"of {worst:.0%} of the articles. Part of any change in {figures} may come from "
            f"that mix rather than from a change within {by}s; compare {by} by {by} before "
            "reading a trend.")


def length_summary(articles: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Article length in words per group: N, median, mean, shortest, longest."""
    _need(articles, by, "n_words")
    grouped = label_missing(articles, by).groupby(by)["n_words"]
    table = pd.DataFrame({
        "articles": grouped.size(),
        "median_words": grouped.median(),
        "mean_words": grouped.mean().round(1),
        "min_words": grouped.min(),
        "max_words": grouped.max(),
    }).reset_index()
    return table.sort_values(["median_words", by], ascending=[False, True], ignore_index=True)


def headline(articles: pd.DataFrame) -> str:
    """One sentence with the collection's size, outlets, date range and gaps.

    >>> dates = pd.to_datetime(["2026-08-01", None], utc=True)
    >>> print(headline(pd.DataFrame({"outlet": ["A", "B"], "n_words": [100, 0],
    ...                              "is_empty": [False, True], "published": dates})))
    2 articles from 2 outlets, dated 2026-08-01 to 2026-08-01 (1 undated); 1 empty; median length 50
    words.
    """
    n = len(articles)
    dates = articles["published"].dropna()
    undated = n - len(dates)
    parts = [f"{plural(n, 'article')} from {plural(articles['outlet'].nunique(), 'outlet')}"]
    if len(dates):
        parts.append(f", dated {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}")
    if undated:
        parts.append(f" ({undated} undated)")
    empty = int(articles["is_empty"].sum()) if "is_empty" in articles else 0
    parts.append(f"; {empty} empty" if empty else "; none empty")
    if n:
        parts.append(f"; median length {articles['n_words'].median():g} words")
    return "".join(parts) + "."


def tied_at_top(values: pd.Series, *, lowest: bool = False) -> list:
    """The index labels where ``values`` is largest (``lowest``: smallest), in index order:
    every one of them, so that a reading names a tie as a tie.

    >>> tied_at_top(pd.Series([7, 3, 7], index=["conflict", "economic", "human_interest"]))
    ['conflict', 'human_interest']
    >>> tied_at_top(pd.Series([7, 3, 7], index=["a", "b", "c"]), lowest=True)
    ['b']
    """
    best = values.min() if lowest else values.max()  # (NaN ignored; none at all: [])
    return list(values.index[values == best])


def join_and(names: list) -> str:
    """``a``; ``a and b``; ``a, b and c`` (any labels, written with ``str``).

    >>> join_and(["A"]), join_and(["A", "B", 2026])
    ('A', 'A, B and 2026')
    """
    names = [str(n) for n in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


#: Code names whose reader's name is more than the words with spaces: the Policy Frames
#: Codebook's dimensions (Boydstun et al. 2014) as the codebook names them, in British spelling.
LABEL_NAMES = {
    "capacity_resources": "capacity and resources",
    "fairness_equality": "fairness and equality",
    "policy_prescription": "policy prescription and evaluation",
    "crime_punishment": "crime and punishment",
    "security_defense": "security and defence",
    "health_safety": "health and safety",
    "external_regulation": "external regulation and reputation",
}


def label_text(name) -> str:
    """A code name as a reader sees it: ``human_interest`` → ``human interest``, an issue
    frame by its codebook name (:data:`LABEL_NAMES`).

    >>> label_text("human_interest"), label_text("conflict"), label_text("health_safety")
    ('human interest', 'conflict', 'health and safety')
    """
    return LABEL_NAMES.get(str(name), str(name).replace("_", " "))


#: Columns whose values are code names (frames), printed with :func:`label_text`; a column
#: whose name starts with ``dominant`` (``dominant_frame``, ``dominant_issue_frame``) too.
NAME_COLUMNS = ("frame",)


#: How a printed table shows a missing value (``NaN``, ``NaT``, ``None``): a dash, as the
#: tone tables do. ``NaN`` is pandas' word, not a reader's; a blank reads as a layout slip.
MISSING = "—"


def printable(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` as a report prints it: dates as ``YYYY-MM-DD`` (a period start has no time of
    day or time zone worth printing; all are UTC), a missing date as :data:`MISSING`, and
    frame names with spaces. The numbers are untouched; the saved CSVs keep the values as
    they are.

    >>> t = pd.DataFrame({"period_start": pd.to_datetime(["2026-08-01", None], utc=True),
    ...                   "frame": ["human_interest", "conflict"], "share": [0.5, 0.25]})
    >>> print(printable(t).to_string(index=False))
    period_start          frame  share
      2026-08-01 human interest   0.50
               —       conflict   0.25
    """
    out = table.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_datetime64_any_dtype(values):
            out[column] = values.dt.strftime("%Y-%m-%d").astype(object).where(
                values.notna(), MISSING)
        elif column in NAME_COLUMNS or str(column).startswith("dominant"):
            out[column] = values.map(lambda v: v if pd.isna(v) else label_text(v))
    return out


def table_text(table: pd.DataFrame, *, empty: str = "", float_format=None) -> str:
    """A table as a report prints it (:func:`printable`, no index, a missing value as
    :data:`MISSING`), or the sentence ``empty`` when it has no rows: pandas' ``Empty
    DataFrame`` / ``Columns: […]`` / ``Index: []`` is not for readers. (``empty`` is ``""``
    when the reading printed above the table already says there is nothing.)

    ``float_format`` defaults to two decimals.

    >>> print(table_text(pd.DataFrame({"outlet": ["A"], "index": [float("nan")]}), empty="-"))
    outlet index
         A     —
    >>> table_text(pd.DataFrame(columns=["outlet"]), empty="No outlet.")
    'No outlet.'
    """
    if table.empty:
        return empty
    return printable(table).to_string(index=False, na_rep=MISSING,
                                      float_format=float_format or "{:.2f}".format)


def hours_text(hours) -> str:
    """A delay in hours as hours and minutes, rounded to the minute: ``22 h 15 min`` (not
    ``22.2 h``, which rounds a quarter hour half-to-even and reads as 22 h 12 min), ``3 h``,
    ``45 min``; a missing value as :data:`MISSING`.

    >>> hours_text(22.25), hours_text(3.0), hours_text(0.75), hours_text(30.75), hours_text(None)
    ('22 h 15 min', '3 h', '45 min', '30 h 45 min', '—')
    """
    if hours is None or pd.isna(hours):
        return MISSING
    minutes = int(float(hours) * 60 + 0.5)
    h, m = divmod(minutes, 60)
    return " ".join(part for part in (f"{h} h" if h else "", f"{m} min" if m else "")
                    if part) or "0 h"


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """``1 outlet``, ``3 outlets``, ``0 outlets``, ``2,000 articles`` (``nouns``: an irregular
    plural).

    >>> plural(1, "outlet"), plural(3, "outlet"), plural(2, "storyline", "storylines")
    ('1 outlet', '3 outlets', '2 storylines')
    """
    return f"{n:,} {noun if n == 1 else nouns or noun + 's'}"


def each(names: list[str]) -> str:
    """``" each"`` after a figure shared by several tied names, else ``""``."""
    return " each" if len(names) > 1 else ""


def describe_counts(table: pd.DataFrame, by: str = "outlet") -> str:
    """Reading of a :func:`count_by` table: the largest and smallest groups (all of a tie).

    >>> describe_counts(count_by(pd.DataFrame({"outlet": ["A", "B", "A"]})))
    'A has the most articles (2, 67% of 3); B the fewest (1).'
    >>> describe_counts(count_by(pd.DataFrame({"outlet": ["A", "B", "C", "A", "B"]})))
    'A and B have the most articles (2, 40% of 5 each); C the fewest (1).'
    """
    if table.empty:
        return "No articles."
    counts = table.set_index(by)["articles"]
    if len(counts) == 1:  # (one group: nothing to rank it against)
        n = int(counts.iloc[0])
        return (f"All {n} articles are from {counts.index[0]}." if n > 1 else
                f"The one article is from {counts.index[0]}.")
    top, bottom = tied_at_top(counts), tied_at_top(counts, lowest=True)
    total = int(counts.sum())
    text = (f"{join_and(top)} {'have' if len(top) > 1 else 'has'} the most articles "
            f"({counts.max()}, {counts.max() / total:.0%} of {total}{each(top)})")
    if counts.max() > counts.min():
        text += f"; {join_and(bottom)} the fewest ({counts.min()}{each(bottom)})"
    else:
        text = f"All {len(counts)} groups have the same number of articles ({counts.max()} each)"
    return text + "."


#: Below this many periods, :func:`describe_periods` suggests a shorter period.
FEW_PERIODS = 3


def describe_periods(table: pd.DataFrame, period: str = "W", by: str = "outlet") -> str:
    """Reading of a :func:`per_period` table: span covered and the busiest period, and a
    shorter period to try when there are fewer than :data:`FEW_PERIODS`.

    >>> t = pd.DataFrame({"period_start": pd.to_datetime(["2026-11-09"]), "outlet": ["A"],
    ...                   "articles": [22]})
    >>> print(describe_periods(t, period="W"))  # doctest: +NORMALIZE_WHITESPACE
    1 week from 2026-11-09 to 2026-11-09; the busiest week began 2026-11-09 with 22 articles;
    0 weeks had none. With 1 week, a chart over time has little to show: the period parameter
    set to "D" (days) draws more points.
    """
    if table.empty:
        return "No dated articles, so nothing can be placed in time."
    totals = table.groupby("period_start")["articles"].sum()
    busiest = [f"{start:%Y-%m-%d}" for start in totals.index[totals == totals.max()]]
    label = PERIODS[period]
    began = (f"the busiest {label} began {busiest[0]}" if len(busiest) == 1 else
             f"the busiest {label}s began {join_and(busiest)}")
    text = (f"{plural(len(totals), label)} from {totals.index.min():%Y-%m-%d} to "
            f"{totals.index.max():%Y-%m-%d}; {began} with {totals.max()} articles"
            f"{each(busiest)}; {plural(int((totals == 0).sum()), label)} had none.")
    shorter = {"M": "W", "W": "D"}.get(period)
    if len(totals) < FEW_PERIODS and shorter:
        text += (f" With {plural(len(totals), label)}, a chart over time has little to show: "
                 f"the period parameter set to \"{shorter}\" ({PERIODS[shorter]}s) draws more "
                 "points.")
    return text


def describe_lengths(table: pd.DataFrame, by: str = "outlet") -> str:
    """Reading of a :func:`length_summary` table: longest and shortest typical article."""
    if table.empty:
        return "No articles."
    medians = table.set_index(by)["median_words"]
    if medians.max() == 0:
        return "Every group's median article is empty (0 words)."
    if len(medians) == 1:
        return f"{medians.index[0]}: median {medians.iloc[0]:g} words."
    if medians.max() == medians.min():
        return (f"All {len(medians)} groups have the same median length "
                f"({medians.max():g} words each).")
    top, bottom = tied_at_top(medians), tied_at_top(medians, lowest=True)
    text = (f"{join_and(top)} {'write' if len(top) > 1 else 'writes'} the longest articles "
            f"(median {medians.max():g} words{each(top)})")
    if medians.max() > medians.min():
        text += f"; {join_and(bottom)} the shortest (median {medians.min():g}{each(bottom)})"
    return text + "."


def recent_titles(articles: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` most recent articles (undated last): published date, outlet, title, id."""
    if n < 0:
        raise ParameterError(f"n={n} must be 0 or more")
    table = articles.sort_values(["published", "id"], ascending=[False, True],
                                 na_position="last").head(n)
    return pd.DataFrame({
        "published": table["published"].dt.strftime("%Y-%m-%d").fillna("undated"),
        "outlet": table["outlet"], "title": table["title"], "id": table["id"],
    }).reset_index(drop=True)


def _need(table: pd.DataFrame, *columns: str) -> None:
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ParameterError(f"the table has no column(s) {', '.join(map(repr, missing))}; "
                             f"it has: {', '.join(map(str, table.columns))}")
