"""Short labels above the title, decided by their position (issue 21, helper above37): the page's section, series or
site name on a line of its own between the page's start (its menus, set aside already) and the chosen headline
('Cultuur & Media', 'Sporza', 'De Standaard der Letteren', 'In de kijker', 'Okra cirkels'). Each is a one-off
string; what they share is a shape and a place.

The shape (`label_shape`): one to four words, opening with a capital or a figure, no sentence's mark, comma, colon,
quote, bracket or bar; not a genre's word ('Interview', 'Liveblog', 'Weekweerbericht': left to the genre rule), not
a person's name, a byline's or a caption's line, not a date, not one word in capitals (a place's dateline, 'ZWOLLE').
Measured on the gold of every structure set (above37): above the gold headline, 42 lines have this shape, all gold
site text; a genre's word, a name, a byline and a caption there are gold article text in some sets.

Set aside as "rubric", only under a headline sure by its shape — TITLE_MIN_WORDS words or more, longer than the
label, not a genre's line ('Column -- …'), with running text in its first BELOW_BLOCKS blocks below (past its
byline, date, caption and set-aside lines; a paragraph of TEXT_MIN_WORDS words counts, cut off or not) — and only
when the page shows above the headline (a line set aside there already) and every block above it is site text, such
a label, a genre's label, a caption, a byline or a date line: a paragraph or a longer heading above the title (a
deck, a photo's caption read as text) leaves every line there as it is. The page shows too where a line is set aside
in the first PAGE_BELOW_BLOCKS blocks under the headline (the title printed again, the site's name or tagline;
structgen39): 'Verbouwen' over a title the page prints twice. Kept too: a label before the headline's first words on
their source line (a kicker glued to the title, split off by pipeline.text.title_line: the headline's; a word the
title ends with is none, site53b), and one word the text below names (the place it is from, 'Zwolle') — unless a
section's word set aside stands right over it ('Nieuws' / 'Zwolle': the page's regional section, site53b).

With no headline chosen, a label's line of one or two words opening the text right over a date line and the running
text is the page's section too (`label_over_date`, site53b)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import date_lines, line_kind_rules, patterns, shape_rules, title_rules
from pipeline.text.page_edges import running_text

LABEL_MAX_WORDS = 4  # 'De Standaard der Letteren'; a line of more words above a title may be its deck
LABEL_MIN_CHARS = 3  # 'Vk': an author's initials
TITLE_MIN_WORDS = 3  # a two-word heading under a one-word one: which is the title is not sure ('Voedselpakketten')
BELOW_BLOCKS = 2  # running text in the first blocks under the title (a lede the page cut off mid-sentence)
TEXT_MIN_WORDS = 40  # a paragraph this long is running text, cut off by the page or not
PAGE_BELOW_BLOCKS = 2  # a line set aside this close under the headline shows the page as well as one above it
GLUED_TITLE_WORDS = 3  # a label on the source line of the headline's first words: its kicker, split off by title_line
_LABEL_WORD = re.compile(r"^[\w'’&/+-]*\w[\w'’&/+-]*$|^&$")  # a word, a figure, '&' ('Cultuur & Media')
_OPENING = re.compile(r"^(?-i:[A-ZÀ-Ý0-9])")
# a genre's word (left to the genre rule and the older sets' kickers), a weather or press report ('Weekweerbericht |'
# glued before a title, split off by pipeline.text.title_line: the headline's kicker)
_GENRE_WORDS = r"^(\w*bericht|\w*blog|uitleg|explainer|longread|verslag|factcheck|fotoserie|fotoreportage)$"
GENRE = re.compile(rf"{line_kind_rules.GENRE_KICKER}|^{shape_rules.SECTION_LABELS}$|{_GENRE_WORDS}", re.IGNORECASE)
DATE_LINE = re.compile(title_rules.DATE_LINE, re.IGNORECASE)
DATE_OPENING = re.compile(title_rules.DATE_OPENING, re.IGNORECASE)
_LINE_KINDS = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
SECTION_LINE = re.compile(rf"^{shape_rules.CATEGORY_LABELS}$", re.IGNORECASE)  # 'Nieuws', 'Sport' set aside above
DATED_LABEL_MAX_WORDS = 2  # 'Ongeluk', 'In 010' over the date line; a longer line there may be a title
DATE_REASONS = (date_lines.DATE_LINE, "stamp")  # the reasons of a date line set aside (date_lines, structure)
_KEPT_ABOVE = (BlockKind.SITE_TEXT, BlockKind.CAPTION, BlockKind.BYLINE, BlockKind.DATELINE)
_PASSED_BELOW = (*_KEPT_ABOVE, BlockKind.SUBHEADING)


def label_shape(text: str) -> bool:
    """A short label's line (see the module docstring): a few words, no sentence, no name, no genre, no date."""
    text = " ".join(text.split())
    words = text.split()
    return (
        0 < len(words) <= LABEL_MAX_WORDS
        and len(text) >= LABEL_MIN_CHARS
        and bool(_OPENING.match(text))
        and all(_LABEL_WORD.match(word) for word in words)
        and not (patterns.is_person_name(text) or patterns.is_byline(text) or patterns.is_caption(text))
        and not (len(words) == 1 and text.isupper())  # 'ZWOLLE': a place's dateline in capitals, split off its lede
        and not GENRE.search(text)
        and not (DATE_LINE.search(text) or DATE_OPENING.match(text))
    )


def _sure_title(blocks: Sequence[Block], title: int, label_words: int) -> bool:
    words = patterns.word_count(blocks[title].text)
    if words < TITLE_MIN_WORDS or words <= label_words or GENRE.search(blocks[title].text.strip()):
        return False
    below = [b for b in blocks[title + 1 :] if b.kind not in _PASSED_BELOW][:BELOW_BLOCKS]
    return any(running_text(b) or b.kind is BlockKind.PARAGRAPH and _long(b) for b in below)


def _long(block: Block) -> bool:
    return patterns.word_count(block.text) >= TEXT_MIN_WORDS


def _named_below(label: str, below: str) -> bool:
    """One word the text below the headline names ('Zwolle' over a text about Zwolle): the place it is from."""
    words = label.split()
    return len(words) == 1 and re.search(rf"\b{re.escape(words[0].casefold())}\b", below) is not None


def _under_section(blocks: Sequence[Block], label: int) -> bool:
    """A label right under a section's word the page printed and that was set aside ('Nieuws' over 'Zwolle'): the
    section's place, a page's label (site53b) — not the place a dateline names."""
    above = blocks[label - 1] if label > 0 else None
    return above is not None and above.kind is BlockKind.SITE_TEXT and bool(SECTION_LINE.match(above.text.strip()))


def label_over_date(blocks: list[Block]) -> None:
    """No headline chosen, and the text opens with a label's line over a date line set aside and the running text
    ('Verkeer' over 'Gisteren, 09:12' over the report): the page's section, set aside as "rubric" (site53b). A line of
    more words over the date (a title the reader did not take) or with no running text under the date stays."""
    first = next((i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT), None)
    if first is None or first + 2 >= len(blocks) or blocks[first].kind not in _LINE_KINDS:
        return
    label, date, text = blocks[first], blocks[first + 1], blocks[first + 2]
    if not (label_shape(label.text.strip()) and patterns.word_count(label.text) <= DATED_LABEL_MAX_WORDS):
        return
    dated = date.kind is BlockKind.DATELINE or date.kind is BlockKind.SITE_TEXT and date.reason in DATE_REASONS
    if dated and running_text(text):
        blocks[first] = Block(BlockKind.SITE_TEXT, label.text, reason="rubric")


def labels_above(blocks: list[Block], title: int, source: str | None) -> None:
    """The short labels between the page's start and the headline: set aside as "rubric" (see the module docstring)."""
    if source is None:
        return  # read again without its source (pipeline.text.article.with_templates): the first reading decided
    labels = []
    for i in range(title):
        block = blocks[i]
        if block.kind in _KEPT_ABOVE:
            continue
        if block.kind not in _LINE_KINDS:
            return
        text = block.text.strip()
        if label_shape(text):
            labels.append(i)
        elif not GENRE.search(text):
            return  # a paragraph or a longer heading above the title: the head is not the page's alone
    if not labels or not _sure_title(blocks, title, max(patterns.word_count(blocks[i].text) for i in labels)):
        return
    # (site50, tried and dropped: without this page test only blind51, TUNE, gained 36 characters; no CHECK set moved)
    if not any(b.kind is BlockKind.SITE_TEXT for b in blocks[: title + 1 + PAGE_BELOW_BLOCKS]):
        return  # no page around the title: the text's own first lines ('Rioolheffing omhoog' over 'Maatregelen …')
    title_head = " ".join(blocks[title].text.split()[:GLUED_TITLE_WORDS])
    # what stands before the headline's first words on a source line (not the title's own last word, 'Almelo')
    lines = (" ".join(raw.split()) for raw in source.splitlines())
    glued = {line.split(title_head)[0] for line in lines if title_head in line}
    labels = [i for i in labels if not any(" ".join(blocks[i].text.split()) in head for head in glued)]
    below = " ".join(b.text for b in blocks[title + 1 :] if b.kind is not BlockKind.SITE_TEXT).casefold()
    labels = [i for i in labels if _under_section(blocks, i) or not _named_below(blocks[i].text, below)]
    for i in labels:  # a label glued to the headline's line dropped above: none left, nothing set aside
        blocks[i] = Block(BlockKind.SITE_TEXT, blocks[i].text, reason="rubric")
