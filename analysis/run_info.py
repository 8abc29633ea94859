"""What a report records about its own run: parameters, corpus size, dates, versions."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import metadata

import pandas as pd

from . import config

#: How charts credit the bundled sample.
SAMPLE_LABEL = "invented sample collection bundled with the suite (data/sample)"


def source_label(corpus: pd.DataFrame) -> str:
    """The source line for charts: the corpus file, or a clear label for the invented sample.

    >>> source_label(pd.DataFrame())
    '<DataFrame>'
    """
    source = corpus.attrs.get("source", "<DataFrame>")
    try:
        if source != "<DataFrame>" and config.SAMPLE_CORPUS.samefile(source):
            return SAMPLE_LABEL
    except OSError:
        pass
    return source


def describe_run(corpus: pd.DataFrame, **parameters) -> str:
    """Markdown block for the top of a report: what was run, on what, with which versions.

    >>> print(describe_run(pd.DataFrame({"outlet": ["A"], "published": [pd.NaT]}), n=3)
    ...       .splitlines()[1])
    - **Corpus**: <DataFrame> — 1 articles from 1 outlets, no dated articles
    """
    dates = corpus["published"].dropna()
    span = (f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates)
            else "no dated articles")
    try:
        version = metadata.version("media-analysis")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a plain checkout
        version = "unknown"
    shown = ", ".join(f"`{k}` = `{v!r}`" for k, v in parameters.items()) or "defaults"
    return "\n".join([
        "**What was run**",
        f"- **Corpus**: {corpus.attrs.get('source', '<DataFrame>')} — {len(corpus)} articles "
        f"from {corpus['outlet'].nunique()} outlets, {span}",
        f"- **Parameters**: {shown}",
        f"- **media-analysis** {version}, pandas {pd.__version__}; "
        f"run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
    ])
