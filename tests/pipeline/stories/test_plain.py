"""The plain look (`plain`): a column that comes to an event only after a long opening of its own joins
the event's story by its whole text; a column that ends on another case of the kind does not."""

import math
from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings, assign, score
from pipeline.stories.plain import STORY_TERMS, added
from pipeline.stories.store import StoryState
from tests.pipeline.stories.texts import at, feat, unrelated_window

CASE = (
    "Tielenaar (43) krijgt vier jaar cel voor brand in flatgebouw",
    "De rechtbank in Arnhem heeft een 43-jarige man uit Tiel veroordeeld tot vier jaar cel voor het stichten van een "
    "brand in een flatgebouw aan de Waalbandijk. Bij de brand in januari raakten zes bewoners gewond door rook.\n\n"
    "De man stak volgens de rechters uit wraak de voordeur van zijn ex-vriendin in brand. Hij ontkende, maar "
    "camerabeelden en sporen van benzine op zijn kleding overtuigden de rechtbank. De officier van justitie had vijf "
    "jaar geëist.",
)
MARKET = [
    "markt",
    "kraam",
    "appels",
    "peren",
    "kaas",
    "brood",
    "bloemen",
    "visboer",
    "regen",
    "zon",
    "paraplu",
    "koffie",
    "buurvrouw",
    "fiets",
    "hond",
    "kinderen",
    "lachen",
    "praten",
    "zaterdag",
    "ochtend",
    "plein",
    "kerk",
    "klok",
    "duiven",
    "bankje",
    "krant",
    "verkoper",
    "prijs",
    "euro",
    "zakje",
    "tas",
    "mand",
    "stroopwafels",
    "haring",
    "uien",
    "tomaten",
    "slager",
    "worst",
    "bakker",
    "taart",
]
SAME_CASE = (
    "Thuis lees ik het nieuws: een man van 43 uit Tiel krijgt vier jaar cel voor de brand in het flatgebouw aan de "
    "Waalbandijk. De rechtbank in Arnhem vond de camerabeelden en de sporen van benzine op zijn kleding overtuigend. "
    "Zes bewoners raakten gewond door rook, de voordeur van zijn ex-vriendin stak hij uit wraak in brand. De officier "
    "van justitie had vijf jaar geëist."
)
OTHER_CASE = (
    "Thuis lees ik het nieuws: een man van 51 uit Culemborg krijgt drie jaar cel voor de brand in een woning aan de "
    "Lingedijk. De rechtbank in Arnhem vond de camerabeelden en de sporen van benzine op zijn kleding overtuigend. "
    "Twee bewoners raakten gewond door rook, de voordeur van zijn buurman stak hij uit wraak in brand. De officier "
    "van justitie had vier jaar geëist."
)


def column(ending: str, opening: int = 20) -> tuple[str, str]:
    """A Saturday column: `opening` sentences on the market, then the news it ends on."""
    sentences = []
    for i in range(opening):
        w = [MARKET[(i * 7 + k * 3) % len(MARKET)] for k in range(6)]
        sentences.append(f"Op de {w[0]} zie ik {w[1]} en {w[2]}, daarna {w[3]} met {w[4]} bij de {w[5]}.")
    return "Een zaterdag op de markt", " ".join(sentences) + "\n\n" + ending


def _joins(ending: str, settings: ClusterSettings, opening: int = 20, case: tuple[str, str] = CASE) -> bool:
    store = unrelated_window(settings)
    story = assign(feat("ad", "AD", at(0, 1), *case), store, settings).story_id
    return assign(feat("trouw", "Trouw", at(0, 6), *column(ending, opening)), store, settings).story_id == story


def test_a_column_that_ends_on_the_event_joins_its_story():
    assert _joins(SAME_CASE, ClusterSettings())
    assert not _joins(SAME_CASE, replace(ClusterSettings(), plain_cosine=0.0))  # its opening alone does not


def test_a_column_that_ends_on_another_case_of_the_kind_stays_apart():
    assert not _joins(OTHER_CASE, ClusterSettings())


def test_a_longer_opening_still_joins_when_no_clash_says_otherwise():
    # 24 sentences on the market: the whole texts are a little less alike (0.29), still one story
    assert _joins(SAME_CASE, ClusterSettings(), opening=24)


def test_on_other_days_the_whole_texts_must_be_closer():
    # a bar the likeness (0.29) meets, but not times a plain_days of 0.9
    bar = replace(ClusterSettings(), plain_cosine=0.27, plain_days=0.9)
    on_monday = (CASE[0], CASE[1].replace("rechtbank in Arnhem heeft", "rechtbank in Arnhem heeft maandag"))
    # the column names its Saturday only: other days than the story's, the likeness counts for less
    assert not _joins(SAME_CASE, bar, opening=24, case=on_monday)
    assert _joins(SAME_CASE, replace(bar, plain_days=1.0), opening=24, case=on_monday)
    # ... and when it names the story's Monday too, a common day
    monday = SAME_CASE.replace("krijgt vier jaar cel", "kreeg maandag vier jaar cel")
    assert _joins(monday, bar, opening=24, case=on_monday)


def test_a_storys_whole_text_sum_keeps_its_heaviest_terms_only():
    big = {f"w{i}": 1.0 for i in range(STORY_TERMS)}
    total = added(big, {"w0": 1.0, "nieuw": 0.5})
    assert len(total) == STORY_TERMS and total["w0"] == 2.0 and "nieuw" not in total


def _score_with_a_story_of_the_same_whole_text(
    title: str, body: str, marks: tuple[str, ...] = (), alike: float = 1.0, settings: ClusterSettings | None = None
) -> float:
    """The article's score with a story whose opening terms it barely shares (0.15) and whose whole text is its own."""
    article = feat("b", "Krant", at(0, 2), title, body)
    whole = {"kort": 1.0}
    story = StoryState(
        story_id=1,
        first_seen=at(0, 1),
        last_seen=at(0, 1),
        article_ids=("a",),
        outlets=("Krant",),
        centroid={"kort": 0.15, "ander": math.sqrt(1 - 0.15**2)},
        norm=1.0,
        names={},
        days=(at(0, 1).date(),),
        dates=frozenset(),
        plain={"kort": alike, "ander": math.sqrt(1 - alike**2)},
        plain_norm=1.0,
        marks=marks,
    )
    return score(article, {"kort": 1.0}, {}, story, settings or ClusterSettings(), whole=lambda: whole)


def test_a_short_lead_gets_no_plain_look():
    # a lead of a few words: its whole text is its opening, which the score read (its own look is `rescue`)
    assert _score_with_a_story_of_the_same_whole_text(*CASE[:1], "Kort bericht over de gemeente.") < 0.25
    # a longer text that meets the story further on does
    assert _score_with_a_story_of_the_same_whole_text(*column(SAME_CASE)) == 0.25


def test_a_report_whose_headline_names_neither_side_of_the_storys_match_gets_no_plain_look():
    # the story: "Go Ahead ten koste van zwak Emmen door"; a report of the evening's other match tells that
    # result too, its whole text alike, but its headline is about other clubs
    match = ("match:emmen|go",)
    body = column(SAME_CASE)[1]
    assert _score_with_a_story_of_the_same_whole_text("Sparta verder na blunders doelman Vitesse", body, match) < 0.25
    assert _score_with_a_story_of_the_same_whole_text("Emmen uitgeschakeld na blunders doelman", body, match) == 0.25


def test_the_plain_look_joins_at_its_own_bar_below_the_threshold():
    # whole texts 0.22 alike: a bar of 0.2 joins them, though the likeness is below the threshold (0.25)
    low_bar = replace(ClusterSettings(), plain_cosine=0.2)
    assert _score_with_a_story_of_the_same_whole_text(*column(SAME_CASE), alike=0.22, settings=low_bar) == 0.25
    assert _score_with_a_story_of_the_same_whole_text(*column(SAME_CASE), alike=0.22) < 0.25
