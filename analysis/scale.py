"""Collections larger than memory: ``analyze_to_parquet(source, out_dir)``.

:func:`analysis.analyze` returns every table in memory, which suits collections of up to a few
hundred thousand articles. For bigger ones, :func:`analyze_to_parquet` reads the input batch
by batch (:func:`analysis.corpus.iter_corpus`), analyses each batch with the same code (in
worker processes, through the cache) and appends each table to a Parquet dataset, so memory
is bounded by the batch size, not the collection::

    out/articles/part-00000.parquet      (corpus metadata + per-article metrics)
    out/sentences/part-00000.parquet
    out/spans/part-00000.parquet
    out/attributions/part-00000.parquet

Read the results back with :func:`read_results` (one table, optionally some columns), with
``pandas.read_parquet("out/articles")`` or, for more than memory, with Dask
(``dask.dataframe.read_parquet("out/spans")``).
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from .cache import open_cache
from .corpus import iter_corpus
from .errors import ParameterError, check_choice
from .pipeline import (
    CHUNK_SIZE,
    ENGINES,
    TABLES,
    _process_pool,
    analyze_normalised,
    choose_analyzers,
    configured_analyzers,
    resolve_n_jobs,
)

#: Articles read and analysed per batch by default: ~15 MB of text at 500 words an article;
#: the batch's tables (~110 spans and 30 sentences an article) take several hundred MB while
#: they are assembled and written, so this bounds peak memory.
BATCH_SIZE = 5_000


class _TableWriter:
    """Appends DataFrames as numbered Parquet files with one schema: a column all-empty in one
    batch takes the type it has in the others, earlier parts rewritten when a later batch is
    the first to give it one."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.schema = None
        self.parts = 0
        self.rows = 0
        folder.mkdir(parents=True, exist_ok=True)

    def write(self, frame: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(frame, preserve_index=False)
        if self.schema is None:
            self.schema = table.schema
        elif table.schema.names == self.schema.names and not table.schema.equals(
                self.schema, check_metadata=False):
            # a column empty in one batch has Arrow's null type; a later batch gives it a real
            # one (and an integer column may turn float): widen to the common type, rewriting
            # the parts written so far, so that every part has one schema and the folder reads
            # back as one table
            try:
                wider = pa.unify_schemas([self.schema, table.schema],
                                         promote_options="permissive")
            except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
                wider = None
            if wider is not None:
                wider = wider.with_metadata(self.schema.metadata)
                if not wider.equals(self.schema):
                    for i in range(self.parts):
                        path = self.folder / f"part-{i:05d}.parquet"
                        pq.write_table(pq.read_table(path).cast(wider), path)
                    self.schema = wider
                table = table.cast(self.schema)
        pq.write_table(table, self.folder / f"part-{self.parts:05d}.parquet")
        self.parts += 1
        self.rows += len(frame)


def analyze_to_parquet(
    source,
    out_dir,
    *,
    analyzers: Sequence[str] | None = None,
    options: dict[str, dict] | None = None,
    batch_size: int = BATCH_SIZE,
    n_jobs: int | None = None,
    chunk_size: int = CHUNK_SIZE,
    cache=None,
    engine: str = "local",
    progress: bool = True,
    overwrite: bool = False,
    format: str = "auto",
    columns: Mapping[str, str] | None = None,
    outlet: str | None = None,
    encoding: str | None = None,
    on_error: str = "raise",
    dayfirst: bool | None = None,
    html: bool = True,
    sep: str | None = None,
) -> dict[str, int]:
    """Analyse a collection of any size into a Parquet dataset, batch by batch.

    Parameters
    ----------
    source : str, Path or DataFrame
        What :func:`analysis.load_corpus` accepts; CSV/TSV, JSON Lines and Parquet files are
        streamed (see :func:`analysis.corpus.iter_corpus`).
    out_dir : str or Path
        Folder to write ``articles/``, ``sentences/``, ``spans/`` and ``attributions/`` into.
    analyzers, options, n_jobs, chunk_size, engine
        As for :func:`analysis.analyze`.
    batch_size : int
        Articles read, analysed and written at a time (default :data:`BATCH_SIZE`); peak memory
        grows with it, not with the collection.
    cache : None, "auto", str or Path
        As for :func:`analysis.analyze`, but off by default: the dataset written here already
        keeps the results.
    progress : bool
        Show a progress bar counting articles (the total is unknown while streaming).
    overwrite : bool
        Replace an existing result in ``out_dir`` (default: refuse, naming it).
    format, columns, outlet, encoding, on_error, dayfirst, html, sep
        As for :func:`analysis.load_corpus` (a day-first date column too big for memory is
        read right with ``dayfirst=True``).

    Returns
    -------
    dict
        Rows written per table, e.g. ``{"articles": 1000000, "sentences": …}``.

    Examples
    --------
    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "result"
    >>> corpus = pd.DataFrame({"text": ["Mr. Holm left. He said no.", "It rained."]})
    >>> analyze_to_parquet(corpus, out, progress=False)["articles"]
    2
    >>> read_results(out, "sentences", columns=["article_id", "text"]).values.tolist()
    [['row-1', 'Mr. Holm left.'], ['row-1', 'He said no.'], ['row-2', 'It rained.']]
    """
    check_choice("engine", engine, ENGINES)
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ParameterError(f"batch_size={batch_size!r}: give a positive number of articles")
    out = Path(out_dir)
    existing = [t for t in TABLES if (out / t).exists()]
    if existing and not overwrite:
        raise ParameterError(f"{out} already holds a result ({', '.join(existing)}); choose "
                             "another folder or pass overwrite=True")
    for table in existing:
        shutil.rmtree(out / table)
    chosen = choose_analyzers(analyzers)
    configured_analyzers(chosen, options)
    workers = resolve_n_jobs(n_jobs)
    store = open_cache(cache, chosen, options)
    writers = {t: _TableWriter(out / t) for t in TABLES}
    batches = iter_corpus(source, batch_size=batch_size, format=format, columns=columns,
                          outlet=outlet, encoding=encoding, on_error=on_error,
                          dayfirst=dayfirst, html=html, sep=sep)
    pool = _process_pool(workers) if engine == "local" and workers > 1 else None
    try:
        with tqdm(disable=not progress, desc="Analysing", unit=" articles") as bar:
            for corpus in batches:
                result = analyze_normalised(corpus, chosen, options, store=store,
                                            n_jobs=workers, chunk_size=chunk_size,
                                            engine=engine, bar=bar, executor=pool)
                for table in TABLES:
                    writers[table].write(getattr(result, table))
                del result, corpus
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return {t: w.rows for t, w in writers.items()}


def read_results(out_dir, table: str, *, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """One table of an :func:`analyze_to_parquet` result as a DataFrame.

    Parameters
    ----------
    out_dir : str or Path
        The folder given to :func:`analyze_to_parquet`.
    table : {"articles", "sentences", "spans", "attributions"}
    columns : sequence of str, optional
        Read only these columns (much less memory for the big tables).

    A ``spans`` table holds the ``weight`` of every span (a frame cue's lexicon weight, else
    1.0); a dataset written before spans carried a weight has no such column, and the
    inspector then shows its frame cues without their weights and sums.
    """
    check_choice("table", table, TABLES)
    folder = Path(out_dir) / table
    if not folder.is_dir():
        raise ParameterError(f"{folder} does not exist; run analyze_to_parquet() first")
    parts = sorted(folder.glob("part-*.parquet"))
    frames = [pd.read_parquet(p, columns=list(columns) if columns else None) for p in parts]
    if not frames:
        return pd.DataFrame(columns=list(columns or []))
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]

