"""The result cache, round 13 (review of scheduled runs): what the cache holds is shown and
can be pruned, and a report run says beforehand how much of the collection it will analyse."""

from __future__ import annotations

import json
import os
import time

import pandas as pd
import pytest

import analysis as ma
from analysis.__main__ import main
from analysis.cache import META_FILE, cache_status, cache_summary, clear_cache, prune_cache

ARTICLES = pd.DataFrame({"id": ["a", "b", "c"], "outlet": ["X", "X", "Y"],
                         "text": ["Fine weather, the mayor said.", "A good day for the harbour.",
                                  "Critics say the plan will fail."]})


def _folders(root):
    return sorted(p.name for p in root.iterdir() if p.is_dir())


def test_status_counts_what_is_cached_before_a_run(tmp_path):
    assert cache_status(ARTICLES, cache=str(tmp_path)) == {
        "articles": 3, "cached": 0, "to_analyse": 3, "writable": True}
    ma.analyze(ARTICLES.iloc[:2], cache=str(tmp_path), progress=False)
    edited = ARTICLES.assign(text=ARTICLES["text"].where(ARTICLES["id"] != "b", "Edited."))
    # a: cached; b: its text changed since; c: new
    assert cache_status(edited, cache=str(tmp_path)) == {
        "articles": 3, "cached": 1, "to_analyse": 2, "writable": True}
    assert cache_status(ARTICLES, cache="off") is None


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0,
                    reason="permissions are not enforced for this user")
def test_status_says_when_the_cache_cannot_keep_new_results(tmp_path):
    root = tmp_path / "cache"
    root.mkdir()
    root.chmod(0o555)
    try:
        assert cache_status(ARTICLES, cache=str(root))["writable"] is False
    finally:
        root.chmod(0o755)


def test_summary_and_prune_keep_what_the_current_code_reads(tmp_path):
    ma.analyze(ARTICLES, cache=str(tmp_path), progress=False)
    ma.analyze(ARTICLES, cache=str(tmp_path), progress=False, analyzers=["tone"])
    (current,) = [name for name in _folders(tmp_path)
                  if (tmp_path / name / META_FILE).exists()][:1]
    # a folder another version of the code wrote, last used 40 days ago
    old = tmp_path / ("ab" * 12)
    (old / "batch-1").mkdir(parents=True)
    (old / META_FILE).write_text(json.dumps({"code": "older", "package_version": "0.0.9"}))
    _age(old, days=40)
    # and one another install still uses (a newer checkout sharing the cache folder)
    shared = tmp_path / ("ef" * 12)
    (shared / "batch-1").mkdir(parents=True)
    (shared / META_FILE).write_text(json.dumps({"code": "newer", "package_version": "0.2.0"}))
    # a folder of unknown origin (other analyzers, written before the cache kept meta files)
    unknown = tmp_path / ("cd" * 12)
    (unknown / "batch-1").mkdir(parents=True)
    table = cache_summary(str(tmp_path))
    by_folder = table.set_index("folder")
    assert by_folder.loc[current, "articles"] == 3
    assert bool(by_folder.loc[old.name, "current"]) is False
    assert pd.isna(by_folder.loc[unknown.name, "current"])
    assert by_folder["current"].sum() == 2  # the default analysis's folder and tone's
    assert prune_cache(str(tmp_path)) == [old.name]  # (unused for 30 days or more)
    assert not old.exists() and unknown.exists() and shared.exists()
    # with 0 days every folder but the default analysis's goes: other code's and the folder of
    # the tone-only analysis (options or analyzers no longer used are pruned too; review 18)
    from analysis.cache import fingerprint
    from analysis.pipeline import choose_analyzers

    default = fingerprint(choose_analyzers(None), None)
    tone_only = [name for name in _folders(tmp_path) if name not in (default, shared.name,
                                                                      unknown.name)]
    assert sorted(prune_cache(str(tmp_path), unused_days=0)) == sorted([shared.name, *tone_only])
    warm = ma.analyze(ARTICLES, cache=str(tmp_path), progress=False)
    assert cache_status(ARTICLES, cache=str(tmp_path))["cached"] == 3
    assert len(warm.articles) == 3
    assert clear_cache(str(tmp_path)) == 2  # the default analysis's batch and the unknown one
    assert cache_summary(str(tmp_path)).empty


def test_a_folder_from_before_meta_files_of_the_default_analysis_counts_as_current(tmp_path):
    ma.analyze(ARTICLES, cache=str(tmp_path), progress=False)
    (folder,) = _folders(tmp_path)
    (tmp_path / folder / META_FILE).unlink()
    assert bool(cache_summary(str(tmp_path))["current"].iloc[0]) is True
    assert prune_cache(str(tmp_path)) == []


def _age(folder, *, days):
    """Make every file of ``folder`` look last used ``days`` days ago."""
    then = time.time() - days * 86_400
    for path in [folder, *folder.rglob("*")]:
        os.utime(path, (then, then))


def test_a_run_reading_the_cache_marks_its_folder_used(tmp_path):
    ma.analyze(ARTICLES, cache=str(tmp_path), progress=False)
    (folder,) = _folders(tmp_path)
    _age(tmp_path / folder, days=40)
    ma.analyze(ARTICLES, cache=str(tmp_path), progress=False)  # all read from the cache
    used = cache_summary(str(tmp_path))["last_used"].iloc[0]
    assert (pd.Timestamp.now(tz="UTC") - used) < pd.Timedelta(minutes=5)


def test_cache_command_lists_prunes_and_clears(tmp_path, capsys):
    ma.analyze(ARTICLES, cache=str(tmp_path), progress=False)
    old = tmp_path / ("ab" * 12)
    (old / "batch-1").mkdir(parents=True)
    (old / META_FILE).write_text(json.dumps({"code": "older"}))
    _age(old, days=31)
    assert main(["cache", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"Result cache {tmp_path}: 2 folder(s), 3 article results" in out
    assert "no (other code)" in out and "--prune" in out
    assert main(["cache", "--dir", str(tmp_path), "--prune"]) == 0
    out = capsys.readouterr().out
    assert (f"Removed 1 folder(s) unused for 30+ days from {tmp_path}: "
            f"{old.name}.") in out
    assert main(["cache", "--dir", str(tmp_path), "--clear"]) == 0
    assert "Removed 1 cached batch(es)" in capsys.readouterr().out
    assert main(["cache", "--dir", str(tmp_path)]) == 0
    assert "holds nothing" in capsys.readouterr().out


def test_a_report_run_says_how_much_it_will_analyse(tmp_path, monkeypatch):
    from analysis.config import SAMPLE_CORPUS
    from analysis.report import run_report
    from tests.test_report import make_notebook

    monkeypatch.setenv("MEDIA_ANALYSIS_CACHE", str(tmp_path / "cache"))
    nb = make_notebook(tmp_path / "01_one.ipynb", "x = 1")
    lines = []
    run_report(SAMPLE_CORPUS, tmp_path / "out", notebooks=[nb], echo=lines.append)
    assert lines[0] == ("Result cache: 0 of the 67 distinct selected texts already analysed; "
                        "67 to analyse")
    ma.analyze(ma.load_corpus(SAMPLE_CORPUS).iloc[:60], progress=False)
    lines.clear()
    run_report(SAMPLE_CORPUS, tmp_path / "out", notebooks=[nb], echo=lines.append)
    # (the next day: 7 new articles; the sample's 67 texts are all distinct and in English)
    assert lines[0] == ("Result cache: 60 of the 67 distinct selected texts already analysed; "
                        "7 to analyse")
    index = (tmp_path / "out" / "index.html").read_text()
    assert "<th>result cache</th><td>60 of the 67 distinct selected texts" in index
    assert str(tmp_path) not in index
    monkeypatch.setenv("MEDIA_ANALYSIS_CACHE", "off")
    lines.clear()
    run_report(SAMPLE_CORPUS, tmp_path / "out", notebooks=[nb], echo=lines.append)
    assert lines[0] == "Result cache: off: every report analyses the articles itself"


def test_a_read_only_cache_is_named_in_the_runs_first_line(tmp_path, monkeypatch):
    """(Simulated: the tests may run as a user whom permissions do not stop.)"""
    from analysis import cache
    from analysis.report import _cache_fact

    monkeypatch.setattr(cache.os, "access", lambda path, mode: False)
    monkeypatch.setenv("MEDIA_ANALYSIS_CACHE", str(tmp_path))
    assert _cache_fact(ARTICLES) == (
        "0 of the 3 distinct selected texts already analysed; 3 to analyse — the cache folder "
        "is not writable, so nothing new is kept and every report analyses them again")
