"""Site text by shape (issue 21, helper site27e): the outlet's gratitude closing a request to report an error, next
to article text of the same shape that stays. Examples written here."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, TITLE, aside, joined, kept


def test_gratitude_after_an_error_request_goes_with_it() -> None:
    for closing in (
        "Foutje gezien? Mail ons. Wij zijn je dankbaar.",
        "Typfout gevonden? Mail ons. We zijn u er erg dankbaar voor.",
    ):
        found = aside(joined(TITLE, BODY, closing))
        assert "".join(text for _, text in found).replace(" ", "") == closing.replace(" ", ""), found


def test_gratitude_in_the_news_stays() -> None:
    for line in (
        "De familie kreeg veel steun uit het dorp. Wij zijn jullie dankbaar, zegt de moeder.",
        "Het dorp hielp met zoeken. We zijn iedereen dankbaar.",
        "Wie iets zag, kan bellen met de politie. We zijn u dankbaar, zegt de agent.",
    ):
        text = joined(TITLE, BODY, line)
        assert not aside(text), aside(text)
        assert line in kept(text)
