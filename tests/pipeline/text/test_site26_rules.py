"""Site text by shape at a blog-style page's end and a liveblog's top (issue 21): a share row that lost its icons, a
topic box of glued tags, an author box closed by a link to the author's page, a liveblog's welcome — each next to
article text of the same shape that stays. Examples written here."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept
from tests.pipeline.text.site_helpers import LONGER as LONG


def test_a_row_of_the_same_share_button_goes_and_a_sentence_about_sharing_stays() -> None:
    text = joined(TITLE, BODY, LONG, "Delen         Delen")
    assert ("share", "Delen Delen") in aside(text)  # whitespace collapsed
    sentence = "Delen en delen, dat is wat de buurt doet."
    assert not aside(joined(TITLE, BODY, sentence, LONG))


def test_a_topic_box_of_glued_tags_goes_and_a_sentence_opening_with_in_dit_artikel_stays() -> None:
    tags = "In dit artikel BinnenlandZwembadZwolleKees BakkerGemeenteraad"
    assert ("tags", tags) in aside(joined(TITLE, BODY, LONG, tags))
    assert ("tags", "Tags: Zwolle, Zwembad") in aside(joined(TITLE, BODY, LONG, "Tags: Zwolle, Zwembad"))
    sentence = "In dit artikel Lees je hoe het zwembad er komt te zien"  # no glued words, no colon
    assert sentence in kept(joined(TITLE, BODY, sentence, LONG))


def test_an_author_box_closed_by_a_link_to_the_authors_page_the_name_is_the_byline() -> None:
    box = ["Anna de Vries", "Schrijft als verslaggever al twintig jaar over de regio.", "Meer..."]
    blocks = article(joined(TITLE, BODY, LONG, *box)).blocks
    assert [b.text for b in blocks if b.kind is BlockKind.BYLINE] == ["Anna de Vries"]
    set_aside = [b.text for b in blocks if b.kind is BlockKind.SITE_TEXT and b.reason == "author"]
    assert set_aside == box[1:]
    glued = ["Anna de Vries", "Anna de Vries (1980) is journalist. Volg haar op X: https://x.com/annadv Meer..."]
    blocks = article("\n".join([TITLE, "", BODY, "", LONG, "", *glued])).blocks
    assert ("author", glued[1]) in [(b.reason, b.text) for b in blocks if b.kind is BlockKind.SITE_TEXT]


def test_a_closing_list_of_names_without_a_link_to_an_authors_page_stays() -> None:
    text = "\n".join([TITLE, "", BODY, "", LONG, "", "Anna de Vries", "De wethouder van sport en recreatie."])
    assert "De wethouder van sport en recreatie." in kept(text)
    short = "\n".join([TITLE, "", "Het zwembad gaat open.", "", "Anna de Vries", "Zij opent het bad.", "Meer..."])
    assert "Zij opent het bad." in kept(short)  # no article paragraph before it: no box at an article's end


def test_a_liveblogs_welcome_goes_and_news_that_keeps_people_posted_stays() -> None:
    welcome = "Welkom bij het liveblog. We houden je hier op de hoogte van het 112-nieuws uit Overijssel."
    assert [reason for reason, _ in aside(joined(TITLE, welcome, BODY, MORE))] == ["liveblog"]
    news = "De gemeente houdt bewoners via een app op de hoogte van de werkzaamheden."
    assert not aside(joined(TITLE, news, BODY, MORE))


def test_a_title_with_its_section_and_site_after_bars_is_the_headline_not_a_table_row() -> None:
    line = "Nieuwe brug over de IJssel geopend | Binnenland | Dagblad.nl - Dagblad.nl"
    blocks = article(joined(line, BODY, MORE)).blocks
    assert (BlockKind.HEADLINE, TITLE) in [(b.kind, b.text) for b in blocks]
    row = "Ajax | 12 | 30 punten | 41 doelpunten"  # a first line of cells without a site name: no headline
    assert BlockKind.HEADLINE not in [b.kind for b in article(joined(row, BODY, MORE)).blocks]


def test_a_pointer_to_the_outlets_results_page_goes_and_following_a_match_in_the_stadium_stays() -> None:
    pointer = "Volg alle wedstrijden live via het Eredivisie-match center."
    assert [reason for reason, _ in aside(joined(TITLE, BODY, pointer, MORE))] == ["promo"]
    news = "Volg je de wedstrijd in het stadion, dan zie je het scorebord niet."
    assert not aside(joined(TITLE, BODY, news, MORE))


def test_a_rubrics_intro_and_a_pages_status_go_and_news_about_a_rubric_stays() -> None:
    intro = "In de rubriek Sportnieuws besteedt Dagblad aandacht aan het laatste nieuws uit de regio."
    status = "Dit artikel wordt gedurende de dag bijgewerkt."
    found = aside(joined(TITLE, BODY, intro, status, MORE))
    assert ("rubric", intro) in found and ("status", status) in found
    news = "In de rubriek van de krant werd het zwembad vorig jaar nog afgeschreven."
    assert not aside(joined(TITLE, BODY, news, MORE))


def test_a_blogs_fold_goes_and_a_break_in_the_news_stays() -> None:
    fold = "Het bad gaat in 2027 open. Na de breek, de plannen."
    assert ("navigation", "Na de breek, de plannen.") in aside(joined(TITLE, BODY, fold, MORE))
    news = "Na de breuk met de coalitie stemde de partij tegen het plan."
    assert not aside(joined(TITLE, BODY, news, MORE))
