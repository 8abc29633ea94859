"""What a report records about its own run: parameters, corpus size, dates, versions."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from importlib import metadata
from pathlib import PurePath

import pandas as pd

from . import config

#: How charts credit the bundled sample.
SAMPLE_LABEL = "invented sample collection bundled with the suite (data/sample)"


def public_name(path: str | os.PathLike) -> str:
    """How a published report names a local file or folder: the bundled sample by
    :data:`SAMPLE_LABEL`, anything else by its name alone. A full path shows the reader a
    user's folders and the server's layout, which say nothing about the articles.

    >>> public_name("/home/ana/newsroom/2026/corpus.jsonl"), public_name("corpus/")
    ('corpus.jsonl', 'corpus')
    """
    try:
        if config.SAMPLE_CORPUS.samefile(path):
            return SAMPLE_LABEL
    except OSError:
        pass
    return _file_name(path)


def _file_name(path: str | os.PathLike) -> str:
    """The last part of a path (``corpus/`` → ``corpus``), or the path when it has none."""
    return PurePath(path).name or str(path)


def source_label(corpus: pd.DataFrame) -> str:
    """The source line for charts: the corpus file's name, or a clear label for the invented
    sample.

    >>> source_label(pd.DataFrame())
    '<DataFrame>'
    """
    source = corpus.attrs.get("source", "<DataFrame>")
    return source if source == "<DataFrame>" else public_name(source)


def _shown(name: str, value: object) -> object:
    """A parameter as a report prints it: paths (``*_path``, ``*_dir``) by their file or folder
    name alone (the corpus line names the bundled sample as such)."""
    if name.endswith(("_path", "_dir")) and isinstance(value, str | os.PathLike) and value:
        return _file_name(value)
    return value


def describe_run(corpus: pd.DataFrame, **parameters) -> str:
    """Markdown block for the top of a report: what was run, on what, with which versions.

    >>> print(describe_run(pd.DataFrame({"outlet": ["A"], "published": [pd.NaT]}), n=3)
    ...       .splitlines()[1])
    - **Corpus**: <DataFrame> — 1 article from 1 outlet, no dated articles

    After :func:`analysis.select`, a line says what the outlets and dates left out.
    """
    from .select import describe_selection
    from .stats import plural

    dates = corpus["published"].dropna()
    span = (f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates)
            else "no dated articles")
    try:
        version = metadata.version("media-analysis")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a plain checkout
        version = "unknown"
    shown = ", ".join(f"`{k}` = `{_shown(k, v)!r}`" for k, v in parameters.items()) or \
        "defaults"
    return "\n".join([
        "**What was run**",
        f"- **Corpus**: {source_label(corpus)} — {plural(len(corpus), 'article')} "
        f"from {plural(corpus['outlet'].nunique(), 'outlet')}, {span}",
        *([f"- **Selected**: {selected}"] if (selected := describe_selection(corpus)) else []),
        f"- **Parameters**: {shown}",
        f"- **media-analysis** {version}, pandas {pd.__version__}; "
        f"run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
    ])
