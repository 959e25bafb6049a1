"""A subscription plea above the article (issue 21): an imperative "subscribe to <outlet>" line is site text,
never the headline — found when the repetition measure (scripts/eval_templates) wrapped the gold articles in
a made-up outlet's template and the rules took its plea for every article's headline."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, joined


def test_a_plea_to_subscribe_to_the_outlet_above_the_title_is_site_text_not_the_headline() -> None:
    for plea in (
        "Abonneer je op het Stadsblad en lees onbeperkt",
        "Abonneer u nu op De Kustbode",
        "Lees onbeperkt met Plus",
    ):
        read = article(joined("Home | Nieuws | Sport", plea, TITLE, BODY, MORE))
        assert read.meta.headline == TITLE, plea
        assert [b.kind for b in read.blocks if b.text == plea] == [K.SITE_TEXT], plea


def test_a_headline_on_subscriptions_stays_the_headline() -> None:
    title = "Steeds meer lezers nemen een abonnement op de krant"
    read = article(joined(title, BODY, MORE))
    assert read.meta.headline == title
