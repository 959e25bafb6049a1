"""Synthetic Dutch news articles written for these tests (no outlet's copy): events, wire copies,
boilerplate, and look-alike events of the same topic on other days."""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from pipeline.stories.cluster import ClusterSettings, assign, name_weights
from pipeline.stories.features import ArticleFeatures, ArticleText, extract
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.rarity import pseudo_docs
from pipeline.stories.rescue import rescued

AMS = ZoneInfo("Europe/Amsterdam")
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=AMS)  # a Monday


def at(days: float = 0, hours: float = 0) -> datetime:
    return MONDAY + timedelta(days=days, hours=hours)


def feat(article_id: str, outlet: str, when: datetime, title: str, body: str) -> ArticleFeatures:
    return extract(ArticleText(article_id, outlet, when, title, body))


WORDS = [
    "tuin",
    "fiets",
    "school",
    "markt",
    "bakker",
    "haven",
    "molen",
    "kerk",
    "boer",
    "trein",
    "weiland",
    "sloot",
    "dijk",
    "zon",
    "regen",
    "wind",
    "wolk",
    "vogel",
    "koe",
    "paard",
    "schaap",
    "geit",
    "kip",
    "hond",
    "kat",
    "vis",
    "boom",
    "bloem",
    "gras",
    "zand",
    "klei",
]


_WINDOWS: dict[tuple[ClusterSettings | None, tuple[str, ...], int], bytes] = {}


def unrelated_window(
    settings: ClusterSettings | None, words: Sequence[str] = WORDS, count: int = 60
) -> MemoryStoryStore:
    """A store holding `count` unrelated items of the day before (enough for the window to tell a rare name).

    Each call gets a store of its own (tests add to it), unpickled from the one built the first time
    these arguments came: building it assigns `count` items (seconds on a busy machine, and some
    two hundred tests ask for one), unpickling takes milliseconds. The window is the same under every
    patch a test of tests/pipeline/stories makes (checked byte for byte when this cache came in, stop
    45); a test patching how the window's own items are assigned builds it with `fresh_window`."""
    key = (settings, tuple(words), count)
    if key not in _WINDOWS:
        _WINDOWS[key] = pickle.dumps(fresh_window(settings, words, count))
    return pickle.loads(_WINDOWS[key])


def fresh_window(settings: ClusterSettings | None, words: Sequence[str] = WORDS, count: int = 60) -> MemoryStoryStore:
    """The window of `unrelated_window`, built item by item (never cached)."""
    store = MemoryStoryStore()
    for i in range(count):
        picked = [words[(i * 7 + k * 3) % len(words)] for k in range(12)]
        body = "de " + " en de ".join(picked) + "."
        assign(
            feat(f"f{i}", "Krant", at(-1, i * 0.2), f"bericht over {picked[0]} en {picked[1]}", body), store, settings
        )
    return store


Item = tuple[str, str, float, str, str]  # id, outlet, hours after Monday 9:00, headline, body


def assigned_in_turn(
    items: Sequence[Item], settings: ClusterSettings | None = None
) -> dict[str, tuple[int, str | None]]:
    """Each item's (story id, duplicate_of), the items assigned in turn on Monday after a window of unrelated items."""
    store = unrelated_window(settings or ClusterSettings())
    out = {}
    for article_id, outlet, hours, title, body in items:
        result = assign(feat(article_id, outlet, at(0, hours), title, body), store, settings)
        out[article_id] = (result.story_id, result.duplicate_of)
    return out


def post_pair(
    first: tuple[str, str, str], second: tuple[str, str, str], hours: float, settings: ClusterSettings | None = None
) -> dict[str, tuple[int, str | None]]:
    """Two posts (outlet, title, body) assigned in turn (`assigned_in_turn`) as "eerst" at 20:00 on Monday and
    "tweede" `hours` later."""
    (o1, t1, b1), (o2, t2, b2) = first, second
    return assigned_in_turn([("eerst", o1, 20, t1, b1), ("tweede", o2, 20 + hours, t2, b2)], settings)


def second_look(story: tuple[str, str], lead: tuple[str, str], settings: ClusterSettings | None = None) -> bool:
    """Whether `lead`, scoring 0.2 with the story of `story` (two hours earlier, a window of 60 unrelated
    items), joins it on the second look (`rescue.rescued`) under `settings` (the defaults: None)."""
    settings = settings or ClusterSettings()
    store = unrelated_window(settings)
    first = assign(feat("a", "Omroep Oost", at(0, 1), *story), store, settings)
    article = feat("b", "Omroep Oost", at(0, 3), *lead)
    store.add_document([t for t, _ in article.all_terms()] + ["@" + n for n in article.names], article.day)
    prior = pseudo_docs(store.document_count(), settings.prior_docs, settings.prior_fade)
    return rescued(article, name_weights(article, store, prior), (0.2, first.story_id), store, settings)


DIJK_WIRE = """Bij Zaltbommel is maandagochtend een dijk langs de Waal over een lengte van veertig meter verzakt.
Rijkswaterstaat heeft de omliggende polder laten ontruimen; ongeveer 350 bewoners van Brakel en Poederoijen zijn naar een sporthal in Zaltbommel gebracht.

Volgens dijkgraaf Anne Verhoeven van waterschap Rivierenland is de verzakking ontstaan door de hoge waterstand van de afgelopen week. "We hebben de situatie onder controle, maar we nemen geen enkel risico", zei Verhoeven.

Aannemers zijn begonnen met het aanbrengen van zandzakken en breuksteen. Het waterschap verwacht dat de herstelwerkzaamheden zeker tot donderdag duren."""

# the same ANP copy on another site: another headline, a few words edited, a sentence cut
DIJK_COPY = """Bij Zaltbommel is maandagochtend een dijk langs de Waal over een lengte van veertig meter verzakt.
Rijkswaterstaat heeft de omliggende polder laten ontruimen; zo'n 350 bewoners van Brakel en Poederoijen zijn naar een sporthal in Zaltbommel gebracht.

Volgens dijkgraaf Anne Verhoeven van waterschap Rivierenland is de verzakking ontstaan door de hoge waterstand van de afgelopen week. "We hebben de situatie onder controle, maar we nemen geen enkel risico", zei Verhoeven.

Aannemers zijn begonnen met het aanbrengen van zandzakken en breuksteen."""

DIJK_OWN = """De verzakte dijk bij Zaltbommel houdt de gemoederen in de Bommelerwaard flink bezig. In de sporthal waar de geëvacueerde bewoners uit Brakel en Poederoijen de nacht doorbrachten, heerst onrust.
Dijkgraaf Anne Verhoeven van waterschap Rivierenland zegt dat de dijk langs de Waal maandag met breuksteen is gestabiliseerd. Toch mogen de bewoners voorlopig niet terug naar huis."""

DIJK_DAY2 = """De bewoners van Brakel en Poederoijen die maandag werden geëvacueerd vanwege de verzakte Waaldijk bij Zaltbommel, mogen woensdag terug naar huis.
Waterschap Rivierenland meldt dat de dijk voldoende is hersteld. Dijkgraaf Anne Verhoeven spreekt van een "spannende week" voor de Bommelerwaard."""

DIJK_DAY3 = """Waterschap Rivierenland laat onderzoeken waarom de Waaldijk bij Zaltbommel maandag verzakte. Dijkgraaf Anne Verhoeven wil weten of de dijk al langer zwak was.
De bewoners van Brakel en Poederoijen zijn inmiddels terug in hun huizen; het herstel van de dijk is donderdag afgerond."""

BOILERPLATE = "Heb je een tip over dit nieuws? Mail de redactie via tips@voorbeeldkrant.nl of bel ons nieuwsnummer. Wij behandelen elke tip vertrouwelijk en nemen binnen een dag contact op."

BRAND_BODY = """In een loods van een transportbedrijf aan de Industrieweg in Veenendaal heeft dinsdagnacht een grote brand gewoed. De brandweer schaalde op naar zeer grote brand vanwege de rookontwikkeling.
Omwonenden kregen een NL-Alert om ramen en deuren te sluiten. Niemand raakte gewond. De oorzaak van de brand wordt onderzocht."""

STAKING_BODY = """De buschauffeurs van vervoerder Keolis in Overijssel leggen dinsdag het werk neer. Vakbond FNV eist een hogere loonsverhoging dan de twee procent die de werkgever biedt.
Reizigers in Zwolle, Deventer en Kampen moeten rekening houden met uitval van vrijwel alle streekbussen. Treinen rijden wel volgens de dienstregeling."""

AJAX_SUNDAY = """Ajax heeft zondag in de Johan Cruijff ArenA met 3-1 gewonnen van FC Utrecht. Brian Brobbey opende in de twintigste minuut de score, Steven Berghuis verdubbelde de voorsprong vlak voor rust.
Na de pauze deed FC Utrecht via Sébastien Haller nog iets terug, maar Kenneth Taylor besliste het duel in de slotfase. Ajax klimt door de zege naar de derde plaats in de eredivisie."""

AJAX_THURSDAY = """Ajax heeft donderdag in de Johan Cruijff ArenA met 0-2 verloren van Olympique Lyon in de Europa League. Alexandre Lacazette scoorde twee keer voor de Fransen.
Brian Brobbey en Steven Berghuis kregen in de tweede helft nog kansen, maar Ajax kwam niet tot scoren. De ploeg moet volgende week in Lyon winnen om door te gaan."""

STORM_MONDAY = """Storm Ciarán heeft maandag voor veel schade gezorgd in Zeeland en Zuid-Holland. Het KNMI gaf code oranje af vanwege windstoten tot 110 kilometer per uur.
In Vlissingen waaiden daken van huizen en in Rotterdam vielen bomen op auto's. De NS liet minder treinen rijden op de lijn naar Vlissingen."""

STORM_FRIDAY = """Storm Debi heeft vrijdag voor overlast gezorgd in Friesland en Groningen. Het KNMI gaf code oranje af vanwege windstoten tot 100 kilometer per uur.
In Leeuwarden waaiden steigers om en in Groningen vielen bomen op fietspaden. De NS liet minder treinen rijden op de lijn naar Leeuwarden."""
