"""Which of the first two headings above the text is the title, by the words the article's text shares with them
(issue 21, helper head35; used by pipeline.text.headline): the first heading naming nothing the running text below
names, the heading under it naming something it does ("Platform voor buurtontwikkeling" over "Buurtkrant beweegt
mee" over "Buurtkranten verdwijnen …"), is the page's tagline or a section's name, the heading under it the title —
when the first has no title's marks and the second is no longer than it (a creative title over its standfirst set as
a heading, "Kwestie van geduld" over a longer line, stays the title; see `unnamed_above`). A heading closed by a
period of days ("Special jaaroverzicht 1-15 april") over a heading of a title's length is a series' label too, and
an author's box is no title: a heading opening with the name of a line or a byline above it, then a comma and the
author's roles ("Job Schepers, Hoofdredacteur …| …" under "Job Schepers"; `author_box`, head36), and a short
heading the text's credit names after an "@" ("gh @ Vizier op Volleybal.") is the outlet's name (`credited_outlet`,
head37); a run of CAPITALISED_RUN_MIN_WORDS words or more, each capitalised (not in capitals throughout), without
a mark ("Kluisbergen Maarkedal Nieuws Oudenaarde Ronse") is a menu of places and sections: a title has lower-case
words (`label_above`).

A word is named when a word of the running text opens with its stem: the word without its last STEM_SLACK letters
(an inflection: "buurtkrant", "buurtkranten"), at least WORD_MIN_LETTERS letters; shorter words name nothing
(pipeline.text.unrelated's `word_stems` and `named`, its constants).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import dutch_rules, patterns, shape_rules, title_rules
from pipeline.text.page_edges import running_text
from pipeline.text.unrelated import WORD_MIN_LETTERS, letter_words, named, word_stems

TAGLINE_SHAPE = re.compile(r"[^\W\d_]++(?: [^\W\d_]++)++")  # two words or more, letters only: no title's marks
CREDITED_OUTLET_MAX_WORDS = 4
CAPITALISED_RUN_MIN_WORDS = 5
_MENU_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*")  # "Wortegem-Petegem"; not in capitals throughout
# The site's appeal to its readers, in the imperative and naming the site as "ons" ("Help ons overal te blijven
# helpen", "Steun onze journalistiek"): over the title, its promo banner — not a question, nor quoted (headline36)
APPEAL_LINE = re.compile(
    r"^(?![^?]*\?)(?i:help|steun|volg|word|doneer|geef|schenk|abonneer|sluit)\b[^:\"“”‘’]*\b(?i:ons|onze)\b"
)
# A name's words and a bare number closing them ("Vissershaven Urk 2"): a photo's or a series' name over the title
NUMBERED_NAME = re.compile(r"^[A-ZÀ-Ý][\w-]*+(?: [A-ZÀ-Ý][\w-]*+){0,2} \d{1,2}$")
QUOTE_MARKS = "‘’'\"“”„«»"
QUOTED = re.compile(r"[‘“„«'\"]([^‘’“”„«»'\"]{3,200})[’”»'\"]")  # a quotation in the running text
SECTION_WORD = re.compile(shape_rules.SECTION_LABELS, re.IGNORECASE)
_PROSE = frozenset({BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.QUOTE})
DATED_STORIES_MIN = 3  # headings of a title's length above the dated one: other stories' titles, not a deck
_HEADER_PASSED = frozenset({BlockKind.SITE_TEXT, BlockKind.CAPTION, BlockKind.DATELINE, BlockKind.BYLINE})
# A label closed by a period of days ("Special jaaroverzicht 1-15 april", "Week 3 t/m 9 mei"): a series' or an issue's
PERIOD_END = re.compile(
    r"\b\d{1,2}\s*+(?:[-–]|t/m|tot en met)\s*+\d{1,2}\s++(?i:" + "|".join(dutch_rules.MONTHS) + r")(?:\s++\d{4})?+$"
)


def _names(stems: set[str], words: Sequence[str]) -> bool:
    """A word of the text (`words`: sorted, each once) opens with one of the stems."""
    return any(named(stem, words) for stem in stems)


def unnamed_above(blocks: Sequence[Block], first: int, second: int) -> bool:
    """The heading at `first`, two words or more of letters only (TAGLINE_SHAPE: no comma, question or colon of a
    title's), names no word of the running text below `second`; the heading at `second`, of a title's length
    (title_rules.MENU_TITLE_MIN_WORDS) but no longer than the first (a standfirst set as a heading is longer than the
    title over it) and not in capitals (a digest's item), names one: the first a tagline or a section's name."""
    title, above = blocks[second].text.strip(), blocks[first].text.strip()
    words = patterns.word_count(title)
    if not title_rules.MENU_TITLE_MIN_WORDS <= words <= patterns.word_count(above) or title.isupper():
        return False  # a standfirst set as a heading is longer than the title above it; items in capitals: a digest's
    if not TAGLINE_SHAPE.fullmatch(above):
        return False  # a title's marks (a comma, a question, a colon): the title
    text = sorted({w for b in blocks[second + 1 :] if running_text(b) for w in letter_words(b.text)})
    upper = word_stems(blocks[first].text)
    return bool(text) and bool(upper) and not _names(upper, text) and _names(word_stems(title), text)


def unnamed_below(blocks: Sequence[Block], first: int, second: int) -> bool:
    """The heading at `second` one word of letters alone, under a heading of more words at `first` (a label's length,
    headline.KICKER_MAX_WORDS): the lower names no word of the running text below it, the upper names one — the lower
    is a rubric's label under the title ("Vondsten in de duinen" over "Strandpraat"), not the title under its kicker
    (site52). A kicker over its title ("Column" over "Zomer"): one word over one word, not read here. Asked for the
    first two candidates only (pipeline.text.headline): the text is read once. A word compounding a word of the text
    ("Brexitmoeheid" over a text on the brexit) is named by it: the title (review52)."""
    title, above = blocks[second].text.strip(), blocks[first].text.strip()
    if not title.isalpha() or patterns.word_count(above) < 2:
        return False
    text = sorted({w for b in blocks[second + 1 :] if running_text(b) for w in letter_words(b.text)})
    lower, upper = word_stems(title), word_stems(above)
    if _compounded(title.casefold(), set(text)):
        return False  # "Brexitmoeheid" over a text on the brexit: the title compounds a word of the text (review52)
    return bool(text) and bool(lower) and bool(upper) and not _names(lower, text) and _names(upper, text)


def lower_not_title(blocks: Sequence[Block], first: int, second: int) -> bool:
    """The heading at `second` is not the title under a short heading at `first`: a rubric's word (`unnamed_below`), or
    a line the running text quotes (`quoted_below`)."""
    return unnamed_below(blocks, first, second) or quoted_below(blocks, first, second)


def quoted_below(blocks: Sequence[Block], first: int, second: int) -> bool:
    """The heading at `second` is a quotation the running text below gives between quotation marks (‘Ben jij ook van de
    kerk’, vroeg hij: a pull quote set as a heading), under a heading of one word or two (the kicker's length) that the
    text names and that is no section's label ("Column", "Interview"): that short heading is the title, the quotation
    its deck (headline36)."""
    above, quote = blocks[first].text.strip(), blocks[second].text.strip().rstrip("?!.… ").strip(QUOTE_MARKS)
    words = letter_words(above)
    if not 0 < len(words) <= 2 or SECTION_WORD.fullmatch(above) or patterns.word_count(quote) < 3:
        return False
    running = [b.text for b in blocks[second + 1 :] if b.kind in _PROSE]
    text = sorted({w for t in running for w in letter_words(t)})
    if not _names(word_stems(above), text):
        return False
    wanted = " ".join(quote.casefold().split())
    for t in running:
        for match in QUOTED.finditer(" ".join(t.split())):
            if " ".join(match.group(1).casefold().rstrip("?!.,… ").split()) == wanted:
                return True
    return False


def named_over_short(blocks: Sequence[Block], first: int, second: int) -> bool:
    """The heading at `first` is one word, no section's label ("Column", "Sport"), that the running text below
    `second` names word for word; the heading at `second` is of a kicker's length too (two words or fewer, no
    sentence): the one word is the title ("Voedselpakketten"), the short line under it its deck (head51)."""
    above, below = blocks[first].text.strip(), blocks[second].text.strip()
    words = letter_words(above)
    if len(words) != 1 or SECTION_WORD.fullmatch(above) or above.endswith(":"):
        return False
    if not 0 < len(letter_words(below)) <= 2 or patterns.ends_sentence(below):
        return False
    return any(words[0] in letter_words(b.text) for b in blocks[second + 1 :] if b.kind in _PROSE)


def _compounded(word: str, text: set[str]) -> bool:
    """`word` opens or ends with a word of `text` of WORD_MIN_LETTERS letters or more, shorter than itself."""
    return any(word[:n] in text or word[-n:] in text for n in range(WORD_MIN_LETTERS, len(word)))


def label_above(blocks: Sequence[Block], candidates: Sequence[int], position: int) -> bool:
    """The candidate heading at `position` is a label over the next candidate: a tagline naming nothing of the text
    (`unnamed_above`, the first candidate only), an author's box (`author_box`), the outlet's name a credit gives
    (`credited_outlet`), a menu of capitalised words (`capitalised_run`), the site's appeal to its readers
    (APPEAL_LINE), a name closed by a bare number (NUMBERED_NAME), or a label closed by a period of days (PERIOD_END)
    over a heading of a title's length (title_rules.MENU_TITLE_MIN_WORDS): a series' or an issue's label over the
    title."""
    index, lower = candidates[position], candidates[position + 1]
    if position == 0 and unnamed_above(blocks, index, lower) or author_box(blocks, index):
        return True
    if credited_outlet(blocks, index) or capitalised_run(blocks[index].text) or APPEAL_LINE.match(blocks[index].text):
        return True
    title = blocks[lower].text
    if (
        NUMBERED_NAME.match(blocks[index].text.strip())
        and patterns.word_count(title) >= title_rules.MENU_TITLE_MIN_WORDS
    ):
        return True  # "Vissershaven Urk 2" over "Toekomst visserij op Urk is onzeker": a photo's name (headline36)
    return bool(PERIOD_END.search(blocks[index].text.strip())) and (
        patterns.word_count(title) >= title_rules.MENU_TITLE_MIN_WORDS and not PERIOD_END.search(title.strip())
    )


def author_box(blocks: Sequence[Block], index: int) -> bool:
    """The heading at `index` opens with a person's name and a comma, and a line above it is that name (under "Dit
    artikel is geschreven door") or a byline ending with it: the author's box ("Job Schepers, Hoofdredacteur Texelse
    Courant| Horecaverslaggever"), no title (head36). A title opening with a name no such line gives stays."""
    name = blocks[index].text.split(",", 1)[0].strip()
    if name == blocks[index].text.strip() or not patterns.is_person_name(name):
        return False
    return any(
        b.text.strip() == name or b.kind is BlockKind.BYLINE and b.text.strip().endswith(name) for b in blocks[:index]
    )


def credited_outlet(blocks: Sequence[Block], index: int) -> bool:
    """The heading at `index`, at most CREDITED_OUTLET_MAX_WORDS words, is what a block below names after an "@" (an
    author's initials "@" the outlet: "gh @ Vizier op Volleybal."): the outlet's name above the title (head37)."""
    name = " ".join(blocks[index].text.split())
    if not name or patterns.word_count(name) > CREDITED_OUTLET_MAX_WORDS:
        return False
    credit = re.compile(r"@\s*+" + re.escape(name).replace(r"\ ", r"\s+") + r"(?!\w)", re.IGNORECASE)
    return any(credit.search(b.text) for b in blocks[index + 1 :])


def titles_over_date(blocks: Sequence[Block], candidates: Sequence[int]) -> int | None:
    """The last heading above the text when a date line follows it (a dateline, or a date line set aside as a label)
    and the running text after the header's credits, and DATED_STORIES_MIN headings or more of a title's length
    (title_rules.MENU_TITLE_MIN_WORDS words) above it: a list of other stories' titles over the article's (head37)."""
    last, above = candidates[-1], candidates[:-1]
    if len(above) < DATED_STORIES_MIN or last + 1 >= len(blocks) or not patterns.is_dateline(blocks[last + 1].text):
        return None
    if any(patterns.word_count(blocks[i].text) < title_rules.MENU_TITLE_MIN_WORDS for i in above):
        return None
    after = next((b for b in blocks[last + 1 :] if b.kind not in _HEADER_PASSED), None)
    return last if after is not None and running_text(after) else None


def capitalised_run(text: str) -> bool:
    """A heading of CAPITALISED_RUN_MIN_WORDS words or more, every one capitalised and without a mark: a menu."""
    words = text.split()
    return len(words) >= CAPITALISED_RUN_MIN_WORDS and all(_MENU_WORD.fullmatch(w) for w in words)
