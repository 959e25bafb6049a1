"""Headlines missed on pages the rules never saw (issue 21, helper headline37): examples written here, each next to
a look-alike that keeps its current reading."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, headline, joined

TITLE = "Wethouder opent nieuw speelveld aan de Dorpsstraat"
LEDE = (
    "HATTEM De kinderen van de Dorpsstraat hebben sinds zaterdag een eigen speelveld. Wethouder Anne de Wit knipte "
    "het lint door, waarna de eerste wedstrijd werd gespeeld."
)


def test_a_title_under_a_list_of_photo_names_over_the_running_text_is_the_headline() -> None:
    # a page's slider of photo names (a list) above the title, the running text under it
    photos = "• foto kop 3\n• foto kop 4\n• foto kop 7"
    assert headline(joined(photos, TITLE, LEDE, LONGER)) == TITLE
    # a byline or a date line between the title and its text is passed over
    assert headline(joined(photos, TITLE, "Geschreven door Els de Vries.", LEDE, LONGER)) == TITLE
    # so is a photo's caption under the title
    caption = "Het nieuwe speelveld aan de Dorpsstraat. Foto: Jan Bos"
    assert headline(joined(photos, TITLE, caption, LEDE, LONGER)) == TITLE


def test_a_title_under_a_crumb_label_and_a_slogan_with_a_deck_under_it_is_the_headline() -> None:
    # the site's slogan, a "you are here" label, the title, a deck of no sentence's end, the text
    slogan = "Speeltuinvereniging De Hoek maakt werk van buitenspelen in het hele dorp."
    deck = "Speelveld De Hoek: de kinderen zijn blij met het nieuwe veld, de buren vragen om minder lawaai"
    assert headline(joined(slogan, "U bent hier", TITLE, deck, LEDE, LONGER)) == TITLE


def test_a_title_under_a_notice_in_another_language_is_the_headline() -> None:
    notice = (
        "As of June 2020 all news items have been moved to the news archive. We look forward to serving you "
        "with our new website, which will be released soon."
    )
    assert headline(joined("Select region:", notice, TITLE, "ZATERDAG, 3 MEI 2014", LEDE, LONGER)) == TITLE


def test_an_intertitle_under_the_articles_own_opening_is_no_headline() -> None:
    # a text whose title the scraper dropped: its paragraphs first, then an intertitle — no title
    intertitle = "Buurt vraagt om minder lawaai op zondag"
    assert headline(joined(LEDE, intertitle, BODY, LONGER)) is None
    # a short opening sentence of the text's own (no page's lead-in above the heading): still no title
    opening = "Het speelveld aan de Dorpsstraat is klaar."
    assert headline(joined(opening, intertitle, BODY, LONGER)) is None


def test_a_label_or_a_heading_with_no_running_text_under_it_is_no_headline() -> None:
    photos = "• foto kop 3\n• foto kop 4\n• foto kop 7"
    # a heading of two words is a label, not the title; a heading closed by a colon announces what follows
    assert headline(joined(photos, "Lees ook", LEDE, LONGER)) is None
    assert headline(joined(photos, "Dit zijn de winnaars van dit jaar:", LEDE, LONGER)) is None


def test_a_list_of_longer_lines_above_a_heading_is_no_pages_lead_in() -> None:
    # the text's own points in a list (lines of more than a name's words) over a heading: no title found below them
    points = "• Het speelveld is open van acht tot acht\n• Honden zijn er niet welkom"
    assert headline(joined(points, TITLE, LEDE, LONGER)) is None


CONCERT = (
    "Vorig jaar startte de academie van Zottegem met een opleiding beiaard. Onder leiding van de stadsbeiaardier "
    "leerden vier leerlingen het instrument bespelen, en zij gaven in mei hun eerste concert."
)
ROUNDUP = ("Nieuw talent op de beiaard - 4 mei", "IMG_4725", "IMG_4726", "Gastspelers uit Zottegem", CONCERT, LONGER)


def test_a_short_title_the_page_prints_twice_over_a_roundups_items_is_the_headline() -> None:
    # "Jaaroverzicht 2024" over its copy in capitals: the page's title, not a label above the first item's heading
    assert headline(joined("Jaaroverzicht 2024", "JAAROVERZICHT 2024", *ROUNDUP)) == "Jaaroverzicht 2024"


def test_a_short_label_printed_once_or_a_doubled_caption_stays_above_the_title() -> None:
    # printed once, two words over a longer heading stay its label
    assert headline(joined("Jaaroverzicht 2024", *ROUNDUP)) == ROUNDUP[0]
    # a photo's alt text and caption (the same line twice) over the title and its text: the title below
    assert headline(joined("Jaaroverzicht 2024", "JAAROVERZICHT 2024", TITLE, LEDE, LONGER)) == TITLE


def test_a_caption_closed_by_its_photo_credit_is_no_headline() -> None:
    # a heading closed by "(c) <credit>": a photo's caption over the text, which has no title of its own
    caption = "Opening van het speelveld door wethouder De Wit (c) Jan Bos"
    assert headline(joined(caption, LEDE, LONGER)) is None
    assert headline(joined("Uitgelicht", "Opening van het speelveld © Jan Bos", LEDE, LONGER)) is None
    # a title naming a copyright without a credit's place at its end stays the title
    title = "Muziekuitgever vecht (c)-heffing aan bij de rechter"
    assert headline(joined(title, LEDE, LONGER)) == title


def test_a_label_over_figures_only_is_no_headline() -> None:
    # a match's result and its sets: a label and figures, no title
    assert headline(joined("Uitslag : 3-1", "Sets: 25-20; 18-25; 25-22; 25-23", LEDE, LONGER)) is None
    # a title with a match's sides before the score stays the title
    title = "Dames van VC Hattem winnen van Zwolle: 3-1"
    assert headline(joined(title, LEDE, LONGER)) == title


def test_a_notice_with_a_web_address_under_the_title_is_no_headline() -> None:
    # the page's heading, its time stamp, then a notice pointing to the documents' page: the heading is the title
    heading = "Beslissingen van de Hattemse Raad"  # shaped like a name ("Jan van de Berg")
    notice = (
        "De stukken van deze raadsvergadering zijn beschikbaar vanaf maandag 24 april 14u De stukken worden "
        "beschikbaar gesteld op http://www.hattem.nl/raad/besluiten"
    )
    text = joined(heading, "14:18 21/04/2017", notice, "Aanleg speelveld Dorpsstraat", LEDE, LONGER)
    assert headline(text) == heading
    # a title naming a site's domain, no web address, stays the title
    title = "Speelgoed van Bol.com bereikt Hattem niet meer"
    assert headline(joined(title, LEDE, LONGER)) == title


def test_a_sites_title_bar_naming_itself_twice_is_no_headline() -> None:
    # "Name | Longer name": the site's name and its description naming it again, over the article's title
    title = "Akkoord: meer geld voor amateurclubs, minder voor scheidsrechters"
    assert headline(joined("KNVB | Voetbalbond KNVB", title, LEDE, LONGER)) == title
    # a section's word before a bar over a title naming it: the title with it
    # headline38 (STRUCTURE_CONVENTIONS.md): a kicker glued into the headline's line stays in the headline
    line = "Speelveld | Hattem krijgt nieuw speelveld"
    assert headline(joined(line, LEDE, LONGER)) == line
    # a bar between a place and a different name: the heading above the title stays a label
    assert headline(joined("Hattem | Speelvelden", title, LEDE, LONGER)) == title


def test_a_path_of_pages_whose_last_part_the_next_line_repeats_is_no_headline() -> None:
    # "Section / Issue" over the name: a breadcrumb, the heading under them the title
    text = joined("Tijdschriften / Nummer 4 2021", "Nummer 4 2021", "Zomer in de stad", LEDE, LONGER)
    assert headline(text) == "Zomer in de stad"
    # a title with a slash in it, its last part not repeated under it, stays the title
    title = "Zomer in Hattem / Heerde: speelvelden open"
    assert headline(joined(title, LEDE, LONGER)) == title
