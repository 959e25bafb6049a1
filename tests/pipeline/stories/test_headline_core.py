"""The event's core in the headline (`headline_core`, issue 19 stop 52): a spin-off of a broad event, told with names
of its own, scoring below the threshold with the event's story joins it by the second look when its headline holds
two rare words of what happened that the story's profile holds ("bosbranden", "kurkeikbossen"). Fires elsewhere, an
item sharing one such word and the place (a place is no word of what happened), one whose headline says mostly what
the story never said, and a spin-off of the next day stay apart; the story keeps its id as it grows."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.headline_core import headline_core, profile_terms
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.terms import stem
from tests.pipeline.stories.texts import at, feat, unrelated_window

# the words alone do not reach this threshold and no other second look speaks: `headline_core` decides
STRICT = replace(
    ClusterSettings(),
    threshold=0.45,
    plain_cosine=0.0,
    rescue_floor=0.45,
    rescue_long_entities=0,
    rescue_told=0,
    rescue_rare=0.0,
    theme_words=0,
    kin_words=0,
)
NO_CORE = replace(STRICT, core_words=0)

FIRES = (
    "Bosbranden in Monchique: duizenden mensen uit hun huizen gehaald",
    "Door de bosbranden in Monchique zijn zondag duizenden bewoners en vakantiegangers uit hun huizen gehaald. De "
    "vlammen naderden de buitenwijken van het stadje, waar de hemel de hele middag oranje kleurde.\n\n"
    "Blusvliegtuigen uit Spanje en Griekenland helpen de brandweer van de streek. Door de harde wind en de droogte "
    "van de afgelopen weken verspreidt het vuur zich snel over de kurkeikbossen op de hellingen. Scholen en "
    "sporthallen in het zuiden zijn ingericht als noodopvang.",
)
# the same fires from another angle: the forest's nature, a biologist and a reserve of its own
NATURE = (
    "Bosbranden in Monchique bedreigen kurkeikbossen",
    "Biologe Inês Carvalho maakt zich grote zorgen over de kurkeikbossen in de bergen rond het stadje. Ze werkt al "
    "twintig jaar in Monchique. 'Deze bossen staan hier al eeuwen, ze groeien nergens anders zo', zegt ze.\n\n"
    "In het natuurreservaat Ribeira Funda leven zeldzame vogels en varens die alleen in deze bergen voorkomen. "
    "Als het vuur het reservaat bereikt, is de schade volgens Carvalho niet meer te herstellen. Vrijwilligers graven "
    "brandgangen en vangen dieren op in een opvang bij het dorp.",
)
# fires of another place that day: the word "bosbranden" only, its own place
ELSEWHERE = (
    "Bosbranden in Chania bedreigen eeuwenoude olijfgaarden",
    NATURE[1].replace("Monchique", "Chania").replace("kurkeikbossen", "olijfgaarden"),
)
# the spin-off's text under a headline sharing the word "bosbranden" and the place only
ONE_WORD = (
    "Bosbranden in Monchique nog niet onder controle",
    NATURE[1] + "\n\n" + FIRES[1].split("\n\n", 1)[1],
)
# the spin-off's text under a headline saying mostly what the story never said
MOSTLY_OTHER = ("Bosbranden in Monchique: kurkeikbossen, olijfgaarden en wijngaarden verwoest", NATURE[1])
# the town's other news: the place only, no word of what happened
PLACE_ONLY = (
    "Nieuw zwembad in Monchique geopend",
    "In het stadje is het nieuwe zwembad geopend. Volgens de wethouder kunnen er voortaan drie scholen tegelijk "
    "zwemles geven.\n\n" + NATURE[1].split("\n\n", 1)[1],
)


def _joins(item: tuple[str, str], settings: ClusterSettings, hours: float = 3) -> bool:
    store = unrelated_window(settings)
    story = assign(feat("nos", "NOS", at(0, 1), *FIRES), store, settings)
    joined = assign(feat("ad", "AD", at(0, 1 + hours), *item), store, settings)
    return not joined.created and joined.story_id == story.story_id


def test_a_spin_off_with_names_of_its_own_joins_by_the_headline_core():
    assert _joins(NATURE, STRICT)
    assert not _joins(NATURE, NO_CORE)  # the words alone are below the bar: the headline's core decides


def test_fires_of_another_place_stay_apart():
    assert not _joins(ELSEWHERE, STRICT)


def test_one_shared_word_and_the_place_are_no_core():
    assert not _joins(ONE_WORD, STRICT)
    assert _joins(ONE_WORD, replace(STRICT, core_words=1))  # the one word would join it: the count decides


def test_a_headline_saying_mostly_other_things_is_no_core():
    assert not _joins(MOSTLY_OTHER, STRICT)
    assert _joins(MOSTLY_OTHER, replace(STRICT, core_cover=0.4))  # two of its four words: the cover decides


def test_the_place_alone_is_no_core():
    assert not _joins(PLACE_ONLY, STRICT)


def test_the_next_day_is_no_second_look():
    assert not _joins(NATURE, STRICT, hours=30)
    assert _joins(NATURE, replace(STRICT, core_hours=36.0), hours=30)  # the hours decide


def test_the_story_keeps_its_id_as_it_grows():
    store: MemoryStoryStore = unrelated_window(STRICT)
    first = assign(feat("nos", "NOS", at(0, 1), *FIRES), store, STRICT)
    second = assign(feat("ad", "AD", at(0, 3), *NATURE), store, STRICT)
    assert (second.story_id, second.created) == (first.story_id, False)
    story = store.story(first.story_id)
    assert story is not None and story.size == 2


def test_the_core_is_held_by_most_of_the_story_and_says_what_happened():
    store: MemoryStoryStore = unrelated_window(STRICT)
    story = store.story(assign(feat("nos", "NOS", at(0, 1), *FIRES), store, STRICT).story_id)
    assert story is not None
    nature = feat("ad", "AD", at(0, 3), *NATURE)
    assert headline_core(nature, story, STRICT) == {stem("bosbranden"), stem("kurkeikbossen")}
    assert not headline_core(feat("ad", "AD", at(0, 3), *PLACE_ONLY), story, STRICT)  # a place says nothing
    assert profile_terms({stem("bosbranden"), stem("monchique")}, story, 0.5) == {stem("bosbranden"), stem("monchique")}
    grown = replace(story, recent=(*story.recent, {stem("monchique"): 1.0}, {stem("monchique"): 1.0}))
    assert profile_terms({stem("bosbranden"), stem("monchique")}, grown, 0.5) == {stem("monchique")}  # most hold it
