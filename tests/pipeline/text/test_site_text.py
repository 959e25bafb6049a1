"""Site text found by its shape (issue 21): each rule on an example written for it, the article
text around it kept, and everything set aside listed with the rule's reason."""

from __future__ import annotations

import pytest

from pipeline.document import BlockKind
from pipeline.text import glued_labels, patterns, sentence_reasons
from pipeline.text.spans import site_spans
from tests.pipeline.text.site_helpers import BODY as RUNNING
from tests.pipeline.text.site_helpers import K, article
from tests.pipeline.text.site_helpers import aside as set_aside


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Bekijk de volledige stand", "link"),  # a link to a standings table
        ("Alle uitslagen en het programma", "link"),
        ("Check de opstellingen", "link"),
        ("Uitslagen en programma", "navigation"),  # a table's own name
        ("Read more", "link"),  # "read more" in English, French, German
        ("Lire la suite", "link"),
        ("Show all comments", "interface"),  # an interface line in English
        ("Top stories", "interface"),
    ],
)
def test_short_link_and_interface_lines_are_site_text(line: str, reason: str) -> None:
    assert patterns.site_line_reason(line) == reason
    assert (reason, line) in set_aside(f"Zwembad komt er\n\n{RUNNING}\n\n{line}\n")


@pytest.mark.parametrize(
    "line",
    [
        "Bekijk de stand van zaken in de onderhandelingen",  # no link target: a subheading
        "Programma van de coalitie",
        "Make America Great Again",  # English, but not an interface's words
        "Live and let die",
    ],
)
def test_lines_that_only_look_like_links_stay_article_text(line: str) -> None:
    assert patterns.site_line_reason(line) is None


@pytest.mark.parametrize(
    "line",
    ["5 min geleden", "een uur geleden", "2h ago", "zojuist", "Omroep Noord · 12 min geleden", "just now"],
)
def test_relative_times_are_datelines(line: str) -> None:
    assert patterns.is_dateline(line)


@pytest.mark.parametrize(
    "sentence, reason",
    [
        ("Al het nieuws over de verkiezingen lees je op onze speciale pagina.", "promo"),
        ("Volg alles over de storm in ons liveblog.", "promo"),
        ("Dit artikel verscheen eerder in de zaterdageditie van de krant.", "print"),
        ("Dit interview stond ook in het weekendmagazine.", "print"),
        ("Weet jij meer over de brand in de Kerkstraat?", "tip"),
        ("Mail je tip naar tips@voorbeeldkrant.nl.", "tip"),
        ("Tips?", "tip"),
        ("Videospeler inladen...", "video"),
        ("Volg de redactie sport ook op Instagram", "promo"),
        ("Download de Krant van Noord-app", "app"),
        ("Elke zaterdag de beste verhalen van de week in je mailbox.", "newsletter"),
        ("Ontvang het nieuws uit de regio gratis in uw inbox", "newsletter"),
    ],
)
def test_notices_promos_and_tip_requests_are_site_sentences(sentence: str, reason: str) -> None:
    assert sentence_reasons.site_sentence_reason(sentence) == reason or patterns.site_line_reason(sentence) == reason


def test_a_tip_request_glued_to_the_last_paragraph_is_cut_off_and_listed() -> None:
    text = f"Zwembad komt er\n\n{RUNNING} Weet jij meer over het zwembad? Mail naar tips@voorbeeldkrant.nl.\n"
    found = set_aside(text)
    assert found == [("tip", "Weet jij meer over het zwembad? Mail naar tips@voorbeeldkrant.nl.")]
    body = [b.text for b in article(text).blocks if b.kind is K.LEDE]
    assert body == [RUNNING]


@pytest.mark.parametrize(
    "sentence",
    [
        "Weet jij hoe laat het is, vroeg de rechter aan de getuige.",  # no question to the reader
        "Alles over de nieuwe regels staat in het regeerakkoord.",
        "Het artikel in de Grondwet verscheen in 1848 voor het eerst.",
    ],
)
def test_sentences_like_notices_stay_article_text(sentence: str) -> None:
    assert sentence_reasons.site_sentence_reason(sentence) is None


def test_a_kicker_in_capitals_does_not_lose_the_headline() -> None:
    text = f"SPORT. Zwolle krijgt een nieuw zwembad met wedstrijdbad\n\n{RUNNING}\n"
    assert article(text).meta.headline == "SPORT. Zwolle krijgt een nieuw zwembad met wedstrijdbad"


def test_a_teaser_label_with_a_full_stop_makes_its_line_a_teaser() -> None:
    text = f"Zwembad komt er\n\n{RUNNING}\n\nLEES OOK. Ook Deventer wil een nieuw zwembad: 'Het oude is op'\n"
    assert set_aside(text) == [("teaser", "LEES OOK. Ook Deventer wil een nieuw zwembad: 'Het oude is op'")]


def test_a_section_label_glued_to_the_text_is_split_off_and_listed() -> None:
    text = f"Zwembad komt er\n\nLiveblogDe gemeenteraad stemt vanavond over het zwembad.\n\n{RUNNING}\n"
    blocks = article(text).blocks
    assert ("label", "Liveblog") in [(b.reason, b.text) for b in blocks if b.kind is K.SITE_TEXT]
    assert any(b.text == "De gemeenteraad stemt vanavond over het zwembad." for b in blocks)


@pytest.mark.parametrize("word", ["GroenLinks", "McDonald's", "YouTube", "PostNL"])
def test_words_with_inner_capitals_are_not_glued_labels(word: str) -> None:
    assert glued_labels.glued_label(f"{word} zegt dat het plan niet deugt.") is None


# -- a page collapsed onto one line (the scraper lost its line breaks) --------------------------

MENU = "Home Nieuws Sport Regio Economie Politiek Cultuur Media Weer Verkeer Zoeken Inloggen Nieuws > Regio > Noord"
STORIES = "09:58 Brand in loods Kampen 09:41 Nieuwe burgemeester voor Urk 09:12 Files rond Zwolle na ongeluk"


def test_a_collapsed_menu_a_story_list_and_a_share_prompt_are_cut_out_of_the_line() -> None:
    title = "Zwolle krijgt een nieuw zwembad"
    text = f"{title} | Regio {MENU} {title} Delen via: {RUNNING} Lees verder {STORIES} {MENU}\n"
    reasons = {reason for reason, _ in set_aside(text)}
    assert {"navigation", "share"} <= reasons  # the story list and the menu after it merge into one span
    kept = [b.text for b in article(text).blocks if b.kind is not K.SITE_TEXT]
    assert kept == [title, RUNNING]
    assert article(text).meta.headline == title


def test_a_story_card_glued_into_the_body_is_cut_out() -> None:
    text = f"Zwembad komt er\n\nRadio Noord Zwembad Zwolle sluit de deuren di 3 mei 14:05 {RUNNING}\n"
    assert set_aside(text) == [("teaser", "Radio Noord Zwembad Zwolle sluit de deuren di 3 mei 14:05")]


def test_a_brand_after_the_last_sentence_is_set_aside() -> None:
    text = f"Zwembad komt er\n\n{RUNNING} Radio Noord\n"
    assert set_aside(text) == [("site_name", "Radio Noord")]


def test_a_collapsed_liveblog_is_not_a_story_list() -> None:
    """Entries of more than one sentence after their times are running text, not teasers."""
    text = (
        "21:30 De brandweer is ter plaatse. Er is niemand gewond geraakt. "
        "21:05 De politie zet de straat af. Omwonenden moeten binnen blijven. "
        "20:40 Er is een melding van rook. De brandweer rukt uit met twee wagens."
    )
    assert not [s for s in site_spans(text) if s[2] == "teaser"]


def test_a_list_of_names_in_a_sentence_is_not_a_menu() -> None:
    text = (
        "Aan tafel zaten Jan Jansen, Piet de Vries, Marie Bakker, Kees van Dam, Anna Smit, "
        "Ali Yilmaz, Eva de Boer en Tom Visser van De Partij Voor Noord Nederland Samen."
    )
    assert site_spans(text) == []


def test_keep_all_translates_what_the_span_rules_set_aside() -> None:
    text = (
        f"Zwolle krijgt een zwembad | Regio {MENU} Zwolle krijgt een zwembad Delen via: {RUNNING} Lees verder {STORIES}"
    )
    kept = article(text + "\n", keep_all=True)
    assert not [b for b in kept.blocks if b.kind is K.SITE_TEXT]
    assert "Inloggen" in " ".join(b.text for b in kept.blocks)


# -- one rule table for every input format (issue 18) -------------------------------------------


@pytest.mark.parametrize(
    "line, kind, reason",
    [
        # a credit alone, in a page as in a .txt: set aside (conventions37; it was a caption, translated)
        ("Foto: Jan Jansen", K.SITE_TEXT, "credit"),
        ("Lees ook: Ook Deventer wil een zwembad", K.SITE_TEXT, "teaser"),
        ("Volg de redactie sport ook op Instagram", K.SITE_TEXT, "promo"),
        ("Bekijk de volledige stand", K.SITE_TEXT, "link"),
    ],
)
def test_a_page_and_a_text_file_read_a_line_the_same_way(line: str, kind: BlockKind, reason: str | None) -> None:
    from lxml import etree

    from pipeline.web.extract import blocks_from_xml

    doc = etree.fromstring(f"<doc><main><p>{RUNNING}</p><p>{line}</p></main></doc>".encode())
    from_page = [(b.kind, b.reason) for b in blocks_from_xml(doc, None, "") if b.text == line]
    from_text = [
        (b.kind, b.reason) for b in article(f"Zwembad komt er\n\n{RUNNING}\n\n{line}\n").blocks if b.text == line
    ]
    assert from_page == from_text == [(kind, reason)]


# -- shapes found in the held-out real texts (second round) ----------------------------------------


def test_a_medium_name_standing_for_an_embed_is_cut_out_between_sentences() -> None:
    text = f"Zwembad komt er\n\nDe raad is eruit. Video {RUNNING} Social Tweet\n"
    assert set_aside(text) == [("embed", "Video"), ("embed", "Social Tweet")]


@pytest.mark.parametrize(
    "sentence",
    [
        "De scheidsrechter keek naar de Video Assistant Referee.",  # after a function word: part of the sentence
        "De zaak kwam bij Social Deal terecht.",  # a company name after a preposition
        "Ze plaatste een video op haar kanaal.",  # not capitalised
    ],
)
def test_a_medium_name_inside_a_sentence_stays(sentence: str) -> None:
    assert [s for s in site_spans(f"{RUNNING} {sentence}") if s[2] == "embed"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Het bericht Zwembad Zwolle gaat open verscheen eerst op Streekomroep Noord.",
        "The post Zwembad Zwolle appeared first on Streekomroep Noord.",
        "Klik hier voor de uitslag van de peiling.",
        "KLIK HIERRR voor de peiling.",
    ],
)
def test_syndication_notices_and_click_here_links_are_site_sentences(sentence: str) -> None:
    assert sentence_reasons.site_sentence_reason(sentence) in ("syndication", "link")


def test_a_link_fragment_glued_to_the_next_sentence_is_cut_out() -> None:
    text = f"Zwembad komt er\n\nDe raad stemde in. Alle besluiten staan hier {RUNNING}\n"
    assert set_aside(text) == [("link", "Alle besluiten staan hier")]
    assert patterns.site_line_reason("De uitslagen vind je via deze link") == "link"


def test_a_sentence_saying_where_something_is_stays() -> None:
    """ "staan hier" inside a finished sentence, or with lower case after it, is the article's."""
    text = "De fietsen staan hier al jaren voor de deur van het stadhuis. Niemand klaagt."
    assert site_spans(text) == []


def test_a_share_prompt_quoting_the_headline_is_one_piece_of_site_text() -> None:
    line = "Deel: 'SPORT. Zwolle krijgt een nieuw zwembad'"
    assert patterns.site_line_reason(line) == "share"


def test_a_mailbox_inside_a_sentence_of_news_stays() -> None:
    assert sentence_reasons.site_sentence_reason("De fraudeurs stuurden valse facturen naar bedrijven.") is None
    assert sentence_reasons.site_sentence_reason("Hij vond de brief pas weken later in zijn mailbox.") is None


def test_a_line_introducing_a_video_shown_in_place_is_the_articles() -> None:
    assert patterns.site_line_reason("Bekijk hier hoe het water over de kade sloeg") is None
    assert patterns.site_line_reason("Bekijk hier de volledige uitslag") == "teaser"


def test_a_warning_to_look_out_is_the_articles_not_a_link() -> None:
    """ "Kijk hier goed uit" is the verb uitkijken (a warning in a local story), not "kijk hier" pointing at a link."""
    assert patterns.site_line_reason("Kijk hier goed uit, want de oversteek is gevaarlijk.") is None
    assert patterns.site_line_reason("Kijk ook uit voor gladheid op bruggen en viaducten.") is None
    assert patterns.site_line_reason("Kijk hier voor alle uitslagen van de avond") == "teaser"
    assert patterns.site_line_reason("Lees meer uit de regio") == "teaser"
