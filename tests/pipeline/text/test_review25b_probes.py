"""Review probes (review25b) of page25 + site25 (issue 21: a whole page saved as text, teasers, title rules).
Each test states what a reader of the brief needs; each failed on page25/site25's code because of a defect the
review found (article text set aside as site text, or a wrong headline) and passes since fixpage25. Texts written
for these probes."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import article, joined, page

K = BlockKind

SNOW = [
    "Door hevige sneeuwval zijn dinsdagochtend tientallen wegen in Brabant en Limburg afgesloten. Rijkswaterstaat "
    "raadt automobilisten aan om thuis te blijven als dat mogelijk is.",
    "Strooiwagens rijden sinds middernacht af en aan, maar kunnen de sneeuw niet bijhouden. Op verschillende plekken "
    "staan vrachtwagens dwars op de weg, waardoor ook de hulpdiensten moeilijk kunnen doorrijden.",
    "Het KNMI heeft code oranje afgegeven voor het zuiden van het land. Volgens de weerdienst valt er tot "
    "woensdagmiddag nog tien tot vijftien centimeter sneeuw.",
    "De ANWB verwacht dat de drukte op de wegen pas donderdag afneemt. Wie toch de weg op moet, krijgt het advies "
    "om extra tijd te nemen en voldoende afstand te houden.",
]
ROADS = [
    f"{road} bij {place}"
    for road, place in [
        ("A2", "Weert"),
        ("A2", "Maasbracht"),
        ("A67", "Eindhoven"),
        ("A67", "Venlo"),
        ("A73", "Roermond"),
        ("A73", "Boxmeer"),
        ("A50", "Uden"),
        ("A59", "Oss"),
        ("A58", "Tilburg"),
        ("A58", "Breda"),
        ("N279", "Veghel"),
        ("N270", "Helmond"),
        ("N69", "Valkenswaard"),
        ("N271", "Gennep"),
        ("N280", "Baexem"),
        ("A76", "Geleen"),
        ("A79", "Heerlen"),
        ("N281", "Kerkrade"),
        ("A16", "Zevenbergen"),
        ("A27", "Oosterhout"),
    ]
]
TRAIN = [
    "Bij een treinongeluk bij Houten zijn dinsdagochtend zeker twaalf mensen gewond geraakt, van wie drie ernstig. "
    "Een intercity ontspoorde kort na vertrek uit Utrecht Centraal op een wissel.",
    "Volgens ProRail reed de trein met ongeveer zestig kilometer per uur toen de achterste twee rijtuigen uit de rails "
    "liepen. De oorzaak is nog onbekend, maar de Onderzoeksraad voor Veiligheid is een onderzoek begonnen.",
    "Het treinverkeer tussen Utrecht en Den Bosch ligt zeker tot woensdagavond plat. NS zet bussen in tussen de "
    "stations, maar reizigers moeten rekening houden met een extra reistijd van minstens een uur.",
    "Burgemeester Wim de Jong sprak van een zwarte dag voor de gemeente en bedankte de hulpdiensten voor hun snelle "
    "optreden.",
]
PAGE_HEAD = ["Naar de inhoud", "Nieuws", "Regio", "Home » Regio"]
TRAIN_TITLE = "Intercity ontspoort bij Houten, twaalf gewonden"
TRAIN_BYLINE = "12 maart 2024 om 09:15 door Anna de Wit"
PAGE_FOOT = ["Lees meer over:", "Treinen", "Houten", "12", "Reageer", "Over ons", "Contact", "© 2024 Voorbeeldkrant BV"]
CLOCK_TIMELINE = [
    "09:15",
    "Trein ontspoort bij Houten",
    "09:32",
    "Eerste ambulances ter plaatse",
    "10:05",
    "Treinverkeer tussen Utrecht en Den Bosch stilgelegd",
]


def headline(text: str) -> str | None:
    return next((b.text for b in article(text).blocks if b.kind is K.HEADLINE), None)


def set_aside(text: str) -> list[str]:
    return [b.text for b in article(text).blocks if b.kind is K.SITE_TEXT]


def test_a_list_inside_a_plain_article_keeps_its_title_and_lede() -> None:
    text = joined(
        "Binnenland", "Sneeuw legt verkeer in het zuiden plat", SNOW[0], "Afgesloten wegen:", *ROADS, *SNOW[1:]
    )
    assert headline(text) == "Sneeuw legt verkeer in het zuiden plat"
    assert SNOW[0] not in set_aside(text)
    assert "Afgesloten wegen:" not in set_aside(text)


def test_an_articles_own_timeline_of_dates_stays() -> None:
    timeline = [
        "27 februari 2020",
        "Eerste besmetting vastgesteld in Tilburg",
        "12 maart 2020",
        "Brabanders moeten thuis blijven bij klachten",
        "15 maart 2020",
        "Scholen en horeca gaan dicht",
        "23 maart 2020",
        "Kabinet kondigt intelligente lockdown aan",
    ]
    lede = (
        "Het coronavirus heeft Nederland in een paar weken volledig veranderd. Een terugblik op de belangrijkste "
        "momenten van de eerste maanden van de crisis in ons land."
    )
    more = (
        "Het kabinet kondigde in die weken steeds strengere maatregelen aan. Premier Rutte sprak in een zeldzame "
        "toespraak het hele land toe vanuit het Torentje in Den Haag."
    )
    aside = set_aside(joined("Een jaar corona: de tijdlijn", lede, "De tijdlijn", *timeline, more))
    assert not [line for line in timeline if line in aside]


def test_a_table_of_seats_closing_a_saved_article_stays() -> None:
    seats = ["VVD", "34", "D66", "24", "PVV", "20", "CDA", "15", "GroenLinks", "8"]
    text = page("Politiek", "Kiezers geven VVD flinke winst bij verkiezingen", *TRAIN, "De zetelverdeling:", *seats)
    aside = set_aside(text)
    assert "De zetelverdeling:" not in aside
    assert not [cell for cell in seats if cell in aside]


def test_an_articles_clock_timeline_after_the_body_stays_on_a_saved_page() -> None:
    text = page(*PAGE_HEAD, TRAIN_TITLE, TRAIN_BYLINE, *TRAIN, "Tijdlijn:", *CLOCK_TIMELINE, *PAGE_FOOT)
    aside = set_aside(text)
    assert "Trein ontspoort bij Houten" not in aside
    assert "Treinverkeer tussen Utrecht en Den Bosch stilgelegd" not in aside


def test_an_articles_clock_timeline_inside_the_body_stays_on_a_saved_page() -> None:
    text = page(
        *PAGE_HEAD, TRAIN_TITLE, TRAIN_BYLINE, *TRAIN[:2], "Zo verliep de ochtend:", *CLOCK_TIMELINE, *TRAIN[2:]
    )
    aside = set_aside(text)
    assert "Zo verliep de ochtend:" not in aside
    assert "Eerste ambulances ter plaatse" not in aside


def test_an_age_after_a_name_stays_in_the_headline() -> None:
    lede = (
        "De politie zoekt sinds dinsdagmiddag naar een tweejarige jongen uit Almere die bij een speeltuin in de "
        "wijk Haven uit het zicht van zijn moeder raakte."
    )
    more = "Agenten, buurtbewoners en een helikopter doen mee aan de zoektocht. De politie vraagt iedereen te kijken."
    assert headline(joined("Politie zoekt vermiste peuter Sem (2)", lede, more)) == (
        "Politie zoekt vermiste peuter Sem (2)"
    )


def test_a_saved_question_and_answer_article_keeps_its_title() -> None:
    qa = [
        "Wat is er precies gebeurd?",
        "Een intercity ontspoorde dinsdagochtend kort na vertrek uit Utrecht Centraal op een wissel bij Houten, "
        "waarbij twaalf mensen gewond raakten en drie van hen ernstig.",
        "Wie onderzoekt het ongeluk?",
        "De Onderzoeksraad voor Veiligheid is een onderzoek begonnen, net als ProRail en NS zelf. Ook de Inspectie "
        "Leefomgeving en Transport kijkt mee naar de toestand van het spoor.",
        "Wanneer rijden de treinen weer?",
        "Dat is nog onduidelijk.",
        "Kan ik mijn geld terugkrijgen?",
        "Ja, reizigers met vertraging kunnen geld terugvragen via de website van NS.",
        "Rijden er bussen?",
        "Ja, tussen Utrecht en Den Bosch.",
        "Hoe lang duurt dat?",
        "Reken op een uur extra.",
        "Waar vind ik meer?",
        "Op de website van NS.",
    ]
    text = page("Vragen en antwoorden", "Alles over de ontsporing bij Houten", *qa)
    assert headline(text) == "Alles over de ontsporing bij Houten"
    # under a page's head too (page_dump.page_title: the body's questions make its first one no title)
    assert headline(page(*PAGE_HEAD, "Vragen en antwoorden", "Alles over de ontsporing bij Houten", *qa)) == (
        "Alles over de ontsporing bij Houten"
    )


def test_the_lede_after_a_wire_notice_on_its_line_stays() -> None:
    lede = "De brand in een loods in de Almeerse haven is dinsdagavond onder controle gebracht, meldt de brandweer."
    more = "Er raakte niemand gewond. De oorzaak van de brand wordt nog onderzocht door de politie en de brandweer."
    text = joined("Brand in Almere onder controle", f"Update, vervangt: eerder bericht. {lede}", more)
    assert not [t for t in set_aside(text) if "Almeerse haven" in t]


def test_a_title_over_a_summary_of_points_stays_the_headline() -> None:
    points = [
        "Twaalf gewonden, drie van hen ernstig",
        "Oorzaak nog onbekend",
        "Onderzoeksraad start onderzoek",
        "Geen treinen tot woensdagavond",
    ]
    assert headline(joined(TRAIN_TITLE, "In het kort", *points, *TRAIN[:2])) == TRAIN_TITLE


def test_a_saved_liveblogs_short_entries_stay() -> None:
    intro = [
        "Storm Ciarán trekt donderdag over Nederland. In dit liveblog houden we je op de hoogte van de laatste "
        "ontwikkelingen rond de storm en de gevolgen voor het verkeer en de luchtvaart.",
        "Het KNMI heeft voor het hele land code oranje afgegeven. In Zeeland en Noord-Holland geldt code rood "
        "vanwege windstoten die kunnen oplopen tot boven de honderd kilometer per uur.",
    ]
    entries = ["14:05", "Boom valt op auto in Utrecht", "13:50", "Schiphol schrapt 200 vluchten"]
    entries += ["13:31", "Code rood voor Zeeland", "13:10", "NS rijdt minder treinen"]
    text = page(*PAGE_HEAD, "Liveblog: storm Ciarán raast over Nederland", TRAIN_BYLINE, *intro, *entries)
    aside = set_aside(text)
    assert "Schiphol schrapt 200 vluchten" not in aside
    assert "NS rijdt minder treinen" not in aside
