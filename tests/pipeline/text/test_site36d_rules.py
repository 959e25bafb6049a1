"""Site-text rules of helper site36d (issue 21): a press release's standing "about" box, a CMS's additional-information
box of fields, a related-articles heading in other words. Examples written for these tests, each with an article
look-alike that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, aside, joined, kept

ABOUT_HEAD = "Over Stichting Groen Dorp"
ABOUT = (
    "Stichting Groen Dorp is de grootste vrijwilligersorganisatie voor natuurbeheer in de regio en telt meer dan "
    "3.000 leden. De stichting werkt samen met gemeenten en scholen."
)


# --- standing_boxes.about_boxes -----------------------------------------------------------------------------------


def test_an_about_box_closing_a_press_release_is_set_aside() -> None:
    text = joined(TITLE, BODY, LONGER, ABOUT_HEAD, ABOUT)
    assert aside(text) == [("about", ABOUT_HEAD), ("about", ABOUT)]
    # with an article before the organisation's name, in the heading and the paragraph
    head, about = "Over de Fietsersbond", "De Fietsersbond is de belangenvereniging van fietsers in Nederland."
    assert aside(joined(TITLE, BODY, LONGER, head, about)) == [("about", head), ("about", about)]


def test_an_about_heading_of_the_articles_own_stays() -> None:
    # the article goes on after the section: no closing box
    text = joined(TITLE, BODY, ABOUT_HEAD, ABOUT, LONGER)
    assert ("about", ABOUT) not in aside(text) and ABOUT in kept(text)
    # the paragraph under it does not open with the heading's name
    other = "De vrijwilligers van de stichting planten elk voorjaar honderden bomen langs de dijk en in de parken."
    text = joined(TITLE, BODY, LONGER, ABOUT_HEAD, other)
    assert other in kept(text) and ABOUT_HEAD in kept(text)
    # a heading about a subject in lower case is a section's ("Over de toekomst")
    head, part = "Over de toekomst", "De toekomst is onzeker, zegt de wethouder, maar het plan gaat door."
    assert part in kept(joined(TITLE, BODY, LONGER, head, part))


def test_the_contact_link_right_above_an_about_box_goes_with_it() -> None:
    text = joined(TITLE, BODY, LONGER, "Contacteer ons", ABOUT_HEAD, ABOUT)
    assert aside(text) == [("about", "Contacteer ons"), ("about", ABOUT_HEAD), ("about", ABOUT)]


def test_a_contact_heading_over_the_articles_own_text_stays() -> None:
    # no about box under it: the rule leaves it, and the paragraph under it is the article's
    part = "Wie vragen heeft over de nieuwe brug kan terecht bij het gemeentehuis, elke werkdag tussen negen en vijf."
    text = joined(TITLE, BODY, LONGER, "Contacteer ons", part)
    assert ("about", "Contacteer ons") not in aside(text) and part in kept(text)


# --- standing_boxes.field_boxes -----------------------------------------------------------------------------------

FIELDS = "  • Datum: 2021-05-14\n  • Zaal: De Kreun\n  • Stad: Kortrijk"


def test_an_additional_information_box_of_fields_closing_the_text_is_set_aside() -> None:
    text = joined(TITLE, BODY, LONGER, "Aanvullende informatie", FIELDS)
    reasons = aside(text)
    assert ("page", "Aanvullende informatie") in reasons and "Kortrijk" not in kept(text)


def test_fields_under_another_heading_or_before_more_text_stay() -> None:
    # the article's own practical list under its own heading
    text = joined(TITLE, BODY, LONGER, "Praktisch", FIELDS)
    assert "Kortrijk" in kept(text)
    # the box heading over a list of sentences, not fields
    items = "  • De zaal gaat om acht uur open.\n  • Parkeren kan aan het station."
    text = joined(TITLE, BODY, LONGER, "Aanvullende informatie", items)
    assert "Parkeren kan aan het station." in kept(text)
    # the article goes on under the list
    text = joined(TITLE, BODY, "Aanvullende informatie", FIELDS, MORE)
    assert "Kortrijk" in kept(text) and MORE in kept(text)


# --- site_rules / site_words: a related-articles heading in other words -------------------------------------------


def test_a_relevant_articles_heading_closing_the_text_is_set_aside() -> None:
    for heading in ("Relevante artikelen", "Verwante berichten", "Vergelijkbare artikelen"):
        text = joined(TITLE, BODY, LONGER, heading, "Nieuwe fietsbrug bij Deventer open", "Gisteren om 14:16")
        assert heading not in kept(text), heading


def test_a_sentence_about_relevant_articles_stays() -> None:
    line = "Relevante artikelen over het zwembad zijn volgens de raad nooit gepubliceerd."
    text = joined(TITLE, BODY, line, LONGER)
    assert line in kept(text)
