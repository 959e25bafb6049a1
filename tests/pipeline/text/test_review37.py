"""Review of stop 37's structure rules (issue 21: article text is never set aside): article text written here in the
shape each rule (aside37, site37) looks for, which must stay; the site text the rules exist for is in
test_site37.py and test_aside37.py. A probe a narrower rule would cost labelled site text for is xfail(strict)."""

from __future__ import annotations

import pytest

from pipeline.text import patterns
from pipeline.text.sentence_reasons import site_sentence_reason
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept

# --- gate_tails.paywall_tails: an article about paywalls with "Verder lezen?" over short headed sections ----------

PAYWALL_SECTIONS = (
    "Abonnees zijn tevreden",
    "Volgens de uitgever zeggen de meeste nieuwe abonnees dat ze vooral voor het lokale nieuws betalen.",
    "Jongeren haken af",
    "Onder lezers jonger dan dertig is het beeld anders: zij klikken de pagina meestal weg.",
    "Vergelijking met België",
    "In Vlaanderen werken de kranten al langer met een betaalmuur en daar is het aandeel betalende lezers hoger.",
)


def test_short_headed_sections_under_a_verder_lezen_heading_stay() -> None:
    text = joined(
        "Kranten zetten meer artikelen achter betaalmuur",
        "Steeds meer regionale kranten vragen lezers om te betalen voor hun verhalen. Dat blijkt uit een rondgang "
        "van het Stimuleringsfonds voor de Journalistiek langs veertig titels.",
        "Wie een artikel op de site van de krant opent, ziet na twee alinea's een grijs vlak met de vraag of hij "
        "verder wil lezen. De uitgever zegt dat het aantal digitale abonnees met een kwart is gegroeid.",
        "Verder lezen?",
        *PAYWALL_SECTIONS,
    )
    assert all(section in kept(text) for section in PAYWALL_SECTIONS)


# --- frame_rules: a login question in an interview or a how-to --------------------------------------------------


def test_a_subscription_question_in_an_interview_stays() -> None:
    answer = (
        "Hoe begint u het gesprek aan de deur? Heeft u al een abonnement? Dat vraag ik altijd eerst, en meestal "
        "weten de mensen dan meteen waar ik voor kom."
    )
    assert not aside(joined("'Ik verkoop al veertig jaar kranten aan de deur'", BODY, answer, MORE))


def test_a_how_tos_login_step_stays() -> None:
    step = (
        "Wie de nieuwe app van de gemeente wil gebruiken, moet eerst een account aanmaken. Heb je al een account? "
        "Log dan in. Daarna kun je meldingen over losliggende stoeptegels direct doorgeven."
    )
    assert not aside(joined(TITLE, BODY, step, MORE))
    assert site_sentence_reason("Log in.") is None


# --- frame_rules: a report of a form's terms; an article quoting an English error message ------------------------


def test_a_report_of_what_signing_up_lets_an_app_do_stays() -> None:
    terms = (
        "De Autoriteit Persoonsgegevens kijkt naar de voorwaarden van de app. Bij het aanmelden gaat u akkoord met "
        "het delen van uw locatie met adverteerders. Veel gebruikers weten dat niet."
    )
    assert not aside(joined(TITLE, BODY, terms, MORE))


def test_an_error_message_quoted_in_a_report_on_a_breakdown_stays() -> None:
    report = (
        "Wie dinsdagochtend wilde inloggen, kreeg alleen een Engelse foutmelding te zien. An error has occurred. "
        "Daarna bleef het scherm urenlang wit, meldden gebruikers."
    )
    assert not aside(joined("Storing bij DigiD na hack", BODY, report, MORE))
    line = joined("Storing bij DigiD na hack", BODY, "De melding luidde:", "An error has occurred.", MORE)
    assert "An error has occurred." in kept(line)


# --- frame_rules: a copyright notice reported ------------------------------------------------------------------


def test_a_report_of_a_copyright_notice_naming_whose_articles_stays() -> None:
    news = (
        "Op de site van de bibliotheek staat sinds vorige week een korte mededeling. Wegens auteursrechten is het "
        "de bibliotheek niet toegestaan om artikelen uit de krant te delen. Leden reageren boos."
    )
    assert not aside(joined("Bibliotheek mag krantenartikelen niet meer delen", BODY, news, MORE))


@pytest.mark.xfail(
    strict=True,
    reason="the reported notice has the notice's own words ('om artikelen te delen'); only the sentences around it "
    "tell it from fv_media's notice (blind45), which the rule must keep taking",
)
def test_a_report_quoting_the_notice_word_for_word_stays() -> None:
    news = "Wegens auteursrechten is het de bibliotheek niet toegestaan om artikelen te delen. Leden reageren boos."
    assert not aside(joined("Bibliotheek mag krantenartikelen niet meer delen", BODY, news, MORE))


# --- frame_rules: a heading about a logo ------------------------------------------------------------------------


def test_a_headline_or_heading_about_a_new_or_old_logo_stays() -> None:
    logo = "KLM heeft dinsdag een nieuw logo gepresenteerd. De kroon blijft, maar de letters zijn dunner geworden."
    assert article(joined("Nieuw KLM logo", logo, MORE)).meta.headline == "Nieuw KLM logo"
    for heading in ("Oude Philips logo", "Het KLM logo"):
        assert patterns.site_line_reason(heading) is None, heading
    assert patterns.site_line_reason("AZ Vesalius logo") == "interface"


# --- frame_rules: minutes of a meeting, "Geen opmerkingen." under an agenda item ------------------------------


def test_no_remarks_under_an_agenda_item_of_minutes_stays() -> None:
    minutes = joined(
        "Verslag dorpsraad 12 maart",
        "De dorpsraad van Haaksbergen vergaderde dinsdagavond in het dorpshuis. Voorzitter Jan Smit opende om acht "
        "uur de vergadering en heette de wethouder welkom.",
        "Verslag vorige vergadering",
        "Geen opmerkingen.",
        "Speeltuin",
        "De nieuwe speeltoestellen worden in april geplaatst. De gemeente betaalt de helft van de kosten.",
        "Rondvraag",
        "Geen opmerkingen.",
        "De voorzitter sluit de vergadering om tien uur.",
    )
    assert not aside(minutes)


# --- header_boxes.crumb_headers / frame_rules.CRUMB_LABEL: "U bent hier" inside an article ---------------------

MAP_SIGN = (
    "Op elk bord staat met een rode stip aangegeven waar de lezer staat. De borden vervangen de oude, die vaak "
    "onleesbaar waren geworden."
)
MAP_LEAD = "De gemeente zet honderd nieuwe borden met een plattegrond in de binnenstad."


def test_the_article_above_a_you_are_here_line_over_a_paragraph_stays() -> None:
    text = joined("Nieuwe borden wijzen toeristen de weg", MAP_LEAD, "U bent hier", MAP_SIGN, MORE)
    assert MAP_LEAD in kept(text)
    assert article(text).meta.headline == "Nieuwe borden wijzen toeristen de weg"


def test_a_shows_title_jij_bent_hier_stays() -> None:
    text = joined(
        "Theatergroep brengt nieuwe voorstelling",
        "De Utrechtse theatergroep speelt dit voorjaar een nieuwe voorstelling in twintig zalen.",
        "Jij bent hier",
        "In de voorstelling staat een man centraal die na jaren terugkeert naar het dorp waar hij opgroeide.",
        MORE,
    )
    assert not aside(text)


@pytest.mark.xfail(
    strict=True,
    reason="'U bent hier' alone on its line is wz_slot's breadcrumb label (blind45) word for word; a line rule sees "
    "no neighbour",
)
def test_a_you_are_here_heading_quoting_a_map_sign_stays() -> None:
    assert "U bent hier" in kept(joined("Nieuwe borden wijzen toeristen de weg", MAP_LEAD, "U bent hier", MAP_SIGN))


# --- page_body._lower_title (aside37): a lower-case tag over a text whose title was lost -------------------------


@pytest.mark.xfail(
    strict=True,
    reason="a one-word tag the paragraph names ('brand') has the shape of fn_vakbondshuizen's lower-case title "
    "('vakbondshuizen', blind46); a text without a title has no other line to tell them apart",
)
def test_a_lower_case_tag_over_an_untitled_text_is_no_headline() -> None:
    text = joined(
        "brand",
        "Bij een brand in een schuur aan de Dijk in Hengelo is dinsdagnacht veel schade ontstaan. De brandweer was "
        "urenlang bezig.",
        MORE,
    )
    assert article(text).meta.headline != "brand"


# --- conventions37 (credit_rules.SOURCE_LINE, title_labels._genre_labels, caption_credits) -----------------------

VITAMINS = (
    "Vitamine C",
    "Vitamine C helpt je afweer en zorgt dat je lichaam ijzer beter opneemt uit je eten.",
    "Bron: sinaasappels, kiwi en paprika",
    "Vitamine D",
    "In de winter maakt je huid nauwelijks vitamine D aan, omdat de zon te laag staat.",
    "Bron: vette vis, eieren en zuivel",
)


def test_a_list_articles_source_of_a_vitamin_stays() -> None:
    assert not aside(joined("Vijf vitamines die je in de winter nodig hebt", BODY, *VITAMINS, MORE))
    assert ("source", "Bron: Omroep West") in aside(joined(TITLE, BODY, MORE, "Bron: Omroep West"))


@pytest.mark.xfail(
    strict=True,
    reason="a section heading 'Achtergrond' right under the headline is the genre label's line word for word "
    "(the story texts' 'Achtergrond' by the title is a label, STRUCTURE_CONVENTIONS.md); later headed sections "
    "do not tell it apart, an interview under its label has intertitles too",
)
def test_a_background_section_heading_right_under_the_headline_stays() -> None:
    text = joined(
        "Raad stemt in met nieuw zwembad",
        "Achtergrond",
        "Het oude zwembad aan de Kerkweg is sinds 2019 gesloten omdat het dak lekt en de installaties verouderd zijn.",
        "Besluit",
        "De raad stemde dinsdag met ruime meerderheid in met de bouw van een nieuw bad op het sportpark.",
        MORE,
    )
    assert not aside(text)


@pytest.mark.xfail(
    strict=True,
    reason="'Foto Noorderlicht' (a festival) over its paragraph is read as a caption, and a caption of 'Foto' and "
    "one capitalised name is a credit ('Foto Nedap' in the story texts); only the paragraph naming it tells them apart",
)
def test_a_heading_naming_a_photo_festival_stays() -> None:
    text = joined(
        "Fotofestivals trekken meer bezoekers",
        BODY,
        "Foto Noorderlicht",
        "Het festival in Groningen trok dit jaar ruim veertigduizend bezoekers, tien procent meer dan vorig jaar.",
        MORE,
    )
    assert "Foto Noorderlicht" in kept(text)


# --- headline37 (untitled_lines.FIGURES): a headline of a word and one figure ----------------------------------


def test_a_headline_of_a_word_and_one_figure_stays_the_headline() -> None:
    text = joined(
        "Opkomst: 58,2",
        "De opkomst bij de gemeenteraadsverkiezingen in Zwolle lag dit jaar op 58,2 procent, iets hoger dan vier "
        "jaar geleden.",
        MORE,
    )
    assert article(text).meta.headline == "Opkomst: 58,2"


# --- gate_tails.paywall_tails: an article's short headed answers under "Verder lezen?" -------------------------


def test_short_headed_answers_under_a_verder_lezen_heading_stay() -> None:
    answers = (
        "Prijs",
        "Vijf euro per maand.",
        "Opzeggen",
        "Dat kan elke maand.",
        "Proefperiode",
        "De eerste maand is gratis.",
    )
    lead = (
        "Wie een artikel op de site van de krant opent, ziet straks na twee alinea's een grijs vlak met een vraag. "
        "De uitgever legt uit hoe dat werkt."
    )
    text = joined("Krant gaat vanaf maandag achter betaalmuur", BODY, lead, "Verder lezen?", *answers)
    assert all(answer in kept(text) for answer in answers)


# --- frame_rules SITE_LINES: an English word as a Dutch article's heading ---------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="'Comments' heading an article's section about YouTube's comments is the untranslated widget heading "
    "word for word, and the widget's heading stands between the article's paragraphs too (test_site37)",
)
def test_an_english_word_heading_an_articles_section_stays() -> None:
    section = (
        "Onder video's met kinderen kunnen kijkers voortaan geen reacties meer plaatsen. YouTube zet de knop uit na "
        "klachten over misbruik."
    )
    assert "Comments" in kept(joined("YouTube verbergt reacties onder kindervideo's", BODY, "Comments", section, MORE))
