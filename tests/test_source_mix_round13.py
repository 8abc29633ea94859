"""Review 14: a group of people is not an on-record source, wherever its head noun stands in
the speaker phrase ("Fishermen who took part in the march": the head is "Fishermen")."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.sourcing_stats import source_mix


@pytest.mark.parametrize("speaker", [
    "Fishermen who took part in the march", "Nurses at Aldmere General", "Farmers",
    "Estmark officials", "Parents of pupils at the school", "Residents living near the plant"])
def test_groups_of_people_are_not_counted_as_on_record_sources(speaker):
    arts = pd.DataFrame({"id": ["a"]})
    attr = pd.DataFrame({"article_id": ["a", "a"], "speaker_name": [speaker, "Ines Borowska"],
                         "speaker_type": ["person", "person"], "via": ""})
    assert source_mix(attr, arts)["n_on_record"].tolist() == [1]


@pytest.mark.parametrize("speaker", ["Anna Berg of Save the Bay", "Mayor Tomas Reyvik",
                                     "Minister of Finance Karin Dahl"])
def test_named_people_with_a_prepositional_phrase_still_count(speaker):
    arts = pd.DataFrame({"id": ["a"]})
    attr = pd.DataFrame({"article_id": ["a"], "speaker_name": [speaker],
                         "speaker_type": ["person"], "via": ""})
    assert source_mix(attr, arts)["n_on_record"].tolist() == [1]
