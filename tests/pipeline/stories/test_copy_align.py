"""Copies told by words aligned in order (`copy_align`, issue 19): the measure (an edited word costs one word, not
the four shingles holding it), one outlet's text posted again with a word cut; beside it, the near-misses that must
stay apart (posted again hours later, its update of its size; another site's follow-up over its first sentence).
Texts written for these tests."""

from __future__ import annotations

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings
from pipeline.stories.copy_align import aligned_words
from pipeline.stories.duplicates import DuplicateSettings, signature_of
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import assigned_in_turn, at, feat

# the police's item
POLICE = (
    "Een man uit Woudrichem is zaterdagnacht aangehouden na een vechtpartij bij een café aan de Markt. Hij wordt"
    " verdacht van zware mishandeling van een andere bezoeker, die naar het ziekenhuis is gebracht."
)
# a site's cut twenty minutes on: a dateline put before it, four words edited (five words apart or more: each breaks
# the four shingles holding it, 16 of 29, while 28 of its 32 words stay in order), a line added
POLICE_CUT = (
    "WOUDRICHEM - Een man uit Woudrichem is zaterdagnacht opgepakt na een vechtpartij bij het café aan de Markt. Hij"
    " wordt verdacht van ernstige mishandeling van een andere gast, die naar het ziekenhuis is gebracht. Dat meldt de"
    " politie."
)
# another site's follow-up that repeats the first sentence, a word edited, and goes on with news of its own
POLICE_FOLLOW_UP = (
    "Een man uit Woudrichem is zaterdagnacht opgepakt na een vechtpartij bij een café. De burgemeester heeft het café"
    " aan de Markt voor drie maanden gesloten. Het is de tweede keer dit jaar dat er bij de zaak werd gevochten."
)
STORM = (
    "Auto's in Zeeland stonden zaterdag onder water en bomen zijn omgewaaid als gevolg van de storm Ciara. Daarnaast"
    " heeft de storm gezorgd voor een grote stroomstoring op Walcheren."
)
STORM_AGAIN = STORM.replace("van de storm Ciara", "van storm Ciara")  # posted again, a word cut
# its update: the same opening, the damage told anew
STORM_UPDATED = (
    "Auto's in Zeeland stonden zaterdag onder water en bomen zijn omgewaaid als gevolg van de storm Ciara. Inmiddels"
    " is de stroomstoring op Walcheren verholpen, meldt netbeheerder Enduris."
)


def _aligned(first: str, second: str) -> float:
    store, settings = MemoryStoryStore(), DuplicateSettings()
    a = signature_of(feat("a", "A", at(0, 1), "Titel", first), store, settings)
    b = signature_of(feat("b", "B", at(0, 2), "Titel", second), store, settings)
    return aligned_words(a.values, b.values)


def test_words_aligned_in_order_count_an_edited_word_once():
    assert _aligned(POLICE, POLICE) == 1.0
    assert _aligned(POLICE_CUT, POLICE) >= 0.85
    assert _aligned(POLICE_FOLLOW_UP, POLICE) < 0.5  # the first sentence alone
    assert _aligned(STORM_AGAIN, STORM) >= 0.95


def test_an_opening_under_the_minimum_aligns_nothing():
    store, settings = MemoryStoryStore(), DuplicateSettings()
    a = signature_of(feat("a", "A", at(0, 1), "Titel", POLICE), store, settings)
    short = signature_of(
        feat("b", "B", at(0, 2), "Titel", "Een man uit Woudrichem is zaterdagnacht aangehouden."), store, settings
    )
    assert aligned_words(short.values, a.values) == 1.0
    assert aligned_words(short.values, a.values, settings.containment_min) == 0.0


def test_a_follow_up_over_the_first_sentence_stays_apart():
    got = assigned_in_turn(
        [
            ("politie", "Politie", 10, "Woudrichem - Man aangehouden na vechtpartij", POLICE),
            ("vervolg", "AD", 12, "Café in Woudrichem dicht na vechtpartij", POLICE_FOLLOW_UP),
        ]
    )
    assert got["vervolg"][1] is None


def test_an_outlets_text_posted_again_with_a_word_cut_is_a_copy():
    got = assigned_in_turn(
        [
            ("eerst", "NU.nl", 11, "Storm Ciara zet auto's onder water in Zeeland", STORM),
            ("opnieuw", "NU.nl", 11.5, "Storm Ciara zet auto's onder water en velt bomen in Zeeland", STORM_AGAIN),
        ]
    )
    assert got["opnieuw"][1] == "eerst"


def test_the_re_post_needs_the_aligned_words():
    settings = ClusterSettings()
    settings = replace(settings, duplicates=replace(settings.duplicates, realigned=1.01))
    got = assigned_in_turn(
        [
            ("eerst", "NU.nl", 11, "Storm Ciara zet auto's onder water in Zeeland", STORM),
            ("opnieuw", "NU.nl", 11.5, "Storm Ciara zet auto's onder water en velt bomen in Zeeland", STORM_AGAIN),
        ],
        settings,
    )
    assert got["opnieuw"][1] is None  # its opening's shingles: 0.88 inside, under `own_cut`


def test_an_outlets_text_posted_again_hours_later_stays_its_new_item():
    got = assigned_in_turn(
        [
            ("eerst", "NU.nl", 1, "Storm Ciara zet auto's onder water in Zeeland", STORM),
            ("opnieuw", "NU.nl", 20, "Storm Ciara zet auto's onder water en velt bomen in Zeeland", STORM_AGAIN),
        ]
    )
    assert got["opnieuw"][1] is None


def test_an_outlets_update_of_its_size_stays_its_update():
    got = assigned_in_turn(
        [
            ("eerst", "NU.nl", 11, "Storm Ciara zet auto's onder water in Zeeland", STORM),
            ("update", "NU.nl", 11.5, "Stroom op Walcheren terug na storm Ciara", STORM_UPDATED),
        ]
    )
    assert got["update"][1] is None
