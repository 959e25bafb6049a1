"""The title line, by shape: a site name glued after the headline ("… arrestaties in Den Haag -
NU.nl"), a dated rubric before it ("Ochtendpost 3/4: …") and tags or a one-word rubric after its full stop
("… dicht. zwemclub de watervlo Sport", "… in de kaart. Geo-politiek"), a name after a bar closing it ("… in
Zwolle | Zwolse Courant", "… geraakt | Oorlog in Oekraïne": an outlet's or a topic page's, a name's words only)
or, in an archive's export, its section after a semicolon ("… in Zwolle; Uitgelicht") are set aside
("site_name", "rubric") and the headline kept (without the full stop that joined it to its tags: a headline has
none); a kicker glued before it ("Verrassend. Rutte IV pas na …")
is recognised so that the line is still read as the headline (the kicker stays part of it, as the
outlet shows it). Only the first heading of the text is looked at — the position of a title.

A kicker is one word (or a word in capitals and up to two more) and a full stop before a headline
of three words or more that is one sentence; an abbreviation ("Dr. De Vries …") is no kicker. A
site name is the tail after a separator (" - ", " | ") whose first part is a domain ("AD.nl"), a
known outlet, the outlet the source names, or a name with a tagline after a bar ("1Limburg | Nieuws
en sport uit Limburg"), after a title of three words or more — or, in a text a news API cut off (its
"[+1234 chars]" marker), a short capitalised name after the title's last " - " (the API appends the source's),
and such a name that another block of the text ends with too (a feed item's description repeating the
title with the outlet's name: that description is set aside as "repeated").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import dutch_rules, edge_rules, opening_rules, patterns, shape_rules, title_rules, web_rules
from pipeline.text.page_sections import posted_title
from pipeline.text.site_name_tails import HEAD_MIN_WORDS, feed_source_tail, known_site, site_name_tail
from pipeline.text.structure import collapse
from pipeline.text.title_echoes import back_linked, badged_section, echoed_head, echoed_name
from pipeline.text.title_links import label_before

TITLE_MAX_WORDS = 30
_UNIT_MAX_LETTERS = 4
_TITLE_KINDS = {BlockKind.HEADLINE, BlockKind.SUBHEADING, BlockKind.PARAGRAPH}
_SKIPPED = {BlockKind.SITE_TEXT, BlockKind.CAPTION, BlockKind.BYLINE, BlockKind.DATELINE}
KICKER_LINE = re.compile(shape_rules.KICKER_LINE, re.IGNORECASE)
RUBRIC_OPENING = re.compile(edge_rules.RUBRIC_OPENING)
REGION_OPENING = re.compile(web_rules.REGION_OPENING)
REGION_MATCH = re.compile(web_rules.REGION_MATCH, re.IGNORECASE)
TITLE_LABEL_TAIL = re.compile(edge_rules.TITLE_LABEL_TAIL)
TITLE_SECTION_TAIL = re.compile(edge_rules.TITLE_SECTION_TAIL)
CUT_MARKER = re.compile(shape_rules.CUT_MARKER, re.IGNORECASE)
TITLE_CAPTION_CREDIT = re.compile(title_rules.TITLE_CAPTION_CREDIT, re.IGNORECASE)
TITLE_TAG = re.compile(title_rules.TITLE_TAG, re.IGNORECASE)
CAPS_KICKER = re.compile(title_rules.CAPS_KICKER)
TITLE_UPDATE_STAMP = re.compile(shape_rules.TITLE_UPDATE_STAMP, re.IGNORECASE)
TITLE_UPDATE_NOUN = re.compile(shape_rules.TITLE_UPDATE_NOUN)
BAR_RUBRIC_OPENING = re.compile(title_rules.BAR_RUBRIC_OPENING)
BAR_RUBRIC_TAIL = re.compile(title_rules.BAR_RUBRIC_TAIL)
FRAMED_QUOTE = re.compile(opening_rules.FRAMED_QUOTE, re.IGNORECASE)


def split_title_line(blocks: Sequence[Block], outlet: str | None = None) -> list[Block]:
    """The blocks with the site name glued to the first heading set aside (reason "site_name");
    both pieces exact substrings of the line."""
    out = back_linked(list(blocks))
    feed = any(b.kind is BlockKind.SITE_TEXT and b.reason == "interface" and CUT_MARKER.search(b.text) for b in out)
    export = any(b.kind is BlockKind.SITE_TEXT and b.reason == "export" for b in out)
    for index, block in enumerate(out):
        if block.kind in _SKIPPED:
            continue
        if block.kind is BlockKind.TABLE and _titled_row(block.text, outlet):
            block = out[index] = Block(BlockKind.SUBHEADING, block.text)
        if block.kind in _TITLE_KINDS and patterns.word_count(block.text) <= TITLE_MAX_WORDS:
            echo = echoed_name(block.text.strip(), [b.text for b in out[index + 1 :]])
            if echo is not None:
                return [*out[:index], *_echo_split(block, echo, out[index + 1 :])]
            if head := echoed_head(block.text.strip(), [b.text for b in out[index + 1 :]]):
                tail = Block(BlockKind.SITE_TEXT, block.text.strip()[len(head) :].strip(), reason="rubric")
                return [*out[:index], *tagged(block.kind, head), tail, *out[index + 1 :]]
            pieces = badged_section(_split(block, outlet, feed=feed, export=export), out[index + 1 :])
            out[index : index + 1] = pieces
            if feed and any(p.reason == "site_name" for p in pieces):
                _title_again(out, index + len(pieces), [p.text for p in pieces if p.reason != "site_name"])
        break
    return out


def _titled_row(text: str, outlet: str | None) -> bool:
    """A first line read as a row of cells for its bars that is a title with its section and site name after it
    ("Slachtoffer steekpartij is bewoonster | Binnenland | Telegraaf.nl - Telegraaf.nl"), the title perhaps with its
    rubric's label glued before it across a bar ("Column | Waarom ik nooit meer vlieg | Telegraaf.nl", review38); or,
    with no site's name, a title with two labels or more glued before it ("Sport | Voetbal | Ajax wint van PSV",
    older38: a kicker glued into the title's line stays in the headline)."""
    line = text.strip()
    tail = site_name_tail(line, outlet)
    head = line[: -len(tail)].strip() if tail else ""
    known = tail is not None and any(  # a real site's name among the cells, not a place and a date (review26b)
        known_site(cell.strip(), outlet) for cell in re.split(r"[|–—-]", tail)
    )
    title = head if known else line
    while (bar := BAR_RUBRIC_OPENING.match(title)) and _bar_label(bar.group("label"), bar.group("rest")):
        title = bar.group("rest")  # past the rubric's labels, each a name's words
    words = patterns.word_count(title) >= HEAD_MIN_WORDS and any(c.islower() for c in title)
    return (known or title != line) and words and "|" not in title


def _title_again(out: list[Block], start: int, title: Sequence[str]) -> None:
    """In a news API's item, a later line that is the title line again without its site name (the content
    opening with the page's title): set aside as "repeated"."""
    words = re.findall(r"\w+", " ".join(title).casefold())
    for i in range(start, len(out)):
        block = out[i]
        if block.kind in _TITLE_KINDS and re.findall(r"\w+", block.text.casefold()) == words:
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="repeated")


def _echo_split(block: Block, name: str, rest: Sequence[Block]) -> list[Block]:
    """The title without its echoed name; a block that is the title again with the name after it is set
    aside whole (a feed's description repeating the title)."""
    text = block.text.strip()
    head = text[: text.rfind(" - ")].strip()
    out = [*tagged(block.kind, head), Block(BlockKind.SITE_TEXT, text[len(head) :].strip(), reason="site_name")]
    for other in rest:
        same = collapse(other.text) == collapse(f"{head} {name}")
        out.append(Block(BlockKind.SITE_TEXT, other.text, reason="repeated") if same else other)
    return out


def _split(block: Block, outlet: str | None, *, feed: bool = False, export: bool = False) -> list[Block]:
    text = block.text.strip()
    if framed := _framed_quote(text):
        kind = BlockKind.SUBHEADING if block.kind is BlockKind.PARAGRAPH else block.kind  # a title, quotes and all
        label = [Block(BlockKind.SITE_TEXT, framed["label"], reason="rubric")] if framed["label"] else []
        share = [Block(BlockKind.SITE_TEXT, framed["network"], reason="share")] if framed["network"] else []
        return [*label, Block(kind, framed["quote"]), *share]
    if rubric := RUBRIC_OPENING.match(text):
        label = Block(BlockKind.SITE_TEXT, rubric.group("label"), reason="rubric")
        return [label, *_split(Block(block.kind, text[rubric.end() :]), outlet, feed=feed, export=export)]
    if (region := REGION_OPENING.match(text)) and _one_title(region.group("rest")):
        rest = _split(Block(block.kind, region.group("rest")), outlet, feed=feed, export=export)
        return label_before(text[: region.start("rest")], rest, aside=True)  # an aggregator's region label stays in it
    if (bar := BAR_RUBRIC_OPENING.match(text)) and _bar_label(bar.group("label"), bar.group("rest")):
        rest = _split(Block(block.kind, bar.group("rest")), outlet, feed=feed, export=export)
        return label_before(text[: bar.start("rest")], rest)  # "Live F1 | …": the rubric stays in the headline
    if (kicker := CAPS_KICKER.match(text)) and _caps_kicked(kicker.group("rest")):
        rest = _split(Block(block.kind, kicker.group("rest")), outlet, feed=feed, export=export)
        return label_before(text[: kicker.start("rest")], rest)  # "IN KAART - …": the kicker stays in the headline
    if stamp := posted_title(Block(block.kind, text)):  # "<titel> Geplaatst op: 17-12-2017 21:40" (site39)
        head = text[: stamp.start()].strip()
        return [*tagged(block.kind, head), Block(BlockKind.SITE_TEXT, stamp.group("stamp"), reason="stamp")]
    stamp = TITLE_UPDATE_STAMP.search(text)
    if stamp and _update_stamp(text[: stamp.start()], stamp.group("stamp")):  # "<titel> update 20 november"
        head = text[: stamp.start()].strip()
        return [*tagged(block.kind, head), Block(BlockKind.SITE_TEXT, stamp.group("stamp"), reason="stamp")]
    if (labels := TITLE_LABEL_TAIL.match(text)) and _label_tail(labels.group("head"), labels.group("tail")):
        kind = BlockKind.SUBHEADING if block.kind is BlockKind.PARAGRAPH else block.kind  # a title, full stop and all
        head = labels.group("head")[:-1]  # the full stop the dump put between title and tags is neither's
        return [Block(kind, head), Block(BlockKind.SITE_TEXT, labels.group("tail"), reason="rubric")]
    if (caption := _glued_caption(text)) is not None:
        return [Block(block.kind, text[:caption].strip()), Block(BlockKind.CAPTION, text[caption:].strip())]
    section = TITLE_SECTION_TAIL.match(text) if export else None
    if section and patterns.word_count(section.group("head")) >= HEAD_MIN_WORDS:
        return [
            Block(block.kind, section.group("head")),
            Block(BlockKind.SITE_TEXT, section.group("tail"), reason="rubric"),
        ]
    tail = site_name_tail(text, outlet) or (feed_source_tail(text) if feed else None)
    if (
        not tail
        and (topic := BAR_RUBRIC_TAIL.search(text))
        and _bar_tail(topic["tail"].lstrip("| "), text[: topic.start()])
    ):
        head = text[: topic.start()].strip()  # an outlet's or a topic page's name after a bar, no site name known
        return [*tagged(block.kind, head), Block(BlockKind.SITE_TEXT, topic["tail"], reason="rubric")]
    if not tail:
        pieces = tagged(block.kind, text)
        return [block] if len(pieces) == 1 else pieces
    head = text[: len(text) - len(tail)].strip()
    if block.kind is BlockKind.PARAGRAPH:  # a site name glued to it: a title, full stops and all
        block = Block(BlockKind.SUBHEADING, block.text)
    topic = BAR_RUBRIC_TAIL.search(head)
    if topic and _bar_tail(topic.group("tail").lstrip("| "), head[: topic.start()]):
        head, rubric = head[: topic.start()].strip(), topic.group("tail")
        return [
            *tagged(block.kind, head),
            Block(BlockKind.SITE_TEXT, rubric, reason="rubric"),
            Block(BlockKind.SITE_TEXT, tail, reason="site_name"),
        ]
    return [*tagged(block.kind, head), Block(BlockKind.SITE_TEXT, tail, reason="site_name")]


def _framed_quote(text: str) -> re.Match[str] | None:
    """A quoted title with a rubric's label before it or a share button after it (opening_rules.FRAMED_QUOTE)."""
    framed = FRAMED_QUOTE.match(text)
    if framed is None or not (framed["label"] or framed["network"]):
        return None
    return framed if patterns.word_count(framed["quote"]) >= title_rules.OVERLINE_QUOTE_MIN_WORDS else None


def _glued_caption(text: str) -> int | None:
    """Where a photo's caption glued after the title begins (title_rules.TITLE_CAPTION_CREDIT): the line ends in
    a bracketed photo credit and its first word comes again, capitalised, after HEAD_MIN_WORDS words or more."""
    if not TITLE_CAPTION_CREDIT.search(text):
        return None
    words = list(re.finditer(r"\S+", text))
    first = words[0].group() if words else ""
    if not first[:1].isupper():
        return None
    again = next((w for w in words[HEAD_MIN_WORDS:] if w.group() == first), None)
    return again.start() if again is not None else None


def _bar_tail(label: str, headline: str) -> bool:
    """A name after a bar closing the title is a rubric's (`_bar_label`) when the words before the bar end as a title
    can: not in a word that asks for the name after it ("Vijf vragen aan | Marieke Koster": the name is the
    headline's own, review32h)."""
    last = headline.split()[-1].casefold() if headline.split() else ""
    # a series' episode after the bar ("| Rondje Binnenhof #73", site39) is the title's own too
    open_end = last in title_rules.BAR_HEAD_OPEN_END or patterns.BAR_EPISODE.search(label.rstrip())
    return _bar_label(label, headline) and not open_end


def _bar_label(label: str, headline: str) -> bool:
    """A rubric's or topic page's name beside a headline across a bar: short, a name's words only (each
    capitalised or with a figure, or a small linking word: "Oorlog in Oekraïne", "Live F1" — not a clause
    "Kabinet valt" or "Drie gewonden"), and the headline long enough."""
    words = label.split()
    return (
        patterns.word_count(label) <= title_rules.BAR_LABEL_MAX_WORDS
        and all(w[:1].isupper() or any(c.isdigit() for c in w) or w in title_rules.BAR_LABEL_LINK_WORDS for w in words)
        and patterns.word_count(headline) >= HEAD_MIN_WORDS
    )


def tagged(kind: BlockKind, head: str) -> list[Block]:
    """The title and a status tag in brackets closing it ("… in het ongelijk [update]"), set aside as a label."""
    tag = TITLE_TAG.search(head)
    if tag is None or patterns.word_count(head[: tag.start()]) < title_rules.TITLE_TAG_HEAD_MIN_WORDS:
        return [Block(kind, head)]
    return [Block(kind, head[: tag.start()].rstrip()), Block(BlockKind.SITE_TEXT, tag.group("tag"), reason="label")]


def _one_title(rest: str) -> bool:
    """A headline after a region's label: words enough, one sentence, no full stop closing it (a lede's opening
    sentence after its dateline — "Utrecht – De gemeente wil … ." — is the article's), no match's words (the region
    a team: "Twente – Feyenoord eindigt in gelijkspel")."""
    return (
        patterns.word_count(rest) >= web_rules.REGION_TITLE_MIN_WORDS
        and not patterns.has_inner_sentence_end(rest)
        and not rest.rstrip().endswith(".")
        and not REGION_MATCH.search(rest)
    )


def _update_stamp(head: str, stamp: str) -> bool:
    """The page's update stamp after the title, not the title's own noun ("… krijgt grote update 14 oktober")."""
    noun = stamp[:1].islower() and TITLE_UPDATE_NOUN.search(head) is not None
    return patterns.word_count(head) >= HEAD_MIN_WORDS and not noun


def _caps_kicked(rest: str) -> bool:
    """A headline after a kicker in capitals and a dash: words enough, and in lower case too (not a name list) but not
    opening in it (the capitals' own title going on, site45) —
    not running text closed by a full stop, of two sentences or more (a dateline's lede: "UTRECHT - De spits …. Het
    mist …") or of one longer than a title closed by a full stop is (opening_rules.FULL_STOP_TITLE_MAX_WORDS: "HATTEM - Bij
    een aanrijding op de Hoofdweg is zaterdag een fietser gewond geraakt.", site41)."""
    long_sentence = patterns.word_count(rest) > opening_rules.FULL_STOP_TITLE_MAX_WORDS
    running = (patterns.has_inner_sentence_end(rest) or long_sentence) and rest.rstrip().endswith(".")
    opens = not rest[:1].islower()  # "KORT NIEUWS – week 12": a lower-case word goes on with the capitals' title
    return patterns.word_count(rest) >= HEAD_MIN_WORDS and any(ch.islower() for ch in rest) and not running and opens


def _label_tail(head: str, tail: str) -> bool:
    """Tags or a rubric after a headline of one sentence (not a second sentence of the headline, nor the
    headline going on after an abbreviation's full stop: "… 3 mld. aan KLM", "… kost max. vijf miljoen")."""
    words = ["", *head.split()]
    return (
        patterns.word_count(head) >= HEAD_MIN_WORDS
        and patterns.word_count(tail) <= edge_rules.TITLE_LABEL_TAIL_MAX_WORDS
        and not _abbreviation(words[-1], words[-2])
        and tail.split()[0].casefold() not in edge_rules.TITLE_TAIL_NOT_TAGS
    )


def _abbreviation(word: str, before: str) -> bool:
    """The head's last word ends in an abbreviation's full stop: a title or an abbreviation that needs a
    continuation ("dr.", "nr.", "ca.", "max.", "mln."), or a short lower-case unit after a figure ("2 km.")."""
    key = word.rstrip(".")
    known = dutch_rules.TITLES | dutch_rules.CONTINUING | dutch_rules.ENDS_BEFORE_STARTER | dutch_rules.NEED_NUMBER
    if key.casefold() in known:
        return True
    return len(key) <= _UNIT_MAX_LETTERS and key.islower() and before[:1].isdigit()


def kicker_of(line: str) -> str | None:
    """The kicker and its full stop at the start of a title line, or None."""
    match = KICKER_LINE.match(line)
    if not match:
        return None
    kicker, rest = match.group("kicker"), match.group("rest")
    words = kicker.casefold().split()
    if len(words) == 1 and (words[0] in dutch_rules.TITLES or words[0] in dutch_rules.CONTINUING):
        return None  # "Dr. De Vries …", "Nr. 12 …"
    if patterns.word_count(rest) < HEAD_MIN_WORDS or patterns.has_inner_sentence_end(rest):
        return None  # a two-sentence headline ("Ajax wint. PSV verliest punten") is no kicker and title
    return line[: match.start("rest")].strip()
