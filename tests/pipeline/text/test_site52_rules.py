"""Rules of round site52 (structure_blind30/12/22/34): each on an example written here, with an article-text look-alike
beside it that stays the article's."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, MORE, TITLE, article, aside, joined, kept

# --- read_more_cards: an index page's later posts, each a cut snippet closed by a read-more link ------------------

POST = "De provincie trekt extra geld uit voor de aanleg van fietspaden langs de dijk, zo maakte zij bekend..."
OTHER_POST = (
    "Waterschap kiest nieuwe voorzitter\nHet algemeen bestuur van het waterschap heeft dinsdag gestemd over de"
    " opvolging van de voorzitter die eerder dit jaar..."
)


def test_a_cut_snippet_under_an_earlier_post_closed_by_read_more_is_a_card() -> None:
    text = joined(TITLE, POST, "Lees verder", OTHER_POST, "Lees verder")
    title, snippet = OTHER_POST.split("\n")
    assert ("teaser", title) in aside(text) and ("teaser", snippet) in aside(text)
    assert POST in kept(text)  # the first post: the article the page was saved for
    trailing = "Daarna werd het stil in de zaal. En toen..."  # a paragraph trailing off, no read-more link of its own
    assert trailing in kept(joined(TITLE, POST, "Lees verder", trailing, MORE))


# --- reference_lines: the site's promise of news on its subject, above the title ------------------------------------

TAGLINE = "Elke werkdag vers, het laatste nieuws over de binnenvaart, de havens en de logistiek in Nederland en België."


def test_a_tagline_promising_the_latest_news_above_the_title_is_site_text() -> None:
    text = joined(TAGLINE, "dinsdag 4 maart 2025", TITLE, BODY, MORE)
    assert ("site_name", TAGLINE) in aside(text)
    assert article(text).meta.headline == TITLE
    lede = "Het laatste nieuws over de binnenvaart is dat de havens van Rotterdam en Antwerpen weer open zijn."
    text = joined(lede, TITLE, BODY, MORE)
    assert lede in kept(text)
    titled = joined(TITLE, "Het laatste nieuws over de binnenvaart, de havens en de logistiek.", BODY, MORE)
    assert "Het laatste nieuws over de binnenvaart" in kept(titled)  # under the title: the article's subtitle


# --- headline / title_words.unnamed_below: one word the text never names under a short title the text names --------

SHORT_TITLE = "Vroege zwaluwen"
WALK = (
    "Tijdens een wandeling langs de uiterwaarden zag ik deze week de eerste zwaluwen van het jaar boven het water"
    " jagen. Ze zijn vroeg dit voorjaar, want meestal komen ze pas half april terug uit Afrika."
)


def test_a_word_the_text_never_names_under_a_short_title_is_no_headline() -> None:
    text = joined(SHORT_TITLE, "Veldnotities", WALK, MORE)
    assert article(text).meta.headline == SHORT_TITLE
    assert "Veldnotities" in kept(text)  # kept as a heading: a word the text never names may be its place (site27)
    kicked = joined("Natuur dichtbij", "Zwaluwen", WALK, MORE)  # the text names the word below, not the line above
    assert article(kicked).meta.headline == "Zwaluwen"


# --- feed_items: a feed's next items under the article, bare paragraphs each naming its own places and people -------

FEED_ITEMS = (
    "In Deventer gaat na de zomer een nieuwe muziekschool open, met lessen voor kinderen en volwassenen en een"
    " eigen zaal voor concerten van leerlingen.",
    "Het verhaal van Anouk Smit laat zien hoe een buurthuis in een stille wijk weer een plek wordt waar bewoners"
    " elkaar opzoeken en helpen.",
    "In Tilburg zijn zaterdag twee fietsers gewond geraakt bij een botsing op een kruispunt. Zij zijn voor controle"
    " naar het ziekenhuis gebracht.",
    "Zangeres Lotte Willems stond na vijf jaar weer op het podium van een groot festival en werd door het publiek"
    " hartelijk ontvangen.",
)


def test_bare_paragraphs_under_a_short_article_each_naming_only_their_own_names_are_a_feed() -> None:
    text = joined(TITLE, BODY, *FEED_ITEMS)
    assert [t for r, t in aside(text) if r == "teaser"] == list(FEED_ITEMS)
    assert BODY in kept(text)
    # the article going on: its paragraphs come back to a name ("Bakker", "Zwolle") — all of it stays
    going_on = (
        *FEED_ITEMS[:3],
        "Wethouder Bakker verwacht dat de eerste bezoekers in Zwolle volgend voorjaar kunnen zwemmen in het bad.",
    )
    assert all(p in kept(joined(TITLE, BODY, *going_on)) for p in going_on)


# --- page_voice_rules: a round-up's standing intro telling the reader what the page below holds -------------------


def test_an_overview_intro_to_the_reader_is_a_rubric_but_news_about_an_overview_stays() -> None:
    intro = "In het overzicht hieronder vind je elke dag de korte berichten uit de regio en de provincie."
    assert ("rubric", intro) in aside(joined(TITLE, intro, BODY, MORE))
    reported = "In het overzicht van de gemeente staat dat de brug twee jaar later klaar is dan gepland."
    assert reported in kept(joined(TITLE, reported, BODY, MORE))


def test_a_question_and_the_stories_picked_for_the_reader_are_a_rubric_but_a_story_about_picking_stays() -> None:
    intro = "Goed geïnformeerd de week in? De redactie heeft vijf artikelen van deze maand geselecteerd die u hier kunt nalezen."
    assert ("rubric", intro) in aside(joined(TITLE, intro, BODY, MORE))
    reported = "Waarom koos de jury deze? Zij heeft de artikelen geselecteerd die het meest gelezen werden."
    assert reported in kept(joined(TITLE, BODY, reported, MORE))


# --- meta_line_rules: a CMS's edit stamp glued after the paragraph's last sentence --------------------------------


def test_an_edit_stamp_glued_after_a_paragraph_is_set_aside_but_news_about_a_change_stays() -> None:
    text = joined(TITLE, f"{BODY} Laatst gewijzigd: 3 maart 2024, 10:12", MORE)
    assert ("stamp", "Laatst gewijzigd: 3 maart 2024, 10:12") in aside(text)
    assert BODY in kept(text)
    news = "Laatste update: 1 januari gaat de inkomensgrens voor de toeslag omhoog."
    assert news in kept(joined(TITLE, f"{BODY} {news}", MORE))
    alone = article(joined(TITLE, "Laatste update: 3 maart 2024 10:12", BODY, MORE))  # on its own line: a date line
    assert [b.reason for b in alone.blocks if b.text.startswith("Laatste update")] == ["date_line"]  # conv52


# --- index_pages.player_cards: the episode's card under the pointer to its player ---------------------------------


def test_an_episode_card_under_a_podcast_pointer_is_the_player_but_a_numbered_sentence_stays() -> None:
    card = "42 | Zo kiest de jury elk jaar de winnaars van de prijs"
    text = joined(TITLE, BODY, "Luister hier naar de podcast", card, MORE)
    assert ("embed", card) in aside(text)
    numbered = "42: zoveel bruggen telt de gemeente inmiddels, meer dan ooit."
    assert numbered in kept(joined(TITLE, BODY, "Luister hier naar de podcast", numbered, MORE))


# --- index_pages.series_boxes: a box pointing at the outlet's series on the subject -------------------------------


def test_a_series_box_heading_sentence_and_pointer_is_set_aside_but_a_pointer_to_one_document_leaves_them() -> None:
    box = (
        "Vijf jaar nieuwe brug",
        "De brug over de IJssel bestaat dit jaar een lustrum.",
        "Lees al onze artikels hier.",
    )
    text = joined(TITLE, BODY, *box, MORE)
    assert ("promo", box[0]) in aside(text) and ("promo", box[1]) in aside(text)
    report = ("Het rapport", "De provincie liet de brug na vijf jaar onderzoeken.", "Lees hier het rapport.")
    read = kept(joined(TITLE, BODY, *report, MORE))
    assert report[0] in read and report[1] in read


# --- title_labels: the headline's copy cut off by the page, opening the paragraph below it --------------------------


def test_the_headlines_cut_copy_opening_the_snippet_is_set_aside_but_a_lede_repeating_its_words_stays() -> None:
    title = "Provincie: Nieuwe fietsbrug over de IJssel..."
    text = joined(title, f"Nieuwe fietsbrug over de IJssel... {BODY}", MORE)
    assert ("repeated", "Nieuwe fietsbrug over de IJssel...") in aside(text)
    assert BODY in kept(text)
    echoed = f"{TITLE} na jaren van uitstel. {BODY}"  # the lede goes on after the headline's words: no copy
    assert echoed in kept(joined(TITLE, echoed, MORE))


# --- page_voice_rules: the newsroom sharing pictures in the page's (gone) player -----------------------------------


def test_the_newsroom_sharing_pictures_is_the_players_but_another_party_sharing_them_is_news() -> None:
    shared = "De redactie van Voorbeeld deelt beelden van de opening van de brug."
    assert ("embed", shared) in aside(joined(TITLE, f"{BODY} {shared}", MORE))
    news = "De politie deelt beelden van de verdachte die de brug beschadigde."
    assert news in kept(joined(TITLE, f"{BODY} {news}", MORE))
