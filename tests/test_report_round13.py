"""Scheduled runs, round 13: one run per output folder, an index that tells an interrupted run
from a finished one, a failed notebook's old page withdrawn, and charts a run no longer draws
removed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from analysis import ParameterError
from analysis.config import SAMPLE_CORPUS
from analysis.report import LOCK_FILE, _write_index, output_lock, run_report
from tests.test_report import make_notebook


def _chart_cell(*names):
    """A cell that writes each named figure file into figures_dir, as save_figure would."""
    return "from pathlib import Path\n" + "".join(
        f"Path(figures_dir, {name!r}).write_text('chart')\n" for name in names)


def test_a_second_run_on_the_same_folder_is_refused_while_the_first_holds_it(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    # the first run is another process holding the lock (as a scheduled job would)
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from analysis.report import output_lock
            with output_lock(Path({str(out)!r})):
                print("locked", flush=True)
                sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=os.getcwd())
    try:
        assert holder.stdout.readline().strip() == "locked"
        nb = make_notebook(tmp_path / "01_one.ipynb", "x = 1")
        with pytest.raises(ParameterError, match="another report run is writing to this "
                                                 rf"folder \(process {holder.pid} on"):
            run_report(SAMPLE_CORPUS, out, notebooks=[nb], echo=lambda line: None)
        assert not (out / "01_one.html").exists()
    finally:
        holder.communicate("done\n", timeout=60)
    # once the holder has ended (here: left the block; a killed process too) the folder is free
    result = run_report(SAMPLE_CORPUS, out, notebooks=[nb], echo=lambda line: None)
    assert [r.status for r in result.runs] == ["ok"]


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import time
            from pathlib import Path
            from analysis.report import output_lock
            with output_lock(Path({str(tmp_path)!r})):
                print("locked", flush=True)
                time.sleep(120)
        """)], stdout=subprocess.PIPE, text=True, cwd=os.getcwd())
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(ParameterError), output_lock(tmp_path):
        pass
    holder.kill()
    holder.wait(timeout=60)
    with output_lock(tmp_path):  # taken at once: the operating system released it
        assert (tmp_path / LOCK_FILE).read_text().startswith(f"process {os.getpid()} on ")


def test_the_index_written_during_a_run_says_it_has_not_finished(tmp_path):
    from datetime import UTC, datetime

    from analysis.report import NotebookRun, ReportResult

    (tmp_path / "02_b.html").write_text("yesterday")
    result = ReportResult(out_dir=tmp_path, index=tmp_path / "index.html")
    result.runs.append(NotebookRun("01_a.ipynb", "ok", 3.0, "01_a.html"))
    _write_index(result, {}, {}, datetime(2026, 12, 4, 6, 0, tzinfo=UTC), 3.0,
                 waiting={"02_b.ipynb": {"key": "k", "html": "02_b.html",
                                         "finished": "2026-12-03 06:01 UTC"},
                          "03_c.ipynb": {}})
    page = (tmp_path / "index.html").read_text()
    assert "This run has not finished" in page
    assert "had run 1 of 3 reports (1 succeeded)" in page
    # the older page is still linked, and dated, so nobody takes it for this run's
    assert ('<a href="02_b.html">02_b.ipynb</a></td><td>not reached yet by this run (it is '
            "under way, or was stopped); the page at this address is from the run of "
            "2026-12-03 06:01 UTC") in page
    assert "<td>03_c.ipynb</td><td>not reached yet by this run" in page


def test_an_interrupted_run_leaves_an_index_naming_the_unreached_notebook(tmp_path):
    first = make_notebook(tmp_path / "01_first.ipynb", "x = 1")
    # the second notebook stands for a run killed part-way: it ends the runner's process
    second = make_notebook(tmp_path / "02_second.ipynb", "y = 2")
    out = tmp_path / "out"
    run_report(SAMPLE_CORPUS, out, notebooks=[first, second], echo=lambda line: None)
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from analysis.config import SAMPLE_CORPUS
        from analysis.report import run_report
        def echo(line):
            if line.startswith("[2/2]"):  # the run is killed as it starts notebook 2
                os._exit(9)
        run_report(SAMPLE_CORPUS, Path({str(out)!r}),
                   notebooks=[Path({str(first)!r}), Path({str(second)!r})], echo=echo)
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=os.getcwd(), timeout=600)
    assert done.returncode == 9
    page = (out / "index.html").read_text()
    assert "This run has not finished" in page
    assert "had run 1 of 2 reports (1 succeeded)" in page
    assert "02_second.ipynb</a></td><td>not reached yet by this run" in page
    # and the folder is not left locked
    result = run_report(SAMPLE_CORPUS, out, notebooks=[first, second], echo=lambda line: None)
    assert "has not finished" not in (out / "index.html").read_text()
    assert [r.status for r in result.runs] == ["ok", "ok"]


def test_a_failed_notebook_withdraws_its_earlier_page_and_charts(tmp_path):
    nb = tmp_path / "01_flaky.ipynb"
    make_notebook(nb, _chart_cell("01_counts.png", "01_counts.csv"))
    out = tmp_path / "out"
    run_report(SAMPLE_CORPUS, out, notebooks=[nb], echo=lambda line: None)
    assert (out / "figures" / "01_counts.png").exists()
    assert "this report failed" not in (out / "01_flaky.html").read_text()
    make_notebook(nb, "1 / 0")  # tomorrow it fails before drawing anything
    lines = []
    result = run_report(SAMPLE_CORPUS, out, notebooks=[nb], echo=lines.append)
    assert result.runs[0].status == "failed"
    page = (out / "01_flaky.html").read_text()
    assert "01_flaky: this report failed" in page
    assert "ZeroDivisionError" in page
    assert "was withdrawn so that its numbers are not taken for this run" in page
    assert not (out / "figures" / "01_counts.png").exists()
    assert "removed 2 chart file(s) of its earlier run" in lines[-1]
    index = (out / "index.html").read_text()
    assert '<a href="01_flaky.html">01_flaky.ipynb</a></td><td>FAILED' in index
    # the failure page is not an earlier success: --resume runs the notebook again
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["01_flaky.ipynb"]["key"] is None
    assert manifest["01_flaky.ipynb"]["html"] is None


def test_a_chart_the_data_no_longer_draws_is_removed_and_others_are_kept(tmp_path):
    nb = tmp_path / "01_charts.ipynb"
    other = make_notebook(tmp_path / "02_other.ipynb", _chart_cell("02_kept.png"))
    make_notebook(nb, _chart_cell("01_a.png", "01_b.png"))
    out = tmp_path / "out"
    run_report(SAMPLE_CORPUS, out, notebooks=[nb, other], echo=lambda line: None)
    (out / "figures" / "mine.txt").write_text("a user's own file")
    make_notebook(nb, _chart_cell("01_a.png"))  # today 01_b cannot be drawn
    run_report(SAMPLE_CORPUS, out, notebooks=[nb], echo=lambda line: None)
    left = sorted(p.name for p in (out / "figures").iterdir())
    assert left == ["01_a.png", "02_kept.png", "mine.txt"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["01_charts.ipynb"]["figures"] == ["01_a.png"]
    assert manifest["02_other.ipynb"]["figures"] == ["02_kept.png"]


def test_a_file_without_the_notebooks_prefix_is_never_taken_for_its_chart(tmp_path):
    """Review 16: a user's own file saved in figures/ while a notebook ran was recorded as the
    notebook's chart and deleted by the next run."""
    nb = tmp_path / "01_charts.ipynb"
    make_notebook(nb, _chart_cell("01_a.png", "mine.png"))
    out = tmp_path / "out"
    run_report(SAMPLE_CORPUS, out, notebooks=[nb], echo=lambda line: None)
    assert json.loads((out / "manifest.json").read_text())["01_charts.ipynb"]["figures"] == [
        "01_a.png"]
    make_notebook(nb, "x = 1")
    run_report(SAMPLE_CORPUS, out, notebooks=[nb], echo=lambda line: None)
    assert sorted(p.name for p in (out / "figures").iterdir()) == ["mine.png"]


def test_two_notebooks_of_one_number_do_not_remove_each_others_charts(tmp_path):
    first = make_notebook(tmp_path / "01_first.ipynb", _chart_cell("01_first.png"))
    second = make_notebook(tmp_path / "01_second.ipynb", _chart_cell("01_second.png"))
    out = tmp_path / "out"
    for _ in range(2):
        run_report(SAMPLE_CORPUS, out, notebooks=[first, second], echo=lambda line: None)
    assert sorted(p.name for p in (out / "figures").iterdir()) == ["01_first.png",
                                                                  "01_second.png"]
