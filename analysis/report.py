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
import platform
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from . import config
from .errors import ParameterError, ReportError
from .run_info import public_name

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


def _failure_message(notebook: Path, exc: Exception, output: Path) -> str:
    """Name the notebook, the failing cell (as numbered in the source notebook) and the error."""
    import nbformat

    count = getattr(exc, "exec_count", None)
    where = "a cell"
    try:
        cells = nbformat.read(output, as_version=4).cells
        own = [c for c in cells if not _PAPERMILL_TAGS & set(c.metadata.get("tags", []))]
        failing = next(i for i, c in enumerate(own) if c.cell_type == "code"
                       and c.get("execution_count") == count)
        first = (own[failing].source.strip().splitlines() or [""])[0]
        where = f"cell {failing + 1} (In [{count}]: `{first[:60]}`)"
    except (OSError, ValueError, StopIteration):
        pass
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = getattr(exc, "evalue", str(exc)).strip().splitlines()
    reason = evalue[-1] if evalue else ""
    return (f"{notebook.name} failed in {where}: {ename}: {reason}. "
            f"The partly executed notebook is kept at {output}.")


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


def _to_html(executed: Path, target: Path) -> None:
    import jinja2
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, template_file="offline.html.j2",
                            extra_loaders=[jinja2.DictLoader({"offline.html.j2":
                                                              OFFLINE_TEMPLATE})])
    nb = _as_notes(_without_widgets(nbformat.read(executed, as_version=4)))
    nb.metadata["title"] = page_title(nb)
    body, _ = exporter.from_notebook_node(nb)
    target.write_text(body, encoding="utf-8")


def _as_notes(nb):
    """``nb`` with each stderr output that holds only our reader warnings (small groups, rows
    set aside on loading) shown as a plain note ("Note: 1 group(s) have fewer than 10 …"),
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


def _fingerprint(corpus_path: Path, notebook: Path, parameters: dict) -> str:
    """Hash of everything a notebook's output depends on: corpus, notebook, parameters, version."""
    digest = hashlib.sha256()
    files = sorted(p for p in corpus_path.rglob("*") if p.is_file()) if corpus_path.is_dir() \
        else [corpus_path]
    for file in files:
        digest.update(str(file.relative_to(corpus_path.parent)).encode())
        with open(file, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    digest.update(notebook.read_bytes())
    digest.update(json.dumps(parameters, sort_keys=True, default=str).encode())
    digest.update(_versions().get("media-analysis", "").encode())
    return digest.hexdigest()


def _read_manifest(out_dir: Path) -> dict:
    try:
        return json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _corpus_facts(corpus_path: Path) -> dict[str, str]:
    import warnings

    from .corpus import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(corpus_path)
    dates = corpus["published"].dropna()
    return {
        "corpus": public_name(corpus_path),
        "articles": str(len(corpus)),
        "outlets": str(corpus["outlet"].nunique()),
        "date range": (f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates)
                       else "no dated articles"),
        "undated articles": str(len(corpus) - len(dates)),
        "rows set aside or changed on loading": str(len(corpus.attrs.get("load_issues", []))),
    }


def _write_index(result: ReportResult, facts: dict, parameters: dict, started: datetime,
                 seconds: float) -> None:
    esc = html.escape

    def rows(mapping):
        return "\n".join(f"<tr><th>{esc(str(k))}</th><td>{esc(str(v))}</td></tr>"
                         for k, v in mapping.items())

    report_rows = []
    for run in result.runs:
        link = (f'<a href="{esc(run.html)}">{esc(run.notebook)}</a>' if run.html
                else esc(run.notebook))
        status = "ok" if run.status == "ok" else f"FAILED — {run.error}"
        report_rows.append(f"<tr><td>{link}</td><td>{esc(status)}</td>"
                           f"<td>{run.seconds:.1f} s</td></tr>")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Media analysis reports</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; color: #222; }}
table {{ border-collapse: collapse; margin-bottom: 1.5rem; }}
th, td {{ text-align: left; padding: .3rem .8rem; border-bottom: 1px solid #ddd; }}
th {{ font-weight: 600; }}
</style></head><body>
<h1>Media analysis reports</h1>
<p>Run started {started:%Y-%m-%d %H:%M:%S} UTC; took {seconds:.1f} seconds.
{len(result.runs) - len(result.failed)} of {len(result.runs)} reports succeeded.</p>
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
    result.index.write_text(page, encoding="utf-8")


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
    from papermill.exceptions import PapermillExecutionError

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
    unknown = sorted(set(parameters) - known)
    if unknown:
        raise ParameterError(
            f"unknown parameter(s) {', '.join(unknown)}; the notebooks declare: "
            + ", ".join(sorted(known - set(RUNNER_PARAMETERS))))
    for reserved in RUNNER_PARAMETERS:
        if reserved in parameters:
            raise ParameterError(f"{reserved} is set by the runner; use --corpus/--out instead")

    out_dir = Path(out_dir).resolve()
    figures = out_dir / "figures"
    figures.mkdir(parents=True, exist_ok=True)
    result = ReportResult(out_dir=out_dir, index=out_dir / "index.html")
    started, clock = datetime.now(UTC), time.perf_counter()
    facts = _corpus_facts(corpus_path)
    manifest = _read_manifest(out_dir)
    for number, notebook in enumerate(notebooks, start=1):
        given = {"corpus_path": str(corpus_path), "figures_dir": str(figures), **parameters}
        injected = {k: v for k, v in given.items() if k in declared[notebook]}
        output = out_dir / notebook.name
        key = _fingerprint(corpus_path, notebook, injected)
        done = manifest.get(notebook.name, {})
        if resume and done.get("key") == key and (out_dir / done.get("html", "-")).exists():
            result.runs.append(NotebookRun(notebook.name, "ok", done.get("seconds", 0.0),
                                           done["html"]))
            echo(f"[{number}/{len(notebooks)}] {notebook.name} unchanged since the last "
                 "successful run: kept")
            continue
        tick = time.perf_counter()
        echo(f"[{number}/{len(notebooks)}] {notebook.name} …")
        try:
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
            html_path = output.with_suffix(".html")
            _to_html(output, html_path)
            run = NotebookRun(notebook.name, "ok", time.perf_counter() - tick, html_path.name)
        except PapermillExecutionError as exc:
            run = NotebookRun(notebook.name, "failed", time.perf_counter() - tick,
                              error=_failure_message(notebook, exc, output))
        except Exception as exc:  # timeouts, dead kernels, unwritable output
            run = NotebookRun(notebook.name, "failed", time.perf_counter() - tick,
                              error=f"{notebook.name} failed: {type(exc).__name__}: {exc}. "
                              f"Output so far: {output}.")
        result.runs.append(run)
        manifest[notebook.name] = {"key": key if run.status == "ok" else None,
                                   "html": run.html, "seconds": round(run.seconds, 1)}
        (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True),
                                        encoding="utf-8")
        echo(f"[{number}/{len(notebooks)}] {notebook.name} "
             + (f"done in {run.seconds:.1f} s → {run.html}" if run.status == "ok"
                else f"FAILED after {run.seconds:.1f} s: {run.error}"))
    shown = {"corpus_path": public_name(corpus_path), "out": public_name(out_dir),
             "cell timeout (s)": timeout, **parameters}
    _write_index(result, facts, shown, started, time.perf_counter() - clock)
    return result

