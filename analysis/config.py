"""Paths used across the suite, built from the package location (never from the working directory).

Everything that needs to find the bundled sample, the notebooks or the default output folders
imports it from here, so notebooks and scripts work from any folder.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
#: The project checkout (one level above the package). Present in a development install.
PROJECT_DIR = PACKAGE_DIR.parent
DATA_DIR = PROJECT_DIR / "data"
#: The bundled, invented sample collection that notebooks and tests run on by default.
SAMPLE_CORPUS = DATA_DIR / "sample" / "articles.jsonl"
NOTEBOOKS_DIR = PROJECT_DIR / "notebooks"
FIGURES_DIR = PROJECT_DIR / "figures"
REPORTS_DIR = PROJECT_DIR / "reports"
LEXICON_DIR = PACKAGE_DIR / "lexicons"

#: Notebook 04's targets when it runs on the bundled sample with no ``targets`` parameter: two
#: actors of the invented collection. On any other collection the default is no target, since a
#: sample alias such as "the mayor" would match another collection's mayor and report them
#: under the sample's name (review of scheduled runs, 2026-12-04). Reyvik is found by his name
#: only: the bare role "the mayor" also matched "the mayor's office", "a person close to the
#: mayor" and "the mayor's water plant", 7 of his 39 sentences (review 14).
SAMPLE_TARGETS = {"Reyvik": ["Reyvik", "Tomas Reyvik"],
                  "AquaCivic": ["AquaCivic", "the utility"]}


def sample_targets(corpus_path) -> dict:
    """:data:`SAMPLE_TARGETS` when ``corpus_path`` is empty or names the bundled sample (a
    scheduled run passes its full path), else no target.

    >>> sample_targets("") == sample_targets(str(SAMPLE_CORPUS)) == SAMPLE_TARGETS
    True
    >>> sample_targets("elsewhere/articles.jsonl")
    {}
    """
    if not corpus_path:
        return dict(SAMPLE_TARGETS)
    try:
        return dict(SAMPLE_TARGETS) if Path(corpus_path).resolve() == SAMPLE_CORPUS.resolve() \
            else {}
    except OSError:
        return {}


#: What notebook 04 prints in place of the targets section when no target was given.
NO_TARGETS_NOTE = (
    "*No targets were given, so this section is empty.* Name the people, organisations or "
    "places to follow and the words that refer to each: in the parameters cell, "
    "`targets = {\"Macron\": [\"Macron\", \"Emmanuel Macron\", \"the French president\"]}`; "
    "in a scheduled run, "
    "`-p 'targets={\"Macron\": [\"Macron\", \"Emmanuel Macron\", \"the French president\"]}'`.")


#: Values that turn a switch of the environment off (``MEDIA_ANALYSIS_CACHE``,
#: ``MEDIA_ANALYSIS_PROGRESS``) and, for the cache, ``analyze(cache="off")`` too.
OFF_WORDS = ("off", "0", "false", "no", "none")
