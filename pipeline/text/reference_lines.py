"""Site text found by its place next to a line of a known shape (issue 21, round site34; the expressions are data:
pipeline.text.meta_line_rules).

print      the short title under a print edition's cross-reference ("Op pagina 16" / "Bestuur moet beter"): the
           title of the article it points to; and after the article's own continuation right under its running
           text ("Lees verder op P5"), the rest of a print page — other items' titles, teasers and captions — up to
           the next paragraph of running text (`continued_tail`, site40), or up to the article picking up again ("Vervolg
           van pagina 1"), a line announcing a list ("De uitslagen:") or a short sentence closed by a full stop (review40)
embed      a sentence pointing "here" or "below" at a player or a picture and ending in a colon, as the text's last
           block: nothing follows that it announces, the embed is gone ("Beluister hieronder het gesprek:"); with
           text after it (a poem, a quote) it stays; a last line naming the medium is set aside alike ("Beelden van
           de brand:", site52_rules.CLOSING_MEDIUM_POINTER)
source     a source tag enclosed in pipes opening a line ("| starnieuws | Door: Redactie"), cut off the byline
header     a page header's widgets above the article: a date bar (a short list opened by today's date with its
           weekday), the weather's place name under its temperature line, and the site's tagline describing itself
           ("De opiniesite van …"), alone or under the logo's line, or its slogan of lower-case words
           ("informatief / betrokken / overzichtelijk"); the logo's name repeated under "Logo <name>"
social     a social feed's widget above the article: a list of posts each ending in the post's link
           ("… twitter.com/i/web/status/1…"), and the heading right above it naming the network ("Twitter feed X")
one-line   a "list" of one line whose dash the reader took for a bullet ("- Advertisement -"), tested as a line
image      an image's file name glued before a paragraph's first word ("fotobrugDe brug …"), cut off it
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import inline_rules, patterns, site52_rules
from pipeline.text import meta_line_rules as rules
from pipeline.text.text_ends import running_text

PRINT_REFERENCE = re.compile(rules.PRINT_REFERENCE, re.IGNORECASE)
CONTINUED_REFERENCE = re.compile(rules.CONTINUED_REFERENCE, re.IGNORECASE)
CONTINUED_FROM = re.compile(rules.CONTINUED_FROM, re.IGNORECASE)
SENTENCE_MIN_WORDS = 4  # a short paragraph closed by a full stop this long is a sentence, not an item's label
SOURCE_TAG = re.compile(rules.SOURCE_TAG)
GLUED_FILE_NAME = re.compile(rules.GLUED_FILE_NAME)
WEEKDAY_DATE = re.compile(rules.WEEKDAY_DATE, re.IGNORECASE)
TEMPERATURE = re.compile(rules.TEMPERATURE, re.IGNORECASE)
NEWS_TAGLINE = re.compile(rules.NEWS_TAGLINE, re.IGNORECASE)
PLACE_NAME = re.compile(rules.PLACE_NAME)
TAGLINE = re.compile(rules.TAGLINE, re.IGNORECASE)
LOGO_LINE = re.compile(rules.LOGO_LINE)
POST_LINK_END = re.compile(rules.POST_LINK_END, re.IGNORECASE)
SOCIAL_HEADING = re.compile(rules.SOCIAL_HEADING, re.IGNORECASE)
SLOGAN = re.compile(rules.SLOGAN)
POINTER_LEAD = re.compile(inline_rules.POINTER_LEAD)
MEDIUM_POINTER = re.compile(site52_rules.CLOSING_MEDIUM_POINTER, re.IGNORECASE)
_TEXT = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)
_TEXT_OR_TITLE = (*_TEXT, BlockKind.LEDE, BlockKind.HEADLINE)


def print_titles(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    for i in range(1, len(out)):
        above, block = out[i - 1], out[i]
        if above.kind is not BlockKind.SITE_TEXT or not PRINT_REFERENCE.match(" ".join(above.text.split())):
            continue
        if (
            block.kind in _TEXT
            and patterns.word_count(block.text) <= rules.PRINT_TITLE_MAX_WORDS
            and not patterns.ends_sentence(block.text)
        ):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="print")
    return out


def continued_tail(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    start = next(
        (
            i
            for i in range(1, len(out))
            if out[i].kind is BlockKind.SITE_TEXT
            and CONTINUED_REFERENCE.match(" ".join(out[i].text.split()))
            and running_text(out[i - 1])
        ),
        len(out),
    )
    for i in range(start + 1, len(out)):
        if running_text(out[i]) or CONTINUED_FROM.match(" ".join(out[i].text.split())):
            break  # a paragraph of running text, or the article picking up again: the page's text goes on
        if out[i].text.rstrip().endswith(":") or _short_sentence(out[i]):
            break  # a line announcing what follows ("De uitslagen:") or a sentence of its own: the article's text
        if out[i].kind is not BlockKind.SITE_TEXT:
            out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="print")
    return out


def _short_sentence(block: Block) -> bool:
    """A paragraph of one short sentence or two, closed by a full stop ("Het zwembad gaat pas in 2027 open."): the
    article's text going on; a print page's other items are titles without one and captions closed by their credit
    ("… gevonden. | Foto: Jan Jansen"), review40."""
    text = block.text.rstrip()
    return block.kind is BlockKind.PARAGRAPH and text.endswith(".") and patterns.word_count(text) >= SENTENCE_MIN_WORDS


def closing_pointer(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    kept = [i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT]
    if len(kept) < 2:
        return out
    last = out[kept[-1]]
    text = " ".join(last.text.split())
    if (
        last.kind is BlockKind.PARAGRAPH
        and text.endswith(":")
        and patterns.word_count(text) <= inline_rules.POINTER_MAX_WORDS
        and not re.search(r"[.!?…]", text)
        and (POINTER_LEAD.search(text) or MEDIUM_POINTER.search(text))
    ):
        out[kept[-1]] = Block(BlockKind.SITE_TEXT, last.text, reason="embed")
    return out


def source_tags(text: str) -> list[tuple[int, int, str]]:
    """The span of a source tag in pipes opening the text (pipeline.text.spans)."""
    match = SOURCE_TAG.match(text)
    return [(0, match.end(), "source")] if match else []


def glued_file_names(text: str) -> list[tuple[int, int, str]]:
    """The span of an image's file name glued before the text's first word (pipeline.text.spans)."""
    match = GLUED_FILE_NAME.match(text)
    return [(0, match.end(), "image")] if match else []


def one_line_lists(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    for i, block in enumerate(out):
        one_line = block.kind is BlockKind.LIST and len(block.items) == 1 and "\n" not in block.text.strip()
        if one_line and (reason := patterns.site_line_reason(" ".join(block.text.split()))):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason=reason)
    return out


def header_widgets(blocks: Sequence[Block]) -> list[Block]:
    out = list(blocks)
    first = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), None)
    for i, block in enumerate(out):
        if i == first and block.kind in _TEXT and NEWS_TAGLINE.match(" ".join(block.text.split())) and _titled(out, i):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="site_name")  # the site's promise of news (site52)
            continue
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and (
            patterns.word_count(block.text) >= rules.HEADER_MIN_TEXT_WORDS
        ):
            break  # the article's text: no header below it
        if block.kind in _TEXT_OR_TITLE and _tagline(block.text) and (_site_tagline(block.text) or _titled(out, i)):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="site_name")
        if block.kind in _TEXT_OR_TITLE and SLOGAN.match(" ".join(block.text.split())) and _titled(out, i):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="site_name")
        if i > 0 and block.kind in _TEXT_OR_TITLE and _logo_name(out[i - 1], block.text):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="site_name")
        if block.kind is BlockKind.LIST and _date_bar(block.items) or _bulleted_date(block):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="date")
        posts = block.kind is BlockKind.LIST and all(POST_LINK_END.search(item) for item in block.items)
        if posts and _titled(out, i):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="embed")  # a social feed's posts
            if i > 0 and _social_heading(out[i - 1]):
                out[i - 1] = Block(BlockKind.SITE_TEXT, out[i - 1].text, reason="embed")
        if block.kind in _TEXT and _player_fields(out, i):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="interface")
        weather = i > 0 and out[i - 1].kind is BlockKind.SITE_TEXT and TEMPERATURE.match(out[i - 1].text.strip())
        if weather and block.kind in _TEXT and PLACE_NAME.match(block.text.strip()):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="interface")
    return out


def _player_fields(blocks: Sequence[Block], index: int) -> bool:
    """Under a widget's line set aside as "interface" ("Huidig nummer"), a run of PLAYER_FIELDS_MIN or more lines of
    one word each ("Titel" / "Artiest"), a title of more words under them: the widget's empty fields (site44). One
    word over the title is its kicker; the run must stand right under the widget's line."""
    if not _one_word(blocks[index]):
        return False
    start = index
    while start > 0 and _one_word(blocks[start - 1]) and (blocks[start - 1].kind in _TEXT or _field(blocks[start - 1])):
        start -= 1  # the fields above, kept or set aside already
    if start == 0 or not _field(blocks[start - 1]):
        return False
    end = index
    while end < len(blocks) and blocks[end].kind in _TEXT and _one_word(blocks[end]):
        end += 1
    title = blocks[end] if end < len(blocks) else None
    titled = title is not None and title.kind in _TEXT_OR_TITLE and patterns.is_heading(title.text)
    return end - start >= rules.PLAYER_FIELDS_MIN and titled and patterns.word_count(title.text) >= 2


def _field(block: Block) -> bool:
    return block.kind is BlockKind.SITE_TEXT and block.reason == "interface"


def _one_word(block: Block) -> bool:
    return patterns.word_count(block.text) == 1 and block.text.strip().isalpha()


def _titled(blocks: Sequence[Block], index: int) -> bool:
    """A line of text stands below the widget before the article's text (its title): a slogan, an adjectives' tagline
    or a list of posts right above the running text is the article's own subtitle or quotation (review39)."""
    for block in blocks[index + 1 :]:
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and (
            patterns.word_count(block.text) >= rules.HEADER_MIN_TEXT_WORDS
        ):
            return False
        if block.kind in _TEXT_OR_TITLE:
            return True
    return False


def _site_tagline(text: str) -> bool:
    """A tagline opening with "De"/"Het" and its kind of site ("De opiniesite van …"): no title's shape."""
    last = text.strip().splitlines()[-1].split() if text.strip() else []
    return bool(last) and last[0].casefold() in ("de", "het")


def _social_heading(block: Block) -> bool:
    """The heading of a social feed's widget, naming the network ("Twitter feed <naam>")."""
    text = " ".join(block.text.split())
    short = patterns.word_count(text) <= rules.SOCIAL_HEADING_MAX_WORDS
    return block.kind in _TEXT_OR_TITLE and short and bool(SOCIAL_HEADING.match(text))


def _bulleted_date(block: Block) -> bool:
    """A date bar of one item, read as a date line for its date after the bullet ("• zaterdag 27 april 2024")."""
    text = block.text.strip()
    return block.kind is BlockKind.DATELINE and text.startswith(("•", "·")) and _date_bar([text[1:].strip()])


def _date_bar(items: Sequence[str]) -> bool:
    return (
        0 < len(items) <= rules.DATE_BAR_MAX_ITEMS
        and bool(WEEKDAY_DATE.match(" ".join(items[0].split())))
        and all(patterns.word_count(item) <= rules.DATE_BAR_MAX_WORDS for item in items)
    )


def _tagline(text: str) -> bool:
    """The site's tagline, alone or under lines that are site text themselves (the logo's)."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    if not lines or patterns.word_count(lines[-1]) > rules.TAGLINE_MAX_WORDS or not TAGLINE.match(lines[-1]):
        return False
    return all(patterns.site_line_reason(line) for line in lines[:-1])


def _logo_name(above: Block, text: str) -> bool:
    """The name of the logo's line above ("Logo Joop" / "Joop", "Joop Logo" / "Joop") repeated on its own line."""
    logo = LOGO_LINE.match(" ".join(above.text.split())) if above.kind is BlockKind.SITE_TEXT else None
    return bool(logo) and patterns.same_line(logo["after"] or logo["before"], text)
