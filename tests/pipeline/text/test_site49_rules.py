"""Round site49 (issue 21, blind38 as a development set): each rule with an example written here that it must
handle, and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, headline, joined, kinds

# --- page_dump._alt_text: a photo's caption printed twice above the title, the first copy its alt text ------------

PHOTO = "Leerlingen planten bomen langs de dijk. Foto: Piet de Vries"


def test_a_doubled_caption_above_the_title_is_alt_text_then_caption() -> None:
    text = joined(f"{PHOTO}\n{PHOTO}", TITLE, "Nieuws", "Tekst Anna de Wit", LONGER, "Foto: Piet de Vries", MORE)
    assert ("repeated", PHOTO) in aside(text)
    # the caption's credit is site text (conventions37, tests/data/STRUCTURE_CONVENTIONS.md; it stayed in it)
    assert (K.CAPTION, "Leerlingen planten bomen langs de dijk.") in kinds(text)
    assert (K.SITE_TEXT, "Foto: Piet de Vries") in kinds(text)
    assert headline(text) == TITLE


def test_a_caption_printed_once_above_the_title_stays_the_caption() -> None:
    text = joined(PHOTO, TITLE, "Nieuws", "Tekst Anna de Wit", LONGER, "Foto: Piet de Vries", MORE)
    assert PHOTO not in [t for _, t in aside(text)]
    assert headline(text) == TITLE


# --- dated_cards.timed_cards: a latest-news widget closing the page, each title glued to its clock time -----------

WIDGET = [
    "Nieuwe serie over de Waddenzee vanaf zondag te zien",
    "11:42Zangeres wint prijs voor beste album van het jaar",
    "09:15Burgemeester opent vernieuwde markt in het centrum",
    "08:30Storm treft kust in het noorden",
]


def test_titles_glued_to_their_times_closing_the_page_are_set_aside() -> None:
    text = joined(TITLE, BODY, LONGER, "\n".join(WIDGET))
    assert [t for reason, t in aside(text) if reason == "teaser"] == WIDGET
    assert MORE not in [t for _, t in aside(joined(TITLE, BODY, MORE, "\n".join(WIDGET)))]


def test_an_articles_timeline_with_spaced_times_stays_article_text() -> None:
    timeline = ["11:42 De eerste trein vertrekt uit Zwolle", "09:15 De brug gaat open", "08:30 Het werk begint"]
    text = joined(TITLE, BODY, LONGER, "\n".join(timeline))
    assert aside(text) == []


def test_a_liveblogs_entries_glued_to_their_times_stay_article_text() -> None:
    entries = [
        "14:05De brandweer is ter plaatse en bestrijdt het vuur met drie wagens, meldt een woordvoerder.",
        "13:40Omwonenden wordt gevraagd ramen en deuren te sluiten vanwege de rook.",
        "13:12Er is een grote brand uitgebroken in een loods aan de haven.",
    ]
    assert aside(joined(TITLE, BODY, *entries)) == []


def test_one_glued_time_at_the_end_stays_article_text() -> None:
    text = joined(TITLE, BODY, LONGER, "11:42Zangeres wint prijs voor beste album van het jaar")
    assert aside(text) == []


# --- meta_line_rules: a push-notification prompt, a raw time stamp, an aggregator's
# credit box, a temperature with its one-character sign ------------------------------------------------------------

PROMPT = "Klik op 'Toestaan' om meldingen van Dorpsnieuws.nl te ontvangen."


def test_a_push_notification_prompt_is_set_aside() -> None:
    assert ("app", PROMPT) in aside(joined(TITLE, PROMPT, BODY, MORE))


def test_a_sentence_about_notifications_stays_article_text() -> None:
    sentence = "Wie op de knop klikt om meldingen van de gemeente te ontvangen, hoort het eerst van de afsluiting."
    assert aside(joined(TITLE, BODY, sentence, MORE)) == []


def test_a_raw_time_stamp_alone_is_set_aside_and_a_sentence_with_it_stays() -> None:
    assert ("stamp", "2024-03-04 09:15:00") in aside(joined(TITLE, "2024-03-04 09:15:00", BODY, MORE))
    sentence = "Om 2024-03-04 09:15:00 viel het systeem uit, meldt de gemeente."
    assert aside(joined(TITLE, BODY, sentence, MORE)) == []


CREDIT_BOX = "Dit artikel is niet door ons geschreven. Ga voor het volledige artikel naar de website van: De Krant."


def test_an_aggregators_credit_box_is_set_aside_and_the_newsroom_above_it_stays_the_byline() -> None:
    text = joined(TITLE, BODY, MORE, "Redactie Dorpsnieuws.nl", CREDIT_BOX)
    assert (K.BYLINE, "Redactie Dorpsnieuws.nl") in kinds(text)  # blind15 labels a newsroom's credit a byline
    assert "Dit artikel is niet door ons geschreven." in " ".join(t for _, t in aside(text))
    assert "Ga voor het volledige artikel naar de website van: De Krant." in " ".join(t for _, t in aside(text))


def test_a_named_editor_and_a_sentence_about_who_wrote_it_stay() -> None:
    sentence = "Dit artikel is niet door de minister geschreven, zegt het ministerie, maar door een ambtenaar."
    text = joined(TITLE, "Redactie Anna de Wit", BODY, sentence, MORE)
    assert aside(text) == []


def test_a_temperature_with_its_one_character_sign_is_set_aside_and_a_sentence_stays() -> None:
    assert ("interface", "10.1 ℃") in aside(joined(TITLE, BODY, MORE, "10.1 ℃"))
    assert aside(joined(TITLE, BODY, "Het werd 10.1 ℃ in De Bilt, een record voor december.", MORE)) == []


# --- glued_labels.bracket_tags: a rubric's tag in square brackets opening the title and the rubric's tagline ------

TAG = "[Weekoverzicht]"


def test_a_bracket_tag_opening_the_title_and_the_tagline_is_set_aside() -> None:
    text = joined(f"{TAG} {TITLE}", f"{TAG} Het nieuws van de week", BODY, LONGER)
    assert headline(text) == TITLE
    assert aside(text) == [("rubric", TAG), ("rubric", f"{TAG} Het nieuws van de week")]


def test_an_editors_insert_in_brackets_opening_one_line_stays_article_text() -> None:
    quote = "[De minister] heeft volgens de woordvoerder nooit gezegd dat het plan van tafel was."
    text = joined(TITLE, quote, BODY, LONGER)
    assert aside(text) == []
    assert headline(text) == TITLE


# --- meta_line_rules.PAGE_TEASER: a front page's teasers, each closed by the page it refers to -------------------

TEASERS = ["Nieuwe kapel voor het klooster p.5", "Reportage Pagina 8/9"]


def test_teasers_closed_by_their_page_numbers_are_set_aside_and_the_title_is_found() -> None:
    text = joined("maandag 4 maart 2024", *TEASERS, TITLE, BODY, LONGER)
    assert [t for reason, t in aside(text) if reason == "print"] == TEASERS
    assert headline(text) == TITLE


def test_a_heading_or_a_sentence_naming_a_page_stays_article_text() -> None:
    heading = "Het geheim van pagina 7"
    text = joined(TITLE, BODY, heading, "De uitslagen staan in de krant op p. 4", "Verstappen start morgen P1", LONGER)
    assert aside(text) == []


# --- print_edges._credited_above: a credit line at the tail naming the photographer credited above already --------


def test_a_tail_credit_repeating_the_bylines_photographer_is_set_aside() -> None:
    text = joined(TITLE, "Tekst en foto Anna de Wit", BODY, LONGER, "Foto: Anna de Wit")
    assert ("credit", "Foto: Anna de Wit") in aside(text)


def test_a_tail_credit_naming_another_photographer_goes() -> None:
    # conventions37 (tests/data/STRUCTURE_CONVENTIONS.md): a photographer's credit alone is site text (it stayed)
    text = joined(TITLE, "Tekst Anna de Wit", BODY, LONGER, "Foto: Piet Jansen")
    assert aside(text) == [("credit", "Foto: Piet Jansen")]


# --- print_edges._keywords: a viewer's keyword list above the text, each item one capitalised word ---------------

KEYWORDS = ["Dijk", "Water", "Provincie", "Brug", "Zwolle", "Verkeer", "Fietsers", "Gemeente"]


def test_a_list_of_one_word_keywords_above_the_text_is_set_aside() -> None:
    text = joined("\n".join(f"• {w}" for w in KEYWORDS), TITLE, BODY, LONGER)
    assert [reason for reason, _ in aside(text)] == ["tags"]


def test_a_list_of_one_word_items_under_the_text_stays_the_articles() -> None:
    text = joined(TITLE, LONGER, "\n".join(f"• {w}" for w in KEYWORDS), MORE)
    assert aside(text) == []


# --- meta_line_rules: a document viewer's English labels (its view count, the upload's age in months or years) ---


def test_a_viewers_view_label_and_upload_age_are_set_aside() -> None:
    text = joined("Views\n3 months ago", TITLE, BODY, LONGER)
    assert aside(text) == [("interface", "Views"), ("stamp", "3 months ago")]
    assert headline(text) == TITLE


def test_an_items_age_in_hours_is_the_date_line_and_a_dutch_age_stays() -> None:
    # not the viewer's "stamp": the page's own date line under its title, set aside as one (conv52)
    assert aside(joined(TITLE, "2 hours ago", BODY, LONGER)) == [("date_line", "2 hours ago")]
    assert aside(joined(TITLE, BODY, "Twee jaar geleden", LONGER)) == []


# --- title_copies.running_heads: an e-paper's running head, then again glued before the text with its date --------


def test_a_running_head_printed_twice_is_set_aside_with_its_date() -> None:
    text = joined("Dorpskrant 12 3", f"Dorpskrant 12 3 maart 2021 {LONGER}", MORE)
    assert aside(text) == [("masthead", "Dorpskrant 12 3"), ("masthead", "Dorpskrant 12 3 maart 2021")]
    assert LONGER in [t for _, t in kinds(text)]


def test_a_short_line_the_text_opens_with_again_without_a_date_stays() -> None:
    text = joined(TITLE, "Groep 8", f"Groep 8 van basisschool De Brug won de quiz. {LONGER}", MORE)
    assert aside(text) == []
