"""stories27: recall on evidence the clusterer missed, each change with an example written for it.

1. A story whose names are all common or countries ("Nederland") gives no name clash: a report of the
   same figures naming its source ("Stichting Fietsregister") is not another event for that.
"""

from __future__ import annotations

from pipeline.stories.cluster import ClusterSettings, assign
from tests.pipeline.stories.texts import at, feat, unrelated_window

THEFTS = (
    "Aantal fietsdiefstallen stijgt explosief: dader vaak jeugdbende",
    "In Nederland worden steeds vaker fietsen gestolen. Eigenaren deden het afgelopen jaar 12 procent vaker "
    "aangifte van fietsdiefstal dan een jaar eerder. Vaak gaat het om groepjes jongeren die elektrische fietsen "
    "meenemen.",
)
THEFTS_SOURCE = (
    "Flinke toename aangiftes door stijging fietsdiefstallen",
    "Het aantal aangiftes van fietsdiefstal is de afgelopen jaren sterk gestegen, blijkt uit cijfers van de "
    "Stichting Fietsregister. Vorig jaar ging het om 12 procent meer aangiftes dan een jaar eerder. Vooral "
    "elektrische fietsen zijn geliefd bij dieven, zegt woordvoerder Karel Dijkhof van de stichting.",
)
THEFTS_IN_TOWN = (  # the same words, but about one town: the story names a telling place
    "Aantal fietsdiefstallen in Zwolle stijgt explosief: dader vaak jeugdbende",
    "In Zwolle worden steeds vaker fietsen gestolen. Eigenaren deden het afgelopen jaar 12 procent vaker "
    "aangifte van fietsdiefstal dan een jaar eerder. Vaak gaat het om groepjes jongeren die elektrische fietsen "
    "meenemen.",
)


def _pair(first: tuple[str, str], second: tuple[str, str]) -> tuple[int, int]:
    settings = ClusterSettings()
    store = unrelated_window(settings)
    a = assign(feat("a", "AD", at(0, 0), *first), store, settings)
    b = assign(feat("b", "NOS", at(0, 1), *second), store, settings)
    return a.story_id, b.story_id


def test_a_report_naming_its_source_joins_a_story_that_names_only_the_country():
    story, report = _pair(THEFTS, THEFTS_SOURCE)
    assert report == story


def test_a_report_naming_its_source_stays_apart_from_a_story_of_one_town():
    # without the name clash they join (its words alone score 0.37): the town is a telling name of the story
    story, report = _pair(THEFTS_IN_TOWN, THEFTS_SOURCE)
    assert report != story
