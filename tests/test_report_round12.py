"""The report's notebook kernels import the package that runs the report (review 12: a clone
sharing another checkout's editable install built its pages from the other checkout's code)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import analysis
from analysis.report import kernels_import_this_package, package_root


def imported_by_a_child(cwd: Path) -> str:
    """What a fresh interpreter started like a kernel (in another folder, with this
    process's environment) imports as ``analysis``."""
    done = subprocess.run([sys.executable, "-c", "import analysis; print(analysis.__file__)"],
                          cwd=cwd, env=os.environ.copy(), capture_output=True, text=True,
                          check=True)
    return done.stdout.strip()


def test_kernels_import_this_package_even_when_another_comes_first(tmp_path, monkeypatch):
    other = tmp_path / "other-checkout"
    (other / "analysis").mkdir(parents=True)
    (other / "analysis" / "__init__.py").write_text("# another checkout\n")
    monkeypatch.setenv("PYTHONPATH", str(other))
    out = tmp_path / "out"
    out.mkdir()
    assert Path(imported_by_a_child(out)).parent == other / "analysis"  # the trap is real
    with kernels_import_this_package():
        assert Path(imported_by_a_child(out)).resolve() == Path(analysis.__file__).resolve()
    assert os.environ["PYTHONPATH"] == str(other)  # restored


def test_pythonpath_is_removed_again_when_it_was_not_set(monkeypatch):
    monkeypatch.delenv("PYTHONPATH", raising=False)
    with kernels_import_this_package():
        assert os.environ["PYTHONPATH"].split(os.pathsep)[0] == str(package_root())
    assert "PYTHONPATH" not in os.environ


def test_framing_report_runs_on_two_articles_and_says_why_there_are_no_topics(tmp_path):
    """Review 11: notebook 02 failed on a selection of one or two articles, blaming the
    n_topics parameter the user never set; it now skips the topics with a note."""
    from analysis.report import list_notebooks, run_report

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Council vote\nThe council approved the plant, officials "
                                  "said. Critics say costs may rise.", encoding="utf-8")
    (folder / "b.txt").write_text("Nurses strike\nNurses walked out on Monday, the union "
                                  "said.", encoding="utf-8")
    framing = [nb for nb in list_notebooks() if nb.name.startswith("02_")]
    result = run_report(folder, tmp_path / "out", notebooks=framing, echo=lambda _: None)
    assert [r.status for r in result.runs] == ["ok"], [r.error for r in result.failed]
    page = (tmp_path / "out" / "02_framing.html").read_text(encoding="utf-8")
    assert "Topics need at least 3 articles; this selection has 2" in page


def test_columns_and_counts_are_checked_before_any_notebook_runs(tmp_path):
    """Review 11: a misspelt `by` or `storyline_column`, or a negative count, failed inside a
    notebook (status 1) after the collection had been analysed; now refused up front, and a
    refused run leaves no output folder behind."""
    import pytest

    from analysis.config import SAMPLE_CORPUS
    from analysis.errors import ParameterError
    from analysis.report import run_report

    for given, says in ((["by=outlett"], "did you mean 'outlet'"),
                        (["storyline_column=nope"], "no such column"),
                        (["n_titles=-3"], "n_titles=-3: give a whole number of 0 or more"),
                        (["tone=negativ"], "choose one of '' (no filter)")):
        from analysis.report import parse_parameter

        parameters = dict(parse_parameter(p) for p in given)
        with pytest.raises(ParameterError, match=says.replace("(", r"\(").replace(")", r"\)")):
            run_report(SAMPLE_CORPUS, tmp_path / "out", parameters=parameters,
                       echo=lambda _: None)
        assert not (tmp_path / "out").exists()


def test_no_progress_bar_in_report_kernels(monkeypatch):
    """Review 13: pages of a 2,000-article report showed tqdm bars in error-style boxes."""
    import pandas as pd

    import analysis as ma
    from analysis.pipeline import PROGRESS_ENV, PROGRESS_MIN_ARTICLES

    monkeypatch.delenv(PROGRESS_ENV, raising=False)
    corpus = pd.DataFrame({"id": [f"a{i}" for i in range(PROGRESS_MIN_ARTICLES)],
                           "outlet": "X", "text": "Fine."})
    shown = []
    import analysis.pipeline as pipeline

    real = pipeline.tqdm

    def spy(*args, **kwargs):
        shown.append(not kwargs.get("disable", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "tqdm", spy)
    with kernels_import_this_package():
        assert os.environ[PROGRESS_ENV] == "off"
        ma.analyze(corpus, cache=None, n_jobs=1)
    ma.analyze(corpus, cache=None, n_jobs=1)
    assert shown == [False, True]
    assert PROGRESS_ENV not in os.environ


def test_the_cache_folder_never_reaches_a_page(monkeypatch, tmp_path):
    """Review 13: a read-only cache's warning printed its full path in every page."""
    from pathlib import Path

    from analysis.report import local_paths

    cache = tmp_path / "nightly-cache"
    monkeypatch.setenv("MEDIA_ANALYSIS_CACHE", str(cache))
    paths = local_paths(Path("/srv/feeds/today.jsonl"), Path("/srv/out"))
    assert paths[str(cache)] == "the result cache folder"
    assert paths[str(cache) + os.sep] == ""
