"""Review46 (issue 21): adversarial precision probes of the site46 rules (blind37) — article text, written here, that
each rule must not set aside, and headlines it must not break."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, headline, joined, kept, kinds, page

# --- flat_title._byline_cut: a name with initials that the text speaks of again is its subject, not its author -------

SUBJECT_OPENINGS = (
    (
        "In memoriam oud-burgemeester J.H. Bakker De voormalige burgemeester van Kampen is zondag op 84-jarige leeftijd"
        " overleden. Bakker was van 1978 tot 1994 burgemeester en stond bekend als een verbinder.",
        "In memoriam oud-burgemeester J.H. Bakker",
    ),
    (
        "Afscheid van pastoor A.J.M. Kuipers Het was zondag een drukke boel in de Sint-Jozefkerk, waar de parochie"
        " afscheid nam van pastoor Kuipers na 25 jaar.",
        "Afscheid van pastoor A.J.M. Kuipers",
    ),
    (
        "Zestig jaar getrouwd: echtpaar G.J. de Boer In hun woning aan de Dorpsstraat vierden Gerrit en Aaltje de Boer"
        " hun diamanten huwelijksfeest.",
        "Zestig jaar getrouwd: echtpaar G.J. de Boer",
    ),
    (
        "Dorpsraad Wijhe benoemt voorzitter J. Smit Op de jaarvergadering van dinsdag is Jan Smit unaniem gekozen als"
        " voorzitter van de dorpsraad.",
        "Dorpsraad Wijhe benoemt voorzitter J. Smit",
    ),
)


@pytest.mark.parametrize(("opening", "name"), SUBJECT_OPENINGS)
def test_a_title_naming_a_person_the_text_speaks_of_again_keeps_the_name(opening: str, name: str) -> None:
    text = joined(opening, LONGER, MORE)
    assert not any(kind is K.BYLINE for kind, _ in kinds(text)), opening
    assert headline(text) != name.rsplit(" ", 2)[0]  # not the title cut before the name
    assert name in kept(text)


def test_a_title_naming_a_person_by_their_office_keeps_the_name() -> None:
    opening = (
        "Dalfsen krijgt nieuwe wethouder A. Jansen Het college van Dalfsen is weer compleet. De raad koos dinsdag de"
        " 52-jarige CDA'er uit Lemelerveld."
    )
    text = joined(opening, LONGER, MORE)
    assert not any(kind is K.BYLINE for kind, _ in kinds(text))
    assert headline(text) != "Dalfsen krijgt nieuwe wethouder"


def test_a_title_naming_a_person_after_a_form_of_address_keeps_the_name() -> None:
    opening = (
        "Lintje voor mevrouw G. Bos Zij zet zich al veertig jaar in voor de bibliotheek van Hattem, waar ze elke"
        " week voorleest aan kinderen."
    )
    text = joined(opening, LONGER, MORE)
    assert not any(kind is K.BYLINE for kind, _ in kinds(text))
    assert headline(text) != "Lintje voor mevrouw"


# --- glued_edges.row_dates: a date and a bar opening an entry of the article's timeline --------------------------------

TIMELINE = (
    "12 maart 2024 | De gemeenteraad stemt in met het plan voor een nieuwe brug.",
    "3 april 2024 | De aanbesteding van de bouw begint.",
)


def test_a_timeline_entrys_date_under_a_share_row_inside_the_article_stays_article_text() -> None:
    text = page(TITLE, BODY, LONGER, "Delen: Facebook | Twitter | WhatsApp", *TIMELINE, MORE)
    assert ("share", "Delen: Facebook | Twitter | WhatsApp") in aside(text)
    assert "12 maart 2024 |" in kept(text)


def test_the_first_of_several_dated_entries_under_a_share_row_stays_article_text() -> None:
    text = page("Delen: Facebook | Twitter | WhatsApp", *TIMELINE, BODY, LONGER)
    assert "12 maart 2024 |" in kept(text)


@pytest.mark.xfail(
    strict=True,
    reason="review46, left: an agenda item's date under a breadcrumb has the shape of a metadata row's date under its"
    " first line (blind37's 'Nieuws | de redactie' / '25 februari 2009 | …'; both set aside as 'navigation')",
)
def test_an_agenda_items_date_opening_the_text_under_a_breadcrumb_stays_article_text() -> None:
    item = "Zaterdag 12 mei 2024 | Concert van het Zwols Kamerkoor in de Grote Kerk, aanvang 20.00 uur."
    text = page("Home | Agenda", item, BODY, LONGER)
    assert "Zaterdag 12 mei 2024 |" in kept(text)


# --- last_card.boxed_last_cards: the article's last paragraph trailing off under a dangling "Lees ook" ----------------

TRAILING = "Het college belooft beterschap, maar de oppositie heeft dat al vaker gehoord. Wordt vervolgd…"


def test_a_last_paragraph_of_two_sentences_trailing_off_under_a_bare_read_also_marker_stays_article_text() -> None:
    text = joined(TITLE, BODY, LONGER, "Lees ook", TRAILING)
    assert TRAILING in kept(text)


def test_a_letters_signature_under_its_last_paragraph_trailing_off_stays_article_text() -> None:
    text = joined(TITLE, BODY, LONGER, "Lees ook", TRAILING, "Piet Bos, Zwolle")
    assert TRAILING in kept(text) and "Piet Bos, Zwolle" in kept(text)
    assert not any(reason == "site_name" for reason, _ in aside(text))


@pytest.mark.parametrize("button", ["Verder lezen", "Open in app"])
def test_a_last_sentence_trailing_off_under_an_interface_line_and_the_signature_under_it_stay_article_text(
    button: str,
) -> None:
    last = "En dan is er nog de vraag wie de rekening betaalt, want daarover zwijgt het college al maanden…"
    text = joined(TITLE, BODY, LONGER, button, last, "Piet Bos, Zwolle")
    assert last in kept(text) and "Piet Bos, Zwolle" in kept(text)


def test_two_short_sections_trailing_off_under_an_interface_line_stay_article_text() -> None:
    sections = (
        "Hoe verder met de brug",
        "Daarover zwijgt het college al maanden…",
        "En het zwembad",
        "Ook daar is het stil…",
    )
    text = joined(TITLE, BODY, LONGER, "Verder lezen", *sections)
    assert all(section in kept(text) for section in sections)


def test_a_columns_last_sentence_trailing_off_after_a_space_under_a_read_on_button_stays_article_text() -> None:
    last = "En toen, net voor de laatste ronde, viel in de hele zaal het licht uit ..."
    text = joined(TITLE, BODY, LONGER, "Verder lezen", last)
    assert last in kept(text)


# --- scrape_rules.PHOTO_LICENCE_END: sentences of an article that name a licence after "Beeld:" or "Foto's:" ---------

LICENCE_SENTENCES = (
    "Wie een foto van Wikimedia Commons gebruikt, moet de maker en de licentie vermelden. Beeld: de naam van de"
    " fotograaf, daarna de bron en de licentie, zoals CC BY-SA 4.0.",
    "De Wikipedia-fotograaf won de prijs voor zijn portret van de burgemeester. Foto's: dat zijn er inmiddels meer"
    " dan tienduizend, allemaal vrijgegeven onder CC BY 4.0.",
)


@pytest.mark.parametrize("paragraph", LICENCE_SENTENCES)
def test_a_paragraph_whose_last_sentence_names_a_licence_after_a_colon_stays_article_text(paragraph: str) -> None:
    text = joined(TITLE, BODY, paragraph, LONGER)
    assert aside(text) == []
    assert (K.PARAGRAPH, paragraph) in kinds(text)


def test_a_short_lede_closed_by_a_sentence_about_a_public_domain_licence_stays_the_lede() -> None:
    lede = "Het Rijksmuseum zet 700.000 werken gratis online. Beeld: het museum geeft ze vrij onder CC0."
    text = joined("Rijksmuseum geeft werken vrij", lede, LONGER, MORE)
    assert aside(text) == []
    assert (K.CAPTION, "Het Rijksmuseum zet 700.000 werken gratis online.") not in kinds(text)


# --- scrape_rules.ISSUE_FIELDS: a list of a festival's editions and their dates in the article ------------------------

EDITIONS = ("Editie 1 - 12 juni 2015", "Editie 2 - 10 juni 2016", "Editie 3 - 9 juni 2017")


def test_an_announced_list_of_editions_with_their_dates_stays_article_text() -> None:
    text = joined(TITLE, BODY, "De vorige edities van het festival:", *EDITIONS, LONGER)
    assert aside(text) == []


def test_a_run_of_editions_with_their_dates_on_a_saved_page_stays_article_text() -> None:
    text = page(TITLE, BODY, *EDITIONS[:2], LONGER)
    assert all(line in kept(text) for line in EDITIONS[:2])


def test_a_heading_naming_an_old_issue_inside_a_history_article_stays_article_text() -> None:
    first = (
        "Op 7 mei 1945 verscheen de Zwolse verzetskrant voor het eerst openlijk. De drukkers hadden de hele nacht"
        " doorgewerkt in een kelder aan de Diezerstraat, en de kranten gingen om zes uur 's ochtends de straat op."
    )
    heading = "Jaargang 1, nummer 1 - 7 mei 1945"
    second = (
        "Het eerste nummer telde vier pagina's. Op de voorpagina stond een oproep van het plaatselijke verzet om de"
        " orde te bewaren en geen wraak te nemen."
    )
    text = joined("Verzetskrant wordt gewone krant", first, heading, second, MORE)
    assert heading in kept(text)
