"""Review of stop 38's structure rules (issue 21: article text is never set aside): article text written here in the
shape of each new or narrowed rule, run through the real pass. Each probe that broke a rule is kept as a test beside
the rule's fix; the site text the rule exists for must still go (its own tests: test_structgen38, test_headline38,
test_aside38)."""

from __future__ import annotations

import pytest

from pipeline.text import patterns
from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, aside, headline, joined, kept, kinds, page

# --- shape38_rules.SITE_LINES "repeated": a chant, a refrain or a headline saying its phrase again ----------------

SAID_AGAIN = (
    "Leve de koning leve de koning",  # the crowd on King's Day
    "Nooit meer oorlog nooit meer oorlog",  # a chant at a commemoration
    "Wij willen huizen wij willen huizen",
    "Laat me laat me",  # a refrain
    "Het regent het regent",
    "Sneller sneller sneller",
    "Ja ja ja ja ja ja",  # someone quoted in an interview
)


@pytest.mark.parametrize("line", SAID_AGAIN)
def test_a_phrase_said_again_with_a_space_is_no_repeated_site_line(line: str) -> None:
    assert patterns.site_line_reason(line) is None
    for text in (
        joined(TITLE, BODY, "Op het plein zongen de supporters steeds weer hetzelfde:", line, MORE),
        joined(TITLE, BODY, page("Het refrein gaat zo:", line, "en dan begint het weer van voren af aan"), MORE),
    ):
        assert not aside(text), text
        assert line in kept(text)


def test_a_headline_that_says_its_word_again_stays_the_headline() -> None:
    for title in ("Oefenen oefenen oefenen", "Woningen woningen woningen"):
        text = joined(title, BODY, MORE)
        assert headline(text) == title
        assert not aside(text)


def test_a_phrase_glued_to_its_copy_or_spaced_four_times_over_still_goes() -> None:
    for line in (
        "OPENING JUBILEUMJAAR HEEMKUNDEKRINGOPENING JUBILEUMJAAR HEEMKUNDEKRING",
        "foto: Anatolii Stepanov / AFPfoto: Anatolii Stepanov / AFP",
        "header foto header foto header foto header foto header foto header foto",
        "_" * 60,
    ):
        assert patterns.site_line_reason(line) == "repeated", line


# --- line_kind_rules.BYLINES: a genre's word opening the title is no byline ---------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Interview met burgemeester Jan de Vries over de begroting",
        "Reportage uit een verdeeld dorp aan de Duitse grens",
        "Interview: burgemeester blikt terug op tien jaar Zwolle",
    ],
)
def test_a_title_opening_with_a_genres_word_is_the_headline(title: str) -> None:
    text = joined(title, BODY, MORE)
    assert headline(text) == title
    assert (K.BYLINE, title) not in kinds(text)


def test_a_genres_word_before_the_authors_name_stays_a_byline() -> None:
    for line in (
        "Interview: Anna de Vries",
        "Interview Anna de Vries",
        "Reportage door Jan Smit",
        "Interview: Anna de Vries en Jan Smit",
        "Reportage: Kees Bakker & Jan Smit",
    ):
        assert (K.BYLINE, line) in kinds(joined(TITLE, line, BODY, MORE)), line


# --- title_links.glued_label / title_line._titled_row: a rubric's label glued before a title with the site's name ---


def test_a_rubric_label_before_the_title_and_the_sites_name_after_it_leave_the_headline() -> None:
    # the first line read as a row of cells for its two bars: the label stays in the headline (headline38's
    # convention), the site's name goes — it was a table row, and the text had no headline
    for label, title, site in (
        ("Column", "Waarom ik nooit meer vlieg", "Telegraaf.nl"),
        ("Live F1", "Verstappen pakt pole in Monaco", "NU.nl"),
    ):
        text = joined(f"{label} | {title} | {site}", BODY, MORE)
        assert headline(text) == f"{label} | {title}"
        assert aside(text) == [("site_name", f"| {site}")]


def test_a_clause_before_a_bar_is_no_rubric_label_and_the_row_keeps_its_reading() -> None:
    text = joined("Kabinet valt | Rutte biedt ontslag aan | NU.nl", BODY, MORE)
    assert (K.TABLE, "Kabinet valt | Rutte biedt ontslag aan | NU.nl") in kinds(text)


# --- web_tails.tip_questions / OFFER_QUESTION: the article's offer to the reader -----------------------------------

CONSULTATION = (
    "Wilt u reageren op het plan? Mail dan voor 1 april naar inspraak@zwolle.nl.",
    "Wil je een reactie geven op het bestemmingsplan? Mail dan naar inspraak@zwolle.nl.",
)


def test_a_reaction_to_the_plan_the_article_is_about_stays() -> None:
    # the municipality's consultation: "reageren" asked of the plan, not of the outlet's article — the question and
    # the instruction were both set aside as a tip request
    for offer in CONSULTATION:
        text = joined(TITLE, f"{BODY} {offer}", MORE)
        assert not aside(text), offer
        assert offer in kept(text)


def test_a_reaction_to_the_article_or_to_the_newsroom_still_goes() -> None:
    for request in (
        "Wilt u reageren op dit artikel? Mail dan naar info@stadskrant.nl.",
        "Wilt u reageren? Mail dan naar info@stadskrant.nl.",
        "Wilt u reageren op het plan? Mail dan naar redactie@stadskrant.nl.",
    ):
        text = joined(TITLE, f"{BODY} {request}", MORE)
        assert any(reason == "tip" for reason, _ in aside(text)), request


@pytest.mark.xfail(
    strict=True,
    reason="review38, left: an offer about photos or a club's newsletter ('Wil je zelf ook foto's laten zien op de "
    "expositie? Mail dan naar expo@…') has the words and the shape of an outlet's request for readers' photos or its "
    "newsletter pitch; only the address tells them apart, and OFFER_QUESTION's exclusions are what keep those requests",
)
def test_an_offer_about_photos_or_a_clubs_newsletter_stays() -> None:
    for offer in (
        "Wil je zelf ook foto's laten zien op de expositie? Mail dan naar expo@kunstkring.nl.",
        "Wil je de nieuwsbrief van de imkers ontvangen? Mail dan naar imkers@hattem.nl.",
    ):
        assert not aside(joined(TITLE, f"{BODY} {offer}", MORE)), offer


# --- page_header._doubled_opening (an older rule met by the probes above): a chant said twice on its line ----------


def test_a_chant_said_twice_on_its_line_is_no_author_block() -> None:
    for line in ("Nooit meer oorlog Nooit meer oorlog", "Wij willen huizen Wij willen huizen"):
        text = joined(TITLE, BODY, "Op het plein zongen de demonstranten steeds weer hetzelfde:", line, MORE)
        assert not aside(text), line
        assert line in kept(text)
        assert (K.BYLINE, line.split(" N")[0]) not in kinds(text)
