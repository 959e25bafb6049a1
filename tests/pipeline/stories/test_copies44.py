"""Wire copy (copies44, blind47's labels): a later round-up a few times a lead's size, under a standing intro of its
own, lists the lead and is no copy of it (`duplicates._later_digest`); one outlet's two posts at one moment, one a
short sentence longer, are one item posted twice (`together.grown_together`); a cut lying in a lead and in a later
full text opening with that lead points to the lead (`duplicates._rank`, the openings' exact share). Texts written
for these tests."""

from __future__ import annotations

from tests.pipeline.stories.texts import assigned_in_turn

BASKET = (
    "Basketbalploeg Zwolle Zwaluwen heeft de spanning teruggebracht in de halve finale van de play-offs tegen Den"
    " Bosch. Voor eigen publiek won de ploeg het derde duel met 88-84. De beslissing viel pas in de tweede verlenging."
)
ROUND_UP = (
    "In de rubriek Sport Kort leest u elke ochtend de overige sportgebeurtenissen. Dagelijks brengen we hier in een"
    " korte samenvatting de andere hoogtepunten van de sportdag.\n\n"
    "07.34 uur: " + BASKET + " Den Bosch, de best presterende ploeg van het seizoen, had de eerste twee duels in"
    " eigen huis gewonnen. Dinsdag is het vierde duel in de serie, weer in Zwolle.\n\n"
    "07.22 uur: Voor het tweede jaar op rij heeft golfer Bram Hoekstra het open kampioenschap van Portugal gewonnen."
    " De 29-jarige Fries maakte het in de slotronde zelf nog spannend, maar zijn voorsprong was groot genoeg om de"
    " titel te prolongeren. Hij hield de Spanjaard Luis Ortega twee slagen achter zich en staat nu in de top vijftig"
    " van de wereldranglijst.\n\n"
    "07.05 uur: Schaatsster Marit Dekker stopt na dit seizoen met topsport. De drievoudig wereldkampioene op de"
    " ploegenachtervolging wil zich richten op haar studie geneeskunde in Groningen en rijdt haar laatste wedstrijd"
    " tijdens het afscheidstoernooi in Thialf, waar familie en vrienden haar komen aanmoedigen."
)


def test_a_later_round_up_under_its_own_intro_listing_a_lead_is_no_copy_of_it():
    got = assigned_in_turn(
        [
            ("lead", "Dagblad", 1, "Zwolle Zwaluwen brengt spanning terug na dubbele verlenging", BASKET),
            ("round", "Krant", 1.2, "Sport Kort: Zwaluwen brengen spanning terug", ROUND_UP),
        ]
    )
    assert got["round"][1] is None


def test_a_later_full_text_opening_with_the_lead_stays_its_copy():
    full = BASKET + "\n\n" + ROUND_UP.split("\n\n", 1)[1].split("07.34 uur: " + BASKET, 1)[1].strip()
    full += "\n\n" + ROUND_UP.rsplit("\n\n", 1)[1].removeprefix("07.05 uur: ")
    got = assigned_in_turn(
        [
            ("lead", "Dagblad", 1, "Zwolle Zwaluwen brengt spanning terug na dubbele verlenging", BASKET),
            ("full", "Krant", 1.2, "Zwaluwen brengen spanning terug", full),
        ]
    )
    assert got["full"] == (got["lead"][0], "lead")


FIELD = "Het ziet er niet naar uit dat voetbalvereniging VVZ zijn tweede veld aan de Dorpsstraat in Zeist mag houden."
FIELD_MORE = FIELD + " Het hoofdveld krijgt kunstgras en het clubhuis wordt opgeknapt."


def test_one_outlets_two_posts_at_one_moment_a_short_sentence_apart_are_one_item():
    for first, second in (("short", "long"), ("long", "short")):
        texts = {"short": FIELD, "long": FIELD_MORE}
        got = assigned_in_turn(
            [
                (first, "Dagblad", 2, "VVZ in Zeist staat alleen in verzet tegen inleveren veld", texts[first]),
                (second, "Dagblad", 2, "VVZ moet veld inleveren, maar krijgt kunstgras", texts[second]),
            ]
        )
        assert got[second] == (got[first][0], first)


BAN = (
    "Chipmaker Veldhoven Systems mag geen machines meer leveren aan de Chinese telefoonmaker Lianfu. Dat meldt het"
    " bedrijf maandag na berichtgeving door het persbureau Reuters. Lianfu kan daardoor binnenkort geen nieuwe"
    " telefoons meer maken voor de Europese markt."
)
BAN_LEAD = BAN + " Ook andere leveranciers van onderdelen zouden hun leveringen aan het bedrijf stoppen."
BAN_FULL = (
    BAN_LEAD + "\n\nDe maatregel volgt op een besluit van de Amerikaanse regering, die Lianfu vorige week op een"
    " zwarte lijst zette. Bedrijven op die lijst mogen geen Amerikaanse technologie meer kopen zonder vergunning van"
    " de overheid in Washington.\n\nLianfu zegt in een reactie dat het de gevolgen voor zijn klanten zo klein"
    " mogelijk wil houden. Bestaande telefoons blijven werken en krijgen ook de komende jaren nog updates, belooft"
    " het bedrijf.\n\nAnalisten verwachten dat de verkoop van Lianfu in Europa dit jaar fors zal dalen. Het bedrijf"
    " was vorig jaar nog de op twee na grootste telefoonmaker op het continent, na twee Amerikaanse en Koreaanse"
    " concurrenten.\n\nDe beurskoers van Veldhoven Systems daalde maandag in de vroege handel met ruim drie procent."
    " Het bedrijf haalt ongeveer een tiende van zijn omzet uit China."
)
BAN_CUT = (
    BAN.replace("Dat meldt het bedrijf", "Dat meldt de chipmaker")
    .replace("binnenkort", "straks")
    .replace("geen machines meer leveren", "niet langer machines leveren")
)


def test_a_cut_lying_in_a_lead_and_in_a_full_text_opening_with_it_points_to_the_lead():
    got = assigned_in_turn(
        [
            ("lead", "Dagblad", 1, "Veldhoven Systems stopt leveringen aan Lianfu", BAN_LEAD),
            ("full", "Krant", 3, "Lianfu geïsoleerd", BAN_FULL),
            ("cut", "Weekblad", 4, "Telefoonmaker Lianfu krijgt geen machines meer van chipmaker", BAN_CUT),
        ]
    )
    assert got["cut"] == (got["lead"][0], "lead")
