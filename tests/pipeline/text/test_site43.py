"""Helper site43 (issue 21): furniture of mainstream news pages by shape — a credit in lower case after the copyright
mark, a teaser's read-on link naming the story's kind, a caption printed again with its credit, a liveblog's score bar,
tab label and update button, an embedded video's card, a series' label over the title, a photo's file name or the
title printed again over a photo's credit, the photo's place between its caption and the text. Each rule with an
example written here and an article-text look-alike that must stay."""

from __future__ import annotations

from pipeline.document import BlockKind
from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, aside, date_lines, headline, joined, kept, kinds

K = BlockKind


def test_lower_case_credit_after_the_copyright_mark_is_the_captions_tail() -> None:
    caption = "De nieuwe trambus stopt aan de halte bij het station van Genk."
    text = joined(TITLE, f"{caption} — © rr", BODY, LONGER)
    assert ("credit", "— © rr") in aside(text)
    assert (K.CAPTION, caption) in kinds(text)
    agency = "Een bruidspaar staat voor hun huis met een caravan op het dak."
    text = joined(TITLE, f"{agency} © fotopersburo Jan Smit/Piet Klaas", BODY, LONGER)
    assert ("credit", "© fotopersburo Jan Smit/Piet Klaas") in aside(text)


def test_caption_without_a_credit_stays_whole() -> None:
    caption = "De nieuwe trambus stopt aan de halte bij het station van Genk, zegt de rr-woordvoerder."
    assert caption in kept(joined(TITLE, caption, BODY, LONGER))


def test_read_on_link_naming_the_story_closes_a_teaser() -> None:
    teaser = "Zangeres Anna de Vries praat openhartig over haar jaren op het conservatorium."
    text = joined(TITLE, BODY, f"{teaser} Lees het interview.", LONGER)
    assert ("link", "Lees het interview.") in aside(text)
    assert teaser in kept(text)


def test_read_on_sentence_that_goes_on_stays() -> None:
    sentence = "Lees het interview in de krant van zaterdag, daarin vertelt ze meer over haar plannen."
    assert sentence in kept(joined(TITLE, BODY, sentence, LONGER))


def test_caption_printed_again_with_its_credit() -> None:
    words = "Sommige fietspaden in de Stationsstraat zijn nog amper zichtbaar."
    text = joined(TITLE, BODY, f"{words}\n{words} © Foto JS", LONGER)
    assert ("repeated", f"{words} © Foto JS") in aside(text)
    assert (K.CAPTION, words) in kinds(text)


def test_liveblog_score_bar_is_set_aside() -> None:
    intro = "De speelronde gaat zondag verder met drie wedstrijden. Volg alles in ons liveblog over de eredivisie."
    welcome = "Goedemiddag en welkom in het liveblog. Ik houd je vandaag op de hoogte van alle wedstrijden."
    text = joined(intro, "Ajax-PSV 2-0\nAZ-Feyenoord\nTwente-Utrecht", welcome, LONGER)
    # the intro's pointer to the liveblog is its own introduction: site text (conv52, stop 51's convention)
    assert [r for r, _ in aside(text)] == ["liveblog"] + ["scores"] * 3


def test_results_list_stays() -> None:
    intro = "De speelronde is zondag afgesloten met drie wedstrijden. Dit zijn alle uitslagen van het weekend."
    results = "Ajax-PSV 2-0\nAZ-Feyenoord 1-1\nTwente-Utrecht 3-2"
    assert "Ajax-PSV 2-0" in kept(joined(intro, results, LONGER))


def test_liveblog_tab_label_and_update_button() -> None:
    text = joined(TITLE, BODY, "Berichten", "Bekijk nieuwe update(s).", LONGER)
    assert ("label", "Berichten") in aside(text)
    assert ("interface", "Bekijk nieuwe update(s).") in aside(text)


def test_heading_over_text_stays() -> None:
    text = joined(TITLE, BODY, "Berichten", LONGER)
    assert "Berichten" in kept(text)


def test_video_card_under_its_pointer() -> None:
    pointer = (
        "Eerder in het debat botsten de twee fractievoorzitters over het asielbeleid. Bekijk de beelden hieronder:"
    )
    card = "2:14 Debat over asiel loopt uit de hand: felle woorden in de Kamer"
    text = joined(TITLE, BODY, pointer, card, LONGER)
    assert ("video", card) in aside(text)


def test_time_and_heading_without_a_pointer_stay() -> None:
    entry = "9:30 De burgemeester opent de vergadering met een minuut stilte"
    assert "De burgemeester opent de vergadering" in kept(joined(TITLE, BODY, entry, LONGER))


def test_series_label_over_the_title() -> None:
    text = joined("— Zwolle kiest in jouw wijk", TITLE, BODY, LONGER)
    assert ("label", "— Zwolle kiest in jouw wijk") in aside(text)
    assert headline(text) == TITLE


def test_photo_file_name_over_its_credit() -> None:
    text = joined(TITLE, BODY, "BRUG zwolle NIEUWS ACTUA 2210\n© Jan Smit", LONGER)
    assert ("image", "BRUG zwolle NIEUWS ACTUA 2210") in aside(text)


def test_title_printed_again_without_its_kicker_over_a_photos_credit() -> None:
    text = joined(f"Live {TITLE}", BODY, f"{TITLE}\n© JS", LONGER)
    assert ("repeated", TITLE) in aside(text)
    assert headline(text) == f"Live {TITLE}"


def test_heading_over_a_credit_that_is_no_title_copy_stays() -> None:
    heading = "De brug in cijfers"
    assert heading in kept(joined(f"Live {TITLE}", BODY, f"{heading}\n© JS", LONGER))


def test_photos_place_between_caption_and_text() -> None:
    caption = "Een trambus rijdt al in de noordrand van Brussel, langs de luchthaven. Foto: Jan Smit"
    lede = "Tegen 2027 moeten er trambussen rijden tussen Hasselt en Genk. Volgens een studie kan dat de sneltram vervangen."
    text = joined(caption, "Brussel", lede, LONGER)
    assert ("label", "Brussel") in aside(text)


def test_one_word_title_not_named_by_a_caption_stays() -> None:
    caption = "Een trambus rijdt al in de noordrand van Brussel, langs de luchthaven. Foto: Jan Smit"
    lede = "Tegen 2027 moeten er trambussen rijden tussen Hasselt en Genk. Volgens een studie kan dat de sneltram vervangen."
    assert "Limburg" in kept(joined(caption, "Limburg", lede, LONGER))


def test_weekday_and_date_in_figures_is_a_stamp() -> None:
    text = joined("Dinsdag 14/03/2023", TITLE, BODY, LONGER)
    assert ("stamp", "Dinsdag 14/03/2023") in aside(text)


def test_date_line_with_a_flemish_time_under_it_is_a_stamp() -> None:
    text = joined(TITLE, "14 maart 2023", "09u41", BODY, LONGER)
    assert ("stamp", "14 maart 2023") in aside(text)
    assert ("stamp", "09u41") in aside(text)


def test_date_line_alone_stays_a_dateline() -> None:
    text = joined(TITLE, "14 maart 2023", BODY, LONGER)
    assert "14 maart 2023" in date_lines(text)


def test_published_stamp_worded_with_its_verb_is_site_text() -> None:
    text = joined(TITLE, "Geplaatst op 14 maart 2023, om 09:41 uur", BODY, LONGER)
    assert ("stamp", "Geplaatst op 14 maart 2023, om 09:41 uur") in aside(text)
    text = joined(TITLE, "Gepubliceerd op 14 maart 2023 om 09:41", BODY, LONGER)
    assert ("stamp", "Gepubliceerd op 14 maart 2023 om 09:41") in aside(text)


def test_published_stamp_glued_before_the_first_words() -> None:
    text = joined(f"Geplaatst op:14-03-2023 Bijgewerkt op:14-03-2023 10:02 {BODY}", LONGER)
    assert ("stamp", "Geplaatst op:14-03-2023 Bijgewerkt op:14-03-2023 10:02") in aside(text)
    assert BODY in kept(text)


def test_published_date_without_time_and_placed_on_a_list_stay() -> None:
    text = joined(TITLE, "Gepubliceerd op 14 maart 2023", BODY, LONGER)
    assert "Gepubliceerd op 14 maart 2023" in date_lines(text)
    sentence = "Geplaatst op de lijst van kandidaten staat ook de oud-wethouder, die vorig jaar nog afscheid nam."
    assert sentence in kept(joined(TITLE, BODY, sentence, LONGER))


def test_box_of_dated_stories_glued_to_its_heading() -> None:
    box = "Meer berichten in deze categorie: Nieuwe bomen geplant (19-11-2024)\nSinterklaas komt weer naar de stad. (16-11-2024)"
    text = joined(TITLE, BODY, f"{LONGER}\n|\n{box}")
    assert any(r == "story_list" and t.startswith("| Meer berichten") for r, t in aside(text))
    assert LONGER in kept(text)


def test_heading_like_sentence_without_dated_stories_stays() -> None:
    sentence = "Meer nieuws over de brug: de gemeente opent in 2027 ook een tweede oversteek bij het station."
    assert sentence in kept(joined(TITLE, BODY, sentence, LONGER))


def test_dpg_caption_without_full_stop_and_its_credit() -> None:
    text = joined(TITLE, BODY, "Wethouder Anna de Vries Beeld Jan Smit", LONGER)
    assert ("credit", "Beeld Jan Smit") in aside(text)


def test_broadcasters_note_on_its_programme_page() -> None:
    note = "Hier kan je de recente uitzendingen van het regionale journaal bekijken."
    assert ("promo", note) in aside(joined(TITLE, note, BODY, LONGER))


def test_liveblogs_intro_offering_its_report_stays() -> None:
    intro = (
        "Voor het eerst deden we live verslag van de raad. Hier kunt u het volledige verslag van de avond herbekijken."
    )
    assert "Hier kunt u het volledige verslag" in kept(joined(TITLE, intro, BODY, LONGER))


def test_instruction_to_click_a_photo() -> None:
    line = "Klik op de eerste foto voor een beeldverslag van de opening."
    assert ("interface", line) in aside(joined(TITLE, BODY, line, LONGER))


def test_broadcasts_title_under_its_pointer_and_tonights_promo() -> None:
    text = joined(TITLE, BODY, LONGER, "Kijk hier de uitzending terug:", "Het nieuws van dinsdag in vijf minuten")
    assert ("video", "Het nieuws van dinsdag in vijf minuten") in aside(text)
    text = joined(TITLE, BODY, LONGER, "Vanavond op TV Oost", "Anna de Vries")
    assert ("promo", "Vanavond op TV Oost") in aside(text)
    assert ("promo", "Anna de Vries") in aside(text)


def test_heading_under_a_pointer_at_a_photo_and_tonights_agenda_stay() -> None:
    text = joined(TITLE, BODY, "Bekijk de foto's:", "De brug in cijfers", LONGER)
    assert "De brug in cijfers" in kept(text)
    assert "Vanavond op de agenda" in kept(joined(TITLE, BODY, "Vanavond op de agenda", LONGER))


def test_read_aloud_players_label_and_track() -> None:
    player = "Het Dagblad leest voor\nAnna de Vries - Wat de brug ons leert over de stad\nSoundCloud"
    text = joined(player, BODY, LONGER)
    assert ("player", "Het Dagblad leest voor") in aside(text)
    assert any(r == "player" and t.startswith("Anna de Vries - Wat de brug") for r, t in aside(text))


def test_heading_on_reading_aloud_stays() -> None:
    text = joined("Opa leest voor", "Elke avond leest opa een verhaal voor aan zijn kleinkinderen in Zwolle.", LONGER)
    assert "Opa leest voor" in kept(text)


def test_weekday_with_comma_and_a_date_in_figures_alone_are_stamps() -> None:
    assert ("stamp", "Woensdag, 14 maart 2023") in aside(joined(TITLE, "Woensdag, 14 maart 2023", BODY, LONGER))
    assert ("stamp", "14-03-2023") in aside(joined(TITLE, "14-03-2023", BODY, LONGER))


def test_an_events_day_without_comma_stays() -> None:
    text = joined(TITLE, BODY, "Zondag 2 september 2023", LONGER)
    assert "Zondag 2 september 2023" in kept(text)
