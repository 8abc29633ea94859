"""House style, shared chart helpers, and the one place that saves charts and tables.

Chart functions (in the sibling modules) only draw: ``chart(table, *, ax=None, ...) -> Axes``;
no ``plt.show()``, no saving. Every chart carries a title, axis labels with units, the number of
articles (N) and a source line: build it on :func:`new_axes` and end with :func:`finish`.
:func:`save_figure` writes PNG and SVG plus a CSV of the plotted numbers next to
them; :func:`save_table` writes CSVs that diff cleanly and are safe to open in a spreadsheet.
"""

from __future__ import annotations

import re
import weakref
from pathlib import Path

import matplotlib.pyplot as plt  # falls back to the Agg backend when there is no display
import pandas as pd
import seaborn as sns

from ..errors import ParameterError

#: House style: readable at report width, no chart junk, colour-blind safe palette.
STYLE = {
    "figure.figsize": (8, 4.5),
    "figure.dpi": 110,
    "savefig.dpi": 150,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "font.size": 10,
    # fixed salt for the ids matplotlib writes into SVG files, so the same chart gives the
    # same bytes on every run (otherwise ids are random)
    "svg.hashsalt": "media-analysis",
}
PALETTE = "colorblind"
#: Decimal places for floats in every CSV the suite writes (diffs stay meaningful).
CSV_FLOAT_FORMAT = "%.4f"
#: First characters that make spreadsheet programs evaluate a cell as a formula (OWASP CSV
#: injection guidance); such cells are written with a leading apostrophe.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def use_style() -> None:
    """Apply the house style to matplotlib (called on import of :mod:`analysis`), and in a
    notebook show each chart with its description (:func:`describe_figure`) as the image's
    alternative text."""
    sns.set_palette(PALETTE)
    plt.rcParams.update(STYLE)
    _show_descriptions()


#: Each chart's description for readers who cannot see it: title, subtitle (N) and source,
#: written by :func:`finish`; kept only as long as the figure lives.
_DESCRIPTIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def describe_figure(fig, title: str, subtitle: str = "", source: str | None = None) -> str:
    """Record and return a chart's text description (its alt text in notebooks and HTML
    reports): ``"Frames per month. N = 67 dated articles. Source: …"``."""
    parts = [title.strip(), _as_sentences(subtitle)]
    if source:
        parts.append(f"Source: {source}")
    text = ". ".join(p.rstrip(".") for p in parts if p) + "."
    _DESCRIPTIONS[fig] = text
    return text


def _as_sentences(text: str) -> str:
    r"""A subtitle's lines as one line of prose: a line break in a chart is a full stop read
    aloud (``"hollow: too few\nToo few in every group"`` → ``"hollow: too few. Too few in
    every group"``), unless the line already ends in punctuation.

    >>> _as_sentences("N = 3 articles\nToo few for an interval")
    'N = 3 articles. Too few for an interval'
    >>> _as_sentences("N = 3 articles;\n  bars: 95%")
    'N = 3 articles; bars: 95%'
    """
    out = ""
    for line in (" ".join(part.split()) for part in text.splitlines()):
        if not line:
            continue
        out += (("" if out[-1] in ".;:,!?(—–-" else ".") + " " if out else "") + line
    return out


def _png_with_description(fig):
    """A figure as PNG for IPython's display, with its description as ``alt`` metadata."""
    from IPython.core.pylabtools import print_figure

    data = print_figure(fig, "png", bbox_inches="tight")
    text = _DESCRIPTIONS.get(fig)
    return (data, {"alt": text}) if text else data


def _show_descriptions() -> None:
    """In IPython, draw figures with :func:`_png_with_description`.

    The inline backend registers its own PNG formatter when the first figure is made (pyplot
    chooses its backend lazily), so ours is (re-)registered after every cell, before the
    backend's own after-cell hook shows the cell's figures (hooks run in the order they were
    registered, and ours is registered on import, before any figure exists)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with the notebook dependencies
        return
    shell = get_ipython()
    if shell is None or getattr(shell, "_media_analysis_alt", False):
        return
    from matplotlib.figure import Figure

    def register():
        shell.display_formatter.formatters["image/png"].for_type(Figure, _png_with_description)

    register()
    shell.events.register("post_execute", register)
    shell._media_analysis_alt = True  # (once per shell, however often analysis is imported)


#: Points between the axes and the title: room for one subtitle line, and for each more.
SUBTITLE_PAD, SUBTITLE_LINE = 22, 12
#: Points between the top of the axes and the subtitle's last line.
SUBTITLE_OFFSET = 4


def finish(ax, title: str, subtitle: str, source: str | None):
    """Give a chart its title, a subtitle (put N here; a line break makes a second line, and
    the title moves up to make room) and a source line; return ax."""
    describe_figure(ax.figure, title, subtitle, source)
    ax.set_title(title, pad=SUBTITLE_PAD + SUBTITLE_LINE * subtitle.count("\n"))
    # (a fixed offset in points, not a share of the axes: on a tall chart 2% of the axes put
    # the subtitle into the title)
    ax.annotate(subtitle, xy=(0, 1), xycoords="axes fraction", xytext=(0, SUBTITLE_OFFSET),
                textcoords="offset points", fontsize=9, color="#555555", va="bottom")
    if source:
        ax.figure.text(0.01, 0.005, f"Source: {source}", fontsize=8, color="#777777",
                       va="bottom")
    ax.figure.tight_layout(rect=(0, 0.03, 1, 1))
    return ax


def label_groups_with_n(ax, counts, *, axis: str = "y") -> None:
    """Add each group's N to its tick label ("Meridian Wire (n=17)", as the tone charts do),
    so a share is read with the number of articles or attributions behind it. ``counts``
    maps a tick label to N; labels not in it are left alone."""
    ticks = ax.get_yticks() if axis == "y" else ax.get_xticks()
    labels = [t.get_text() for t in (ax.get_yticklabels() if axis == "y"
                                     else ax.get_xticklabels())]
    new = [f"{label} (n={int(counts[label]):,})" if label in counts else label
           for label in labels]
    if axis == "y":
        ax.set_yticks(ticks, new)
    else:
        ax.set_xticks(ticks, new)


#: At most this many labelled ticks on a time axis; with more periods every k-th is labelled
#: (a year of weeks stays readable at report width).
MAX_PERIOD_LABELS = 12


def period_ticks(ax, counts: pd.Series, *, positions=None) -> None:
    """Put a time chart's ticks on exactly the periods drawn, each labelled with its start
    date and its N (``2026-08-01`` over ``n=9``), so a share or a mean is read with the number
    of articles behind it and no tick names a date that starts no period (matplotlib's date
    axis adds mid-month ticks). ``counts`` maps each period start to its N, in drawing
    order; ``positions`` are the x values drawn (default: the period starts themselves; a
    categorical axis passes 0, 1, 2, …)."""
    starts = list(counts.index)
    x = list(starts if positions is None else positions)
    step = -(-len(x) // MAX_PERIOD_LABELS)  # ceiling division
    labels = [f"{pd.Timestamp(start):%Y-%m-%d}\nn={int(n):,}" if k % step == 0 else ""
              for k, (start, n) in enumerate(zip(starts, counts, strict=True))]
    ax.set_xticks(x, labels)
    ax.minorticks_off()
    ax.tick_params(axis="x", labelrotation=0, labelsize=8)


#: What a time chart says when the collection has no dates.
NO_DATES = "No dated articles: nothing can be placed in time."


def nothing_to_draw(ax, title: str, reason: str, source: str | None):
    """An empty chart that says why it is empty (e.g. a collection without dates), so a
    report still runs and the reader sees the gap instead of a crash or a blank."""
    ax = new_axes(ax, height=2.5)
    ax.set_axis_off()
    ax.text(0.5, 0.5, reason, ha="center", va="center", transform=ax.transAxes, fontsize=11,
            color="#555555")
    return finish(ax, title, "N = 0", source)


def new_axes(ax=None, height: float | None = None):
    """``ax`` if given, else fresh Axes in house size (``height`` in inches overrides)."""
    if ax is None:
        _, ax = plt.subplots(figsize=(STYLE["figure.figsize"][0], height) if height else None)
    return ax


_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def _safe_name(name: str) -> str:
    if not _NAME_RE.match(name) or ".." in name:
        raise ParameterError(
            f"figure/table name {name!r} must be letters, digits, '_', '-' or '.', "
            "with no folder part")
    return name


def neutralize_formulas(table: pd.DataFrame) -> pd.DataFrame:
    """A copy in which text cells that a spreadsheet would run as a formula start with ``'``.

    >>> neutralize_formulas(pd.DataFrame({"t": ["=SUM(A1)", "ok", "-3 said"]}))["t"].tolist()
    ["'=SUM(A1)", 'ok', "'-3 said"]
    """
    out = table.copy()
    for column in out.columns:
        values = out[column]
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            # (vectorised: non-text cells give NA and are left as they are; a per-cell Python
            # test took seconds per million rows of an evidence file, review 16)
            try:
                risky = values.str.startswith(FORMULA_PREFIXES).fillna(False).astype(bool)
            except AttributeError:  # (a column with no text at all: lists, objects)
                continue
            if risky.any():
                out[column] = values.where(~risky, "'" + values[risky].astype(str))
    return out


def save_table(table: pd.DataFrame, path: str | Path, *, sort: bool = True) -> Path:
    """Write ``table`` as CSV: rows sorted, floats to 4 decimals, formulas neutralised."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    out = table.reset_index(drop=True)
    if sort and len(out.columns):
        sortable = [c for c in out.columns if out[c].map(type).nunique() <= 1]
        if sortable:
            out = out.sort_values(sortable, kind="stable", na_position="last")
    neutralize_formulas(out).to_csv(path, index=False, float_format=CSV_FLOAT_FORMAT,
                                    lineterminator="\n", date_format="%Y-%m-%dT%H:%M:%SZ")
    return path


def evidence_rows(table: pd.DataFrame, *columns: str | None) -> pd.DataFrame:
    """The rows a chart's numbers are computed from, with only the ``columns`` that say how
    (names given twice or as ``None`` are taken once; names the table lacks are skipped), and
    the article id first: the ``evidence`` of :func:`save_figure`.

    >>> t = pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"], "tone": [0.1, -0.2]})
    >>> evidence_rows(t, "outlet", "outlet", None, "tone").columns.tolist()
    ['id', 'outlet', 'tone']
    """
    key = next((c for c in ("id", "article_id") if c in table.columns), None)
    if key is None:
        raise ParameterError("evidence rows need an 'id' or 'article_id' column to lead back "
                             "to the articles")
    chosen = list(dict.fromkeys(c for c in (key, *columns) if c is not None and c in table))
    return table[chosen].reset_index(drop=True)


def save_figure(fig, name: str, *, data: pd.DataFrame, out_dir: str | Path | None,
                formats: tuple[str, ...] = ("png", "svg"),
                evidence: pd.DataFrame | None = None) -> list[Path]:
    """Save a chart as PNG and SVG plus ``<name>.csv`` holding the plotted numbers, and
    ``<name>_evidence.csv`` listing the rows those numbers come from.

    Parameters
    ----------
    fig : Figure or Axes
        The chart (an Axes is saved through its figure).
    name : str
        File name without ending; letters, digits, ``_``, ``-``, ``.`` only.
    data : DataFrame
        The numbers the chart draws, written next to it.
    out_dir : str or Path or None
        Folder to write into (created if missing). ``None`` or ``""`` saves nothing, so a
        notebook's default run leaves no files behind.
    formats : tuple of str
        Image formats to write.
    evidence : DataFrame, optional
        The articles (or attributions, or sentences) the chart's numbers are computed from,
        one row each with its ``id`` or ``article_id`` and the values that put it in a bar or
        point (see :func:`evidence_rows`), written as ``<name>_evidence.csv`` in the order
        given. It is the first step from a number to the words behind it: take an id from it,
        then ``ma.inspect(result, id)``.

    Returns
    -------
    list of Path
        The files written.
    """
    if not out_dir:
        return []
    if evidence is not None and not {"id", "article_id"} & set(evidence.columns):
        raise ParameterError(f"save_figure({name!r}, evidence=...): the evidence rows need an "
                             "'id' or 'article_id' column")
    fig = getattr(fig, "figure", fig)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    name = _safe_name(name)
    written = []
    for fmt in formats:
        path = folder / f"{name}.{fmt}"
        fig.savefig(path, format=fmt, bbox_inches="tight",
                    metadata={"Date": None} if fmt == "svg" else None)
        written.append(path)
    written.append(save_table(data, folder / f"{name}.csv", sort=False))
    if evidence is not None:
        written.append(save_table(evidence, folder / f"{name}_evidence.csv", sort=False))
    return written
