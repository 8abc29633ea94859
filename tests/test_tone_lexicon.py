"""The eighth pass of the news tone lexicon (2026-12-04) (``analysis/lexicons/tone_news.csv``).

Hand-written sentences (none taken from any data set): event words VADER lacks now carry the
tone a reader gives the event, and "favor" in its voting sense no longer reads as praise.
"""

from __future__ import annotations

import pytest

from analysis.tone import ToneScorer, _vader_lexicon, default_domain_lexicon, label_tone

PLAIN = ToneScorer(normalize=False, neutralize_hedges=False, domain_lexicon=False,
                   news_neutral=False, shift_opposed=False)
FULL = ToneScorer()

#: The event words of the eighth pass and the sign a reader gives each (valence in the CSV).
SEVENTH_PASS_EVENT_WORDS = {
    "unrest": -1, "deported": -1, "deport": -1, "deportation": -1, "deportations": -1,
    "raids": -1, "xenophobia": -1, "nazi": -1, "nazis": -1, "neo-nazi": -1, "neo-nazis": -1,
    "leaks": -1, "leaking": -1, "colluded": -1, "obstructed": -1, "predatory": -1,
}
#: The news-neutral words of the eighth pass: voting "in favor of" and speech-act verbs whose
#: tone belongs to what they report ("denied the allegations", "refused to comment").
SEVENTH_PASS_NEUTRAL_WORDS = (
    "favor", "favors", "favored", "favoring",
    "argue", "argues", "argued", "arguing", "stressed", "stresses", "stressing",
    "denied", "denies", "deny", "refused", "refuse", "refusing",
    "disputed", "dispute", "disputes",
)


@pytest.mark.parametrize("term, sign", sorted(SEVENTH_PASS_EVENT_WORDS.items()))
def test_event_words_are_new_and_have_the_readers_sign(term, sign):
    lexicon = default_domain_lexicon()
    assert term not in _vader_lexicon()  # an event word adds, never overrides VADER
    assert lexicon[term] * sign > 0
    assert 0.5 <= abs(lexicon[term]) <= 3.0  # on VADER's scale, no extreme ratings


@pytest.mark.parametrize("term", SEVENTH_PASS_NEUTRAL_WORDS)
def test_neutral_words_are_vader_words_taken_out(term):
    assert _vader_lexicon()[term] != 0  # VADER rates them (favor +1.7, denied -1.9)
    assert default_domain_lexicon()[term] == 0


@pytest.mark.parametrize("text, sign", [
    ("Weeks of unrest closed the port.", -1),
    ("The family was deported last spring.", -1),
    ("Agents carried out raids in three towns.", -1),
    ("The march drew neo-nazis from two states.", -1),
    ("The bank made predatory loans.", -1),
    ("Officials colluded with the contractor.", -1),
])
def test_event_sentences(text, sign):
    assert PLAIN.score(text) == 0.0  # VADER knows none of the words
    assert FULL.score(text) * sign > 0
    # one bad-event word is enough for a negative label (threshold -0.05)
    assert label_tone(FULL.score(text)) == "negative"


@pytest.mark.parametrize("text", [
    "The council voted 7-2 in favor of the plan.",
    "Most members favored the amendment.",
    "Three senators spoke in favor of the measure on Monday.",
])
def test_voting_favor_is_procedure_not_praise(text):
    assert PLAIN.score(text) > 0.05  # VADER: favor +1.7, favored +1.8
    assert FULL.score(text) == 0.0
    assert label_tone(FULL.score(text)) == "neutral"


@pytest.mark.parametrize("text", [
    "The mayor denied the report on Tuesday.",
    "A spokesman refused to comment.",
    "She argued that the law applies to the agency.",
    "The minister stressed that the plan is on schedule.",
    "The company disputed the figures.",
])
def test_speech_act_verbs_are_neutral(text):
    assert PLAIN.score(text) < -0.05  # VADER: denied -1.9, refused -1.2, argued -1.5 ...
    assert FULL.score(text) == 0.0


@pytest.mark.parametrize("text, label", [
    # the reported content keeps its own tone
    ("The mayor denied the corruption charges.", "negative"),
    ("She argued that the reform was a success.", "positive"),
    ("He refused to condemn the violence.", "negative"),
])
def test_speech_act_verbs_leave_the_reported_words(text, label):
    assert label_tone(FULL.score(text)) == label


def test_favor_keeps_negation_and_other_words():
    # taking "favor" out of the lexicon leaves the sentence's real tone words alone
    assert label_tone(FULL.score("They voted in favor of the corrupt deal.")) == "negative"
