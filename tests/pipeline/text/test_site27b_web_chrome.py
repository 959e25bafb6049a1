"""A web page's chrome around a news item, by shape (issue 21, round site27b: pipeline.text.web_rules and
pipeline.text.web_tails): each rule on an example written here, and next to it article text of a similar shape
that stays."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, MORE, TITLE, K, aside, headline, kept, kinds
from tests.pipeline.text.site_helpers import joined as _text
from tests.pipeline.text.site_helpers import page as _page


def test_an_aggregators_date_and_source_line_is_set_aside_and_the_title_below_it_is_the_headline() -> None:
    for stamp in ("3-2-2021 14:05 via voorbeeldkrant.nl", "zondag, 7 maart 2021 (09:12) - Omroep.be"):
        text = _text(stamp, TITLE, BODY)
        assert ("source", stamp) in aside(text)
        assert headline(text) == TITLE
    # a date and a time in a sentence with a site's name stays
    sentence = "Op 3-2-2021 om 14:05 meldde voorbeeldkrant.nl dat de brug dicht was. " + MORE
    assert sentence in kept(_text(TITLE, BODY, sentence))


def test_a_widgets_label_and_a_media_label_are_set_aside() -> None:
    text = _text(TITLE, "In dit artikel:", BODY, MORE)
    assert ("label", "In dit artikel:") in aside(text)
    assert ("video", "Met foto's") in aside(_text(TITLE, "Met foto's", BODY))
    # a sentence opening with the same words stays
    sentence = "In dit artikel: de wethouder legt uit waarom het zwembad duurder wordt dan gepland."
    assert sentence in kept(_text(TITLE, BODY, sentence))


def test_a_media_label_in_capitals_glued_to_the_text_is_cut_off() -> None:
    text = _text(TITLE, "MET FOTO'SDe brug over de IJssel is vrijdag geopend. " + MORE)
    assert ("label", "MET FOTO'S") in aside(text)
    assert kept(text).endswith("De brug over de IJssel is vrijdag geopend. " + MORE)
    # a place in capitals glued to the text is the article's dateline, not a label
    assert not [r for r, t in aside(_text(TITLE, "ZWOLLEDe brug is vrijdag geopend. " + MORE)) if "ZWOLLE" in t]


def test_an_updates_time_stays_whole_as_article_text() -> None:
    text = _text(TITLE, BODY, "Update 21:05 uur", MORE)
    assert aside(text) == []
    assert "Update 21:05 uur" in [t for _, t in kinds(text)]


def test_comment_notice_tip_request_and_account_promo_are_set_aside() -> None:
    notice = "Leuk dat je wil reageren. Wie reageert, gaat akkoord met de spelregels van onze site."
    tip = "Iets opgemerkt in je buurt? Meld het aan de redactie"
    promo = "Gratis onbeperkt lezen in de app? Log in of maak een account aan."
    for line, reason in ((notice, "comments"), (tip, "tip"), (promo, "promo")):
        found = " ".join(t for r, t in aside(_text(TITLE, BODY, MORE, line)) if r == reason)
        assert found.startswith(line.split("?")[0].split(".")[0]), line
        assert MORE in kept(_text(TITLE, BODY, MORE, line))
    # the police's appeal and a reported promise stay
    appeal = "Iets gezien? De politie vraagt getuigen om te bellen met 0900-8844."
    assert appeal in kept(_text(TITLE, BODY, appeal))
    reported = "Wie reageert, gaat volgens de wethouder akkoord met het plan."
    assert reported in kept(_text(TITLE, BODY, reported))


def test_a_tag_lists_and_a_related_lists_heading_are_set_aside() -> None:
    tags = "Lees meer over: Zwolle , zwembad , gemeenteraad , Kees Bakker , sport , begroting , verenigingen"
    assert ("teaser", tags) in aside(_text(TITLE, BODY, tags))
    assert ("teaser", "Recent over Zwolle:") in aside(_text(TITLE, BODY, MORE, "Recent over Zwolle:"))
    # a sentence with a colon after "ook over" or "meer over" stays
    sentence = "Meer over de kosten: de wethouder verwacht een tekort van twee miljoen euro."
    assert sentence in kept(_text(TITLE, BODY, sentence))


def test_a_section_word_with_a_colon_opening_the_page_is_navigation() -> None:
    text = _text("Sport:", "Door: Redactie", BODY, MORE)
    assert ("navigation", "Sport:") in aside(text)


def test_a_here_link_before_a_numbered_item_is_set_aside() -> None:
    line = f"{BODY} Het hele besluit lees je hier 2. De brug is vrijdag geopend. Fietsers zijn blij."
    assert ("link", "Het hele besluit lees je hier") in aside(_text(TITLE, line))


def test_a_byline_with_the_pages_publication_stamp_is_no_headline() -> None:
    byline = "Door de redactie · gepubliceerd: dinsdag 3 maart 2021, 10:15 uur | bijgewerkt: 11:02 uur"
    text = _text(byline, "ZWOLLE - " + BODY, MORE)
    assert (K.BYLINE, byline) in kinds(text)
    assert headline(text) is None


def test_a_place_in_capitals_before_two_sentences_is_the_ledes_dateline_not_a_kicker() -> None:
    text = _text("Door: Redactie", "DEN HAAG - " + BODY, MORE)
    assert headline(text) is None
    assert any(t.startswith("DEN HAAG - ") for _, t in kinds(text))
    # a kicker in capitals above a one-sentence headline is still one
    assert headline(_text("UPDATE - " + TITLE, BODY)) != "UPDATE -"


def test_a_regions_label_before_the_title_stays_in_the_headline() -> None:
    # headline38 (STRUCTURE_CONVENTIONS.md): a kicker glued into the headline's line stays in the headline (blind14 relabelled)
    text = _text("Gelderland – Nieuwe brug over de IJssel geopend", BODY, MORE)
    assert ("rubric", "Gelderland –") not in aside(text)
    assert headline(text) == "Gelderland – Nieuwe brug over de IJssel geopend"
    # two regions or countries around a dash: a match, the title whole
    match = "Nederland – België eindigt in gelijkspel"
    assert headline(_text(match, BODY, MORE)) == match
    # a lede of one sentence after its dateline in a region's name: the article's
    lede = "Gelderland – De provincie opent vrijdag de nieuwe brug over de IJssel bij Zutphen."
    assert lede in kept(_text(lede, MORE))


def test_a_regions_name_alone_above_the_text_is_its_section_label() -> None:
    text = _text("Gelderland", LONGER, MORE)
    assert ("label", "Gelderland") in aside(text)
    assert headline(text) is None
    # a one-word title above a short first line is not this rule's
    assert ("label", "Gelderland") not in aside(_text("Gelderland", "Een kort bericht.", LONGER))


def test_a_run_of_story_cards_with_read_more_links_is_set_aside() -> None:
    cards = [
        "Brand in loods bij ZwolleDe brandweer was uren bezig met blussen. Niemand raakte gewond.",
        "Lees verder ⮕",
        "Nieuwe burgemeester voor KampenDe raad kiest een oud-wethouder uit Deventer. Hij begint in mei.",
        "Lees verder ⮕",
        "Fietspad langs de IJssel maanden dichtHet waterschap versterkt daar de dijk, dat duurt tot",
    ]
    text = _text(TITLE, BODY, MORE, *cards)
    assert [t for r, t in aside(text) if r == "teaser"] == cards
    assert kept(text).endswith(MORE)
    # one read-more link after a teaser page's only paragraph: the paragraph is the article's
    single = _text(TITLE, BODY, "Lees verder ⮕")
    assert BODY in kept(single)
    # a round-up's items, each with its link, none with a glued title or cut off: the round-up's text
    items = ["De brug over de IJssel is open. Fietsers zijn blij.", "Lees meer", MORE, "Lees meer"]
    assert MORE in kept(_text(TITLE, BODY, *items))


def test_teasers_cut_off_at_a_fixed_length_are_the_pages_related_list() -> None:
    teaser = (
        "Ondernemers in Overijssel vragen massaal subsidie aan voor een nieuwe webshop of betere beveiliging van "
        "hun systemen, zo blijkt uit de cijfers van de provincie over de eerste maanden van de regeling, tot..."
    )
    other = (
        "In Hattem is vanmiddag brand uitgebroken in een leegstaande schuur aan de rand van het dorp. De brandweer "
        "kwam met drie wagens en een hoogwerker, en schaalde al snel op naar..."
    )
    text = _page(BODY, MORE, teaser, other, "Een derde bericht over iets anders in de regio.", "Contact:")
    found = [t for r, t in aside(text) if r == "teaser"]
    assert found and found[0].startswith("Ondernemers in Overijssel") and found[0].endswith("Contact:")
    assert kept(text) == f"{BODY} {MORE}"
    # one quotation trailing off in the article stays
    trailing = "De wethouder aarzelde even en zei toen dat de gemeente het plan nog eens goed zou bekijken, maar..."
    assert trailing in kept(_page(BODY, trailing, MORE))


def test_an_exclaimed_title_on_the_first_line_above_a_long_paragraph_line_is_the_headline() -> None:
    title = "Eindelijk gaat de nieuwe brug over de IJssel open!"
    text = _page(title, f"{BODY} {LONGER}", MORE)
    assert headline(text) == title
    # a short line under it: hard-wrapped text, one paragraph
    assert headline(_page(title, "Dat meldt de gemeente.", MORE)) != title


def test_a_recurring_rubrics_standing_intro_is_set_aside() -> None:
    intro = "Elke werkdag om 18.00 uur zet Omroep Voorbeeld de opvallendste berichten uit de regio op een rij."
    text = _text(TITLE, f"{intro} {BODY}", MORE)
    assert ("rubric", intro) in aside(text)
    assert BODY in kept(text)
    # a schedule in the news stays: no outlet gathering its stories
    bus = "Elke werkdag om 7.30 uur rijdt de bus van Zwolle naar Kampen, meldt de vervoerder in een bericht."
    assert bus in kept(_text(TITLE, BODY, bus))


def test_the_rest_of_a_first_paragraph_after_a_rubrics_intro_is_its_lede_not_a_title() -> None:
    intro = "Elke werkdag om 18.00 uur zet Omroep Voorbeeld de opvallendste berichten uit de regio op een rij."
    today = "Vandaag draait alles om de nieuwe brug."
    text = _text(f"{intro} {today}", BODY, MORE)
    assert headline(text) is None
    assert (K.LEDE, today) in kinds(text)
