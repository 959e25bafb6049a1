"""Round site47 (issue 21, blind32 and blind33 as development sets): each rule with an example written here that
it must handle, and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import (
    BODY,
    LONGER,
    MORE,
    TITLE,
    K,
    aside,
    date_lines,
    headline,
    joined,
    kept,
    kinds,
    page,
)

# --- spans._brand: a figure alone after the last sentence is a section's number, no brand's name ---------------


def test_a_section_number_after_the_last_sentence_stays_article_text() -> None:
    # the excerpt ends on the next numbered section's number: "… benoemd. 3"
    text = joined(TITLE, "1. Eerste punt", BODY, "2. Tweede punt", f"{LONGER} 4")
    assert aside(text) == []


def test_a_brand_with_a_figure_after_the_last_sentence_stays_set_aside() -> None:
    assert aside(joined(TITLE, BODY, f"{LONGER} Radio 5", MORE)) == [("site_name", "Radio 5")]


# --- title_position.header_card: the article's byline under the title is no card's line -------------------------

CARD_TITLE = "Scholier vindt nieuwe kever in museumdepot"


def test_a_labelled_byline_between_the_title_and_its_copy_keeps_the_title_and_byline() -> None:
    text = joined(CARD_TITLE, "Door Anna de Wit", "[ad_1]", "Zwolle", CARD_TITLE, BODY, MORE, LONGER)
    assert (K.HEADLINE, CARD_TITLE) in kinds(text)
    assert (K.BYLINE, "Door Anna de Wit") in kinds(text)
    assert not [t for reason, t in aside(text) if reason == "card"]


def test_a_header_card_of_names_and_places_is_still_set_aside() -> None:
    card = f"{CARD_TITLE}\nEls Peeters\nTom Maes\nGent - Lochristi"
    text = joined(card, CARD_TITLE, BODY, MORE, LONGER)
    assert ("card", "Els Peeters") in aside(text)
    assert headline(text) == CARD_TITLE


# --- line_kind_rules.NAME_DASH_DATE_BYLINE, page_sections.bylined_stories: the page's other stories after the article,
# each printed as the article is, a title over its author's name glued to the date ---------------------------------

OWN_BYLINE = "Anna de Wit-4 maart 2021 om 09:15"
OTHER_TITLE = "Nieuwe kapel voor het klooster"
OTHER_BODY = (
    "Het klooster krijgt een nieuwe kapel. De bouw begint in het voorjaar en duurt ongeveer een jaar, zegt de "
    "abt, die blij is met de steun van de provincie."
)


def test_an_authors_name_glued_to_the_date_is_the_byline() -> None:
    assert (K.BYLINE, OWN_BYLINE) in kinds(joined(TITLE, OWN_BYLINE, BODY, MORE))


def test_a_place_or_a_bulletins_name_before_the_date_is_no_persons_byline() -> None:
    assert (K.BYLINE, "Zwolle - 4 maart 2021") not in kinds(joined(TITLE, "Zwolle - 4 maart 2021", BODY, MORE))
    assert headline(joined("TV2 Journaal - 4 maart 2021", BODY, MORE)) == "TV2 Journaal - 4 maart 2021"


def test_stories_bylined_in_another_month_after_the_article_are_set_aside() -> None:
    other = ("Piet Smit-12 november 2024 om 14:02", OTHER_BODY)
    text = joined(TITLE, OWN_BYLINE, BODY, MORE, OTHER_TITLE, *other)
    found = aside(text)
    assert ("teaser", OTHER_TITLE) in found
    assert ("teaser", OTHER_BODY) in found
    assert MORE in kept(text)


def test_an_update_bylined_in_the_articles_month_stays() -> None:
    update = ("Piet Smit-4 maart 2021 om 16:40", OTHER_BODY)
    text = joined(TITLE, OWN_BYLINE, BODY, MORE, OTHER_TITLE, *update)
    assert aside(text) == []


# --- doubled_cards.doubled_titles: a card's first line with its label after a separator, shorter titles after
# the first card ------------------------------------------------------------------------------------------------

CARD_ONE = "Zomerfestival trekt meer bezoekers dan ooit"
CARD_TWO = "Bibliotheek verlengt openingstijden in de zomer"
BLURB_ONE = "Het festival in het park telde dit jaar ruim twintigduizend bezoekers, een record voor de organisatie..."
BLURB_TWO = "De bibliotheek is in juli en augustus ook op zondag open, zo meldt de directeur van de..."


def test_cards_with_the_label_after_the_title_and_a_short_last_card_are_set_aside() -> None:
    cards = (f"{CARD_ONE} - Cultuur", "Cultuur", CARD_ONE, BLURB_ONE, f"{CARD_TWO} - Regio", "Regio", CARD_TWO)
    text = joined(TITLE, BODY, MORE, LONGER, *cards, BLURB_TWO, "Kermis", "Kermis", "Drie dagen, Markt, Zwolle...")
    found = [t for reason, t in aside(text) if reason == "teaser"]
    assert f"{CARD_ONE} - Cultuur" in found and BLURB_TWO in found and "Drie dagen, Markt, Zwolle..." in found
    assert LONGER in kept(text)


def test_sections_headed_the_same_way_above_running_text_stay() -> None:
    # an interview's sections: the question with its speaker after a dash, the speaker, the question, the answer
    sections = ("Wat vindt de buurt ervan - Bewoners", "Bewoners", "Wat vindt de buurt ervan", MORE)
    text = joined(TITLE, BODY, *sections, "Hoe gaat het verder - Gemeente", "Gemeente", "Hoe gaat het verder", LONGER)
    assert aside(text) == []


# --- site_rules.SITE_LINES: a topic page's link, "all the news" and a topic, no verb -----------------------------


def test_a_link_to_all_the_news_on_a_topic_is_set_aside() -> None:
    assert ("link", "Alle nieuws over de kermis") in aside(joined(TITLE, BODY, MORE, "Alle nieuws over de kermis"))


def test_a_sentence_about_all_the_news_stays() -> None:
    line = "Al het nieuws over de kermis verscheen gisteren in de krant."
    assert aside(joined(TITLE, BODY, line, MORE)) == []


# --- repeated_lines.credited_titles: the title with its photo's credit glued after a separator, the title alone
# below it ------------------------------------------------------------------------------------------------------


def test_a_title_with_its_photos_credit_glued_on_is_the_photos_and_the_copy_below_the_headline() -> None:
    credited = f"{TITLE} · Foto's: Jan Smit"
    text = page(credited, "Jan Smit", "", TITLE, "", BODY, "", MORE)
    assert ("credit", credited) in aside(text)
    assert ("credit", "Jan Smit") in aside(text)
    assert headline(text) == TITLE


def test_a_title_with_its_subject_glued_on_over_its_copy_is_no_photos_credit() -> None:
    text = page(f"{TITLE} · Een eeuw bruggen", "", TITLE, "", BODY, "", MORE)
    assert not [t for reason, t in aside(text) if reason == "credit"]
    assert headline(text) == TITLE


# --- page_sections.schedules: a broadcaster's programme schedule closing the page -------------------------------


def test_a_programme_schedule_closing_the_page_is_set_aside() -> None:
    slots = ("• 06:00 - 09:00", "De ochtendshow", "Els Peeters", "• 09:00 - 12:00", "Muziek en regionieuws.")
    schedule = page("VANDAAG OP RADIO OOST", "96.2 FM", *slots, "• 12:00 - 13:00", "Het middagjournaal")
    text = joined(TITLE, BODY, MORE, LONGER, schedule)
    found = [t for reason, t in aside(text) if reason == "schedule"]
    assert "VANDAAG OP RADIO OOST" in found and "De ochtendshow" in found and "Het middagjournaal" in found
    assert LONGER in kept(text)


def test_an_articles_timetable_with_the_events_on_their_lines_stays() -> None:
    times = page("Het programma", "14:00 - 15:00 Optocht", "15:00 - 16:00 Muziek op het plein", "16:00 - 17:00 Prijzen")
    text = joined(TITLE, BODY, MORE, LONGER, times)
    assert aside(text) == []


# --- page_sections.stamped_comments: readers' comments under their count, a name over its age stamp --------------


def test_comments_under_their_count_with_a_name_over_an_age_stamp_are_set_aside() -> None:
    comment = "Goed plan, die brug had er tien jaar geleden al moeten liggen want de pont was altijd vol."
    tail = page("17 Reacties", "Nieuwste", "Oudste", "Piet_Z", "3 dagen geleden", "", comment)
    text = joined(TITLE, BODY, MORE, LONGER, tail)
    assert ("comments", comment) in aside(text)
    assert {"17 Reacties", "Oudste", "Piet_Z", "3 dagen geleden"} <= {t for _, t in aside(text)}
    assert LONGER in kept(text)


def test_an_articles_line_counting_reactions_stays_without_a_comment_header() -> None:
    # the article's own paragraphs after a line that counts reactions, no name over an age stamp under it
    text = joined(TITLE, BODY, "12 reacties", MORE, LONGER)
    assert MORE in kept(text) and LONGER in kept(text)


# --- web_rules.SITE_LINES: a copyright line with the site's address, a rating widget's score and votes -------------


def test_a_copyright_line_with_the_sites_address_and_a_rating_are_set_aside() -> None:
    text = joined(TITLE, BODY, MORE, "(c) Voorbeeldkrant.nl", "3.9 12 stemmen")
    assert ("site_name", "(c) Voorbeeldkrant.nl") in aside(text)
    assert ("interface", "3.9 12 stemmen") in aside(text)


def test_an_agencys_copyright_credit_goes_and_a_vote_count_stays() -> None:
    # conventions37 (tests/data/STRUCTURE_CONVENTIONS.md): a credit alone on its line is site text (it stayed)
    text = joined(TITLE, BODY, "(c) ANP", "De motie kreeg 2 145 stemmen.", MORE)
    assert aside(text) == [("credit", "(c) ANP")]


# --- icon_names.SITE_LINES: a CMS's bracketed placeholder, a template's slot name in capitals ---------------------


def test_a_bracketed_placeholder_above_the_text_is_no_headline() -> None:
    text = joined("[banner_top]", BODY, MORE, LONGER)
    assert ("interface", "[banner_top]") in aside(text)
    assert headline(text) is None


def test_a_template_slot_name_is_set_aside_and_a_hyphenated_place_in_capitals_stays() -> None:
    assert ("interface", "SIDE-AD-ROTATE-2-LEFT") in aside(joined("SIDE-AD-ROTATE-2-LEFT", TITLE, BODY, MORE))
    assert aside(joined(TITLE, BODY, "NOORD-BRABANT", MORE, LONGER)) == []


def test_a_bracketed_remark_in_the_text_stays() -> None:
    assert aside(joined(TITLE, BODY, "[red.]", MORE)) == []


# --- reader_rules: a reading time as a range; a link to the livestream where it is --------------------------------


def test_a_reading_time_range_above_the_title_is_set_aside() -> None:
    text = joined("Leestijd 6 - 8 minuten", TITLE, BODY, MORE)
    assert ("interface", "Leestijd 6 - 8 minuten") in aside(text)
    assert headline(text) == TITLE


def test_a_link_to_the_livestream_closing_the_text_is_set_aside_and_a_report_of_one_stays() -> None:
    closing = "Vanaf acht uur spreekt de burgemeester in de raadzaal. Bekijk hier de livestream van de raad."
    # pointer_rules (site48) sets it aside: one rule for a link's pointer
    assert ("link", "Bekijk hier de livestream van de raad.") in aside(joined(TITLE, BODY, closing))
    report = "De livestream van de raad werd door ruim tweeduizend mensen bekeken."
    assert aside(joined(TITLE, BODY, report, MORE)) == []


# --- scrape_rules.SITE_LINES: a listing's breadcrumb without separators, ending in its page number ---------------


def test_a_breadcrumb_ending_in_a_page_number_is_set_aside_and_the_title_below_is_the_headline() -> None:
    text = joined("Home Nieuws Pagina 12", TITLE, BODY, MORE)
    assert ("breadcrumb", "Home Nieuws Pagina 12") in aside(text)
    assert headline(text) == TITLE


def test_a_title_about_a_home_stays_the_headline() -> None:
    title = "Home Sweet Home opent pagina 2 van het plan"
    assert headline(joined(title, BODY, MORE)) == title


# --- icon_names.SITE_LINES: an icon's name with an underscore among an interface line's words ---------------------


def test_an_interface_line_with_an_icon_name_inside_is_set_aside() -> None:
    line = "start Alle Berichten launch_app Open Bron"
    assert ("interface", line) in aside(joined(line, TITLE, BODY, MORE))


def test_a_heading_about_code_naming_an_identifier_stays() -> None:
    assert aside(joined(TITLE, BODY, "Zo werkt de veld_naam", MORE, LONGER)) == []


# --- site_rules.SITE_LINES: a most-read box's heading by its rank and period ---------------------------------------


def test_a_most_read_boxs_heading_above_the_title_is_no_headline() -> None:
    text = joined("Top 10 van de maand", "spot_img", TITLE, BODY, MORE)
    assert ("teaser", "Top 10 van de maand") in aside(text)
    assert headline(text) == TITLE


def test_a_title_about_a_top_five_stays_the_headline() -> None:
    title = "Top 5 van drukste kruispunten in Zwolle"
    assert headline(joined(title, BODY, MORE)) == title


# --- line_kind_rules.DATELINES: a weekday before a date in the month-first order ----------------------------------


def test_a_weekday_and_a_month_first_date_is_a_date_line() -> None:
    assert "dinsdag, maart 4, 2025" in date_lines(joined("dinsdag, maart 4, 2025", TITLE, BODY, MORE))


# --- title_echoes.echoed_head: the title's subject alone elsewhere, a section's label and a name after it -----------


def test_a_section_label_after_the_title_whose_subject_stands_alone_below_is_set_aside() -> None:
    text = joined("Het Stille Huis - Recensie Filmkrant", BODY, MORE, LONGER, "Het Stille Huis", "Drama, 2024...")
    assert headline(text) == "Het Stille Huis"
    assert ("rubric", "- Recensie Filmkrant") in aside(text)


def test_a_matchs_two_sides_over_a_lineup_headed_by_one_side_stay_the_headline() -> None:
    text = joined("Go Ahead Eagles - PEC Zwolle", BODY, "Go Ahead Eagles", "Anna, Bert, Carla en Daan", MORE)
    assert headline(text) == "Go Ahead Eagles - PEC Zwolle"


def test_a_time_before_a_numeric_date_is_a_date_line() -> None:
    assert "09:40 03/11/2022" in date_lines(joined(TITLE, "09:40 03/11/2022", BODY, MORE))


def test_a_time_and_a_score_line_is_no_date_line() -> None:
    assert "90:00 2-1" not in date_lines(joined(TITLE, BODY, "90:00 2-1", MORE))


# --- crumb_lists.listed_crumbs: a bulleted breadcrumb under the title, ending in the title -----------------------


def test_a_bulleted_breadcrumb_ending_in_the_title_is_set_aside() -> None:
    crumb = f"- Regio Oost\n- {TITLE}"
    text = joined(TITLE, crumb, BODY, MORE)
    assert ("breadcrumb", crumb) in aside(text)
    assert headline(text) == TITLE


def test_a_list_of_the_storys_own_under_the_title_stays() -> None:
    points = "- Twee rijstroken\n- Een fietspad aan beide kanten\n- Opening in het voorjaar"
    assert aside(joined(TITLE, points, BODY, MORE)) == []


# --- web_rules.SITE_LINES: a republished item's source as a bare web address, a sponsor box's heading -------------


def test_a_source_line_with_a_bare_web_address_is_set_aside_and_a_named_source_stays() -> None:
    address = "Bron: https://www.voorbeeldkrant.nl/regio/nieuwe-brug-over-de-ijssel-geopend"
    assert ("link", address) in aside(joined(TITLE, BODY, MORE, address))
    # a named source line is site text too (conventions37, tests/data/STRUCTURE_CONVENTIONS.md; it was kept)
    assert ("source", "Bron: ANP") in aside(joined(TITLE, BODY, MORE, "Bron: ANP"))


def test_a_sponsor_boxs_heading_is_set_aside_and_a_sentence_about_sponsors_stays() -> None:
    assert ("promo", "Onze sponsors") in aside(joined(TITLE, BODY, MORE, "Onze sponsors", "Bakkerij Jansen"))
    sentence = "Sponsors haakten af na de zomer."
    assert sentence in kept(joined(TITLE, BODY, sentence, MORE))


# --- repeated_lines.cut_title_copies: the title's copies as the page's links print them, cut off, above it ---------


def test_cut_copies_of_the_title_above_it_are_set_aside_and_the_dated_title_is_the_headline() -> None:
    cut = f"{TITLE[:20]}... {TITLE[:20]}..."
    dated = f"{TITLE} | 4 maart 2021"
    text = joined(cut, TITLE, dated, BODY, MORE)
    assert ("repeated", cut) in aside(text)
    assert ("repeated", TITLE) in aside(text)
    assert headline(text) == dated


def test_a_title_over_its_dated_copy_without_a_cut_copy_stays() -> None:
    text = joined(TITLE, f"{TITLE} | 4 maart 2021", BODY, MORE)
    assert TITLE in [t for k, t in kinds(text) if k is not K.SITE_TEXT]


def test_a_line_trailing_off_above_the_title_that_copies_nothing_stays() -> None:
    opening = "Het was stil... heel stil..."
    assert opening in kept(joined(opening, TITLE, BODY, MORE))


def test_a_cut_blurb_of_sentences_printed_twice_is_no_title_copy() -> None:
    blurb = "Elke week het nieuws uit de wijk. Nu ook op zondag in de bibliotheek..."
    assert ("repeated", blurb) not in aside(joined(blurb, TITLE, blurb, BODY, MORE))
