"""A name written into a hyphenated word ("rapport-Wennink", "Jumbo-Visma", "BBB-mestplan") is a story
term of its own too, so a text that names the report, team or party that way meets the text that names
it alone. Texts written for these tests."""

import pytest

from pipeline.stories import features
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.features import stem
from tests.pipeline.stories.texts import at, feat, unrelated_window

REPORT = (
    "Kabinet neemt rapport-Wennink grotendeels over",
    "Het kabinet neemt de adviezen uit het rapport-Wennink grotendeels over. De commissie adviseerde miljarden "
    "te investeren in innovatie, chips en defensie. Het kabinet trekt volgend jaar twee miljard uit.",
)
REACTION = (  # the same day: the report's author on the decision, naming himself alone
    "Wennink: Nederland moet durven kiezen",
    "Commissievoorzitter Wennink is blij dat het kabinet zijn adviezen overneemt. Volgens hem moet Nederland "
    "sneller investeren in innovatie, anders raakt het land achterop.",
)
NEW_JOB = (  # two days later: another event of the same man
    "Wennink wordt commissaris bij chipbedrijf in Eindhoven",
    "Commissievoorzitter Wennink wordt commissaris bij een chipbedrijf in Eindhoven. Hij begint in maart aan "
    "zijn nieuwe functie.",
)


def _terms(title: str) -> set[str]:
    return {t for t, _ in feat("x", "NOS", at(), title, "").terms}


def test_the_name_parts_of_a_hyphenated_word_are_terms():
    assert {stem("wennink"), "rapport-wennink"} <= _terms("Kabinet neemt rapport-Wennink over")
    assert {stem("jumbo"), stem("visma")} <= _terms("Dumoulin naar Jumbo-Visma")
    assert stem("bbb") in _terms("Kamer stemt over BBB-mestplan")
    # no name: a capital that may only open a sentence, lower-case parts, short abbreviations
    assert stem("oud") not in _terms("Oud-topman wordt commissaris")
    assert not {"btw", stem("verhoging")} & _terms("Kabinet wil btw-verhoging")
    assert not {"wk", stem("finale")} & _terms("Oranje in WK-finale")
    assert "eu" not in _terms("Nieuwe EU-baas gekozen")


def _run() -> tuple[int, int, int]:
    settings = ClusterSettings()
    store = unrelated_window(settings)
    report = assign(feat("r", "NOS", at(0, 1), *REPORT), store, settings).story_id
    reaction = assign(feat("a", "RTL", at(0, 4), *REACTION), store, settings).story_id
    new_job = assign(feat("j", "AD", at(2, 4), *NEW_JOB), store, settings).story_id
    return report, reaction, new_job


def test_a_reaction_naming_the_report_author_alone_joins_the_report(monkeypatch: pytest.MonkeyPatch):
    report, reaction, new_job = _run()
    assert reaction == report
    assert new_job not in (report, reaction)  # the same man's next job, two days on, is another story
    monkeypatch.setattr(features, "PART_WEIGHT", 0.0)  # without the name part they share too little
    report, reaction, _ = _run()
    assert reaction != report
