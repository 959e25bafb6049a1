"""A whole web page saved as text, one line per element (pipeline.text.page_dump, pipeline.text.page_lines): each
rule on a page written here (an invented outlet), and next to it article text of a similar shape that stays."""

from __future__ import annotations

from pipeline.document import Block
from pipeline.text.page_body import lines_are_blocks, page_shaped
from pipeline.text.page_dump import page_furniture
from tests.pipeline.text.site_helpers import K, article, joined, page

MENU = ["Naar de inhoud", "Voorbeeldkrant", "Nieuws", "Regio", "Sport", "Cultuur", "Inloggen", "Home » Regio"]
TITLE = "Nieuwe brug over de IJssel na jaren vertraging geopend"
BYLINE = "12 maart 2024 om 09:15 door Anna de Wit"
SHARE = ["Deel op Facebook Deel op X", "Reageer 14 Share 2 Tweet", "14"]
P1 = (
    "De nieuwe brug over de IJssel bij Zwolle is dinsdagochtend na ruim drie jaar vertraging geopend door de "
    "wethouder van verkeer, die de eerste fietsers over de brug begeleidde."
)
P2 = (
    "De bouw liep vertraging op doordat de fundering opnieuw moest worden berekend. De kosten stegen daardoor van "
    "negen naar ruim twaalf miljoen euro, zo blijkt uit stukken van de gemeente."
)
HEADING = "Fietspad"
P3 = (
    "Fietsers en voetgangers krijgen een eigen strook aan de noordkant van de brug. Auto's mogen er vanaf "
    "volgende week overheen, zodra de laatste verkeerslichten zijn afgesteld."
)
P4 = "Omwonenden zijn blij dat het werk erop zit. Zij hadden jarenlang last van geluid en omleidingen in de wijk."
VIEWER = ["De brug bij zonsopgang. Foto: Voorbeeldkrant", "Deel deze foto via:", "Tweet", "3", "Terug naar fotoserie"]
TAIL = [
    "Door: redactie",
    "Lees meer over:",
    "Fietspad",
    "IJssel",
    "12",
    "Reageer",
    "Gerelateerde artikelen",
    "1.",
    "2 uur geleden Regio Wethouder wil snelheid omlaag op de dijk De gemeente wil dat auto's op de dijk langzamer "
    "rijden.",
    "2.",
    "1 dag, 3 uren geleden Regio Veerpont vaart niet meer De veerpont stopt zodra de brug open is.",
    "Net binnen",
    "Raad stemt in met nieuw zwembad",
    "10:42",
    "Fietsenstalling bij station vol",
    "10:17",
    "Wil je elke dag het nieuws uit de regio?",
    "Schrijf je in voor onze nieuwsbrief. Het is gratis en je kunt je altijd weer afmelden.",
    "Over ons",
    "Contact",
    "© 2024 Voorbeeldkrant BV",
]


def _kinds(text: str) -> list[tuple[K, str]]:
    return [(b.kind, b.text) for b in article(text).blocks]


def _aside(text: str) -> set[str]:
    return {b.text for b in article(text).blocks if b.kind is K.SITE_TEXT}


FULL = page(*MENU, TITLE, BYLINE, *SHARE, P1, P2, *VIEWER, HEADING, P3, P4, *TAIL)


def test_a_saved_pages_lines_are_blocks_and_a_hard_wrapped_text_is_not() -> None:
    assert page_shaped(FULL)
    wrapped = [P1[i : i + 70] for i in range(0, len(P1 + P2 + P3), 70)] * 3
    assert not lines_are_blocks([line for line in wrapped if line])
    assert not page_shaped(joined(TITLE, P1, P2, HEADING, P3, P4))


def test_the_head_above_the_title_is_set_aside_and_the_title_is_the_headline() -> None:
    found = article(FULL)
    assert found.meta.headline == TITLE
    aside = _aside(FULL)
    assert set(MENU) <= aside
    # the share row and its counters between the title and the body (only the byline stays)
    blocks = article(FULL).blocks
    title, lede = (next(i for i, b in enumerate(blocks) if b.kind is kind) for kind in (K.HEADLINE, K.LEDE))
    assert [b.kind for b in blocks[title + 1 : lede] if b.kind is not K.SITE_TEXT] == [K.BYLINE]
    assert (K.BYLINE, BYLINE) in _kinds(FULL)  # a date, a time, "door" and a name: the byline


def test_the_body_stays_whole_with_its_heading_and_the_photo_viewers_buttons_go() -> None:
    kinds = _kinds(FULL)
    for text in (P2, P3, P4):
        assert (K.PARAGRAPH, text) in kinds
    assert (K.LEDE, P1) in kinds
    # the heading stays although the page's tags repeat it
    assert (K.SUBHEADING, HEADING) in kinds
    # the caption stays, its credit is site text (conventions37, tests/data/STRUCTURE_CONVENTIONS.md; it stayed in it)
    assert (K.CAPTION, "De brug bij zonsopgang.") in kinds and (K.SITE_TEXT, "Foto: Voorbeeldkrant") in kinds
    # the viewer's share row, its counter and its back button; the heading right after them stays (above)
    assert set(VIEWER[1:]) <= _aside(FULL)


def test_the_tail_after_the_body_is_set_aside_but_the_articles_byline() -> None:
    kinds = _kinds(FULL)
    assert (K.BYLINE, "Door: redactie") in kinds
    blocks = article(FULL).blocks
    byline = next(i for i, b in enumerate(blocks) if b.text == "Door: redactie")
    assert all(b.kind is K.SITE_TEXT for b in blocks[byline + 1 :])  # tags, counters, lists, promo, footer
    aside = _aside(FULL)
    assert "10:42" in aside and "Raad stemt in met nieuw zwembad" in aside  # a story list with its times


def test_without_the_pages_shape_the_lines_above_the_title_stay() -> None:
    text = joined("Regio", "Zwolle", TITLE, P1, P2, HEADING, P3, P4)
    assert article(text).meta.headline == TITLE  # the title stays the headline (no page head took it)
    assert "Zwolle" not in _aside(text)  # the label above it is no page head's ("Regio" alone: a section name)
    assert {P1, P2, P3, P4} <= {b.text for b in article(text).blocks if b.kind is not K.SITE_TEXT}


def test_a_second_part_of_the_article_after_a_big_widget_stays() -> None:
    widget = [f"Bekijk ook: de mooiste bruggen van Nederland in beeld, deel {n}" for n in range(1, 9)]
    more = [
        "Later in de middag kwam ook de provincie kijken. De gedeputeerde sprak van een mooie dag voor de stad.",
        "Het oude veer blijft nog een zomer varen voor toeristen. Daarna wordt de aanlegsteiger gesloopt.",
    ]
    text = page(*MENU, TITLE, BYLINE, P1, P2, HEADING, P3, *widget, *more, *TAIL)
    kept = {b.text for b in article(text).blocks if b.kind is not K.SITE_TEXT}
    assert set(more) <= kept and {P1, P2, P3} <= kept
    # a single promo paragraph after the page's lists is the page's
    promo = "Probeer onze krant een maand gratis. Je zit nergens aan vast en stopt wanneer je wilt, zonder gedoe."
    text = page(*MENU, TITLE, BYLINE, P1, P2, HEADING, P3, *TAIL[:12], promo, *TAIL[12:])
    assert promo in _aside(text)


def test_a_story_list_inside_the_body_goes_and_a_timeline_of_dates_stays() -> None:
    videos = [
        "Meest bekeken video's",
        "1:54",
        "Kraan valt om op bouwplaats",
        "0:48",
        "Zo ziet de brug er van boven uit",
    ]
    text = page(*MENU, TITLE, BYLINE, P1, P2, *videos, P3, P4, *TAIL)
    assert set(videos) <= _aside(text)
    timeline = ["3 maart 2021", "Eerste paal de grond in", "9 juni 2022", "Fundering afgekeurd"]
    text = page(*MENU, TITLE, BYLINE, P1, P2, *timeline, P3, P4, *TAIL)
    assert not set(timeline) & _aside(text)


def test_a_wires_version_number_and_a_liveblogs_status_leave_the_headline() -> None:
    wire = joined("Staking bij de post in Zwolle (2)", f"ZWOLLE (ANP) - {P1}", P2)
    assert article(wire).meta.headline == "Staking bij de post in Zwolle"
    assert ("status", "(2)") in [(b.reason, b.text) for b in article(wire).blocks]
    closed = joined("Liveblog: de opening van de brug (gesloten)", P1, P2)
    assert article(closed).meta.headline == "Liveblog: de opening van de brug"
    # an age at the end of a headline stays
    age = joined("Hond bijt vermist meisje (8)", P1, P2)
    assert article(age).meta.headline == "Hond bijt vermist meisje (8)"
    assert article(joined("Brug dicht voor Sanne (12)", P1)).meta.headline == "Brug dicht voor Sanne (12)"


def test_a_wires_replacement_notice_is_set_aside() -> None:
    notice = "N i e u w bericht, vervangt: Staking bij de post dreigt"
    text = joined("Staking bij de post gaat door", f"<p>{notice}</p>\n<p>{P1}</p>\n<p>{P2}</p>")
    assert notice in _aside(text)  # (its paragraph tags are read as HTML)
    assert notice in _aside(joined("Staking bij de post gaat door", notice, P1, P2))
    assert any(P1 in b.text for b in article(text).blocks if b.kind is not K.SITE_TEXT)


def test_a_web_address_on_its_own_line_inside_a_sentence_stays_text() -> None:
    text = joined(TITLE, f"{P1}\nDe gemeente opende de website\nbrugzwolle.nl\n, waar de planning staat.", P2)
    assert "brugzwolle.nl" not in _aside(text)
    # between two finished sentences it is a link line
    assert "brugzwolle.nl" in _aside(joined(TITLE, P1, "brugzwolle.nl", P2))


def test_a_page_saved_with_blank_lines_between_its_elements_needs_a_long_chrome_head_and_tail() -> None:
    menu = [*MENU, "Economie", "Opinie", "Podcasts"]
    text = "\n\n".join([*menu, TITLE, BYLINE, P1, P2, HEADING, P3, P4, *TAIL])
    assert not page_shaped(text)
    assert article(text).meta.headline == TITLE
    assert set(menu) <= _aside(text)
    assert "10:42" in _aside(text)
    # an article whose paragraphs are blank-line separated, with a short label above its title, keeps it all
    short = "\n\n".join(["Regio", TITLE, BYLINE, P1, P2, HEADING, P3, P4, "Door: redactie"])
    assert {TITLE, P1, P2, P3, P4} <= {b.text for b in article(short).blocks if b.kind is not K.SITE_TEXT}


def test_a_title_like_line_right_above_the_title_stays_and_a_breadcrumbs_copy_of_the_title_goes() -> None:
    over = "Deze week in de regio: bruggen en wegen"
    text = page(*MENU, over, TITLE, BYLINE, P1, P2, HEADING, P3, P4, *TAIL)
    assert over not in _aside(text) and article(text).meta.headline == TITLE
    copy = page(*MENU, TITLE, TITLE, BYLINE, P1, P2, HEADING, P3, P4, *TAIL)
    blocks = article(copy).blocks
    assert [b.kind for b in blocks if b.text == TITLE] == [K.SITE_TEXT, K.HEADLINE]
    crumbs = f"Voorkrant Regio Zwolle {TITLE}"  # a breadcrumb on one line, ending in the title
    assert crumbs in _aside(page(*MENU, crumbs, TITLE, BYLINE, P1, P2, HEADING, P3, P4, *TAIL))


def test_an_authors_name_under_the_title_stays_and_a_section_label_goes() -> None:
    text = page(*MENU, TITLE, "Regio", "Anna de Wit", "12 maart 2024", P1, P2, HEADING, P3, P4, *TAIL)
    aside = _aside(text)
    assert "Regio" in aside and "Anna de Wit" not in aside


def test_a_title_the_pages_lists_repeat_stays_the_title() -> None:
    short = "Nieuwe IJsselbrug eindelijk open"  # short enough for the repeated-lines rule
    lists = ["Net binnen", short, "09:15", "Raad stemt in met nieuw zwembad", "08:40"]
    text = "\n\n".join(["Deel op Facebook", short, BYLINE, P1, P2, HEADING, P3, P4, *lists])
    assert article(text).meta.headline == short


def test_the_articles_own_closing_list_after_the_body_stays() -> None:
    timeline = ["Tijdlijn", "9.30 uur: eerste auto over de brug", "11.00 uur: officiële opening door de wethouder"]
    text = page(*MENU, TITLE, BYLINE, P1, P2, HEADING, P3, P4, *timeline, *TAIL)
    assert not set(timeline) & _aside(text)
    assert "10:42" in _aside(text)
    lineup = ["De opstelling:", "Pasveer", "Rensch", "Sutalo"]
    assert not set(lineup) & _aside(page(*MENU, TITLE, BYLINE, P1, P2, HEADING, P3, P4, *lineup, *TAIL))
    # a widget's cells are no closing list, nor is a related list whose heading the rules know
    weather = ["Komende dagen", "Max", "Min", "Wind", "Woensdag", "11°C", "6°C"]
    assert set(weather) <= _aside(page(*MENU, TITLE, BYLINE, P1, P2, HEADING, P3, P4, *weather, *TAIL))
    related = ["Lees ook", "Veerpont vaart niet meer", "Wethouder wil snelheid omlaag op de dijk"]
    assert set(related) <= _aside(page(*MENU, TITLE, BYLINE, P1, P2, HEADING, P3, P4, *related, *TAIL))


def test_short_lines_closing_the_text_without_any_furniture_are_no_page_tail() -> None:
    # page_furniture alone (the page's closing short lines rule, page_edges.tail_lines, has its own say on them)
    names = ["Pasveer", "Rensch", "Sutalo", "Hato", "Taylor", "Berghuis", "Brobbey"]
    lines = [*MENU, TITLE, BYLINE, P1, P2, HEADING, P3, P4, *names]
    blocks = [Block(K.PARAGRAPH if len(line) > 60 else K.SUBHEADING, line) for line in lines]
    assert not [b for b in page_furniture(blocks, page(*lines)) if b.kind is K.SITE_TEXT and b.text in names]
    furniture = [Block(K.SITE_TEXT, "Reageer", reason="share"), Block(K.SITE_TEXT, "© 2024 Krant BV", reason="x")]
    found = page_furniture([*blocks, *furniture], page(*lines, "Reageer", "© 2024 Krant BV"))
    assert {b.text for b in found if b.kind is K.SITE_TEXT} >= set(names)


def test_short_timed_entries_closing_a_saved_page_without_a_tail_stay() -> None:
    # a liveblog whose title does not say so: its entries close the text, no page tail follows them
    entries = ["14:05", "Brug even dicht voor een schip", "13:50", "Eerste auto rijdt over de brug"]
    entries += ["13:31", "Wethouder knipt het lint door", "13:10", "Fanfare speelt op de brug"]
    text = page(*MENU, TITLE, BYLINE, P1, P2, HEADING, P3, P4, *entries)
    assert not set(entries[1::2]) & _aside(text)
    # followed by the page's tail, such a list is the page's (test_the_tail_after_the_body_…)
    assert set(entries[1::2]) <= _aside(page(*MENU, TITLE, BYLINE, P1, P2, HEADING, P3, P4, *entries, *TAIL))
