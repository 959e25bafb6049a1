"""stories27: recall on evidence the clusterer missed, each change with an example written for it.

1. A story whose names are all common or countries ("Nederland") gives no name clash: a report of the
   same figures naming its source ("Stichting Fietsregister") is not another event for that; an article
   set in a key place its lead names ("De politie in Utrecht") still clashes (a local event).
2. A source that gives a date without a time (a printed paper) is measured a day closer to a story whose
   end is such a date too (`dates.day_gap_hours`): the next day's paper continues the day before's papers
   as a same-day item would. Only where the source said so (`ArticleText.timed`): a time of midnight stays
   a time, a dated paper against a timed item is measured as the times say, and the second look stays exact.
3. The second look counts a name of the article's headline that half of a story of 3+ articles name as
   an entity however common the story made it (as it did for headline actors): a short quote under a
   headline naming the town of the event joins; another event in that town still needs a headline word
   beside the town, and a thing of a name ("WK-finale") is no such name.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.dates import day_gap_hours
from pipeline.stories.features import ArticleFeatures, ArticleText, extract
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.test_review26c_probes import TUNNEL_CRASH, TUNNEL_TRUCK_FIRE
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


THEFTS_ARREST = (  # another event: a local arrest, set in the town its lead names
    "Politie rolt jeugdbende fietsendieven op in Utrecht",
    "De politie in Utrecht heeft een jeugdbende opgerold die tientallen elektrische fietsen stal. Vijf jongeren "
    "tussen 15 en 19 jaar zijn aangehouden, meldt de politie Midden-Nederland.",
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


def test_a_local_event_set_in_the_town_its_lead_names_stays_apart_from_the_national_story():
    # its words alone score 0.29 with the story: the clash (town against no key name) keeps it apart
    story, arrest = _pair(THEFTS, THEFTS_ARREST)
    assert arrest != story


def test_a_report_naming_its_source_stays_apart_from_a_story_of_one_town():
    # without the name clash they join (its words alone score 0.37): the town is a telling name of the story
    story, report = _pair(THEFTS_IN_TOWN, THEFTS_SOURCE)
    assert report != story


# --- 2. a date without a time (dates.day_gap_hours) ----------------------------------------------------

MIDNIGHT = at(0, -9)  # Monday 00:00, Amsterdam
DAY = timedelta(days=1)
FIRE = (
    "Grote brand verwoest fabriek van Kaasmakerij Hollandia in Lochem",
    "In Lochem is zondagavond een grote brand uitgebroken in de fabriek van Kaasmakerij Hollandia. De brandweer "
    "schaalde op naar zeer grote brand. Door de rookwolk kregen inwoners van Lochem en Barchem een NL-Alert: ramen "
    "en deuren sluiten en ventilatie uitzetten. Niemand raakte gewond. De oorzaak van de brand is nog onbekend.",
)
STAFF = (
    "Zorgen bij personeel Hollandia na brand: 'Wat gebeurt er met onze banen?'",
    "Bij de 140 medewerkers van Kaasmakerij Hollandia in Lochem heerst onzekerheid na de brand die de fabriek "
    "zondagavond verwoestte. Directeur Marloes Wentink belooft dat niemand ontslagen wordt. Het personeel mag "
    "voorlopig aan de slag bij een zusterbedrijf in Borculo.",
)
STAFF_NEXT_DAY = (  # the next day's paper: the staff's side of the same fire, in other words
    "Kaasmakers krijgen tijdelijk werk in Borculo",
    "Het personeel van de afgebrande kaasfabriek gaat voorlopig aan de slag bij een zusterbedrijf in Borculo. "
    "Ontslagen vallen er niet, belooft de directie.",
)


def _dated(article_id: str, outlet: str, days: float, text: tuple[str, str], timed: bool) -> ArticleFeatures:
    return extract(ArticleText(article_id, outlet, MIDNIGHT + days * DAY, *text, timed=timed))


def _papers(*items: tuple[float, tuple[str, str], bool]) -> list[int]:
    settings = ClusterSettings()
    store = unrelated_window(settings)
    return [
        assign(_dated(f"p{i}", "Tubantia", days, text, timed), store, settings).story_id
        for i, (days, text, timed) in enumerate(items)
    ]


def test_a_dated_paper_is_a_day_closer_to_a_story_that_ends_in_a_dated_paper():
    h = timedelta(hours=1)
    assert day_gap_hours(MIDNIGHT + DAY, MIDNIGHT, MIDNIGHT, True, True, True) == 0.0  # the next day's paper
    assert day_gap_hours(MIDNIGHT + 3 * DAY, MIDNIGHT, MIDNIGHT, True, True, True) == 48.0
    assert day_gap_hours(MIDNIGHT - DAY, MIDNIGHT, MIDNIGHT + DAY, True, True, False) == 0.0  # before its first
    assert day_gap_hours(MIDNIGHT + DAY, MIDNIGHT, MIDNIGHT, False, True, True) == 24.0  # a timed article
    assert day_gap_hours(MIDNIGHT + DAY, MIDNIGHT - DAY, MIDNIGHT, True, True, False) == 24.0  # a timed story end
    assert day_gap_hours(MIDNIGHT + DAY, MIDNIGHT - DAY, MIDNIGHT + 20 * h, True, True, True) == 0.0


def test_the_next_days_paper_on_the_same_fire_joins_when_the_papers_give_dates_only():
    fire, staff, follow_up = _papers((0, FIRE, False), (0, STAFF, False), (1, STAFF_NEXT_DAY, False))
    assert staff == fire and follow_up == fire


def test_the_same_papers_timed_at_midnight_are_a_day_apart():
    fire, staff, follow_up = _papers((0, FIRE, True), (0, STAFF, True), (1, STAFF_NEXT_DAY, True))
    assert staff == fire and follow_up != fire  # as the times say: a day later, the centroid must carry it


def test_a_dated_paper_after_a_timed_item_is_measured_as_the_times_say():
    fire, staff, follow_up = _papers((0, FIRE, True), (0, STAFF, True), (1, STAFF_NEXT_DAY, False))
    assert follow_up != fire


def test_the_next_days_dated_paper_on_another_accident_in_the_tunnel_stays_apart():
    # review26c probe 1 with dates only: the second look still measures the day between the papers
    crash, fire = _papers((0, TUNNEL_CRASH, False), (1, TUNNEL_TRUCK_FIRE, False))
    assert fire != crash


def test_a_story_keeps_which_ends_of_its_span_are_dates_only():
    settings = ClusterSettings()
    store = MemoryStoryStore()
    first = assign(_dated("a", "Tubantia", 0, FIRE, False), store, settings)
    state = store.story(first.story_id)
    assert state is not None and state.first_dated and state.last_dated
    assign(extract(ArticleText("b", "NOS", MIDNIGHT + 5 * timedelta(hours=1), *STAFF)), store, settings)
    state = store.story(first.story_id)
    assert state is not None and state.first_dated and not state.last_dated  # a timed item ends it now


def test_the_brief_tells_a_date_without_a_time():
    import dataclasses

    from pipeline.storydesk.text import article_text
    from tests.pipeline.site.test_adapter import make_brief

    brief = make_brief()  # its article's front matter gives "2026-02-12", a date only
    assert not article_text(brief).timed
    meta = dataclasses.replace(brief.article.meta, published="2026-02-12T00:00:00+01:00")  # a time: midnight
    timed = dataclasses.replace(brief, article=dataclasses.replace(brief.article, meta=meta))
    assert article_text(timed).timed


# --- 3. a headline name the story's articles share (rescue, core_headline_names) ---------------------------

SHIPS = [
    (
        "Tall Ships Races keren in 2027 terug naar Harlingen",
        "De Tall Ships Races komen in 2027 opnieuw naar Harlingen. Dat heeft de organisatie bekendgemaakt. Tientallen "
        "grote zeilschepen meren dan vier dagen aan in de havens van de Friese stad. Harlingen verwacht "
        "honderdduizenden bezoekers.",
    ),
    (
        "Harlingen blij met terugkeer zeilschepen",
        "De gemeente Harlingen is verheugd dat de Tall Ships Races in 2027 terugkeren. Wethouder Anke Dijkstra spreekt "
        "van een enorme kans voor de haven en de horeca. De vorige editie trok meer dan 400.000 bezoekers.",
    ),
    (
        "Zo ziet de haven van Harlingen eruit tijdens de Tall Ships Races",
        "Als de Tall Ships Races in 2027 naar Harlingen komen, liggen de zeilschepen in drie havens. De kades worden "
        "verbreed en er komt een extra brug voor voetgangers, laat de gemeente Harlingen weten.",
    ),
    (
        "Ondernemers Harlingen rekenen op topjaar door Tall Ships Races",
        "Hoteliers en restaurants in Harlingen verwachten in 2027 een recordomzet. De Tall Ships Races trekken volgens "
        "de ondernemersvereniging bezoekers uit heel Europa. Campings rond Harlingen zijn nu al bijna volgeboekt.",
    ),
    (
        "Vrijwilligers gezocht voor Tall Ships Races Harlingen",
        "De organisatie van de Tall Ships Races in Harlingen zoekt 1500 vrijwilligers. Zij helpen bij de kades, de "
        "parkeerterreinen en de informatiepunten. Aanmelden kan vanaf maandag via de gemeente Harlingen.",
    ),
]
SHIPS_QUOTE = (  # a short lead: a quote under a headline naming the town, no word of the race
    "'Logisch dat Harlingen weer is uitgekozen'",
    "Voor de Friese havenstad is het geen verrassing, zegt hoogleraar maritieme geschiedenis Pieter Kuipers. "
    "Volgens hem heeft geen andere plaats aan het wad zo'n lange traditie met koopvaardij, walvisvaart en "
    "scheepsbouw. Ook de ligging vlak bij Terschelling en Vlieland speelt mee, denkt hij.",
)
STABBING = (  # another event in the town, the same day (its score with the story: 0.22)
    "Man gewond bij steekpartij in Harlingen",
    "In Harlingen is vanmiddag een man gewond geraakt bij een steekpartij in de binnenstad. De politie heeft een "
    "verdachte aangehouden.",
)


def _after_the_ships(item: tuple[str, str], settings: ClusterSettings) -> tuple[int, int]:
    store = unrelated_window(settings)
    ids = {assign(feat(f"s{i}", "NOS", at(0, i / 2), *t), store, settings).story_id for i, t in enumerate(SHIPS)}
    assert len(ids) == 1
    return ids.pop(), assign(feat("x", "Omrop Fryslân", at(0, 4), *item), store, settings).story_id


def test_a_short_quote_naming_the_storys_town_in_its_headline_joins():
    story, quote = _after_the_ships(SHIPS_QUOTE, ClusterSettings())
    assert quote == story
    story, quote = _after_the_ships(SHIPS_QUOTE, replace(ClusterSettings(), core_headline_names=False))
    assert quote != story  # the town is common in the window: every article of the story names it


def test_another_event_in_the_storys_town_stays_apart():
    story, stabbing = _after_the_ships(STABBING, ClusterSettings())
    assert stabbing != story


def test_a_thing_of_a_name_is_no_headline_name():
    from pipeline.stories.rescue import _headline_names

    final = feat("f", "NOS", at(), "Wie gaat er naar de WK-finale in Lyon?", "Oranje speelt zondag de WK-finale.")
    race = feat("r", "NOS", at(), "Zandvoort klaar voor de race", "In de duinen ligt het circuit van Zandvoort.")
    assert _headline_names(final, dict.fromkeys(final.names, 1.0)) == frozenset({"lyon"})
    assert _headline_names(race, dict.fromkeys(race.names, 1.0)) == frozenset({"zandvoort"})


def test_a_merged_story_keeps_which_ends_are_dates_only():
    from pipeline.stories.merge import _end_dated

    noon = MIDNIGHT + timedelta(hours=12)
    assert _end_dated(MIDNIGHT, True, noon, False, min)  # the first end is the dated paper's
    assert not _end_dated(MIDNIGHT, True, noon, False, max)  # the last end is the timed item's
    assert not _end_dated(MIDNIGHT, True, MIDNIGHT, False, min)  # at the same time, one gave a time
    assert _end_dated(MIDNIGHT, True, MIDNIGHT, True, max)
