"""Who a spokesperson speaks for: a role noun that speaks for a body (spokesperson, chief
executive, chair, director, head) types its speaker by the body — ``organization`` for a
company, a union, a charity or an association, ``official`` for a government body — and a
role whose body the text does not give keeps the type it had. Hand-written sentences."""

from __future__ import annotations

import pytest

from analysis import sourcing as s
from analysis.sourcing import extract


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(r["speaker_name"], r["speaker_type"]) for r in extract(text)]


SPEAKS_FOR_CASES = [
    # non-government bodies: the speaker speaks for an organisation
    ("A union spokesperson said the strike would go on.",
     [("A union spokesperson", "organization")]),
    ("A spokeswoman for the company said the plant was safe.",
     [("A spokeswoman", "organization")]),
    ("The charity's director said donations had fallen.",
     [("The charity's director", "organization")]),
    ("Sofie Brandt, the chief executive of Nordlys Energy, said prices would rise.",
     [("Sofie Brandt", "organization")]),
    # a named person: every row, also a surname and a pronoun, takes the body of any mention
    ("Union spokesperson Lea Kovac said the talks had failed. Kovac added that members were "
     "angry. “We will not give up,” she said.", [("Lea Kovac", "organization")] * 3),
    ("Tomas Wirth, the union’s spokesperson, joined the march. Wirth said pay had to rise.",
     [("Tomas Wirth", "organization")]),
    # government bodies: still official
    ("A ministry spokesman said the border was open.", [("A ministry spokesman", "official")]),
    ("A spokeswoman for the Health Ministry said the wards were full.",
     [("A spokeswoman", "official")]),
    ("Foreign ministry spokesman Pavel Marek said the claims were false.",
     [("Pavel Marek", "official")]),
    # no body given: the type stays as it was
    ("A spokesman said the minister was travelling.", [("A spokesman", "official")]),
    ("A spokeswoman for Lindqvist said he would vote against.", [("A spokeswoman", "official")]),
    ("Karin Holt said the queue was long.", [("Karin Holt", "person")]),
    # a relative clause is what a person does, not a role ("who met the company's director")
    ("Karin Holt, who met the company's director, said the queue was long.",
     [("Karin Holt", "person")]),
    # "editor-in-chief" is not a "chief" of a body
    ("Lea Dorn, the editor-in-chief, said the story was checked.", [("Lea Dorn", "person")]),
]


@pytest.mark.parametrize("text, expected", SPEAKS_FOR_CASES)
def test_a_role_is_typed_by_the_body_it_speaks_for(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("union spokesperson", "organization"),
    ("the charity's director", "organization"),
    ("chair of the Saltmarsh Residents’ Association", "organization"),
    ("chief executive of Nordlys Energy", "organization"),
    ("Valdoria’s foreign ministry spokesman", "official"),
    ("a spokesman for the Harbour Ministry", "official"),
    ("a spokesman for his office", ""),  # an office may be a government's: unknown
    ("a spokesman", ""),
    ("the union's members", ""),  # no role that speaks for a body
])
def test_speaks_for_reads_the_body_before_or_after_the_role(phrase, expected):
    assert s._speaks_for(phrase, frozenset()) == expected


def test_a_name_the_article_types_as_an_organization_is_a_body():
    assert s._speaks_for("a Lumora spokesman", frozenset({"Lumora"})) == "organization"
    assert s._speaks_for("a Lumora spokesman", frozenset()) == ""


def test_a_named_spokesperson_of_a_union_is_still_a_named_source():
    from analysis.sourcing import article_metrics, extract

    text = ("Maya Oduya, a union spokesperson, said the nurses would strike. "
            "AquaCivic said the plant was safe.")
    rows = extract(text)
    types = {r["speaker_name"]: r["speaker_type"] for r in rows}
    assert types == {"Maya Oduya": "organization", "AquaCivic": "organization"}
    # Oduya is a person the article names; AquaCivic is a company, not a named person
    assert article_metrics(rows)["n_named_sources"] == 1
