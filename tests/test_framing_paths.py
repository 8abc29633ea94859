"""The framing matcher's two paths (lower-casing keeps every offset, or not) agree."""

import pytest

from analysis.framing import FramingAnalyzer

TEXTS = [
    # (a text whose lower-cased form keeps its length, the same text with "İ", which does not)
    "Critics clashed over costs. Taxpayers’ anger, the minister’s duty to act; anti-war protest.",
    "The Prime Minister's plan: families will pay for the failure to act, critics said.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_and_slow_paths_find_the_same_cues(text):
    analyzer = FramingAnalyzer()
    fast = analyzer.find("I" + text)
    slow = analyzer.find("İ" + text)  # "İ".lower() is two characters: the slow path
    assert len("İ".lower()) == 2
    assert fast == slow
    assert len(fast) >= 5  # the texts are dense in cues: the comparison is not vacuous
