"""Round 14 (issue #3; review14 findings 1, 2 and 5): relays the ``via`` column missed, a
person's quoted words credited to the outlet that relayed them, and rows that report no
speech. All sentences are our own inventions."""
import pytest

from analysis.sourcing import extract

OUT = "The Beacon"  # the article's own outlet in every test below


def rows(text, outlet=OUT):
    return [(r["kind"], r["speaker_name"], r["speaker_type"], r["via"], r["quote"])
            for r in extract(text, outlet=outlet)]


def row_of(text, speaker, outlet=OUT):
    found = [r for r in extract(text, outlet=outlet)
             if r["speaker_name"] == speaker or r["speaker_name"].endswith(" " + speaker)]
    assert found, rows(text, outlet)
    return found


TRAILING = ("The Tidewater Gazette has covered the ferry dispute for months. Harbourmaster "
            "Olav Rist told reporters that crews had “done everything asked of them” and were "
            "“left waiting on the quay”, the Tidewater Gazette reported.")


def test_a_trailing_outlet_report_relays_the_statement_of_its_sentence():
    rist = row_of(TRAILING, "Olav Rist")
    assert rist[0]["kind"] == "indirect"
    assert {r["via"] for r in rist} == {"Tidewater Gazette"}


def test_partial_quotes_inside_a_relayed_statement_keep_its_speaker():
    partials = [r for r in extract(TRAILING, outlet=OUT) if r["kind"] == "partial"]
    assert [r["quote"] for r in partials] == ["“done everything asked of them”",
                                              "“left waiting on the quay”"]
    assert {(r["speaker_name"].endswith("Olav Rist"), r["via"]) for r in partials} == {
        (True, "Tidewater Gazette")}
    assert not [r for r in partials if r["speaker_type"] == "media"]


def test_an_outlet_reporting_that_someone_said_relays_that_statement():
    text = ("The Tidewater Gazette reported that Transport Minister Karel Voss said the "
            "subsidy would end in spring.")
    voss = row_of(text, "Karel Voss")
    assert [(r["via"], r["quote"]) for r in voss] == [
        ("Tidewater Gazette", "the subsidy would end in spring")]
    # the outlet's own report stays a row of its own
    assert row_of(text, "Tidewater Gazette")[0]["speaker_type"] == "media"


@pytest.mark.parametrize("text", [
    "The Tidewater Gazette first reported the dispute on Monday. A company spokeswoman told "
    "the paper only that the timetable was “under review”.",
    "The Tidewater Gazette first reported the dispute on Monday. A company spokeswoman told "
    "the paper that the timetable was “under review”.",
])
def test_told_the_paper_is_a_relay_through_the_last_outlet_named(text):
    found = row_of(text, "A company spokeswoman")
    assert {r["via"] for r in found} == {"Tidewater Gazette"}
    assert [r["quote"] for r in found if r["kind"] == "indirect"] == [
        "the timetable was “under review”"]


def test_told_its_reporter_is_a_relay_and_not_part_of_the_content():
    text = ("The Tidewater Gazette obtained the letter. The Gazette said Mayor Ilse Brandvik "
            "told its reporter she had not seen the figures.")
    found = row_of(text, "Ilse Brandvik")
    assert [(r["via"], r["quote"]) for r in found] == [
        ("Tidewater Gazette", "she had not seen the figures")]


def test_told_reporters_from_an_outlet_and_suggested_to_an_outlet_are_relays():
    found = row_of("Voss told reporters from the Tidewater Gazette that the ferries would "
                   "keep sailing.", "Voss")
    assert [r["via"] for r in found] == ["Tidewater Gazette"]
    found = row_of("Transport Minister Karel Voss also suggested to the Tidewater Gazette "
                   "that fares could rise by a fifth.", "Karel Voss")
    assert [(r["via"], r["quote"]) for r in found] == [
        ("Tidewater Gazette", "fares could rise by a fifth")]


def test_people_interviewed_by_an_outlet_are_not_the_outlet():
    found = extract("Some commuters interviewed by the Tidewater Gazette said they would "
                    "drive instead.", outlet=OUT)
    assert len(found) == 1
    assert found[0]["speaker_name"] != "Tidewater Gazette"
    assert found[0]["speaker_type"] != "person"
    assert found[0]["via"] == "Tidewater Gazette"


def test_the_articles_own_outlet_relays_nothing():
    text = ("Mayor Ilse Brandvik told the Beacon that the ferries would keep sailing, and "
            "the Beacon has seen the timetable.")
    assert [r["via"] for r in row_of(text, "Ilse Brandvik")] == [""]
    text = "The Beacon reported that Transport Minister Karel Voss said the subsidy would end."
    assert [r["via"] for r in row_of(text, "Karel Voss")] == [""]


def test_a_modal_cue_after_the_reporters_own_clause_is_no_statement():
    assert rows("It is unclear when, or whether, the ministry will reply to the "
                "petition.") == []


def test_refusing_a_proposal_is_an_action_and_rejecting_a_claim_is_speech():
    assert rows("The union refused a proposal to extend the talks.") == []
    found = rows("The union rejected claims that it had walked out of the talks.")
    assert [(k, q) for k, _, _, _, q in found] == [
        ("indirect", "claims that it had walked out of the talks")]


def test_a_passive_subject_is_not_the_speaker():
    found = extract("Two sites near the river were rejected as too costly, and the council "
                    "chose the docks.", outlet=OUT)
    assert [(r["speaker_name"], r["speaker_type"], r["quote"]) for r in found] == [
        ("", "unattributed", "Two sites near the river were rejected as too costly")]
    # an agent after "by" still speaks for a passive cue
    found = extract("The plan was rejected by Mayor Ilse Brandvik, who called it "
                    "“unaffordable”.", outlet=OUT)
    assert not [r for r in found if r["speaker_name"] == "The plan"]


def test_a_trailing_report_relays_a_speaker_with_an_appositive():
    text = ("The march filled the square on Saturday. Greta Lund, chair of the Anglers’ "
            "Guild, told the crowd that members were “not against the bridge” but wanted a "
            "say, the Tidewater Gazette reported.")
    found = row_of(text, "Greta Lund")
    assert found and {r["via"] for r in found} == {"Tidewater Gazette"}
    assert [r["quote"] for r in found if r["kind"] == "partial"] == [
        "“not against the bridge”"]
