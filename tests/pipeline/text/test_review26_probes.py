"""Review probes (review26) of the lead's issue-21 rules (4e9881f, c412369, 24eaf00): a round-up's opening frame
(roundup.py), the author box (web_edges.author_bios), a liveblog's welcome (page_voice_rules.READER_SENTENCES), the title
of a text flattened onto one line (flat_title.py) and a title quoting two sentences (then title_rules.QUOTED_TITLE,
since the read-through opening_titles._two_part_title). Each test states what a reader needs: no article text set aside,
the headline found whole. Each failed on those commits and passes since fix26. Texts written for these probes."""

from __future__ import annotations

import pytest

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, headline, joined, kept
from tests.pipeline.text.site_helpers import LONGER as LONG
from tests.pipeline.text.site_helpers import kinds as blocks

K = BlockKind
FLAT = (  # the running text of a one-line text (a scraper replaced its newlines by spaces), 70 words
    "De gemeenteraad stemde dinsdagavond in met het plan voor een nieuw zwembad. Wethouder Kees Bakker noemde het "
    "besluit een opluchting voor de verenigingen, die al jaren uitwijken naar de buurgemeenten. Het oude bad sluit "
    "volgend jaar de deuren. De bouw begint in het voorjaar en moet twee jaar duren. De oppositie vindt het plan te "
    "duur en stemde tegen, maar de coalitie heeft een ruime meerderheid in de raad en zette het besluit door."
)


# -- the round-up's opening frame (roundup.py, page_rules.ROUNDUP_NEWS) ------------------------------------------


def test_a_one_sentence_verdict_on_the_news_opening_or_closing_an_article_stays() -> None:
    verdict = "Dit is het beste nieuws voor Zwolle in jaren."
    for text in (joined(TITLE, verdict, BODY, MORE), joined(TITLE, BODY, MORE, verdict)):
        assert not aside(text)
        assert verdict in kept(text)


# -- the closing author box (web_edges.author_bios) ------------------------------------------------------------


def test_a_closing_vox_pop_under_a_name_before_a_read_more_link_stays() -> None:
    voice = "Zij zwemt al veertig jaar in het oude bad en vindt het besluit een opluchting. 'Eindelijk.'"
    for link in ("Lees meer", "Meer..."):
        text = "\n".join([TITLE, "", BODY, "", LONG, "", "Anna de Vries", voice, link])
        assert voice in kept(text), link
        assert K.BYLINE not in [kind for kind, _ in blocks(text)], link  # she is quoted, she did not write it


def test_a_portraits_last_line_answered_with_meer_stays() -> None:
    last = "Wat hij van het nieuwe bad verwacht? Meer…"
    text = "\n".join([TITLE, "", LONG, "", "Kees Bakker", "Hij zwemt er elke ochtend om zeven uur.", last])
    assert last in kept(text)
    assert "Hij zwemt er elke ochtend om zeven uur." in kept(text)


# -- the topic box (title_rules.SITE_LINES "tags") ----------------------------------------------------------------


def test_an_agenda_line_inside_the_article_is_not_a_topic_box() -> None:
    agenda = "Onderwerpen: Begroting 2026, het zwembad en de nieuwe brug"
    text = joined(TITLE, BODY, "De raad vergadert donderdag voor het laatst voor het zomerreces.", agenda, LONG)
    assert agenda in kept(text)


# -- a liveblog's welcome (page_voice_rules.READER_SENTENCES "liveblog") ---------------------------------------------


def test_a_promise_to_keep_people_posted_that_the_article_reports_stays() -> None:
    promise = "Wij houden u hier op de hoogte, belooft de gemeente op haar website."
    text = joined(TITLE, BODY, promise, MORE)
    assert not aside(text)
    assert promise in kept(text)


def test_the_news_in_a_liveblogs_welcome_sentence_is_kept() -> None:
    welcome = "Welkom bij het liveblog over de brand in Dalfsen, waar vannacht honderd koeien omkwamen."
    assert "honderd koeien omkwamen" in kept(joined(TITLE, welcome, BODY, MORE))


# -- a text flattened onto one line (flat_title.py, scrape_rules.FLAT_DATELINE) ---------------------------------


def test_a_flat_title_ending_in_a_place_name_keeps_it() -> None:
    assert headline(f"Brand verwoest boerderij in Dalfsen DALFSEN - {FLAT}") == "Brand verwoest boerderij in Dalfsen"
    assert headline(f"Nieuw zwembad voor Zwolle ZWOLLE - {FLAT}") == "Nieuw zwembad voor Zwolle"


@pytest.mark.parametrize("title", ["Wethouder: nieuw zwembad komt er", "Ruim 2.000 zwemmers tekenen petitie"])
def test_a_flat_title_with_a_colon_or_a_thousands_point_is_found(title: str) -> None:
    assert headline(f"{title} ZWOLLE - {FLAT}") == title


def test_a_flat_title_holding_a_dash_is_cut_at_the_dateline_after_it() -> None:
    title = "Topper Ajax - PSV eindigt in gelijkspel"
    assert headline(f"{title} AMSTERDAM - {FLAT}") == title


def test_a_route_with_a_dash_in_an_untitled_flat_text_is_not_a_dateline() -> None:
    lede = "Op het traject Zwolle - Meppel rijden tot en met zondag geen treinen."
    found = blocks(f"{lede} {FLAT}")
    assert K.HEADLINE not in [kind for kind, _ in found]
    assert " ".join(text for _, text in found).startswith(lede)


def test_a_route_with_a_dash_after_a_flat_title_is_not_a_dateline() -> None:
    title = "Geen treinen tussen Zwolle en Meppel"
    assert headline(f"{title} Op het traject Zwolle - Meppel rijden tot en met zondag geen treinen. {FLAT}") != (
        f"{title} Op het traject"
    )


def test_a_ledes_phrase_the_text_repeats_is_not_a_caption() -> None:
    lede = "De gemeente sloopt volgend jaar het zwembad aan de Stationsweg in Zwolle."
    later = (
        "Honderden zwemmers protesteerden vorige maand tegen de sluiting van het zwembad aan de Stationsweg in Zwolle."
    )
    found = blocks(f"{lede} {FLAT} {later}")
    assert K.CAPTION not in [kind for kind, _ in found]
    assert K.HEADLINE not in [kind for kind, _ in found]
    assert " ".join(text for _, text in found).startswith(lede)


# -- a title quoting two sentences (opening_titles._two_part_title) ----------------------------------------------------


def test_an_untitled_texts_opening_sentence_quoting_two_questions_is_not_a_headline() -> None:
    opening = "Een buurtbewoner vraagt zich af: ‘Waarom hier? En waarom nu?’"
    found = blocks(joined(opening, BODY, MORE))
    assert (K.HEADLINE, opening) not in found
