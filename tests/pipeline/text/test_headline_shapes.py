"""The headline by shape (pipeline.text.headline, issue 21, head32): lines that are never the headline and the
heading the text shows to be its title. Examples written here, next to headlines of a similar shape that stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, K, article, joined, page

TITLE = "Nieuw zwembad in Zwolle goedgekeurd"


def test_a_date_stamp_with_a_weekday_is_never_the_headline() -> None:
    for stamp in ("Editie dinsdag 3 maart", "Uitgave: vrijdag 12 augustus 2022", "Zaterdag 12 augustus, 14:05"):
        text = joined("Gemeente Zwolle", stamp, TITLE, BODY, LONGER)
        assert article(text).meta.headline == TITLE, stamp
    # a word and a date without a weekday can be a title (an event's), and stays one
    assert article(joined("Braderie 14 september", BODY, LONGER)).meta.headline == "Braderie 14 september"


def test_the_heading_the_first_paragraph_opens_with_is_the_title_not_the_heading_above_it() -> None:
    lede = "Nieuw zwembad voor Zwolle-Zuid is het plan waarover de raad dinsdag stemde. De wethouder is blij."
    read = article(joined("Gemeenteraad Zwolle vergadert", "Nieuw zwembad voor Zwolle-Zuid", lede, LONGER))
    assert read.meta.headline == "Nieuw zwembad voor Zwolle-Zuid"
    portrait = "Wethouder Kees Bakker is bevoegd voor sport en zwembaden in de stad. Hij vertelt over de plannen."
    read = article(joined("Wethouders van de Stad Zwolle", "Wethouder Kees Bakker", portrait, LONGER))
    assert read.meta.headline == "Wethouder Kees Bakker"
    # more headings above it (a site's name, its tagline, a category) are labels too
    headings = ("Zwolle in Beeld", "Het laatste over de stad en omstreken", "Wethouders van de Stad Zwolle")
    read = article(joined(*headings, "Wethouder Kees Bakker", portrait, LONGER))
    assert read.meta.headline == "Wethouder Kees Bakker"
    # a headline over a heading the first paragraph does not open with stays
    lede = "Het plan waarover de raad dinsdag stemde kost twaalf miljoen euro. De wethouder is blij."
    read = article(joined("Nieuw zwembad voor Zwolle-Zuid", "De raad stemde dinsdag in", lede, LONGER))
    assert read.meta.headline == "Nieuw zwembad voor Zwolle-Zuid"
    # the lede opening with the heading's first words only, or with no more words after them, is no echo
    short = "Nieuw zwembad voor de wijk is het plan waarover de raad dinsdag stemde. De wethouder is blij."
    read = article(joined("Nieuw zwembad voor Zwolle-Zuid", "Nieuw zwembad voor iedereen", short, LONGER))
    assert read.meta.headline == "Nieuw zwembad voor Zwolle-Zuid"


def test_a_line_shown_twice_over_another_title_is_a_photos_caption_not_the_headline() -> None:
    caption = "Het oude zwembad aan de Weg"
    read = article(page(caption, caption, "", TITLE, "", "Algemeen", "", BODY, "", LONGER))
    assert read.meta.headline == TITLE
    assert read.blocks[0].kind is K.CAPTION
    # a title shown twice over its date or its running text is the headline still
    assert article(page(TITLE, TITLE, "", BODY, "", LONGER)).meta.headline == TITLE
    assert article(page(TITLE, TITLE, "Dinsdag 3 maart 2026, 14:05", "", BODY, "", LONGER)).meta.headline == TITLE


def test_a_quotation_closing_a_long_lead_clause_is_the_headline_and_the_clause_its_overline() -> None:
    lead = "Wethouder verwacht weinig problemen bij de bouw van het nieuwe zwembad in Zwolle-Zuid"
    quote = "’We liggen keurig op schema met de bouw’"
    read = article(joined(f"{lead} {quote}", BODY, LONGER))
    assert read.meta.headline == quote
    assert (read.blocks[0].kind, read.blocks[0].text) == (K.SUBHEADING, lead)
    # a quotation after a colon, a comma or a short lead, or opening in lower case, is the headline's own
    for title in (
        "Wethouder over de bouw van het nieuwe zwembad in Zwolle-Zuid: ’We liggen keurig op schema’",
        "Bouw van het zwembad in Zwolle-Zuid loopt uit, maar ’We openen in het voorjaar’",
        "Wethouder Bakker verwacht ’Geen enkel probleem met de bouw’",
        "Nieuwe wethouder van Zwolle is 34 jaar en nog altijd “een beetje verbaasd over alles”",
    ):
        assert article(joined(title, BODY, LONGER)).meta.headline == title, title


def test_an_update_label_before_a_title_with_no_date_is_the_headlines_kicker_not_a_dateline() -> None:
    title = "UPDATE: Man gewond bij steekpartij in Zwolle"
    read = article(joined(title, BODY, LONGER))
    assert read.meta.headline == title
    assert read.meta.published is None  # not the publication date
    # the label with a date or a time after it is the page's stamp
    read = article(joined("Update: 12 maart 2024 14:05", TITLE, BODY, LONGER))
    assert (read.meta.headline, read.meta.published) == (TITLE, "Update: 12 maart 2024 14:05")


def test_a_title_below_the_running_text_with_its_date_under_it_is_the_headline() -> None:
    lede = (
        "Zondag is een fietser op de kruising van de Markt en de Kerkstraat in Zwolle aangereden door een bestelbus. "
        "De fietser is met spoed naar het ziekenhuis gebracht."
    )
    title = "Fietser zwaargewond op kruising Markt/Kerkstraat"
    read = article(page(lede, title, "6 June 2021, 15:53 uur", "Lokaal"))
    assert read.meta.headline == title
    # a related story's card under the text names something else: no headline rather than a wrong one
    card = "Nieuwe fietsenstalling bij het station geopend"
    assert article(page(lede, card, "6 June 2021, 15:53 uur", "Lokaal")).meta.headline is None


def test_an_opening_line_of_short_sentences_closed_by_a_question_a_quotation_or_a_video_label_is_the_headline() -> None:
    for title in (
        "2026 was het jaar van het zwembad. Hoe kreeg Zwolle dat voor elkaar?",  # sentences closed by a question
        "Minder zitten, meer zwemmen. Tja. Hoe dan?",
        "‘We beschuldigen de raad niet zomaar; er is echt iets aan de hand’",  # a quotation, the whole line
        "Video: zware crash bij de bouw van het zwembad",  # a title label read as a caption
        "Wethouder na de opening toch kritisch: ‘Natuurlijk is het mooi, maar die kosten...’",  # a quotation cut off
    ):
        assert article(joined(title, BODY, LONGER)).meta.headline == title, title
    # a photo's credit after the label, or an opening sentence reporting a question, is no title
    assert article(joined("Video: Omroep Zwolle", BODY, LONGER)).meta.headline is None
    assert (
        article(joined("Een buurtbewoner vraagt zich af: Waarom hier? En waarom nu?", BODY, LONGER)).meta.headline
        is None
    )


def test_a_title_with_its_date_under_it_below_a_pages_promo_lines_is_the_headline() -> None:
    promo = "Verstuur je nieuws direct naar honderden redacties in het hele land."
    text = joined(
        promo, "Bericht plaatsen", TITLE, "Datum: dinsdag 3 maart 2026", "Bron: Gemeente Zwolle", BODY, LONGER
    )
    assert article(text).meta.headline == TITLE
    assert article(joined(promo, TITLE, "3 maart 2026", BODY, LONGER)).meta.headline == TITLE
    # a heading under an article's opening paragraph, with no date or byline under it, is a section's: no headline
    opening = "De gemeenteraad van Zwolle heeft dinsdagavond lang vergaderd over het nieuwe zwembad in de wijk."
    assert article(joined(opening, "Reacties uit de raad", BODY, LONGER)).meta.headline is None
