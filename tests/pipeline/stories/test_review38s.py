"""Adversarial probes of the stop-38 rounds merged for issue 19 (reviewS38): copies38's `respelled` (an edited cut
writing a name of its original another way names nothing new) and the wire-copy check around it; storiesgen38 kept
no clusterer change, so two different events sharing evidence are probed against the clusterer as it stands. Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.pipeline.stories.texts import assigned_in_turn

FIRE = (
    "Bij een grote brand in een loods aan de rand van {p} is dinsdagavond een man zwaargewond geraakt. De brandweer"
    " had het vuur na ruim twee uur onder controle.\n\nDe oorzaak van de brand wordt onderzocht. Omwonenden moesten"
    " ramen en deuren sluiten vanwege de rook.\n\nDe politie doet onderzoek."
)
# the stock sentences cut and edited ("gewond" for "zwaargewond", "ruim" dropped), filled in for a place
FIRE_CUT = (
    "Bij een grote brand in een loods aan de rand van {p} is dinsdagavond een man gewond geraakt. De brandweer had"
    " het vuur na twee uur onder controle."
)


def _fires(first: str, second: str) -> dict[str, tuple[int, str | None]]:
    return assigned_in_turn(
        [
            ("full", "Omroep Gelderland", 1, f"Man zwaargewond bij brand in {first}", FIRE.format(p=first)),
            ("cut", "De Gelderlander", 1.5, f"Gewonde bij loodsbrand {second}", FIRE_CUT.format(p=second)),
        ]
    )


def test_a_german_town_with_an_umlaut_is_not_a_dutch_town_written_with_oe() -> None:
    """Lünen (Westphalia) spells "lunen" with its accent dropped and Loenen (Gelderland) "lunen" with "oe" read as
    "u": the fire brigade's stock sentences filled in for the German town are another fire, not a cut of the report
    on Loenen (was: a copy, in its story)."""
    got = _fires("Loenen", "Lünen")
    assert got["cut"][1] is None
    assert got["cut"][0] != got["full"][0]


def test_an_edited_cut_writing_the_international_name_of_its_originals_city_is_a_copy() -> None:
    """ "Budapest" for the original's "Boedapest" ("oe" read as "u"), the words around it the original's."""
    got = _fires("Boedapest", "Budapest")
    assert got["cut"] == (got["full"][0], "full")


def test_the_same_stock_sentences_filled_in_for_another_town_are_no_copy() -> None:
    got = _fires("Loenen", "Ankara")
    assert got["cut"][1] is None


RELEASE = (
    "De politie heeft dinsdagavond in Apeldoorn een 34-jarige man aangehouden op verdenking van een overval op een"
    " juwelier aan de Hoofdstraat. De man werd in zijn woning aan de Loolaan opgepakt. Bij de overval, vorige week"
    " donderdag, bedreigden twee mannen de eigenaar met een vuurwapen.\n\nDe politie zoekt nog naar de tweede"
    " verdachte en vraagt getuigen zich te melden.\n\nDe buit bestond uit horloges en sieraden."
)
# another desk's rewrite of the police's press release: its own sentences, the same facts
REWRITE = (
    "Een 34-jarige man uit Apeldoorn is dinsdagavond opgepakt voor de overval op een juwelier aan de Hoofdstraat."
    " Agenten haalden hem uit zijn huis aan de Loolaan. Twee mannen bedreigden vorige week donderdag de eigenaar met"
    " een vuurwapen en gingen er met horloges en sieraden vandoor.\n\nNaar de tweede man wordt nog gezocht."
)
# the outlet's own update the next morning: its text whole, two paragraphs of news added
UPDATE = RELEASE + (
    "\n\nInmiddels is ook de tweede verdachte, een 29-jarige man uit Deventer, aangehouden. Hij meldde zich"
    " woensdagochtend op het politiebureau.\n\nBeide mannen worden vrijdag voorgeleid aan de rechter-commissaris."
)
FIRST_PARAGRAPH = RELEASE.split("\n\n")[0]


def test_a_rewrite_by_another_desk_is_no_copy_and_a_cut_to_the_first_paragraph_is() -> None:
    got = assigned_in_turn(
        [
            ("release", "Omroep Gelderland", 1, "Man opgepakt voor overval op juwelier Apeldoorn", RELEASE),
            ("rewrite", "De Stentor", 2, "Verdachte overval juwelier Hoofdstraat opgepakt", REWRITE),
            ("cut", "ANP", 2.5, "Verdachte juweliersoverval Apeldoorn aangehouden", FIRST_PARAGRAPH),
        ]
    )
    assert got["rewrite"] == (got["release"][0], None)
    assert got["cut"] == (got["release"][0], "release")


def test_an_outlets_update_adding_paragraphs_is_no_copy() -> None:
    got = assigned_in_turn(
        [
            ("release", "Omroep Gelderland", 1, "Man opgepakt voor overval op juwelier Apeldoorn", RELEASE),
            ("update", "Omroep Gelderland", 20, "Ook tweede verdachte overval juwelier Apeldoorn opgepakt", UPDATE),
        ]
    )
    assert got["update"] == (got["release"][0], None)


def test_an_outlets_update_is_no_copy_of_another_outlets_cut_of_its_first_report() -> None:
    """The agency's cut of the outlet's report (its first paragraph) lies whole inside the outlet's update too: the
    update is its outlet's report grown by news (`own_update`), no copy of the cut (was: a copy of it)."""
    got = assigned_in_turn(
        [
            ("release", "Omroep Gelderland", 1, "Man opgepakt voor overval op juwelier Apeldoorn", RELEASE),
            ("cut", "ANP", 2.5, "Verdachte juweliersoverval Apeldoorn aangehouden", FIRST_PARAGRAPH),
            ("update", "Omroep Gelderland", 20, "Ook tweede verdachte overval juwelier Apeldoorn opgepakt", UPDATE),
        ]
    )
    assert got["update"] == (got["release"][0], None)


def _apart(first: tuple[str, str, float, str, str], second: tuple[str, str, float, str, str]) -> bool:
    got = assigned_in_turn([first, second])
    return got[first[0]][0] != got[second[0]][0]


@pytest.mark.xfail(
    strict=True,
    reason="one minister's two affairs join on the person's name with 'minister' and 'Kamer' (with or without the"
    " compound 'Defensieminister' / 'Defensie', a day apart too): the known limitation of reviewS35's Kaag probe, at"
    " 333605a too; storiesgen38 kept no clusterer change, and a fix is a TUNE/CHECK round of its own",
)
def test_a_ministers_two_affairs_on_one_day_stay_apart() -> None:
    assert _apart(
        (
            "hawija",
            "NOS",
            1,
            "Defensieminister Bijleveld onder vuur om Hawija",
            "Defensieminister Bijleveld ligt onder vuur na onthullingen over het bombardement op het Iraakse Hawija in"
            " 2015. De Tweede Kamer wil opheldering over de burgerdoden.\n\nDe minister zegt alle informatie te zullen"
            " delen.",
        ),
        (
            "fregatten",
            "NU.nl",
            2,
            "Bijleveld wil meer geld voor Defensie",
            "Minister Bijleveld van Defensie wil de komende jaren extra geld voor nieuwe fregatten en"
            " gevechtsvliegtuigen. Ze doet dat in een brief aan de Kamer over de investeringen van de krijgsmacht."
            "\n\nDe NAVO dringt al jaren aan op hogere uitgaven.",
        ),
    )


@pytest.mark.xfail(
    strict=True,
    reason="two rulings of one court on one day in one trade (the harbour's drug smuggling) join on the first look"
    " (0.30 over the 0.25 threshold) on the court's city and the topic's words (rechtbank, veroordeeld, cel, haven,"
    " containers), rare in this test's window of farm words as they would not be in a day's news: at 333605a too;"
    " storiesgen38 kept no clusterer change, and a fix is a TUNE/CHECK round of its own",
)
def test_two_rulings_of_one_court_on_the_harbours_drug_trade_stay_apart() -> None:
    assert _apart(
        (
            "havenmedewerker",
            "Rijnmond",
            1,
            "Havenmedewerker krijgt vier jaar cel voor cocaïnesmokkel",
            "De rechtbank in Rotterdam heeft een 38-jarige havenmedewerker uit Spijkenisse veroordeeld tot vier jaar"
            " cel. Hij hielp bij het uithalen van 800 kilo cocaïne uit een container op de Maasvlakte.\n\nDe man"
            " ontkende, maar zijn telefoon verraadde hem.",
        ),
        (
            "douanier",
            "AD",
            4,
            "Douanier veroordeeld voor lekken informatie",
            "De rechtbank in Rotterdam heeft een 45-jarige douanier uit Vlaardingen veroordeeld tot drie jaar cel. Hij"
            " lekte informatie over controles van containers aan drugscriminelen in de haven.\n\nHij kreeg er"
            " tienduizenden euro's voor.",
        ),
    )


def test_two_fires_in_one_town_on_one_day_stay_apart() -> None:
    assert _apart(
        (
            "dobbe",
            "RTV Oost",
            1,
            "Uitslaande brand in woning in Zwolle-Zuid",
            "Bij een uitslaande brand in een rijtjeswoning aan de Dobbe in Zwolle-Zuid is maandagochtend veel schade"
            " ontstaan. De bewoners waren niet thuis. De brandweer kon voorkomen dat het vuur oversloeg naar de buren."
            "\n\nDe oorzaak is nog onbekend.",
        ),
        (
            "schuur",
            "De Stentor",
            8,
            "Brand in schuur bij boerderij in Zwolle",
            "In een schuur bij een boerderij aan de Nieuwleusenerdijk in Zwolle heeft maandagmiddag een flinke brand"
            " gewoed. Er stonden landbouwmachines in de schuur. Niemand raakte gewond.\n\nDe brandweer bleef tot in"
            " de avond nablussen.",
        ),
    )


def test_a_clubs_league_win_and_its_cup_defeat_days_later_stay_apart() -> None:
    assert _apart(
        (
            "heracles",
            "RTV Oost",
            1,
            "PEC Zwolle wint van Heracles",
            "PEC Zwolle heeft zaterdagavond met 2-1 gewonnen van Heracles Almelo. Lennart Thy maakte in de slotfase de"
            " winnende treffer. Trainer Jaap Stam was tevreden over de inzet.\n\nZwolle staat nu tiende in de"
            " Eredivisie.",
        ),
        (
            "ajax",
            "De Stentor",
            50,
            "PEC Zwolle verliest bij Ajax",
            "PEC Zwolle heeft woensdagavond in de beker met 4-0 verloren bij Ajax. Al na twintig minuten stond de ploeg"
            " van Jaap Stam met 2-0 achter. Thy miste in de tweede helft een strafschop.\n\nAjax speelt in de"
            " volgende ronde tegen Vitesse.",
        ),
    )


def test_the_housing_market_and_a_house_closed_after_a_drugs_lab_stay_apart() -> None:
    """'woningmarkt' beside 'woning': a compound shared in part by two unrelated items."""
    assert _apart(
        (
            "markt",
            "NOS",
            1,
            "Prijzen op woningmarkt stijgen opnieuw",
            "De prijzen op de woningmarkt zijn in het eerste kwartaal opnieuw gestegen. Een gemiddelde koopwoning kost"
            " nu ruim 300.000 euro, meldt het CBS. Vooral in de Randstad stegen de prijzen hard.\n\nMakelaars"
            " verwachten dat de stijging aanhoudt.",
        ),
        (
            "drugslab",
            "Omroep Brabant",
            2,
            "Woning in Tilburg ontruimd na vondst drugslab",
            "De politie heeft een woning in Tilburg ontruimd na de vondst van een drugslab op zolder. Buurtbewoners"
            " roken een vreemde lucht en belden de politie. Twee mannen zijn aangehouden.\n\nDe woning wordt voor drie"
            " maanden gesloten.",
        ),
    )


RELEASE_P2 = (
    "De politie kreeg rond 02.15 uur een melding van een inbraak bij een juwelier aan de Hoofdstraat. Toen agenten ter"
    " plaatse kwamen, zagen zij twee mannen wegrennen. Na een korte achtervolging werd een van hen aangehouden."
)
RELEASE_P3 = (
    "De tweede man wist te ontkomen. De politie is op zoek naar getuigen en beelden van camera's in de omgeving. Wie"
    " iets heeft gezien, kan contact opnemen via 0900-8844."
)


@pytest.mark.xfail(
    strict=True,
    reason="two desks' reports on one police release, each under a first paragraph of its own, keeping the release's"
    " two paragraphs word for word, are of a size from two outlets: excerpt_check.excerpt_of's `rewrite` share (another"
    " edition's rewording) makes the later a copy, as documented; at 333605a too. Whether the release's paragraphs"
    " kept whole make a copy is the labelling convention's call, not this review's",
)
def test_two_desks_reports_on_one_police_release_are_no_copies() -> None:
    stentor = (
        "Een 27-jarige man uit Deventer is vannacht in Apeldoorn opgepakt na een inbraak bij een juwelier. Zijn"
        " handlanger is nog voortvluchtig.\n\n" + RELEASE_P2 + "\n\n" + RELEASE_P3 + "\n\nDe juwelier was eerder dit"
        " jaar ook al doelwit van inbrekers."
    )
    omroep = (
        "Bij een inbraak bij een juwelier in het centrum van Apeldoorn is vannacht een verdachte aangehouden. Het gaat"
        " om een man van 27 uit Deventer.\n\n" + RELEASE_P2 + "\n\n" + RELEASE_P3
    )
    got = assigned_in_turn(
        [
            ("stentor", "De Stentor", 1, "Inbreker juwelier Apeldoorn opgepakt na achtervolging", stentor),
            ("omroep", "Omroep Gelderland", 1.5, "Verdachte opgepakt na inbraak bij juwelier", omroep),
        ]
    )
    assert got["omroep"] == (got["stentor"][0], None)


YOUTH_CARE = (
    "Het kabinet trekt volgend jaar 300 miljoen euro extra uit voor de jeugdzorg. Dat maakt minister De Jonge dinsdag"
    " bekend. Gemeenten klagen al jaren dat ze te weinig geld krijgen voor de zorg aan kinderen en jongeren.\n\n"
    "De Vereniging van Nederlandse Gemeenten noemt het bedrag een eerste stap, maar zegt dat er structureel meer nodig"
    " is. Volgens de gemeenten is het tekort opgelopen tot meer dan een miljard euro per jaar.\n\n"
    "De Jonge wil ook dat jeugdzorgaanbieders beter gaan samenwerken."
)


def test_a_site_cutting_the_agency_text_to_its_first_paragraph_hours_later_copies_it() -> None:
    got = assigned_in_turn(
        [
            ("anp", "ANP", 1, "Kabinet: 300 miljoen extra voor jeugdzorg", YOUTH_CARE),
            ("cut", "Regio Nieuws", 6, "Extra geld voor jeugdzorg", YOUTH_CARE.split("\n\n")[0]),
        ]
    )
    assert got["cut"] == (got["anp"][0], "anp")


@pytest.mark.xfail(
    strict=True,
    reason="the outlet's update with a paragraph of news on top of its earlier text whole grows it by under"
    " rewrite_ratio (1.3) of its shingles, its opening whole inside: own_update reads the same text posted again"
    " (stop 37's convention: a reader is shown the same text once); at 333605a too. Where a paragraph of news stops"
    " being a small edit is the convention's call",
)
def test_an_outlets_update_with_a_new_first_paragraph_is_no_copy() -> None:
    update = (
        "De Vereniging van Nederlandse Gemeenten reageert teleurgesteld op het extra geld voor de jeugdzorg. 'Dit is"
        " een druppel op een gloeiende plaat', zegt voorzitter Jorritsma.\n\n" + YOUTH_CARE
    )
    got = assigned_in_turn(
        [
            ("eerst", "NOS", 1, "Kabinet: 300 miljoen extra voor jeugdzorg", YOUTH_CARE),
            ("update", "NOS", 5, "Gemeenten teleurgesteld over geld jeugdzorg", update),
        ]
    )
    assert got["update"] == (got["eerst"][0], None)
