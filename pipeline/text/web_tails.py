"""A web page's list of related stories after the article (and its local section's label above it), by shape (issue 21, round site27b; the expressions are
data: pipeline.text.web_rules). Each list is full news sentences about other events — site text by its place and
its marks, not by its words:

cards      story cards each closed by a read-more link ("<title><teaser> Lees verder ⮕"), CARD_RUN_MIN or more
           in a row, and a last card the page cut off (no sentence's end) after them
region     the text's first line a region's name alone above the running text ("Limburg"): its local section
title      (exclaimed_title, on a chunk's lines) the text's first line a title closed by "!" or "?" above a
           paragraph saved on one line: a heading
weather    (split_widgets) a widget's line split over two or three short lines ("donderdag 25 april" / "10°C" /
           "60 km"): joined, a site line of the weather widget's shape
dates      (date_menus) DATE_MENU_MIN or more date lines in a row, each another date: the page's archive menu
cut        (cut_teaser_lines, on a chunk's lines) teasers the page cut off at a fixed length ("… tot..."),
           CUT_TEASERS_MIN lines in a row below a line of article text: from the first to the chunk's end
tips       (tip_questions, question_leads) a tip request's questions before it, in its paragraph or closing the one
           above it
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import patterns
from pipeline.text import web_rules as rules
from pipeline.text.last_card import last_card
from pipeline.text.offer_questions import TIP_NEWSROOM, offered
from pipeline.text.opening_widgets import opening_widgets
from pipeline.text.page_lists import aside
from pipeline.text.segment import split_sentences

CARD_LINK = re.compile(rules.CARD_LINK, re.IGNORECASE)
REGION_LINE = re.compile(rules.REGION_LINE)
TIP_QUESTION_ASKING = re.compile(rules.TIP_QUESTION_ASKING, re.IGNORECASE)
GLUED_TITLE = re.compile(rules.GLUED_TITLE)
CUT_TEASER_END = re.compile(rules.CUT_TEASER_END)
TIP_QUESTION = re.compile(rules.TIP_QUESTION, re.IGNORECASE)
SOURCE_CREDIT = re.compile(rules.SOURCE_CREDIT, re.IGNORECASE)
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def _aside(block: Block) -> Block:
    return aside(block, "teaser")


def web_chrome(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a run of story cards at the text's end set aside ("teaser"; one cut card too:
    pipeline.text.last_card), and a region's label
    opening the text ("label"); the rest of a first paragraph cut by site text kept as its lede. First the widgets
    around the title and the embeds (pipeline.text.opening_widgets, site43)."""
    return _opening_rest(_region_label(last_card(_card_run(opening_widgets(blocks)))))


def _opening_rest(blocks: Sequence[Block]) -> list[Block]:
    """The rest of the text's first paragraph after site-text sentences cut from its start (a rubric's intro) is
    that paragraph's — the lede —, not a title closed by a full stop (pipeline.text.headline)."""
    out = list(blocks)
    first = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), None)
    if first is None or first == 0:
        return out
    above, block = out[first - 1], out[first]
    if block.kind is BlockKind.PARAGRAPH and above.sentences is not None and block.text.rstrip().endswith("."):
        out[first] = Block(BlockKind.LEDE, block.text, sentences=block.sentences)
    return out


def _region_label(blocks: Sequence[Block]) -> list[Block]:
    """The text's first line a region's or country's name alone (web_rules.REGION_LINE), right above the
    running text: the page's local section, not a one-word headline (nor a round-up's first section: another
    region's name alone further on)."""
    out = list(blocks)
    first = next((i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT), None)
    if first is None or first + 1 >= len(out) or out[first].kind not in (BlockKind.PARAGRAPH, BlockKind.SUBHEADING):
        return out
    following = out[first + 1]
    sections = any(REGION_LINE.match(b.text.strip()) for b in out[first + 1 :])  # a round-up by region
    label = REGION_LINE.match(out[first].text.strip()) and not sections
    if label and following.kind in _TEXT_KINDS and _running(following):
        out[first] = Block(BlockKind.SITE_TEXT, out[first].text, reason="label")
    return out


def _running(block: Block) -> bool:
    return patterns.word_count(block.text) >= rules.REGION_TEXT_MIN_WORDS and patterns.ends_sentence(block.text)


def _card_link(block: Block) -> bool:
    return block.kind is BlockKind.SITE_TEXT and bool(CARD_LINK.match(block.text.strip()))


def _card_run(blocks: Sequence[Block]) -> list[Block]:
    """Cards: a paragraph, its read-more link; CARD_RUN_MIN pairs in a row (after a paragraph of the article), and
    after the last link only a card cut off by the page (no sentence's end) or nothing — with a card's shape: a
    title glued to its teaser ("… gaat open op zondagDe nieuwe …"; a last line cut off alone is a round-up's close)."""
    out = list(blocks)
    links = [i for i, b in enumerate(out) if _card_link(b)]
    if len(links) < rules.CARD_RUN_MIN:
        return out
    last = links[-1]
    rest = out[last + 1 :]
    if len(rest) > 1 or any(b.kind not in _TEXT_KINDS or patterns.ends_sentence(b.text) for b in rest):
        return out
    run = [last]
    for i in reversed(links[:-1]):
        if i == run[-1] - 2 and out[i + 1].kind in _TEXT_KINDS:
            run.append(i)
        else:
            break
    first_card = run[-1] - 1
    if len(run) < rules.CARD_RUN_MIN or first_card < 1 or out[first_card].kind not in _TEXT_KINDS:
        return out
    if not any(b.kind in _TEXT_KINDS for b in out[:first_card]):
        return out  # the article's own text comes first
    if not any(GLUED_TITLE.search(b.text) for b in out[first_card:last] if b.kind in _TEXT_KINDS):
        return out  # a round-up's items with their links (maybe a closing line): no card's title glued to its teaser
    return [*out[:first_card], *(_aside(b) for b in out[first_card:])]


def cut_teaser_lines(lines: Sequence[str]) -> int | None:
    """Where a run of teasers cut off by the page begins in a chunk's lines (collapsed), or None."""
    cut = [
        i
        for i, line in enumerate(lines)
        if CUT_TEASER_END.search(line) and patterns.word_count(line) >= rules.CUT_TEASER_MIN_WORDS
    ]
    for i in cut:
        run = range(i, i + rules.CUT_TEASERS_MIN)
        if i >= 1 and all(j in cut for j in run) and patterns.ends_sentence(lines[i - 1]) and _fixed_length(lines, i):
            return i
    return None


def _fixed_length(lines: Sequence[str], start: int) -> bool:
    """No line from `start` to the chunk's end is longer than the longest line cut off there: a list the page cut
    at a fixed length (a column's paragraphs trailing off, then a longer paragraph: the column's)."""
    longest = max(len(line) for line in lines[start:] if CUT_TEASER_END.search(line))
    return all(len(line) <= longest for line in lines[start:])


def _question_runs(sentences: Sequence[str], reasons: Sequence[str | None]) -> list[str | None]:
    """Each run of rules.TIP_QUESTIONS_MIN short questions or more right before a tip request naming the newsroom,
    set aside with it (a town hall's request to report damage is the story's: "Last van trillingen? …", review45)."""
    out = list(reasons)
    for end in range(1, len(out)):
        if out[end] != "tip" or out[end - 1] is not None or not TIP_NEWSROOM.search(sentences[end]):
            continue
        start = end
        while start and out[start - 1] is None and _short_question(sentences[start - 1]):
            start -= 1
        if end - start >= rules.TIP_QUESTIONS_MIN:
            out[start:end] = ["tip"] * (end - start)
    return out


def question_leads(blocks: Sequence[Block]) -> list[Block]:
    """A paragraph closed by a run of short questions (`_question_runs`) right above a tip request set aside on its
    own line ("… Een mooie foto? Een verslag?" / "Mail de redactie: …@…"): the run cut off, the request's too."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        tip = after is not None and after.kind is BlockKind.SITE_TEXT and after.reason in ("tip", "contact")
        sentences = split_sentences(block.text) if tip and block.kind in _TEXT_KINDS else []
        request = after.text if after is not None else ""
        reasons = _question_runs([*sentences, request], [*([None] * len(sentences)), "tip"])[:-1]
        if "tip" not in reasons:
            out.append(block)
            continue
        cut = 0
        for sentence in sentences[: reasons.index("tip")]:
            cut = block.text.find(sentence, cut) + len(sentence)
        head, run = block.text[:cut].strip(), block.text[cut:].strip()
        out.extend([Block(block.kind, head)] if head else [])
        out.append(Block(BlockKind.SITE_TEXT, run, reason="tip"))
    return out


def _short_question(sentence: str) -> bool:
    short = patterns.word_count(sentence) <= rules.TIP_QUESTION_MAX_WORDS
    return sentence.rstrip().endswith("?") and short and not TIP_QUESTION_ASKING.match(sentence.strip())


def tip_questions(sentences: Sequence[str], reasons: Sequence[str | None]) -> list[str | None]:
    """The tip request's question ("Iets gezien in de stad?") right before the request naming the newsroom ("Meld
    het aan onze redactie") is the request's too; alone it is an appeal in the news ("Iets gezien? Bel 112.").
    So is a source credit ("Nieuws door Voorbeeld.") right before the link to the full text at the source, and a
    short first sentence of a paragraph whose other sentences (two or more) are all site text, a rubric's standing
    intro first ("De Spelen zijn in volle gang. In de rubriek … besteedt Voorbeeld aandacht aan …"). A correction
    request's question ("Typfout gezien?") followed by a sentence of article text is the story's own, and so is a tip
    request's question with article text on both sides ("… Heb je dat weleens gezien? …": someone quoted asks it).
    A short question to the reader opening the intro is the intro's with one sentence after it ("Goed geïnformeerd de
    week in? De redactie heeft vijf artikelen geselecteerd die u hier kunt nalezen.", site52). A run of short questions
    right before the request, listing what to send, is the request's (`_question_runs`). An instruction to mail "dan"
    answering the article's offer to the reader ("Wil je de website uitproberen? Stuur dan een e-mail naar info@…"),
    naming no newsroom, is the article's (OFFER_QUESTION; aside38)."""
    out = _question_runs(sentences, reasons)
    for i in range(len(out) - 1):
        if out[i] in (None, "tip") and out[i + 1] == "tip" and offered(sentences[i], sentences[i + 1]):
            out[i] = out[i + 1] = None  # "Wil je de website uitproberen? Stuur dan een e-mail naar info@…": the offer
        elif out[i] is None and out[i + 1] == "tip" and TIP_QUESTION.match(sentences[i].strip()):
            out[i] = "tip"
        elif out[i] is None and out[i + 1] == "link" and SOURCE_CREDIT.match(sentences[i].strip()):
            out[i] = "link"  # "Nieuws door Voorbeeld." before "Lees het volledige artikel op hun website."
        elif out[i] == "correction" and out[i + 1] is None:
            out[i] = None  # "Typfout gezien? Het ministerie trok het rapport in.": the story's question (review27c)
        elif i and out[i] == "tip" and sentences[i].rstrip().endswith("?") and out[i - 1] is None is out[i + 1]:
            out[i] = None  # "… 'Weet u iets over uw vorige leven? Wat deed u?'": a speaker's question amid the text
    rest = out[1:]
    if (
        out
        and out[0] is None
        and (len(rest) >= rules.RUBRIC_LEAD_MIN_AFTER or rest and sentences[0].rstrip().endswith("?"))
        and rest[0] == "rubric"
        and all(rest)
        and patterns.word_count(sentences[0]) <= rules.RUBRIC_LEAD_MAX_WORDS
    ):
        out[0] = "rubric"  # "De Spelen zijn in volle gang." opening a rubric's standing intro
    return out


EXCLAIMED_MAX_WORDS = 20  # a title closed by "!" or "?" on its own line over a paragraph on one line (headline36)


def exclaimed_title(lines: Sequence[str]) -> bool:
    """The text's first line a title closed by "!" or "?" ("Nog even en dan begint het seizoen!") or by a word, no
    mark at all ("eBay koopt veilinghuis"), one sentence of at most a heading's words (closed by a mark, of up to
    EXCLAIMED_MAX_WORDS: "RAMP OP A16: Auto … crasht op vrachtwagen – Meerdere zwaargewonden!"), on its own line above a line
    longer than any hard-wrapped one (a paragraph saved on one line): a heading, not the first sentence of the
    paragraph. (A hard-wrapped paragraph's first line has no line that long below it.)"""
    if len(lines) < 2:
        return False
    title, following = lines[0].strip(), lines[1]
    first = title.split()[0] if title else ""
    closed = title.rstrip("”’\"' ")
    return (
        (title[:1].isupper() or (first[:1].islower() and any(c.isupper() for c in first[1:])))
        and (closed.endswith(("!", "?")) or closed[-1:].isalnum())
        and patterns.word_count(title)
        <= (EXCLAIMED_MAX_WORDS if closed.endswith(("!", "?")) else patterns.HEADING_MAX_WORDS)
        and not patterns.has_inner_sentence_end(title)
        and len(following) > rules.PARAGRAPH_LINE_CHARS
    )


def split_widgets(blocks: Sequence[Block]) -> list[Block]:
    """Two or three short lines in a row (SPLIT_LINE_MAX_WORDS words at most, no sentence's end) that, joined,
    make a site line of one of SPLIT_LINE_REASONS ("donderdag 25 april" / "10°C" / "60 km": a weather widget):
    each set aside with that reason. One of the lines alone ("10°C") says nothing."""
    out = list(blocks)
    for i in range(len(out)):
        for size in range(rules.SPLIT_LINE_MAX, 1, -1):
            run = out[i : i + size]
            if len(run) < size or not all(_short_line(b) for b in run):
                continue
            reason = patterns.site_line_reason(" ".join(" ".join(b.text.split()) for b in run))
            if reason in rules.SPLIT_LINE_REASONS:
                out[i : i + size] = [aside(b, reason) for b in run]
                break
    return out


def _short_line(block: Block) -> bool:
    return (
        patterns.word_count(block.text) <= rules.SPLIT_LINE_MAX_WORDS
        and not patterns.ends_sentence(block.text)
        and "\n" not in block.text.strip()
    )


def date_menus(blocks: Sequence[Block]) -> list[Block]:
    """A run of DATE_MENU_MIN or more date lines in a row (nothing between them), each a different date: the
    page's menu of days, set aside as "navigation". One date line, dates with text between, or dates the line above
    introduces with a colon (a schedule of the story's, review27c) stay."""
    out = list(blocks)
    start = 0
    while start < len(out):
        end = start
        while end < len(out) and out[end].kind is BlockKind.DATELINE:
            end += 1
        texts = [" ".join(b.text.split()).casefold() for b in out[start:end]]
        introduced = start > 0 and out[start - 1].text.rstrip().endswith(":")  # "Oranje speelt op deze dagen:"
        if end - start >= rules.DATE_MENU_MIN and len(set(texts)) == len(texts) and not introduced:
            out[start:end] = [Block(BlockKind.SITE_TEXT, b.text, reason="navigation") for b in out[start:end]]
        start = max(end, start + 1)
    return out
