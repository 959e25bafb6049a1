"""Round site35 (issue 21, blind25 as development set): each rule with an example written here that it must
handle, and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, aside, kept
from tests.pipeline.text.site_helpers import joined as _text

LONGER = (
    "Volgens de provincie waren de kosten hoger door de stijgende prijzen van staal en beton. "
    "De aannemer werkte daarom ook in het weekend door."
)

# --- closing_shapes.first_person_bios: the author's bio in the first person under the closing byline ---------------

BYLINE = "Door Petra de Wit"
BIO = (
    "Ik schrijf sinds 2012 over verkeer en infrastructuur in de regio. Mijn voorliefde gaat uit naar bruggen en "
    "sluizen, en naar de mensen die ze bouwen."
)
BIO_MORE = "Ik studeerde bouwkunde in Delft. Daarna werkte ik tien jaar bij een ingenieursbureau."


def test_a_first_person_bio_under_the_closing_byline_is_set_aside() -> None:
    found = aside(_text(TITLE, BODY, MORE, LONGER, BYLINE, BIO, BIO_MORE))
    assert ("author", BIO) in found
    assert ("author", BIO_MORE) in found


def test_the_bio_keeps_the_byline_and_the_article() -> None:
    text = kept(_text(TITLE, BODY, MORE, LONGER, BYLINE, BIO))
    assert BODY in text and LONGER in text and BYLINE in text
    assert BIO not in text


def test_a_column_in_the_first_person_keeps_its_closing_paragraph() -> None:
    column = (
        "Ik fiets elke ochtend over de oude brug naar mijn werk. Ik zie hoe de aannemer er al maanden aan werkt. "
        "Mijn buurman vraagt me steeds wanneer hij klaar is."
    )
    second = "Ik weet het niet. Ik hoop dat ik er in het voorjaar weer overheen mag, want mijn omweg is lang."
    assert BIO in kept(_text(TITLE, column, second, LONGER, BYLINE, BIO))
    assert BIO not in kept(_text(TITLE, BODY, MORE, LONGER, BYLINE, BIO))  # the same bio under a news text


def test_a_third_person_paragraph_under_a_closing_byline_stays() -> None:
    after = "Petra de Wit schrijft voor deze krant over verkeer. Zij woont in Zwolle."
    assert after in kept(_text(TITLE, BODY, MORE, LONGER, BYLINE, after))
    assert BIO not in kept(_text(TITLE, BODY, MORE, LONGER, BYLINE, BIO))  # in the first person: set aside


def test_quoted_first_person_in_the_article_does_not_hold_the_bio() -> None:
    quoted = "“Ik ben blij dat de brug er ligt”, zegt de wethouder. “Mijn fietsroute is nu korter.”"
    found = aside(_text(TITLE, BODY, quoted, MORE, LONGER, BYLINE, BIO))
    assert ("author", BIO) in found


# --- closing_shapes.stamped_cards: other stories' cards, each under a date-and-time stamp --------------------------


def _cards(*stamps: str) -> list[str]:
    lines = []
    for n, stamp in enumerate(stamps):
        lines += [stamp, f"Gemeente opent nieuw fietspad langs de rivier deel {n + 1}", f"{MORE}"]
    return lines


def test_stamped_cards_of_other_days_at_the_text_end_are_set_aside() -> None:
    cards = _cards("12 maart '24 (09:15)", "11 maart '24 (17:40)")
    found = aside(_text(TITLE, BODY, LONGER, *cards))
    assert ("teaser", "12 maart '24 (09:15)") in found
    assert ("teaser", "Gemeente opent nieuw fietspad langs de rivier deel 2") in found
    assert LONGER in kept(_text(TITLE, BODY, LONGER, *cards))


def test_the_last_card_cut_off_mid_sentence_is_set_aside_too() -> None:
    cards = [*_cards("12 maart '24 (09:15)", "11 maart '24 (17:40)")[:-1], "De provincie heeft een akkoord bereikt met"]
    found = aside(_text(TITLE, BODY, LONGER, *cards))
    assert ("teaser", "De provincie heeft een akkoord bereikt met") in found


def test_stamped_entries_of_one_day_stay() -> None:
    cards = _cards("12 maart 2024, 09:15", "12 maart 2024, 11:40")
    assert "Gemeente opent nieuw fietspad langs de rivier deel 1" in kept(_text(TITLE, BODY, LONGER, *cards))
    other_days = _cards("12 maart 2024, 09:15", "11 maart 2024, 11:40")
    assert "Gemeente opent nieuw fietspad langs de rivier deel 1" not in kept(_text(TITLE, BODY, LONGER, *other_days))


def test_a_timeline_of_dates_without_a_time_of_day_stays() -> None:
    cards = _cards("12 maart 2024", "3 april 2024")
    assert "Gemeente opent nieuw fietspad langs de rivier deel 1" in kept(_text(TITLE, BODY, LONGER, *cards))
    timed = _cards("3 april '24 (14:30)", "12 maart '24 (10:00)")
    assert "Gemeente opent nieuw fietspad langs de rivier deel 1" not in kept(_text(TITLE, BODY, LONGER, *timed))


def test_stamped_entries_oldest_first_stay() -> None:
    timeline = _cards("11 maart '24 (17:40)", "12 maart '24 (09:15)")
    assert "Gemeente opent nieuw fietspad langs de rivier deel 1" in kept(_text(TITLE, BODY, LONGER, *timeline))
    newest_first = _cards("12 maart '24 (09:15)", "11 maart '24 (17:40)")
    assert "Gemeente opent nieuw fietspad langs de rivier deel 1" not in kept(_text(TITLE, BODY, LONGER, *newest_first))


def test_a_long_first_person_text_under_an_intro_and_a_byline_stays() -> None:
    column = " ".join([BIO, BIO_MORE] * 4)  # longer than the two paragraphs above it
    assert column in kept(_text(TITLE, BODY, MORE, BYLINE, column))
    assert BIO not in kept(_text(TITLE, BODY, MORE, LONGER, BYLINE, BIO))


def test_stamped_cards_with_article_text_after_them_stay() -> None:
    cards = _cards("12 maart '24 (09:15)", "11 maart '24 (17:40)")
    closing = "De brug is vanaf maandag open voor fietsers en voetgangers, en in mei ook voor auto's."
    assert "Gemeente opent nieuw fietspad langs de rivier deel 1" in kept(_text(TITLE, BODY, LONGER, *cards, closing))
    assert "Gemeente opent nieuw fietspad langs de rivier deel 1" not in kept(_text(TITLE, BODY, LONGER, *cards))


# --- page_voice_rules "adblock": the page's notice to a reader who blocks its ads ---------------------------------


def test_an_ad_blocker_notice_is_set_aside() -> None:
    notice = (
        "Je gebruikt een programma dat advertenties tegenhoudt (ad-blocker). Wij zijn voor onze journalistiek "
        "afhankelijk van advertentie-inkomsten. Zet je adblocker uit voor deze site en laad de pagina opnieuw."
    )
    found = aside(_text(TITLE, notice, BODY, LONGER))
    assert [r for r, t in found if t in notice] and all(r == "adblock" for r, t in found if t in notice)
    assert "advertenties tegenhoudt" not in kept(_text(TITLE, notice, BODY, LONGER))


def test_a_report_on_ad_blockers_stays() -> None:
    report = (
        "Steeds meer lezers gebruiken een adblocker. “Wij zijn afhankelijk van advertentie-inkomsten”, zegt de "
        "uitgever van het dagblad."
    )
    assert report in kept(_text(TITLE, BODY, report, LONGER))
    notice = "Je gebruikt een adblocker. Zet je adblocker uit en laad de pagina opnieuw."
    assert "Je gebruikt een adblocker." not in kept(_text(TITLE, BODY, notice, LONGER))


# --- closing_shapes.cookie_dialogs: a consent dialog under its heading at the text's end -------------------------

DIALOG_HEADING = "Het Dorpsblad gebruikt cookies"
NOTICE = "Deze cookies zijn nodig om de website goed te laten werken. Klik op instellingen om je keuze aan te passen."
PURPOSE = "Gerichte advertenties"
PURPOSE_TEXT = (
    "Hiermee tonen we advertenties die bij je interesses passen. Deze gegevens delen we niet met andere partijen."
)
THIRD = "Deze cookies kunnen door derde partijen geplaatst worden via video's. Lees meer in ons cookiebeleid."


def test_a_consent_dialog_under_its_heading_at_the_text_end_is_set_aside_whole() -> None:
    text = _text(TITLE, BODY, MORE, LONGER, DIALOG_HEADING, NOTICE, PURPOSE, PURPOSE_TEXT, THIRD)
    found = aside(text)
    assert ("consent", DIALOG_HEADING) in found
    assert ("consent", PURPOSE_TEXT) in found
    assert LONGER in kept(text)


def test_an_articles_paragraph_under_a_cookie_heading_stays() -> None:
    story = (
        "De wethouder van Zwolle wil dat de gemeente minder bezoekers volgt. Hij laat het college daarom onderzoeken "
        "hoe de website zonder volgsoftware kan."
    )
    text = _text(TITLE, BODY, MORE, LONGER, DIALOG_HEADING, NOTICE, story, THIRD)
    assert story in kept(text)
    assert PURPOSE_TEXT not in kept(_text(TITLE, BODY, MORE, LONGER, DIALOG_HEADING, NOTICE, PURPOSE_TEXT, THIRD))


# --- icon_names: an icon font's glyph names left by the scraper ---------------------------------------------------


def test_a_menu_line_ending_in_icon_names_is_set_aside() -> None:
    found = aside(_page_lines("Nieuws Sport menu search", "", TITLE, "", BODY, "", LONGER))
    assert ("interface", "Nieuws Sport menu search") in found


def test_icon_names_and_their_values_opening_a_paragraph_are_set_aside() -> None:
    text = _text(TITLE, f"access_time 4 min place Zwolle {BODY}", LONGER)
    assert "access_time" not in kept(text)
    assert BODY in kept(text)


def test_an_underscored_icon_name_alone_on_its_line_is_set_aside() -> None:
    assert ("interface", "location_on 3 km") in aside(_text(TITLE, BODY, "location_on 3 km", LONGER))


def test_a_sentence_with_english_words_stays() -> None:
    line = "De app kreeg een knop met de tekst search en een knop add, zegt de ontwikkelaar."
    assert line in kept(_text(TITLE, BODY, line, LONGER))
    assert "menu search" not in kept(_page_lines("Nieuws Sport menu search", "", TITLE, "", BODY, "", LONGER))


def test_a_site_logos_alt_text_is_set_aside() -> None:
    assert ("interface", "Site logo") in aside(_page_lines("Site logo", "", TITLE, "", BODY, "", LONGER))


def _page_lines(*lines: str) -> str:
    return "\n".join(lines)


def test_a_banners_alt_text_shown_twice_is_set_aside() -> None:
    assert ("interface", "Banner Banner") in aside(_page_lines("Banner Banner", "", TITLE, "", BODY, "", LONGER))


def test_a_signup_boxs_button_for_who_signed_up_already_is_set_aside() -> None:
    found = aside(_text(TITLE, BODY, LONGER, "Aanmelden Ik ben al abonnee", MORE))
    assert ("interface", "Aanmelden Ik ben al abonnee") in found


def test_a_scripts_printed_array_alone_on_its_line_is_set_aside() -> None:
    assert ("interface", "Array") in aside(_text(TITLE, "Array", BODY, LONGER))


# --- inline_chrome._credits: a credit whose last name is glued to the next sentence's first word -----------------


def test_a_credits_name_glued_to_the_next_sentence_is_cut_at_the_glue() -> None:
    glued = f"© Sanne BakkerDe brug werd dinsdag geopend door de burgemeester. {MORE} {LONGER} {BODY}"
    text = _text(TITLE, BODY, glued, LONGER)
    assert ("credit", "© Sanne Bakker") in aside(text)
    assert "De brug werd dinsdag geopend" in kept(text)


# --- title_copies.numbered_cards: a numbered card's title printed again right under it ----------------------------

CARD_TITLE = "DOSSIER. Hoe staat het met de plannen voor het nieuwe zwembad in Zwolle?"


def test_a_numbered_cards_title_printed_again_right_under_it_closing_the_text_is_set_aside() -> None:
    teaser = "De raad besloot vorig jaar tot een nieuw bad. Onze redactie zocht uit hoe het ervoor staat."
    found = aside(_text(TITLE, BODY, MORE, f"1. {CARD_TITLE}", CARD_TITLE, teaser))
    assert ("teaser", CARD_TITLE) in found
    assert ("teaser", teaser) in found


def test_a_numbered_item_printed_again_with_the_article_going_on_stays() -> None:
    text = _text(TITLE, BODY, f"1. {CARD_TITLE}", CARD_TITLE, MORE, LONGER)
    assert CARD_TITLE in kept(text)
    assert "Hoe staat het" not in kept(_text(TITLE, BODY, MORE, f"1. {CARD_TITLE}", CARD_TITLE, LONGER))


# --- repeated_cards: a list's cards that share one fixed blurb -----------------------------------------------------

BLURB = "Elke zaterdag de belangrijkste verhalen uit de regio, voorgelezen door onze redactie."


def _episodes(*dates: str) -> list[str]:
    return [line for date in dates for line in (f"Het weekoverzicht van {date}", BLURB)]


def test_a_blurb_shown_on_three_cards_under_their_titles_is_set_aside() -> None:
    found = aside(_text(*_episodes("3 mei", "26 april", "19 april"), TITLE, BODY, MORE, LONGER))
    assert ("repeated", BLURB) in found
    assert ("teaser", "Het weekoverzicht van 26 april") in found


def test_a_refrain_quoted_three_times_under_verses_stays() -> None:
    verse = "De brug ligt stil in de ochtend, de rivier stroomt eronder door."
    refrain = "Wij gaan naar huis over de brug, wij gaan naar huis en kijken niet terug."
    text = _text(TITLE, BODY, verse, refrain, verse.replace("ochtend", "avond"), refrain, MORE, refrain, LONGER)
    assert refrain in kept(text)
    assert BLURB not in kept(_text(*_episodes("3 mei", "26 april", "19 april"), TITLE, BODY, MORE, LONGER))


def test_a_blurb_shown_twice_stays() -> None:
    assert BLURB in kept(_text(*_episodes("3 mei", "26 april"), TITLE, BODY, MORE, LONGER))
    assert BLURB not in kept(_text(*_episodes("3 mei", "26 april", "19 april"), TITLE, BODY, MORE, LONGER))


def test_sections_that_each_open_with_the_same_paragraph_stay() -> None:
    heads = ("Het besluit", "De kosten", "De planning")
    sections = [line for head, text in zip(heads, (BODY, MORE, LONGER)) for line in (head, BLURB, text)]
    assert BLURB in kept(_text(TITLE, BODY, *sections))
    assert BLURB not in kept(_text(*_episodes("3 mei", "26 april", "19 april"), TITLE, BODY, MORE, LONGER))


# --- page_voice_rules "link": a programme's pointer where to listen or watch again ---------------------------------


def test_a_pointer_to_listen_to_the_episode_is_set_aside() -> None:
    pointer = "Luister de hele aflevering terug in je favoriete podcastapp."
    assert ("link", pointer) in aside(_text(TITLE, BODY, LONGER, pointer))


def test_a_pointer_to_watch_the_broadcast_again_is_set_aside() -> None:
    pointer = "Bekijk de uitzending van Regio Vandaag terug op NPO Start."
    assert ("link", pointer) in aside(_text(TITLE, BODY, LONGER, pointer))


def test_an_imperative_to_listen_reported_or_going_on_stays() -> None:
    advice = "Luister naar de signalen van je lichaam, zegt de huisarts."
    assert advice in kept(_text(TITLE, BODY, advice, LONGER))
    pointer = "Luister de hele aflevering terug in je favoriete podcastapp."
    assert pointer not in kept(_text(TITLE, BODY, LONGER, pointer))
