"""A news site's stamp glued before the article's first words on their line, helper site41 (issue 21): the page's
source line with its share counter ("Bron: Belga, Vlaams Verkeerscentrum 71 Op de E40 …"), its time with the counter
("11u03 2 Op de E40 …") and its date, a year or not ("13 oktober Opnieuw rivaliteit in de koers. …", "26 december
2019 De …"), as a mainstream CMS prints them above the text and a page saved as text runs them into it.
pipeline.text.structure splits the stamp off as site text (reason "stamp") before it reads the rest of the line. A
byline with the stamp after it on its line ("Door Robbert Daalder - 27-2-2017, 20:00 (Update 27-2-2017, 20:00)") is
split in two the same way (stamped_bylines, one of pipeline.text.line_steps' steps).

A figure alone after the source or the time is the share bar's counter, never an article's word; a date (DATE_STAMP)
glued to the first words is the page's only before the running text begins (no sentence ended above it: an agenda's
"13 oktober Lezing in de bibliotheek." further down is the article's own), and only when the rest of the line is a
paragraph of running text (RUNNING_MIN_WORDS words, its sentence ended): a short line after it is a list's item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import mainstream_rules, patterns, shape_rules, site41_rules
from pipeline.text.dutch_rules import MONTH_NAME_GROUP
from pipeline.text.glued_markup import glued_prefix
from pipeline.text.line_kind_rules import TIME_OF_DAY
from pipeline.text.site_rules import SENTENCE_OPENERS
from pipeline.text.text_ends import running_text

RUNNING_MIN_WORDS = shape_rules.TAIL_TEXT_MIN_WORDS  # the rest of the line runs on as text: no list's item, no title

# a sentence's first word after the stamp: a capital, a figure or an opening quote
_NEXT = r"(?=\s+(?-i:[A-ZÀ-Ý0-9„“\"‘']))"
# "Bron: eigen berichtgeving, Belga, Vlaams Verkeerscentrum 204 …": the source's names (up to eight words, commas,
# slashes or dashes between them) and the share counter after them
_SOURCE = r"bron\s*:\s*[\w.&'’-]+(?:(?:\s*[,/&]\s*|\s+-\s+|\s+)[\w.&'’-]+){0,7}?\s+\d{1,5}"
# "11u03 2 …": the time in a Flemish site's form and the counter; the source line may follow the time
_TIME = r"\d{1,2}u\d{2}"
COUNTED_STAMP = re.compile(rf"^(?:{_TIME}\s+(?:{_SOURCE}|\d{{1,5}})|{_SOURCE}){_NEXT}", re.IGNORECASE)
# one tag word between the counter and the sentence, when a sentence's opener follows it ("2 Dilbeek Op de E40 …"):
# the place the story happened, a dateline opening the lede — article text by STRUCTURE_CONVENTIONS.md (site43: HLN's
# "19u20 0 Antwerpen De laatste …"); it stays with the lede, only the time and the counter are set aside
TAG_AFTER = re.compile(rf"^\s+[A-ZÀ-Ý][\w'’-]{{2,20}}(?=\s+{SENTENCE_OPENERS}\s)")
# "13 oktober Opnieuw …", "26 december 2019 De …": a day and a month in full, a year or not, a capital after it
# … but a section's word there is the page's, set aside with the stamp ("16u40 1 Wielrennen De Nederlander …": HLN's
# sport section, helper site53b): a news section (shape_rules.CATEGORY_LABELS) or a sport's, never a place's name
SPORT_SECTIONS = (
    r"(wielrennen|veldrijden|voetbal|tennis|atletiek|schaatsen|hockey|basketbal|volleybal|handbal|korfbal|zwemmen"
    r"|golf|darts|autosport|motorsport)"
)
SECTION_TAG = re.compile(rf"^\s+(?i:{shape_rules.CATEGORY_LABELS}|{SPORT_SECTIONS})(?=\s+{SENTENCE_OPENERS}\s)")
_SOURCE_IN = re.compile(r"bron\s*:", re.IGNORECASE)
_OPENER_AFTER = re.compile(rf"^\s+{SENTENCE_OPENERS}\s")
# "Geplaatst op:16-04-2024 Bijgewerkt op:16-04-2024 12:50 Een geslaagde …": a CMS's stamp worded with its verb (site43)
PUBLISHED_STAMP = re.compile(rf"^{mainstream_rules.PUBLISHED_STAMP}{_NEXT}")
# (site47, written and dropped) a bare time before the text ("8:42 De verslaggeefster …", blind71) lifted TUNE only;
# a full date before its author's name on its line split into the stamp and the byline ("6 oktober 2014 Tom Cochez",
# Apache, blind67/71) gained 13 characters on one CHECK set and set 13 of gold article text aside on another; a
# weekday and a date in figures before the text changed no set
DATE_STAMP = re.compile(rf"^\d{{1,2}}\s+(?i:{MONTH_NAME_GROUP})(?:\s+\d{{4}})?(?=\s+[A-ZÀ-Ý][a-zà-ÿ])")


# "Door Robbert Daalder - 27-2-2017, 20:00 (Update …)": a byline with its stamp after it (site41_rules.STAMPED_BYLINE)
STAMPED_BYLINE = re.compile(site41_rules.STAMPED_BYLINE, re.IGNORECASE)
_TIME_OF_DAY = re.compile(TIME_OF_DAY)
_UPDATE_PIECE = re.compile(site41_rules.UPDATE_PIECE, re.IGNORECASE)
_BYLINE_KINDS = (BlockKind.BYLINE, BlockKind.SUBHEADING, BlockKind.PARAGRAPH)


def stamped_bylines(blocks: Sequence[Block]) -> list[Block]:
    """Each byline line with its publication stamp after it split in two: the byline, then the stamp as site text."""
    out: list[Block] = []
    body = False  # after running text, a name without "Door" is a heading's: "Uitslag Zwolle 22-11-2023 (update
    # 23:45)" is the article's (review41s)
    for block in blocks:
        text = block.text.strip()
        match = STAMPED_BYLINE.match(text) if block.kind in _BYLINE_KINDS and "\n" not in text else None
        # the text's first line is its title ("Uitslagen Tweede Kamer 22-11-2023 (update 23:45)"; review41s)
        headed = match is not None and bool(out) and (not body or match["name"][:4].casefold() == "door")
        body = body or running_text(block)
        if match is None or not headed or not _stamped(match):
            out.append(block)
            continue
        name = match["name"].strip(" -–—|·,")
        out += [Block(BlockKind.BYLINE, name), Block(BlockKind.SITE_TEXT, match["stamp"].strip(), reason="stamp")]
    return out


def _stamped(match: re.Match[str]) -> bool:
    """A byline and its stamp: a byline's "Door" and a time in the stamp, or a stamp with
    its update piece ("Laatste update: 15:01") — "Open Monumentendag 14 september" and "Recent Nieuws woensdag 03
    september, 2025 18:28" (a page's title) are headings."""
    bylined = match["name"][:4].casefold() == "door"  # "Anna de Wit-4 maart 2021 om 09:15" stays one byline (site47)
    return bool(bylined and _TIME_OF_DAY.search(match["stamp"]) or _UPDATE_PIECE.search(match["stamp"]))


def glued_stamp(line: str, *, after_text: bool) -> str | None:
    """The stamp glued before the line's running text (see the module's docstring), or None."""
    if code := glued_prefix(line):  # "[caption id=…]…[/caption]De wethouder …": a CMS's markup (site43b)
        return code
    if match := COUNTED_STAMP.match(line):
        end = match.end()
        if section := SECTION_TAG.match(line[end:]):
            return line[: end + section.end()]
        tag = TAG_AFTER.match(line[end:])
        opener = end + (tag.end() if tag else 0)  # the sentence's opener, after the place's name if there is one
        # a time and a bare figure open a sentence only before a sentence's opener ("11u03 2 Op de E40 …"): a
        # liveblog's "20u15 2 Belgen in de top tien" counts Belgians (review41s)
        counted_only = line[:1].isdigit() and not _SOURCE_IN.search(line[:end])
        return None if counted_only and not _OPENER_AFTER.match(line[opener:]) else line[:end]
    if not after_text and (match := PUBLISHED_STAMP.match(line)) and not match[0][:12].lower().startswith("gepubl"):
        return line[: match.end()]
    if after_text or not (match := DATE_STAMP.match(line)):
        return None
    rest = line[match.end() :].strip()
    running = patterns.word_count(rest) >= RUNNING_MIN_WORDS and patterns.ends_sentence(rest)
    return line[: match.end()] if running else None
