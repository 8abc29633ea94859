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


def test_they_is_not_resolved_to_one_person():
    text = ("Mayor Tomas Reyvik said the plant was needed. The residents were not convinced. "
            "They say the bay will suffer.")
    assert _speakers(text)[-1] == ("They", "person")


# 2. The speaker is a whole noun phrase: a title word before a role noun and a name keeps the
#    name; a date, a verb phrase, a preposition's object or a number fragment is never one;
#    a country speaks through its government (official).
SPEAKER_SHAPE_CASES = [
    ("Opposition leader Jonas Lindqvist welcomed the plan but told reporters that the terms "
     "were too narrow.", [("Jonas Lindqvist", "official")]),
    ("Opposition leader Jonas Lindqvist called on the minister to resign, saying the "
     "government had misled parliament.", [("Jonas Lindqvist", "official")]),
    # a time phrase before the subject is no speaker; the description after it is not a
    # subject the participle rule can bound, so the quote stays unattributed
    ("By Tuesday morning, a spokesman for his office had gone further and described the "
     "marchers as ‘a vocal minority’.", [("", "unattributed")]),
    # (lead round 17: "council" is a role noun now, so the council is the subject of both
    # verbs, as "the committee" was already; it was left unattributed only because "council"
    # was unknown)
    ("The council has answered questions about ‘pipes’ and declined to answer questions "
     "about anything else.", [("The council", "official"), ("The council", "official")]),
    # "claims" after a preposition is a noun, and a number is not a speaker: neither sentence
    # has an attribution except its own "according to"
    ("And as Velmark tears itself apart over claims that its engineers are at fault, Lidia "
     "has a message.", []),
    ("About 3,000 people marched through the district to protest against a planned plant, "
     "according to the police.", [("the police", "official")]),
    # a country named with its ministry and its demonym speaks for its government
    ("Valdoria’s foreign ministry called the reports a provocation. Valdorian diplomats were "
     "recalled. Valdoria, the ministry said, expected an answer.",
     [("Valdoria’s foreign ministry", "official"), ("the ministry", "official"),
      ("Valdoria", "official")]),
    # "many" makes a group vague, and "he" after it is the man who spoke
    ("Tomas Vell, who runs a community centre, said many families fear the worst. “People "
     "here are afraid,” he said.",
     [("Tomas Vell", "person"), ("many families", "vague"), ("Tomas Vell", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_SHAPE_CASES)
def test_speaker_is_a_noun_phrase(text, expected):
    assert _speakers(text) == expected


# 3. A description the article says it leaves unnamed is anonymous in every mention, also when
#    it has a post-modifier ("a senior manager at the hospital"), when "also" stands in the
#    relative clause, and "a person familiar with …" is an anonymous source.
ANONYMOUS_REVIEW_CASES = [
    ("The paper said it had spoken to a senior manager at the hospital who asked not to be "
     "named. According to the paper, the manager claimed that a plan had been drafted. The "
     "hospital said it had no comment.",
     [("Harbour", None), ("the manager", "anonymous"), ("The hospital", "organization")]),
    ("The second account comes from a junior officer in a different unit, who also asked not "
     "to be identified. The training was held at a farm, the officer told reporters.",
     [("the officer", "anonymous")]),
    ("Some councillors are uneasy about the plan, according to a person familiar with the "
     "council’s deliberations.",
     [("a person familiar with the council’s deliberations", "anonymous")]),
    ("A person familiar with the negotiations told the Courier that the savings may come from "
     "postponed repairs.", [("A person familiar with the negotiations", "anonymous")]),
]


@pytest.mark.parametrize(("text", "expected"), ANONYMOUS_REVIEW_CASES)
def test_unnamed_descriptions_are_anonymous(text, expected):
    got = _speakers(text)
    assert [g for g in got if g[1] != "media"] == [e for e in expected if e[1] is not None]


def test_two_unnamed_accounts_are_two_sources():
    from analysis.sourcing import primary_sources

    text = ("The first account comes from a technician, who was not named. The technician told "
            "the Herald that the instructors spoke Corvanian. The second comes from a junior "
            "officer in another unit, who also asked not to be identified. The sessions took "
            "place at a farm, the officer told the Herald.")
    assert primary_sources(extract(text)) == ["the technician", "the officer"]


# 4. One type per person: the type of a role noun or title any mention gives a named person,
#    for every row of that person in the article; an opposition leader is an elected
#    politician (official), a ministry spokesman official; a company named with an
#    organisation noun is an organisation.
ONE_TYPE_CASES = [
    ("Union spokesperson Maya Oduya said the strike would go on. Oduya added that talks had "
     "failed. “We are tired,” she said.",
     # a union's spokesperson speaks for the union, a non-government body: `organization` in
     # every row (srcrecall round; was `official`, which is kept for government bodies)
     [("Maya Oduya", "organization")] * 3),
    ("Valdoria’s foreign ministry spokesman, Pavel Grusin, called the reports a provocation. "
     "Grusin said the reports were lies.", [("Pavel Grusin", "official")] * 2),
    ("Its spokesman, Pavel Grusin, said the claims were false.", [("Pavel Grusin", "official")]),
    # the title is not in any row's phrase, only before the name in the text
    ("Yesterday opposition leader Jonas Lindqvist welcomed the inquiry. “It is half an inquiry,” "
     "he said. Lindqvist added that parliament was misled.",
     [("Jonas Lindqvist", "official")] * 2),
    ("The city water utility AquaCivic said the plant was safe.",
     [("AquaCivic", "organization")]),
    ("Corvania's embassy in Estmark declined to comment.",
     [("Corvania's embassy", "official")]),
    # a person with no role noun stays a person
    ("Karin Holt said the queue was long. Holt added that she had waited an hour.",
     [("Karin Holt", "person")] * 2),
]


@pytest.mark.parametrize(("text", "expected"), ONE_TYPE_CASES)
def test_one_type_per_person(text, expected):
    assert _speakers(text) == expected
