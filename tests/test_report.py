"""The report runner and its command line: outputs, hidden code, failures named, bad input."""

from __future__ import annotations

import json

import nbformat
import pandas as pd
import pytest

from analysis import ParameterError
from analysis.__main__ import main
from analysis.config import SAMPLE_CORPUS
from analysis.report import list_notebooks, notebook_parameters, parse_parameter, run_report


def make_notebook(path, *cells):
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('corpus_path: str = ""  # corpus\n'
                                       'figures_dir: str = ""  # charts\n'
                                       'greeting: str = "hi"  # what to print')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, *(nbformat.v4.new_code_cell(c) for c in cells)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nbformat.write(nb, path)
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [("n=5", ("n", 5)), ("flag=true", ("flag", True)), ("name=Meridian Wire",
                                                         ("name", "Meridian Wire")),
     ('s="5"', ("s", "5")), ("date=2026-09-01", ("date", "2026-09-01"))],
)
def test_parse_parameter(text, expected):
    assert parse_parameter(text) == expected


@pytest.mark.parametrize("text", ["novalue", "=5", "bad name=1"])
def test_parse_parameter_rejects(text):
    with pytest.raises(ParameterError, match="NAME=VALUE"):
        parse_parameter(text)


def test_failure_names_notebook_cell_and_error_and_keeps_going(tmp_path):
    good = make_notebook(tmp_path / "01_good.ipynb",
                         "import matplotlib.pyplot as plt\n"
                         "print(greeting + ' <b>not bold</b>')\nplt.plot([1, 2])")
    bad = make_notebook(tmp_path / "02_bad.ipynb", "x = 1", "1 / 0")
    lines = []
    result = run_report(SAMPLE_CORPUS, tmp_path / "out", notebooks=[good, bad],
                        parameters={"greeting": "hello"}, echo=lines.append)
    assert [r.status for r in result.runs] == ["ok", "failed"]
    error = result.failed[0].error
    # cell 3 of the source notebook (its execution count is 4: papermill runs its injected
    # cell too, so the count is not shown: two numbers for one cell confuse)
    assert "02_bad.ipynb failed in cell 3 (`1 / 0`)" in error
    assert "ZeroDivisionError: division by zero" in error
    # the index is published: the output folder is not named by its full path
    assert "kept as 02_bad.ipynb in the output folder" in error and str(tmp_path) not in error
    assert (tmp_path / "out" / "02_bad.ipynb").exists()  # partial output kept
    html = (tmp_path / "out" / "01_good.html").read_text()
    assert "hello &lt;b&gt;not bold&lt;/b&gt;" in html  # output shown, escaped
    assert "print(greeting" not in html  # code hidden
    index = (tmp_path / "out" / "index.html").read_text()
    assert "01_good.html" in index and "FAILED" in index and "greeting" in index
    # (the first line says what the result cache holds; here it is off)
    assert len(lines) == 5 and lines[2].startswith("[1/2] 01_good.ipynb done")


def test_cell_timeout_fails_the_notebook(tmp_path):
    slow = make_notebook(tmp_path / "01_slow.ipynb", "import time\ntime.sleep(30)")
    result = run_report(SAMPLE_CORPUS, tmp_path / "out", notebooks=[slow], timeout=2,
                        echo=lambda _: None)
    # one line naming the cell and what to do, not papermill's multi-line dump of the cell
    assert result.failed[0].error == (
        "01_slow.ipynb failed in cell 2 (`import time`): ran longer than --timeout 2 s; allow "
        "more time, e.g. --timeout 600. The partly executed notebook is kept as "
        "01_slow.ipynb in the output folder.")


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--corpus", "/no/such/file.csv"], "no such file"),
     (["-p", "no_such_parameter=1"], "unknown parameter(s) no_such_parameter"),
     (["--notebook", "99_missing"], "unknown notebook '99_missing'"),
     (["-p", "oops"], "NAME=VALUE"),
     (["--timeout", "0"], "positive number")],
)
def test_cli_bad_input_is_one_line_and_exit_2(tmp_path, capsys, args, message):
    assert main(["report", "--out", str(tmp_path / "o"), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_overview_report_on_the_sample(tmp_path, capsys):
    """The real thing: the overview notebook on the bundled sample, as `make report` runs it."""
    out = tmp_path / "report"
    assert main(["report", "--corpus", str(SAMPLE_CORPUS), "--out", str(out),
                 "--notebook", "01_overview"]) == 0
    html = (out / "01_overview.html").read_text()
    assert "ma.load_corpus" not in html and "What was run" in html
    pngs = sorted(p.name for p in (out / "figures").glob("*.png"))
    assert pngs == ["01_article_length.png", "01_articles_over_time.png",
                    "01_articles_per_outlet.png"]
    for png in pngs:
        assert (out / "figures" / png).with_suffix(".csv").exists()
    executed = json.loads((out / "01_overview.ipynb").read_text())
    assert any("parameters" in c["metadata"].get("tags", []) for c in executed["cells"])


def test_every_notebook_declares_the_runner_parameters():
    from analysis.report import RUNNER_PARAMETERS, notebook_parameters

    for notebook in list_notebooks():
        assert set(RUNNER_PARAMETERS) <= set(notebook_parameters(notebook)), notebook.name


def test_resume_skips_only_unchanged_successes(tmp_path):
    good = make_notebook(tmp_path / "01_good.ipynb", "print(greeting)")
    bad = make_notebook(tmp_path / "02_bad.ipynb", "raise RuntimeError('broken input')")
    out = tmp_path / "out"
    first = run_report(SAMPLE_CORPUS, out, notebooks=[good, bad], echo=lambda _: None)
    assert [r.status for r in first.runs] == ["ok", "failed"]
    make_notebook(bad, "print('fixed')")
    lines = []
    second = run_report(SAMPLE_CORPUS, out, notebooks=[good, bad], resume=True,
                        echo=lines.append)
    assert [r.status for r in second.runs] == ["ok", "ok"]
    assert lines[0].startswith("Result cache: ")
    assert "unchanged since the last successful run" in lines[1]
    # the failed one ran again, and the line says why
    assert lines[2] == "[2/2] 02_bad.ipynb … (run again: it failed last time)"
    index = (out / "index.html").read_text()
    assert "ok (kept from the run of 20" in index and ": nothing it depends on changed)" in index
    third = run_report(SAMPLE_CORPUS, out, notebooks=[good], resume=True,
                       parameters={"greeting": "changed"}, echo=lines.append)
    assert third.runs[0].status == "ok" and "unchanged" not in lines[-1]
    assert lines[-2] == "[1/1] 01_good.ipynb … (run again: its parameters changed)"


def test_resume_runs_again_when_the_package_code_changed(tmp_path, monkeypatch):
    """A fix to a reading or chart changes the page even when the version does not, so
    ``--resume`` must not keep a page built with other code."""
    import analysis.report

    good = make_notebook(tmp_path / "01_good.ipynb", "print(greeting)")
    out = tmp_path / "out"
    run_report(SAMPLE_CORPUS, out, notebooks=[good], echo=lambda _: None)
    monkeypatch.setattr(analysis.report, "package_fingerprint", lambda: "a reading was fixed")
    lines = []
    again = run_report(SAMPLE_CORPUS, out, notebooks=[good], resume=True, echo=lines.append)
    assert again.runs[0].status == "ok"
    assert lines[1] == "[1/1] 01_good.ipynb … (run again: the package code changed)"


def test_cli_unexpected_error_is_one_line(tmp_path, capsys, monkeypatch):
    import analysis.report

    def explode(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(analysis.report, "run_report", explode)
    assert main(["report", "--out", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert "unexpected OSError: disk full" in err and "Traceback" not in err


def test_lost_kernel_fails_the_notebook_and_names_it(tmp_path):
    dying = make_notebook(tmp_path / "01_dying.ipynb", "import os\nos._exit(1)")
    result = run_report(SAMPLE_CORPUS, tmp_path / "out", notebooks=[dying], timeout=60,
                        echo=lambda _: None)
    assert result.failed and result.failed[0].error.startswith(
        "01_dying.ipynb failed in cell 2 (`import os`): the kernel died")


def test_same_input_gives_byte_identical_tables(tmp_path):
    charting = make_notebook(
        tmp_path / "01_chart.ipynb",
        "import analysis as ma\n"
        "result = ma.analyze(ma.load_corpus(corpus_path))\n"
        "table = ma.stats.count_by(result.articles)\n"
        "ax = ma.charts.articles_per_group(table)\n"
        "ma.save_figure(ax, 'counts', data=table, out_dir=figures_dir)\n"
        "ma.save_table(result.articles, figures_dir + '/articles.csv')")
    outputs = []
    for run in ("one", "two"):
        run_report(SAMPLE_CORPUS, tmp_path / run, notebooks=[charting], echo=lambda _: None)
        outputs.append({p.name: p.read_bytes() for p in (tmp_path / run / "figures").iterdir()
                        if p.suffix in (".csv", ".svg")})
    assert set(outputs[0]) == {"counts.csv", "counts.svg", "articles.csv"}
    assert outputs[0] == outputs[1]


def test_every_notebook_runs_on_an_undated_single_outlet_folder(tmp_path):
    """A folder of .txt files (no dates, no outlet, no storyline) is a main input format:
    every report must still run, with empty time charts saying why."""
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = {
        "council": "Council vote\nThe council approved the plant, officials said. "
                   "“It is a disaster,” said Ines Borowska. Critics say costs may rise.",
        "strike": "Nurses strike\nNurses walked out on Monday. The union reportedly wants 9%. "
                  "“We can’t wait,” Maya Oduya told reporters.",
        "drones": "Drone claims\nAn operator, speaking on condition of anonymity, said "
                  "instructors train crews, according to Radio Velm.",
    }
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    result = run_report(folder, tmp_path / "out", echo=lambda _: None)
    assert [r.status for r in result.runs] == ["ok"] * len(list_notebooks()), [
        r.error for r in result.failed]


def test_static_report_shows_the_note_instead_of_an_empty_widget():
    import nbformat

    from analysis.report import WIDGET_VIEW, _without_widgets

    nb = nbformat.v4.new_notebook()
    nb.metadata["widgets"] = {"state": {}}
    nb.cells.append(nbformat.v4.new_code_cell("explorer(result)", outputs=[
        nbformat.v4.new_output("display_data", data={
            WIDGET_VIEW: {"model_id": "x"}, "text/plain": "open this notebook in JupyterLab"}),
        nbformat.v4.new_output("display_data", data={WIDGET_VIEW: {"model_id": "y"}})]))
    outputs = _without_widgets(nb).cells[0].outputs
    assert outputs[0].data == {"text/plain": "open this notebook in JupyterLab"}
    assert WIDGET_VIEW in outputs[1].data  # nothing else to show: left as it was
    assert "widgets" not in nb.metadata


def test_static_report_loads_nothing_from_the_web_and_keeps_dollar_signs(tmp_path):
    import re

    from analysis.report import _to_html

    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_markdown_cell("The plan costs $4 million and $5 million."))
    source = tmp_path / "n.ipynb"
    nbformat.write(nb, source)
    _to_html(source, tmp_path / "n.html")
    page = (tmp_path / "n.html").read_text(encoding="utf-8")
    assert re.findall(r"<script[^>]*\bsrc=", page) == []
    assert "mathjax" not in page.lower() and "mermaid.esm" not in page
    assert "$4 million and $5 million" in page


@pytest.mark.parametrize("path, shown", [
    ("/home/ana/newsroom/2026/corpus.jsonl", "corpus.jsonl"),
    ("/srv/reports/daily/", "daily"),
    ("exports/week.csv", "week.csv"),
])
def test_reports_name_a_users_files_without_their_folders(path, shown):
    from analysis.run_info import describe_run, public_name

    assert public_name(path) == shown
    corpus = pd.DataFrame({"outlet": ["A"], "published": [pd.NaT]})
    corpus.attrs["source"] = path
    block = describe_run(corpus, corpus_path=path, figures_dir=path, period="M")
    assert path.rstrip("/") not in block and f"**Corpus**: {shown} —" in block
    assert f"`corpus_path` = `{shown!r}`" in block and "`period` = `'M'`" in block


def test_the_bundled_sample_is_named_as_invented():
    from analysis.run_info import SAMPLE_LABEL, public_name

    assert public_name(SAMPLE_CORPUS) == SAMPLE_LABEL


def test_each_report_page_is_titled_by_its_first_heading(tmp_path):
    from analysis.report import PAGE_TITLE, _to_html, page_title

    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_markdown_cell("# Tone: per outlet, *over time*\n\nText."))
    assert page_title(nb) == "Tone: per outlet, over time"
    source = tmp_path / "n.ipynb"
    nbformat.write(nb, source)
    _to_html(source, tmp_path / "n.html")
    assert "<title>Tone: per outlet, over time</title>" in (tmp_path / "n.html").read_text()
    assert page_title(nbformat.v4.new_notebook()) == PAGE_TITLE


def test_reader_warnings_become_plain_notes_and_other_stderr_stays():
    from analysis.report import _as_notes

    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell("x", outputs=[
        nbformat.v4.new_output("stream", name="stderr", text=(
            "SmallSampleWarning: 1 group has fewer than 10 values for 'tone' and gets no "
            "interval: 2026-08-01 (n=9)\n")),
        nbformat.v4.new_output("stream", name="stderr",
                               text="Traceback (most recent call last):\nValueError: bad\n")]))
    first, second = _as_notes(nb).cells[0].outputs
    assert first.output_type == "display_data"
    assert first.data["text/markdown"] == ("*Note:* 1 group has fewer than 10 values for "
                                           "'tone' and gets no interval: 2026-08-01 (n=9)")
    assert second.output_type == "stream" and "ValueError: bad" in second.text


def test_chart_images_carry_their_description_as_alt_text(tmp_path):
    import base64

    import matplotlib.pyplot as plt

    from analysis import charts
    from analysis.charts.base import _png_with_description
    from analysis.report import _to_html

    counts = pd.DataFrame({"outlet": ["A", "B"], "articles": [3, 2], "share": [0.6, 0.4]})
    ax = charts.articles_per_group(counts, source="hand-made table")
    data, metadata = _png_with_description(ax.figure)
    assert metadata["alt"] == "Articles per outlet. N = 5 articles. Source: hand-made table."
    plt.close("all")
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell("chart", outputs=[nbformat.v4.new_output(
        "display_data", data={"image/png": base64.b64encode(data).decode()},
        metadata={"image/png": metadata})]))
    source = tmp_path / "n.ipynb"
    nbformat.write(nb, source)
    _to_html(source, tmp_path / "n.html")
    page = (tmp_path / "n.html").read_text(encoding="utf-8")
    assert 'alt="Articles per outlet. N = 5 articles. Source: hand-made table."' in page
    assert "No description has been provided" not in page


@pytest.mark.parametrize(
    ("args", "message"),
    # papermill's inferred types are checked before any notebook runs: one line, exit 2
    [(["-p", "n_titles=ten"], "-p n_titles='ten': give a whole number, e.g. -p n_titles=10"),
     (["-p", "outlets=[Meridian"], "-p outlets='[Meridian': give a JSON list"),
     (["-p", "targets=Reyvik"], "-p targets='Reyvik': give a JSON object"),
     (["-p", "ascending=maybe"], "-p ascending='maybe': give true or false"),
     # the selection is checked against the corpus before any notebook runs
     (["-p", "outlets=Meridian Wir"], "unknown outlet 'Meridian Wir' (did you mean"),
     (["-p", "start_date=05/09/2026"], "not a date written as YYYY-MM-DD"),
     (["-p", "start_date=2030-01-01"], "no articles between 2030-01-01 and the end")],
)
def test_cli_bad_parameter_values_stop_before_any_notebook(tmp_path, capsys, args, message):
    assert main(["report", "--out", str(tmp_path / "o"), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "o" / "01_overview.ipynb").exists()


def test_parameter_values_take_the_declared_type(tmp_path):
    from analysis.report import _as_declared

    # one outlet as plain text is a one-item list; an id typed as a number stays text
    assert _as_declared("outlets", "Harbor Gazette", {"list"}) == ["Harbor Gazette"]
    assert _as_declared("article_id", 1234, {"str"}) == "1234"
    assert _as_declared("n_titles", 5.0, {"int"}) == 5
    assert _as_declared("targets", {"A": ["A"]}, {"dict"}) == {"A": ["A"]}


def test_published_pages_name_no_local_path(tmp_path):
    """A corpus outside the project, with a repeated id (a load note naming the file) and a
    library warning: no page shows the corpus's or the output's folder."""
    corpus = tmp_path / "feeds" / "today.jsonl"
    corpus.parent.mkdir()
    rows = [{"id": "a", "outlet": "X", "text": "The mayor said the plan works."},
            {"id": "a", "outlet": "X", "text": "Another text with the same id."}]
    corpus.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    noisy = make_notebook(
        tmp_path / "01_noisy.ipynb",
        "import warnings\nimport analysis as ma\nc = ma.load_corpus(corpus_path)\n"
        "print(corpus_path)\nwarnings.warn('library trouble in ' + corpus_path)")
    result = run_report(corpus, tmp_path / "out", notebooks=[noisy], echo=lambda _: None)
    assert not result.failed
    page = (tmp_path / "out" / "01_noisy.html").read_text()
    assert "today.jsonl" in page  # named by its file name
    assert str(tmp_path) not in page


def _odd_csv(tmp_path):
    """A feed whose columns the loader cannot guess (story, paper, when)."""
    path = tmp_path / "feed.csv"
    pd.DataFrame({"ref": ["r1", "r2"], "paper": ["Wire", "Ledger"],
                  "when": ["2026-03-02", "2026-03-03"],
                  "story": ["The council met.", "The mayor said the plan works."]}
                 ).to_csv(path, index=False)
    return path


@pytest.mark.parametrize(
    ("args", "message"),
    [([], "no text column"),
     ([], "-p 'load_options={\"columns\": {\"story\": \"text\"}"),
     (["-p", 'load_options={"colums": {"story": "text"}}'],
      "-p load_options: unknown option(s) colums; load_corpus takes format, columns")],
)
def test_cli_load_problems_say_how_to_pass_load_options(tmp_path, capsys, args, message):
    code = main(["report", "--corpus", str(_odd_csv(tmp_path)), "--out", str(tmp_path / "o"),
                 *args])
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_load_options_reach_every_notebook(tmp_path):
    """The options go to the runner's check and to the notebook's load_corpus alike."""
    options = {"columns": {"story": "text", "paper": "outlet", "when": "published", "ref": "id"}}
    for notebook in list_notebooks():
        assert "load_options" in notebook_parameters(notebook), notebook.name
    overview = [nb for nb in list_notebooks() if nb.stem == "01_overview"]
    result = run_report(_odd_csv(tmp_path), tmp_path / "out", notebooks=overview,
                        parameters={"load_options": options}, echo=lambda _: None)
    assert not result.failed
    page = (tmp_path / "out" / "01_overview.html").read_text()
    assert "2 articles from 2 outlets, 2026-03-02 to 2026-03-03" in page


def test_sample_report_keeps_the_sample_targets(tmp_path):
    """The runner passes the sample's full path: notebook 04 must still recognise the sample
    and show its two targets (review8), while another collection gets none (review7)."""
    tone = [nb for nb in list_notebooks() if nb.stem == "04_tone"]
    result = run_report(SAMPLE_CORPUS, tmp_path / "out", notebooks=tone, echo=lambda _: None)
    assert not result.failed
    page = (tmp_path / "out" / "04_tone.html").read_text()
    assert "No targets were given" not in page
    assert "Reyvik:" in page and "AquaCivic:" in page


def test_markup_in_articles_never_reaches_a_page_as_markup(tmp_path):
    """Article text is text: a <script> or an onerror handler in an article (a CMS export, a
    scraped page) must be escaped in the tone page's target sentences, the one table of the
    suite drawn by a pandas Styler (which does not escape by default)."""
    rows = [{"id": f"x{i}", "outlet": "A" if i % 2 else "B",
             "published": f"2026-11-{i + 1:02d}T09:00:00Z", "title": f"Story {i}",
             "text": (f"The mayor said the plan was a terrible failure number {i}. "
                      "<img src=x onerror=alert(1)> The mayor <script>alert('x')</script> "
                      "was praised as a wonderful leader.")} for i in range(12)]
    corpus = tmp_path / "inject.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    notebook = next(n for n in list_notebooks() if n.stem == "04_tone")
    # (html=False: the loader would otherwise convert the markup to text first; a collection
    # loaded that way, or with markup the converter keeps, must still print it as text)
    result = run_report(corpus, tmp_path / "out", notebooks=[notebook],
                        parameters={"targets": {"Mayor": ["mayor"]},
                                    "load_options": {"html": False}}, echo=lambda _: None)
    assert [r.status for r in result.runs] == ["ok"]
    page = (tmp_path / "out" / "04_tone.html").read_text()
    assert "&lt;script&gt;alert" in page  # the sentence is shown, as text
    assert "<script>alert" not in page and "<img src=x" not in page


def test_a_narrowed_run_keeps_the_other_pages_on_the_index(tmp_path):
    """``--notebook`` narrows a run; the index must still link the folder's other pages, each
    with the run and the parameters it was made with."""
    one = make_notebook(tmp_path / "01_one.ipynb", "print(greeting)")
    two = make_notebook(tmp_path / "02_two.ipynb", "print(greeting)")
    out = tmp_path / "out"
    run_report(SAMPLE_CORPUS, out, notebooks=[one, two], parameters={"greeting": "first"},
               echo=lambda _: None)
    again = run_report(SAMPLE_CORPUS, out, notebooks=[one], parameters={"greeting": "second"},
                       echo=lambda _: None)
    assert [r.notebook for r in again.runs] == ["01_one.ipynb"]
    index = (out / "index.html").read_text()
    assert '<a href="02_two.html">02_two.ipynb</a>' in index
    assert "not part of this run: from the run of 20" in index
    assert "its parameters: greeting = &#x27;first&#x27;" in index
    assert "1 of 1 reports of this run succeeded.\n 1 more page in this folder is from earlier" \
        in index


def test_a_bad_period_stops_the_run_before_any_notebook(tmp_path):
    """03 used to accept only W and M and failed midway on -p period=D; every notebook now
    takes D, W and M, and anything else stops the run first (status 2 from the CLI)."""
    sourcing = next(n for n in list_notebooks() if n.stem == "03_sourcing")
    with pytest.raises(ParameterError, match=r"-p period='Q': choose one of 'D' \(day\)"):
        run_report(SAMPLE_CORPUS, tmp_path / "out", notebooks=[sourcing],
                   parameters={"period": "Q"}, echo=lambda _: None)
    assert not (tmp_path / "out" / "03_sourcing.html").exists()


def test_sourcing_over_time_by_day():
    from analysis import sourcing_stats

    arts = pd.DataFrame({"outlet": ["A", "A"], "n_attributions": [2, 4],
                         "anonymous_share": [0.5, 0.0], "secondhand": [True, False],
                         "published": pd.to_datetime(["2026-11-09 08:00", "2026-11-10 09:00"],
                                                     utc=True)})
    table = sourcing_stats.sourcing_over_time(arts, period="D")
    assert table["period_start"].dt.day.tolist() == [9, 10]
    assert table["secondhand_share"].tolist() == [1.0, 0.0]


def test_load_options_accept_every_option_of_load_corpus():
    """The runner checks -p load_options against load_corpus's own list, so a new option of
    the loader (dayfirst, html, sep) is not refused by the report."""
    from analysis.report import _corpus_facts

    facts = _corpus_facts(SAMPLE_CORPUS, {"load_options": {"dayfirst": True, "html": True}})
    assert facts["articles"] == "67"
    with pytest.raises(ParameterError, match="unknown option"):
        _corpus_facts(SAMPLE_CORPUS, {"load_options": {"dayfirts": True}})
