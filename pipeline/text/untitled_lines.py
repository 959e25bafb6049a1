"""Lines of a heading's shape that are never the title, by their marks alone (issue 21, headline37; used by
pipeline.text.headline beside untitled_shapes.not_a_title):

credited      a photo's caption closed by its credit ("Aanstelling van de nieuwe deken (c) PVH", "… © Belga")
figures       a label of a word or two over figures only, a score among them ("Uitslag : 4-3", "Sets: 14-25"): a
              match's result, a table's line ("Opkomst: 58,2", one figure, may be a title: review37) — a title names something in words after its colon ("Ajax - PSV: 2-1" has a
              match's sides, three words and more, before it)
self_named    a site's name and its description around a bar, the name repeated in it ("ACP | Politievakbond ACP"):
              the page's title bar, not the article's — not a title's clause after its rubric's label ("Speelveld |
              Hattem krijgt nieuw speelveld")
path          parts around slashes, the last one the next line's text ("Magazines / Nr 01 2020" over "Nr 01 2020"):
              a breadcrumb — a title with a bar and the date under it repeated stays ("In gesprek | 20 augustus 2018")
file_title    an image's title made of its file name ("DSC 4791"), and link_arrow a link's line closed by an arrow
              ("Inhoudstafel >"): pipeline.text.title_frames; an issue's header, a letter's sender, a shop widget's
              counter or buttons: pipeline.text.untitled_marks (headline39)
section       a paper's summary heading ("Samenvatting", "Abstract", "Conclusies"): a part of a paper whose title is
              elsewhere or not given (head44) — an introduction's heading ("Inleiding", "Voorwoord") may be a piece's
              own title (headline39); a site maker's credit ("Site by wieni") is site text already
              (meta_line_rules' "credit", site44)
place         the places a regional paper files a story under ("Genk/Bilzen/Tongeren": pipeline.text.entry_titles)
web_address   a line holding a web address ("De documenten worden beschikbaar gesteld op http://…"): a notice
              pointing to a page, never a title (a title may name a site's domain: "Ontslagen bij Bol.com")
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block
from pipeline.text import page_rules
from pipeline.text.entry_titles import place_line
from pipeline.text.patterns import collapse
from pipeline.text.title_frames import file_title, link_arrow
from pipeline.text.untitled_marks import widget_or_letter

CREDITED = re.compile(r"(\([cC]\)|©) [A-ZÀ-Ý][\w.&'’-]*( [\w.&'’-]+){0,3}$")  # the credit: a name of up to four words
PATH_PART_MAX_WORDS = 6  # a page's name in a breadcrumb
SELF_NAMED_MAX_WORDS = 6  # a site's name and a short description of it
# this many lower-case words in the longer part: a clause, a title with its rubric's label glued before it ("Speelveld
# | Hattem krijgt nieuw speelveld", headline38), not a site's description of itself ("Politievakbond ACP")
SELF_NAMED_CLAUSE_WORDS = 2
REPORT_SUMMARY = re.compile(rf"^{page_rules.REPORT_SUMMARY}\s*:?$", re.IGNORECASE)  # one list with page_dump's
WEB_ADDRESS = re.compile(r"https?://|\bwww\.\w", re.IGNORECASE)
# a score among them ("4-3", "14-25"): a headline of a word and one figure ("Opkomst: 58,2") is a title (review37)
FIGURES = re.compile(r"^[^\W\d_]+( [^\W\d_]+)?\s*:\s*(?=[^:]*\d\s*[–-]\s*\d)[\d\s;,.:/()–-]+$")


def untitled_line(blocks: Sequence[Block], index: int) -> bool:
    """The line at `index` is a credited caption, a label over figures, a site's self-named title bar, a path of
    pages, an image's file name, a link closed by an arrow, or a periodical's, a letter's or a widget's line (see the
    module docstring); a paper's summary heading."""
    line = collapse(blocks[index].text)
    marked = bool(CREDITED.search(line) or FIGURES.match(line) or REPORT_SUMMARY.match(line))
    marked = marked or file_title(line) or link_arrow(line) or place_line(line)  # "Genk/Bilzen" (entry_titles)
    return marked or _self_named(line) or _path(blocks, index) or widget_or_letter(blocks, index)


def _path(blocks: Sequence[Block], index: int) -> bool:
    """Parts around slashes, each of at most PATH_PART_MAX_WORDS words, the last one the next line's text
    ("Magazines / Nr 01 2020" over "Nr 01 2020"): a breadcrumb over the page it names."""
    parts = [collapse(part.casefold()) for part in blocks[index].text.split(" / ")]
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        len(parts) > 1
        and below is not None
        and all(0 < len(part.split()) <= PATH_PART_MAX_WORDS for part in parts)
        and parts[-1] == collapse(below.text.casefold())
    )


def _self_named(line: str) -> bool:
    """Two parts around one bar, each of at most SELF_NAMED_MAX_WORDS words, the shorter one's words all in the other
    ("ACP | Politievakbond ACP", "Politievakbond ACP | ACP"), the longer one no clause (SELF_NAMED_CLAUSE_WORDS
    lower-case words: "Speelveld | Hattem krijgt nieuw speelveld" is a title after its rubric's label)."""
    parts = line.split(" | ")
    if len(parts) != 2:
        return False
    words = [re.findall(r"\w+", part.casefold()) for part in parts]
    short, long = sorted(words, key=len)
    named = max(parts, key=lambda part: len(part.split()))
    clause = sum(1 for word in named.split() if word[:1].islower()) >= SELF_NAMED_CLAUSE_WORDS  # a title's words
    return (
        bool(short)
        and len(long) <= SELF_NAMED_MAX_WORDS
        and len(short) < len(long)
        and set(short) <= set(long)
        and not clause
    )


def web_address(text: str) -> bool:
    return bool(WEB_ADDRESS.search(text))
