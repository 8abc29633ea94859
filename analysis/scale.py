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

``out/_status.json`` says whether the run finished: a run that stopped (an error in the input,
a killed process) leaves ``"complete": false`` with the articles written so far and the error.
:func:`read_results` refuses such a folder unless asked (``incomplete=True``), so a partial
result is never read as the whole collection; ``analyze_to_parquet(..., resume=True)``
continues it after the batches already written (review 18).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from . import config
from .cache import open_cache
from .corpus import iter_corpus
from .errors import ParameterError, check_choice
from .pipeline import (
    CHUNK_SIZE,
    ENGINES,
    PROGRESS_ENV,
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


#: The file in the output folder that records whether the run finished (see the module doc).
STATUS_FILE = "_status.json"


def read_status(out_dir) -> dict | None:
    """The run status of an :func:`analyze_to_parquet` folder: ``complete`` (bool),
    ``articles`` and ``batches`` written, ``batch_size``, ``rows`` per table, ``started`` /
    ``updated`` (UTC), and ``error`` if the run stopped on one; ``None`` for a folder written
    before the status file existed."""
    path = Path(out_dir) / STATUS_FILE
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"complete": False, "articles": 0, "batches": 0,
                "error": f"{path} cannot be read"}


def _write_status(out: Path, status: dict) -> None:
    status["updated"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    tmp = out / (STATUS_FILE + ".tmp")
    tmp.write_text(json.dumps(status, indent=1), encoding="utf-8")
    os.replace(tmp, out / STATUS_FILE)


def _stopped(status: dict) -> str:
    """How an incomplete run ended, for error messages."""
    said = (f"it stopped after {status.get('articles', 0):,} articles "
            f"({status.get('batches', 0)} batches)")
    if status.get("error"):
        said += f" on: {status['error']}"
    return said


class _TableWriter:
    """Appends DataFrames as numbered Parquet files with one schema: a column all-empty in one
    batch takes the type it has in the others, earlier parts rewritten when a later batch is
    the first to give it one."""

    def __init__(self, folder: Path, parts: int = 0, rows: int = 0):
        self.folder = folder
        self.schema = None
        self.parts = parts
        self.rows = rows
        folder.mkdir(parents=True, exist_ok=True)
        if parts:  # resuming: the schema of the parts written so far
            import pyarrow.parquet as pq

            self.schema = pq.read_schema(folder / f"part-{parts - 1:05d}.parquet")

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
                        # (written beside and renamed: a run killed here leaves each part
                        # whole, old or new; review 21)
                        path = self.folder / f"part-{i:05d}.parquet"
                        tmp = path.with_name(path.name + ".tmp")
                        pq.write_table(pq.read_table(path).cast(wider), tmp)
                        os.replace(tmp, path)
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
    progress: bool | None = None,
    overwrite: bool = False,
    resume: bool = False,
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
    progress : bool, optional
        Show a progress bar counting articles (the total is unknown while streaming); by
        default shown unless the environment sets ``MEDIA_ANALYSIS_PROGRESS=off``.
    overwrite : bool
        Replace an existing result in ``out_dir`` (default: refuse, naming it).
    resume : bool
        Continue a run that stopped (``_status.json`` says ``"complete": false``): the batches
        already written are read past, not analysed again, and the rest are appended. Give the
        same ``source`` and ``batch_size`` as the stopped run (a different ``batch_size`` is
        refused: the batches would not line up).
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
    status = read_status(out) if existing else None
    incomplete = status is not None and not status.get("complete")
    if resume and overwrite:
        raise ParameterError("analyze_to_parquet(): give resume=True or overwrite=True, not both")
    if resume and not incomplete:
        raise ParameterError(
            f"{out} holds no stopped run to resume" + (
                " (its run finished; pass overwrite=True to analyse again)" if status else
                " (no _status.json of an unfinished run)"))
    if resume and status.get("batch_size") != batch_size:
        raise ParameterError(f"resume=True: the stopped run used batch_size="
                             f"{status.get('batch_size')}; give the same to resume it")
    if existing and not (overwrite or resume):
        if incomplete:
            raise ParameterError(
                f"{out} holds an incomplete result: {_stopped(status)}. Pass resume=True to "
                "continue it, or overwrite=True to start again")
        raise ParameterError(f"{out} already holds a result ({', '.join(existing)}); choose "
                             "another folder or pass overwrite=True")
    done = status.get("batches", 0) if resume else 0
    rows = dict(status.get("rows") or {}) if resume else {}
    if resume:
        # a batch the stopped run had begun to write (some tables, not all) is written again
        for table in TABLES:
            for part in (out / table).glob("part-*.parquet"):
                if int(part.stem.split("-")[1]) >= done:
                    part.unlink()
    else:
        for table in existing:
            shutil.rmtree(out / table)
    chosen = choose_analyzers(analyzers)
    configured_analyzers(chosen, options)
    from .cache import _token, fingerprint

    # what the batches were analysed with: a resumed run must use the same (review 21)
    analysis_key = fingerprint(chosen, options) or json.dumps(
        {"analyzers": list(chosen), "options": _token(options or {})}, sort_keys=True)
    if resume and status.get("analysis") != analysis_key:
        raise ParameterError(
            "resume=True: the stopped run used other analyzers, options or code "
            f"(it ran {', '.join(status.get('analyzers') or ['?'])}); give the same analyzers "
            "and options with the same version of the package, or overwrite=True")
    workers = resolve_n_jobs(n_jobs)
    store = open_cache(cache, chosen, options)
    out.mkdir(parents=True, exist_ok=True)
    writers = {t: _TableWriter(out / t, done, rows.get(t, 0)) for t in TABLES}
    if not resume:
        status = {"complete": False, "articles": 0, "batches": 0, "batch_size": batch_size,
                  "analyzers": list(chosen), "analysis": analysis_key,
                  "rows": {t: 0 for t in TABLES},
                  "started": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")}
    status.pop("error", None)
    _write_status(out, status)
    batches = iter_corpus(source, batch_size=batch_size, format=format, columns=columns,
                          outlet=outlet, encoding=encoding, on_error=on_error,
                          dayfirst=dayfirst, html=html, sep=sep)
    if progress is None:
        progress = os.environ.get(PROGRESS_ENV, "").strip().lower() not in config.OFF_WORDS
    pool = _process_pool(workers) if engine == "local" and workers > 1 else None
    try:
        with tqdm(disable=not progress, desc="Analysing", unit=" articles",
                  initial=status["articles"]) as bar:
            number = -1
            for number, corpus in enumerate(batches):
                if number < done:
                    # resuming: written by the stopped run; the source must give the same
                    # articles there (review 21: another file was appended silently)
                    _same_batch(out, number, corpus)
                    continue
                result = analyze_normalised(corpus, chosen, options, store=store,
                                            n_jobs=workers, chunk_size=chunk_size,
                                            engine=engine, bar=bar, executor=pool)
                for table in TABLES:
                    writers[table].write(getattr(result, table))
                status["batches"] = number + 1
                status["articles"] += len(corpus)
                status["rows"] = {t: w.rows for t, w in writers.items()}
                _write_status(out, status)
                del result, corpus
            if number + 1 < done:
                raise ParameterError(
                    f"resume=True: the source ends after {number + 1} batches, but the stopped "
                    f"run had written {done}; give the same source, or overwrite=True")
    except BaseException as exc:  # (a KeyboardInterrupt too: the status says where it stopped)
        status["error"] = f"{type(exc).__name__}: {exc}"[:500]
        _write_status(out, status)
        raise
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    status["complete"] = True
    _write_status(out, status)
    return {t: w.rows for t, w in writers.items()}


def _same_batch(out: Path, number: int, corpus: pd.DataFrame) -> None:
    """Raise unless batch ``number`` of a resumed source holds the articles (ids, in order)
    the stopped run wrote as that batch."""
    import pyarrow.parquet as pq

    written = [str(i) for i in pq.read_table(out / "articles" / f"part-{number:05d}.parquet",
                                             columns=["id"])["id"].to_pylist()]
    given = corpus["id"].astype(str).tolist()
    if given != written:
        at = next((k for k, (a, b) in enumerate(zip(written, given, strict=False)) if a != b),
                  min(len(written), len(given)))
        raise ParameterError(
            f"resume=True: batch {number + 1} of this source is not the one the stopped run "
            f"wrote (article {at + 1} of the batch differs); give the same source, or "
            "overwrite=True")


def read_results(out_dir, table: str, *, columns: Sequence[str] | None = None,
                 incomplete: bool = False) -> pd.DataFrame:
    """One table of an :func:`analyze_to_parquet` result as a DataFrame.

    Parameters
    ----------
    out_dir : str or Path
        The folder given to :func:`analyze_to_parquet`.
    table : {"articles", "sentences", "spans", "attributions"}
    columns : sequence of str, optional
        Read only these columns (much less memory for the big tables).
    incomplete : bool
        Read the batches of a run that stopped before the end (default: refuse, saying how
        far it got; see :func:`read_status`).

    A ``spans`` table holds the ``weight`` of every span (a frame cue's lexicon weight, else
    1.0); a dataset written before spans carried a weight has no such column, and the
    inspector then shows its frame cues without their weights and sums.
    """
    check_choice("table", table, TABLES)
    folder = Path(out_dir) / table
    if not folder.is_dir():
        raise ParameterError(f"{folder} does not exist; run analyze_to_parquet() first")
    status = read_status(out_dir)
    if status is not None and not status.get("complete") and not incomplete:
        raise ParameterError(
            f"{out_dir} holds an incomplete result: {_stopped(status)}. Resume it with "
            "analyze_to_parquet(..., resume=True), or pass incomplete=True to read the "
            f"{status.get('articles', 0):,} articles written")
    parts = sorted(folder.glob("part-*.parquet"))
    if status is not None and not status.get("complete"):
        # (a batch being written when the run stopped may have some tables and not others)
        parts = [p for p in parts if int(p.stem.split("-")[1]) < status.get("batches", 0)]
    frames = [pd.read_parquet(p, columns=list(columns) if columns else None) for p in parts]
    if not frames:
        return pd.DataFrame(columns=list(columns or []))
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]

