"""Review of round site31 (issue 21, review31): for each new rule, article text or a headline of a similar shape,
written here, that must stay — article text wrongly set aside stays 0 on every set. Of 16 probes, 10 failed on the
merged code: 7 (all on site31 rules) pass after this review's narrowing; 3 stay strict xfail (two older rules, one
site_directory shape left)."""

from __future__ import annotations

import pytest

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, aside, headline, kept
from tests.pipeline.text.site_helpers import joined as _text
from tests.pipeline.text.site_helpers import page as _page

# --- truncated_lists -----------------------------------------------------------------------------------------------


def test_a_review_listing_song_lines_that_trail_off_stays() -> None:
    lead = (
        "Op haar nieuwe album zingt Maaike Ouboter over twijfel en gemis. Veel liedjes eindigen halverwege een zin, "
        "alsof ze het antwoord zelf niet weet. Een paar regels die blijven hangen:"
    )
    lines = [
        "'Ik wist het toen nog niet, maar…'",
        "'Als jij nu zou bellen…'",
        "'Het huis is stil, de kamers leeg…'",
        "'En morgen weer een dag…'",
        "'Wie blijft er als ik ga…'",
    ]
    box = "\n".join(f"- {line}" for line in lines)
    text = _text("Maaike Ouboter zingt over twijfel", BODY, lead, box, MORE)
    assert all(line in kept(text) for line in lines)


def test_a_book_review_listing_chapter_titles_with_ellipses_stays() -> None:
    lead = (
        "De hoofdstukken van het boek dragen elk een onaf zinnetje als titel, een knipoog naar de vergeetachtige "
        "grootvader die de hoofdpersoon is. Ze lezen samen als een gedicht:"
    )
    titles = ["Toen we nog in Deventer woonden…", "Die zomer aan zee…", "Je moeder zei altijd…", "Later, veel later…"]
    box = "\n".join(f"- {title}" for title in titles)
    text = _text("Een roman over vergeten", BODY, lead, box, LONGER)
    assert all(title in kept(text) for title in titles)


# --- dated_cards / aged_cards --------------------------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason="older rule, not site31: pipeline.text.teasers sets aside an article's own 'Het laatste nieuws' section of dated short updates as teaser cards (fails on the code before site31 too); left for a later round",
)
def test_an_articles_own_latest_news_section_with_dated_updates_stays() -> None:
    update_one = "De dijk bij Zalk wordt sinds vanochtend extra bewaakt, meldt het waterschap."
    update_two = "Het water in de IJssel is vannacht opnieuw gestegen, tot ruim vijf meter boven NAP."
    text = _page(
        "Hoogwater in de IJssel: dijken worden bewaakt",
        BODY,
        LONGER,
        "Het laatste nieuws",
        "Extra bewaking bij Zalk",
        "4 maart 2026",
        update_one,
        "Water stijgt verder",
        "3 maart 2026",
        update_two,
    )
    assert update_one in kept(text) and update_two in kept(text)


def test_an_article_closing_with_a_look_back_in_years_stays() -> None:
    one = "De eerste kermis op de Brink trok duizenden bezoekers uit de hele regio."
    two = "Na een brand in de draaimolen werd de kermis een jaar lang afgelast."
    text = _page(
        "Kermis in Dalfsen viert jubileum",
        BODY,
        LONGER,
        "Kermis op de Brink",
        one,
        "50 jaar geleden",
        "Brand in de draaimolen",
        two,
        "20 jaar geleden",
    )
    assert one in kept(text) and two in kept(text)


# --- site_directory ------------------------------------------------------------------------------------------------


def test_an_article_opening_with_parties_and_their_plans_keeps_its_headline_and_text() -> None:
    pairs = [
        "CDA",
        "Wil meer betaalbare woningen voor starters in de kernen.",
        "VVD",
        "Wil de lasten voor ondernemers in het centrum verlagen.",
        "GroenLinks",
        "Wil zonnepanelen op alle daken van scholen en sporthallen.",
        "ChristenUnie",
        "Wil de bibliotheek in elk dorp openhouden.",
    ]
    text = _page("Vier partijen, vier plannen", "Kampen kiest volgende week een nieuwe gemeenteraad.", *pairs, LONGER)
    assert headline(text) == "Vier partijen, vier plannen"
    assert all(p in kept(text) for p in pairs)


def test_an_article_opening_with_organisations_and_what_they_do_stays() -> None:
    pairs = [
        "Voedselbank Zwolle",
        "Deelt elke week pakketten uit aan ruim vierhonderd gezinnen.",
        "Stichting Leergeld",
        "Betaalt schoolspullen en sportclubs voor kinderen.",
        "Humanitas",
        "Helpt bewoners met hun post en hun schulden.",
        "Het Leger des Heils",
        "Biedt daklozen een warme maaltijd en een bed.",
    ]
    text = _page(*pairs, BODY, LONGER)
    assert all(p in kept(text) for p in pairs)


@pytest.mark.xfail(
    strict=True,
    reason="site_directory: a short headline, a one-line lede and four organisations with a one-line description each,"
    " then running text (paragraphs apart), read as a menu of sister sites; its shape is the menu's, left for a later"
    " round (a menu's descriptions are noun phrases, these open with a verb)",
)
def test_an_article_opening_with_organisations_after_a_short_headline_stays() -> None:
    pairs = [
        "Voedselbank Zwolle",
        "Deelt elke week pakketten uit aan ruim vierhonderd gezinnen.",
        "Stichting Leergeld",
        "Betaalt schoolspullen en sportclubs voor kinderen.",
        "Humanitas",
        "Helpt bewoners met hun post en hun schulden.",
        "Het Leger des Heils",
        "Biedt daklozen een warme maaltijd en een bed.",
    ]
    text = _text("Hulp in de stad", "Wie helpt Zwolse gezinnen die rond moeten komen?", *pairs, BODY, LONGER)
    assert headline(text) == "Hulp in de stad"
    assert all(p in kept(text) for p in pairs)


# --- reader_rules: page not loading, maintenance, press-release service --------------------------------------------


def test_an_article_about_a_site_that_is_down_stays() -> None:
    one = "Het lukt niet om de pagina te laden, zeggen gebruikers."
    two = "Momenteel is de website niet bereikbaar door een storing bij de leverancier van de gemeente Zwolle."
    three = "Probeer het later nog eens, adviseert de gemeente inwoners die een afspraak willen maken."
    text = _text("Website gemeente Zwolle al twee dagen uit de lucht", f"{one} {two}", three, LONGER)
    assert one in kept(text) and two in kept(text) and three in kept(text)


def test_a_sentence_opening_with_the_page_failing_to_load_in_a_report_stays() -> None:
    sentence = (
        "Het lukt niet om de pagina te laden sinds de update van dinsdag, en dat kost de webwinkels in de "
        "binnenstad veel klanten."
    )
    text = _text("Storing bij betaalsite treft winkels", BODY, sentence, MORE)
    assert sentence in kept(text)


def test_a_trainers_quote_to_try_again_stays() -> None:
    sentence = "Probeer het opnieuw, riep trainer Jansen na de gemiste strafschop naar zijn spits."
    text = _text("PEC wint nipt van Heracles", BODY, sentence, MORE)
    assert sentence in kept(text)


def test_a_press_release_about_a_distribution_service_stays() -> None:
    sentence = (
        "Gratis je persbericht verspreiden onder vijfhonderd redacties: dat kan vanaf vandaag met de nieuwe dienst "
        "van het Zwolse bedrijf Persplein."
    )
    text = _text("Zwols bedrijf lanceert persdienst", sentence, BODY, MORE)
    assert sentence in kept(text)


# --- interface_rules: edition stamp, tagline, pointer --------------------------------------------------------------


def test_a_sentence_on_a_magazines_issue_stays() -> None:
    sentence = "Uitgave 37 van het blad verschijnt volgende week en is gewijd aan de watersnood van 1953."
    text = _text("Historisch tijdschrift blikt terug op watersnood", BODY, sentence, MORE)
    assert sentence in kept(text)


def test_a_sentence_quoting_a_local_tagline_stays() -> None:
    sentence = "Nieuws uit Kampen en omstreken, dat was het motto van de krant die in 1920 werd opgericht."
    text = _text("Kamper Courant bestaat honderd jaar", BODY, sentence, MORE)
    assert sentence in kept(text)


@pytest.mark.xfail(
    strict=True,
    reason="older rule, not site31: a headline 'Nieuws uit <Plaats> en omgeving' is set aside as a label before the site31 tagline rule too (now as site_name); a roundup's headline and a local site's tagline have one shape; left",
)
def test_a_roundup_headline_naming_a_place_and_surroundings_is_the_headline() -> None:
    text = _text("Nieuws uit Kampen en omgeving", BODY, LONGER, MORE)
    assert headline(text) == "Nieuws uit Kampen en omgeving"


def test_read_on_pointer_to_a_page_in_print_stays() -> None:
    sentence = "Lees verder op pagina 5"
    text = _text(TITLE, BODY, sentence, MORE)
    assert sentence in kept(text) or aside(text)  # a print pointer is site text either way; the article stays
    assert BODY in kept(text) and MORE in kept(text)


# --- inline_chrome: comment counter ---------------------------------------------------------------------------------


def test_an_article_quoting_an_empty_comment_section_stays() -> None:
    sentence = (
        "Onder het bericht van de burgemeester staat nog altijd hetzelfde: er zijn nog geen reacties, wees de eerste!"
    )
    text = _text("Niemand reageert op oproep burgemeester", BODY, sentence, MORE)
    assert sentence in kept(text)
