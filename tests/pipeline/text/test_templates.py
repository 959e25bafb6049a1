"""An outlet's template learned from repetition: lines recurring in its articles on different days
are set aside with the reason naming the count and the outlet; new outlets fall back to the rules."""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.document import Block, BlockKind
from pipeline.text.templates import MemoryOutletLines, TemplateDetector

K = BlockKind
FOOTER = "Onze journalistiek wordt betaald door de lezers van de Streekbode."
DAY = date(2026, 3, 2)


def article(number: int) -> list[Block]:
    return [
        Block(K.HEADLINE, f"Nieuwe brug over de Vecht nummer {number} geopend"),
        Block(K.LEDE, f"De brug is de {number}e in de gemeente. Wethouder {number} knipte het lint door."),
        Block(K.PARAGRAPH, FOOTER),
    ]


def feed(detector: TemplateDetector, count: int, *, outlet: str = "Streekbode", per_day: int = 1) -> list[Block]:
    out: list[Block] = []
    for number in range(count):
        out = detector.set_aside(
            article(number), outlet=outlet, article=f"{outlet}-{number}", day=DAY + timedelta(days=number // per_day)
        )
    return out


def test_a_line_repeated_across_days_is_set_aside_with_the_count_and_outlet() -> None:
    blocks = feed(TemplateDetector(MemoryOutletLines(), min_articles=3), 6)
    footer = [b for b in blocks if b.text == FOOTER]
    assert footer == [Block(K.SITE_TEXT, FOOTER, reason="repeated in 5 articles of Streekbode")]
    assert [b.kind for b in blocks[:2]] == [K.HEADLINE, K.LEDE]  # the article's own text stays


def test_a_new_outlet_falls_back_to_the_rules() -> None:
    blocks = feed(TemplateDetector(MemoryOutletLines(), min_articles=3), 3)
    assert all(b.kind is not K.SITE_TEXT for b in blocks)


def test_repetition_on_one_day_only_is_not_a_template() -> None:
    """Five articles of one day sharing a line (a story's updates) are not the outlet's furniture."""
    blocks = feed(TemplateDetector(MemoryOutletLines(), min_articles=3), 6, per_day=6)
    assert all(b.kind is not K.SITE_TEXT for b in blocks)


def test_outlets_do_not_share_templates() -> None:
    detector = TemplateDetector(MemoryOutletLines(), min_articles=3)
    feed(detector, 6, outlet="Streekbode")
    blocks = feed(detector, 3, outlet="Kustkrant")
    assert all(b.kind is not K.SITE_TEXT for b in blocks)


def test_lines_older_than_the_window_do_not_count() -> None:
    store = MemoryOutletLines()
    old = TemplateDetector(store, min_articles=3, window_days=30)
    feed(old, 5)
    late = old.set_aside(article(99), outlet="Streekbode", article="late", day=DAY + timedelta(days=200))
    assert all(b.kind is not K.SITE_TEXT for b in late)


def test_a_repeated_sentence_is_cut_out_of_its_paragraph() -> None:
    detector = TemplateDetector(MemoryOutletLines(), min_articles=3)
    for number in range(5):
        blocks = [Block(K.PARAGRAPH, f"De brug nummer {number} is open. {FOOTER}")]
        out = detector.set_aside(blocks, outlet="Streekbode", article=str(number), day=DAY + timedelta(days=number))
    assert out == [
        Block(K.PARAGRAPH, "De brug nummer 4 is open."),
        Block(K.SITE_TEXT, FOOTER, reason="repeated in 4 articles of Streekbode"),
    ]


def test_the_builder_sets_aside_template_lines_before_choosing_the_headline_and_keep_all_translates_them() -> None:
    from functools import partial

    from pipeline.text.article import article_from_blocks

    detector = TemplateDetector(MemoryOutletLines(), min_articles=3)
    banner = "Het laatste nieuws van de Streekbode"
    for number in range(4):
        built = article_from_blocks(
            [Block(K.PARAGRAPH, banner), Block(K.PARAGRAPH, f"Brug {number} is open"), *article(number)[1:]],
            source_name="a.txt",
            text="",
            templates=partial(
                detector.set_aside, outlet="Streekbode", article=str(number), day=DAY + timedelta(days=number)
            ),
        )
    assert [(b.reason, b.text) for b in built.set_aside] == [
        ("repeated in 3 articles of Streekbode", banner),
        ("repeated in 3 articles of Streekbode", FOOTER),
    ]
    assert built.meta.headline == "Brug 3 is open"  # not the banner
    kept = article_from_blocks(
        [Block(K.PARAGRAPH, banner), *article(9)],
        source_name="a.txt",
        text="",
        keep_all=True,
        templates=partial(detector.set_aside, outlet="Streekbode", article="9", day=DAY + timedelta(days=9)),
    )
    assert not kept.set_aside


WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni"]


def dated_page(number: int) -> list[Block]:
    """A morning round-up: its greeting names the day, its copyright the year; its weather section's
    heading is the same every day, the forecast under it is not."""
    day = f"{WEEKDAYS[number % 7]} {number + 3} {MONTHS[number % 6]}"
    return [
        Block(K.PARAGRAPH, f"Goedemorgen! Het is {day}. Dit is het nieuws uit de Vechtstreek."),
        Block(K.HEADLINE, f"Nieuwe brug nummer {number} over de Vecht geopend"),
        Block(K.LEDE, f"De brug is de {number}e in de gemeente. Wethouder {number} knipte het lint door."),
        Block(K.SUBHEADING, "Het weer"),
        Block(
            K.PARAGRAPH,
            f"Vandaag {['zon', 'regen', 'wind', 'mist', 'sneeuw', 'hagel'][number % 6]} bij {10 + number} graden.",
        ),
        Block(K.PARAGRAPH, f"© {2019 + number} Vechtstreek Media. Overname van artikelen is niet toegestaan."),
    ]


def feed_pages(detector: TemplateDetector, count: int) -> list[Block]:
    out: list[Block] = []
    for number in range(count):
        day = DAY + timedelta(days=number)
        out = detector.set_aside(dated_page(number), outlet="Vechtstreek", article=str(number), day=day)
    return out


def test_a_template_line_with_the_date_or_year_in_it_is_set_aside() -> None:
    """The greeting and the copyright line change every day only in their date; they are one line."""
    blocks = feed_pages(TemplateDetector(MemoryOutletLines(), min_articles=3), 5)
    aside = [b.text for b in blocks if b.kind is K.SITE_TEXT]
    assert aside == [
        "Goedemorgen! Het is vrijdag 7 mei. Dit is het nieuws uit de Vechtstreek.",
        "© 2023 Vechtstreek Media. Overname van artikelen is niet toegestaan.",
    ]
    assert all(b.reason == "repeated in 4 articles of Vechtstreek" for b in blocks if b.kind is K.SITE_TEXT)


def test_lines_that_differ_in_a_count_are_different_lines() -> None:
    """Only dates and times are read past: headlines and ledes that differ in a number stay."""
    blocks = feed_pages(TemplateDetector(MemoryOutletLines(), min_articles=3), 6)
    kept = {b.kind: b.text for b in blocks if b.kind is not K.SITE_TEXT}
    assert kept[K.HEADLINE] == "Nieuwe brug nummer 5 over de Vecht geopend"
    assert kept[K.LEDE].startswith("De brug is de 5e")


def test_a_repeated_section_heading_stays_with_the_text_under_it() -> None:
    """'Het weer' heads a new forecast on every page: the outlet's section, not its furniture."""
    blocks = feed_pages(TemplateDetector(MemoryOutletLines(), min_articles=3), 6)
    heading = next(b for b in blocks if b.text == "Het weer")
    assert heading.kind is K.SUBHEADING and heading.reason is None


def test_a_repeated_heading_over_repeated_lines_is_set_aside_with_them() -> None:
    detector = TemplateDetector(MemoryOutletLines(), min_articles=3)
    for number in range(5):
        blocks = [
            Block(K.HEADLINE, f"Brug {number} open"),
            Block(K.LEDE, f"De brug nummer {number} is open voor fietsers."),
            Block(K.SUBHEADING, "Service"),
            Block(K.PARAGRAPH, "Bel de redactie op werkdagen voor een tip of een vraag."),
        ]
        out = detector.set_aside(blocks, outlet="Streekbode", article=str(number), day=DAY + timedelta(days=number))
    assert [b.kind for b in out] == [K.HEADLINE, K.LEDE, K.SITE_TEXT, K.SITE_TEXT]


def story_list(number: int, items: int = 2) -> list[Block]:
    """Other stories' teasers, each closed by the same link line."""
    return [
        block
        for item in range(items)
        for block in (
            Block(K.PARAGRAPH, f"Raad kiest plan {number}{item} voor het oude stationsgebied van de stad"),
            Block(K.PARAGRAPH, f"De gemeenteraad koos dinsdag het plan nummer {number}{item} voor het gebied."),
            Block(K.SITE_TEXT, "Lees verder »", reason="teaser"),
        )
    ]


def opening(number: int) -> list[Block]:
    return [Block(K.HEADLINE, f"Brug {number} open"), Block(K.LEDE, f"De brug nummer {number} is open voor fietsers.")]


def feed_lists(head=opening, heading: str = "Meer berichten uit Vechtstreek", rest=story_list) -> list[Block]:
    detector = TemplateDetector(MemoryOutletLines(), min_articles=3)
    for number in range(5):
        blocks = [*head(number), Block(K.SUBHEADING, heading), *rest(number)]
        out = detector.set_aside(blocks, outlet="Streekbode", article=str(number), day=DAY + timedelta(days=number))
    return out


def test_a_repeated_heading_over_a_list_of_other_stories_is_set_aside_with_the_list() -> None:
    """'Meer berichten uit Vechtstreek' heads other stories' teasers, each closed by the same link
    line, after the article's own text: a list's heading, not a section's name (although different
    text follows it on every page), and the teasers under it go with it."""
    out = feed_lists()
    assert out[:2] == opening(4)
    assert out[2] == Block(K.SITE_TEXT, "Meer berichten uit Vechtstreek", reason="repeated in 4 articles of Streekbode")
    assert {b.reason for b in out[3:]} == {"teaser under a heading repeated in 4 articles of Streekbode", "teaser"}
    assert all(b.kind is K.SITE_TEXT for b in out[3:])


def test_a_list_under_a_stub_of_a_title_and_a_pointer_to_the_story_elsewhere_is_set_aside() -> None:
    def stub(number: int) -> list[Block]:
        pointer = Block(K.SITE_TEXT, "Lees het hele verhaal op de site van de Streekbode.", reason="link")
        return [Block(K.HEADLINE, f"Brug {number} open"), pointer]

    out = feed_lists(stub)
    assert out[0] == Block(K.HEADLINE, "Brug 4 open")
    assert all(b.kind is K.SITE_TEXT for b in out[1:])


def test_a_round_up_under_a_repeated_heading_or_a_section_going_on_stays() -> None:
    """Items right under the page's title (no lede or paragraph of its own above them) are the
    article: a round-up. And a heading over text that is not all short items stays too."""
    round_up = feed_lists(lambda number: [Block(K.HEADLINE, f"Het nieuws van dag {number}")])
    assert [b.text for b in round_up if b.kind is K.PARAGRAPH] == [
        b.text for b in story_list(4) if b.kind is K.PARAGRAPH
    ]

    def going_on(number: int) -> list[Block]:
        text = [Block(K.PARAGRAPH, f"Alinea {number}{n} over de brug en het verkeer erop.") for n in range(6)]
        return [*text, Block(K.SITE_TEXT, "Lees verder »", reason="teaser"), *story_list(number)]

    section = feed_lists(heading="Verkeer", rest=going_on)
    assert sum(b.kind is K.PARAGRAPH for b in section) == 6 + 4  # six paragraphs of the section, the items' four
    heading = next(b for b in section if b.text == "Verkeer")
    assert heading.kind is K.SUBHEADING and heading.reason is None  # the section's name stays with it


def test_a_list_ends_at_the_next_heading_the_outlet_repeats() -> None:
    """A list of other stories, then the outlet's daily section 'Het weer' under its own repeated
    heading: the list goes, the section after it (judged on its own) stays with its heading."""

    def list_then_weather(number: int) -> list[Block]:
        forecast = Block(K.PARAGRAPH, f"Morgen {10 + number} graden en een {('zwakke', 'matige')[number % 2]} wind.")
        return [*story_list(number), Block(K.SUBHEADING, "Het weer"), forecast]

    out = feed_lists(rest=list_then_weather)
    assert out[:2] == opening(4)
    assert [b.kind for b in out[2:9]] == [K.SITE_TEXT] * 7  # the list's heading and its two items
    assert out[9:] == [Block(K.SUBHEADING, "Het weer"), Block(K.PARAGRAPH, "Morgen 14 graden en een zwakke wind.")]
