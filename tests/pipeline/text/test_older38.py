"""Older rules than stop 38 met by review38's probes (issue 21: article text is never set aside): each probe and
look-alikes of it run through the real pass, beside the site text the narrowed rule exists for, which still goes."""

from __future__ import annotations

import pytest

from pipeline.text import patterns
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, headline, joined, kept, kinds, page

# --- page_edges.tail_lines / tail_kept: a sentence closing the text without its full stop ------------------------

SAID_LINES = (
    "Aanmelden kan bij de imkerij",
    "Toegang is gratis",
    "Iedereen is van harte welkom",
    "De toegang is voor iedereen gratis",
)


@pytest.mark.parametrize("line", SAID_LINES)
def test_a_closing_sentence_without_its_full_stop_stays(line: str) -> None:
    text = joined(TITLE, BODY, MORE, line)
    assert not aside(text), line
    assert line in kept(text)


def test_a_songs_lines_under_the_paragraph_announcing_them_stay() -> None:
    # the line right under the colon was kept, the verse's later lines went as the page's tail
    intro = "Het refrein van het lied gaat als volgt:"
    for text in (
        joined(TITLE, BODY, intro, page("Laat me gaan", "Laat me laat me")),
        joined(TITLE, BODY, page(intro, "Laat me gaan", "Laat me laat me")),
    ):
        assert not aside(text), text
        assert "Laat me laat me" in kept(text)


@pytest.mark.xfail(
    strict=True,
    reason="older38, left: a song's last line under a paragraph that announces nothing with a colon ('Laat me gaan' / "
    "'Laat me laat me' after running text) has the shape of the page's closing labels ('Gerelateerd', 'Sponsoren')",
)
def test_a_songs_last_lines_without_an_announcing_colon_stay() -> None:
    assert not aside(joined(TITLE, BODY, MORE, page("Laat me gaan", "Laat me laat me")))


def test_the_pages_closing_labels_still_go() -> None:
    for line in ("Gerelateerd", "Sponsoren", "Hertenkamp Lochem kan ver", "Reacties zijn gesloten", "Bericht delen"):
        text = joined(TITLE, BODY, MORE, line)
        assert aside(text), line


# --- offer_questions.SERVICE_QUESTION: the article's service line about what it reports ------------------------------

SERVICE_LINES = (
    "Heb je vragen over de regeling? Mail dan naar info@zwolle.nl.",
    "Heeft u vragen over de werkzaamheden? Mail dan naar wegen@provincie.nl.",
    "Heb je nog vragen over het plan? Bel dan 14038.",
)


@pytest.mark.parametrize("line", SERVICE_LINES)
def test_the_articles_service_line_stays(line: str) -> None:
    # in the paragraph (web_tails.tip_questions) or as the closing paragraph (print_edges.contact_notes)
    for text in (joined(TITLE, f"{BODY} {line}", MORE), joined(TITLE, BODY, MORE, line)):
        assert not aside(text), text
        assert line in kept(text)


def test_the_outlets_contact_line_still_goes() -> None:
    for line in (
        "Heb je vragen over je abonnement? Mail dan naar service@stadskrant.nl.",
        "Heb je vragen over dit artikel? Mail dan naar info@stadskrant.nl.",
        "Heb je vragen? Mail dan naar info@stadskrant.nl.",
        "Heb je vragen over de app? Mail dan naar app@stadskrant.nl.",
        "Heb je vragen over de regeling? Mail dan naar redactie@stadskrant.nl.",
    ):
        for text in (joined(TITLE, f"{BODY} {line}", MORE), joined(TITLE, BODY, MORE, line)):
            assert any(reason == "tip" for reason, _ in aside(text)), text


def test_a_reaction_to_the_plan_closing_the_text_stays() -> None:
    # review38's consultation as a paragraph of its own: contact_notes took it whole
    offer = "Wilt u reageren op het plan? Mail dan voor 1 april naar inspraak@zwolle.nl."
    assert not aside(joined(TITLE, BODY, MORE, offer))


# --- site_rules navigation / title_line._titled_row: section labels glued before the title --------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Sport | Voetbal | Ajax wint van PSV",
        "Sport | Voetbal | Ajax wint van PSV in de Klassieker",
        "Nieuws | Binnenland | Kabinet valt over stikstof",
    ],
)
def test_a_title_with_two_section_labels_before_it_is_the_headline(title: str) -> None:
    text = joined(title, BODY, MORE)
    assert headline(text) == title
    assert not aside(text)


def test_a_title_with_section_labels_and_the_sites_name_keeps_the_labels() -> None:
    text = joined("Sport | Voetbal | Ajax wint van PSV | NU.nl", BODY, MORE)
    assert headline(text) == "Sport | Voetbal | Ajax wint van PSV"
    assert aside(text) == [("site_name", "| NU.nl")]


def test_menus_and_breadcrumbs_still_go() -> None:
    for line in (
        "Sport | Voetbal | Wielrennen",
        "Home | Nieuws | Uitzending gemist | Over ons",
        "Home › Actueel › Het weer van vandaag",
        "Home | Nieuws | Ajax wint van PSV",
        "Nieuws › Sport",
    ):
        assert patterns.site_line_reason(line) == "navigation", line


def test_a_clause_before_a_bar_and_a_tables_header_keep_their_reading() -> None:
    assert (K.TABLE, "Kabinet valt | Rutte biedt ontslag aan | NU.nl") in kinds(
        joined("Kabinet valt | Rutte biedt ontslag aan | NU.nl", BODY, MORE)
    )
    assert headline(joined("Ploeg | Gespeeld | Punten", BODY, MORE)) is None


# --- line_groups.doubled_caption: a one-sentence intro printed twice as its own chunk under the title ----------------


@pytest.mark.xfail(
    strict=True,
    reason="older38, left: a one-sentence intro printed twice in a chunk of its own under the title has the shape of "
    "site44's photo caption printed over its alt text (test_site44_rules: 'Wethouder Kees Bakker opent de nieuwe brug "
    "over de IJssel.' twice → caption, copy aside); the first copy stays as a caption (its words kept, not the lede), "
    "the second is set aside as the convention asks; repeat38's paragraph copies keep one-sentence copies",
)
def test_a_one_sentence_intro_printed_twice_is_the_lede_and_its_copy() -> None:
    intro = "Het nieuwe zwembad in Zwolle gaat in 2027 open."
    text = joined(TITLE, page(intro, intro), BODY, MORE)
    assert (K.LEDE, intro) in kinds(text)
    assert aside(text) == [("repeated", intro)]


def test_a_one_sentence_intro_printed_twice_keeps_its_words() -> None:
    intro = "Het nieuwe zwembad in Zwolle gaat in 2027 open."
    text = joined(TITLE, page(intro, intro), BODY, MORE)
    assert intro in kept(text)
    assert aside(text) == [("repeated", intro)]
