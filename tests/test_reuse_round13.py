"""Text reuse, round 13 (review 14, finding 7): a source's identification ("name, appositive,
said") is not reuse, and a reprint's pairs that only repeat its original's pairs are echoes,
reported once, from the original. All articles here are invented for the tests."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import reuse
from analysis.reuse import describe_reuse, find_reuse, mark_reprints

WHEN = ["2026-03-02 08:00", "2026-05-04 09:00"]

IDENT = "Professor Mira Quellen, an ecologist at the Institute of Fenwater Studies, said"


def two(first: str, second: str, when=WHEN) -> pd.DataFrame:
    return pd.DataFrame({"id": ["a", "b"], "outlet": ["Courier", "Gazette"],
                         "published": pd.to_datetime(when, utc=True), "text": [first, second]})


@pytest.mark.parametrize("first, second", [
    # name + appositive + verb, then one shared word: 13 words in common (review 14's case)
    (f"Reed beds were cut back in March. {IDENT} the beds would recover by June.",
     f"The ferry timetable changed again. {IDENT} the council had ignored her letters."),
    # the verb first, after a quotation: "…,” said Professor Mira Quellen, an ecologist …"
    ("“The water is clearer than it was,” said Professor Mira Quellen, an ecologist at the "
     "Institute of Fenwater Studies. Anglers agreed.",
     "“Nobody asked the anglers,” said Professor Mira Quellen, an ecologist at the "
     "Institute of Fenwater Studies. The meeting ended early."),
    # a role before the name, the name in the appositive, then a short run of the statement
    ("The arbiter, retired harbour tribunal judge Osric Penhallow, said the dispute over the "
     "moorings had gone on long enough.",
     "The arbiter, retired harbour tribunal judge Osric Penhallow, said the dispute over the "
     "fees was a matter for the port."),
])
def test_a_source_identification_alone_is_not_reuse(first, second):
    found = find_reuse(two(first, second))
    assert found.pairs.empty and found.passages.empty


def test_the_identification_rule_is_what_drops_them():
    # the same 13 shared words with the reporting verb swapped for a non-reporting one
    # ("swam") are not an identification: the passage stays
    first = "Reed beds were cut back in March. Professor Mira Quellen, an ecologist at the " \
            "Institute of Fenwater Studies, swam the length of the lake."
    second = "The ferry timetable changed again. Professor Mira Quellen, an ecologist at the " \
             "Institute of Fenwater Studies, swam the river at dawn."
    found = find_reuse(two(first, second))
    assert found.passages["n_words"].tolist() == [13]


@pytest.mark.parametrize("shared", [
    # an identification followed by 12+ words of the statement: evidence
    f"{IDENT} the reed beds along the northern shore had lost a third of their area since "
    "the dredging",
    # an identification with a clause of content (10 more words): the statement is shared
    "Premier Elna Varg says she has full confidence in her harbour master, Tobias Wren",
    # names but no reporting verb: content (who employs whom), kept
    "engineers are in Fenwater, all employees of the state-owned firm Halvard Marine Works",
    # a relative clause is a clause, not an appositive: kept
    "Harbour Master Tobias Wren, who told the council in May that the moorings were full, "
    "sat beside",
])
def test_shared_content_with_names_is_still_reuse(shared):
    found = find_reuse(two(f"Rain fell all week. {shared} the others in the hall.",
                           f"The vote was close. {shared} the mayor at the end."))
    assert len(found.pairs) == 1
    assert found.passages["n_words"].iloc[0] >= reuse.MIN_PASSAGE_WORDS


@pytest.mark.parametrize("words, capital, breaks, expected", [
    # "Oduya said the union would press" → "Oduya said"
    ("oduya said the union would press".split(), [True] + [False] * 5, [""] * 5 + ["|"], 2),
    # no reporting verb: nothing
    ("mira quellen an ecologist swam far".split(), [True, True] + [False] * 4,
     ["", ",", "", ",", "", "|"], 0),
    # a content clause before "X said" is not swallowed: only "Quellen said"
    ("the plant would close quellen said".split(), [False] * 4 + [True, False],
     ["", "", "", ",", "", "|"], 2),
    # "the beds recover, a sign of health, said" names nobody: not an identification
    ("beds recover a sign of health said".split(), [False] * 7,
     ["", ",", "", "", "", ",", "|"], 0),
])
def test_identification_words(words, capital, breaks, expected):
    assert reuse._identification_words(words, capital, breaks, frozenset({"said"})) == expected


WIRE = ("Workers at the Fenwater cannery stopped the lines on Monday morning after the owners "
        "cut the night shift, a move the workers' association called reckless and short-sighted. "
        "About 300 people gathered outside the gates before dawn, some carrying lanterns. "
        "The owners said the cut was temporary and linked to a shortage of tins from the "
        "northern supplier, which has been closed for repairs since the storm in February.")
ADDED = ("Our reporter spoke to three families who rely on the night shift for the rent and "
         "the school fees, and none of them had heard of the change before the weekend.")


def echo_corpus(digest_text: str, digest_when: str = "2026-06-02 10:00") -> pd.DataFrame:
    return pd.DataFrame({
        "id": ["wire", "tabloid-reprint", "digest"],
        "outlet": ["Wire", "Tabloid", "Digest"],
        "published": pd.to_datetime(["2026-06-01 07:00", "2026-06-01 15:00", digest_when],
                                    utc=True),
        "text": [WIRE, "LATEST: " + WIRE + " " + ADDED, digest_text]})


DIGEST = ("The cannery dispute reached a second day. About 300 people gathered outside the "
          "gates before dawn, some carrying lanterns, and the association asked for talks. "
          "A spokesperson for the port said nothing had changed at the docks.")


def pair_ids(table: pd.DataFrame) -> set[tuple[str, str]]:
    return set(zip(table["earlier_id"], table["later_id"], strict=True))


@pytest.mark.parametrize("digest_when", ["2026-06-02 10:00", "2026-06-01 11:00"])
def test_a_reprints_pair_that_repeats_the_originals_is_reported_once(digest_when):
    # digest later than both, or between the wire and its reprint: either way the shared
    # text is the wire's, so the pair is the wire's, not the tabloid's
    found = find_reuse(echo_corpus(DIGEST, digest_when))
    assert pair_ids(found.pairs) == {("wire", "tabloid-reprint"), ("wire", "digest")}
    assert len(found.echoes) == 1
    echo = found.echoes.iloc[0]
    assert {echo.earlier_id, echo.later_id} == {"tabloid-reprint", "digest"}
    assert (echo.earlier_original_id, echo.later_original_id) == (
        ("wire", "digest") if echo.earlier_id == "tabloid-reprint" else ("digest", "wire"))
    assert list(found.echoes.columns) == list(reuse.ECHO_COLUMNS)
    assert list(found.pairs.columns) == list(reuse.PAIR_COLUMNS)
    # the echo's passages are not drawn in the inspector either
    assert pair_ids(found.passages) == pair_ids(found.pairs)
    assert "1 more pair of a reprint" in describe_reuse(found.pairs, echoes=found.echoes)
    assert "1 more pair" not in describe_reuse(found.pairs)
    assert "1 echoes" in repr(found)


def test_text_only_the_reprint_carries_is_the_reprints_own_pair():
    digest = "The tabloid's story was picked up widely. " + ADDED + " The shifts resume soon."
    found = find_reuse(echo_corpus(digest))
    assert ("tabloid-reprint", "digest") in pair_ids(found.pairs)
    assert found.echoes.empty


def test_leaving_echoes_out_changes_no_original_and_no_kind_filter():
    corpus = echo_corpus(DIGEST)
    found = find_reuse(corpus)
    marked = mark_reprints(corpus, found.pairs)
    with_echoes = pd.concat([found.pairs, found.echoes[list(reuse.PAIR_COLUMNS)]])
    with_echoes = with_echoes.sort_values(["jaccard", "earlier_id", "later_id"],
                                          ascending=[False, True, True])
    pd.testing.assert_frame_equal(marked, mark_reprints(corpus, with_echoes))
    assert marked.set_index("id")["original_id"].to_dict()["tabloid-reprint"] == "wire"
    # asking for one kind gives that kind's rows of the full answer, echoes included
    for kind in reuse.KINDS:
        part = find_reuse(corpus, kinds=(kind,))
        pd.testing.assert_frame_equal(
            part.pairs, found.pairs[found.pairs["kind"] == kind].reset_index(drop=True),
            check_dtype=False)  # (an empty table has no string dtype)
        assert len(part.echoes) == (found.echoes["kind"] == kind).sum()


def test_two_reprints_of_one_original_are_not_a_pair_of_their_own():
    corpus = pd.DataFrame({
        "id": ["wire", "r1", "r2"], "outlet": ["Wire", "Tabloid", "Digest"],
        "published": pd.to_datetime(["2026-06-01 07:00", "2026-06-01 15:00",
                                     "2026-06-01 18:00"], utc=True),
        "text": [WIRE, "LATEST: " + WIRE, "From the wire: " + WIRE]})
    found = find_reuse(corpus)
    assert pair_ids(found.pairs) == {("wire", "r1"), ("wire", "r2")}
    assert pair_ids(found.echoes) == {("r1", "r2")}
    assert found.echoes[["earlier_original_id", "later_original_id"]].values.tolist() == [
        ["wire", "wire"]]


SENTENCES = [
    f"Rain fell. {IDENT} the beds would recover, and Oduya said the union would wait.",
    "“Nobody asked,” said Professor Mira Quellen, an ecologist at the Institute of Fenwater "
    "Studies. The arbiter, retired harbour tribunal judge Osric Penhallow, said the fee stood.",
    "The Ministry of the Interior said, in a statement, that Dr. J. Obi had told the Board of "
    "Trade and the Port of Fenwater Authority, said Mr. Penhallow.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_quick_bound_never_undercounts(text):
    # the bound decides which passages skip the full reading: it must never be below it
    tokens = reuse._tokens(text)
    verbs = reuse._reporting_verbs()
    n = len(tokens[0])
    checked = 0
    for i in range(n):
        for length in range(2, n - i + 1):
            full = reuse._identification_words(
                *reuse._passage_words(tokens, text, tokens, text, i, i, length), verbs)
            assert reuse._identification_bound(tokens, text, i, length, verbs) >= full
            checked += full > 0
    assert checked  # some windows hold an identification
