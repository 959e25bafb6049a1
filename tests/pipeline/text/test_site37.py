"""Round site37 (issue 21, blind45/46/49 as development sets): rules by shapes a rule written before any one page
would have named. Each rule with an example written here that it must handle, and article text of the same shape
that must stay."""

from __future__ import annotations

from pipeline.text import patterns
from pipeline.text.sentence_reasons import site_sentence_reason
from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, aside, kept
from tests.pipeline.text.site_helpers import joined as _text

# --- frame_rules.SITE_LINES: an English interface heading, an empty comment box, "you are here", a share prompt --


def test_an_english_box_heading_on_a_dutch_page_is_set_aside() -> None:
    for line in ("Recent posts", "Comments", "Select language:"):
        assert ("interface", line) in aside(_text(TITLE, BODY, LONGER, line, MORE))


def test_a_dutch_section_heading_over_reactions_stays() -> None:
    heading = "Reacties uit de buurt"
    text = _text(TITLE, BODY, heading, LONGER)
    assert heading in kept(text)


def test_an_images_alt_text_naming_a_logo_or_an_image_is_set_aside() -> None:
    for line in ("Gemeente Zwolle logo", "Nieuws afbeelding 12-3-2024"):
        assert patterns.site_line_reason(line) == "interface"


def test_a_heading_about_a_new_logo_stays() -> None:
    heading = "Het nieuwe logo"
    assert heading in kept(_text(TITLE, BODY, heading, LONGER))


def test_an_empty_comment_box_label_is_set_aside() -> None:
    for line in ("Nog geen reacties", "Geen opmerkingen:"):
        assert ("comments", line) in aside(_text(TITLE, BODY, LONGER, line))


def test_a_heading_about_no_reactions_from_someone_stays() -> None:
    heading = "Geen reacties van de gemeente"
    assert patterns.site_line_reason(heading) is None


def test_a_breadcrumb_label_alone_is_set_aside() -> None:
    assert ("navigation", "Je bent hier:") in aside(_text("Je bent hier:", TITLE, BODY, LONGER))


def test_the_header_above_a_breadcrumb_label_over_the_title_is_set_aside() -> None:
    tagline = "Samen bouwen we aan een sterke buurt in Zwolle-Zuid."
    text = _text(tagline, "U bent hier", TITLE, BODY, LONGER)
    assert ("navigation", tagline) in aside(text)
    assert TITLE in kept(text)
    assert tagline in kept(_text(tagline, TITLE, BODY, LONGER))  # without the label: no header known


def test_the_articles_paragraph_above_a_breadcrumb_label_stays() -> None:
    text = _text(TITLE, LONGER, "U bent hier", "Nieuwe brug", BODY, MORE)
    assert LONGER in kept(text)


def test_a_sentence_saying_you_are_here_stays() -> None:
    assert patterns.site_line_reason("Je bent hier welkom, zegt de burgemeester") is None


def test_a_share_prompt_to_the_readers_network_is_set_aside_even_cut_off() -> None:
    for line in ("Deel Het Dorpsblad met je netwerk", "DEEL DIT ARTIKEL MET JE VRI"):
        assert patterns.site_line_reason(line) == "share"


def test_advice_to_share_something_with_neighbours_stays() -> None:
    assert patterns.site_line_reason("Deel de oogst met je buren") is None


# --- frame_rules.SITE_SENTENCES: a login prompt, a sign-up consent clause, an error banner, a copyright notice ----


def test_a_login_prompt_and_its_link_are_set_aside() -> None:
    line = "Heeft u al een abonnement? Log hier in"
    assert ("promo", line) in aside(_text(TITLE, BODY, LONGER, line))


def test_a_question_about_a_subscription_in_the_article_stays() -> None:
    question = "Heeft u al een abonnement op de bibliotheek, vroeg de medewerker aan elke bezoeker?"
    assert site_sentence_reason(question) is None


def test_a_sign_up_forms_consent_clause_cut_off_is_set_aside() -> None:
    assert site_sentence_reason("Door je te registreren ga je akkoord met onze") == "consent"


def test_a_report_of_someone_agreeing_stays() -> None:
    assert site_sentence_reason("Bij het overleg gaat de wethouder akkoord met het plan.") is None


def test_a_web_applications_error_banner_is_set_aside() -> None:
    banner = "An unhandled error has occurred. This application may no longer respond until reloaded. Reload 🗙"
    text = _text(TITLE, BODY, f"{LONGER}\n{banner}")
    assert banner not in kept(text)
    assert LONGER in kept(text)


def test_an_english_sentence_about_an_error_in_the_article_stays() -> None:
    assert site_sentence_reason("An error has occurred in the count of the votes, the council said.") is None


def test_a_notice_that_copyright_forbids_sharing_the_articles_is_set_aside() -> None:
    notice = "*Vanwege auteursrechten is het ons niet toegestaan om deze artikelen te delen."
    assert site_sentence_reason(notice) == "disclaimer"


def test_news_about_a_copyright_dispute_stays() -> None:
    news = "Vanwege de auteursrechten mocht de krant de foto's niet meer tonen, oordeelde de rechter."
    assert site_sentence_reason(news) is None


# --- gate_tails.paywall_tails: the page's boxes under a paywall's gate -----------------------------------------

GATE = "Wil je verder lezen?\nHeeft u al een account? Log hier in"
TITLES = ("Nieuw fietspad langs de Vecht klaar", "Bakkerij sluit na honderd jaar", "Raad praat over de begroting")


def test_the_titles_under_a_paywalls_gate_are_set_aside() -> None:
    blurb = "12 maart 2024De wijkvereniging houdt haar jaarvergadering in het buurthuis en kijkt terug op ..."
    text = _text(TITLE, BODY, LONGER, GATE, *TITLES, blurb)
    found = aside(text)
    assert all(("story_list", title) in found for title in TITLES)
    assert ("story_list", blurb) in found
    assert LONGER in kept(text)


def test_the_article_going_on_under_a_gate_stays() -> None:
    going_on = f"{LONGER} {MORE} Daarna volgt nog een inspraakavond voor alle bewoners van de wijk."
    text = _text(TITLE, BODY, LONGER, GATE, TITLES[0], going_on)
    assert going_on in kept(text)
    assert TITLES[0] in kept(text)


def test_a_short_paragraph_of_the_article_under_a_login_notice_stays() -> None:
    text = _text(TITLE, BODY, LONGER, GATE, MORE)
    assert MORE in kept(text)


# --- gate_tails.box_blurbs: a card's blurb kept between the cards of a closing box of other stories --------------

BLURB = "De markt op het plein trok zaterdag ruim duizend bezoekers. Kramen met kaas en vis stonden tot aan de kerk."
CARDS = ("brand schuur.png", "Brand in schuur aan de Dijk", "De brandweer rukte uit voor een brand.", "kermis.png")


def test_a_cards_blurb_between_the_cards_of_a_closing_box_is_set_aside() -> None:
    text = _text(TITLE, BODY, LONGER, MORE, "Lees ook", "markt.jpg", "Drukte op de markt", BLURB, *CARDS, "Kermis")
    assert ("teaser", BLURB) in aside(text)
    assert MORE in kept(text)


def test_the_articles_paragraph_under_a_read_also_pointer_stays() -> None:
    text = _text(TITLE, BODY, "Lees ook", "Drukte op de weekmarkt", BLURB, LONGER, MORE)
    assert BLURB in kept(text)


def test_the_articles_last_paragraph_between_a_pointer_and_the_share_bar_stays() -> None:
    last = "Ook andere bouwbedrijven in de regio gingen failliet. De bond spreekt van een zwarte maand."
    pointer = "Lees ook\nBouwsector in zwaar weer"
    box = "Meer uit Economie\nWerkloosheid daalt voor derde maand op rij\nDe werkloosheid daalt, meldt het CBS."
    text = _text(TITLE, BODY, LONGER, pointer, last, "Deel dit artikel", box)
    assert last in kept(text)
