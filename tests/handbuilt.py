"""A hand-built Analysis with attributions and frame-cue spans (the sourcing and framing
analyzers' documented output), for the inspector and comparison tests."""

from __future__ import annotations

import pandas as pd

from analysis.pipeline import ATTRIBUTION_COLUMNS, SPAN_COLUMNS, Analysis

TEXT = ('Officials may have known, the Harbour Courier reported. “We will not be silenced,” '
        'said Ines Borowska, a residents’ leader. A person close to the mayor claimed the site '
        'was settled.\x00 Costs will clearly rise <script>alert(1)</script>.')
OTHER = "Plain wire copy. Officials said the plant was approved."


def off(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def build() -> Analysis:
    q, sp = off(TEXT, "“We will not be silenced,”"), off(TEXT, "Ines Borowska")
    vb = off(TEXT, "said")
    q2, sp2 = off(TEXT, "the site was settled"), off(TEXT, "A person close to the mayor")
    attributions = pd.DataFrame([
        dict(article_id="a1", kind="direct", quote_start=q[0], quote_end=q[1],
             quote=TEXT[q[0]:q[1]], speaker="Ines Borowska", speaker_start=sp[0],
             speaker_end=sp[1], speaker_name="Ines Borowska", speaker_type="named",
             verb="said", verb_stance="neutral", via=None, hedged=False),
        # no quote/speaker span for this one: the inspector must draw it from the table
        dict(article_id="a1", kind="indirect", quote_start=q2[0], quote_end=q2[1],
             quote=TEXT[q2[0]:q2[1]], speaker="A person close to the mayor",
             speaker_start=sp2[0], speaker_end=sp2[1], speaker_name=None,
             speaker_type="anonymous", verb="claimed", verb_stance="loaded",
             via="Harbour Courier", hedged=False),
        dict(article_id="a2", kind="indirect", quote_start=17, quote_end=54,
             quote=OTHER[17:54], speaker="Officials", speaker_start=17, speaker_end=26,
             speaker_name=None, speaker_type="official", verb="said", verb_stance="neutral",
             via=None, hedged=False),
    ], columns=list(ATTRIBUTION_COLUMNS))
    raw = [("a1", *q, "quote", "named"), ("a1", *sp, "speaker", "named"),
           ("a1", *vb, "verb", "neutral"), ("a1", *off(TEXT, "claimed"), "verb", "loaded"),
           ("a1", *off(TEXT, "Harbour Courier"), "via", "Harbour Courier"),
           ("a1", *off(TEXT, "may"), "hedge", "modal"),
           ("a1", *off(TEXT, "clearly"), "booster", "booster"),
           ("a1", *off(TEXT, "silenced"), "frame_cue", "conflict"),
           ("a1", *off(TEXT, "Costs will clearly rise"), "frame_cue", "economic"),
           ("a1", 0, 56, "tone", "negative"),
           ("a1", *off(TEXT, "Costs"), "custom_kind", "x<y"),
           ("a2", 0, 16, "frame_cue", "economic")]
    texts = {"a1": TEXT, "a2": OTHER}
    spans = pd.DataFrame([(a, s, e, k, lab, texts[a][s:e], 1.0) for a, s, e, k, lab in raw],
                         columns=list(SPAN_COLUMNS))
    corpus = pd.DataFrame({
        "id": ["a1", "a2"], "outlet": ["Frontline <Digest>", "Meridian Wire"],
        "published": pd.to_datetime(["2026-10-01", "2026-10-02"], utc=True),
        "title": ["Site “settled” <i>before</i> consultation & more", "Plant approved"],
        "text": [TEXT, OTHER]})
    articles = corpus.drop(columns=["text"]).assign(
        n_words=[40, 9], frame_conflict=[0.5, 0.0], frame_economic=[0.25, 1.0],
        dominant_frame=["conflict", "economic"], tone=[-0.3, 0.1],
        tone_label=["negative", "neutral"], hedge_rate=[25.0, 0.0])
    sentences = pd.DataFrame({"article_id": ["a1"], "index": [0], "start": [0], "end": [56],
                              "text": [TEXT[:56]], "tone": [-0.42]})
    return Analysis(articles=articles, sentences=sentences, attributions=attributions,
                    spans=spans, corpus=corpus, analyzers=("basic",))
