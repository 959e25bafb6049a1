"""Site text of a web page's closing promos (issue 21, round 4): a long "stay informed?" question, a link
to more stories after a promo's question, a subscription offer in the imperative, a code leftover on its
own line — each on an example written here, next to reporting with similar words that stays."""

from __future__ import annotations

from pipeline.text import patterns, sentence_reasons
from tests.pipeline.text.site_helpers import BODY, aside, kept

TITLE = "Zwembad gaat toch door"


def test_a_long_stay_informed_question_is_a_promo() -> None:
    assert (
        sentence_reasons.site_sentence_reason("Altijd op de hoogte blijven van het nieuws uit jouw eigen gemeente?")
        == "promo"
    )


def test_a_link_to_more_stories_after_a_promos_question_is_a_teaser() -> None:
    closing = "Vond je dit interessant? Lees dan ook eens Tien feiten over zwemmen of De mooiste baden van het land."
    found = aside(f"{TITLE}\n\n{BODY}\n\n{closing}\n")
    assert ("teaser", "Lees dan ook eens Tien feiten over zwemmen of De mooiste baden van het land.") in found
    assert patterns.site_line_reason("Lees dan ook eens Tien feiten over zwemmen.") == "teaser"


def test_a_subscription_offer_in_the_imperative_is_a_promo() -> None:
    closing = "Volg ons via Instagram of Facebook. Of neem een proefabonnement op het weekblad!"
    assert [reason for reason, _ in aside(f"{TITLE}\n\n{BODY}\n\n{closing}\n")] == ["promo"]


def test_reading_or_subscribing_reported_stays() -> None:
    for sentence in (
        "De wethouder neemt een abonnement op het zwembad en leest de plannen nog eens door.",
        "Lezers die een proefabonnement namen, kregen de krant drie weken gratis.",
        "Op de hoogte blijven van alle plannen is voor de bewoners lastig, zeggen ze.",
    ):
        assert sentence in kept(f"{TITLE}\n\n{BODY}\n\n{sentence}\n")


def test_a_code_comments_delimiter_alone_on_a_line_is_markup() -> None:
    assert ("markup", "*/") in aside(f"{TITLE}\n\n{BODY}\n\n*/\n\n{BODY}\n")
    assert patterns.site_line_reason("*/") == "markup" and patterns.site_line_reason("***") is None
