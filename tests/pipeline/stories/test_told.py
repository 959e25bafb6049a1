"""What happened, told alike (`told`): a report whose headline tells the story's event in its words
(four of them, no names, places or numbers) joins it by the second look though it shares no rare name;
another event of the kind told with fewer of them (farmers protesting the same rules that morning), and
the same words a day later, stay apart."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.told import happened_words, told_alike
from tests.pipeline.stories.texts import at, feat, unrelated_window

# the words alone do not reach this threshold (the lead scores 0.30 with the story): the second look decides
STRICT = replace(ClusterSettings(), threshold=0.35, plain_cosine=0.0)  # (and no whole-text look, `plain`)
UNTOLD = replace(STRICT, rescue_told=0, core_words=0)  # (the headline's core, `headline_core`, would join it too)

PROTEST = (
    "Bouwers rijden met graafmachines naar Den Haag uit protest tegen stikstofregels",
    "Honderden bouwbedrijven zijn dinsdagochtend met graafmachines, kiepwagens en shovels naar het Malieveld in "
    "Den Haag gereden. Zij protesteren tegen de stikstofregels en de strenge norm voor vervuilde grond, waardoor "
    "duizenden bouwprojecten stilliggen. Volgens de organisatie dreigen tienduizenden banen te verdwijnen als het "
    "kabinet niet snel ingrijpt. De politie begeleidt de stoet over de snelwegen.",
)
SCENE = (
    " vertrok om vier uur met zijn zoon en twee machinisten. Zijn vrachtwagen met oplegger kroop over de "
    "provinciale weg langs de polder. Onderweg zwaaiden fietsers en toeterden chauffeurs van bestelbusjes. Zijn "
    "vrouw bakte koffiebroodjes voor de hele ploeg, want het wordt volgens hem een lange dag op het gras. Zijn "
    "buurman, een hovenier met drie personeelsleden, reed mee in een pick-up vol spandoeken en thermoskannen. Hun "
    "kinderen volgen het nieuws vanuit de klas via een livestream op het digibord."
)
# the protest from one builder's side: the headline tells it in the story's words, the text is his day
BUILDER = ("Woedende bouwers met graafmachines en kiepwagens protesteren tegen stikstofregels", "Een aannemer" + SCENE)
# farmers protesting the same rules that morning: three of the story's words in the headline
FARMER = ("Woedende boeren met trekkers en graafmachines protesteren tegen stikstofregels", "Een melkveehouder" + SCENE)


def _joins(lead: tuple[str, str], hours: float, settings: ClusterSettings) -> bool:
    store = unrelated_window(settings)
    story = assign(feat("nos", "NOS", at(0, 1), *PROTEST), store, settings)
    return assign(feat("ad", "AD", at(0, hours), *lead), store, settings).story_id == story.story_id


def test_a_report_telling_the_event_in_the_storys_words_joins_it():
    assert _joins(BUILDER, 3, STRICT)
    assert not _joins(BUILDER, 3, UNTOLD)  # no rare name shared: without the told look it opens a story


def test_another_protest_of_the_kind_told_with_fewer_words_stays_apart():
    assert not _joins(FARMER, 3, STRICT)
    assert _joins(FARMER, 3, replace(STRICT, rescue_told=3))  # one word less asked: the margin


def test_the_same_words_a_day_later_are_another_day_s_event():
    assert not _joins(BUILDER, 30, STRICT)


def test_names_places_and_numbers_tell_nothing_that_happened():
    protest = feat(
        "a",
        "NOS",
        at(0, 1),
        "Bouwers protesteren met 300 graafmachines bij Donald Trump in Iowa",
        "De bouwers reden naar een bijeenkomst in Iowa.",
    )
    assert happened_words(protest) == {"bouwer", "protesteer", "graafmachine"}


def test_words_common_in_the_news_tell_no_event():
    """Two police chases of one night share "politie", "verdachten", "vlucht": words of every crime report."""
    chase = feat("a", "NOS", at(0, 1), "Politie lost schoten bij achtervolging, verdachten op de vlucht", "")
    other = feat("b", "AD", at(0, 2), "Politie zoekt verdachten na vlucht van gevangenen", "")
    assert told_alike(chase, dict.fromkeys(other.title_terms, 1.0)) == 0
    assert {"politie", "verdacht", "vlucht"} <= set(other.title_terms)
