"""An item whose headline names the name a big story owns (`owned`): "Publiek blijft weg bij uitspraak Wolthuis"
joins the day's verdict told by three outlets in eight items, though its headline and lead name a public gallery and
a retired officer; the same item stays apart when the story is small, when the window names Wolthuis in other
stories too (the name is no story's own), or a day later."""

import pytest

from pipeline.stories import owned
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = ClusterSettings()

VERDICT = "De rechtbank in Amsterdam heeft Barend Wolthuis donderdag veroordeeld tot levenslang voor vijf liquidaties."
STORY = [
    ("Barend Wolthuis krijgt levenslang voor vijf liquidaties", VERDICT),
    ("Levenslang voor Wolthuis", VERDICT + " De rechtbank volgt de eis van het Openbaar Ministerie."),
    (
        "Rechtbank: Wolthuis gaf opdracht tot liquidaties",
        VERDICT + " De kroongetuigen zijn volgens de rechtbank betrouwbaar.",
    ),
    ("Wolthuis veroordeeld tot levenslang", VERDICT + " Wolthuis was zelf niet aanwezig bij de uitspraak."),
    ("Levenslange celstraf voor Barend Wolthuis", VERDICT + " De advocaat van Wolthuis overweegt hoger beroep."),
    ("Wolthuis hoort levenslang niet zelf aan", VERDICT + " Hij bleef in zijn cel in Vught."),
    ("Advocaat Wolthuis: hoger beroep tegen levenslang", VERDICT + " De verdediging noemt het vonnis onbegrijpelijk."),
    (
        "Nabestaanden opgelucht na levenslang voor Wolthuis",
        VERDICT + " Nabestaanden van de slachtoffers zijn opgelucht.",
    ),
]
OUTLETS = ("NOS", "NU.nl", "De Telegraaf")
ITEM = (
    "Publiek blijft weg bij uitspraak Wolthuis",
    "De publieke tribune in de bunker in Osdorp bleef vrijwel leeg. Alleen oud-agent Henk Jansma en "
    "schrijfster Marieke Bosch zaten op de banken. Jansma volgde sinds 2016 elke zitting, vertelt hij. "
    "Bosch werkt aan een boek over de onderwereld en kwam voor haar laatste hoofdstuk. Buiten stonden "
    "cameraploegen in de regen te wachten op een advocaat die niet kwam. Een broodjeszaak aan de overkant had "
    "extra personeel ingehuurd voor de drukte, maar verkocht nauwelijks iets. De beveiligers dronken koffie en "
    "keken naar de lege parkeerplaats, waar alleen een busje van de gemeente stond met een kapotte ruitenwisser.",
)


def _story(size: int = 8) -> tuple[MemoryStoryStore, int]:
    store = unrelated_window(SETTINGS)
    ids = set()
    for i, (title, body) in enumerate(STORY[:size]):
        ids.add(assign(feat(f"s{i}", OUTLETS[i % 3], at(0, 2 + i * 0.3), title, body), store, SETTINGS).story_id)
    assert len(ids) == 1
    return store, ids.pop()


def _joins(size: int = 8, hours: float = 2) -> bool:
    store, story_id = _story(size)
    return story_id == assign(feat("x", "NOS", at(0, 5 + hours), *ITEM), store, SETTINGS).story_id


def test_an_item_naming_the_name_a_big_story_owns_joins_it(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _joins()
    monkeypatch.setattr(owned, "owns", lambda *args: False)
    assert not _joins()  # its headline's gallery and officer: another item


def test_a_small_story_owns_no_name() -> None:
    assert not _joins(size=4)


def test_a_name_other_stories_of_the_window_give_is_no_storys_own() -> None:
    store, story_id = _story()
    story, item = store.story(story_id), feat("x", "NOS", at(0, 7), *ITEM)
    assert story is not None
    assert owned.owns(item, story, 2.0, SETTINGS, lambda key: 9)  # the item and the story's eight
    assert not owned.owns(item, story, 2.0, SETTINGS, lambda key: 20)  # eleven more: a surname of several stories


def test_an_item_a_day_later_stays_apart() -> None:
    assert not _joins(hours=30)


CRASH = "Een Boeing 737 van Turkish Airlines is dinsdag neergestort bij Schiphol, waarbij negen doden vielen."
CRASH_STORY = [
    ("Boeing neergestort bij Schiphol: negen doden", ""),
    ("Negen doden bij crash Boeing", "Het toestel kwam uit Istanbul."),
    ("Onderzoeksraad onderzoekt crash Boeing", "De Onderzoeksraad is gestart."),
    ("Crash Boeing: toestel brak in drie stukken", "Het toestel brak."),
    ("Passagiers Boeing vertellen over crash", "Overlevenden vertellen."),
    ("Boeing-crash: piloten waren ervaren", "De piloten waren ervaren."),
    ("Zwarte dozen Boeing gevonden", "De zwarte dozen zijn gevonden."),
    ("Boeing stuurt team naar Schiphol na crash", "Boeing stuurt experts."),
]
STRIKE = (
    "Boeing-staking in Seattle voorbij",
    "De staking bij Boeing in Seattle is voorbij. De vakbond IAM stemde in met een nieuwe cao met 38 procent "
    "loonsverhoging over vier jaar. De 33.000 machinisten gaan maandag weer aan het werk.",
)
RESULTS = (
    "Boeing boekt hogere omzet dankzij vraag naar 787",
    "Vliegtuigbouwer Boeing heeft in het derde kwartaal een omzet van 18 miljard dollar geboekt, meer dan analisten "
    "verwachtten. Topman Kelly Ortberg noemt de vraag naar de 787 sterk. Het aandeel steeg op Wall Street twee procent.",
)
STORM = "Storm Ciara heeft zondag in Nederland voor veel schade gezorgd, met windstoten tot 110 kilometer per uur."
STORM_STORY = [
    ("Storm Ciara raast over Nederland", ""),
    ("Code oranje om storm Ciara", "Het KNMI gaf code oranje."),
    ("Ciara zorgt voor omgewaaide bomen", "Bomen waaiden om."),
    ("Treinverkeer plat door Ciara", "NS reed niet."),
    ("Ciara: vluchten geschrapt op Schiphol", "Vluchten geschrapt."),
    ("Schade door Ciara loopt in miljoenen", "Verzekeraars tellen."),
    ("Ciara trekt weg, wind neemt af", "De wind neemt af."),
    ("Brandweer druk door storm Ciara", "De brandweer rukte uit."),
]
CONCERT = (
    "Ciara komt in juni naar Ziggo Dome",
    "De Amerikaanse zangeres Ciara geeft op 12 juni een concert in de Ziggo Dome in Amsterdam. De kaartverkoop "
    "begint vrijdag. Ciara brengt haar nieuwe album uit in het voorjaar.",
)
VONNIS = "De rechtbank in Den Bosch heeft Ridouan Kasmi dinsdag veroordeeld tot twaalf jaar cel voor drugshandel."
TRIAL_STORY = [
    ("Ridouan Kasmi krijgt twaalf jaar cel", ""),
    ("Twaalf jaar voor Kasmi", "De rechtbank volgt de eis deels."),
    ("Rechtbank: Kasmi leidde drugsbende", "Getuigen zijn betrouwbaar."),
    ("Kasmi veroordeeld tot twaalf jaar", "Kasmi was niet aanwezig."),
    ("Celstraf voor Ridouan Kasmi", "Zijn advocaat overweegt hoger beroep."),
    ("Kasmi hoort vonnis niet zelf aan", "Hij bleef in Vught."),
    ("Advocaat Kasmi: hoger beroep", "De verdediging noemt het vonnis onbegrijpelijk."),
    ("Justitie tevreden na vonnis Kasmi", "Het OM is tevreden."),
]
ARREST = (
    "Broer van Kasmi opgepakt in Rotterdam",
    "De politie heeft woensdagochtend in Rotterdam Youssef Kasmi aangehouden, de broer van Ridouan Kasmi. Hij wordt "
    "verdacht van witwassen via een autobedrijf in Schiedam. Bij een doorzoeking vond de politie 200.000 euro contant.",
)


def _other_event_joins(lead: str, story: list[tuple[str, str]], item: tuple[str, str]) -> bool:
    store, ids = unrelated_window(SETTINGS), set()
    for i, (title, more) in enumerate(story):
        body = f"{lead} {more}".strip()
        ids.add(assign(feat(f"s{i}", OUTLETS[i % 3], at(0, 2 + i * 0.3), title, body), store, SETTINGS).story_id)
    assert len(ids) == 1
    return ids.pop() == assign(feat("x", "NOS", at(0, 8), *item), store, SETTINGS).story_id


@pytest.mark.parametrize(("lead", "story", "item"), [(STORM, STORM_STORY, CONCERT), (CRASH, CRASH_STORY, STRIKE)])
def test_an_item_sharing_only_the_owned_name_stays_apart(lead: str, story: list, item: tuple[str, str]) -> None:
    assert not _other_event_joins(lead, story, item)  # singer Ciara beside storm Ciara; Boeing's strike beside a crash


@pytest.mark.xfail(
    strict=True,
    reason="joins with owns patched off too: the shared names (Ridouan Kasmi, Boeing) and "
    "no event mark apart; not owned's, no guard yet",
)
@pytest.mark.parametrize(("lead", "story", "item"), [(VONNIS, TRIAL_STORY, ARREST), (CRASH, CRASH_STORY, RESULTS)])
def test_another_event_of_the_storys_name_stays_apart(lead: str, story: list, item: tuple[str, str]) -> None:
    assert not _other_event_joins(lead, story, item)  # a brother's arrest after a verdict; a crash-day's results
