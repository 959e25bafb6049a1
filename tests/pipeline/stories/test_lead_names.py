"""The name clash reads the article's headline and first sentence: a development of a story that
quotes a new source further on still joins it, while the same kind of event elsewhere, whose
opening names other places, stays apart. Texts written for these tests."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat, unrelated_window

FROST = (
    "Strenge vorst op komst tijdens de kerstdagen",
    "Nederland krijgt tijdens de kerstdagen te maken met strenge vorst, met in de nacht temperaturen tot min "
    "tien graden, meldt het KNMI. Vooral in het noorden en oosten van het land kan het flink vriezen.\n\n"
    "Door de harde oostenwind voelt de kou nog strenger aan. Op de wegen kan het glad worden door "
    "opvriezende natte plekken. Wie met kerst op familiebezoek gaat, doet er goed aan de reis goed voor te "
    "bereiden.\n\n"
    "Of er op natuurijs geschaatst kan worden, is nog onzeker: daarvoor moet het langer vriezen.",
)
# a development of the same cold spell, hours later: the forecaster is named in the second paragraph
FROST_LATER = (
    "Gevoelstemperatuur zakt met kerst tot min vijftien graden",
    "Met de kerstdagen voor de deur wordt de vorst nog strenger: door de harde oostenwind voelt het in de "
    "nacht aan als min vijftien graden.\n\n"
    "Dat zegt weerman Jaap Kroesbergen van weerbureau Noorderlicht. 'De kou houdt zeker tot na de kerst aan. "
    "Op de wegen moet je rekening houden met gladheid door opvriezende plekken', aldus Kroesbergen.\n\n"
    "Schaatsen op natuurijs zit er volgens hem nog niet in: het moet daarvoor langer vriezen.",
)
# the same kind of event in another country: its opening names the places it is about
FROST_ABROAD = (
    "Strenge vorst in Manitoba tijdens de kerstdagen",
    "In Winnipeg en de rest van Manitoba wordt het tijdens de kerstdagen streng koud, met in de nacht "
    "temperaturen tot min dertig graden.\n\n"
    "Door de harde wind voelt de kou nog strenger aan. Op de wegen kan het glad worden door opvriezende "
    "plekken. Wie met kerst op familiebezoek gaat, doet er goed aan de reis voor te bereiden.\n\n"
    "Schaatsen op natuurijs kan er al weken: het vriest er langer.",
)


def window_with_frost(settings: ClusterSettings) -> tuple[MemoryStoryStore, int]:
    """60 unrelated items (a window that can tell a rare name), then the frost story."""
    store = unrelated_window(settings)
    return store, assign(feat("nos", "NOS", at(0, 1), *FROST), store, settings).story_id


def test_a_development_quoting_a_new_source_further_on_joins_its_story():
    later = feat("ad", "AD", at(0, 6), *FROST_LATER)
    assert {"jaap kroesbergen", "noorderlicht"} <= later.names
    assert later.lead_names is not None and not {"jaap kroesbergen", "noorderlicht"} & later.lead_names
    store, frost = window_with_frost(ClusterSettings())
    assert assign(later, store).story_id == frost
    every_name = replace(ClusterSettings(), lead_clash=False)  # the clash reading all of its names
    store, frost = window_with_frost(every_name)
    assert assign(later, store, every_name).created


def test_the_same_kind_of_event_elsewhere_stays_apart():
    abroad = feat("nu", "NU.nl", at(0, 6), *FROST_ABROAD)
    assert {"winnipeg", "manitoba"} <= abroad.lead_names
    store, frost = window_with_frost(ClusterSettings())
    assert assign(abroad, store).story_id != frost
    no_clash = replace(ClusterSettings(), name_clash=1.0)  # its words alone would pull it in
    store, frost = window_with_frost(no_clash)
    assert assign(abroad, store, no_clash).story_id == frost


def test_lead_names_survive_the_catalogs_json_and_old_features_read_as_unknown():
    later = feat("ad", "AD", at(0, 6), *FROST_LATER)
    data = later.to_json()
    assert type(later).from_json(data) == later
    del data["lead_names"]
    assert type(later).from_json(data).lead_names is None
