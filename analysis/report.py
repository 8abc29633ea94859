"""Scheduled reports: run every notebook with papermill and publish HTML with the code hidden.

``python -m analysis report --corpus PATH --out DIR [-p NAME=VALUE ...]`` runs each
``notebooks/NN_*.ipynb`` in order, injecting ``corpus_path``, ``figures_dir`` (``DIR/figures``)
and the ``-p`` parameters a notebook declares, and writes into ``DIR``:

* ``NN_name.ipynb`` — the executed notebook (kept, partly executed, when it fails);
* ``NN_name.html`` — the same with code, prompts and input hidden;
* ``figures/`` — every chart as PNG and SVG with a CSV of its numbers;
* ``index.html`` — the reports with their status and duration, the run's parameters, corpus
  size and date range, package versions and total duration.

A notebook that fails, times out or loses its kernel makes the run end with a non-zero exit
after the remaining notebooks have run, naming the notebook, the cell and the error; completed
reports are kept. ``manifest.json`` records what each notebook's output was made from, so
``--resume`` re-runs only the notebooks that failed or whose inputs changed.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import platform
import re
import sys
import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from . import config
from .corpus import (
    COLUMN_ALIASES,
    LOAD_OPTIONS,  # options -p load_options may pass (kept next to load_corpus)
)
from .errors import CorpusError, ParameterError, ReportError
from .explore import TONE_LABELS
from .framing import GENERIC_FRAMES
from .run_info import public_name
from .sourcing import SPEAKER_TYPES
from .stats import PERIODS

#: Parameters the runner always sets; every report notebook declares them.
RUNNER_PARAMETERS = ("corpus_path", "figures_dir")
#: Seconds one cell may run before the notebook is stopped (``--timeout`` changes it).
DEFAULT_CELL_TIMEOUT = 600
#: Distributions whose versions the index records.
VERSIONED_PACKAGES = ("media-analysis", "pandas", "numpy", "matplotlib", "seaborn",
                      "scikit-learn", "vaderSentiment", "papermill", "nbconvert")


@dataclass
class NotebookRun:
    """Outcome of one notebook: ``status`` is ``"ok"`` or ``"failed"``."""

    notebook: str
    status: str
    seconds: float
    html: str | None = None
    error: str | None = None
    #: ``--resume`` kept the page of an earlier run, which finished at ``kept_from``.
    kept: bool = False
    kept_from: str | None = None


@dataclass
class ReportResult:
    """What :func:`run_report` produced."""

    out_dir: Path
    index: Path
    runs: list[NotebookRun] = field(default_factory=list)

    @property
    def failed(self) -> list[NotebookRun]:
        return [r for r in self.runs if r.status != "ok"]


def list_notebooks(folder: Path | None = None) -> list[Path]:
    """Report notebooks: ``NN_*.ipynb`` files of the notebooks folder, in order."""
    folder = Path(folder or config.NOTEBOOKS_DIR)
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb") if p.is_file())


def notebook_parameters(notebook: Path) -> dict[str, dict]:
    """Parameters a notebook declares: ``{name: {"type", "default", "help"}}``."""
    import papermill

    declared = papermill.inspect_notebook(str(notebook))
    return {name: {"type": p.get("inferred_type_name"), "default": p.get("default"),
                   "help": p.get("help", "")} for name, p in declared.items()}


def parse_parameter(text: str) -> tuple[str, object]:
    """``"NAME=VALUE"`` → ``(name, value)``; VALUE is read as JSON when it parses, else text.

    >>> parse_parameter("n_titles=5"), parse_parameter("since=2026-09-01")
    (('n_titles', 5), ('since', '2026-09-01'))
    """
    name, sep, value = text.partition("=")
    if not sep or not name.strip().isidentifier():
        raise ParameterError(f"-p {text!r}: write parameters as NAME=VALUE, e.g. -p n_titles=5")
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        parsed = value
    return name.strip(), parsed


def _as_declared(name: str, value: object, types: set[str]) -> object:
    """``value`` of ``-p NAME=VALUE`` checked against the type the notebooks declare for
    ``name`` (papermill's inferred type), so a typo stops the run before any notebook starts
    instead of failing inside each one. Text given for a ``list`` is a one-item list
    (``-p "outlets=Meridian Wire"``); a number given for a ``str`` is its text (an id).

    >>> _as_declared("outlets", "Meridian Wire", {"list"}), _as_declared("article_id", 12, {"str"})
    (['Meridian Wire'], '12')
    >>> _as_declared("n_titles", "ten", {"int"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.ParameterError: -p n_titles='ten': give a whole number, e.g. -p n_titles=10
    """
    def wrong(expected: str, example: str) -> ParameterError:
        return ParameterError(f"-p {name}={value!r}: give {expected}, e.g. -p {example}")

    number = isinstance(value, int | float) and not isinstance(value, bool)
    if "list" in types:
        if isinstance(value, list):
            return value
        if isinstance(value, str) and not value.lstrip().startswith("["):
            return [value]
        raise wrong("a JSON list (or one name as text)", f"'{name}=[\"A\", \"B\"]'")
    if "dict" in types:
        if isinstance(value, dict):
            return value
        raise wrong("a JSON object", f"'{name}={{\"Name\": [\"Name\", \"alias\"]}}'")
    if "bool" in types:
        if isinstance(value, bool):
            return value
        raise wrong("true or false", f"{name}=true")
    if "int" in types:
        if number and float(value).is_integer():
            return int(value)
        raise wrong("a whole number", f"{name}=10")
    if "float" in types:
        if number:
            return float(value)
        raise wrong("a number", f"{name}=0.5")
    if "str" in types:
        if isinstance(value, str):
            return value
        if number:
            return json.dumps(value)
        raise wrong("text", f"'{name}=some text'")
    return value  # a type papermill could not infer: passed as given


#: The values some notebook parameters must take (every notebook that declares one accepts
#: all of them), checked before any notebook runs.
PARAMETER_CHOICES = {
    "period": tuple(PERIODS),
    # notebook 05's filters ("" = no filter); a value valid but absent today matches nothing
    "tone": ("", *TONE_LABELS),
    "frame": ("", *GENERIC_FRAMES, "none"),
    "source_type": ("", *SPEAKER_TYPES),
}


#: The smallest value of the notebooks' count parameters, checked before any notebook runs.
PARAMETER_MINIMUMS = {"n_titles": 0, "n_speakers": 1, "n_terms": 1, "n_topics": 2,
                      "n_pairs": 0}
#: Analysis columns a ``by`` parameter may name besides the collection's own columns.
ANALYSIS_GROUPINGS = ("dominant_frame", "dominant_issue_frame", "tone_label")


def _at_least(name: str, value: object) -> object:
    """``value`` of a count parameter checked against :data:`PARAMETER_MINIMUMS`.

    >>> _at_least("n_titles", 0), _at_least("period", "W")
    (0, 'W')
    >>> _at_least("n_topics", 1)
    Traceback (most recent call last):
    ...
    analysis.errors.ParameterError: -p n_topics=1: give a whole number of 2 or more
    """
    least = PARAMETER_MINIMUMS.get(name)
    if least is None or not isinstance(value, int) or isinstance(value, bool):
        return value
    if value < least:
        raise ParameterError(f"-p {name}={value!r}: give a whole number of {least} or more")
    return value


def _check_columns(parameters: dict, corpus) -> None:
    """``by`` and ``storyline_column`` must name a column of the collection (``by`` also an
    analysis grouping such as ``dominant_frame``); checked once the corpus is loaded."""
    import difflib

    columns = [str(c) for c in corpus.columns if c != "text"]
    for name, extra in (("by", ANALYSIS_GROUPINGS), ("storyline_column", ())):
        value = parameters.get(name)
        if not isinstance(value, str) or not value or value in columns or value in extra:
            continue
        known = [*columns, *extra]
        close = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        renamed = [schema for schema, aliases in COLUMN_ALIASES.items()
                   if value.strip().lower() in aliases and schema in columns]
        if renamed:  # the file's own name for a column the loader gave its schema name
            hint = (f" ({value!r} was read as the {renamed[0]!r} column on loading: use "
                    f"{name}={renamed[0]!r})")
        raise ParameterError(f"-p {name}={value!r}: the collection has no such column{hint}; "
                             f"choose one of {', '.join(known)}")


def check_parameters(parameters: dict, corpus) -> None:
    """The checks ``python -m analysis report`` makes before any notebook starts, for a
    notebook run by hand: each notebook calls it with ``globals()`` after loading its corpus,
    so a parameters cell edited in JupyterLab gets the runner's one-line messages (a ``by``
    that names no column, with the closest one or the column the loader renamed; a choice or
    count out of range) instead of a different error in each later cell. A choice given in the
    wrong case is put right in ``parameters`` (``period = "d"`` becomes ``"D"``).

    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"id": ["a"], "outlet": ["X"], "text": ["t"]})
    >>> import analysis.tone as tone  # (a module of the same name as a parameter is no value)
    >>> values = {"period": "m", "by": "outlet", "tone": tone}
    >>> check_parameters(values, corpus); values["period"]
    'M'
    >>> check_parameters({"by": "source"}, corpus)
    Traceback (most recent call last):
    ...
    analysis.errors.ParameterError: by='source': the collection has no such column ('source' \
was read as the 'outlet' column on loading: use by='outlet'); choose one of id, outlet, \
dominant_frame, dominant_issue_frame, tone_label
    """
    # (a notebook's globals hold its imports too: 04's `tone` is a module, not a filter)
    given = {name: value for name, value in parameters.items()
             if value is None or isinstance(value, str | int | float | list | dict)}
    if given.get("storyline_column") == "storyline":  # (06's default: a collection without
        del given["storyline_column"]                 # storylines gets a note, not an error)
    try:
        for name in [*PARAMETER_CHOICES, *PARAMETER_MINIMUMS]:
            if name in given:
                parameters[name] = _at_least(name, _as_choice(name, given[name]))
        _check_columns(given, corpus)
    except ParameterError as exc:  # (said as the parameters cell writes it, not as -p NAME=)
        raise ParameterError(str(exc).removeprefix("-p ")) from None


def _as_choice(name: str, value: object) -> object:
    """``value`` of ``-p NAME=VALUE`` checked against :data:`PARAMETER_CHOICES`; a letter in
    the wrong case is taken in the right one (``-p period=d`` is a day).

    >>> _as_choice("period", "d"), _as_choice("n_titles", 5), _as_choice("tone", "Negative")
    ('D', 5, 'negative')
    >>> _as_choice("period", "Q")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    analysis.errors.ParameterError: -p period='Q': choose one of 'D' (day), 'W' (week), 'M' (month)
    """
    allowed = PARAMETER_CHOICES.get(name)
    if allowed is None:
        return value
    if isinstance(value, str):
        for choice in allowed:
            if value.strip().casefold() == str(choice).casefold():
                return choice
    shown = ", ".join(f"{c!r} ({PERIODS[c]})" if name == "period" else
                      "'' (no filter)" if c == "" else repr(c) for c in allowed)
    raise ParameterError(f"-p {name}={value!r}: choose one of {shown}")


def _versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in VERSIONED_PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


#: Cells papermill adds to the executed notebook (not in the source notebook).
_PAPERMILL_TAGS = {"injected-parameters", "papermill-error-cell-tag"}


#: Exceptions raised while a cell runs: a cell's own error (papermill), a cell that ran out of
#: time, a kernel that died (nbclient).
_CELL_FAILURES = frozenset({"PapermillExecutionError", "CellTimeoutError", "DeadKernelError"})


def _failing_cell(exc: Exception, output: Path) -> str:
    """``cell 4 (`first line`)``: the cell that failed, numbered as in the source notebook
    (code and Markdown cells counted from 1, papermill's injected cell left out), found by its
    execution count; for a timeout or a dead kernel, which carry none, the cell papermill
    started last. ``a cell`` when the partly executed notebook cannot be read."""
    import nbformat

    count = getattr(exc, "exec_count", None)
    try:
        cells = nbformat.read(output, as_version=4).cells
        own = [c for c in cells if not _PAPERMILL_TAGS & set(c.metadata.get("tags", []))]
        code = [i for i, c in enumerate(own) if c.cell_type == "code"]
        if count is not None:
            failing = next(i for i in code if own[i].get("execution_count") == count)
        else:  # the last cell papermill started (a dying kernel leaves it no count)
            failing = max((own[i].metadata.get("papermill", {}).get("start_time") or "", i)
                          for i in code)[1]
    except (OSError, ValueError, StopIteration, IndexError):
        return "a cell"
    first = (own[failing].source.strip().splitlines() or [""])[0]
    return f"cell {failing + 1} (`{first[:60]}`)"


def _failure_message(notebook: Path, exc: Exception, output: Path, timeout: int) -> str:
    """One line: the notebook, the failing cell (as numbered in the source notebook, with its
    first line) and the error — or, for a cell that ran out of time, how to allow it more."""
    kind = type(exc).__name__
    if kind not in _CELL_FAILURES:  # e.g. the HTML page could not be written
        return f"{notebook.name} failed: {kind}: {exc}"
    where = _failing_cell(exc, output)
    if kind == "CellTimeoutError":
        what = (f"ran longer than --timeout {timeout} s; allow more time, e.g. --timeout "
                f"{max(2 * timeout, DEFAULT_CELL_TIMEOUT)}")
    elif kind == "DeadKernelError":
        what = "the kernel died (out of memory?)"
    else:
        ename = getattr(exc, "ename", type(exc).__name__)
        evalue = getattr(exc, "evalue", str(exc)).strip().splitlines()
        what = f"{ename}: {evalue[-1] if evalue else ''}".rstrip(": ").rstrip(".")
    return (f"{notebook.name} failed in {where}: {what}. The partly executed notebook is "
            f"kept as {output.name} in the output folder.")


class _NoTimeoutNotice(logging.Filter):
    """Drops nbclient's bare "Timeout waiting for execute reply" log line: the run's own
    failure message names the cell and the timeout."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Timeout waiting for execute reply")


logging.getLogger("papermill").addFilter(_NoTimeoutNotice())


#: The HTML page template: JupyterLab's, without the scripts it loads from the web (RequireJS,
#: MathJax, Mermaid), which a report needs none of: its charts are images and its tables HTML;
#: and each chart image with its description (title, N, source) as alternative text.
#: A published or archived report then opens offline, tells no third party who reads it, and
#: shows a dollar amount ("$4 million and $5 million") as written, not as mathematics.
OFFLINE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block data_png scoped -%}
{%- set alt = output | get_metadata('alt', 'image/png') -%}
{%- if alt -%}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}" \
alt="{{ alt | escape_html }}">
</div>
{%- else -%}{{ super() }}{%- endif -%}
{%- endblock data_png -%}
"""


def local_paths(corpus_path: Path, out_dir: Path) -> dict[str, str]:
    """Local paths a published page must not show, each with what it shows instead, longest
    first: the corpus by its public name, and the folders of the corpus, the output, the
    project, the Python environment, the home directory and the result cache dropped from the
    paths below them (the cache folder itself reads "the result cache folder")
    (a warning from a library then reads ``analysis/charts/compare.py:179: …``).

    >>> paths = local_paths(Path("/srv/feeds/today.jsonl"), Path("/srv/out"))
    >>> paths["/srv/feeds/today.jsonl"], paths["/srv/feeds" + os.sep], paths["/srv/out" + os.sep]
    ('today.jsonl', '', '')
    """
    from .cache import default_cache_dir

    folders = {corpus_path.parent, out_dir, config.PROJECT_DIR, Path(sys.prefix),
               Path(sys.base_prefix), Path.home()}
    found = {str(f) + os.sep: "" for f in folders if len(f.parts) > 1}
    cache = default_cache_dir()  # (a warning about the cache names its folder)
    if cache is not None and len(cache.parts) > 1:
        found[str(cache) + os.sep] = ""
        found[str(cache)] = "the result cache folder"
    found[str(corpus_path)] = public_name(corpus_path)
    return dict(sorted(found.items(), key=lambda item: -len(item[0])))


def _without_paths(nb, paths: dict[str, str]):
    """``nb`` with every path of ``paths`` in its outputs (text, HTML, Markdown, streams,
    errors) replaced: the README promises published pages name files by their name alone, but
    a load note, a loader table or a library's warning can carry a full path."""
    def clean(text):
        if isinstance(text, list):
            return [clean(t) for t in text]
        if not isinstance(text, str):
            return text
        for path, shown in paths.items():
            text = text.replace(path, shown)
        return text

    for cell in nb.cells:
        for output in cell.get("outputs", []):
            for key in ("text", "evalue", "traceback"):
                if key in output:
                    output[key] = clean(output[key])
            for mime in ("text/plain", "text/html", "text/markdown"):
                if mime in output.get("data", {}):
                    output["data"][mime] = clean(output["data"][mime])
    return nb


def _to_html(executed: Path, target: Path, paths: dict[str, str] | None = None) -> None:
    import jinja2
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, template_file="offline.html.j2",
                            extra_loaders=[jinja2.DictLoader({"offline.html.j2":
                                                              OFFLINE_TEMPLATE})])
    nb = _as_notes(_without_paths(_without_widgets(nbformat.read(executed, as_version=4)),
                                  paths or {}))
    nb.metadata["title"] = page_title(nb)
    body, _ = exporter.from_notebook_node(nb)
    _write_atomically(target, body)


def _write_atomically(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file in the same folder and a rename,
    so a run killed while writing leaves the old page or the new one, never half a page."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _as_notes(nb):
    """``nb`` with each stderr output that holds only our reader warnings (small groups, rows
    set aside on loading) shown as a plain note ("Note: 1 group has fewer than 10 …"),
    not as a pink error box: in a report they are caveats for the reader, not failures.
    Any other stderr text (a real error or a library's warning) is left as it is."""
    import nbformat

    from .errors import READER_WARNINGS

    prefixes = tuple(f"{w.__name__}: " for w in READER_WARNINGS)
    for cell in nb.cells:
        for i, output in enumerate(cell.get("outputs", [])):
            if output.get("output_type") != "stream" or output.get("name") != "stderr":
                continue
            lines = [line for line in output.get("text", "").splitlines() if line.strip()]
            if lines and all(line.startswith(prefixes) for line in lines):
                notes = [f"*Note:* {line.split(': ', 1)[1]}" for line in lines]
                cell.outputs[i] = nbformat.v4.new_output(
                    "display_data", data={"text/markdown": "\n\n".join(notes)})
    return nb


def page_title(nb) -> str:
    """The report's page title (browser tab, bookmark, search result): the first heading of
    its first Markdown cell, without Markdown marks; else "Media-analysis report"."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return re.sub(r"[*_`]", "", line.lstrip("#").strip()) or PAGE_TITLE
            break
    return PAGE_TITLE


#: The page title of a report whose notebook opens with no heading.
PAGE_TITLE = "Media-analysis report"

#: The MIME type of a live ipywidgets view; a static HTML page has no kernel to draw it.
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _without_widgets(nb):
    """``nb`` with every live widget view replaced by the text the output carries beside it
    (the explorer's "open this notebook in JupyterLab" note), and no widget state: a static
    report otherwise shows an empty box and loads a widget manager from the web."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_VIEW in data and len(data) > 1:
                del data[WIDGET_VIEW]
    nb.metadata.pop("widgets", None)
    return nb


MANIFEST = "manifest.json"


def package_root() -> Path:
    """The folder holding this ``analysis`` package: the checkout (or site-packages) that
    runs the report."""
    return Path(__file__).resolve().parents[1]


@contextmanager
def kernels_import_this_package():
    """Within the block, notebook kernels started by this process import the ``analysis``
    package this process runs, not whichever one their environment would find first.

    A kernel starts in the output folder, so without this its ``import analysis`` follows the
    environment's install, which can be another checkout (an editable install of another
    clone, shared between clones): the pages would be built from code other than the code the
    report runs and records in its manifest. The package's root is put first on the kernels'
    ``PYTHONPATH``, and their progress bars are turned off (``MEDIA_ANALYSIS_PROGRESS=off``: a
    bar in a published page is noise); both variables are restored afterwards.
    """
    from .pipeline import PROGRESS_ENV

    before = {name: os.environ.get(name) for name in ("PYTHONPATH", PROGRESS_ENV)}
    path = before["PYTHONPATH"]
    os.environ["PYTHONPATH"] = os.pathsep.join([str(package_root()), *([path] if path else [])])
    os.environ[PROGRESS_ENV] = "off"  # (no progress bar in a published page)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def package_fingerprint() -> str:
    """Hash of every module and data file of the installed package (its readings, charts and
    report code too, not only the analyzers the result cache keys on): a fix to a reading
    changes a page even when the version number does not."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts \
                and path.suffix in (".py", ".csv", ".toml", ".md", ".txt", ".json"):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _fingerprint(corpus_path: Path, notebook: Path, parameters: dict,
                 code: str | None = None) -> dict[str, str]:
    """Hashes of everything a notebook's output depends on, by part: ``corpus`` (the files'
    names and bytes), ``notebook``, ``parameters``, the package ``version`` and its ``code``
    (:func:`package_fingerprint`, or ``code`` when the caller computed it once for a run);
    ``key`` combines them."""
    def sha(*chunks: bytes) -> str:
        digest = hashlib.sha256()
        for chunk in chunks:
            digest.update(chunk)
        return digest.hexdigest()

    corpus = hashlib.sha256()
    files = sorted(p for p in corpus_path.rglob("*") if p.is_file()) if corpus_path.is_dir() \
        else [corpus_path]
    for file in files:
        corpus.update(str(file.relative_to(corpus_path.parent)).encode())
        with open(file, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                corpus.update(block)
    parts = {"corpus": corpus.hexdigest(), "notebook": sha(notebook.read_bytes()),
             "parameters": sha(json.dumps(parameters, sort_keys=True, default=str).encode()),
             "version": _versions().get("media-analysis", ""),
             "code": code or package_fingerprint()}
    return {**parts, "key": sha(*(parts[k].encode() for k in sorted(parts)))}


#: How a re-run names what changed since a notebook's last successful run.
CHANGED_PARTS = {"corpus": "the corpus", "notebook": "the notebook",
                 "parameters": "its parameters", "version": "the package version",
                 "code": "the package code"}


def _why_again(done: dict, parts: dict) -> str:
    """Why ``--resume`` runs a notebook again, for its progress line.

    >>> _why_again({}, {}), _why_again({"key": None, "parts": {}}, {})
    ('no earlier run in this folder', 'it failed last time')
    >>> _why_again({"key": "k", "parts": {"corpus": "a", "notebook": "b"}},
    ...            {"corpus": "x", "notebook": "b"})
    'the corpus changed'
    """
    if not done:
        return "no earlier run in this folder"
    if not done.get("key"):
        return "it failed last time"
    old = done.get("parts", {})
    changed = [CHANGED_PARTS[k] for k in CHANGED_PARTS if k in parts and old.get(k) != parts[k]]
    if not changed:
        return "its page is missing" if old else "it ran before changes were recorded"
    return f"{' and '.join(changed)} changed"


def _read_manifest(out_dir: Path) -> dict:
    try:
        return json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


#: Parameters every notebook passes to :func:`analysis.select`: checked once against the
#: corpus before any notebook runs.
SELECTION_PARAMETERS = ("outlets", "start_date", "end_date")


def _load_hint(message: str) -> str:
    """How to pass, from the command line, the loader option a load error points to.

    >>> print(_load_hint("no article files (.txt, .md) in this folder"))
    from the command line: -p 'load_options={"recursive": true}' reads sub-folders too
    >>> print(_load_hint("line 4: expected 3 fields, saw 5")[:53])
    from the command line, pass load_corpus options as -p
    """
    lowered = message.lower()
    if "no article files" in lowered:
        return ("from the command line: -p 'load_options={\"recursive\": true}' reads "
                "sub-folders too")
    if "no rows and no columns" in lowered:
        return "check the export that wrote it"
    if "format=" in lowered or "unknown ending" in lowered or "file ending" in lowered:
        return "from the command line: -p 'load_options={\"format\": \"csv\"}' (or jsonl, …)"
    if "encoding" in lowered or "decode" in lowered:
        return "from the command line: -p 'load_options={\"encoding\": \"latin-1\"}'"
    if "no text column" in lowered:
        return ("from the command line: -p 'load_options={\"columns\": {\"story\": "
                "\"text\"}}' names the text column")
    return ("from the command line, pass load_corpus options as -p 'load_options={\"columns\": "
            "{\"story\": \"text\"}, \"on_error\": \"skip\"}'")


def _corpus_facts(corpus_path: Path, parameters: dict) -> dict[str, str]:
    """The index's corpus table; raises :class:`ParameterError` for a selection that every
    notebook would refuse (a misspelt outlet, a bad date, an empty range), before any runs."""
    import warnings

    from .corpus import load_corpus
    from .select import describe_selection, select

    options = parameters.get("load_options") or {}
    unknown = sorted(set(options) - set(LOAD_OPTIONS))
    if unknown:
        raise ParameterError(f"-p load_options: unknown option(s) {', '.join(unknown)}; "
                             f"load_corpus takes {', '.join(LOAD_OPTIONS)}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = load_corpus(corpus_path, **options)
    except CorpusError as exc:
        raise CorpusError(f"{exc} ({_load_hint(str(exc))})") from None
    _check_columns(parameters, corpus)
    chosen = {k: parameters[k] for k in SELECTION_PARAMETERS if k in parameters}
    # (as every notebook selects: also leaving out articles not in English)
    kept = select(corpus, **chosen, english_only=True)
    selected = describe_selection(kept)
    dates = corpus["published"].dropna()
    return {
        "corpus": public_name(corpus_path),
        "articles": str(len(corpus)),
        "outlets": str(corpus["outlet"].nunique()),
        "date range": (f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates)
                       else "no dated articles"),
        "undated articles": str(len(corpus) - len(dates)),
        "rows set aside or changed on loading": str(len(corpus.attrs.get("load_issues", []))),
        **({"selected": selected} if selected else {}),
        "result cache": _cache_fact(kept),
    }


def _cache_fact(corpus) -> str:
    """One line on what the notebooks will find in the result cache (no folder named: the
    line is shown on the index page too)."""
    from .cache import cache_status

    try:
        status = cache_status(corpus)
    except (OSError, ParameterError) as exc:
        return f"cannot be read ({type(exc).__name__}); every report analyses the articles"
    if status is None:
        return "off: every report analyses the articles itself"
    line = (f"{status['cached']:,} of the {status['articles']:,} distinct selected texts "
            f"already analysed; {status['to_analyse']:,} to analyse")
    if not status["writable"]:
        line += (" — the cache folder is not writable, so nothing new is kept and every "
                 "report analyses them again")
    return line


def _write_index(result: ReportResult, facts: dict, parameters: dict, started: datetime,
                 seconds: float, earlier: dict | None = None, *,
                 waiting: dict | None = None) -> None:
    """Write ``index.html``: this run's reports, then the pages of earlier runs still in the
    folder (``earlier``: their manifest entries), each with the run and parameters it was
    built with, so narrowing a run with ``--notebook`` does not unlink the other pages.

    ``waiting`` (notebook name → its manifest entry) lists the notebooks this run has not
    reached yet; given while a run is under way, it makes the index say so, which is what a
    reader finds if the run is stopped before it ends.
    """
    esc = html.escape

    def rows(mapping):
        return "\n".join(f"<tr><th>{esc(str(k))}</th><td>{esc(str(v))}</td></tr>"
                         for k, v in mapping.items())

    report_rows = []
    for run in result.runs:
        link = (f'<a href="{esc(run.html)}">{esc(run.notebook)}</a>' if run.html
                else esc(run.notebook))
        if run.status != "ok":
            status = f"FAILED — {run.error}"
        elif run.kept:
            when = f"the run of {run.kept_from}" if run.kept_from else "an earlier run"
            status = f"ok (kept from {when}: nothing it depends on changed)"
        else:
            status = "ok"
        report_rows.append(f"<tr><td>{link}</td><td>{esc(status)}</td>"
                           f"<td>{run.seconds:.1f} s</td></tr>")
    for name, entry in (earlier or {}).items():
        given = entry.get("parameters")
        made = ("its parameters: " + "; ".join(f"{k} = {v!r}" for k, v in given.items())
                if given else "the notebook's default parameters") if given is not None \
            else "its parameters were not recorded"
        status = (f"ok (not part of this run: from the run of {entry.get('finished', '?')}, "
                  f"{made})")
        report_rows.append(f'<tr><td><a href="{esc(entry["html"])}">{esc(name)}</a></td>'
                           f"<td>{esc(status)}</td><td>{entry.get('seconds', 0.0):.1f} s</td>"
                           "</tr>")
    for name, entry in (waiting or {}).items():
        page = entry.get("html") if entry.get("key") else None
        if page and (result.out_dir / page).exists():
            status = (f"not reached yet by this run (it is under way, or was stopped); the page "
                      f"at this address is from the run of {entry.get('finished', '?')}")
            report_rows.append(f'<tr><td><a href="{esc(page)}">{esc(name)}</a></td>'
                               f"<td>{esc(status)}</td><td>–</td></tr>")
        else:
            report_rows.append(f"<tr><td>{esc(name)}</td><td>not reached yet by this run (it is "
                               "under way, or was stopped)</td><td>–</td></tr>")
    more = (f" {len(earlier)} more {'page' if len(earlier) == 1 else 'pages'} in this folder "
            f"{'is' if len(earlier) == 1 else 'are'} from earlier runs (listed with how each was "
            "made)." if earlier else "")
    succeeded = len(result.runs) - len(result.failed)
    if waiting:
        progress = ("<strong>This run has not finished</strong>: it started "
                    f"{started:%Y-%m-%d %H:%M:%S} UTC and had run {len(result.runs)} of "
                    f"{len(result.runs) + len(waiting)} reports ({succeeded} succeeded) "
                    f"{seconds:.0f} seconds later, when this index was written. If it is no "
                    "longer running, it was stopped: run it again (<code>--resume</code> "
                    "re-runs only what is missing or changed).")
    else:
        progress = (f"Run started {started:%Y-%m-%d %H:%M:%S} UTC; took {seconds:.1f} seconds. "
                    f"{succeeded} of {len(result.runs)} reports of this run succeeded.")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Media analysis reports</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; color: #222; }}
table {{ border-collapse: collapse; margin-bottom: 1.5rem; }}
th, td {{ text-align: left; padding: .3rem .8rem; border-bottom: 1px solid #ddd; }}
th {{ font-weight: 600; }}
</style></head><body>
<h1>Media analysis reports</h1>
<p>{progress}
{more}</p>
<h2>Reports</h2>
<table><tr><th>Report</th><th>Status</th><th>Duration</th></tr>
{chr(10).join(report_rows)}
</table>
<h2>Corpus</h2>
<table>{rows(facts)}</table>
<h2>Parameters</h2>
<table>{rows(parameters)}</table>
<h2>Package versions</h2>
<table>{rows(_versions())}</table>
<p>Charts (PNG, SVG, and a CSV of the plotted numbers) are in <a href="figures/">figures/</a>.</p>
</body></html>
"""
    _write_atomically(result.index, page)


#: The lock file a run holds in its output folder (hidden, left in place between runs).
LOCK_FILE = ".report.lock"


@contextmanager
def output_lock(out_dir: Path):
    """Hold ``out_dir``'s lock for the length of a run, or refuse the run.

    Two runs writing the same folder would interleave their pages, figures and manifest. The
    lock is an operating-system lock on :data:`LOCK_FILE` (``flock``; ``msvcrt.locking`` on
    Windows), so it is released when the process ends, however it ends: a killed run never
    leaves a stale lock behind. The file records who holds it, for the refusal's message.
    """
    handle = open(out_dir / LOCK_FILE, "a+", encoding="utf-8")  # noqa: SIM115 (held open)
    try:
        try:
            if os.name == "nt":  # pragma: no cover - exercised on Windows only
                import msvcrt
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            try:
                handle.seek(0)
                holder = handle.read().strip() or "a run that did not say who it is"
            except OSError:
                holder = "another process"
            raise ParameterError(
                f"--out {public_name(out_dir)}: another report run is writing to this folder "
                f"({holder}); wait for it to finish, or give this run its own --out") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} on {platform.node() or 'this machine'}, "
                     f"started {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC\n")
        handle.flush()
        yield
    finally:
        handle.close()  # (closing releases the lock)


def _snapshot(figures: Path) -> dict[str, int]:
    """Every file in ``figures`` with its modification time (nanoseconds)."""
    return {path.name: path.stat().st_mtime_ns for path in figures.iterdir() if path.is_file()}


def _written_since(before: dict[str, int], figures: Path, notebook: Path) -> list[str]:
    """The files in ``figures`` with the notebook's prefix (``03_`` for ``03_sourcing``, the
    names :func:`save_figure` is given in the suite) created or rewritten since the ``before``
    snapshot: the notebook's charts. A file without the prefix is never taken for one, so a
    user's own file saved there during a run is not removed by a later run (review 16)."""
    prefix = _figure_prefix(notebook)
    return sorted(name for name, mtime in _snapshot(figures).items()
                  if name.startswith(prefix) and before.get(name) != mtime)


def _figure_prefix(notebook: Path) -> str:
    """``03_`` for ``03_sourcing.ipynb``; a notebook whose name has no number prefix: its
    whole name and ``_``."""
    number = notebook.stem.split("_", 1)[0]
    return f"{number}_" if number.isdigit() else f"{notebook.stem}_"


def _remove_stale_figures(earlier: list[str], keep: set[str], figures: Path) -> list[str]:
    """Delete the figure files a notebook's earlier run wrote (``earlier``, from the manifest)
    that this run did not write again (``keep``: every chart any notebook of this run wrote):
    a chart today's data no longer draws, or, after a failure, the charts of a page that has
    been withdrawn. Returns their names."""
    stale = sorted(set(earlier) - keep)
    for name in stale:
        if "/" not in name and "\\" not in name:  # (names from the manifest: never a folder)
            (figures / name).unlink(missing_ok=True)
    return stale


def _write_failure_page(target: Path, notebook: Path, error: str, started: datetime,
                        withdrawn: str | None) -> None:
    """Put a page at the failed notebook's address that says it failed, so an earlier run's
    page is not read (or published) as today's."""
    esc = html.escape
    before = (f"<p>The page this run replaced was made by the run of {esc(withdrawn)}; it was "
              "withdrawn so that its numbers are not taken for this run's. The charts it drew "
              "that this run did not draw again were removed from <code>figures/</code> for the "
              "same reason; any this run drew before it stopped are kept.</p>") if withdrawn else ""
    _write_atomically(target, f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(notebook.stem)}: failed</title>
<style>body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; }}</style>
</head><body>
<h1>{esc(notebook.stem)}: this report failed</h1>
<p>In the run started {started:%Y-%m-%d %H:%M:%S} UTC this notebook stopped with an error:</p>
<pre>{esc(error)}</pre>
{before}
<p>The partly executed notebook, <code>{esc(notebook.name)}</code>, is kept in this folder for
inspection. Run the report again (with <code>--resume</code> to re-run only what failed or
changed) once the cause is fixed. <a href="index.html">All reports</a>.</p>
</body></html>
""")


def run_report(
    corpus_path: str | Path,
    out_dir: str | Path,
    *,
    parameters: dict | None = None,
    notebooks: list[Path] | None = None,
    timeout: int = DEFAULT_CELL_TIMEOUT,
    kernel: str = "python3",
    resume: bool = False,
    echo=print,
) -> ReportResult:
    """Execute the report notebooks and write HTML reports plus ``index.html``.

    Parameters
    ----------
    corpus_path : str or Path
        The collection every notebook analyses (anything :func:`load_corpus` reads).
    out_dir : str or Path
        Folder for executed notebooks, HTML, ``figures/`` and ``index.html`` (created).
    parameters : dict, optional
        Extra notebook parameters; each must be declared by at least one notebook and is
        passed to the notebooks that declare it.
    notebooks : list of Path, optional
        Which notebooks to run (default: :func:`list_notebooks`).
    timeout : int
        Seconds a single cell may run.
    kernel : str
        Jupyter kernel name.
    resume : bool
        Skip notebooks that already succeeded in ``out_dir`` with the same corpus content,
        notebook, parameters and package version (recorded in ``out_dir/manifest.json``).
    echo : callable
        Receives one progress line per notebook.
    """
    import papermill

    corpus_path = Path(corpus_path).resolve()
    if not corpus_path.exists():
        raise ParameterError(f"--corpus {corpus_path}: no such file or folder")
    if timeout <= 0:
        raise ParameterError(f"--timeout {timeout}: give a positive number of seconds")
    notebooks = list(notebooks) if notebooks is not None else list_notebooks()
    if not notebooks:
        raise ReportError(f"no report notebooks (NN_name.ipynb) in {config.NOTEBOOKS_DIR}")
    parameters = dict(parameters or {})
    declared = {nb: notebook_parameters(nb) for nb in notebooks}
    known = set().union(*(set(d) for d in declared.values()))
    # a parameter of a suite notebook left out with --notebook is not a typo: a scheduled
    # command line can be narrowed without editing its -p list (each notebook gets only the
    # parameters it declares)
    suite = set().union(*(set(notebook_parameters(nb)) for nb in list_notebooks())) \
        if any(nb.parent == config.NOTEBOOKS_DIR for nb in notebooks) else set()
    unknown = sorted(set(parameters) - known - suite)
    if unknown:
        raise ParameterError(
            f"unknown parameter(s) {', '.join(unknown)}; the notebooks declare: "
            + ", ".join(sorted(known - set(RUNNER_PARAMETERS))))
    for reserved in RUNNER_PARAMETERS:
        if reserved in parameters:
            raise ParameterError(f"{reserved} is set by the runner; use --corpus/--out instead")
    parameters = {name: _as_declared(name, value, {d[name]["type"] for d in declared.values()
                                                   if name in d and d[name]["type"]})
                  for name, value in parameters.items()}
    parameters = {name: _at_least(name, _as_choice(name, value))
                  for name, value in parameters.items()}

    out_dir = Path(out_dir).resolve()
    figures = out_dir / "figures"
    result = ReportResult(out_dir=out_dir, index=out_dir / "index.html")
    started, clock = datetime.now(UTC), time.perf_counter()
    with ExitStack() as held:
        # an existing folder is locked first, so a second run on it stops at once, before it
        # loads the collection; a new one only once the run is accepted (a refused run leaves
        # no folder behind)
        locked = out_dir.is_dir()
        if locked:
            held.enter_context(output_lock(out_dir))
        facts = _corpus_facts(corpus_path, parameters)
        figures.mkdir(parents=True, exist_ok=True)
        if not locked:
            held.enter_context(output_lock(out_dir))
        _run_notebooks(papermill, result, notebooks, declared, corpus_path, parameters,
                       facts, timeout, kernel, resume, echo, started, clock)
    return result


def _run_notebooks(papermill, result: ReportResult, notebooks: list[Path], declared: dict,
                   corpus_path: Path, parameters: dict, facts: dict, timeout: int, kernel: str,
                   resume: bool, echo, started: datetime, clock: float) -> None:
    """The body of :func:`run_report`, run while the output folder's lock is held.

    ``index.html`` is rewritten before the first notebook and after each one, so a run that
    is killed part-way leaves an index that says which pages are this run's and which are
    older (marked as not reached), not the previous run's index over a mix of pages.
    """
    out_dir = result.out_dir
    figures = out_dir / "figures"
    manifest = _read_manifest(out_dir)
    code = package_fingerprint()  # (once per run, not once per notebook)
    shown = {"corpus_path": public_name(corpus_path), "out": public_name(out_dir),
             "cell timeout (s)": timeout, **parameters}
    ran = {notebook.name for notebook in notebooks}

    def index(position: int) -> None:
        earlier = {name: entry for name, entry in sorted(manifest.items())
                   if name not in ran and entry.get("key") and entry.get("html")
                   and (out_dir / entry["html"]).exists()}
        waiting = {nb.name: manifest.get(nb.name, {}) for nb in notebooks[position:]}
        _write_index(result, facts, shown, started, time.perf_counter() - clock, earlier,
                     waiting=waiting if position < len(notebooks) else None)

    echo(f"Result cache: {facts['result cache']}")
    index(0)
    drawn: set[str] = set()  # every chart file a notebook of this run wrote
    for number, notebook in enumerate(notebooks, start=1):
        given = {"corpus_path": str(corpus_path), "figures_dir": str(figures), **parameters}
        injected = {k: v for k, v in given.items() if k in declared[notebook]}
        output = out_dir / notebook.name
        html_path = output.with_suffix(".html")
        parts = _fingerprint(corpus_path, notebook, injected, code)
        key = parts.pop("key")
        done = manifest.get(notebook.name, {})
        if resume and done.get("key") == key and (out_dir / done.get("html", "-")).exists():
            result.runs.append(NotebookRun(notebook.name, "ok", done.get("seconds", 0.0),
                                           done["html"], kept=True,
                                           kept_from=done.get("finished")))
            echo(f"[{number}/{len(notebooks)}] {notebook.name} unchanged since the last "
                 "successful run: kept")
            index(number)
            continue
        tick = time.perf_counter()
        echo(f"[{number}/{len(notebooks)}] {notebook.name} …"
             + (f" (run again: {_why_again(done, parts)})" if resume else ""))
        before = _snapshot(figures)
        try:
            with kernels_import_this_package():
                papermill.execute_notebook(
                    str(notebook), str(output), parameters=injected, kernel_name=kernel,
                    execution_timeout=timeout, progress_bar=False, cwd=str(out_dir),
                    report_mode=True,
                    # the kernel runs on this machine only; its start-up notice about unencrypted
                    # local TCP is noise in a scheduled job's log, and so is the "KeyboardInterrupt
                    # caught in kernel" it logs at level ERROR when jupyter_client's shutdown sends
                    # its customary SIGINT to a finished kernel. An error in a cell still fails the
                    # run: papermill raises it and the report names the cell.
                    extra_arguments=["--IPKernelApp.log_level=CRITICAL"])
            _to_html(output, html_path, local_paths(corpus_path, out_dir))
            run = NotebookRun(notebook.name, "ok", time.perf_counter() - tick, html_path.name)
        except Exception as exc:  # a cell's error, a timeout, a dead kernel, unwritable output
            run = NotebookRun(notebook.name, "failed", time.perf_counter() - tick,
                              error=_failure_message(notebook, exc, output, timeout))
        written = _written_since(before, figures, notebook)
        drawn |= set(written)
        stale = _remove_stale_figures(done.get("figures", []), drawn, figures)
        if run.status != "ok":
            try:
                _write_failure_page(html_path, notebook, run.error, started,
                                    done.get("finished") if done.get("html") else None)
                run.html = html_path.name
            except OSError:  # (an unwritable folder: the index still names the failure)
                pass
        result.runs.append(run)
        manifest[notebook.name] = {"key": key if run.status == "ok" else None, "parts": parts,
                                   "html": run.html if run.status == "ok" else None,
                                   "figures": written,
                                   "seconds": round(run.seconds, 1),
                                   "finished": f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
                                   "parameters": {k: v for k, v in injected.items()
                                                  if k not in RUNNER_PARAMETERS}}
        _write_atomically(out_dir / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
        index(number)
        echo(f"[{number}/{len(notebooks)}] {notebook.name} "
             + (f"done in {run.seconds:.1f} s → {run.html}" if run.status == "ok"
                else f"FAILED after {run.seconds:.1f} s: {run.error}")
             + (f" (removed {len(stale)} chart file(s) of its earlier run that this run did not "
                f"draw: {', '.join(stale[:6])}{' …' if len(stale) > 6 else ''})" if stale else ""))
