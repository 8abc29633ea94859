"""Notebook 05's filters on a quiet day (review 11): a valid frame or source type that no
selected article has today matches nothing instead of being refused, and no match is not an
error."""

from __future__ import annotations

import pandas as pd
import pytest

import analysis as ma
from analysis.errors import ParameterError
from analysis.explore import filter_articles, pick


@pytest.fixture(scope="module")
def result():
    return ma.analyze(pd.DataFrame({"id": ["a", "b"], "outlet": ["X", "Y"],
                                    "text": ["Fine weather today.", "A calm, quiet day."]}),
                      cache=None, progress=False)


@pytest.mark.parametrize("filters", [{"frame": "morality"}, {"source_type": "document"},
                                     {"tone": "negative", "frame": "conflict"}])
def test_a_valid_value_absent_today_matches_nothing(result, filters):
    matching = filter_articles(result, **filters)
    assert matching.empty
    assert pick(matching) == ""


@pytest.mark.parametrize("filters, named", [({"frame": "moralty"}, "'morality'"),
                                            ({"source_type": "documents"}, "'document'")])
def test_a_misspelt_value_is_refused_with_every_valid_one(result, filters, named):
    with pytest.raises(ParameterError, match=named):
        filter_articles(result, **filters)


def test_an_article_id_not_matching_lists_some_that_do(result):
    with pytest.raises(ParameterError, match="matching articles: a, b; leave it empty"):
        pick(filter_articles(result), "zz")


def test_the_report_checks_the_filters_before_any_notebook_runs():
    from analysis.explore import TONE_LABELS, valid_source_types
    from analysis.framing import GENERIC_FRAMES
    from analysis.report import PARAMETER_CHOICES, _as_choice

    # the runner's lists are the analysis's own
    assert set(PARAMETER_CHOICES["tone"]) == {"", *TONE_LABELS}
    assert set(PARAMETER_CHOICES["frame"]) == {"", "none", *GENERIC_FRAMES}
    result = ma.analyze(pd.DataFrame({"id": ["a"], "outlet": ["X"], "text": ["Fine."]}),
                        cache=None, progress=False)
    assert set(PARAMETER_CHOICES["source_type"]) == {"", *valid_source_types(result)}
    assert _as_choice("frame", "") == ""
    with pytest.raises(ParameterError, match="-p tone='negativ': choose one of '' "):
        _as_choice("tone", "negativ")
