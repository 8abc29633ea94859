"""Shared fixtures: small articles written by hand, each labelled with what a careful reader
finds in it (sentence counts are by hand)."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

# Tests analyse afresh: a cached result would hide a change made by a test (monkeypatched
# lexicons, thresholds). The cache's own tests pass ``cache=tmp_path``.
os.environ["MEDIA_ANALYSIS_CACHE"] = "off"

#: (text, sentences a careful reader counts, words)
HAND_ARTICLES = {
    "wire": (
        'PORT ALDMERE, Sept 3 (Meridian Wire) - Mr. Reyvik said the U.S.-made pumps would '
        'arrive on Monday. "We have no other choice," he said. Dr. Achterberg disagreed.',
        3, 26,
    ),
    "curly": (
        "“It is a disaster.” That’s how Ines Borowska put it. She didn’t stop there: "
        "“We won’t move!” she told the crowd.",
        3, 21,
    ),
    "empty": ("   \n  ", 0, 0),
}


@pytest.fixture
def hand_corpus() -> pd.DataFrame:
    """Three invented articles from two outlets, one of them empty."""
    return pd.DataFrame({
        "id": list(HAND_ARTICLES),
        "outlet": ["Meridian Wire", "The Daily Lantern", "The Daily Lantern"],
        "published": ["2026-09-03T09:15:00+02:00", "2026-09-04", ""],
        "title": ["Pumps due Monday", "Disaster, says residents’ chair", "Empty"],
        "text": [text for text, _, _ in HAND_ARTICLES.values()],
    })


#: ``../shared`` beside the project: the seed article and the annotated development data.
#: A user's clone does not have it, so tests that need it skip.
SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"
SEED_FILE = SHARED_DIR / "seed" / "000_c699487b07c5dd3c.txt"
DEVDATA_DIR = SHARED_DIR / "devdata"


@pytest.fixture
def seed_text() -> str:
    """The reference article from ../shared/seed (skips when it is not beside the project)."""
    if not SEED_FILE.exists():
        pytest.skip(f"seed article not found at {SEED_FILE} (only CI and developers have it)")
    return SEED_FILE.read_text(encoding="utf-8")
