"""Rules of round site50 (structure_blind39): each on an example written here, with an article-text look-alike
beside it that stays the article's."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept

# --- print_edges: a title in capitals with a colon under the skip link is the title, not an archive's key ---------

CAPITALS_TITLE = "NIEUWE FIETSBRUG ZWOLLE GEOPEND: FIETSERS STEKEN VOORTAAN DE RIVIER OVER"


def test_a_capitals_title_with_a_colon_under_a_skip_link_is_the_headline_but_a_key_with_values_is_not() -> None:
    read = article(joined("Spring naar de inhoud", CAPITALS_TITLE, BODY, MORE))
    assert read.meta.headline == CAPITALS_TITLE
    assert CAPITALS_TITLE in kept(joined("Spring naar de inhoud", CAPITALS_TITLE, BODY, MORE))
    keys = "TREFWOORDEN: VERKEER; BRUGGEN; GEMEENTE ZWOLLE"
    assert ("archive", keys) in aside(joined(TITLE, keys, BODY, MORE))


# --- text_ends: the text cut off inside a word after a short opening ("Aan de ove") --------------------------------


def test_a_text_cut_off_in_a_word_after_an_article_keeps_its_closing_lines() -> None:
    text = joined(TITLE, BODY, MORE, "Een nieuwe fietsbrug", "FIETSBRUG", "Langs de fiet")
    read = kept(text)
    assert "Een nieuwe fietsbrug" in read and "FIETSBRUG" in read and "Langs de fiet" in read
    whole = joined(TITLE, BODY, MORE, "Meer over de brug")  # a tail line ending in a whole word: the page's
    assert "Meer over de brug" not in kept(whole)


# --- reader_site_sentences: the reader asked to send in news, in a short question of its own ----------------------


def test_a_question_asking_the_reader_to_send_in_news_is_no_headline() -> None:
    request = "Zelf een nieuwtje opsturen?\nnieuws@voorbeeld.be"
    read = article(joined(request, TITLE, BODY, MORE))
    assert read.meta.headline == TITLE
    assert "Zelf een nieuwtje opsturen?" not in kept(joined(request, TITLE, BODY, MORE))
    reported = "Hoe kunnen inwoners zelf nieuws insturen? De stad opent daarvoor een loket in het stadhuis."
    assert reported in kept(joined(TITLE, BODY, reported, MORE))


# --- reader_rules: the rights reserved in other words ------------------------------------------------------------


def test_a_rights_reserved_notice_under_the_title_is_set_aside() -> None:
    notice = "Auteursrechten nadrukkelijk voorbehouden - © 2021 Voorbeeldomroep.be"
    assert ("copyright", notice) in aside(joined(TITLE, notice, BODY, MORE))
    news = "De uitgever liet weten dat de auteursrechten voorbehouden blijven tot het proces voorbij is."
    assert news in kept(joined(TITLE, BODY, news, MORE))


# --- web_rules: a short line closing on the page's full web address ----------------------------------------------


def test_a_line_closing_on_the_pages_web_address_is_no_headline() -> None:
    notice = "Printbare versie van dit bericht op https://www.voorbeeld.be/bericht.php?id=88"
    read = article(joined(notice, TITLE, BODY, MORE))
    assert read.meta.headline == TITLE
    assert ("link", notice) in aside(joined(notice, TITLE, BODY, MORE))
    sentence = "De volledige lijst van de nieuwe fietsroutes staat op www.voorbeeld.be."
    assert sentence in kept(joined(TITLE, BODY, sentence, MORE))
    unstopped = "De stukken worden gepubliceerd op https://www.voorbeeld.be/besluiten"
    assert unstopped in kept(joined(TITLE, BODY, unstopped, MORE))


# --- dated_cards: a blog's previous and next posts, each a title and its date, above the article ----------------


def test_dated_cards_opening_the_text_are_set_aside_and_the_title_under_them_is_the_headline() -> None:
    cards = ("Gemeente sluit zwembad voor onderhoud", "March 3, 2021", "Fietsers krijgen nieuwe route", "March 4, 2021")
    read = article(joined(*cards, TITLE, "Gepost op March 5, 2021", BODY, MORE))
    assert read.meta.headline == TITLE
    assert all(
        ("teaser", card) in aside(joined(*cards, TITLE, "Gepost op March 5, 2021", BODY, MORE)) for card in cards
    )
    own = joined(TITLE, "March 5, 2021", BODY, MORE)  # the article's own title with its date: the headline stays
    assert article(own).meta.headline == TITLE and ("date_line", "March 5, 2021") in aside(own)  # conv52


# --- meta_line_rules: a posting stamp whose poster is the newsroom -------------------------------------------------


def test_a_posting_stamp_by_the_newsroom_is_the_pages_but_one_by_a_person_stays() -> None:
    stamp = "Gepubliceerd door de Voorbeeld Redactie op 5 maart 2021"
    assert ("stamp", stamp) in aside(joined(TITLE, stamp, BODY, MORE))
    person = "Gepubliceerd door Anna de Vries op 5 maart 2021"
    assert person in kept(joined(TITLE, person, BODY, MORE))


# --- web_rules / reader_rules: a tag list left empty, a follow button, a subscribe button ---------------------------


def test_an_empty_tag_list_above_the_title_again_leaves_the_title_clean() -> None:
    text = joined(TITLE, "Verwante onderwerpen:", f",\n{TITLE}", BODY, MORE)
    read = article(text)
    assert read.meta.headline == TITLE
    assert ("label", "Verwante onderwerpen:") in aside(text) and ("label", ",") in aside(text)
    announcing = "De raad besprak drie onderwerpen:"
    assert announcing in kept(joined(TITLE, BODY, announcing, "de brug, het zwembad en de haven.", MORE))


def test_a_follow_and_a_subscribe_button_above_the_title_are_set_aside() -> None:
    text = joined("Volg Stadskrant", "Abonneer je nu!", TITLE, BODY, MORE)
    assert ("promo", "Volg Stadskrant") in aside(text)
    assert ("promo", "Abonneer je nu!") in aside(text)
    route = "Volg de route langs de dijk"
    assert route in kept(joined(TITLE, BODY, route, MORE))


# --- doubled_cards.doubled_boxes: a box's title printed again over its cut content, above the article -------------


def test_a_box_title_printed_again_over_its_cut_content_above_the_article_is_set_aside() -> None:
    box = "Agenda Stadsschouwburg Zwolle Voorstellingen 2026 Hamlet, Zaal 1, op 3 maart 2026 De Vrek, Zaal 2, op 5…"
    text = joined("Agenda Stadsschouwburg Zwolle", box, TITLE, BODY, MORE)
    assert article(text).meta.headline == TITLE
    assert ("teaser", box) in aside(text)
    excerpt = joined(TITLE, f"{TITLE} De brug over de IJssel is na drie jaar bouwen open…")  # the text an excerpt
    assert f"{TITLE} De brug over de IJssel is na drie jaar bouwen open…" in kept(excerpt)


# --- interface_rules: a selector's prompt, a link's text with its arrow ---------------------------------------------


def test_a_selectors_prompt_and_a_link_with_its_arrow_are_set_aside() -> None:
    text = joined(TITLE, BODY, "Download de volledige uitslag »", MORE, "Selecteer je regio:")
    assert ("link", "Download de volledige uitslag »") in aside(text)
    assert ("interface", "Selecteer je regio:") in aside(text)
    quoted = "De wethouder: «Wij gaan door met de brug»"
    assert quoted in kept(joined(TITLE, BODY, quoted, MORE))
    chosen = "Kies een kant van de rivier"
    assert chosen in kept(joined(TITLE, BODY, chosen, MORE))


# --- closing_cards: cards cut without a mark under a list's label set aside ---------------------------------------

_CARD_ONE = "Zwembad blijft langer open. De gemeente verlengt het seizoen tot half oktober omdat de"
_CARD_TWO = "Markt verhuist naar de haven. Vanaf maart staan de kramen aan de kade, want het plein wordt"


def test_cards_cut_without_a_mark_under_a_label_set_aside_are_teasers() -> None:
    text = joined(TITLE, BODY, MORE, "Selecteer je regio:", "Nieuw fietspad", _CARD_ONE, "Markt op de kade", _CARD_TWO)
    found = [t for _, t in aside(text)]
    assert all(t in found for t in ("Nieuw fietspad", _CARD_ONE, "Markt op de kade", _CARD_TWO))
    habit = joined(  # a writer who leaves out the closing full stop: the article's own paragraphs
        TITLE,
        "De brug is open. Fietsers en wandelaars kunnen er vanaf vandaag over, meldt de gemeente. Auto's volgen in het"
        " voorjaar, als de aansluiting op de ringweg klaar is",
        MORE,
        "Selecteer je regio:",
        "Nieuw fietspad",
        _CARD_ONE,
        "Markt op de kade",
        _CARD_TWO,
    )
    assert _CARD_ONE in kept(habit)


def test_a_written_by_label_with_empty_fields_is_set_aside_but_one_with_a_name_stays() -> None:
    assert ("byline", "Geplaatst door , -") in aside(joined(TITLE, "Geplaatst door , -", BODY, MORE))
    assert "Anna de Vries" in kept(joined(TITLE, "Geplaatst door Anna de Vries", BODY, MORE))
