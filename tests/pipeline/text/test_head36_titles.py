"""The article text a rule set aside on structure_blind26, and the headlines it missed (issue 21, helper head36):
examples written here, next to site text of the same shape that stays set aside."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, K, aside, headline, joined, kept, kinds


def test_a_sentences_first_word_cut_off_by_a_page_break_stays_article_text() -> None:
    # "… de Middensluis. In": a print page's break cut the sentence after its first word (a function word); no
    # name of a brand ends in one
    text = joined(TITLE, BODY, f"{LONGER} In", "het midden ligt de oude sluis, die volgend jaar dichtgaat.", LONGER)
    assert aside(text) == []
    assert f"{LONGER} In" in kept(text)
    # a brand's name after the last sentence stays set aside
    assert ("site_name", "Radio Zwolle") in aside(joined(TITLE, BODY, f"{LONGER} Radio Zwolle", LONGER))


def test_a_line_closed_by_a_photo_agencys_name_in_brackets_above_the_title_is_a_caption() -> None:
    caption = "Burgemeester Jan de Vries bij de nieuwe brug (Photo News)"
    assert headline(joined(caption, TITLE, "Piet Jansen", BODY, LONGER)) == TITLE
    assert (K.CAPTION, caption) in kinds(joined(caption, TITLE, BODY, LONGER))
    # a wire's credit after the last sentence of a paragraph keeps the paragraph running text
    assert (K.CAPTION, f"{BODY} (Belga)") not in kinds(joined(TITLE, f"{BODY} (Belga)", LONGER))


def test_the_authors_name_and_roles_under_the_byline_are_no_headline() -> None:
    # an author's box: the name of the line above it, a comma and the author's roles
    box = "Piet Jansen, Chefredacteur Zwolse Courant| Sportverslaggever| Zwollenaar"
    assert headline(joined("Door", "Piet Jansen", box, TITLE, BODY, LONGER)) == TITLE
    # a title opening with a name and a comma, no byline naming that person above: the title
    title = "Piet Jansen, de man achter de nieuwe brug"
    assert headline(joined("Door", "Kees Bakker", title, BODY, LONGER)) == title
    # over its deck, below a photo's credit naming that person: the title
    deck = "Fietsers en voetgangers kunnen vanaf maandag de rivier over"
    assert headline(joined("Foto: Piet Jansen", title, deck, BODY, LONGER)) == title


def test_a_sliders_lines_shown_twice_above_the_title_are_no_headline() -> None:
    welcome, slogan = "Welkom bij Omroep Zwolle!", "Omroep Zwolle is de lokale omroep van Zwolle..."
    assert headline(joined(welcome, slogan, welcome, slogan, TITLE, BODY, LONGER)) == TITLE
    # a line opening with an ellipsis in lower case continues the line above: no title
    assert headline(joined(welcome, slogan, welcome, slogan, "...en ook jouw omroep!", TITLE, BODY, LONGER)) == TITLE
    # the title shown twice (a breadcrumb's copy above it, no run of lines repeated): the title
    assert headline(joined("Nieuws", TITLE, "Sport", TITLE, BODY, LONGER)) == TITLE


def test_a_title_glued_to_the_datelined_text_under_a_date_with_short_lines_below_is_the_headline() -> None:
    # the whole text on one line, its title glued to the dateline; a date above, a share bar's lines below
    flat = f"Nieuwe brug geopend in Zwolle ZWOLLE - {BODY} {LONGER}"
    bar = ("Vertel een vriend | Reageer op dit artikel", "Reacties:")
    assert headline(joined("maandag 19 december 2016", flat, *bar)) == "Nieuwe brug geopend in Zwolle"
    # a heading above the text: the title, and the text stays whole
    assert headline(joined(TITLE, flat, *bar)) == TITLE
    assert (K.LEDE, flat) in kinds(joined(TITLE, flat, *bar))
    # a second paragraph of running text below: no text on one line, nothing cut
    assert headline(joined("maandag 19 december 2016", flat, LONGER, *bar)) is None


def test_a_title_below_the_intro_over_a_day_and_a_month_is_the_headline() -> None:
    intro = (
        "De gemeente Zwolle opent vanaf dit najaar een nieuwe brug over de IJssel. Hiertoe heeft zij onlangs een "
        "overeenkomst getekend met een aannemer uit Kampen."
    )
    title = "Zwolle opent nieuwe brug over de IJssel"
    assert headline(joined(intro, title, "25\nmrt")) == title
    assert headline(joined(intro, title, "3 september")) == title
    # a heading below it naming something else (another story's card) is no title
    assert headline(joined(intro, "Kampen kiest een andere burgemeester", "25\nmrt")) is None


def test_a_title_and_its_deck_or_byline_shown_twice_over_the_text_keep_the_title() -> None:
    # a page's header stored twice (no heading of its own below the copies): the title stays the headline
    assert headline(joined("Nieuws", TITLE, "Nieuws", TITLE, BODY, LONGER)) == TITLE
    assert headline(joined(TITLE, "Door Piet Jansen", TITLE, "Door Piet Jansen", BODY, LONGER)) == TITLE
