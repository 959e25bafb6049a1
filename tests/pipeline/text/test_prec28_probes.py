"""Precision audit prec28 (issue 21: "article text wrongly set aside stays 0 on every set"): every block the
structure pass set aside in 1,144 all-article texts (stories dev, dev5, blind3, blind6, blind7) was read
with its article, and the headlines of those articles checked. Each probe is one wrong set-aside (or one wrong
headline), in a shape written here (not the article's text); each failed on the code before its fix."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, headline, joined, kept


def test_a_watch_live_title_above_its_lede_is_the_headline() -> None:
    title = "Kijk hier live naar de bekerfinale Go Ahead - Heracles"
    lede = (
        "Go Ahead en Heracles spelen donderdagavond in Rotterdam om de beker. "
        "De wedstrijd begint om 20.00 uur en is hier live te volgen."
    )
    assert headline(joined(title, lede)) == title
    pointer = "Kijk hier live naar de persconferentie van de burgemeester"  # names nothing the lede names
    assert aside(joined(pointer, lede)) == [("teaser", pointer)]


def test_an_example_of_the_outlets_own_work_in_an_article_about_it_stays() -> None:
    paragraph = (
        "De redactie maakt ook korte filmpjes over het werk aan de brug, niet alleen voor de eigen website. "
        "Kijk bijvoorbeeld op ons Instagram-account naar de reeks Bouwen aan de brug."
    )
    assert "Kijk bijvoorbeeld op ons Instagram-account" in kept(joined(TITLE, BODY, paragraph, MORE))
    promo = "Kijk op ons Instagram-account naar de reeks Bouwen aan de brug."  # the call itself: still aside
    assert aside(joined(TITLE, BODY, promo, MORE)) == [("promo", promo)]


def test_the_last_word_of_a_sentence_a_box_of_keys_was_inserted_into_stays() -> None:
    # a print page: the book's box of keys was set inside the review's sentence, its last word below the box
    cut = "De speurder vindt sporen die erop wijzen dat de buurman had Titel: De brug. Auteur: Anna de Boer. Prijs: 20 euro."
    assert aside(joined(TITLE, BODY, cut, "gelogen", "Het boek telt 320 bladzijden.", MORE)) == []
    assert aside(joined(TITLE, BODY, "politiek", MORE)) == [("label", "politiek")]  # a tag link: still aside


def test_the_web_address_of_the_organisation_the_article_is_about_stays() -> None:
    text = joined(
        "Zonnewerf neemt fietsenfabriek over",
        "Zonnewerf Groep neemt de fietsenfabriek in Apeldoorn over. Alle veertig medewerkers houden hun baan.",
        "Zonnewerf is een leerwerkbedrijf in de regio. Directeur Jan Bos van Zonnewerf spreekt van een mooie stap.",
        "zonnewerf.nl",
    )
    assert "zonnewerf.nl" in kept(text)
    other = joined(TITLE, BODY, MORE, "bouwnieuws.nl")  # an address the article does not name: still aside
    assert aside(other) == [("site_name", "bouwnieuws.nl")]


def test_a_reviews_short_title_with_its_stars_is_the_headline_not_the_rubric_below_it() -> None:
    review = (
        "Stille stad is een ingetogen film over een dorp dat langzaam leegloopt. "
        "Regisseur Anna de Boer kiest voor lange shots en weinig woorden."
    )
    assert headline(joined("Stille stad ***", "Recensies", review, MORE)) == "Stille stad ***"
    assert headline(joined("Film recensie", "Stille stad ***", review, MORE)) == "Stille stad ***"  # a kicker above
