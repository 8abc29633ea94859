"""Running the per-article analysis on Dask: ``analyze(corpus, engine="dask")``.

The work is the same :func:`analysis.pipeline.analyze_chunk` as the local engine's, one Dask
task per chunk; the tables are assembled in the calling process exactly as for the local
engine, so the result is identical. With an active ``dask.distributed`` client (for example
``Client(LocalCluster())`` or a client connected to a cluster of several machines) the tasks
run on its workers; without one, on Dask's default local scheduler.

Install with ``pip install "media-analysis[dask]"`` (or the ``dask`` and ``distributed``
conda packages). Each worker needs this package installed, since it runs its code.
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from .errors import ParameterError


def _require_dask():
    try:
        import dask
    except ImportError:  # pragma: no cover - the dask extra is installed by `make setup`
        raise ParameterError('engine="dask" needs Dask: pip install "media-analysis[dask]"') \
            from None
    return dask


def active_client():
    """The current ``dask.distributed`` client, or ``None``."""
    try:
        from distributed import get_client
    except ImportError:
        return None
    try:
        return get_client()
    except ValueError:  # no client has been started
        return None


def run_on_dask(args: list[tuple]) -> Iterator:
    """Run ``analyze_chunk(*arg)`` for every ``arg`` as Dask tasks; yield each chunk's tables
    as it finishes (on a distributed client) or all at the end (local scheduler)."""
    dask = _require_dask()
    from .pipeline import analyze_chunk

    client = active_client()
    if client is not None:
        from distributed import as_completed

        futures = [client.submit(analyze_chunk, *arg, pure=False) for arg in args]
        try:
            for future in as_completed(futures):
                yield future.result()
        finally:
            client.cancel(futures)
        return
    tasks = [dask.delayed(analyze_chunk, pure=True)(*arg) for arg in args]
    yield from dask.compute(*tasks)


def to_pandas(corpus) -> pd.DataFrame:
    """A Dask DataFrame corpus gathered into pandas and normalised by ``load_corpus`` (it
    needs ``id`` and ``text`` columns)."""
    _require_dask()
    import dask.dataframe as dd

    if not isinstance(corpus, dd.DataFrame):
        raise ParameterError(f'engine="dask" takes a DataFrame (pandas or Dask), a file or a '
                             f"folder, not a {type(corpus).__name__}")
    missing = [c for c in ("id", "text") if c not in corpus.columns]
    if missing:
        raise ParameterError(f"the Dask DataFrame has no {', '.join(missing)} column(s)")
    from .corpus import load_corpus

    frame = corpus.compute().reset_index(drop=True)
    for column in frame.columns:  # Dask's pyarrow strings → plain values, then the schema
        if isinstance(frame[column].dtype, pd.StringDtype):
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return load_corpus(frame)
