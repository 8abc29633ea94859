"""The sourcing analyzer's fast forms give the same answers as their plain specifications
(issue #3/#7 speed work). Hand-written examples only."""

import re

import pytest

from analysis import sourcing as S


def _spec_marker_re(markers, apostrophes=False):
    """The earlier form of the marker regexes: the escaped markers, longest first."""
    def escape(m):
        pattern = re.escape(m).replace(r"\ ", r"\s+")
        return pattern.replace("'", "[’']") if apostrophes else pattern
    return re.compile(r"(?<![\w-])(?:" + "|".join(
        escape(m) for m in sorted(markers, key=len, reverse=True)) + r")(?![\w-])",
        re.IGNORECASE)


MARKER_TEXTS = [
    "An official, who asked not to be named, said the plan was dead.",
    "A source who asked not to be identified by name said so.",
    "Two insiders and an insider spoke; an unnamed aide was not authorized to speak publicly.",
    "He spoke on condition of anonymity because he was not authorised to speak.",
    "The man, who didn’t want to be named, and the woman, who didn't want to be named, left.",
    "WHO ASKED NOT TO BE NAMED, Anonymous, UNIDENTIFIED-looking, non-anonymous",
    "who\nasked  not\tto be named; unnamed-source; a person familiar with the talks",
    "The newspaper and the broadcaster said; a reporter told the paper's editors.",
    "",
]


@pytest.mark.parametrize("kind", ["condition", "unnamed", "all", "generic"])
@pytest.mark.parametrize("text", MARKER_TEXTS)
def test_marker_regexes_match_as_the_plain_alternation(kind, text):
    lex = S.lexicons()
    rows = S.read_lexicon("anonymity_markers.csv")
    if kind == "generic":
        markers = [r["term"] for r in S.read_lexicon("media_nouns.csv")
                   if r["kind"] == "generic"]
        fast, apostrophes = lex.media_generic_re, False
    else:
        markers = [r["marker"] for r in rows if kind == "all" or r["kind"] == kind]
        fast = {"condition": lex.condition_re, "unnamed": lex.unnamed_re,
                "all": lex.anonymity_re}[kind]
        apostrophes = kind != "condition"
    spec = _spec_marker_re(markers, apostrophes)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in spec.finditer(text)]


def test_marker_re_prefers_the_longer_marker_and_whole_words():
    rx = S._marker_re(["not named", "not", "named by"])
    assert [m.group() for m in rx.finditer("Not  named by, not-named, NOT")] == [
        "Not  named", "NOT"]


@pytest.mark.parametrize("text, people, name, expected", [
    # the owner of a government noun is a country ...
    ("Valdoria’s government said no. Valdoria said so.", {}, "Valdoria", True),
    # ... unless the article gives that word to a person as a first name
    ("Valdoria’s government said no. Valdoria Smith said so.", {"Valdoria Smith": ""},
     "Valdoria", False),
    # a demonym adjective before a lower-case word marks a country too
    ("Corvanian troops moved. Corvania said so.", {"Anna Berg": ""}, "Corvania", True),
    ("Corvania said so.", {"Anna Berg": ""}, "Corvania", False),
])
def test_is_state(text, people, name, expected):
    article = S._Article(text, set(), [], people, [])
    assert S._is_state(name, article) is expected
    assert S._is_state(name, article) is expected  # (cached answer)
