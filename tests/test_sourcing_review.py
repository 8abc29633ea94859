"""Rules from a journalist's review of the sourcing report on the sample (2026-12-04).

Hand-written examples in the style of the sample; each expected value is what a careful reader
says (who speaks, and what kind of source they are)."""
import pytest

from analysis.sourcing import extract


def _speakers(text):
    return [(r["speaker_name"], r["speaker_type"]) for r in extract(text)]


# 1. Pronouns: the person named at the start of the sentence before is "she"/"he", also when
#    the name is written after a conjunction ("But Anja"), with only a first name after an
#    age ("Eighty-three-year-old Arne Moen" … "Arne himself"), or beside a relative with the
#    same surname.
PRONOUN_REVIEW_CASES = [
    ("Anja Petrov worries about her son. Prime Minister Mirela Dasko says there are no "
     "soldiers, and her office says the aid is medicine. But Anja noticed something. “Nobody "
     "will give me a straight answer,” she said.",
     [("Anja Petrov", "person"), ("Mirela Dasko", "official"), ("her office", "organization"),
      ("Anja Petrov", "person")]),
    ("Seventy-year-old Otto Lind has waited a year for his knee. Health Minister Karin Falk "
     "said she wants a deal. Otto himself was calm. “Pay them,” he said.",
     [("Karin Falk", "official"), ("Karin Falk", "official"), ("Otto Lind", "person")]),
    # father and daughter share the surname: each full name stays that person's, and the
    # daughter's "her father" is no evidence about the father's gender
    ("Every night Klara Moen hears her father cry out. Eighty-three-year-old Arne Moen has "
     "waited fourteen months for his hip. “He never complains,” Klara Moen said. Minister "
     "Henrik Solberg said he wants a deal. Arne himself was philosophical. “Give me my hip!” "
     "he said.",
     [("Klara Moen", "person"), ("Henrik Solberg", "official"), ("Henrik Solberg", "official"),
      ("Arne Moen", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_REVIEW_CASES)
def test_pronoun_takes_the_nearer_person(text, expected):
    assert _speakers(text) == expected


def test_age_word_is_not_part_of_a_name():
    from analysis import sourcing as s

    assert s._person_name("Eighty-three-year-old Arne Moen") == ("Arne Moen", "")
    assert s._person_name("29-year-old Daniel Petrov") == ("Daniel Petrov", "")
