"""A rubric's label on its own line right below the headline (issue 21, helper site27): "Moet de brug blijven?" over
"De achtergrond" over the text, "Nieuwe brug geopend" over "Rechtszaak" over the author's name — an article and one
word in lower case, or one capitalised word with the author's name under it (a single word over the text can be the
place the article is from — unless it names a section, shape_rules.SECTION_LABELS: "Politiek", "Opinie");
pipeline.text.reader_rules.TITLE_LABEL_*. The article's running text must follow, and
its other headings must not be that short (a text of one-word section headings opens with its first section: that
heading stays). Set aside as "rubric", after the headline is chosen.

Above the headline, a back link's text ("Terug", "Terug actueel"; reader_rules.BACK_LINK_ABOVE_TITLE): set aside as
"navigation" (site36b). As the text's first line: a region's or country's name alone (web_rules.REGIONS, "Europa",
"Buitenland", "Limburg"), in capitals or capitalised, an empty tag of the page's markup allowed around it — the
page's section ("EUROPA" over the title, helper site30), only right above the headline and only as the first line:
further down it is a heading.

Above a sure headline, the short labels between the page's start and the title ("Cultuur & Media", "Tophockey"):
set aside as "rubric" by their shape and place (pipeline.text.above_labels, above37).

Under the headline's byline, two or more lines of one capitalised word each right above the running text ("Redactie" /
"Ondernemen" / "Overnames"): the article's section and tags, set aside as "rubric" (one such word alone may be the
place the article is from; site40).

Right below the headline, a tag trail: TAG_TRAIL_MIN_ITEMS or more short capitalised items joined by a dash, a slash
or a bar ("Overijssel - Zwolle - Kampen - Verkeer"), no sentence's marks, running text under it — set aside as "tags"
(site39).

Glued before the headline: a lead clause before a quotation that closes the line (title_rules.OVERLINE_QUOTE) — the
quotation is the headline, the clause its overline, kept as a heading above it (helper head32).

First, once the headline is chosen, a caption's photo credit (pipeline.text.caption_credits, conventions37). A genre's
label alone on its line ("Interview", "Liveblog", reader_rules.GENRE_LABEL) is set aside as "label" — right above or
below the headline (conventions37: the older reading kept it as the article's kicker; a CMS's content type too) and,
since site49, wherever it stands."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns, platform39_rules, reader_rules, shape_rules, title_rules, web_rules
from pipeline.text.above_labels import label_over_date, labels_above
from pipeline.text.caption_credits import caption_credits
from pipeline.text.page_edges import running_text
from pipeline.text.title_words import quoted_below

LABEL_NOUN = re.compile(reader_rules.TITLE_LABEL_NOUN)
LABEL_WORD = re.compile(reader_rules.TITLE_LABEL_WORD)
# a section's name is no place; two or three in a row are the page's category and genre ("Algemeen Column", site53b)
SECTION_WORD = re.compile(rf"^{shape_rules.CATEGORY_LABELS}(?:\s+{shape_rules.CATEGORY_LABELS}){{0,2}}$", re.IGNORECASE)
_LINE_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
KICKER_WORD = re.compile(rf"^(?:{web_rules.REGIONS})$", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
OVERLINE_QUOTE = re.compile(title_rules.OVERLINE_QUOTE)
BACK_LINK = re.compile(reader_rules.BACK_LINK_ABOVE_TITLE, re.IGNORECASE)
GENRE_LABEL = re.compile(f"{reader_rules.GENRE_LABEL}|{platform39_rules.CONTENT_TYPE}", re.IGNORECASE)
GENRE_WORD = re.compile(reader_rules.GENRE_LABEL, re.IGNORECASE)  # wherever it stands (site49)
GENRE_HEADING_REACH = 2  # ... but a heading when running text is above it and within this many blocks below it
TAG_RUN_MIN_LINES = 2
CUT_COPY_END = re.compile(r"\w(?:\.\.\.|…)$")  # a title the page cut off after a word
CUT_COPY_MIN_WORDS = 4
TAG_TRAIL_MIN_ITEMS = 4  # "Ajax - PSV", a match; "Zwolle - Kampen - Zwolle", a route: fewer items
_TAG_ITEM = r"[A-ZÀ-Ý][\w'’&]*(?:-[\w'’&]+)*(?: [A-ZÀ-Ý][\w'’&]*(?:-[\w'’&]+)*)?"
TAG_TRAIL = re.compile(rf"^{_TAG_ITEM}(?:\s[-–|/·•]\s{_TAG_ITEM}){{{TAG_TRAIL_MIN_ITEMS - 1},}}$")


def _kicker_above(blocks: list[Block], title: int, source: str | None = None) -> None:
    """The first block, right above the headline, a region's name alone: set aside as "rubric" — and, under a sure
    headline, every short label between the page's start and it (pipeline.text.above_labels, above37)."""
    labels_above(blocks, title, source)
    first = next((i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT), None)
    if first is None or first != title - 1 or blocks[first].kind not in _LINE_KINDS:
        return
    text = blocks[first].text
    closed = text.rfind(">") + 1  # no tag past the last ">": a "<" there is not read to the text's end (fix33c)
    word = (_TAG.sub("", text[:closed]) + text[closed:]).strip()
    if KICKER_WORD.match(word) and (word.isupper() or word[:1].isupper() and word[1:].islower()):
        blocks[first] = Block(BlockKind.SITE_TEXT, blocks[first].text, reason="rubric")


def _genre_labels(blocks: list[Block], title: int) -> None:
    """A genre's label alone on its line right above or right below the headline: set aside as "label". Above it,
    lines set aside already may stand between ("Voetbalblog" / "NOS VoetbalAangepast" / <title>: a section's status
    line; site42)."""
    above = title - 1
    while above > 0 and blocks[above].kind is BlockKind.SITE_TEXT:
        above -= 1
    for i in (above, title + 1):
        if 0 <= i < len(blocks) and blocks[i].kind in _LINE_KINDS and GENRE_LABEL.match(blocks[i].text.strip()):
            blocks[i] = Block(BlockKind.SITE_TEXT, blocks[i].text, reason="label")


def _genre_lines(blocks: list[Block]) -> None:
    """A genre's label alone on its line wherever it stands (site49; reader_rules.GENRE_LABEL, not a CMS's content
    type — "Fragment" may head a part of the text): below a byline on a page cut above its title ("Redactie" /
    "Liveblog" / the first entry), among a page's blocks — but between two paragraphs of running text it heads the
    article's next part ("Analyse", conventions37), whatever the next block: a short paragraph, a heading, a quote
    (review49: running text within `GENRE_HEADING_REACH` blocks below it)."""
    for i, block in enumerate(blocks):
        if block.kind not in _LINE_KINDS or not GENRE_WORD.match(block.text.strip()):
            continue  # the label's shape first: the running text around it is read for matches only
        below = blocks[i + 1 : i + 1 + GENRE_HEADING_REACH]
        if not (i > 0 and running_text(blocks[i - 1]) and any(map(running_text, below))):
            blocks[i] = Block(BlockKind.SITE_TEXT, block.text, reason="label")


def _back_links_above(blocks: list[Block], title: int) -> None:
    """A back link's text on its own line above the headline ("Terug", "Terug actueel"): set aside as "navigation"."""
    for i in range(title):
        if blocks[i].kind in _LINE_KINDS and BACK_LINK.match(blocks[i].text.strip()):
            blocks[i] = Block(BlockKind.SITE_TEXT, blocks[i].text, reason="navigation")


def _overline(blocks: list[Block], title: int) -> int:
    """The headline cut into its overline and the quotation after it (see the module docstring); the headline's
    index after the cut."""
    match = OVERLINE_QUOTE.match(blocks[title].text.strip())
    if (
        match is None
        or patterns.word_count(match["lead"]) < title_rules.OVERLINE_LEAD_MIN_WORDS
        or patterns.word_count(match["quote"]) < title_rules.OVERLINE_QUOTE_MIN_WORDS
        or match["lead"].split()[-1].casefold() in title_rules.OVERLINE_NAMING_END  # a song's or a play's title
    ):
        return title
    blocks[title : title + 1] = [Block(BlockKind.SUBHEADING, match["lead"]), Block(BlockKind.HEADLINE, match["quote"])]
    return title + 1


def _tags_below_byline(blocks: list[Block], title: int) -> None:
    """The one-word lines between the byline under the headline and the running text: set aside as "rubric"."""
    if title + 1 >= len(blocks) or blocks[title + 1].kind is not BlockKind.BYLINE:
        return
    end = title + 2
    while end < len(blocks) and blocks[end].kind in _LINE_KINDS and LABEL_WORD.match(blocks[end].text.strip()):
        end += 1
    if end - (title + 2) >= TAG_RUN_MIN_LINES and end < len(blocks) and running_text(blocks[end]):
        for i in range(title + 2, end):
            blocks[i] = Block(BlockKind.SITE_TEXT, blocks[i].text, reason="rubric")


def _cut_copy_below(blocks: list[Block], title: int) -> None:
    """The paragraph right below the headline opening with the headline's copy cut off by the page ("Brug geopend
    na jaren van..." over its snippet) — the whole headline, or its part after a label's colon ("Provincie: Brug …"):
    the card's title, split off as "repeated" (site52). A lede opening with the headline's words goes on in a sentence,
    no cut mark after them."""
    if title + 1 >= len(blocks) or blocks[title + 1].kind not in (BlockKind.PARAGRAPH, BlockKind.LEDE):
        return
    headline, text = " ".join(blocks[title].text.split()), " ".join(blocks[title + 1].text.split())
    for copy in (headline, headline.partition(": ")[2]):
        rest = text[len(copy) :].strip() if text.startswith(copy) else ""
        if CUT_COPY_END.search(copy) and patterns.word_count(copy) >= CUT_COPY_MIN_WORDS and rest:
            blocks[title + 1 : title + 2] = [
                Block(BlockKind.SITE_TEXT, copy, reason="repeated"),
                Block(blocks[title + 1].kind, rest),
            ]
            return


def _quoted_deck(out: list[Block], title: int) -> None:
    """The paragraph right under the headline that the running text quotes (title_words.quoted_below): its deck."""
    if title + 1 < len(out) and out[title + 1].kind is BlockKind.PARAGRAPH and quoted_below(out, title, title + 1):
        out[title + 1] = Block(BlockKind.SUBHEADING, out[title + 1].text)


def labels_below_title(blocks: Sequence[Block], source: str | None = None) -> list[Block]:
    out = caption_credits(blocks)  # a caption's credit, once the headline is chosen (conventions37)
    _genre_lines(out)
    title = next((i for i, b in enumerate(out) if b.kind is BlockKind.HEADLINE), None)
    if title is not None:
        _cut_copy_below(out, title)
        title = _overline(out, title)
        _back_links_above(out, title)
        _genre_labels(out, title)
        _kicker_above(out, title, source)
        _tags_below_byline(out, title)
        _quoted_deck(out, title)
    else:
        label_over_date(out)
    if title is None or title + 2 >= len(out) or out[title + 1].kind not in _LINE_KINDS:
        return out
    label, below = out[title + 1].text.strip(), out[title + 2]
    if TAG_TRAIL.match(label) and any(running_text(b) for b in out[title + 2 :]):
        out[title + 1] = Block(BlockKind.SITE_TEXT, out[title + 1].text, reason="tags")
        return out
    author = below.kind is BlockKind.BYLINE or (
        below.kind in _LINE_KINDS and patterns.is_person_name(below.text.strip())
    )
    if not (LABEL_NOUN.match(label) or SECTION_WORD.match(label) or LABEL_WORD.match(label) and author):
        return out
    rest = out[title + 3 :] if author else out[title + 2 :]
    sections = any(
        b.kind is BlockKind.SUBHEADING and patterns.word_count(b.text) <= reader_rules.TITLE_LABEL_SECTION_MAX_WORDS
        for b in rest
    )
    if sections or not any(running_text(b) for b in out[title + 2 :]):
        return out
    out[title + 1] = Block(BlockKind.SITE_TEXT, out[title + 1].text, reason="rubric")
    return out
