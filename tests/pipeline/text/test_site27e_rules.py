"""Site text by shape (issue 21, helper site27e): the outlet's gratitude closing a request to report an error, next
to article text of the same shape that stays. Examples written here."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, K, article, aside, joined, kept


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


def test_a_numbered_breadcrumb_ending_in_the_title_is_set_aside() -> None:
    crumb = f"  1. Regio\n  2. {TITLE}"
    found = aside(joined(TITLE, BODY, MORE, crumb))
    assert [reason for reason, _ in found] == ["breadcrumb", "breadcrumb"], found
    assert f"2. {TITLE}" in found[1][1]


def test_a_numbered_list_of_the_story_stays() -> None:
    steps = "  1. Kijk op de site\n  2. Vul het formulier in\n  3. Wacht op de brief van de gemeente"
    text = joined(TITLE, BODY, MORE, steps)
    assert not aside(text), aside(text)
    assert "Vul het formulier in" in kept(text)
    # the title's words as an item of the story's own list, not its last: the list stays too
    again = f"  1. {TITLE}\n  2. Fietsers kunnen er vanaf maandag over"
    assert not aside(joined(TITLE, BODY, MORE, again))


def test_an_author_card_at_the_end_is_set_aside() -> None:
    card = "Auteur\n\nFoto van Anna de Vries\nAnna de Vries"
    found = aside(joined(TITLE, BODY, MORE, card))
    assert [text.strip() for _, text in found] == ["Auteur", "Foto van Anna de Vries", "Anna de Vries"], found
    assert {reason for reason, _ in found} == {"people"}
    assert MORE in kept(joined(TITLE, BODY, MORE, card))


def test_a_photo_credit_and_another_name_at_the_end_stay() -> None:
    # a caption's credit over a different line, and the photo's subject named in a sentence: not a card
    for tail in ("Foto van Anna de Vries\nDe nieuwe brug bij avond", "Foto van de brug\nDe brug bij avond"):
        text = joined(TITLE, BODY, MORE, tail)
        assert not [r for r, _ in aside(text) if r == "people"], aside(text)


def test_a_source_credit_before_the_link_to_the_full_text_goes_with_it() -> None:
    tail = "Nieuws door Dagblad Voorbeeld. Lees het hele bericht bij Dagblad Voorbeeld."
    found = aside(joined(TITLE, BODY, MORE, tail))
    assert [reason for reason, _ in found] == ["link"], found
    assert found[0][1] == tail


def test_a_credit_like_sentence_in_the_news_stays() -> None:
    # a credit's shape without the link to the full text after it: the story's own sentence
    line = "De waarschuwing kwam per sms. Bericht van Rijkswaterstaat. Daarna ging de brug een uur dicht."
    text = joined(TITLE, BODY, MORE, line)
    assert not aside(text), aside(text)
    assert "Bericht van Rijkswaterstaat." in kept(text)


def test_a_weather_widget_split_over_lines_is_set_aside() -> None:
    widget = "vrijdag 3 mei\n14°C\n20 km/u"
    text = joined(widget, TITLE, BODY, MORE)
    found = [line.strip() for _, line in aside(text)]
    assert "14°C" in found and "20 km/u" in found, found
    assert article(text).blocks[[b.kind for b in article(text).blocks].index(K.HEADLINE)].text == TITLE


def test_a_temperature_line_of_the_story_stays() -> None:
    # a forecast's day and temperature without the wind, and the temperature in a sentence: news
    for lines in ("Zaterdag 4 mei\n18°C", "Zaterdag 4 mei\nHet wordt 18°C met 20 km/u wind."):
        text = joined(TITLE, BODY, lines, MORE)
        assert not [r for r, _ in aside(text) if r == "weather"], aside(text)


def test_the_first_sentence_of_a_rubrics_standing_intro_goes_with_it() -> None:
    intro = (
        "Het WK schaatsen is begonnen. In de rubriek Schaatsnieuws besteedt Sportkrant Voorbeeld aandacht aan "
        "alles rond de baan. Deze rubriek wordt de hele dag bijgewerkt."
    )
    found = aside(joined(TITLE, intro, BODY, MORE))
    assert any("Het WK schaatsen is begonnen." in line for _, line in found), found


def test_a_news_sentence_before_a_single_rubric_sentence_stays() -> None:
    # only one site sentence after it, or a long first sentence: the story's own
    for intro in (
        "Het WK schaatsen is begonnen. In de rubriek Schaatsnieuws besteedt Sportkrant Voorbeeld aandacht aan "
        "alles rond de baan.",
        "Het WK schaatsen in Inzell is dinsdag begonnen met een verrassende zege van een Nederlandse debutant. "
        "In de rubriek Schaatsnieuws besteedt Sportkrant Voorbeeld aandacht aan alles rond de baan. "
        "Deze rubriek wordt de hele dag bijgewerkt.",
    ):
        text = joined(TITLE, intro, BODY, MORE)
        assert intro.split(". ")[0] in kept(text), aside(text)


def test_a_programmes_standing_intro_in_the_outlets_voice_is_set_aside() -> None:
    intro = "Onze journalisten verzamelen dagelijks het belangrijkste nieuws uit de Achterhoek en de Liemers."
    text = joined("Regio Journaal", intro, TITLE, BODY, MORE)
    assert ("rubric", intro) in aside(text)
    assert [b.text for b in article(text).blocks if b.kind is K.HEADLINE] == [TITLE]


def test_journalists_gathering_news_in_the_story_stay() -> None:
    for line in (
        "De journalisten verzamelden dagelijks het belangrijkste nieuws uit het rampgebied voor de krant.",
        "Onze journalisten verzamelen dagelijks gegevens over de luchtkwaliteit in de stad.",
    ):
        text = joined(TITLE, BODY, line, MORE)
        assert line in kept(text), aside(text)


LONG_LINE = (
    "eBay heeft op de valreep een bod ontvangen van een Duits bedrijf. Dat bod vindt de directie bij nader inzien "
    "aantrekkelijker dan het bod dat ze al had aanvaard, en ze trekt haar steun in."
)


def test_a_title_without_a_mark_above_a_paragraph_on_one_line_is_the_headline() -> None:
    title = "eBay ruilt koper op het laatste moment om"
    text = f"{title}\n{LONG_LINE}\n\n{MORE}"
    heads = [b.text for b in article(text).blocks if b.kind is K.HEADLINE]
    assert heads == [title], article(text).blocks
    assert LONG_LINE in kept(text)


def test_a_hard_wrapped_first_line_stays_in_its_paragraph() -> None:
    # wrapped lines: none longer than a wrapped line, so the first line goes on into the second
    wrapped = (
        "De gemeenteraad van Zwolle stemde dinsdagavond in met\n"
        "het plan voor een nieuw zwembad aan de rand van de stad.\n"
    )
    text = f"{TITLE}\n\n{wrapped}\n{MORE}"
    assert not [
        b for b in article(text).blocks if b.text.strip() == "De gemeenteraad van Zwolle stemde dinsdagavond in met"
    ]


def test_a_run_of_date_lines_is_the_pages_menu_of_days() -> None:
    days = joined("vrijdag 5 april 2024", "donderdag 4 april 2024", "woensdag 3 april 2024")
    found = aside(joined(TITLE, BODY, MORE, days))
    assert [reason for reason, _ in found] == ["navigation"] * 3, found


def test_one_date_line_or_dates_with_text_between_stay_datelines() -> None:
    text = joined(TITLE, BODY, "donderdag 4 april 2024", MORE, "woensdag 3 april 2024")
    kinds = [b.kind for b in article(text).blocks]
    assert kinds.count(K.DATELINE) == 2 and K.SITE_TEXT not in kinds, article(text).blocks
