"""The second look at a story as a whole (`theme`, issue 19): an item on one side's reaction to the day's pension
deal shares few words with any one article of the story, but two of the story's own words ("pensioenakkoord",
"principeakkoord": held by most of its articles, by no other article of the window); it joins the story scoring a
little below the threshold. Not a story of two articles, not a day later, not scoring far below, not by words
general news writes ("water") or words other stories of the window hold too."""

from dataclasses import replace

from pipeline.stories import theme
from pipeline.stories.cluster import ClusterSettings, assign
from pipeline.stories.memory import MemoryStoryStore
from pipeline.stories.store import StoryState
from tests.pipeline.stories.texts import at, feat, unrelated_window

SETTINGS = replace(ClusterSettings(), theme_words=2, theme_floor=0.08)  # the look on, whatever the default

DEAL = (
    "Kabinet, werkgevers en vakbonden hebben een principeakkoord gesloten over het pensioenakkoord. "
    "Minister Wouter Kooistra spreekt van een doorbraak na jaren van overleg."
)
STORY = [
    ("Principeakkoord over pensioenakkoord gesloten", DEAL),
    ("Pensioenakkoord is rond", DEAL + " De AOW-leeftijd stijgt minder snel dan gepland."),
    ("Kooistra blij met principeakkoord", DEAL + " Kooistra dankte de onderhandelaars in Den Haag."),
    ("Wat betekent het pensioenakkoord voor u?", DEAL + " Voor jongeren verandert het meeste."),
]
OUTLETS = ("NOS", "NU.nl", "Trouw", "AD")
ITEM = (
    "Oppositie diep teleurgesteld",
    "De oppositiepartijen zijn diep teleurgesteld over het pensioenakkoord van kabinet en vakbonden. "
    "Het principeakkoord biedt ouderen volgens hen te weinig zekerheid over hun uitkering in de komende jaren.",
)


def _story(size: int = 4) -> tuple[MemoryStoryStore, int]:
    store = unrelated_window(SETTINGS)
    ids = set()
    for i, (title, body) in enumerate(STORY[:size]):
        ids.add(assign(feat(f"s{i}", OUTLETS[i], at(0, 1 + i * 0.5), title, body), store, SETTINGS).story_id)
    assert len(ids) == 1
    return store, ids.pop()


def _joins(size: int = 4, hours: float = 4, score: float = 0.2, settings: ClusterSettings = SETTINGS) -> bool:
    store, story_id = _story(size)
    item = feat("x", "Trouw", at(0, hours), *ITEM)
    store.add_document([t for t, _ in item.all_terms()], item.day)
    story = store.story(story_id)
    return theme.fits(item, (score, story_id), story, store.document_frequency, settings, lambda s: False)


def test_an_item_holding_two_of_the_storys_own_words_joins_it() -> None:
    store, story_id = _story()
    story = store.story(story_id)
    assert story is not None
    own = theme.own_words(story, store.document_frequency, SETTINGS)
    assert {"pensioenakkoord", "principeakkoord"} <= own
    assert _joins()
    assert not _joins(settings=replace(SETTINGS, theme_words=0))  # the look off


def test_a_story_of_two_articles_has_no_own_words_to_join_by() -> None:
    assert not _joins(size=2)


def test_a_day_later_or_scoring_far_below_the_item_stays_apart() -> None:
    assert not _joins(hours=30)
    assert not _joins(score=0.05)
    assert _joins(score=0.12)  # under the second look's `rescue_floor`: the story's own words decide
    assert not _joins(score=0.3)  # at the threshold the first look decides


def test_the_headlines_other_people_keep_it_apart() -> None:
    store, story_id = _story()
    item = feat("x", "Trouw", at(0, 4), *ITEM)
    story = store.story(story_id)
    assert not theme.fits(item, (0.2, story_id), story, store.document_frequency, SETTINGS, lambda s: True)


def _story_state(vectors: list[dict[str, float]]) -> StoryState:
    return StoryState(
        story_id=1,
        first_seen=at(0, 1),
        last_seen=at(0, 2),
        article_ids=tuple(f"s{i}" for i in range(len(vectors))),
        outlets=("NOS",),
        centroid={},
        norm=1.0,
        names={},
        days=(at(0).date(),),
        dates=frozenset(),
        recent=tuple(vectors),
    )


def test_common_words_and_words_other_stories_hold_are_no_storys_own() -> None:
    story = _story_state([{"water": 0.3, "watertappunt": 0.5, "schoolplein": 0.4, "~water": 0.1}] * 4)
    held = {"water": 4, "watertappunt": 4, "schoolplein": 20, "~water": 4}
    own = theme.own_words(story, lambda term: held[term], SETTINGS)
    assert own == {"watertappunt"}  # "water" all news writes, "schoolplein" 16 other articles hold, "~water" a prefix


def test_a_word_only_one_of_its_latest_articles_holds_is_not_its_own() -> None:
    story = _story_state([{"watertappunt": 0.5}, {"schoolplein": 0.4}, {"schoolplein": 0.4}, {"kraan": 0.2}])
    own = theme.own_words(story, lambda term: 2, SETTINGS)
    assert own == {"schoolplein"}


def test_assigned_in_turn_the_item_joins_the_story_only_by_its_own_words() -> None:
    for settings, joined in ((SETTINGS, True), (replace(SETTINGS, theme_words=0), False)):
        store, story_id = _story()
        result = assign(feat("x", "Trouw", at(0, 4), *ITEM), store, settings)
        assert (result.story_id == story_id) is joined
        assert result.score < settings.threshold  # the first look said no


def _holds(terms: list[str], story: StoryState, settings: ClusterSettings = SETTINGS) -> bool:
    return theme.holds_own(terms, theme.own_words(story, held, settings), settings)


def held(term: str) -> int:
    return 4  # the story's four articles hold each word, no other article of the window


def test_an_item_holding_two_of_many_own_words_shares_a_side_of_the_story() -> None:
    words = ["carapaz", "vuelta", "afzeg", "blessur", "giro-winnaar", "ecuadoraan", "movistar", "quintana"]
    story = _story_state([dict.fromkeys(words, 0.3)] * 4)
    assert _holds(["carapaz", "vuelta", "afzeg", "blessur"], story)
    assert not _holds(["carapaz", "quintana", "poels"], story)  # two of eight


def test_an_item_naming_the_storys_words_only_further_on_stays_apart() -> None:
    store, story_id = _story()
    title, body = ITEM
    later = feat("x", "Trouw", at(0, 4), "Oppositie somber over ouderen", "De oppositie is somber.\n\n" + body)
    store.add_document([t for t, _ in later.all_terms()], later.day)
    story = store.story(story_id)
    assert not theme.fits(later, (0.2, story_id), story, store.document_frequency, SETTINGS, lambda s: False)
    first = feat("y", "Trouw", at(0, 4), title, body)
    assert theme.fits(first, (0.2, story_id), story, store.document_frequency, SETTINGS, lambda s: False)
