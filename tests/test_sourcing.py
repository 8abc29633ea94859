"""The sourcing analyzer: quotation marks, attributions, speakers, relays, per-article columns.

Every article here is invented and labelled by hand (what a careful reader finds in it); the
seed test reads the real reference article from ../shared and skips when it is absent.
"""

from __future__ import annotations

import pytest

from analysis import analyze
from analysis.pipeline import ATTRIBUTION_COLUMNS, analyze_document
from analysis.quotes import find_quotes
from analysis.sourcing import (
    ARTICLE_COLUMNS,
    KINDS,
    SPEAKER_TYPES,
    STANCES,
    article_metrics,
    extract,
    read_lexicon,
    sourcing,
)

# ------------------------------------------------------------------ lexicons


@pytest.mark.parametrize("name, key, allowed", [
    ("attribution_verbs.csv", "stance", set(STANCES)),
    ("anonymity_markers.csv", "kind", {"condition", "unnamed", "sources"}),
    ("source_roles.csv", "speaker_type", set(SPEAKER_TYPES)),
    ("media_nouns.csv", "kind", {"generic", "name_word", "name"}),
])
def test_every_shipped_lexicon_parses_with_provenance(name, key, allowed):
    from importlib import resources
    raw = resources.files("analysis").joinpath(f"lexicons/{name}").read_text("utf-8")
    assert raw.startswith("#") and "Written by the media-analysis team" in raw
    rows = read_lexicon(name)
    assert len(rows) >= 10
    assert {row[key] for row in rows} <= allowed


def test_unknown_lexicon_is_refused():
    with pytest.raises(ValueError, match="choose from"):
        read_lexicon("nope.csv")


# ------------------------------------------------------------------ quotation marks
QUOTE_CASES = [
    # (text, the quotations a careful reader sees)
    ('"Go," he said.', ['"Go,"']),
    ("“Go,” he said.", ["“Go,”"]),
    ("«Allez», dit-il.", ["«Allez»"]),
    ("‘Go,’ he said.", ["‘Go,’"]),
    ("France’s plan? We don’t know. It’s ‘odd’.", ["‘odd’"]),
    ("The officials’ plan was 'odd'.", ["'odd'"]),
    ("“He told me ‘never’, and left.” Then silence.", ["“He told me ‘never’, and left.”"]),
    ("“It ended.” She went.", ["“It ended.”"]),
    ("“One.\n\n“Two,” she said.", ["“One.\n\n“Two,”"]),
    ("“Never closed.\n\nA new paragraph.", []),
]


@pytest.mark.parametrize("text, expected", QUOTE_CASES)
def test_quotes_pair_marks_and_ignore_apostrophes(text, expected):
    assert [text[q.start:q.end] for q in find_quotes(text)] == expected


def test_multi_paragraph_quote_counts_paragraphs():
    (q,) = find_quotes("“One.\n\n“Two.\n\n“Three,” she said.")
    assert q.paragraphs == 3


# ------------------------------------------------------------------ attributions
#: (text, [(kind, quote, speaker as written, canonical name, type, verb, stance, via)])
CASES = [
    ('"We have no other choice," Mayor Tomas Reyvik said.',
     [("direct", '"We have no other choice,"', "Mayor Tomas Reyvik", "Tomas Reyvik",
       "official", "said", "neutral", "")]),
    ("“We have no other choice,” said Reyvik.",
     [("direct", "“We have no other choice,”", "Reyvik", "Reyvik", "person", "said",
       "neutral", "")]),
    ("Reyvik said: «Nous restons ici.»",
     [("direct", "«Nous restons ici.»", "Reyvik", "Reyvik", "person", "said", "neutral", "")]),
    ("Ana Holm, a spokesperson for the ministry, told Reuters that the talks had failed.",
     [("indirect", "the talks had failed", "Ana Holm, a spokesperson for the ministry",
       "Ana Holm", "official", "told",
       "neutral", "Reuters")]),
    ("The talks had failed, the minister said on Tuesday.",
     [("indirect", "The talks had failed", "the minister", "the minister", "official", "said",
       "neutral", "")]),
    ("According to the Harbour Courier, the reservoir fell to 15 percent.",
     [("according_to", "the reservoir fell to 15 percent", "the Harbour Courier",
       "Harbour Courier", "media", "According to", "neutral", "Harbour Courier")]),
    ("The reservoir fell to 15 percent, as reported by the Estmark Herald.",
     [("according_to", "The reservoir fell to 15 percent", "the Estmark Herald",
       "Estmark Herald", "media", "as reported by", "neutral", "Estmark Herald")]),
    ("A senior official, speaking on condition of anonymity, said the plan was dead.",
     [("indirect", "the plan was dead", "A senior official", "A senior official", "anonymous",
       "said", "neutral", "")]),
    ("Sources familiar with the talks said a deal was close.",
     [("indirect", "a deal was close", "Sources familiar with the talks",
       "Sources familiar with the talks", "anonymous", "said", "neutral", "")]),
    ("Officials who declined to be named said the ban was drafted weeks ago.",
     [("indirect", "the ban was drafted weeks ago", "Officials who declined to be named",
       "Officials", "anonymous",
       "said", "neutral", "")]),
    ("Critics say the plan is flawed.",
     [("indirect", "the plan is flawed", "Critics", "Critics", "vague", "say", "neutral", "")]),
    ("Analysts note that costs could rise.",
     [("indirect", "costs could rise", "Analysts", "Analysts", "expert", "note", "endorsing",
       "")]),
    ("“It is a disaster.” That’s how Ines Borowska put it.",
     [("direct", "“It is a disaster.”", "Ines Borowska", "Ines Borowska", "person", "put",
       "neutral", "")]),
    ("Dasko told the BBC that no soldiers were deployed.",
     [("indirect", "no soldiers were deployed", "Dasko", "Dasko", "person", "told", "neutral",
       "BBC")]),
    ("Holm insisted the report was false.",
     [("indirect", "the report was false", "Holm", "Holm", "person", "insisted", "distancing",
       "")]),
    ("Holm admitted that advisers were present.",
     [("indirect", "advisers were present", "Holm", "Holm", "person", "admitted", "admission",
       "")]),
    ("The mayor called the plan ‘reckless’ and said he won’t sign it.",
     [("partial", "‘reckless’", "The mayor", "The mayor", "official", "called", "neutral", ""),
      ("indirect", "he won’t sign it", "The mayor", "The mayor", "official", "said", "neutral",
       "")]),
    ("“The mayor told us ‘wait’, and we waited,” said Ines Borowska.",
     [("direct", "“The mayor told us ‘wait’, and we waited,”", "Ines Borowska",
       "Ines Borowska", "person", "said", "neutral", "")]),
    ("Ines Borowska called the plan “a disaster for the harbour” on Friday.",
     [("partial", "“a disaster for the harbour”", "Ines Borowska", "Ines Borowska", "person",
       "called", "neutral", "")]),
    # round 4: the source as written runs over its appositive (PolNeAR's Source span)
    ("The pumps will fail by spring, said Ada Voss, an engineer at the port.",
     [("indirect", "The pumps will fail by spring", "Ada Voss, an engineer at the port",
       "Ada Voss", "expert", "said", "neutral", "")]),
    ("The pumps will fail by spring, according to Ada Voss, who runs the harbour works.",
     [("according_to", "The pumps will fail by spring",
       "Ada Voss, who runs the harbour works", "Ada Voss", "person", "according to",
       "neutral", "")]),
    ("According to figures compiled by the harbour office over ten years, the catch fell.",
     [("according_to", "the catch fell",
       "figures compiled by the harbour office over ten years", "figures compiled by the "
       "harbour office over ten years", "document", "According to", "neutral", "")]),
    # a participle after the cue is a clause of its own; it shares the cue's speaker
    ("The ban starts today, Reyvik said, adding that “nobody will be exempt.”",
     [("indirect", "The ban starts today", "Reyvik", "Reyvik", "person", "said", "neutral",
       ""),
      ("direct", "“nobody will be exempt.”", "Reyvik", "Reyvik", "person", "adding", "neutral",
       "")]),
    # a parenthetical cue: the content is the sentence around it
    ("Nor will the mayor sign it, aides say, before the vote in spring.",
     [("indirect", "Nor will the mayor sign it, aides say, before the vote in spring", "aides",
       "aides", "official", "say", "neutral", "")]),
    # a quotation after "said," is a direct quote, not a parenthetical's continuation
    ("Asked about the vote, Reyvik said, “We will win it.”",
     [("direct", "“We will win it.”", "Reyvik", "Reyvik", "person", "said", "neutral", "")]),
    # the cue's clause ends at a semicolon: what follows is the author's
    ("The catch fell by half, analysts say; in 2020, it rose again.",
     [("indirect", "The catch fell by half", "analysts", "analysts", "expert", "say",
       "neutral", "")]),
    ("The report describes a ‘temporary’ measure.",
     [("partial", "‘temporary’", "", "", "unattributed", "", "", "")]),
    ("The government has not commented on the claims.", []),
    # round 5: adverbs of time and frequency between speaker and verb are skipped
    ("Analysts have long argued that the dam is safe.",
     [("indirect", "the dam is safe", "Analysts", "Analysts", "expert", "argued", "neutral",
       "")]),
    ("The mayor still says the ban will end in May.",
     [("indirect", "the ban will end in May", "The mayor", "The mayor", "official", "says",
       "neutral", "")]),
    # a pronoun with an auxiliary's contraction is the subject, not a possessive
    ("He’s said the ban will end in May.",
     [("indirect", "the ban will end in May", "He", "He", "person", "said", "neutral", "")]),
    # ", adding that …" after a direct quote: the subject is the speaker after the quotation
    # (not a capitalised word inside it), the content what follows the participle
    ("“I have lived abroad,” he said, arguing that her record did not help her.",
     [("direct", "“I have lived abroad,”", "he", "he", "person", "said", "neutral", ""),
      ("indirect", "her record did not help her", "he", "he", "person", "arguing",
       "neutral", "")]),
    # an infinitive cue governed by a verb of aspect or outcome: its subject speaks
    ("Groberg then went on to explain what he likes about the plan.",
     [("indirect", "what he likes about the plan", "Groberg", "Groberg", "person", "explain",
       "neutral", "")]),
    ("The mayor failed to mention the harbour deal.",
     [("indirect", "the harbour deal", "The mayor", "The mayor", "official", "mention",
       "neutral", "")]),
    # a governing verb that is a cue itself gives the one attribution (no second row)
    ("The mayor refused to endorse the plan.",
     [("indirect", "to endorse the plan", "The mayor", "The mayor", "official", "refused",
       "neutral", "")]),
    # a past-tense evaluation verb takes a bare noun phrase as its object
    ("Ada Voss expressed cautious optimism about the talks.",
     [("indirect", "cautious optimism about the talks", "Ada Voss", "Ada Voss", "person",
       "expressed", "neutral", "")]),
    # a comment clause "as X noted": the host clause is the content, after or before it
    ("As Ada Voss noted, the reservoir is at 18 percent.",
     [("indirect", "the reservoir is at 18 percent", "Ada Voss", "Ada Voss", "person", "noted",
       "endorsing", "")]),
    ("The reservoir is at 18 percent, as Ada Voss noted.",
     [("indirect", "The reservoir is at 18 percent", "Ada Voss", "Ada Voss", "person", "noted",
       "endorsing", "")]),
    ("As the crews sought shelter, the storm hit the harbour.", []),
    # a cue with words of its own after it does not claim the previous sentence's quotation
    ("“The dam will hold.” Ada Voss commented on the plans for the harbour at length.",
     [("partial", "“The dam will hold.”", "", "", "unattributed", "", "", "")]),
    ("“The dam will hold.” Ada Voss said.",
     [("direct", "“The dam will hold.”", "Ada Voss", "Ada Voss", "person", "said", "neutral",
       "")]),
    # a direct quote resumed after its cue in the same sentence is a continuation of it
    ("“To the extent they care,” he said of the council, “we are sure we pleased them.”",
     [("direct", "“To the extent they care,”", "he", "he", "person", "said", "neutral", ""),
      ("direct", "“we are sure we pleased them.”", "he", "he", "person", "", "", "")]),
    # a quotation opened in reported content and running past the sentence end belongs to it
    ("Ada Voss said the harbour is “losing money every week. The crews are leaving too.”",
     [("indirect", "the harbour is “losing money every week. The crews are leaving too.”",
       "Ada Voss", "Ada Voss", "person", "said", "neutral", ""),
      ("partial", "“losing money every week. The crews are leaving too.”", "Ada Voss",
       "Ada Voss", "person", "", "", "")]),
    # refusal and reference cues: the infinitive or the object is the content
    ("The mayor declined to comment on the report.",
     [("indirect", "to comment on the report", "The mayor", "The mayor", "official",
       "declined", "neutral", "")]),
    ("Ada Voss pointed to the falling catch.",
     [("indirect", "the falling catch", "Ada Voss", "Ada Voss", "person", "pointed to",
       "neutral", "")]),
    ("Ada Voss referred to the mayor’s letter.",
     [("indirect", "the mayor’s letter", "Ada Voss", "Ada Voss", "person", "referred to",
       "neutral", "")]),
    # an institution's office and survey respondents are speakers
    ("The budget office said the deficit will rise.",
     [("indirect", "the deficit will rise", "The budget office", "The budget office",
       "organization", "said", "neutral", "")]),
    ("By a wide margin, those polled said the mayor should stay.",
     [("indirect", "the mayor should stay", "those polled", "those polled", "person", "said",
       "neutral", "")]),
    # a speaker noun phrase with a post-modifier, longer than a plain speaker phrase
    ("But harbour workers in the old port on the east side of the city say they will strike.",
     [("indirect", "they will strike",
       "harbour workers in the old port on the east side of the city", "harbour workers",
       "person", "say", "neutral", "")]),
    # (nor a relative clause on "something": the quotation is the author's scare quote)
    ("“Technical advisers” is something officials in the port say often.",
     [("partial", "“Technical advisers”", "", "", "unattributed", "", "", "")]),
    # (a clause with a finite verb before the cue is not one)
    ("The plan that the harbour workers in the port had drafted says nothing new.", []),
    # a relative pronoun's antecedent at the end of a longer clause
    ("The last question at the meeting came from a local teacher, who said the school was "
     "closing.",
     [("indirect", "the school was closing", "who", "a local teacher", "person", "said",
       "neutral", "")]),
    # reported content ends at the clause boundary before a later cue of its sentence
    ("Ada Voss said the plan was dead, but the mayor said it would go ahead.",
     [("indirect", "the plan was dead", "Ada Voss", "Ada Voss", "person", "said", "neutral",
       ""),
      ("indirect", "it would go ahead", "the mayor", "the mayor", "official", "said", "neutral",
       "")]),
    ("Ada Voss said the plan was dead, noting that the money had run out.",
     [("indirect", "the plan was dead", "Ada Voss", "Ada Voss", "person", "said", "neutral",
       ""),
      ("indirect", "the money had run out", "Ada Voss", "Ada Voss", "person", "noting",
       "endorsing", "")]),
    # (a nested attribution at the start of the content stays inside it)
    ("Ada Voss said the mayor believes the plan is dead.",
     [("indirect", "the mayor believes the plan is dead", "Ada Voss", "Ada Voss", "person",
       "said", "neutral", ""),
      ("indirect", "the plan is dead", "the mayor", "the mayor", "official", "believes",
       "neutral", "")]),
    # a quotation in doubled apostrophes after "wrote," is a direct quote, whole
    ("In an essay, she wrote, ''The harbour will not survive another dry summer.''",
     [("direct", "''The harbour will not survive another dry summer.''", "she", "she",
       "person", "wrote", "neutral", "")]),
    # an appositive of a dozen words before the cue is part of the source as written
    ("Ada Voss, chief engineer and deputy director of the old Port Aldmere water works, told "
     "reporters that the harbour will close.",
     [("indirect", "the harbour will close",
       "Ada Voss, chief engineer and deputy director of the old Port Aldmere water works",
       "Ada Voss", "official", "told", "neutral", "")]),
    # a modal makes it a hypothesis, not a statement someone made
    ("She could say the ban will end in May.", []),
    # the person addressed after "told", "warned" is not part of what was said
    ("The harbourmaster told the crowd the ferry would run again on Monday.",
     [("indirect", "the ferry would run again on Monday", "The harbourmaster",
       "The harbourmaster", "official", "told", "neutral", "")]),
    ("Hale warned them the river could rise overnight.",
     [("indirect", "the river could rise overnight", "Hale", "Hale", "person", "warned",
       "neutral", "")]),
    # after "urge" and "ask" the person is part of the request; "for" is no person
    ("Hale urged the crews to return to the ferry.",
     [("indirect", "the crews to return to the ferry", "Hale", "Hale", "person", "urged",
       "neutral", "")]),
    ("Hale told the truth about the ferry.",
     [("indirect", "the truth about the ferry", "Hale", "Hale", "person", "told", "neutral",
       "")]),
    # round 6: a participle after a dash or "by" is spoken by its main clause's subject
    ("Hale changed course on the spot – saying he now backed the ferry plan.",
     [("indirect", "he now backed the ferry plan", "Hale", "Hale", "person", "saying",
       "neutral", "")]),
    ("Hale angered the crews last week by saying that the ferry was a luxury.",
     [("indirect", "the ferry was a luxury", "Hale", "Hale", "person", "saying", "neutral",
       "")]),
    ("The ferry was paid for by saving money elsewhere.", []),
    # round 6: a quotation that ends its noun phrase (a preposition after it) is the
    # speaker's words, not a modifier like "a ‘temporary’ measure"
    ("Hale called the skipper a “stubborn old fool” with no plan.",
     [("partial", "“stubborn old fool”", "Hale", "Hale", "person", "called", "neutral", "")]),
    # round 6: a participle cue of two words (", referring to …") is a participle too
    ("Hale spoke for an hour, referring to the ferry timetable.",
     [("indirect", "the ferry timetable", "Hale", "Hale", "person", "referring to", "neutral",
       "")]),
    # round 6: friends, families, a team or a camp speak as people or as one body
    ("The skipper sails alone most winters, several friends said.",
     [("indirect", "The skipper sails alone most winters", "several friends", "several friends",
       "person", "said", "neutral", "")]),
    ("The mayor's team said the ferry would run again in May.",
     [("indirect", "the ferry would run again in May", "The mayor's team", "The mayor's team",
       "organization", "said", "neutral", "")]),
    # doubled apostrophes: the mixed clause's content keeps the closing mark, so the quoted
    # words lie inside it (one attribution, not two)
    ("Harbour crews are ''fed up with the delays,'' said Ada Voss.",
     [("indirect", "Harbour crews are ''fed up with the delays,''", "Ada Voss", "Ada Voss",
       "person", "said", "neutral", ""),
      ("partial", "''fed up with the delays,''", "Ada Voss", "Ada Voss", "person", "", "",
       "")]),
]


def _summary(rows):
    return [(r["kind"], r["quote"], r["speaker"], r["speaker_name"], r["speaker_type"],
             r["verb"], r["verb_stance"], r["via"]) for r in rows]


@pytest.mark.parametrize("text, expected", CASES)
def test_attribution_constructions(text, expected):
    assert _summary(extract(text)) == expected


def test_multi_paragraph_quote_is_one_direct_quote_with_one_speaker():
    text = 'Lund said: "First paragraph of the quote.\n\n"Second paragraph," she added.'
    rows = extract(text)
    assert [(r["kind"], r["speaker"]) for r in rows] == [("direct", "Lund")]
    assert rows[0]["quote"].startswith('"First') and rows[0]["quote"].endswith('paragraph,"')


def test_pronoun_and_role_resolve_to_the_named_person():
    text = ("Defence Minister Arvid Holm said the troops would stay. He added that nothing had "
            "changed. The minister denied any deal.")
    rows = extract(text)
    assert [(r["speaker"], r["speaker_name"], r["speaker_type"]) for r in rows] == [
        ("Defence Minister Arvid Holm", "Arvid Holm", "official"),
        ("He", "Arvid Holm", "official"),
        ("The minister", "Arvid Holm", "official"),
    ]


def test_quote_continuation_takes_the_previous_speaker():
    text = "“We will stay,” Holm said. “Nothing has changed.”"
    rows = extract(text)
    assert [(r["kind"], r["speaker_name"], r["verb"]) for r in rows] == [
        ("direct", "Holm", "said"), ("direct", "Holm", "")]


def test_publication_editor_relays_the_anonymous_quote():
    text = ("The claim was first published by Radio Velm. A soldier, speaking anonymously, "
            "confirmed that ‘we train here every week,’ according to the station’s editor.")
    (row,) = extract(text)
    assert (row["kind"], row["speaker_type"], row["verb_stance"], row["via"]) == (
        "direct", "anonymous", "endorsing", "Radio Velm")


# ------------------------------------------------------------------ per-article columns
HAND_ARTICLE = (
    "PORT ALDMERE, Aug 4 (Meridian Wire) - The reservoir fell to 15 percent, according to the "
    "Harbour Courier. “We have no choice,” Mayor Tomas Reyvik said. Critics claimed the ban "
    "came too late. An official, speaking on condition of anonymity, said it may last until "
    "spring."
)


def test_hand_worked_article_metrics():
    # By hand: 4 attributions — the Courier's report (according_to, media, relayed), Reyvik's
    # direct quote (official), the critics' claim (vague, distancing), the anonymous official
    # (hedged by "may"). Sources: Harbour Courier, Tomas Reyvik, Critics, An official = 4.
    # Primary (direct / according-to / said, not media or vague): Reyvik and the official = 2.
    doc = analyze_document("a", HAND_ARTICLE, ["basic", "hedging", "sourcing"])
    m = doc.metrics
    assert m["n_attributions"] == 4
    assert m["n_direct_quotes"] == 1 and m["n_according_to"] == 1 and m["n_indirect"] == 2
    assert m["n_sources"] == 4 and m["n_primary_sources"] == 2
    assert m["anonymous_share"] == pytest.approx(1 / 4)
    assert m["vague_share"] == pytest.approx(1 / 4)
    assert m["official_share"] == pytest.approx(1 / 4)
    assert m["media_share"] == pytest.approx(1 / 4)
    assert m["distancing_share"] == pytest.approx(1 / 4)
    assert m["hedged_claim_share"] == pytest.approx(1 / 4)
    assert m["secondhand"] is True and m["n_relaying_outlets"] == 1
    assert m["single_source"] is False
    assert set(ARTICLE_COLUMNS) <= set(m)


def test_own_outlet_in_the_dateline_is_not_a_relay():
    doc = analyze_document("a", "PORT ALDMERE, Aug 4 (Meridian Wire) - Reyvik said the ban "
                                "starts today.", ["basic", "hedging", "sourcing"])
    assert doc.metrics["secondhand"] is False


def test_metrics_of_an_article_without_attributions():
    m = article_metrics([])
    assert m["n_attributions"] == 0 and m["anonymous_share"] is None
    assert m["single_source"] is False and m["secondhand"] is False


def test_counts_equal_spans_and_span_text_is_the_article_text():
    doc = analyze_document("a", HAND_ARTICLE, ["basic", "hedging", "sourcing"])
    quote_spans = [s for s in doc.spans if s[2] == "quote"]
    assert len(quote_spans) == doc.metrics["n_attributions"]
    assert sum(s[3] == "direct" for s in quote_spans) == doc.metrics["n_direct_quotes"]
    for row in doc.attributions:
        assert HAND_ARTICLE[row["quote_start"]:row["quote_end"]] == row["quote"]
        if row["speaker_start"] is not None:
            assert HAND_ARTICLE[row["speaker_start"]:row["speaker_end"]] == row["speaker"]
        assert row["kind"] in KINDS and row["speaker_type"] in SPEAKER_TYPES
    assert {s[2] for s in doc.spans} >= {"quote", "speaker", "verb", "via"}


def test_analyze_fills_the_attributions_table(hand_corpus):
    result = analyze(hand_corpus)
    table = result.attributions
    assert list(table.columns[:len(ATTRIBUTION_COLUMNS)]) == list(ATTRIBUTION_COLUMNS)
    wire = table[table["article_id"] == "wire"]
    assert ("direct", "he") in set(zip(wire["kind"], wire["speaker"], strict=True))
    assert result.articles.loc[result.articles["id"] == "empty", "n_attributions"].item() == 0
    assert result.articles["secondhand"].tolist() == [False, False, False]


def test_sourcing_reads_the_hedged_sentence_column():
    doc = analyze_document("a", "Officials said the plan may fail. Officials said it works.",
                           ["basic", "hedging"])
    sourcing(doc)
    assert [r["hedged"] for r in doc.attributions] == [True, False]


# ------------------------------------------------------------------ the seed article
def test_seed_article_comes_out_as_the_issue_says(seed_text):
    doc = analyze_document("seed", seed_text, ["basic", "hedging", "sourcing"])
    rows = doc.attributions
    direct = [r for r in rows if r["kind"] == "direct"]
    # the operator's quote is direct and anonymous, relayed via Paris Match
    assert len(direct) == 1
    (op,) = direct
    assert op["quote"].startswith("‘French soldiers come here")
    assert op["speaker"] == "The operator" and op["speaker_type"] == "anonymous"
    assert op["via"] == "Paris Match" and op["verb_stance"] == "endorsing"
    # Macron is a named source across "Macron", "he" and "the president"
    macron = {r["speaker"] for r in rows if r["speaker_name"] == "Emmanuel Macron"}
    assert {"Macron", "he", "the president"} <= macron
    # the quoted phrases are partial quotes, not full quotes
    partial = {r["quote"] for r in rows if r["kind"] == "partial"}
    assert {"‘French youth’", "‘coalition of the willing’", "‘non-combat zones’"} <= partial
    # critics, analysts and diplomatic sources
    types = {r["speaker"].lower(): r["speaker_type"] for r in rows}
    assert types["critics"] == "vague"
    assert types["analysts"] == "expert"
    assert types["diplomatic sources"] == "anonymous"
    # second-hand and resting on a single primary source
    assert doc.metrics["secondhand"] is True
    assert doc.metrics["single_source"] is True and doc.metrics["n_primary_sources"] == 1
    assert op["hedged"] is False and any(r["hedged"] for r in rows)


# ------------------------------------------------------------------ rules added in round 2


@pytest.mark.parametrize("text, expected", [
    # headline form: speaker, colon, content to the end of the line
    ("Reyvik: Desalination Plant ‘Will Be Built’ Whatever It Costs\n\nThe mayor spoke.",
     ("indirect", "Reyvik", "Desalination Plant ‘Will Be Built’ Whatever It Costs")),
    # transcript form: speaker with a lowercase role word, then a quotation
    ("Port engineer Ada Voss: “The pumps will hold until spring.”\n\nMore follows.",
     ("direct", "Port engineer Ada Voss", "“The pumps will hold until spring.”")),
])
def test_colon_names_the_speaker(text, expected):
    rows = [(r["kind"], r["speaker"], r["quote"]) for r in extract(text) if r["verb"] == ":"]
    assert rows == [expected]


@pytest.mark.parametrize("text", [
    "Note: the figures were revised on Tuesday.",  # a label, not a speaker
    "Update: the council meets again on Friday.",
    "He had one goal: to win the vote in the spring.",  # a clause, not a name
])
def test_colon_labels_and_clauses_are_not_speakers(text):
    assert [r for r in extract(text) if r["verb"] == ":"] == []


def test_relative_pronoun_speaker_takes_its_antecedent():
    rows = extract("Fishermen who say the plant will harm the catch marched on Friday.")
    row = next(r for r in rows if r["verb"] == "say")
    assert (row["speaker"], row["speaker_name"]) == ("who", "Fishermen")
    assert row["quote"].startswith("the plant will harm the catch")


def test_phrasal_verb_forms_are_not_single_word_cues():
    # "out" alone was read as a form of "point out"
    assert extract("The mayor went out to meet the marchers on Friday.") == []
    rows = extract("The mayor pointed out that the reservoir is at 18 percent.")
    assert [(r["verb"], r["quote"]) for r in rows] == [
        ("pointed out", "the reservoir is at 18 percent")]


# single_source, by hand: (article, primary sources a sourcing editor counts)
SINGLE_SOURCE_CASES = [
    # one anonymous source; the press office's reply and an unnamed-pronoun repeat do not add
    ("A person close to the mayor told the Courier that the site was chosen in spring. "
     "The source said the other sites were never costed. She said the meeting was closed. "
     "A spokesman told the paper that all options had been considered.", 1),
    # one anonymous operator, and a minister's denial (negated main verb)
    ("An Estmark drone operator told Radio Velm that instructors trained his crew. The operator "
     "said they left before dark. Minister Mirela Dasko said there were no soldiers in Estmark.",
     1),
    # two on-the-record sources making claims of their own: a wire story
    ("Mayor Tomas Reyvik said the ban starts today. Engineer Ada Voss said the reservoir is at "
     "18 percent. “We have no choice,” Reyvik said.", 2),
    # two different unnamed people ("the officer" has no earlier officer)
    ("A technician told the Herald that the instructors spoke Corvanian. The officer told the "
     "paper that he saw them at the base.", 2),
]


@pytest.mark.parametrize("text, n_primary", SINGLE_SOURCE_CASES)
def test_single_source_counts_primary_sources_of_claims(text, n_primary):
    doc = analyze_document("a", text, ["basic", "hedging", "sourcing"])
    assert doc.metrics["n_primary_sources"] == n_primary
    assert doc.metrics["single_source"] is (n_primary == 1)


def test_sample_single_source_stories_are_the_frontline_digest_ones():
    result = analyze(__import__("analysis").load_corpus(
        __import__("analysis.config", fromlist=["x"]).SAMPLE_CORPUS))
    arts = result.articles
    single = set(arts.loc[arts["single_source"], "id"])
    assert single == {
        "fd-2026-08-27-saltmarsh-site-settled-before-consultation",
        "fd-2026-09-16-drone-operator-radio-velm-corvanian-instructors",
        "fd-2026-10-23-ministry-allegedly-blocked-hospital-staffing-plan",
        # (srcfix2, review5 item 1: the column cl-2026-09-17 quotes the prime minister's
        # "familiar line", now hers rather than the operator's, so it no longer rests on the
        # one operator; the column cl-2026-11-14 rests on the government's announcement and
        # the minister's reply: two sources once "announced" counts like "said")
    }
    assert not arts.loc[arts["outlet"] == "Meridian Wire", "single_source"].any()


# --- the fast helpers give exactly what the regexes they replace give ----------------------
_HELPER_CASES = [
    "", " ", "he said", "the mayor, who", "officials who ", "The mayor has also", "and that ",
    "band", "so what", "he said: ", "x_who", "Reyvik’s who", "Critics—", "voters who\n",
    "the spokesman for the ministry, a former aide,", "a wh", "who", "that", "it was but",
    "Mr. Cruz, whose finish was seen as a disappointment,", "café naïve", "ab12_ ",
    "“We will go,” said", "(the president)", "according to the report and",
    # cue endings: "according to", "reported by", a phrasal "out", runs with ’ ' - _
    "as the mayor pointed out ", "He pointed   out", "out", " out", "—out", "knockout",
    "the report, according to", "xaccording  to\n", "as reported by", "reported by:",
    "as it was reported  by ", "it’s what he said’", "co-chair Lund-Berg", "said_ ", "by",
    "a ‘said’ —", "he said\n", "pointed out out", "pointed, out",
]


@pytest.mark.parametrize("head", _HELPER_CASES)
def test_fast_helpers_match_their_regexes(head):
    from analysis import sourcing as s

    # the last clause boundary: the end of the last _BOUNDARY_RE match
    ends = [m.end() for m in s._BOUNDARY_RE.finditer(head)]
    assert s._last_boundary_end(head) == (ends[-1] if ends else 0)
    # a clause opens before a quotation
    assert s._quote_lead(head) == bool(s._QUOTE_LEAD_RE.search(head))
    # a closing "who"
    who = s._WHO_END_RE.search(head, max(0, len(head) - s._WINDOW))
    assert s._who_end(head) == (who.start(1) if who else -1)
    # the last word before a cue (no white space at its end)
    end = len(head.rstrip())
    m = s._search_tail(s._LAST_WORD_RE, head, 0, end)
    assert s._last_word_start(head, end, 0) == (m.start() if m else end)
    # the cue word a stretch ends with (before a quotation)
    m = s._CUE_END_RE.search(head)
    assert s._cue_end_word(head) == (None if m is None else m.group(1) or "")
    # cue first words: the same starts as the look-behind regex, at the text's start too
    for text in (head, "said " + head, head + " Says"):
        assert s._cue_starts(text, s.lexicons()) == [
            m.start() for m in s.lexicons().cue_start_re.finditer(text)]
    # capitalised name sequences
    for text in (head, f"Said {head} Mr. de la Cruz-Ortega", f"{head} van Dijk’s O'Neill"):
        assert [m.span() for m in s._NAME_SEQ_RE.finditer(text)] == [
            m.span() for m in s._NAME_SEQ_SPEC_RE.finditer(text)]
    # outlet contexts: the regex tried at candidate offsets only
    text = f"{head} told the Harbour Courier in an op-ed for Radio Velm {head} reported by AFP"
    assert [m.span() for m in s._outlet_contexts(text)] == [
        m.span() for m in s._OUTLET_CONTEXT_RE.finditer(text)]


# --- prefilters: a text they skip has no match; one they keep goes to the regex ------------
# (sentence, holds an anonymity condition) - written by us
CONDITION_CASES = [
    ("An official, speaking on condition of anonymity, said the talks failed.", True),
    ("A source who SPOKE ANONYMOUSLY said the ship had left.", True),
    ("She agreed on the condition that she not be named.", False),  # "the condition that"
    ("The official spoke on condition that she not be named.", True),
    ("The condition of the roads is poor, the mayor said.", False),  # kept, no match
    ("The mayor said the roads were poor.", False),  # skipped: no marker word
    ("Officials said it was fine.", False),
    ("Ein Beamter sagte, speaking on condition of anonymity, es sei vorbei.", True),
    ("“We won’t go,” said one, speaking on condition of anonymity.", True),  # not ASCII
    ("“We won’t go,” said one, speaking anonymouſly.", True),  # "ſ" matches "s" here
]


@pytest.mark.parametrize(("sentence", "expected"), CONDITION_CASES)
def test_condition_prefilter_gives_the_regex_answer(sentence, expected):
    from analysis import sourcing as s

    lex = s.lexicons()
    article = s._Article(sentence, set(), [], {}, [])
    assert s._condition_in(sentence, article, lex) is expected
    assert expected == bool(lex.condition_re.search(sentence))


# (content, answers a claim): main-verb negation in the first words - written by us
RESPONSE_CASES = [
    ("it did not recognise the account", True),
    ("the ministry DIDN'T see the plan", True),
    ("“We have never costed the sites”", True),
    ("there are “no soldiers” in the town", True),
    ("the plan is sound and will go ahead", False),  # skipped: no "no", "n’t" or "never"
    ("nobody asked the residents", False),  # kept ("no"), no match
    ("the town now knows the cost", False),  # kept ("no"), no match
]


@pytest.mark.parametrize(("quote", "expected"), RESPONSE_CASES)
def test_response_prefilter_gives_the_regex_answer(quote, expected):
    from analysis import sourcing as s

    row = dict(_lemma="say", quote=quote, speaker="the mayor", speaker_type="official")
    assert s._is_response(row) is expected
    assert expected == bool(s._RESPONSE_CONTENT_RE.match(quote))


# (capitalised name sequence, kept by the one-word prefilter) - written by us: a sequence of
# letters only is one word, which is never an outlet's name nor a person's full name
MULTI_WORD_CASES = [
    ("Macron", False),
    ("Zoë", False),  # letters beyond ASCII are letters too
    ("Emmanuel Macron", True),
    ("Radio Velm News", True),
    ("Radio\nVelm News", True),  # white space other than a space
    ("O'Neill", True),  # kept (not letters only), though one word
    ("Sen.", True),
]


@pytest.mark.parametrize(("seq", "kept"), MULTI_WORD_CASES)
def test_multi_word_prefilter_keeps_every_outlet_and_full_name(seq, kept):
    from analysis import sourcing as s

    assert s._multi_word([seq]) == ([seq] if kept else [])
    if not kept:  # a skipped sequence gives neither an outlet nor a person
        assert s._named_outlet(seq) == "" and s._person_name(seq) is None
    assert s._named_outlet("Radio Velm News") == "Radio Velm News"  # (the kept ones do)


# ------------------------------------------------------------------ canonical names
# Hand-labelled: who a careful reader says is speaking, as the "top speakers" chart should
# count them (one name per person; organisations and descriptions typed as such).
# A role that speaks for a non-government body (a union's spokesperson, a company's or a
# hospital's chief executive, an association's chair) is typed by the body, `organization`
# (srcrecall round, 2026-12-04; these four cases were `official`, `expert`, `person` and
# `person` before: `official` is kept for government bodies and the people who speak for them).
NAME_CASES = [
    ("Union spokesperson Maya Oduya told reporters the strike would go on.",
     [("Maya Oduya", "organization")]),
    ("Hospital chief executive Dr. Anika Brandt said the wards were full.",
     [("Anika Brandt", "organization")]),
    ("Karin Holt, chair of the Harbour Residents’ Association, said the plan was unfair.",
     [("Karin Holt", "organization")]),
    ("BrightWater Chief Executive Lena Marsh told investors the plant would open in May. "
     "Marsh said the cost had doubled.",
     [("Lena Marsh", "organization"), ("Lena Marsh", "organization")]),
    ("Pensioner Otto Berg, 81, said the queue was too long.", [("Otto Berg", "person")]),
    ("His wife Greta said the stall had closed.", [("Greta", "person")]),
    ("Harbour residents say the smell is unbearable.", [("Harbour residents", "vague")]),
    # (chiefs at a company speak for it: `organization`, was `person`, as above)
    ("Water chiefs at BrightWater say the pipes are old.", [("Water chiefs", "organization")]),
    # a company is not a person, so "he" does not resolve to it
    ("BrightWater said the plant was safe. “We have checked everything,” he said.",
     [("BrightWater", "organization"), ("he", "person")]),
    # surname prefixes with an inner capital stay people
    ("Senator John McCain said the vote was close. McCain added that he would abstain.",
     [("John McCain", "official"), ("John McCain", "official")]),
]


@pytest.mark.parametrize("text, expected", NAME_CASES)
def test_canonical_speaker_names_and_types(text, expected):
    assert [(r["speaker_name"], r["speaker_type"]) for r in extract(text)] == expected


# Hand-labelled pronoun speakers: who "he" or "she" is, as a careful reader resolves it.
PRONOUN_CASES = [
    # "she" skips the man the article calls "he" and finds the woman named at the start of
    # the previous sentence, who has not spoken yet
    ("Pensioner Walter Greeve, 81, told councillors he had survived two floods. Single mum "
     "Hanne Virtanen, 37, had brought her son along. “I wanted him to see democracy,” she said.",
     [("Walter Greeve", "person"), ("Hanne Virtanen", "person")]),
    # a described man is "he", so a later "she" is the nurse named before her quote
    ("One man, who didn’t want to be named, shouted that the operation had been cancelled. "
     "“What about her?” he yelled. Nurse Sofie Lind spoke to him. “He’s right to be angry,” "
     "she said.", [("One man", "anonymous"), ("One man", "anonymous"), ("Sofie Lind", "person")]),
    # an honorific gives the gender; "she" goes back past Mr Holm to Anna Berg
    ("Anna Berg said the plan was sound. Mr Holm, her deputy, disagreed. “It will fail,” he "
     "said. “It will not,” she said.",
     [("Anna Berg", "person"), ("Mr Holm", "person"), ("Anna Berg", "person")]),
    # a first name used alone is the person introduced with it
    ("Klara Moen, 52, has waited a year for a new hip. Klara says the wait is cruel.",
     [("Klara Moen", "person")]),
    # no person before the pronoun: it stays as written
    ("“We are ready,” she said.", [("she", "person")]),
    # a plural description is not "he"; a name after an opening adjunct and its comma is the
    # sentence's subject
    ("Fisherman Karel Dunst, 58, fears for his boat. Neighbours say a march could follow. "
     "Back on the slipway, Karel looked at the water. “We are part of the city,” he said.",
     [("Karel Dunst", "person"), ("Neighbours", "vague"), ("Karel Dunst", "person")]),
    # an age before a relative clause is part of the speaker's appositive; "her roses" (a
    # possessive before a noun) shows Greta is "she", so "he" goes to the dad
    ("Greta Halloran, 79, waters her roses with bathwater. Young dad Luka Brenner, 34, was "
     "breaking the news. “They ask every day,” he said. His wife Ana, 33, who works nights, said "
     "the ban was fair.", [("Luka Brenner", "person"), ("Ana", "person")]),
    # a single first name after a possessive and a kinship noun is a person's name, and the
    # sentence's subject (not the owner): "he" is the husband, "she" the woman named first
    ("Anja Keller runs a bakery. Anja's husband Stefan, 57, has worked at the harbour. "
     "“The new rules will ruin us,” he said. She said the bank had been patient.",
     [("Stefan", "person"), ("Anja Keller", "person")]),
    ("Anja Keller runs a bakery. Her husband Stefan, 57, has worked at the harbour. He said "
     "the new rules would ruin them.", [("Stefan", "person")]),
]


@pytest.mark.parametrize("text, expected", PRONOUN_CASES)
def test_pronoun_speakers_resolve_by_gender_and_subject(text, expected):
    assert [(r["speaker_name"], r["speaker_type"]) for r in extract(text)] == expected


@pytest.mark.parametrize("text, name", [
    ("On Thursday the council met. Yet Klara Moen said the wait was cruel.", "Klara Moen"),
    ("Today Port Aldmere voted. Mayor Tomas Reyvik said the vote was fair.", "Tomas Reyvik"),
])
def test_sentence_openers_and_places_are_not_names(text, name):
    assert [r["speaker_name"] for r in extract(text)] == [name]


def test_name_sequence_regex_matches_its_specification_on_random_strings():
    # seeded random strings over the characters the two patterns treat differently (capitals,
    # particles' letters, apostrophes, hyphens, dots, white space, other word characters)
    import random

    from analysis import sourcing as s

    rng = random.Random(7)
    alphabet = list("ABZadevnolibau’'-. \n_1éx,") + ["de ", "van ", "la ", "Dr. ", "Mc"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        assert [m.span() for m in s._NAME_SEQ_RE.finditer(text)] == [
            m.span() for m in s._NAME_SEQ_SPEC_RE.finditer(text)], text


def test_sentence_subjects_never_go_back_so_pronouns_can_search_backwards():
    # _resolve_pronoun merges speakers with sentence subjects from the latest back, which needs
    # the subjects' offsets to be non-decreasing over the sentences (sample articles and a
    # hand-written one whose second sentence's search runs into the third)
    from analysis import config, load_corpus
    from analysis import sourcing as s
    from analysis.text import split_sentences

    texts = list(load_corpus(config.SAMPLE_CORPUS)["text"]) + [
        "Harbour pilot Ines Marlow met the mayor. Yes. Tomas Reyvik, 52, spoke first. "
        "“We are ready,” he said. Then Ines Marlow left. “Not yet,” she said."]
    for text in texts:
        ex = s._Extractor(text, split_sentences(text), None)
        offsets = [o for o, _ in s._subjects(ex.article)]
        assert offsets == sorted(offsets)
    rows = s.extract(texts[-1])
    assert [(r["quote"], r["speaker_name"]) for r in rows] == [
        ("“We are ready,”", "Tomas Reyvik"), ("“Not yet,”", "Ines Marlow")]


def test_sentence_subjects_lie_within_the_subject_reach():
    # _resolve_pronoun skips a sentence's subject look-up when the next speaker lies at or past
    # the sentence start plus SUBJECT_REACH, which needs every subject to start before that
    from analysis import config, load_corpus
    from analysis import sourcing as s
    from analysis.text import split_sentences

    texts = list(load_corpus(config.SAMPLE_CORPUS)["text"])
    for text in texts:
        ex = s._Extractor(text, split_sentences(text), None)
        for k, start in enumerate(ex.article.sentence_starts):
            subject = s._subject_of(ex.article, k)
            assert subject is None or start <= subject[0] < start + s.SUBJECT_REACH


@pytest.mark.parametrize("text, expected", [
    # the speaker ends a long sentence whose subject is another person: "He" is the later one
    ("Anja Lind walked along the harbour wall past the old customs house, the shuttered fish "
     "market and the ferry office to the council meeting, where Mayor Tomas Reyvik said the "
     "port would close. He said the ferries would stop.",
     [("Tomas Reyvik", "official"), ("Tomas Reyvik", "official")]),
    # a subject after the latest speaker comes first ("She" is Anja Lind, not the mayor)
    ("Mayor Tomas Reyvik said the port would close. Anja Lind, a nurse, arrived late. She said "
     "the ward was full.", [("Tomas Reyvik", "official"), ("Anja Lind", "person")]),
])
def test_pronouns_merge_speakers_and_sentence_subjects(text, expected):
    assert [(r["speaker_name"], r["speaker_type"]) for r in extract(text)] == expected


@pytest.mark.parametrize("spans, n", [
    ([], 5),
    ([(0, 3), (5, 9)], 10),
    # a quotation inside another: from its start on, the later one is looked at (as the binary
    # search over the starts did), so the rest of the outer one gives None
    ([(0, 10), (2, 5)], 12),
    # two quotations at one offset: the later one
    ([(1, 4), (1, 6)], 8),
    # a quotation running to the text's end
    ([(3, 7)], 7),
])
def test_quote_owners_match_the_binary_search(spans, n):
    import bisect

    from analysis import sourcing as s
    from analysis.quotes import Quote

    quotes = [Quote(a, b, a + 1, b - 1) for a, b in spans]
    starts = [q.start for q in quotes]

    def by_search(offset):
        i = bisect.bisect_right(starts, offset) - 1
        return quotes[i] if i >= 0 and quotes[i].start <= offset < quotes[i].end else None

    assert s._quote_owners(quotes, n) == [by_search(o) for o in range(n)]


@pytest.mark.parametrize("text, lo, hi, cap", [
    ("a b c d e", 0, 9, 3), ("a b c d e", 2, 5, 9), ("U.S. officials don’t agree.", 0, 27, 9),
    ("well-known and/or _x_ --", 0, 24, 9), ("one two", 4, 2, 5), ("", 0, 0, 2),
    ("x y", 0, 3, 0),  # (a cap of 0 still counts the first word, as the loop always did)
])
def test_words_upto_counts_the_word_regex_matches_up_to_the_cap(text, lo, hi, cap):
    from analysis import sourcing as s

    n = len(s._WORD_RE.findall(text[lo:hi])) if lo < hi else 0
    assert s._words_upto(text, lo, hi, cap) == (min(n, max(cap, 1)) if n else 0)


def test_response_content_regex_matches_its_backtracking_form_on_random_strings():
    # the possessive quantifiers of _RESPONSE_CONTENT_RE change no match: compared with the
    # plain form on seeded random strings over words, marks and white space
    import random
    import re

    from analysis import sourcing as s

    plain = re.compile(s._RESPONSE_CONTENT_RE.pattern.replace("++", "+"), re.IGNORECASE)
    rng = random.Random(11)
    pieces = ["did", "not", "n’t", "n't", "never", "there", "are", "no", "“", "'", "-", "we",
              "Had been", "x", " ", "  ", "\n", ",", "."]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 9)))
        m1, m2 = s._RESPONSE_CONTENT_RE.match(text), plain.match(text)
        assert (m1 and m1.span()) == (m2 and m2.span()), text


def test_role_regex_prefix_tree_matches_the_alternation_longest_first():
    # role_re is a prefix tree of the role nouns; the alternation of the escaped nouns sorted
    # longest first is its specification: the same matches on the roles themselves, joined
    # by one or two spaces, in any case, and on seeded random strings of role pieces
    import random
    import re

    from analysis import sourcing as s

    lex = s.lexicons()
    plain = re.compile(s._first_char_guard(lex.roles) + r"(?<![\w-])(?:" + "|".join(
        re.escape(r) for r in sorted(lex.roles, key=len, reverse=True)) + r")(?![\w-])",
        re.IGNORECASE)
    roles = sorted(lex.roles)
    rng = random.Random(5)
    texts = [" ".join(roles), "  ".join(roles).upper(), ". ".join(roles).title()]
    for _ in range(3000):
        pieces = [rng.choice(roles)[:rng.randint(1, 12)] for _ in range(rng.randint(1, 4))]
        texts.append(rng.choice([" ", "-", "", "  ", "s "]).join(pieces))
    for text in texts:
        assert [m.span() for m in lex.role_re.finditer(text)] == [
            m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize("text, speaker, stype", [
    # an unnamed crowd speaking as one is vague, like residents and locals (review7)
    ("On a still night, villagers say, they can hear the guns.", "villagers", "vague"),
    ("Witnesses said the car did not stop.", "Witnesses", "vague"),
    ("Organisers said the march would go ahead.", "Organisers", "vague"),
    # one named member of the group is a person
    ("Maria Lind, one of the organisers, said the march would go ahead.", "Maria Lind",
     "person"),
])
def test_unnamed_crowds_are_vague_sources(text, speaker, stype):
    rows = extract(text)
    assert [(r["speaker_name"], r["speaker_type"]) for r in rows] == [(speaker, stype)]


@pytest.mark.parametrize("text, speaker, name", [
    # a time adjunct opening the clause is not part of the speaker (review of the sample
    # report: "In September the minister" was a speaker of its own)
    ("Defence Minister Arvid Holm spoke. In September the minister said the troops would stay.",
     "the minister", "Arvid Holm"),
    ("On Thursday the government said it would act.", "the government", "the government"),
    ("Last week Mayor Tomas Reyvik said the plant would be built.", "Mayor Tomas Reyvik",
     "Tomas Reyvik"),
    ("Yesterday, police said the road was closed.", "police", "police"),
    # a name holding a weekday is no adjunct
    ("Sunday Times editors said the paper would close.", "Sunday Times editors",
     "Sunday Times editors"),
])
def test_leading_time_adjunct_is_not_the_speaker(text, speaker, name):
    rows = extract(text)
    assert [(r["speaker"], r["speaker_name"]) for r in rows] == [(speaker, name)]
