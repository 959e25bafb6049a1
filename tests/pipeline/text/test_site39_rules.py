"""Round site39 (issue 21, blind28 as development set): each rule with an example written here that it must
handle, and article text of the same shape that must stay."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, date_lines, kept, kinds
from tests.pipeline.text.site_helpers import joined as _text

# --- line_kind_rules.BYLINES: a byline in brackets, an English "Text:" label (article text set aside in blind28) ----


def test_a_bracketed_byline_closing_the_text_is_the_byline() -> None:
    line = "[ door Anna de Wit ]"
    assert (K.BYLINE, line) in kinds(_text(TITLE, BODY, LONGER, line))


def test_an_english_text_label_with_a_name_is_the_byline() -> None:
    line = "Text: Joris Claes"
    assert (K.BYLINE, line) in kinds(_text(TITLE, BODY, LONGER, line))


def test_a_bracketed_remark_opening_with_door_is_no_byline() -> None:
    remark = "(Door de storm werd de markt een week later gehouden.)"
    assert (K.BYLINE, remark) not in kinds(_text(TITLE, BODY, remark, LONGER))


# --- page_edges.tail_lines: the credit above the closing byline is the page's, the byline the article's ----------


def test_a_photo_credit_above_the_closing_byline_is_a_tail_and_the_byline_stays() -> None:
    credit, byline = "Foto's @ Piet Verhoeven", "Text: Joris Claes"
    text = _text(TITLE, BODY, MORE, LONGER, f"{credit}\n{byline}")
    assert (("tail", credit)) in aside(text)
    assert byline in kept(text)


def test_the_last_paragraph_above_a_closing_byline_stays() -> None:
    closing = "Het zwembad gaat in de zomer open"
    text = _text(TITLE, BODY, MORE, LONGER, closing, "[ door Anna de Wit ]")
    assert closing in kept(text)


# --- title_position.header_card: a card above the article opening with the title, the title again below it -------

CARD_TITLE = "Twee bakkers, één oven"


def test_a_header_card_is_set_aside_and_the_titles_copy_under_it_is_the_headline() -> None:
    card = f"{CARD_TITLE}\nEls Peeters\n& Tom Maes\nGent - Lochristi\nOndernemers"
    text = _text(card, CARD_TITLE, BODY, MORE, LONGER)
    found = aside(text)
    assert ("card", "Els Peeters") in found
    assert ("card", CARD_TITLE) in found
    assert (K.HEADLINE, CARD_TITLE) in kinds(text)
    assert CARD_TITLE in kept(text)


def test_a_title_repeated_under_its_subtitle_stays_the_first_copy() -> None:
    subtitle = "De twee bakkers van het dorp delen sinds maart hun oven en hun personeel"
    text = _text(CARD_TITLE, subtitle, CARD_TITLE, BODY, MORE, LONGER)
    assert not [t for reason, t in aside(text) if reason == "card"]
    assert subtitle in kept(text)


# --- site_rules.SITE_LINES: a broadcaster's live links, the follow links' label without its colon ------------------


def test_a_row_of_live_links_is_set_aside() -> None:
    assert ("navigation", "Luister live | Kijk live") in aside(_text("Luister live | Kijk live", TITLE, BODY, LONGER))


def test_a_title_opening_with_live_tv_stays() -> None:
    title = "Live tv-debat over de begroting trekt veel kijkers"
    assert title in kept(_text(title, BODY, LONGER))


def test_the_follow_label_without_its_colon_is_set_aside() -> None:
    text = _text("Volg ons", "Facebook Instagram", TITLE, BODY, LONGER)
    assert ("label", "Volg ons") in aside(text)


def test_a_sentence_opening_with_volg_ons_stays() -> None:
    line = "Volg ons dorp in de komende weken op de voet"
    assert line in kept(_text(TITLE, BODY, line, LONGER))


# --- page_sections.posted_items + title_line: a title stamped with its posting date, the feed's next items -----

STAMP = "Gepubliceerd op: 03-04-2019 10:15"
NEXT_ITEM = "'Nieuwe speeltuin in het park open' Gepubliceerd op: 03-04-2019 09:50"


def test_a_posting_stamp_glued_to_the_title_is_set_aside_and_the_title_kept() -> None:
    text = _text(f"{TITLE} {STAMP}", BODY, LONGER)
    assert ("stamp", STAMP) in aside(text)
    assert (K.HEADLINE, TITLE) in kinds(text)


def test_the_feeds_next_stamped_item_after_the_article_is_set_aside_to_the_end() -> None:
    text = _text(f"{TITLE} {STAMP}", BODY, LONGER, NEXT_ITEM, MORE)
    found = [t for reason, t in aside(text) if reason == "teaser"]
    assert found == [NEXT_ITEM, MORE]
    assert LONGER in kept(text)


def test_a_stamped_line_after_an_unstamped_title_stays() -> None:
    text = _text(TITLE, BODY, LONGER, NEXT_ITEM, MORE)
    assert MORE in kept(text)


def test_a_sentence_ending_in_a_date_is_no_stamp() -> None:
    line = "Het besluit is op 03-04-2019 gepubliceerd"
    assert line in kept(_text(f"{TITLE} {STAMP}", BODY, line, LONGER))


# --- structure._bullet_list: a meta row's date after its bullet is a date line, the title under it the headline --


def test_a_bulleted_date_above_the_title_is_a_date_line_and_the_title_the_headline() -> None:
    text = _text("• 14/03/2023", TITLE, BODY, LONGER)
    assert "• 14/03/2023" in date_lines(text)
    assert (K.HEADLINE, TITLE) in kinds(text)


def test_a_one_item_list_of_a_figure_stays_a_list() -> None:
    text = _text(TITLE, BODY, "• 14 van de 20 leden", LONGER)
    assert (K.LIST, "• 14 van de 20 leden") in kinds(text)


# --- reference_lines.header_widgets: a social feed's widget above the article -------------------------------------

POST = "• Morgen vanaf 9 uur afsluiting van de Dorpsstraat.… twitter.com/i/web/status/17…"


def test_a_social_feeds_posts_and_their_heading_are_set_aside() -> None:
    text = _text("Twitter feed Dorpsradio", POST, TITLE, BODY, LONGER)
    found = aside(text)
    assert ("embed", POST) in found
    assert ("embed", "Twitter feed Dorpsradio") in found
    assert (K.HEADLINE, TITLE) in kinds(text)


def test_a_list_of_sources_with_one_tweet_link_stays() -> None:
    sources = "• Verklaring van de gemeente\n• Bericht van de politie twitter.com/politie/status/12345"
    text = _text(TITLE, BODY, sources, LONGER)
    assert "Verklaring van de gemeente" in kept(text)


def test_a_one_item_date_bar_with_its_weekday_is_still_set_aside() -> None:
    text = _text("22 C\nZwolle\n• dinsdag 14 maart 2023", TITLE, BODY, LONGER)
    assert ("date", "• dinsdag 14 maart 2023") in aside(text)


# --- print_edges: the paper's e-mail address opening the text and its phone line above the article ----------------


def test_the_papers_address_and_phone_line_opening_the_text_are_set_aside() -> None:
    text = _text("redactie@dorpsblad.nl\nt. 0513 12 34 56", TITLE, BODY, LONGER)
    found = aside(text)
    assert ("contact", "redactie@dorpsblad.nl") in found
    assert ("contact", "t. 0513 12 34 56") in found


def test_a_phone_number_in_the_articles_text_stays() -> None:
    line = "Tel. 0513 12 34 56"
    assert line in kept(_text(TITLE, BODY, MORE, line, LONGER))


# --- title_copies._masthead: an e-paper's masthead under the paper's contact lines --------------------------------


def test_an_e_papers_masthead_under_contact_lines_is_set_aside() -> None:
    head = _text("redactie@dorpsblad.nl", "Vrijdag Dorpsblad", "14 maart 2023", "Vrijdag Dorpsblad 14 maart 2023")
    text = _text(head, TITLE, BODY, LONGER)
    assert ("masthead", "Vrijdag Dorpsblad 14 maart 2023") in aside(text)
    assert (K.HEADLINE, TITLE) in kinds(text)


def test_a_title_and_its_date_not_repeated_together_stay() -> None:
    text = _text("redactie@dorpsblad.nl", TITLE, "14 maart 2023", BODY, LONGER)
    assert (K.HEADLINE, TITLE) in kinds(text)


# --- site_sentence_rules: the subscription service's question and where to turn, in one sentence ----------------


def test_the_subscription_services_note_is_set_aside() -> None:
    note = "Heeft u vragen of wilt u uw abonnement opzeggen neem dan contact op via lezers@dorpsblad.nl"
    assert ("promo", note) in aside(_text(note, TITLE, BODY, LONGER))


def test_news_about_a_subscription_stays() -> None:
    news = "Wie zijn abonnement wil opzeggen, kan volgens de woordvoerder contact opnemen met de vervoerder."
    assert news in kept(_text(TITLE, BODY, news, LONGER))


# --- meta_line_rules.TAGLINE: the site's tagline opening with adjectives, no article ---------------------------------


def test_a_tagline_of_adjectives_before_the_kind_of_paper_is_set_aside() -> None:
    tagline = "Onafhankelijke regionale nieuwssite voor de Kempen"
    text = _text(tagline, TITLE, BODY, LONGER)
    assert ("site_name", tagline) in aside(text)
    assert (K.HEADLINE, TITLE) in kinds(text)


def test_a_title_with_one_adjective_before_krant_stays() -> None:
    title = "Nieuwe krant voor de Kempen"
    text = _text(title, BODY, LONGER)
    assert (K.HEADLINE, title) in kinds(text)


# --- site_sentence_rules: the site's offers to advertisers and to readers, naming "this site" ------------------


def test_the_sites_offers_naming_this_site_are_set_aside() -> None:
    offer = "Uw advertentie op deze website al vanaf 5 euro per week."
    photos = "Graag publiceren wij uw verslag met foto op deze site, voor clubs en scholen."
    send = "U kunt uw foto's met een korte tekst insturen naar: redactie@dorpsblad.be"
    found = [t for _, t in aside(_text(offer, photos, send, TITLE, BODY, LONGER))]
    assert offer in found and photos in found and send in found


def test_news_about_ads_on_a_website_and_sending_to_the_council_stays() -> None:
    news = "De burgemeester wil geen reclame meer op de website van de gemeente."
    council = "Iedereen kan zijn bezwaar sturen naar: bezwaar@gemeente.nl, meldt de gemeente."
    text = _text(TITLE, BODY, news, council, LONGER)
    assert news in kept(text)
    assert council in kept(text)


# --- meta_line_rules.SITE_LINES: the publisher's legal imprint in a contact box ------------------------------------


def test_the_publishers_imprint_is_set_aside() -> None:
    line = "Verantwoordelijke uitgever: Jan Peeters"
    assert ("contact", line) in aside(_text(line, TITLE, BODY, LONGER))


def test_a_sentence_naming_a_publisher_stays() -> None:
    line = "De verantwoordelijke uitgever van het blad moet zich voor de rechter verantwoorden."
    assert line in kept(_text(TITLE, BODY, line, LONGER))


# --- title_labels: a tag trail right below the headline ----------------------------------------------------------


def test_a_tag_trail_below_the_headline_is_set_aside() -> None:
    trail = "Overijssel - Zwolle - Kampen - Verkeer"
    assert ("tags", trail) in aside(_text(TITLE, trail, BODY, LONGER))


def test_a_match_line_below_the_headline_stays() -> None:
    line = "Ajax - PSV - Feyenoord"
    assert line in kept(_text(TITLE, line, BODY, LONGER))


# --- reference_lines.header_widgets: the site's slogan of lower-case words in the header ------------------------


def test_a_slogan_of_lower_case_words_in_the_header_is_set_aside() -> None:
    slogan = "lokaal / snel / betrouwbaar"
    assert ("site_name", slogan) in aside(_text(slogan, TITLE, BODY, LONGER))


def test_a_lower_case_pair_in_the_articles_text_stays() -> None:
    line = "ja / nee / misschien"
    assert line in kept(_text(TITLE, BODY, MORE, line, LONGER))


# --- line_groups.continues_site_line: a site line wrapped onto the next line ----------------------------------------


def test_a_site_lines_short_wrap_is_set_aside_with_it() -> None:
    text = _text("Uw advertentie op deze website\nal vanaf 5 euro per week", TITLE, BODY, LONGER)
    assert ("promo", "Uw advertentie op deze website\nal vanaf 5 euro per week") in aside(text)


def test_a_lower_case_paragraph_under_a_site_line_stays() -> None:
    rest = "werd de nieuwe brug dinsdag door de burgemeester geopend, na jaren van voorbereiding en twee rechtszaken."
    text = _text(TITLE, BODY, f"Lees ook\n{rest}", LONGER)
    assert rest in kept(text)
