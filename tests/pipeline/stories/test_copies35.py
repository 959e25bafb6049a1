"""Wire copy (copies35): an outlet's later line lifted from inside its own article is its caption, not a copy
(`own_update`); an edited cut that writes a place the story names with its country's adjective before it names
nothing new (`copy_checks.names_its_own`). Beside each, the look-alike the rule must leave as it is. Texts written
for these tests."""

from __future__ import annotations

from tests.pipeline.stories.texts import assigned_in_turn

FLOOD = (
    "In het zuiden van Polen is de rivier de Oder buiten haar oevers getreden. Het water staat in sommige straten"
    " van de stad Opole al een meter hoog en de brandweer heeft zeshonderd bewoners geholpen hun huis te verlaten."
    " Ook een ziekenhuis is ontruimd.\n\n"
    "Het waterpeil stijgt volgens de autoriteiten nog zeker twee dagen door. Zandzakken worden met vrachtwagens"
    " aangevoerd en militairen helpen bij het versterken van de dijken langs de rivier.\n\n"
    "De regen valt al sinds vrijdag onafgebroken in het grensgebied met Tsjechië. Daar zijn drie dorpen afgesloten.\n\n"
    "De regering trekt honderd miljoen euro uit voor de eerste hulp aan de getroffen gemeenten."
)
# the outlet's video caption hours later: the article's second sentence alone
CAPTION = (
    "Het water staat in sommige straten van de stad Opole al een meter hoog en de brandweer heeft zeshonderd"
    " bewoners geholpen hun huis te verlaten."
)
# the outlet's own cut of its article hours later: its first sentences
OWN_CUT = (
    "In het zuiden van Polen is de rivier de Oder buiten haar oevers getreden. Het water staat in sommige straten"
    " van de stad Opole al een meter hoog en de brandweer heeft zeshonderd bewoners geholpen hun huis te verlaten."
)

RAID = (
    "Bij een inval in een pakhuis van een groothandel in Chicago zijn honderden en misschien wel duizenden"
    " vervalste horloges gevonden. Volgens de douane gaat het vermoedelijk om namaak van dure Zwitserse merken.\n\n"
    "De eigenaar van het bedrijf is opgepakt. Hij wordt verdacht van het invoeren en verkopen van namaakgoederen"
    " tussen 2017 en 2021. De horloges zouden via webwinkels in heel het land zijn verkocht.\n\n"
    "De man ontkent alle beschuldigingen. Zijn advocaat noemt de inval buitenproportioneel.\n\n"
    "Vijf jaar geleden werd hetzelfde bedrijf al eens beboet voor de verkoop van namaakschoenen."
)
# another outlet's cut of the first paragraph an hour later, edited as it was cut: the city with its country's
# adjective ("het Amerikaanse Chicago"), "honderden tot" for "honderden en"
RAID_CUT = (
    "Bij een inval in een pakhuis van een groothandel in het Amerikaanse Chicago zijn honderden tot misschien wel"
    " duizenden vervalste horloges gevonden. Volgens de douane gaat het vermoedelijk om namaak van dure Zwitserse"
    " merken."
)
# the same stock sentences filled in for a raid in another city the story never names: not a cut
RAID_ELSEWHERE = (
    "Bij een inval in een pakhuis van een groothandel in het Canadese Toronto zijn honderden tot misschien wel"
    " duizenden vervalste horloges gevonden. Volgens de douane gaat het vermoedelijk om namaak van dure Zwitserse"
    " merken."
)


def test_an_outlets_later_caption_lifted_from_inside_its_article_is_no_copy_but_joins_its_story():
    got = assigned_in_turn(
        [
            ("artikel", "NOS", 1, "Oder buiten haar oevers: ziekenhuis in Opole ontruimd", FLOOD),
            ("video", "NOS", 4.5, "Straten in Opole onder water", CAPTION),
        ]
    )
    assert got["video"][1] is None
    assert got["video"][0] == got["artikel"][0]


def test_an_outlets_later_cut_of_its_articles_opening_stays_a_copy():
    got = assigned_in_turn(
        [
            ("artikel", "NOS", 1, "Oder buiten haar oevers: ziekenhuis in Opole ontruimd", FLOOD),
            ("kort", "NOS", 4.5, "Oder treedt buiten haar oevers in Polen", OWN_CUT),
        ]
    )
    assert got["kort"][1] == "artikel"


def test_an_edited_cut_naming_the_city_with_its_countrys_adjective_is_a_copy():
    got = assigned_in_turn(
        [
            ("bericht", "De Telegraaf", 1, "Duizenden nephorloges gevonden in Chicago", RAID),
            ("cut", "NU.nl", 2, "Veel namaakhorloges gevonden bij inval Amerikaanse groothandel", RAID_CUT),
        ]
    )
    assert got["cut"][1] == "bericht"


def test_the_stock_sentences_filled_in_for_another_city_stay_no_copy():
    got = assigned_in_turn(
        [
            ("bericht", "De Telegraaf", 1, "Duizenden nephorloges gevonden in Chicago", RAID),
            ("ander", "NU.nl", 2, "Veel namaakhorloges gevonden bij inval Canadese groothandel", RAID_ELSEWHERE),
        ]
    )
    assert got["ander"][1] is None
