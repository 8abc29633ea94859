"""Text reuse: hand-built pairs with known shared passages, the sample's labelled reprints."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis as ma
from analysis import reuse
from analysis.errors import ParameterError

WIRE = ("PORT ALDMERE, Oct 6 (Meridian Wire) - Nurses at Aldmere General Hospital began an "
        "open-ended strike on Tuesday over pay and staffing levels, the first strike by nurses "
        "at the city's largest hospital in living memory. The union said about 1,100 of the "
        "hospital's 1,400 nurses had joined picket lines by 7 a.m.")
#: The tabloid reprints the wire copy with curly apostrophes and its own opening line.
REPRINT = ("Angels on the picket line! " + WIRE.split(" - ", 1)[1].replace("'", "’"))
#: Shares exactly one 12-word passage with the wire (hand-counted) and nothing else.
PASSAGE = "began an open-ended strike on Tuesday over pay and staffing levels, the"
PARTIAL = (f"Readers will know that nurses {PASSAGE} union confirmed. We think the minister "
           "should listen before the winter arrives.")
UNRELATED = "The council met on Thursday to discuss parking fees in the old town square."


def corpus(**extra) -> pd.DataFrame:
    data = {"id": ["wire", "tab", "digest", "other", "wire2"],
            "outlet": ["Wire", "Tabloid", "Digest", "Digest", "Wire"],
            "published": pd.to_datetime(
                ["2026-10-06 08:00", "2026-10-06 16:00", "2026-10-07 09:00",
                 "2026-10-07 00:00", "2026-10-06 09:00"], utc=True),
            "text": [WIRE, REPRINT, PARTIAL, UNRELATED, WIRE]}
    data.update(extra)
    return pd.DataFrame(data)


def test_pairs_kinds_and_direction():
    found = reuse.find_reuse(corpus())
    pairs = found.pairs.set_index(["earlier_id", "later_id"])
    # wire2 is the same outlet as wire: never paired with it
    assert ("wire", "wire2") not in pairs.index
    assert pairs.loc[("wire", "tab"), "kind"] == "reprint"
    assert pairs.loc[("wire", "tab"), "direction"] == "earlier → later"
    # a short text sharing one passage: 8 of its 25 shingles → Jaccard 8 / (50 + 25 − 8)
    assert pairs.loc[("wire", "digest"), "shared_words"] == 12
    assert pairs.loc[("wire", "digest"), "shared_shingles"] == 8
    assert pairs.loc[("wire", "digest"), "jaccard"] == pytest.approx(8 / 67)
    assert pairs.loc[("wire", "digest"), "kind"] == "rewrite"
    assert not any("other" in key for key in pairs.index)


def test_reprint_containment_hand_worked():
    pairs = reuse.find_reuse(corpus()).pairs.set_index(["earlier_id", "later_id"])
    # WIRE has 54 words → 50 shingles. The reprint drops the 6-word dateline ("PORT ALDMERE,
    # Oct 6 (Meridian Wire)") and adds 5 words: 53 words → 49 shingles. Shared: the wire's
    # shingles starting at word 6 or later, 54 − 6 − 4 = 44 (curly apostrophes are folded).
    assert len(ma.text.words(WIRE)) == 54
    row = pairs.loc[("wire", "tab")]
    assert row["shared_shingles"] == 44
    assert row["containment"] == pytest.approx(44 / 50)
    assert row["jaccard"] == pytest.approx(44 / (50 + 49 - 44))


def test_passages_point_into_both_texts():
    data = corpus()
    texts = dict(zip(data["id"], data["text"], strict=True))
    found = reuse.find_reuse(data)
    for p in found.passages.itertuples():
        assert texts[p.earlier_id][p.earlier_start:p.earlier_end] == p.earlier_text
        assert texts[p.later_id][p.later_start:p.later_end] == p.later_text
    digest = found.passages[found.passages["later_id"] == "digest"].iloc[0]
    assert digest.later_text == PASSAGE.rstrip(", the") + ", the"


def test_undated_pairs_have_no_direction():
    data = corpus(published=[pd.NaT] * 5)
    pairs = reuse.find_reuse(data).pairs
    assert set(pairs["direction"]) == {"undetermined"}


def test_same_outlet_option():
    pairs = reuse.find_reuse(corpus(), same_outlet=True).pairs
    assert ((pairs["earlier_id"] == "wire") & (pairs["later_id"] == "wire2")).any()


def test_mark_and_drop_reprints_chain():
    pairs = pd.DataFrame({"earlier_id": ["a", "b", "a"], "later_id": ["b", "c", "d"],
                          "kind": ["reprint", "reprint", "rewrite"]})
    articles = pd.DataFrame({"id": list("abcd")})
    marked = reuse.mark_reprints(articles, pairs)
    assert marked["original_id"].tolist()[1:3] == ["a", "a"]
    assert pd.isna(marked["original_id"].iloc[3])
    assert "original_id" not in articles.columns              # caller's table untouched
    both = reuse.mark_reprints(articles, pairs, kinds=("reprint", "rewrite"))
    assert both["original_id"].iloc[3] == "a"
    assert reuse.drop_reprints(articles, marked)["id"].tolist() == ["a", "d"]


def test_count_once_hand_worked():
    marked = pd.DataFrame({"id": ["w", "r1", "r2", "x"],
                           "original_id": [pd.NA, "w", "w", pd.NA]})
    attributions = pd.DataFrame({"article_id": ["w", "r1", "r2", "x"],
                                 "speaker_type": ["anonymous"] * 3 + ["official"]})
    table = reuse.count_once(attributions, marked, by="speaker_type")
    assert table.values.tolist() == [["anonymous", 3, 1], ["official", 1, 1]]


@pytest.mark.parametrize("option,value", [("shingle_words", 1), ("min_passage_words", 3),
                                          ("max_shingle_df", 1), ("by", "nope")])
def test_bad_options(option, value):
    with pytest.raises(ParameterError):
        reuse.find_reuse(corpus(), **{option: value})


def test_finds_the_three_sample_reprints():
    """The sample's hand labels (reprint_of): all three found, nothing else called a reprint."""
    sample = ma.load_corpus(ma.config.SAMPLE_CORPUS)
    found = reuse.find_reuse(sample)
    marked = reuse.mark_reprints(sample, found.pairs)
    scores = reuse.reprint_accuracy(marked)
    assert (scores["tp"], scores["fp"], scores["fn"]) == (3, 0, 0)
    copies = found.pairs[found.pairs["kind"] == "rewrite"]
    assert set(copies["later_outlet"]) == {"Frontline Digest"}


def test_evaluation_command_prints_scores(capsys):
    from analysis.evaluate import reuse as evaluation

    assert evaluation.main([]) == 0
    assert "precision=1.000 recall=1.000" in capsys.readouterr().out


def test_shown_passages_state_the_overlap_in_words():
    # wire → digest shares 8 of 67 distinct shingles (hand-worked above): 12%
    html = reuse.show_passages(reuse.find_reuse(corpus()), n=5)._repr_html_()
    assert "12% of their distinct 5-word sequences in common (Jaccard 0.119)" in html
    assert "12 words in shared passages of 12+ words, below" in html
    assert PASSAGE.replace("'", "&#x27;") in html or PASSAGE in html
