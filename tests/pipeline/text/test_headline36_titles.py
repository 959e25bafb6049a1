"""Headlines missed on structure_blind47 and structure_blind48 (issue 21, helper headline36): examples written here,
each next to a look-alike that keeps its current reading."""

from __future__ import annotations

from tests.pipeline.text.site_helpers import BODY, LONGER, TITLE, K, aside, headline, joined, kinds, page


def test_a_back_link_glued_after_the_title_to_a_line_above_is_cut_off() -> None:
    # "… (Jan Peeters)<< Editie 12": a name in brackets and an arrow back to the issue the page names above
    line = f"{TITLE} (Jan Peeters)<< Editie 12"
    text = joined("Editie 12", "Reportage | maart 2004", line, BODY, LONGER)
    assert headline(text) == TITLE
    assert (K.BYLINE, "(Jan Peeters)") in kinds(text)
    assert ("navigation", "<< Editie 12") in aside(text)
    # a bracketed tag that names no person stays in the title
    assert headline(joined("Editie 12", f"{TITLE} (deel 2)<< Editie 12", BODY, LONGER)) == f"{TITLE} (deel 2)"


def test_an_arrow_in_the_title_to_no_line_above_stays_part_of_it() -> None:
    # no line above is the arrow's target: the title as the page prints it
    line = f"{TITLE} << Editie 12"
    assert headline(joined("Reportage | maart 2004", line, BODY, LONGER)) == line


def test_the_sites_appeal_to_its_readers_above_the_title_is_no_headline() -> None:
    # "Help ons …": an appeal in the imperative naming the site as "ons", a banner over the page's title — naming a
    # word of the text too (no tagline naming nothing of it)
    appeal = "Help ons de gemeente Zwolle te blijven volgen"
    assert headline(joined(appeal, TITLE, BODY, LONGER)) == TITLE
    assert headline(joined("Steun onze verslaggevers in Zwolle", TITLE, BODY, LONGER)) == TITLE
    # alone above the text (no heading under it) it is not made the title of another line
    assert headline(joined(appeal, BODY, LONGER)) != TITLE


def test_a_title_asking_the_reader_or_quoting_an_appeal_over_a_heading_stays_the_headline() -> None:
    # a question, or an appeal in quotes, is the title's own: the heading below is its standfirst
    deck = "Gemeente zoekt vrijwilligers voor de opening van de brug"
    question = "Help jij ons mee de brug te openen?"
    assert headline(joined(question, deck, BODY, LONGER)) == question
    quoted = "‘Help ons de brug te openen’"
    assert headline(joined(quoted, deck, BODY, LONGER)) == quoted


SIDEBAR = (
    "Stelling",
    "Gemeenten moeten meer betalen voor de jeugdzorg",
    "Stem",
    "Agenda",
    "Zomerconcerten in het park",
    "Het stadsorkest speelt in juli en augustus elke zondag in het park. De toegang is gratis.",
    "Op weg naar de finale",
    "De voetbalclub van Zwolle speelt zaterdag de halve finale van de beker tegen Heracles.",
)


def test_a_heading_with_its_date_line_under_a_sidebar_of_teasers_is_the_headline() -> None:
    # other stories' teasers (a heading over one short paragraph, twice) above; the article's heading over its date
    # and author, then its text, longer than the teasers
    text = joined(*SIDEBAR, TITLE, "12 maart 2015 Piet Jansen", BODY, LONGER)
    assert headline(text) == TITLE


def test_a_heading_over_a_date_line_below_the_articles_own_short_sections_is_no_headline_of_a_sidebar() -> None:
    # the article's title over its own short sections, a programme's date line under a later heading with little
    # text after it: the title stays the headline
    sections = ("Meer geld voor de zwembaden", "Zwolle krijgt er een bad bij.", "Plannen", "Het bad komt er in 2027.")
    programme = joined("Programma", "12 maart 2015 Opening door de burgemeester", "Daarna is er een borrel.")
    assert headline(joined(*sections, programme)) == "Meer geld voor de zwembaden"
    # the teasers with a date line of their own: the header is above them, no sidebar
    dated = joined(
        SIDEBAR[0], SIDEBAR[1], "12 maart 2015", *SIDEBAR[2:], TITLE, "12 maart 2015 Piet Jansen", BODY, LONGER
    )
    assert headline(dated) != TITLE


def test_a_title_of_two_short_sentences_over_its_date_line_is_the_headline() -> None:
    # "Meer X, minder Y. Dit kan zo niet verder!": a title of two sentences, closed by an exclamation mark, its date
    # line between it and the text
    title = "Meer leerlingen, minder leraren. Dit kan zo niet verder!"
    assert headline(joined(title, "14 oktober 2015", BODY, LONGER)) == title
    # two short sentences closed by a full stop over a date line: the text's opening, no title
    opening = "Het was een drukke dag. Iedereen kwam kijken."
    assert headline(joined(opening, "14 oktober 2015", BODY, LONGER)) != opening


def test_a_long_title_closed_by_an_exclamation_mark_under_a_section_label_is_the_headline() -> None:
    # a page saved one line per element: a section's label, a title of 14 words closed by "!", a paragraph on one line
    title = "BRAND IN ZWOLLE: Loods met hooi gaat in vlammen op – Bewoners van de wijk geëvacueerd!"
    lines = ("Actueel", title, f"{BODY} {LONGER}", "Brandweer massaal uitgerukt", LONGER)
    assert headline(page(*lines)) == title
    assert (K.LEDE, f"{BODY} {LONGER}") in kinds(page(*lines))


def test_a_long_first_line_closed_by_a_full_stop_or_too_long_for_a_title_stays_the_texts() -> None:
    # closed by a full stop: the paragraph's first line, no title
    opening = "De brandweer van Zwolle heeft dinsdagochtend een loods met hooi aan de rand van de stad geblust."
    assert headline(page("Actueel", opening, f"{BODY} {LONGER}", "Brandweer massaal uitgerukt", LONGER)) != opening
    # closed by "!" but longer than a title (over EXCLAIMED_MAX_WORDS words): the text's
    shout = (
        "De brandweer van Zwolle heeft dinsdagochtend met tientallen mensen een grote loods met hooi aan de rand "
        "van de stad geblust, en dat was niet makkelijk!"
    )
    assert headline(page("Actueel", shout, f"{BODY} {LONGER}", "Brandweer massaal uitgerukt", LONGER)) != shout


STANDFIRST = "Zwolle krijgt een nieuwe brug over de IJssel. Hoe kijken de bewoners ernaar?"


def test_a_print_pages_title_under_an_overline_and_a_standfirst_over_its_author_is_the_headline() -> None:
    # an overline, the standfirst, the title, the author's name on its line, the text
    overline = "Zwolle blij, opgelucht, trots"
    text = joined(overline, STANDFIRST, TITLE, "Piet Jansen", BODY, LONGER)
    assert headline(text) == TITLE
    assert (K.BYLINE, "Piet Jansen") in kinds(text)


def test_a_title_over_its_standfirst_and_a_section_heading_stays_the_headline() -> None:
    # no author's name under the second heading: the first heading is the title
    text = joined(TITLE, STANDFIRST, "De reacties", BODY, LONGER)
    assert headline(text) == TITLE
    # the name under the second heading is the person the standfirst introduces: the first heading is the title
    standfirst = "Piet Jansen woont naast de nieuwe brug. Hoe kijkt hij ernaar?"
    assert headline(joined(TITLE, standfirst, "Een buurman", "Piet Jansen", BODY, LONGER)) == TITLE


QUOTING = (
    "Het was vorig jaar in oktober toen ik aanbelde om een brief over de herinrichting af te geven. ‘Bent u van de "
    "gemeente’, vroeg de man die opendeed, met nog enige achterdocht in zijn stem. Ik zei dat ik af en toe iets voor "
    "het wijkblad schreef."
)


def test_a_one_word_title_over_a_quotation_the_text_gives_is_the_headline() -> None:
    # one word the text names ("herinrichting"), over a line the text quotes: the title and its pull quote
    text = joined("Herinrichting", "Bent u van de gemeente?", QUOTING, LONGER)
    assert headline(text) == "Herinrichting"
    assert (K.SUBHEADING, "Bent u van de gemeente?") in kinds(text)


def test_a_section_label_or_a_word_the_text_does_not_name_over_a_quotation_stays_a_kicker() -> None:
    # a section's label over the quotation: a kicker, the quotation the title
    assert headline(joined("Column", "Bent u van de gemeente?", QUOTING, LONGER)) == "Bent u van de gemeente?"
    # a word the text does not name: a kicker
    assert headline(joined("Wijkleven", "Bent u van de gemeente?", QUOTING, LONGER)) == "Bent u van de gemeente?"
    # a heading the text does not quote, under a word the text names: the heading is the title
    assert headline(joined("Herinrichting", "Nieuwe straat in de wijk", QUOTING, LONGER)) == "Nieuwe straat in de wijk"


def test_a_pages_reading_time_is_no_headline() -> None:
    # "< 1 min lezen" over the title; a reading time alone above the text: no title at all
    assert headline(joined("< 1 min lezen", TITLE, BODY, LONGER)) == TITLE
    assert headline(joined("Gemiddelde leestijd voor dit bericht is 45 seconden", BODY, LONGER)) is None


def test_a_title_about_reading_stays_the_headline() -> None:
    # reading named, no reading time's figure and unit: a title
    title = "Leestijd van kinderen daalt al jaren"
    assert headline(joined(title, BODY, LONGER)) == title
    title = "Drie boeken om deze zomer te lezen"
    assert headline(joined(title, BODY, LONGER)) == title


def test_a_dated_title_under_a_short_label_with_a_tag_line_set_aside_before_the_text_is_the_headline() -> None:
    # "In de kijker" over the title, its date line, a photo's tag in lower case (set aside) and the text
    text = page("In de kijker", TITLE, "Gepubliceerd op 04/11/2015", "brugzwolle", f"{BODY} {LONGER}", LONGER)
    assert headline(text) == TITLE
    # a title of a title's length over the dated heading: the first stays the title (a deck under it)
    title = "Zwolle viert de opening van de nieuwe brug met een groot feest"
    text = page(title, TITLE, "Gepubliceerd op 04/11/2015", "brugzwolle", f"{BODY} {LONGER}", LONGER)
    assert headline(text) == title


def test_a_name_closed_by_a_bare_number_over_the_title_is_a_photos_name() -> None:
    # "Stadshaven Zwolle 2": a photo's name over the title
    assert headline(joined("Stadshaven Zwolle 2", TITLE, "(foto’s: Piet Jansen)", BODY, LONGER)) == TITLE


def test_a_title_closed_by_a_number_or_over_a_short_line_stays_the_headline() -> None:
    # a clause closed by a number (a lower-case word in it): a title
    title = "Zwolle wint met 2"
    assert headline(joined(title, "Nieuwe brug over de IJssel geopend", BODY, LONGER)) == title
    # over a line shorter than a title's: no label
    assert headline(joined("Stadshaven Zwolle 2", "Foto", BODY, LONGER)) == "Stadshaven Zwolle 2"
