"""The teasers of other stories under a marker ("Lees ook", "Meer uit …"; pipeline.text.article calls this): the
titles after "Lees ook", the titles and their standfirsts after "Meer uit …", and a list of stories stamped with their
age, set aside as "teaser"; after "Lees ook", cards that each open with their picture's file name, with their summaries
(`picture_cards`, site32b); an aggregator's teaser of the story right above its full text (`teaser_prefixes`, blind31)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.document import Block, BlockKind
from pipeline.text import body_prose, card_rules, patterns, signatures, site_words
from pipeline.text.page_edges import title_shaped
from pipeline.text.segment import split_sentences

TEASER_MAX_WORDS = 40  # a teaser's standfirst; a longer block is the article going on
# "Lees ook", and a pointer to the whole story ("Lees het volledige bericht:"): titles after it, no standfirsts
_INLINE_TEASER = re.compile(rf"^(lees|bekijk|kijk|luister) ook\b|{site_words.FULL_STORY_POINTER}", re.IGNORECASE)
_FULL_STORY_POINTER = re.compile(site_words.FULL_STORY_POINTER, re.IGNORECASE)
_SCORE = re.compile(r"\s[-–—:]\s*\d")
_RANKED_TITLE = re.compile(r"^\d{1,2}\.\s+(?P<title>\S.*)$")
_AGE_OPENING = re.compile(rf"^\s*(\d+\.\s+)?{card_rules.AGE_STAMP}", re.IGNORECASE)
_PICTURE_FILE = re.compile(card_rules.PICTURE_FILE, re.IGNORECASE)
TEASER_PREFIX_MIN_WORDS = 15  # a teaser of the text below it: a few sentences' worth
_CUT_MARK = re.compile(r"\s*(?:\.\.\.|…|\[(?:…|\.\.\.)\])$")  # a teaser's cut mark: "…", "...", "[…]"
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)
# the copy ends a sentence or a quote where the paragraph above stops: that one is a whole lede without its full stop
# or closing quote, the article's (a teaser is cut off in a sentence, its copy goes on with the next word) (review42)
_SENTENCE_ENDS_THERE = re.compile(r"^[\"”’']*[.!?]|^[\"”’]")


def teasers(blocks: Sequence[Block]) -> list[Block]:
    """The story teasers after "Lees ook" (their headlines) or "Meer uit …" (also their standfirsts; the article's last
    section under a marker whose links the page lost is not: `_last_section`, fix49). A "Lees ook: <title>" line names
    its own story: nothing after it is a teaser; after "Lees ook" a title longer than a heading is the last one (the
    headings after it are the article's again). Above the article's text (none kept yet, or less than below it:
    `body_prose`), a title over running prose is the article's own and ends the list (`_heads_article`); a marker right
    over it is the article's section label ("label", fix33d)."""
    blocks = _quoted_pointers(blocks)
    last_text = signatures.last_unsigned(blocks)
    out: list[Block] = []
    marker: str | None = None
    kept = 0  # the article's text blocks kept so far: a marker above all of them may be the article's section label
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.SITE_TEXT:
            out.append(block)
            if patterns.is_teaser_marker(block.text):
                marker = None if _names_its_story(block.text) else block.text
            continue
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        standfirsts = marker is not None and not _INLINE_TEASER.match(marker)
        if standfirsts and (not kept or body_prose.body_below(out, blocks, index)) and _heads_article(blocks, index):
            if out[-1].text == marker:  # "Laatste nieuws" right over the article: its section's label
                out[-1] = replace(out[-1], reason="label")
            marker = None
        ours = _last_section(standfirsts and out[-1].text == marker, block, following, index, last_text)
        if marker is not None and not ours and _is_teaser(block, following, standfirsts=standfirsts):
            if block.time:  # a stamped entry: its time set aside too, each character in one block
                out.append(Block(BlockKind.SITE_TEXT, block.time, reason="teaser"))
            out.append(Block(BlockKind.SITE_TEXT, block.text, reason="teaser"))
            long_title = not standfirsts and not patterns.is_heading(block.text)
            # a list of linked titles is the whole box: the paragraph after it is the article's again, unless it
            # repeats an item (a card's link, then its title: the box goes on) (review27c)
            listed = block.kind is BlockKind.LIST and not any(_carded(item, following) for item in block.items)
            marker = None if long_title or listed else marker
            continue
        marker = None
        kept += block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
        out.append(block)
    return out


def _quoted_pointers(blocks: Sequence[Block]) -> list[Block]:
    """ "Lees het volledige bericht:" alone right under a kept line ending in a colon ("In een persbericht schreef de
    gemeente:"): the quoted message's own words, article text, and no marker for the title under it (review44)."""
    out = list(blocks)
    for index in range(1, len(out)):
        block, above = out[index], out[index - 1]
        quoted = above.kind is not BlockKind.SITE_TEXT and above.text.rstrip().endswith(":")
        if quoted and block.kind is BlockKind.SITE_TEXT and _FULL_STORY_POINTER.match(block.text.strip()):
            out[index] = Block(BlockKind.PARAGRAPH, block.text)
    return out


def _heads_article(blocks: Sequence[Block], index: int) -> bool:
    """A title under a marker over running prose: ARTICLE_UNDER_LABEL_MIN_PARAGRAPHS paragraphs or more in a
    row, each closing a sentence, one of several sentences (a teaser has one short standfirst at most)."""
    title = blocks[index]
    if not (title.kind in (BlockKind.SUBHEADING, BlockKind.HEADLINE) or title_shaped(title.text)):
        return False
    prose = blocks[index + 1 : index + 1 + card_rules.ARTICLE_UNDER_LABEL_MIN_PARAGRAPHS]
    return (
        len(prose) == card_rules.ARTICLE_UNDER_LABEL_MIN_PARAGRAPHS
        and all(_closes_sentences(b) for b in prose)
        and any(len(split_sentences(b.text)) >= card_rules.RUNNING_PROSE_MIN_SENTENCES for b in prose)
    )


def _closes_sentences(block: Block) -> bool:
    return block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and patterns.ends_sentence(block.text)


def picture_cards(blocks: Sequence[Block]) -> list[Block]:
    """A related box's cards after "Lees ook" (its marker and a title set aside as teasers already), each opening with
    its picture's file name: a title right under a file name is a card's, and so is the paragraph under such a title
    when another card's file name or nothing follows it (a paragraph with the article's text after it is the
    article going on)."""
    out = list(blocks)
    within, pictured = False, False  # within a box after "Lees ook"; its first card right under the marker
    for i, block in enumerate(out):
        if block.kind is BlockKind.SITE_TEXT:
            within = within or block.reason == "teaser"
            pictured = pictured or (within and _picture_file(block) and i > 0 and _marker(out[i - 1]))
            continue
        after_file = i > 0 and _picture_file(out[i - 1])
        if within and after_file and (patterns.is_heading(block.text) or title_shaped(block.text)):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="teaser")
            continue
        # the text's end closes a card's summary in a box of cards with pictures from its marker on: under a picture
        # after a card without one (the marker's own title), the article goes on (review32r)
        closes = (i + 1 == len(out) and pictured) or (i + 1 < len(out) and _picture_file(out[i + 1]))
        carded = i > 1 and out[i - 1].reason == "teaser" and _picture_file(out[i - 2])
        if within and carded and block.kind is BlockKind.PARAGRAPH and closes:
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="teaser")
            continue
        within, pictured = False, False
    return out


def _marker(block: Block) -> bool:
    return block.kind is BlockKind.SITE_TEXT and bool(_INLINE_TEASER.match(block.text.strip()))


def _picture_file(block: Block) -> bool:
    return block.kind is BlockKind.SITE_TEXT and bool(_PICTURE_FILE.match(block.text.strip()))


def _names_its_story(marker: str) -> bool:
    """ "Lees ook: De rechtszaak voor beginners" — the link's title on the marker's own line."""
    found = _INLINE_TEASER.match(marker)
    rest = marker[found.end() :].strip() if found else ""
    return not rest.endswith(":") and patterns.word_count(rest.strip(" :.>»|-")) >= 2


def _is_teaser(block: Block, following: Block | None, *, standfirsts: bool) -> bool:
    """After "Lees ook" (not `standfirsts`) only titles: a caption there is the article's photo, and a
    heading that the next paragraph names ("Slag om de Schelde" over "… de film Slag om de Schelde …")
    is that paragraph's section heading."""
    if block.kind is BlockKind.DATELINE or (block.kind is BlockKind.CAPTION and standfirsts):
        return True
    if block.kind in (BlockKind.LIVEBLOG, BlockKind.TABLE):  # "13:59 <titel>", "1. <titel>": a stamped or ranked title
        return _listed_title(block, following)
    if block.kind is BlockKind.LIST and standfirsts:  # "Gerelateerd nieuws" / "• <titel>" / "• <titel>": linked titles
        return bool(block.items) and all(title_shaped(item) or _carded(item, following) for item in block.items)
    if block.kind not in (BlockKind.SUBHEADING, BlockKind.HEADLINE, BlockKind.PARAGRAPH):
        return False  # quotes, captions, a list of sentences are the article's
    titled = not standfirsts and title_shaped(block.text)  # a title after "Lees ook", longer than a heading
    if block.kind in (BlockKind.SUBHEADING, BlockKind.HEADLINE) or patterns.is_heading(block.text) or titled:
        return standfirsts or not _heads(block, following)
    if standfirsts and patterns.AGENCY_OPENING.match(block.text):
        return True  # another story's opening, however long
    return standfirsts and block.kind is BlockKind.PARAGRAPH and patterns.word_count(block.text) <= TEASER_MAX_WORDS


def _last_section(under: bool, block: Block, following: Block | None, index: int, last: int) -> bool:
    """The text's last paragraph right `under` the marker, or a heading ("Hoe nu verder") of few words over it."""
    heading = block.kind is BlockKind.SUBHEADING and following is not None and _closes_sentences(following)
    short = heading and patterns.word_count(block.text) <= card_rules.SECTION_HEADING_MAX_WORDS
    untitled = under and block.kind is BlockKind.PARAGRAPH and not patterns.AGENCY_OPENING.match(block.text)
    return (short and index + 1 == last) or (untitled and index == last)  # an agency's opening: another story's


def _listed_title(block: Block, following: Block | None) -> bool:
    """A list's item under a teaser marker ("Net binnen", "Meest gelezen"): a liveblog entry that is a title and
    nothing else (no text of its own follows it), or a ranked line ("1. <titel>") of title's words — at most one
    figure ("Renner (25) overleden …"), none after a dash: a ranking's row ("Anna de Vries - 120 punten") is data."""
    if block.kind is BlockKind.LIVEBLOG:
        alone = following is None or following.kind in (BlockKind.LIVEBLOG, BlockKind.SITE_TEXT, BlockKind.TABLE)
        return alone and bool(block.text) and title_shaped(block.text)
    ranked = _RANKED_TITLE.match(block.text)
    if not ranked or not title_shaped(ranked.group("title")) or _SCORE.search(ranked.group("title")):
        return False
    return sum(1 for word in ranked.group("title").split() if any(c.isdigit() for c in word)) <= 1


def _carded(item: str, following: Block | None) -> bool:
    """A linked title repeated as the next block (a card's link, then its title): a teaser however long."""
    return following is not None and " ".join(following.text.split()) == " ".join(item.split())


def _heads(heading: Block, following: Block | None) -> bool:
    """A heading whose words the next paragraph names: the paragraph's own heading."""
    if following is None or following.kind is not BlockKind.PARAGRAPH or patterns.word_count(heading.text) < 2:
        return False
    return " ".join(heading.text.casefold().split()) in " ".join(following.text.casefold().split())


def aged_items(blocks: Sequence[Block]) -> list[Block]:
    """A list of other stories, one block each opening with its age ("1 week geleden Champions League <titel> …"):
    AGED_LIST_MIN_ITEMS such blocks in a row (a number's or a section's short line between them, "2. Voetbal")
    are teasers, with those short lines and the list's name above them ("Eerdere berichten")."""
    out = list(blocks)
    run: list[int] = []
    aged = 0

    def close() -> None:
        if aged >= card_rules.AGED_LIST_MIN_ITEMS:
            for _ in range(card_rules.AGED_LIST_LABELS_ABOVE):  # the first item's number, the list's name
                if run[0] > 0 and _short_line(out[run[0] - 1]):
                    run.insert(0, run[0] - 1)
            for i in run:
                out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="teaser")

    for index, block in enumerate(out):
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and _AGE_OPENING.match(block.text):
            run.append(index)
            aged += 1
        elif run and _short_line(block):
            run.append(index)
        else:
            close()
            run, aged = [], 0
    close()
    return out


def _short_line(block: Block) -> bool:
    return (
        block.kind in (BlockKind.TABLE, BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
        and patterns.word_count(block.text) <= card_rules.AGED_LIST_LABEL_MAX_WORDS
    )


def dated_titles(blocks: Sequence[Block]) -> list[Block]:
    """A list of other stories as title and date lines in turn ("Aboutaleb: tijd om IS weg te vagen" / "Vandaag,
    21:09" / …): DATED_LIST_MIN_ITEMS such pairs in a row are teasers, with up to two short lines above them (the
    list's name: "40 gerelateerde artikelen"). An article's own title and date are one pair, then its text; its
    own timeline (a date, then what happened, in turn) is followed by its text too (see `_timeline`)."""
    out = list(blocks)
    run: list[int] = []
    dates = 0

    def close() -> None:
        if dates >= card_rules.DATED_LIST_MIN_ITEMS and not _timeline(out, run):
            for _ in range(card_rules.AGED_LIST_LABELS_ABOVE):
                if run[0] > 0 and _short_line(out[run[0] - 1]):
                    run.insert(0, run[0] - 1)
            for i in run:
                out[i] = Block(BlockKind.SITE_TEXT, out[i].text, reason="teaser")

    for index, block in enumerate(out):
        expect_date = bool(run) and out[run[-1]].kind is not BlockKind.DATELINE
        if expect_date and block.kind is BlockKind.DATELINE:
            run.append(index)
            dates += 1
        elif not expect_date and _list_title(block):
            run.append(index)
        else:
            close()
            run, dates = ([index], 0) if _list_title(block) else ([], 0)
    close()
    return out


def _timeline(blocks: Sequence[Block], run: Sequence[int]) -> bool:
    """The run ends on a title (each date has its event after it) and the article's running text follows."""
    after = blocks[run[-1] + 1] if run[-1] + 1 < len(blocks) else None
    return (
        blocks[run[-1]].kind is not BlockKind.DATELINE
        and after is not None
        and after.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
        and patterns.word_count(after.text) >= card_rules.TIMELINE_TEXT_MIN_WORDS
        and patterns.ends_sentence(after.text)
    )


def _list_title(block: Block) -> bool:
    kinds = (BlockKind.SUBHEADING, BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.SITE_TEXT)
    return block.kind in kinds and title_shaped(block.text)


def teaser_prefixes(blocks: Sequence[Block]) -> list[Block]:
    """A paragraph of TEASER_PREFIX_MIN_WORDS words or more, cut off in a sentence (no sentence's end; maybe the cut
    mark), that the next paragraph opens with word for word and goes on after: the page's teaser of that text (an
    aggregator prints it above the full text), set aside as "teaser". An article's paragraph is never the opening of
    the next one; a paragraph that ends its sentence, or whose copy ends the sentence right there (a lede printed
    without its full stop), is left alone (a lede the body repeats is the article's)."""
    out = list(blocks)
    for index in range(len(out) - 1):
        block, following = out[index], out[index + 1]
        if block.kind not in _TEXT_KINDS or following.kind not in _TEXT_KINDS:
            continue
        teaser = _CUT_MARK.sub("", " ".join(block.text.split()))
        if patterns.ends_sentence(teaser) or patterns.word_count(teaser) < TEASER_PREFIX_MIN_WORDS:
            continue
        full = " ".join(following.text.split())
        if len(full) > len(teaser) and full.startswith(teaser) and not _SENTENCE_ENDS_THERE.match(full[len(teaser) :]):
            out[index] = Block(BlockKind.SITE_TEXT, block.text, reason="teaser")
    return out
