"""Filtering articles, and the interactive explorer of notebook 05 (ipywidgets).

:func:`filter_articles` is the one place the filters live; the widgets of :func:`explorer`
only call it, so the static run of a notebook (papermill, nbval: no live front end) shows
exactly what the widgets would show for the same choices.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .errors import ParameterError
from .inspect import clean_text, html_table, inspect
from .select import as_outlet_list, check_outlets, parse_date
from .stats import label_text

#: Columns of the table of matching articles (those present are shown).
TABLE_COLUMNS = ("id", "published", "outlet", "title", "tone_label", "tone", "hedge_rate",
                 "dominant_frame", "n_attributions")
#: Rows of the matching-articles table shown by the explorer.
MAX_ROWS = 25


def frames_of(result) -> list[str]:
    """Frame names available for filtering: ``dominant_frame`` values, else the labels of
    ``frame_cue`` spans (empty when no framing analysis ran)."""
    articles = result.articles
    if "dominant_frame" in articles.columns:
        return sorted(str(v) for v in articles["dominant_frame"].dropna().unique() if str(v))
    spans = result.spans
    if len(spans):
        return sorted(str(v) for v in spans.loc[spans["kind"] == "frame_cue",
                                                "label"].dropna().unique())
    return []


def source_types_of(result) -> list[str]:
    """Source types available for filtering (``speaker_type`` of the attributions)."""
    attributions = result.attributions
    if not len(attributions) or "speaker_type" not in attributions.columns:
        return []
    return sorted(str(v) for v in attributions["speaker_type"].dropna().unique())


#: Tone labels the ``tone`` filter takes.
TONE_LABELS = ("negative", "neutral", "positive")


def valid_frames(result) -> list[str]:
    """Every value the ``frame`` filter accepts: the five generic frames and ``none`` whether
    or not an article of this collection has them (a filter on a frame no article carries
    today matches nothing, it is not a mistake), plus any other frame found (a user's lexicon).

    >>> import analysis as ma
    >>> r = ma.analyze(pd.DataFrame({"id": ["a"], "outlet": ["X"], "text": ["Fine."]}))
    >>> valid_frames(r)
    ['conflict', 'economic', 'human_interest', 'morality', 'none', 'responsibility']
    """
    from .framing import GENERIC_FRAMES

    return sorted({*GENERIC_FRAMES, "none", *frames_of(result)})


def valid_source_types(result) -> list[str]:
    """Every value the ``source_type`` filter accepts: all source types of the sourcing
    analysis, found in this collection or not."""
    from .sourcing import SPEAKER_TYPES

    return sorted({*SPEAKER_TYPES, *source_types_of(result)})


def filter_articles(result, *, outlets: Sequence[str] = (), date_from: str = "",
                    date_to: str = "", frame: str = "", source_type: str = "", tone: str = "",
                    sort_by: str = "published", ascending: bool = True) -> pd.DataFrame:
    """Articles matching every given filter (empty values filter nothing), sorted.

    Parameters
    ----------
    result : Analysis
    outlets : sequence of str, or str
        Keep these outlets (one name given as text is one outlet).
    date_from, date_to : str
        ``YYYY-MM-DD`` (UTC), inclusive; undated articles drop out when either is given.
    frame : str
        Articles whose ``dominant_frame`` is this frame; without that column, articles
        with at least one ``frame_cue`` span of this label.
    source_type : str
        Articles with at least one attribution of this ``speaker_type``.
    tone : str
        ``tone_label``: ``negative``, ``neutral`` or ``positive``.
    sort_by : str
        Any column of the result (see :data:`TABLE_COLUMNS`).
    ascending : bool

    Returns
    -------
    DataFrame
        The present :data:`TABLE_COLUMNS` (``n_attributions`` counted from the
        attributions), one row per matching article.

    Examples
    --------
    >>> import analysis as ma
    >>> r = ma.analyze(pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"],
    ...     "published": ["2026-01-01", "2026-02-01"], "text": ["Fine.", "Awful disaster."]}))
    >>> filter_articles(r, tone="negative")["id"].tolist()
    ['b']
    >>> filter_articles(r, date_to="2026-01-15")["id"].tolist()
    ['a']
    """
    articles = result.articles.copy()
    attributions = result.attributions
    counts = (attributions.groupby("article_id").size() if len(attributions)
              else pd.Series(dtype=int))
    articles["n_attributions"] = articles["id"].map(counts).fillna(0).astype(int)
    keep = pd.Series(True, index=articles.index)
    outlets = as_outlet_list(outlets)
    if outlets:
        check_outlets(outlets, articles["outlet"])
        keep &= articles["outlet"].isin(outlets)
    for value, name, compare in ((date_from, "date_from", "ge"), (date_to, "date_to", "le")):
        if value:
            bound = parse_date(name, value)
            if compare == "le":
                bound += pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)
            published = articles["published"]
            keep &= (published >= bound if compare == "ge" else published <= bound).fillna(False)
    if frame:
        available = valid_frames(result)
        if frame not in available:
            raise ParameterError(f"frame={frame!r} is not valid; choose one of "
                                 f"{', '.join(map(repr, available))}")
        if "dominant_frame" in articles.columns:
            keep &= articles["dominant_frame"].astype("string") == frame
        else:
            spans = result.spans
            ids = set(spans.loc[(spans["kind"] == "frame_cue") & (spans["label"] == frame),
                                "article_id"])
            keep &= articles["id"].isin(ids)
    if source_type:
        available = valid_source_types(result)
        if source_type not in available:
            raise ParameterError(f"source_type={source_type!r} is not valid; choose one of "
                                 f"{', '.join(map(repr, available))}")
        ids = set(attributions.loc[attributions["speaker_type"] == source_type, "article_id"])
        keep &= articles["id"].isin(ids)
    if tone:
        if "tone_label" not in articles.columns:
            raise ParameterError("tone filter needs the tone analyzer (no tone_label column)")
        labels = TONE_LABELS
        if tone not in labels:
            raise ParameterError(f"tone={tone!r} is not valid; choose one of {labels}")
        keep &= articles["tone_label"] == tone
    columns = [c for c in TABLE_COLUMNS if c in articles.columns]
    if sort_by not in articles.columns:
        raise ParameterError(f"sort_by={sort_by!r} is not a column; choose from "
                             f"{', '.join(columns)}")
    out = articles.loc[keep.fillna(False).astype(bool)]
    out = out.sort_values([sort_by, "id"], ascending=[ascending, True], na_position="last",
                          kind="stable")
    return out[columns].reset_index(drop=True)


def pick(table: pd.DataFrame, article_id: str = "") -> str:
    """``article_id`` if given (it must be in ``table``), else the first article of the table;
    ``""`` when no article matches (a scheduled filter that matches nothing today is not an
    error: the page says so and inspects nothing).

    >>> pick(pd.DataFrame({"id": ["a", "b"]})), pick(pd.DataFrame({"id": []}))
    ('a', '')
    """
    ids = table["id"].tolist()
    if article_id:
        if article_id not in ids:
            shown = ", ".join(ids[:5]) + (" …" if len(ids) > 5 else "")
            raise ParameterError(f"article_id={article_id!r} is not among the {len(ids)} "
                                 f"matching articles{': ' + shown if ids else ''}; leave it "
                                 "empty to inspect the first of them")
        return article_id
    return ids[0] if ids else ""


def describe_matching(table: pd.DataFrame, total: int, **filters) -> str:
    """A sentence saying how many articles match which filters, and from which outlets.

    >>> describe_matching(pd.DataFrame({"id": ["a"], "outlet": ["X"]}), 5, tone="negative")
    '1 of 5 articles match tone = negative: X 1.'
    >>> describe_matching(pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"]}), 2, tone="")
    'No filter set: all 2 articles are listed: X 1; Y 1.'
    """
    used = ", ".join(f"{k} = {v if isinstance(v, str) else ', '.join(map(str, v))}"
                     for k, v in filters.items() if v)
    per = table["outlet"].value_counts() if "outlet" in table and len(table) else {}
    split = "; ".join(f"{o} {n}" for o, n in per.items())
    head = (f"{len(table)} of {total} articles match {used}" if used
            else f"No filter set: all {len(table)} articles are listed")
    return head + (f": {split}." if split else ".")


def save_matching(table: pd.DataFrame, *, out_dir: str | None,
                  name: str = "05_matching_articles") -> list:
    """Write the matching-articles table as ``<out_dir>/<name>.csv`` (nothing when
    ``out_dir`` is empty, like :func:`analysis.charts.save_figure`)."""
    from .charts import save_table

    if not out_dir:
        return []
    return [save_table(table, Path(out_dir) / f"{name}.csv", sort=False)]


def table_html(table: pd.DataFrame, *, max_rows: int = MAX_ROWS) -> str:
    """The matching-articles table as escaped HTML (ids in ``<code>``)."""
    def cell(column, value) -> str:
        if value is pd.NaT:
            text = "undated"
        elif isinstance(value, float):
            text = "" if pd.isna(value) else f"{value:.3f}"
        elif isinstance(value, pd.Timestamp):
            text = f"{value:%Y-%m-%d %H:%M}"
        else:
            text = "" if value is None or value is pd.NA else str(value)
            if text and str(column).startswith("dominant"):  # a frame's code name, for readers
                text = label_text(text)
        text = clean_text(text)
        return f"<td><code>{text}</code></td>" if column == "id" else f"<td>{text}</td>"

    more = (f"<p>… {len(table) - max_rows} more rows not shown.</p>" if len(table) > max_rows
            else "")
    return (f"<p>{len(table)} matching article(s).</p>"
            f"{html_table(table.head(max_rows), cell)}{more}")


class Explorer:
    """The interactive explorer: filters, a sortable table and the inspector.

    Build it with :func:`explorer`; display it in a notebook. Without a live front end (a
    scheduled report) it shows a one-line note instead of the widgets.
    """

    NOTE = ("Interactive explorer: open this notebook in JupyterLab to use the filters. "
            "The static views below show the same table and inspector for the parameters.")

    def __init__(self, result):
        import ipywidgets as w

        self.result = result
        articles = result.articles
        outlets = sorted(articles["outlet"].dropna().astype(str).unique())
        dates = articles["published"].dropna()
        self.outlets = w.SelectMultiple(options=outlets, value=(), description="Outlets",
                                        rows=min(6, max(2, len(outlets))))
        self.date_from = w.DatePicker(description="From",
                                      value=dates.min().date() if len(dates) else None)
        self.date_to = w.DatePicker(description="To",
                                    value=dates.max().date() if len(dates) else None)
        self.frame = w.Dropdown(options=["", *frames_of(result)], description="Frame",
                                disabled=not frames_of(result))
        self.source_type = w.Dropdown(options=["", *source_types_of(result)],
                                      description="Source type",
                                      disabled=not source_types_of(result))
        tones = ["", "negative", "neutral", "positive"] if "tone_label" in articles else [""]
        self.tone = w.Dropdown(options=tones, description="Tone")
        sortable = [c for c in TABLE_COLUMNS if c in articles.columns or c == "n_attributions"]
        self.sort_by = w.Dropdown(options=sortable, value="published", description="Sort by")
        self.ascending = w.Checkbox(value=True, description="ascending")
        self.choice = w.Select(options=[], description="Article", rows=8,
                               layout=w.Layout(width="95%"))
        self.table = w.HTML()
        self.view = w.HTML()
        for control in (self.outlets, self.date_from, self.date_to, self.frame,
                        self.source_type, self.tone, self.sort_by, self.ascending):
            control.observe(lambda _change: self.refresh(), names="value")
        self.choice.observe(lambda _change: self.show(), names="value")
        filters = w.VBox([w.HBox([self.outlets, w.VBox([self.date_from, self.date_to])]),
                          w.HBox([self.frame, self.source_type, self.tone]),
                          w.HBox([self.sort_by, self.ascending])])
        self.widget = w.VBox([filters, self.table, self.choice, self.view])
        self.refresh()

    def matching(self) -> pd.DataFrame:
        """The table for the current choices."""
        return filter_articles(
            self.result, outlets=self.outlets.value,
            date_from=str(self.date_from.value or ""), date_to=str(self.date_to.value or ""),
            frame=self.frame.value, source_type=self.source_type.value, tone=self.tone.value,
            sort_by=self.sort_by.value, ascending=self.ascending.value)

    def refresh(self) -> None:
        table = self.matching()
        self.table.value = table_html(table)
        titles = table["title"] if "title" in table else table["id"]
        options = [(f"{t} — {i}", i) for t, i in zip(titles, table["id"], strict=True)]
        self.choice.options = options
        if options:
            self.choice.value = options[0][1]
        self.show()

    def show(self) -> None:
        chosen = self.choice.value
        self.view.value = inspect(self.result, chosen)._repr_html_() if chosen else ""

    def _repr_mimebundle_(self, **kwargs):
        bundle = self.widget._repr_mimebundle_(**kwargs)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data["text/plain"] = self.NOTE
        return bundle


def explorer(result) -> Explorer:
    """The interactive explorer for a result (needs ``ipywidgets``)."""
    return Explorer(result)
