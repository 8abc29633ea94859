"""An on-disk cache of analysis results, so re-runs analyse only new or changed articles.

Layout: ``<root>/<fingerprint>/batch-<time>-<pid>-<random>/{articles,sentences,spans,
attributions}.parquet``. Each batch holds the :class:`analysis.pipeline.ChunkTables` of one
analysed chunk, keyed by the articles' content hashes (``_hash``).

**What a result is keyed by.** An article's results depend on its text and on the code and
data that analysed it, so the cache folder is named by a *fingerprint* of

* the analyzers that ran and the options they were given (a lexicon file given as an option
  counts by its content, not its name);
* the source of every module of the package that analyses text (everything but the charts,
  reports, evaluation and notebook tooling) and every shipped lexicon file;
* the version of vaderSentiment (its lexicon scores the tone) and of this cache's format;

and inside it each article is found by the hash of its text. Changing an article's text
changes its hash; changing a lexicon, an analyzer, an option or the VADER version changes the
fingerprint, and everything is analysed again into a new folder. Nothing is ever updated in
place: a batch is written to a temporary folder and renamed when complete, so an interrupted
or concurrent run leaves no half-written batch (at worst some articles are analysed twice, and
the first batch holding an article wins).

Old fingerprints' folders are left on disk until removed: :func:`cache_summary` lists every
folder (articles, size, last written, whether the current code made it), :func:`prune_cache`
removes the folders the current code no longer reads, and :func:`clear_cache` removes them all
(``python -m analysis cache [--prune | --clear]`` on the command line).
:func:`cache_status` says how much of a collection the cache already holds, before a run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
import warnings
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import pandas as pd

from . import config
from .errors import ParameterError
from .pipeline import TABLES

#: Bumped when the on-disk layout changes.
CACHE_FORMAT = 1
#: File in each fingerprint folder recording the code that made it (see :func:`prune_cache`).
META_FILE = "meta.json"
#: Environment variable naming the cache folder for ``cache="auto"`` (``off`` disables it).
CACHE_ENV = "MEDIA_ANALYSIS_CACHE"
#: Modules and sub-packages that do not analyse text: changing them keeps cached results.
NOT_ANALYSIS = {"__main__.py", "bench.py", "report.py", "notebook_tools.py", "run_info.py",
                "explore.py", "inspect.py", "compare.py", "reuse.py", "stats.py",
                "uncertainty.py", "vocabulary.py", "topics.py", "sourcing_stats.py",
                "select.py", "cache.py", "scale.py", "dask_engine.py"}
NOT_ANALYSIS_DIRS = {"charts", "evaluate", "templates"}
#: Articles per cache batch: analysed chunks are written together once they reach this many
#: (and at the end of a run), so a big run keeps its progress if interrupted while a re-run
#: reads a few large files rather than many small ones.
BATCH_ARTICLES = 5_000
PACKAGE_DIR = Path(__file__).resolve().parent


#: Words that turn the cache off, in ``MEDIA_ANALYSIS_CACHE`` and in ``analyze(cache=...)``.
_OFF_WORDS = config.OFF_WORDS


def default_cache_dir() -> Path | None:
    """The folder ``cache="auto"`` uses: ``$MEDIA_ANALYSIS_CACHE``, else
    ``$XDG_CACHE_HOME/media-analysis`` or ``~/.cache/media-analysis``; ``None`` when the
    variable is ``off``, ``0``, ``false`` or ``no``."""
    value = os.environ.get(CACHE_ENV, "").strip()
    if value.lower() in _OFF_WORDS:
        return None
    if value:
        return Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "media-analysis"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the package's text-analysing modules, its lexicons and the VADER version."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"format {CACHE_FORMAT}".encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        relative = path.relative_to(PACKAGE_DIR)
        if not path.is_file() or relative.parts[0] in NOT_ANALYSIS_DIRS \
                or "__pycache__" in relative.parts:
            continue
        if path.suffix == ".py" and path.name in NOT_ANALYSIS and len(relative.parts) == 1:
            continue
        if path.suffix not in (".py", ".csv", ".toml", ".md"):
            continue
        digest.update(str(relative).encode())
        digest.update(path.read_bytes())
    try:
        digest.update(metadata.version("vaderSentiment").encode())
    except metadata.PackageNotFoundError:  # pragma: no cover - a declared dependency
        pass
    return digest.hexdigest()


def _token(value):
    """A JSON-able stand-in for an option value that changes whenever its meaning does."""
    if isinstance(value, pd.DataFrame | pd.Series):
        hashed = pd.util.hash_pandas_object(value, index=True).to_numpy().tobytes()
        return {"frame": hashlib.blake2b(hashed, digest_size=16).hexdigest(),
                "columns": [str(c) for c in getattr(value, "columns", [])]}
    if isinstance(value, dict):
        return {str(k): _token(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_token(v) for v in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    if isinstance(value, str | os.PathLike):
        path = Path(value)
        try:
            if path.is_file():
                # the file's content and kind, not its path: a copy of a lexicon saved
                # elsewhere reads the same results (review 18)
                return {"file_type": path.suffix.lower(),
                        "sha": hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()}
        except (OSError, ValueError):
            pass
        return str(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    return repr(value)


def fingerprint(chosen: Sequence[str], options: dict | None) -> str | None:
    """The cache folder name for these analyzers and options, or ``None`` when an analyzer
    comes from outside this package (its code cannot be fingerprinted, so it is not cached)."""
    from .pipeline import ANALYZERS

    for name in chosen:
        module = getattr(ANALYZERS[name], "__module__", None) or \
            type(ANALYZERS[name]).__module__
        if not module.startswith("analysis."):
            return None
    payload = json.dumps({"analyzers": list(chosen), "options": _token(options or {}),
                          "code": code_fingerprint()}, sort_keys=True)
    return hashlib.blake2b(payload.encode(), digest_size=12).hexdigest()


def _to_pandas(tables: list) -> pd.DataFrame:
    """One DataFrame from a table's parts in several batches: a single Arrow concatenation
    and conversion where the types agree (columns all-null in one batch take the others'
    type), else batch by batch."""
    import pyarrow as pa

    from .pipeline import concat_tables

    tables = [t for t in tables if t.num_rows] or tables[:1]
    try:
        return pa.concat_tables(tables, promote_options="permissive").to_pandas()
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        return concat_tables([t.to_pandas() for t in tables])


def _read(path: Path):
    """One cached table. ``ParquetFile.read`` skips the dataset layer of ``pq.read_table``
    (partition discovery, filters), about half the time of a warm re-run's reading."""
    import pyarrow.parquet as pq

    with pq.ParquetFile(path) as handle:
        return handle.read()


class ResultCache:
    """The results of one fingerprint: look articles up by content hash, store new chunks."""

    def __init__(self, root: Path, key: str):
        self.root = Path(root)
        self.dir = self.root / key
        self._pending: list = []

    def batches(self) -> list[Path]:
        """Complete batches, oldest first."""
        if not self.dir.is_dir():
            return []
        return sorted(p for p in self.dir.iterdir()
                      if p.name.startswith("batch-") and (p / "attributions.parquet").is_file())

    def lookup(self, keys: set[str]) -> list:
        """The cached :class:`~analysis.pipeline.ChunkTables` covering as many of ``keys`` as
        the cache holds; each key comes from exactly one batch (the oldest holding it)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        from .pipeline import ChunkTables

        remaining = set(keys)
        found: dict[str, list] = {name: [] for name in TABLES}
        self._mark_used()
        for batch in self.batches():
            if not remaining:
                break
            try:
                articles = _read(batch / "articles.parquet")
                held = articles["_hash"]
                wanted = remaining & set(held.to_pylist())
                if not wanted:
                    continue
                tables = {"articles": articles, **{name: _read(batch / f"{name}.parquet")
                                                   for name in TABLES[1:]}}
            except (OSError, pa.ArrowException) as exc:
                # a batch is renamed into place only once complete, so one whose files do not
                # parse is damaged: remove it, or it warns on every run (review 18); an error
                # of the system (too many open files, no permission on a shared cache) says
                # nothing about the batch, which is kept (review 21)
                if isinstance(exc, pa.ArrowException):
                    shutil.rmtree(batch, ignore_errors=True)
                    what = ("it is removed" if not batch.exists() else
                            "it could not be removed (`python -m analysis cache --clear` "
                            "empties the cache)")
                else:
                    what = "it is kept (the error may pass)"
                warnings.warn(f"cache batch {batch} is unreadable ({exc}); {what}, and its "
                              "articles are read from another batch or analysed again",
                              RuntimeWarning, stacklevel=3)
                continue
            if len(wanted) < len(held):
                value_set = pa.array(sorted(wanted))
                # (a table with no rows in this batch, e.g. no attribution in any of its
                # articles, was written with a column of type null: nothing to filter)
                tables = {name: table.filter(pc.is_in(table["_hash"], value_set=value_set))
                          if table.num_rows else table for name, table in tables.items()}
            for name, table in tables.items():
                found[name].append(table)
            remaining -= wanted
        if not found["articles"]:
            return []
        return [ChunkTables(**{name: _to_pandas(tables) for name, tables in found.items()})]

    def store(self, part) -> None:
        """Keep one analysed chunk; chunks are written together as one batch once they hold
        :data:`BATCH_ARTICLES` articles, and at :meth:`flush` (fewer, larger batches read
        faster)."""
        if len(part):
            self._pending.append(part)
        if sum(len(p) for p in self._pending) >= BATCH_ARTICLES:
            self.flush()

    def flush(self) -> None:
        """Write the kept chunks as a new batch (atomically: temporary folder, then rename).

        Chunks whose tables Parquet cannot hold (a column mixing numbers and text, say) are
        not cached, with a warning; the analysis itself is unaffected.
        """
        import pyarrow as pa

        from .pipeline import ChunkTables, concat_tables

        if not self._pending:
            return
        parts, self._pending = self._pending, []
        part = parts[0] if len(parts) == 1 else ChunkTables(**{
            name: concat_tables([getattr(p, name) for p in parts]) for name in TABLES})
        name = f"batch-{time.time_ns():020d}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        tmp = self.dir / f".tmp-{name}"
        try:
            tmp.mkdir(parents=True, exist_ok=False)
            self._describe()
            for table in TABLES:
                getattr(part, table).to_parquet(tmp / f"{table}.parquet", index=False)
            os.replace(tmp, self.dir / name)
        except (OSError, pa.ArrowException, ValueError, TypeError) as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            warnings.warn(f"could not cache {len(part)} analysed article(s) in {self.dir}: "
                          f"{exc}", RuntimeWarning, stacklevel=3)

    def _mark_used(self) -> None:
        """Set ``meta.json``'s time to now: the folder was read by a run (see
        :func:`prune_cache`, which keeps folders used recently whatever code made them)."""
        try:
            os.utime(self.dir / META_FILE)
        except OSError:  # (no folder yet, or a read-only cache: nothing to mark)
            pass

    def _describe(self) -> None:
        """Write ``meta.json`` (once per folder): which code and analyzers made the folder, so
        :func:`prune_cache` can tell the folders the current code reads from older ones."""
        meta = self.dir / META_FILE
        if meta.exists():
            return
        from . import __version__

        tmp = self.dir / f".tmp-meta-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        tmp.write_text(json.dumps({"code": code_fingerprint(), "package_version": __version__,
                                   "created": time.strftime("%Y-%m-%d %H:%M:%S UTC",
                                                            time.gmtime())}),
                       encoding="utf-8")
        os.replace(tmp, meta)

    def cached(self, keys: set[str]) -> set[str]:
        """Which of ``keys`` the cache holds (reads only the articles' key column)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        held: set[str] = set()
        for batch in self.batches():
            if len(held) == len(keys):  # (all found: the other batches need not be read)
                break
            try:
                held |= keys & set(pq.read_table(batch / "articles.parquet",
                                                 columns=["_hash"])["_hash"].to_pylist())
            except (OSError, pa.ArrowException, KeyError):
                continue  # (lookup warns about an unreadable batch when the analysis reads it)
        return held

    def __repr__(self) -> str:
        return f"ResultCache({str(self.dir)!r}, {len(self.batches())} batches)"


def open_cache(cache, chosen: Sequence[str], options: dict | None) -> ResultCache | None:
    """The :class:`ResultCache` that ``analyze(cache=...)`` uses, or ``None`` for no cache."""
    if cache is None or cache is False or (
            isinstance(cache, str) and cache.strip().lower() in _OFF_WORDS):
        return None  # ("off" as the environment variable spells it, not a folder named off)
    if cache is True or (isinstance(cache, str) and cache == "auto"):
        root = default_cache_dir()
    elif isinstance(cache, str | os.PathLike):
        root = Path(cache).expanduser()
    else:
        raise ParameterError(f"cache={cache!r}: give 'auto', a folder, or None for no cache")
    if root is None:
        return None
    if root.exists() and not root.is_dir():
        raise ParameterError(f"cache={str(root)!r} is a file; give a folder")
    key = fingerprint(chosen, options)
    return None if key is None else ResultCache(root, key)


def _root(cache) -> Path | None:
    return default_cache_dir() if cache == "auto" else Path(cache).expanduser()


def _fingerprint_folders(root: Path | None) -> list[Path]:
    """The fingerprint folders under a cache root (24 hex characters), nothing else."""
    if root is None or not root.is_dir():
        return []
    return sorted(folder for folder in root.iterdir() if folder.is_dir()
                  and len(folder.name) == 24 and all(c in "0123456789abcdef" for c in folder.name))


def _is_current(folder: Path) -> bool | None:
    """Whether the current code reads ``folder``: its ``meta.json`` names the current code, or
    (a folder written before meta files existed) it is the default analysis's folder. ``None``
    when that cannot be told (an older folder of other analyzers or options)."""
    from .pipeline import choose_analyzers

    try:
        return json.loads((folder / META_FILE).read_text(encoding="utf-8"))["code"] == \
            code_fingerprint()
    except (OSError, ValueError, KeyError, TypeError):
        if folder.name == fingerprint(choose_analyzers(None), None):
            return True
        return None


def cache_summary(cache="auto") -> pd.DataFrame:
    """One row per fingerprint folder under the cache folder, newest first.

    Columns: ``folder`` (its name), ``current`` (``True`` when the current code reads it,
    ``False`` when other code made it, ``<NA>`` when that cannot be told: a folder from before
    the cache recorded its code, for other analyzers or options), ``batches``, ``articles``
    (rows held, an edited article counting once per version), ``megabytes`` and
    ``last_written`` and ``last_used`` (UTC; a run reading the folder marks it used).

    Parameters
    ----------
    cache : "auto", str or Path
        The folder (``"auto"``: the one :func:`analysis.analyze` uses by default).
    """
    import pyarrow.parquet as pq

    rows = []
    for folder in _fingerprint_folders(_root(cache)):
        batches = [p for p in folder.iterdir() if p.name.startswith("batch-")]
        files = [f for f in folder.rglob("*") if f.is_file()]
        articles = 0
        for batch in batches:
            try:
                articles += pq.ParquetFile(batch / "articles.parquet").metadata.num_rows
            except Exception:  # noqa: BLE001 - an unreadable batch holds nothing usable
                pass
        newest = max((f.stat().st_mtime for f in files), default=folder.stat().st_mtime)
        rows.append({"folder": folder.name, "current": _is_current(folder),
                     "batches": len(batches), "articles": articles,
                     "megabytes": round(sum(f.stat().st_size for f in files) / 1e6, 1),
                     "last_written": pd.Timestamp(newest, unit="s", tz="UTC").floor("s"),
                     "last_used": pd.Timestamp(_last_used(folder), unit="s",
                                               tz="UTC").floor("s")})
    table = pd.DataFrame(rows, columns=["folder", "current", "batches", "articles", "megabytes",
                                        "last_written", "last_used"])
    table["current"] = table["current"].astype("boolean")
    return table.sort_values("last_written", ascending=False, ignore_index=True)


def _last_used(folder: Path) -> float:
    """When a run last read or wrote ``folder`` (seconds since the epoch)."""
    times = [p.stat().st_mtime for p in (folder / META_FILE, *folder.glob("batch-*"))
             if p.exists()]
    return max(times, default=folder.stat().st_mtime)


#: Days a folder of other code must have gone unused before :func:`prune_cache` removes it.
PRUNE_UNUSED_DAYS = 30


def prune_cache(cache="auto", *, unused_days: float = PRUNE_UNUSED_DAYS) -> list[str]:
    """Delete the fingerprint folders that no run has read or written for ``unused_days``
    days and that are not the current code's default analysis (the folder a plain
    ``analyze(corpus)`` reads); returns the names of those removed. That takes the folders
    other code made (``current`` is ``False`` in :func:`cache_summary`) and those of options
    no longer used (each edited version of a user lexicon has a folder of its own, which the
    current code would read only with that version; review 18). A folder another install or
    a scheduled report still uses is read by its runs and so kept; folders whose maker cannot
    be told (from before the cache recorded its code) are kept too: :func:`clear_cache`
    removes everything.

    Parameters
    ----------
    cache : "auto", str or Path
        The folder (``"auto"``: the one :func:`analysis.analyze` uses by default).
    unused_days : float
        How long a folder of other code must have gone unused (default
        :data:`PRUNE_UNUSED_DAYS`; 0 removes every folder of other code).
    """
    if unused_days < 0:
        raise ParameterError(f"unused_days={unused_days!r}: give 0 or more days")
    from .pipeline import choose_analyzers

    cutoff = time.time() - unused_days * 86_400
    default = fingerprint(choose_analyzers(None), None)
    removed = []
    for folder in _fingerprint_folders(_root(cache)):
        current = _is_current(folder)
        if current is not None and not (current and folder.name == default) and \
                _last_used(folder) <= cutoff:
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():  # (counted only when it is really gone)
                removed.append(folder.name)
    return removed


def cache_status(corpus: pd.DataFrame, *, analyzers: Sequence[str] | None = None,
                 options: dict | None = None, cache="auto") -> dict | None:
    """How much of ``corpus`` (a loaded corpus) ``analyze(corpus, analyzers=..., options=...,
    cache=...)`` would read from the cache: a dict with ``articles`` (distinct texts),
    ``cached``, ``to_analyse`` and ``writable`` (whether new results can be stored), or
    ``None`` when the cache is off (or cannot hold these analyzers). Reads only the cached
    articles' keys, not their tables.
    """
    from .pipeline import choose_analyzers, content_hash

    store = open_cache(cache, choose_analyzers(analyzers), options)
    if store is None:
        return None
    outlets = (corpus["outlet"].astype(str).tolist() if "outlet" in corpus.columns
               else [None] * len(corpus))
    keys = {content_hash(t, o) for t, o in zip(corpus["text"], outlets, strict=True)}
    cached = store.cached(keys)
    existing = next((p for p in (store.dir, *store.dir.parents) if p.exists()), None)
    writable = existing is not None and existing.is_dir() and os.access(existing, os.W_OK)
    return {"articles": len(keys), "cached": len(cached), "to_analyse": len(keys) - len(cached),
            "writable": writable}


def clear_cache(cache="auto") -> int:
    """Delete every cached result under the cache folder; returns the number of batches removed.

    Parameters
    ----------
    cache : "auto", str or Path
        The folder (``"auto"``: the one :func:`analysis.analyze` uses by default).
    """
    removed = 0
    for folder in _fingerprint_folders(_root(cache)):
        batches = sum(1 for p in folder.iterdir() if p.name.startswith("batch-"))
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():  # (counted only when it is really gone)
            removed += batches
    return removed
