"""find_reuse(kinds=...): notebook 03 needs only the reprints, and aligning the passages of every
weak pair of a syndicated collection took minutes (review of scheduled runs)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.errors import ParameterError
from analysis.reuse import find_reuse

WIRE = ("Nurses at Aldmere General walked out on Tuesday over pay and staffing, the union said, "
        "in the first strike at the hospital in living memory. Managers said wards stayed open. "
        "Ambulances were sent to the coast road hospital for most of the afternoon, and the "
        "council asked both sides to return to talks before the weekend rota is drawn up. A "
        "ballot on the offer closes next Friday, and the result will be announced at noon.")
SHARED = ("over pay and staffing, the union said, in the first strike at the hospital in living "
          "memory, as every paper put it that week")


def corpus() -> pd.DataFrame:
    return pd.DataFrame({
        "id": ["w", "t", "c"], "outlet": ["Wire", "Tabloid", "Column"],
        "published": pd.to_datetime(["2026-10-06 08:00", "2026-10-06 16:00",
                                     "2026-10-07 09:00"], utc=True),
        "text": [WIRE, "SHOCK! " + WIRE,
                 "Our columnist was not surprised. It was " + SHARED + ", and the mayor "
                 "said nothing at all about the wards, the pay or the staff who left."]})


def test_reprints_only_gives_the_same_reprint_rows_as_all_kinds():
    every = find_reuse(corpus()).pairs
    reprints = find_reuse(corpus(), kinds=("reprint",)).pairs
    assert set(every["kind"]) > {"reprint"}  # the fixture has weaker pairs too
    assert reprints["kind"].tolist() == ["reprint"]
    pd.testing.assert_frame_equal(reprints, every[every["kind"] == "reprint"]
                                  .reset_index(drop=True))


def test_unknown_kinds_are_refused():
    with pytest.raises(ParameterError, match="choose among reprint, rewrite, shared_passages"):
        find_reuse(corpus(), kinds=("reprints",))
