"""One outlet's later text over its own earlier one (`own_update`, `copy_checks._quotes_anew`): a copy when it says
the earlier's opening again word for word, or the same text with a fact added (the convention of stop 37); re-worded
by the outlet, a new item of the story. Beside each, the copy it must not lose. Texts written for these tests."""

from __future__ import annotations

from tests.pipeline.stories.texts import assigned_in_turn

FIRE = (
    "Bij een brand in een zwembad in de Belgische plaats Lommel is zaterdagavond een man om het leven gekomen."
    " Hulpverleners hebben nog geprobeerd hem te reanimeren. Het gebouw is volledig uitgebrand."
)
# the outlet's own text hours later, a fact added (his age, where he came from) and a headline of its own
FIRE_UPDATED = (
    "Bij een brand in een zwembad in de Belgische plaats Lommel is zaterdagavond een 71-jarige Nederlandse man om het"
    " leven gekomen. Hulpverleners hebben nog geprobeerd hem te reanimeren. Het gebouw is volledig uitgebrand."
)
REPORT = (
    "Novak Djokovic heeft voor de vierde keer het toernooi van Rome gewonnen. De Servische nummer een van de wereld"
    " versloeg in een slopende finale Rafael Nadal in drie sets en won met 6-4, 3-6, 7-6 (5).\n\n"
    "Het was de langste finale in Rome ooit: 3 uur en 41 minuten. Nadal had in de derde set nog twee matchpoints.\n\n"
    "Djokovic speelt volgende week in Parijs, waar hij zijn titel verdedigt.\n\n"
    "Nadal liet na afloop weten dat hij een paar dagen rust neemt."
)
# the outlet's video item an hour later: its first sentences re-worded from the report's
VIDEO = (
    "Djokovic versloeg in een slopende finale Rafael Nadal in drie sets en won met 6-4, 3-6, 7-6 (5). Het is met"
    " 3 uur en 41 minuten de langste finale in Rome ooit."
)
INTERVIEW = (
    "In het Franse parlement ligt een wetsvoorstel dat het mogelijk moet maken voor huurders om hun huur te halveren."
    " Het is een van de voorgestelde maatregelen tegen de stijgende huren in de Franse steden.\n\n"
    'Huurders die vinden dat hun huisbaas te veel vraagt, moeten hem kunnen aangeven bij een meldpunt. "Ze belden'
    ' elke week, dreigementen waren ineens heel normaal", zegt een huurster in Lyon.\n\n'
    "De huisbazen zijn fel tegen het voorstel. Hun bond spreekt van onteigening.\n\n"
    "Het parlement stemt in september over de wet."
)
FIRST_PARAGRAPH = INTERVIEW.split("\n\n", 1)[0]


def test_an_outlets_later_text_with_a_fact_added_to_its_opening_is_a_copy():
    # the copy convention of stop 37: its corrected version, the same text with a small edit (it was no copy before)
    got = assigned_in_turn(
        [
            ("ochtend", "AD", 8, "Zwemmer omgekomen bij brand in Lommel", FIRE),
            ("avond", "AD", 18, "Nederlander omgekomen bij zwembadbrand in Lommel", FIRE_UPDATED),
        ]
    )
    assert got["avond"][1] == "ochtend"
    assert got["avond"][0] == got["ochtend"][0]


def test_another_outlets_text_with_the_fact_added_stays_a_copy():
    got = assigned_in_turn(
        [
            ("ochtend", "AD", 8, "Zwemmer omgekomen bij brand in Lommel", FIRE),
            ("avond", "De Telegraaf", 18, "Nederlander omgekomen bij zwembadbrand in Lommel", FIRE_UPDATED),
        ]
    )
    assert got["avond"][1] == "ochtend"


def test_an_outlets_same_text_posted_again_later_stays_a_copy():
    got = assigned_in_turn(
        [
            ("ochtend", "AD", 8, "Zwemmer omgekomen bij brand in Lommel", FIRE),
            ("avond", "AD", 18, "Man sterft bij brand in zwembad Lommel", FIRE),
        ]
    )
    assert got["avond"][1] == "ochtend"


def test_an_outlets_video_item_re_wording_its_reports_opening_is_no_copy():
    got = assigned_in_turn(
        [
            ("verslag", "NOS", 20, "Djokovic wint vierde titel in Rome na slopende finale", REPORT),
            ("video", "NOS", 21.5, "Samenvatting slopende finale in Rome tussen Djokovic en Nadal", VIDEO),
        ]
    )
    assert got["video"][1] is None
    assert got["video"][0] == got["verslag"][0]


def test_another_outlets_re_worded_cut_of_the_report_stays_a_copy():
    got = assigned_in_turn(
        [
            ("verslag", "ANP", 20, "Djokovic wint vierde titel in Rome na slopende finale", REPORT),
            ("cut", "NOS", 21.5, "Samenvatting slopende finale in Rome tussen Djokovic en Nadal", VIDEO),
        ]
    )
    assert got["cut"][1] == "verslag"


def test_an_outlets_quoted_sentence_with_a_word_of_its_own_over_its_first_paragraph_is_no_copy():
    got = assigned_in_turn(
        [
            ("reportage", "NOS", 20, "Franse huurders hopen op wet tegen hoge huren", INTERVIEW),
            ("video", "NOS", 21.5, "'Dreigementen waren ineens heel gewoon'", FIRST_PARAGRAPH),
        ]
    )
    assert got["video"][1] is None
    assert got["video"][0] == got["reportage"][0]


def test_an_outlets_quoted_sentence_the_report_says_over_its_first_paragraph_stays_a_copy():
    got = assigned_in_turn(
        [
            ("reportage", "NOS", 20, "Franse huurders hopen op wet tegen hoge huren", INTERVIEW),
            ("video", "NOS", 21.5, "'Dreigementen waren ineens heel normaal'", FIRST_PARAGRAPH),
        ]
    )
    assert got["video"][1] == "reportage"
