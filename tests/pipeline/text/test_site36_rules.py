"""Round site36 (issue 21, blind26 as development set): each rule with an example written here that it must
handle, and article text of the same shape that must stay."""

from __future__ import annotations

from pipeline.text import patterns
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


# --- doubled_cards.doubled_titles: cards that print their title twice, labels between -------------------------

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


# --- icon_names: a web app's message keys shown untranslated ----------------------------------------------------


def test_a_line_of_message_keys_is_set_aside() -> None:
    keys = "cart.emptyMessage cart.checkoutButton account.loginPrompt"
    assert ("interface", keys) in aside(_text(keys, TITLE, BODY, MORE))
    assert ("interface", "share.copyLink") in aside(_text(TITLE, BODY, MORE, "share.copyLink"))


def test_a_domain_name_or_a_sentence_naming_a_key_is_no_line_of_message_keys() -> None:
    assert patterns.site_line_reason("omroepzwolle.nl www.brugzwolle.nl") != "interface"
    sentence = "De melding search.noResults bleef op het scherm staan."
    assert sentence in kept(_text(TITLE, BODY, sentence, MORE))


# --- offer_boxes: a paywall's plans, each a price alone on its line with its term under it ----------------------

OFFER = (
    "Kies hieronder je abonnement:",
    "Maandabonnement",
    "Elke maand opzegbaar",
    "€ 12,50",
    "per maand",
    "Jaarabonnement",
    "€ 125,00",
    "per jaar",
    "Het jaarabonnement wordt elk jaar verlengd.",
    "Heb je al een abonnement? Log dan hieronder in om verder te lezen.",
)


def test_a_paywall_offer_of_plans_is_set_aside() -> None:
    found = aside(_text(TITLE, BODY, MORE, *OFFER))
    assert [text for _, text in found] == list(OFFER)


def test_the_offer_keeps_the_article_around_it() -> None:
    after = "De opening van de brug wordt zaterdag gevierd met een fietstocht over de IJssel en muziek op de kade."
    text = kept(_text(TITLE, BODY, MORE, *OFFER, after))
    assert BODY in text and MORE in text and after in text


def test_an_article_on_subscription_prices_keeps_its_paragraphs() -> None:
    news = [
        "Streamingdiensten worden duurder",
        "Wie een abonnement bij de grootste streamingdienst heeft, betaalt vanaf mei meer. Het goedkoopste "
        "abonnement gaat van 7,99 naar 8,99 euro per maand, meldt het bedrijf.",
        "Basis: € 8,99 per maand",
        "Standaard: € 13,99 per maand",
        "Premium: € 18,99 per maand",
        "Volgens de Consumentenbond betalen huishoudens gemiddeld al meer dan veertig euro per maand aan abonnementen.",
    ]
    text = kept(_text(*news))
    assert all(line in text for line in news[1:])


# --- reader_rules: a sponsor's or a partner's disclosure of how the publication came about -----------------------


def test_a_disclosure_of_the_partnership_is_set_aside() -> None:
    note = "Deze reportage kwam tot stand dankzij een samenwerking met de lokale omroep."
    assert ("banner", note) in aside(_text(TITLE, BODY, MORE, note))
    support = "Dit artikel werd mogelijk gemaakt met steun van het Fonds voor Journalistiek."
    assert ("banner", support) in aside(_text(TITLE, BODY, MORE, support))


def test_a_play_made_with_a_partner_is_no_disclosure() -> None:
    review = "Deze productie kwam tot stand dankzij een samenwerking met het stadstheater."
    assert review in kept(_text(TITLE, BODY, review, MORE))


# --- paragraph_copies: a paragraph printed again word for word ---------------------------------------------------


EXCERPT = (
    "De gemeente wil het zwembad in 2027 openen. Daarvoor moet eerst een nieuwe aanbesteding komen, want de eerste "
    "ronde leverde geen aannemer op die binnen het budget bleef. Maar de oppositie […]"
)


def test_the_later_copy_of_a_cut_off_excerpt_is_set_aside() -> None:
    found = aside(_text(TITLE, EXCERPT, "12 mei 2025", EXCERPT, BODY, MORE))
    assert found == [("repeated", EXCERPT)]
    assert EXCERPT in kept(_text(TITLE, EXCERPT, "12 mei 2025", EXCERPT, BODY, MORE))


def test_a_paragraph_repeated_without_a_cut_mark_or_a_short_line_repeated_stays() -> None:
    refrain = "Wij gaan nog niet naar huis, zingen de supporters."
    text = kept(_text(TITLE, BODY, refrain, MORE, refrain, LONGER, LONGER))
    assert text.count(refrain) == 2
    assert text.count(LONGER) == 2


# --- reader_site_sentences: the reader asked to support the outlet by its name ------------------------------------


def test_an_appeal_to_support_the_outlet_by_name_is_set_aside() -> None:
    question = "Wil jij Stadsblad Zwolle steunen en elke maand een mooi magazine ontvangen?"
    assert ("donation", question) in aside(_text(TITLE, BODY, question, MORE))
    means = "Met een abonnement steun je direct onze journalistieke werkzaamheden."
    assert ("donation", means) in aside(_text(TITLE, BODY, means, MORE))


def test_news_of_a_campaign_asking_support_stays() -> None:
    news = "Wie de actie wil steunen, kan geld overmaken naar de stichting, zegt voorzitter Jan de Boer."
    assert news in kept(_text(TITLE, BODY, news, MORE))


# --- byline_bios: the author's bio in the third person, opening with the byline's name ---------------------------

AUTHOR = "Petra de Wit"
AUTHOR_BIO = (
    "Petra de Wit (°1980, Gent) studeerde geschiedenis in Leuven. Ze schrijft voor dit blad over verkeer en ruimtelijke "
    "ordening."
)


def test_a_closing_bio_opening_with_the_byline_name_is_set_aside() -> None:
    assert ("author", AUTHOR_BIO) in aside(_text(TITLE, AUTHOR, BODY, MORE, LONGER, AUTHOR_BIO))
    short = "Petra de Wit is verslaggever van de regioredactie."
    assert ("author", short) in aside(_text(TITLE, f"Door {AUTHOR}", BODY, MORE, LONGER, short))


def test_a_closing_paragraph_about_someone_else_or_without_a_byline_stays() -> None:
    other = "Jan Bakker (°1975, Gent) studeerde geschiedenis in Leuven. Hij werkt sinds 2010 bij de provincie."
    assert other in kept(_text(TITLE, AUTHOR, BODY, MORE, LONGER, other))
    assert AUTHOR_BIO in kept(_text(TITLE, BODY, MORE, LONGER, AUTHOR_BIO))  # no byline above the article


# --- interface_rules: a share-and-comment bar, an empty date template, an image's Markdown -----------------------


def test_a_bar_of_actions_and_a_comment_count_is_set_aside() -> None:
    bar = "Stuur door naar een vriend | Reageer op dit bericht | 3 reacties"
    assert ("interface", bar) in aside(_text(TITLE, BODY, MORE, bar))


def test_a_table_row_with_bars_is_no_bar_of_actions() -> None:
    for row in ("Zwolle | 12 gespeeld | 8 gewonnen | 4 verloren", "Deel 1 | 1998 | 240 blz."):
        assert patterns.site_line_reason(row) != "interface"  # values (a bar's other rules aside), one action at most


def test_an_empty_date_template_is_set_aside() -> None:
    assert ("byline", "om : .") in aside(_text(TITLE, "om : .", BODY, MORE))


def test_an_images_markdown_cut_off_in_its_address_is_set_aside() -> None:
    cut = "![Brug [archief] foto 12](https://exa"
    assert ("markup", cut) in aside(_text(TITLE, BODY, MORE, cut))
    whole = "![De nieuwe brug bij zonsondergang](https://example.org/media/brug-2024.jpg)"
    assert ("markup", whole) not in aside(_text(TITLE, whole, BODY, MORE))  # read for its description (site32b)


# --- header_boxes: the page's header above a breadcrumb ending in the title; the author's box above the text ------


TAGLINE = "Het laatste nieuws en de beste muziek uit de Kop van Overijssel!"
SHORT_TITLE = "Brug over de IJssel open"  # a breadcrumb's item: at most 30 characters (title_rules.BREADCRUMB)


def test_lines_above_a_breadcrumb_ending_in_the_title_are_set_aside() -> None:
    found = aside(_text(TAGLINE, f"Home » Regio » {SHORT_TITLE}", SHORT_TITLE, BODY, MORE))
    assert ("navigation", TAGLINE) in found


def test_lines_above_a_breadcrumb_naming_another_page_stay() -> None:
    assert TAGLINE in kept(_text(TAGLINE, "Home » Regio » Zwolle", SHORT_TITLE, BODY, MORE))


def test_the_authors_box_above_the_text_is_set_aside() -> None:
    box = "Petra de Wit, verslaggever| fotograaf| Zwollenaar"
    found = aside(_text("Dit artikel is geschreven door", AUTHOR, box, TITLE, BODY, MORE))
    assert ("author", box) in found


def test_a_name_and_a_comma_below_the_running_text_stay() -> None:
    portrait = "Petra de Wit, verslaggever en fotograaf"
    text = kept(_text(TITLE, BODY, AUTHOR, portrait, MORE))
    assert portrait in text


# --- interface_rules: an embedded video's or post's address left as a line -----------------------------------------


def test_an_embedded_videos_address_under_its_label_is_set_aside() -> None:
    line = "Beelden via Vimeo: https://vimeo.com/123456789"
    assert ("embed", line) in aside(_text(TITLE, BODY, line, MORE))


def test_a_sentence_naming_a_video_site_or_a_plain_address_stays() -> None:
    lines = ["Meer informatie: www.zwolle.nl/brug", "De beelden gingen via youtube.com de hele wereld over."]
    assert all(patterns.site_line_reason(line) != "embed" for line in lines)


# --- disclosure_tails: the rest of a partner's disclosure closing the text -----------------------------------------


def test_the_paragraph_after_a_closing_disclosure_goes_with_it() -> None:
    note = "Dit verhaal kwam tot stand dankzij een samenwerking met de lokale omroep."
    rest = (
        "Drie leerlingen van het Vechtdal College liepen een week mee op de redactie en maakten samen deze reportage."
    )
    found = aside(_text(TITLE, BODY, MORE, LONGER, f"{note} {rest}"))
    assert ("banner", note) in found
    assert ("banner", rest) in found


def test_the_last_paragraph_after_an_ads_label_stays() -> None:
    text = kept(_text(TITLE, BODY, MORE, "Advertentie", LONGER))
    assert LONGER in text
