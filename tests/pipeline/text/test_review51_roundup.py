"""Review of site51's round-up frame (stop 51): an article's own opening that looks like a round-up's frame — a
rhetorical question about the news, a schedule reported of others, a welcome quoted in a report, a capitalised
adjective after "onze" — stays the article's. Examples written here."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, joined, kept


def test_a_question_about_the_news_and_a_daily_fare_open_a_news_article() -> None:
    opening = (
        "Heeft u het nieuws over de nieuwe parkeertarieven al gehoord? Vanaf januari betaalt u elke dag in het"
        " centrum twee euro per uur, meldt de gemeente in een overzicht."
    )
    text = joined(TITLE, opening, BODY, MORE)
    assert not aside(text) and "twee euro per uur" in kept(text)


def test_a_village_papers_weekly_round_reported_by_its_founder_stays() -> None:
    opening = (
        "Mis je het nieuws uit je eigen dorp? Elke week brengt de nieuwe dorpskrant de berichten uit Wijhe bij je"
        " thuis, vertelt oprichter Jan Smit."
    )
    text = joined(TITLE, opening, BODY, MORE)
    assert not aside(text) and "oprichter Jan Smit" in kept(text)


def test_a_council_that_meets_every_tuesday_is_news_after_a_greeting() -> None:
    opening = (
        "Goedemorgen. De raad vergadert elke dinsdag en je kunt het programma van de vergadering volgen in de Raadzaal."
    )
    text = joined(TITLE, opening, BODY, MORE)
    assert not aside(text)


def test_a_welcome_quoted_in_a_report_stays() -> None:
    opening = (
        "Goedemiddag en welkom bij de Rabobank. Zo begroet de robot in het filiaal in Deventer sinds maandag de"
        " klanten."
    )
    text = joined(TITLE, opening, BODY, MORE)
    assert not aside(text) and "Goedemiddag en welkom bij de Rabobank." in kept(text)


def test_our_dutch_towns_are_no_rubric() -> None:
    opening = "Goedemorgen! Je ziet het overal in onze Nederlandse steden: de winkelstraten lopen leeg."
    text = joined(TITLE, opening, BODY)
    assert not aside(text)


def test_the_bulletins_own_frame_is_still_set_aside() -> None:
    for opening in (
        "Een heel goeiemiddag en welkom bij het Atv dagnieuws. " + BODY,
        "Heb je het nieuws van vandaag gemist? Elke avond zetten we het voor je op een rij. " + BODY,
        "Ben je er niet aan toegekomen om het nieuws vandaag te volgen? Dit is het nieuws van dinsdag 4 maart. " + BODY,
        "Goedemorgen! Begin de dag met een kop koffie en zorg dat je bij bent met onze Ochtendpost. " + BODY,
        "Goedemorgen! Lees rustig mee en zorg dat je bij bent met onze Zwolse Vroege Post. " + BODY,
    ):
        text = joined(TITLE, opening, MORE)
        assert [reason for reason, _ in aside(text)] == ["greeting"], opening
        assert BODY in kept(text), opening
