"""One rare word of what happened (`rare_told`): a short follow-up that names nobody the story names joins it by the
second look when its headline tells a word of what happened that Dutch news hardly ever writes ("autobrand") and
the story holds; the same word in a short item set in another town, a common word of the kind ("brand") and a
longer text stay apart."""

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.rare_told import shares_rare_word
from tests.pipeline.stories.texts import at, feat, unrelated_window

# the words alone do not reach this threshold: the second look decides (and no whole-text look, `plain`)
STRICT = replace(ClusterSettings(), threshold=0.35, plain_cosine=0.0, rescue_floor=0.03)
UNRARE = replace(STRICT, rescue_rare=0.0)
RARE = ClusterSettings().rescue_rare

FIRES = (
    "Reeks autobranden houdt bewoners van woonwijk wakker",
    "In een woonwijk zijn in de nacht van zondag op maandag opnieuw vier auto's uitgebrand. Het is de zesde "
    "autobrand in twee weken. Bewoners zeggen dat ze niet meer durven te slapen. De brandweer had het vuur snel "
    "onder controle, maar de wagens waren niet meer te redden. De politie vermoedt brandstichting en vraagt "
    "getuigen zich te melden.",
)
# a neighbour's collection for one of the victims: it names nobody and nothing the story names
COLLECTION = (
    "Buren zamelen geld in voor buurvrouw die slachtoffer werd van autobrand",
    "Buren zamelen geld in voor een vrouw wier auto uitbrandde. Ze heeft de wagen nodig voor haar werk.",
)
# the same word, an item set in a town the story never names: another fire of the kind
ELSEWHERE = (
    "Buren zamelen geld in voor buurvrouw die slachtoffer werd van autobrand in Zwolle",
    "In Zwolle zamelen buren geld in voor een vrouw wier auto uitbrandde. Ze heeft de wagen nodig voor haar werk.",
)
# a common word of the kind: a fire in a house
COMMON = (
    "Buren zamelen geld in voor buurvrouw die slachtoffer werd van brand",
    "Buren zamelen geld in voor een vrouw wier auto uitbrandde. Ze heeft de wagen nodig voor haar werk.",
)


def _joins(lead: tuple[str, str], hours: float, settings: ClusterSettings) -> bool:
    store = unrelated_window(settings)
    story = assign(feat("nos", "NOS", at(0, 1), *FIRES), store, settings)
    return assign(feat("ad", "AD", at(0, hours), *lead), store, settings).story_id == story.story_id


def test_a_short_follow_up_telling_the_storys_rare_word_joins_it():
    assert _joins(COLLECTION, 3, STRICT)
    assert not _joins(COLLECTION, 3, UNRARE)  # no rare name shared, too few told words: the rare word decides


def test_the_rare_word_set_in_another_town_stays_apart():
    assert not _joins(ELSEWHERE, 3, STRICT)


def test_a_common_word_of_the_kind_tells_no_event():
    assert not _joins(COMMON, 3, STRICT)


def test_the_rare_word_a_day_later_is_no_second_look():
    assert not _joins(COLLECTION, 30, STRICT)


def test_a_longer_text_writes_many_words_one_rare_one_may_be_chance():
    body = COLLECTION[1] + " Zij vertelt over " + ", ".join(f"haar {w}" for w in FAMILY) + "."
    assert not _joins((COLLECTION[0], body), 3, STRICT)
    assert _joins((COLLECTION[0], body), 3, replace(STRICT, rescue_max_terms=100))  # as a short lead it would join


FAMILY = (
    "kinderen",
    "moeder",
    "tuin",
    "fiets",
    "hond",
    "kat",
    "keuken",
    "vrienden",
    "school",
    "werkgever",
    "collega",
    "vakantie",
    "camping",
    "oma",
    "opa",
    "zus",
    "broer",
    "caravan",
    "schoonmoeder",
    "kapper",
    "sportclub",
    "volkstuin",
    "koor",
    "bakker",
    "huisarts",
    "tandarts",
    "kerk",
    "bibliotheek",
)


def test_only_a_word_of_what_happened_that_the_news_hardly_ever_writes():
    follow = feat("ad", "AD", at(0, 3), *COLLECTION)
    assert shares_rare_word(follow, {"autobrand": 1.0}, RARE)
    assert not shares_rare_word(follow, {"autobrand": 1.0}, 0.0)  # 0: never
    assert not shares_rare_word(follow, {"buur": 1.0, "slachtoffer": 1.0}, RARE)  # words of every item
