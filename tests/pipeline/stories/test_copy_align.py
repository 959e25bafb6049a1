"""Copies told by words aligned in order (`copy_align`, issue 19): a short text with a word or two edited in every
sentence, one outlet's text posted again with a word cut, an edited cut naming a place by its adjective. Beside each,
the near-miss that must stay apart. Texts written for these tests."""

from __future__ import annotations

from dataclasses import replace

from pipeline.stories.cluster import ClusterSettings
from pipeline.stories.copy_align import aligned_words
from pipeline.stories.duplicates import DuplicateSettings, signature_of
from pipeline.stories.memory import MemoryStoryStore
from tests.pipeline.stories.texts import assigned_in_turn, at, feat

# the police's item, then a site's cut of it twenty minutes on: a dateline put before it, two words edited, a line added
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


def test_a_short_cut_edited_in_every_sentence_is_a_copy():
    got = assigned_in_turn(
        [
            ("politie", "Politie", 10, "Woudrichem - Man aangehouden na vechtpartij", POLICE),
            ("cut", "AD", 10.3, "Man opgepakt na vechtpartij bij café in Woudrichem", POLICE_CUT),
        ]
    )
    assert got["cut"][1] == "politie"


def test_the_cut_needs_the_aligned_words():
    settings = ClusterSettings()
    settings = replace(settings, duplicates=replace(settings.duplicates, aligned=1.01))
    got = assigned_in_turn(
        [
            ("politie", "Politie", 10, "Woudrichem - Man aangehouden na vechtpartij", POLICE),
            ("cut", "AD", 10.3, "Man opgepakt na vechtpartij bij café in Woudrichem", POLICE_CUT),
        ],
        settings,
    )
    assert got["cut"][1] is None


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


# an agency's text, then a site's cut of its first paragraph a minute on, edited: the activist called by his city's
# adjective ("Hongkongse"), a name the story does not write that way
ARREST = (
    "Hongkong-activist Lee Wing-tat is zondag weer opgepakt. Dat zegt hij in een verklaring. Hij was net teruggekomen"
    " uit Taiwan toen hij op het vliegveld werd gearresteerd.\n\n"
    "Lee werd in augustus gearresteerd omdat hij een van de protestleiders in de stad is. Hij werd op borgtocht"
    " vrijgelaten en is nu opgepakt omdat hij de voorwaarden van zijn borgtocht zou hebben geschonden.\n\n"
    "In het centrum van Hongkong zijn zondag op meerdere plekken confrontaties tussen de politie en demonstranten. In"
    " treinstations en winkelcentra zijn veel actievoerders bijeengekomen.\n\n"
    "Actievoerders hebben vernielingen aangericht in het centrale metrostation van Hongkong. De politie schoot met"
    " traangas."
)


def _arrest_cut(adjective: str) -> dict[str, tuple[int, str | None]]:
    cut = (
        f"De prominente {adjective} activist Lee Wing-tat is zondag opnieuw opgepakt, meldt hij in een verklaring. Hij"
        " was net teruggekomen uit Taiwan toen hij op het vliegveld werd gearresteerd."
    )
    return assigned_in_turn(
        [
            ("lang", "De Telegraaf", 12, "Hongkong-activist Lee Wing-tat weer opgepakt", ARREST),
            ("kort", "NU.nl", 12.02, f"Prominente {adjective} activist Lee Wing-tat opnieuw opgepakt", cut),
        ]
    )


def test_an_edited_cut_naming_the_storys_city_by_its_adjective_is_a_copy():
    assert _arrest_cut("Hongkongse")["kort"][1] == "lang"


def test_an_edited_cut_naming_another_city_by_its_adjective_stays_apart():
    assert _arrest_cut("Macause")["kort"][1] is None  # the template filled in for another place
