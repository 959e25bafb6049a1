"""Round site36 (issue 21, blind26 as development set): each rule with an example written here that it must
handle, and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, aside, kept, page
from tests.pipeline.text.site_helpers import joined as _text

# --- closing_cards.cut_blurb_cards: cards whose standfirst the page cut off mid-sentence ------------------------

CUT_CARDS = (
    "Bakker opent nieuwe winkel aan de Markt",
    "De bakkerij van Jan en Truus Bakker verhuist na veertig jaar naar een groter pand aan de...",
    "Gemeente zoekt vrijwilligers voor de kermis",
    "ZWOLLE - Voor de kermis in september zoekt de gemeente nog zeker twintig mensen die willen…",
    "Raad praat opnieuw over de parkeertarieven",
    "Na de protesten van winkeliers in het centrum wil de raad de nieuwe tarieven nog eens [...]",
)


def test_cards_with_cut_off_standfirsts_closing_the_text_are_set_aside() -> None:
    found = aside(_text(TITLE, BODY, MORE, LONGER, *CUT_CARDS))
    assert [text for _, text in found] == list(CUT_CARDS)
    assert {reason for reason, _ in found} == {"teaser"}


def test_the_cut_cards_keep_the_article() -> None:
    text = kept(_text(TITLE, BODY, MORE, LONGER, *CUT_CARDS))
    assert BODY in text and MORE in text and LONGER in text


def test_two_cut_cards_are_not_yet_a_list() -> None:
    assert CUT_CARDS[3] in kept(_text(TITLE, BODY, MORE, LONGER, *CUT_CARDS[2:]))


def test_a_paragraph_trailing_off_after_its_own_sentence_mark_is_no_cut_card() -> None:
    trailing = [
        "Wie betaalt de rekening?",
        "Dat is de vraag die iedereen in het dorp zich nu stelt. Wat nu?...",
        "En de winkeliers?",
        "Zij wachten af. Misschien komt er in het voorjaar een oplossing. Misschien niet...",
        "De wethouder",
        "Hij zegt dat hij er alles aan doet. Maar de raad gelooft hem niet meer!...",
    ]
    text = kept(_text(TITLE, BODY, MORE, *trailing))
    assert all(line in text for line in trailing)


# --- closing_cards.stamped_titles: card titles closed by their age or day-and-time stamp ------------------------

STAMPED = (
    "Kinderen spelen op het plein bij de school.",
    "Speeldag trekt honderden kinderen Jeugd 2 uur geleden",
    "Leden van het koor zingen in de kerk.",
    "Koor viert vijftigjarig bestaan Cultuur gisteren 3",
    "Wethouder Bakker bij de opening.",
    "Nieuwe fietsbrug over het kanaal open Verkeer 28 mei, 16:45",
    "Marktkramen op het plein.",
    "Weekmarkt verhuist naar de haven Algemeen 27 mei, 09:10 12",
)


def test_cards_with_stamped_titles_and_their_captions_are_set_aside() -> None:
    found = aside(page(TITLE, "", BODY, "", MORE, "", LONGER, "", *STAMPED))
    texts = " ".join(text for _, text in found)
    assert all(line in texts for line in STAMPED)
    assert LONGER not in texts


def test_a_long_closing_paragraph_is_no_card_caption() -> None:
    text = kept(page(TITLE, "", BODY, "", MORE, "", LONGER, "", *STAMPED[1:]))
    assert LONGER in text
    assert STAMPED[1] not in text


def test_headings_ending_in_a_date_within_the_article_stay() -> None:
    dated = [
        "Wat er gebeurde op 28 mei, 16:45",
        BODY,
        "De raad vergadert weer op 4 juni, 19:30",
        MORE,
        "De eerste bewoners verhuizen 1 juli, 10:00",
        LONGER,
    ]
    text = kept(_text(TITLE, *dated))
    assert all(line in text for line in dated)


def test_sentences_ending_in_their_age_are_no_stamped_titles() -> None:
    ages = ["Het gebeurde twee uur geleden.", "De brand woedde gisteren.", "Hij vertrok drie dagen geleden."]
    text = kept(_text(TITLE, BODY, MORE, *ages))
    assert all(line in text for line in ages)


# --- closing_cards.doubled_titles: cards that print their title twice, labels between -------------------------

DOUBLED = (
    "Vrachtwagen kantelt op de A28 bij Meppel",
    "ONGEVAL",
    "Vrachtwagen kantelt op de A28 bij Meppel",
    "Een vrachtwagen met zand is dinsdagochtend op de A28 gekanteld. De weg was uren dicht.",
    "Nieuwe directeur voor het ziekenhuis in Zwolle",
    "Met video",
    "ZORG",
    "Nieuwe directeur voor het ziekenhuis in Zwolle",
    "Marieke Jansen wordt per 1 september de nieuwe directeur van het ziekenhuis.",
    "Schaatsbaan in Deventer gaat eerder open",
    "SPORT",
    "Schaatsbaan in Deventer gaat",
)


def test_cards_that_print_their_title_twice_are_set_aside_to_the_end() -> None:
    found = aside(_text(TITLE, BODY, MORE, LONGER, *DOUBLED))
    texts = [text for _, text in found]
    assert all(line in texts for line in DOUBLED)
    assert LONGER not in texts


def test_one_heading_printed_again_is_no_list_of_cards() -> None:
    once = [
        "Vrachtwagen kantelt op de A28 bij Meppel",
        "ONGEVAL",
        "Vrachtwagen kantelt op de A28 bij Meppel",
        "Een vrachtwagen met zand is dinsdagochtend op de A28 gekanteld. De weg was uren dicht.",
    ]
    text = kept(_text(TITLE, BODY, MORE, LONGER, *once))
    assert once[3] in text
