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
