"""The second look (`cluster._second_look`) takes a lower-scoring story only when it shares as many of the article's
entities as a better-scoring one it refused. Texts written for these tests."""

from __future__ import annotations

from pipeline.stories import cluster
from pipeline.stories.cluster import ClusterSettings, assign, name_weights
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat

STAGE = ("Moreau wint negende etappe", "Luc Moreau wint in Hoogveen de negende etappe van de Ronde van Noordland.")
RACE = ("Vos wint Giro van Zuidland", "Anna Vos heeft de Giro van Zuidland gewonnen, voor Eva Bos.")
# the stage winner's interview, congratulating the other race's winner: it shares the stage's story's rider and race
INTERVIEW = ("Moreau geniet en feliciteert Vos", "Etappewinnaar Luc Moreau blikt terug op de Ronde van Noordland.")
# ... and one naming the other race's winner alone
TRIBUTE = ("Lof voor Vos", "Anna Vos kreeg na de Giro van Zuidland lof van de ploegleider.")


def _look(second: tuple[str, str], passes: int, monkeypatch) -> tuple[float, int] | None:
    store, settings = MemoryStoryStore(), ClusterSettings()
    stage = assign(feat("a", "NOS", at(0, 1), *STAGE), store, settings).story_id
    race = assign(feat("b", "NOS", at(0, 2), *RACE), store, settings).story_id
    article = feat("c", "NOS", at(0, 3), *second)
    monkeypatch.setattr(cluster, "rescued", lambda f, n, pair, *rest: pair[1] == (race if passes else stage))
    return cluster._second_look(article, name_weights(article, store), [(0.23, stage), (0.2, race)], store, settings)


def test_a_lower_story_sharing_fewer_entities_than_a_refused_better_one_is_not_taken(monkeypatch):
    assert _look(INTERVIEW, passes=1, monkeypatch=monkeypatch) is None


def test_a_lower_story_sharing_as_many_entities_is_taken(monkeypatch):
    found = _look(TRIBUTE, passes=1, monkeypatch=monkeypatch)
    assert found is not None and found[0] == 0.2
