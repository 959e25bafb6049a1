"""scripts/story_refusals.py: a missed pair's reason read from the later article's scores, and a held-out, unknown
or CHECK set refused before it is read (its pairs' headlines would be printed)."""

from __future__ import annotations

import pytest

from pipeline.stories.settings import ClusterSettings
from scripts import story_refusals

SETTINGS = ClusterSettings()


def test_a_missed_pairs_reason_is_read_from_the_later_articles_scores():
    scores = {
        1: (0.30, frozenset(), 0.3, 2),
        2: (0.05, frozenset({"name_clash", "actors"}), 0.4, 3),
        3: (0.20, frozenset(), 0.2, 1),
        4: (0.10, frozenset(), 0.1, 1),
    }
    assert story_refusals._reason(SETTINGS, 9, scores, 1)[0] == "no-candidate"
    assert story_refusals._reason(SETTINGS, 1, scores, 5)[0] == "joined-other"
    assert story_refusals._reason(SETTINGS, 2, scores, 5) == ("actors+name_clash", "score 0.050 cos 0.400 size 3")
    assert story_refusals._reason(SETTINGS, 3, scores, 5)[0] == "near"  # between rescue_floor and the threshold
    assert story_refusals._reason(SETTINGS, 4, scores, 5)[0] == "low"


@pytest.mark.parametrize("name", ("blind5", "blind999", "blind58", "dev5"))
def test_a_held_out_unknown_or_check_set_is_refused_before_it_is_read(
    name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def read(name, overrides):
        raise AssertionError("a set was about to be read")

    monkeypatch.setattr(story_refusals, "refusals", read)
    with pytest.raises(SystemExit) as exit_:
        story_refusals.main([name])
    assert exit_.value.code == 2
    assert capsys.readouterr().err
