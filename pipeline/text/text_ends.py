"""Where the article's own text ends (pipeline.text.page_edges asks before it sets the short lines closing a text
aside as the page's tail): a paragraph of running text, and a text whose closing lines are the article's — cut off
in a sentence or in a word (a page store's excerpt limit), or written without closing full stops.

running_text    a paragraph long enough (shape_rules.TAIL_TEXT_MIN_WORDS) that ends a sentence
cut_sentence    the last line a sentence's opening broken off ("Als deelnemer", site33; a quotation's, ",,De verhalen
                over", site40)
cut_word        the last line one word that only opens a longer word of the text above ("Verdwi"; under a capitalised
                heading of two words or more right under running text, a word the text does not have: the next
                section cut off in its first word, "Stemming volgende week" / "Definiti", site42), or a few words
                whose last, after a function word, does ("Aan de ove", site50; after a sentence's opening also a word
                the text has whole too, "Via uithangborden worden de zorgboer", CLAUSE_OPENING); or, right under the last paragraph, a
                few capitalised words closed by a lower-case one that is none of the text's ("Studentenorganisatie ISO
                hee", blind43)
cut_item        the last line, short and without a sentence's end, right under a paragraph of running text in a text
                of HEADED_ITEMS_MIN items or more, each a heading over its paragraph, the last of them right above it
                ("… Grolsch viert 400-jarig jubileum" / its paragraph / "Café"): the next item's heading, its paragraph
                cut off (a store's excerpt limit; aside37) — a button's word (BOILERPLATE_WORDS) is the page's; or one
                item, a title's phrase over its paragraphs of running text, and the last line a phrase as long (blind77)
cut_section     the last line, a few words without a sentence's end, right under the article's own text (a paragraph of
                running text or a list) in a text with a heading of its own over running text, its words named together
                by a paragraph of the text ("Internationale ontwikkelingen" under "… mits internationale ontwikkelingen
                geen roet …"): the next section's heading, its text cut off (aside40) — a box's label names the page
unstopped_text  UNSTOPPED_MIN_PARAGRAPHS or more paragraphs of the text that end without a full stop though a sentence
                ends inside them ("Er was een aanrijding. Beide bestuurders zijn gewond"): the text's own items go
                without their closing full stop, so a closing line without one is no sign of the page's (site40)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import dutch_rules, patterns, shape_rules, site_rules, tail_kept
from pipeline.text.site_words import BOILERPLATE_WORDS, FUNCTION_WORDS

# a sentence's opening broken off where the text is cut (a store's excerpt limit): "Als deelnemer" (site33), also
# a quotation's (",,De verhalen over": the Dutch low double comma, or an opening quote mark; site40)
CUT_SENTENCE = re.compile(
    rf"^(?:,,|[{re.escape(dutch_rules.OPENERS)}])?{site_rules.SENTENCE_OPENERS} (?>[^\W\d]+ ?){{0,6}}(?<=[a-zà-ÿ])$"
)
CUT_WORD_MIN_LETTERS = 4  # a word's opening this long, cut off at the text's end ("Verdwi"): not a mere prefix ("De")
CUT_PHRASE_MAX_WORDS = 6  # a sentence's opening cut off in its word ("Aan de ove"): a few words at most
CUT_PHRASE_MIN_LETTERS = 3  # after a function word, a word's opening this long is no abbreviation's
# … and a sentence's opening (a preposition or a conjunction no label opens with, CUT_SENTENCE's openers aside), this
# many words at least: its last word cut off though the text also has it whole ("Via uithangborden worden de
# zorgboer" over "zorgboeren", "zorgboerderij" and one "zorgboer", blind52; aside38)
CLAUSE_OPENING = re.compile(
    r"^(Via|Dankzij|Ondanks|Sinds|Naast|Zonder|Vanuit|Behalve|Binnen|Tegen|Langs|Omdat|Hoewel|Terwijl|Nadat|Zodra"
    r"|Wanneer) "
)
CLAUSE_MIN_WORDS = 4
HEADED_ITEMS_MIN = 4  # a text of items each under its heading: this many in a row close it (aside37)
ITEM_TITLE_MIN_WORDS = 4  # … or one item whose heading, and the last line, are a title's phrase this long (blind77)
# … a box's label as long is none: it speaks to the reader or for the outlet ("Nieuws uit jouw buurt", "Praat mee op
# onze Facebookpagina"), bids them watch or listen ("Kijk vanavond naar TV Oost"), closes on "ook" ("Andere mensen
# lazen ook") or names a section and an area ("Sport in de regio", "Nieuws uit de provincie"); review50
BOX_LABEL = re.compile(
    r"\b(jij|jou|jouw|je|u|uw|onze?|ons)\b|\book$|^(kijk|luister|beluister)\b"
    r"|^\w+ (uit|in) (de|het|je|jouw|uw) (regio|buurt|omgeving|provincie|stad|wijk|gemeente|land)$",
    re.IGNORECASE,
)
SECTION_NAMED_MIN_WORDS = 2  # one word named by the text is any tag's ("Prinsjesdag"); a heading's phrase is more
UNSTOPPED_MIN_PARAGRAPHS = 2  # one such paragraph can be a sentence cut by the page; two are the writer's habit
_LINE_KINDS = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING)


def running_text(block: Block) -> bool:
    """A paragraph of running text: long enough, ending a sentence (the edges of a page lie outside the
    first and the last one)."""
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
        and patterns.word_count(block.text) >= shape_rules.TAIL_TEXT_MIN_WORDS
        and patterns.ends_sentence(block.text)
    )


def article_end(blocks: Sequence[Block]) -> bool:
    """The lines closing the text are the article's (see the module docstring): none is the page's tail by its shape."""
    ends = cut_sentence(blocks) or cut_word(blocks) or cut_item(blocks) or cut_section(blocks)
    return bool(blocks) and (ends or unstopped_text(blocks))


def cut_sentence(blocks: Sequence[Block]) -> bool:
    return blocks[-1].kind in _LINE_KINDS and bool(CUT_SENTENCE.match(blocks[-1].text))


def cut_word(blocks: Sequence[Block]) -> bool:
    return _cut_lone_word(blocks) or _cut_phrase(blocks) or _cut_clause(blocks)


def _cut_clause(blocks: Sequence[Block]) -> bool:
    """The last line, right under a paragraph of running text, capitalised words (a name: a sentence's subject) and a
    lower-case one closing them that is none of the text's words ("Studentenorganisatie ISO hee", blind43): the next
    sentence cut off in its verb. A label's phrase has a lower-case word before its last ("Video niet beschikbaar")."""
    last = blocks[-1]
    words = last.text.split(maxsplit=CUT_PHRASE_MAX_WORDS)  # one more item than the bound: too long
    if last.kind not in _LINE_KINDS or not 3 <= len(words) <= CUT_PHRASE_MAX_WORDS or len(blocks) < 2:
        return False
    if (
        not running_text(blocks[-2])
        or patterns.ends_sentence(last.text)
        or not all(w[:1].isupper() for w in words[:-1])
    ):
        return False
    word = words[-1]
    if not (word.isalpha() and word.islower()) or any(w.casefold() in BOILERPLATE_WORDS for w in words):
        return False
    text = {w.casefold() for b in blocks[:-1] if b.kind is not BlockKind.SITE_TEXT for w in re.findall(r"\w+", b.text)}
    return word not in text


def _cut_phrase(blocks: Sequence[Block]) -> bool:
    """The last line a few words whose last, after a function word ("Aan de ove": an article or a preposition never
    closes a line of the page's), is none of the text's words but opens a longer one of its text (site50)."""
    last = blocks[-1]
    words = last.text.split(maxsplit=CUT_PHRASE_MAX_WORDS)  # one more item than the bound: too long
    if last.kind not in _LINE_KINDS or not 2 <= len(words) <= CUT_PHRASE_MAX_WORDS or patterns.ends_sentence(last.text):
        return False
    before, word = words[-2].casefold(), words[-1]
    if before not in FUNCTION_WORDS or not (word.isalpha() and word.islower()) or word in FUNCTION_WORDS:
        return False
    clause = len(words) >= CLAUSE_MIN_WORDS and bool(CLAUSE_OPENING.match(last.text))
    return len(word) >= CUT_PHRASE_MIN_LETTERS and _opens_a_longer_word(word, blocks[:-1], whole=clause)


def _text_words(blocks: Sequence[Block]) -> set[str]:
    return {w.casefold() for b in blocks if b.kind is not BlockKind.SITE_TEXT for w in re.findall(r"\w+", b.text)}


def _opens_a_longer_word(word: str, blocks: Sequence[Block], *, whole: bool = False) -> bool:
    """The word opens a longer word of the text's and stands in it on its own nowhere (`whole`: or also on its own)."""
    words = _text_words(blocks)
    return (whole or word not in words) and any(w.startswith(word) and w != word for w in words)


def _cut_lone_word(blocks: Sequence[Block]) -> bool:
    """The last block, right under a paragraph of running text, one word of letters that only opens a longer word of
    the text above it, never standing there as a word of its own ("Verdwi" under "… het verdwijnen van …"): the text
    cut off in that word (a store's excerpt limit) — the article's next heading, not the page's tail (a tail's word,
    "Gerelateerd", is whole; a button's, BOILERPLATE_WORDS, is the page's)."""
    last = blocks[-1]
    word = last.text.strip().casefold()
    if last.kind not in _LINE_KINDS or not word.isalpha():
        return False
    if len(word) < CUT_WORD_MIN_LETTERS or len(blocks) < 2 or not _under_text(blocks):
        return False  # right under the article's last paragraph: not among the page's closing lines
    if word in BOILERPLATE_WORDS:
        return False  # a button's word ("Deel", "Reageer") opening a word of the text ("deelnemers", "reageerde")
    if not running_text(blocks[-2]):  # under the next section's heading: a word of the text's own it is not
        return word not in _text_words(blocks[:-1])
    return _opens_a_longer_word(word, blocks[:-1])


def _under_text(blocks: Sequence[Block]) -> bool:
    """The last block right under a paragraph of running text, or under a heading of a phrase right under one (the next
    section's heading, its text cut off in its first word: "… zei ze." / "Stemming volgende week" / "Definiti"; site42;
    one word over another closing the text are the page's labels: "Zomerfeest" / "Winterkost")."""
    if running_text(blocks[-2]):
        return True
    heading = blocks[-2].text.strip()
    return (
        len(blocks) >= 3
        and blocks[-2].kind is BlockKind.SUBHEADING
        and heading[:1].isupper()  # a heading's opening, not a picture's file name ("optocht baarlo.png")
        and patterns.word_count(heading) >= SECTION_NAMED_MIN_WORDS  # a phrase: one word is a tag's ("Zomerfeest")
        and running_text(blocks[-3])
    )


def cut_item(blocks: Sequence[Block]) -> bool:
    """The last line the next item's heading of a text of headed items, its paragraph cut off (module docstring)."""
    last = blocks[-1]
    words = re.findall(r"\w+", last.text.casefold())
    if last.kind not in _LINE_KINDS or not words or patterns.ends_sentence(last.text) or not last.text[:1].isupper():
        return False
    if any(w in BOILERPLATE_WORDS for w in words):
        return False
    items, i = 0, len(blocks) - 3
    while i >= 0 and blocks[i].kind is BlockKind.SUBHEADING and running_text(blocks[i + 1]):
        items, i = items + 1, i - 2
    return items >= HEADED_ITEMS_MIN or _titled_item(blocks, len(words))


def _titled_item(blocks: Sequence[Block], words: int) -> bool:
    """The last line a title's phrase (ITEM_TITLE_MIN_WORDS words or more) right under the paragraphs of running text
    that an earlier heading inside the text (running text above it: not the title), a phrase as long, heads: a
    programme's or a digest's next item, its text cut off (blind77: "Eis in zaak dood van …" / two paragraphs / "Drone
    boven hoofdstation Groningen"); a box's label is shorter, names the page (tail_kept.names_the_page) or has
    a box's words (BOX_LABEL)."""
    i = len(blocks) - 2
    while i >= 0 and running_text(blocks[i]):
        i -= 1
    if not 0 <= i < len(blocks) - 2:
        return False  # no heading with paragraphs of running text between it and the last line
    heading = blocks[i]
    return (
        words >= ITEM_TITLE_MIN_WORDS
        and not tail_kept.names_the_page(blocks[-1].text)  # "Video niet langer beschikbaar": the page's status
        and not BOX_LABEL.search(blocks[-1].text.strip())  # "Nieuws uit de regio": a box of other stories
        and heading.kind is BlockKind.SUBHEADING
        and patterns.word_count(heading.text) >= ITEM_TITLE_MIN_WORDS
        and not patterns.ends_sentence(heading.text)
        and any(running_text(b) for b in blocks[:i])  # an item inside the text, under text of its own: not the title
    )


def cut_section(blocks: Sequence[Block]) -> bool:
    """The last line the next section's heading of a text with headings of its own, its text cut off (module
    docstring): SECTION_NAMED_MIN_WORDS words or more, no button's word, named word for word by a paragraph above."""
    if len(blocks) < 2 or blocks[-1].kind not in _LINE_KINDS or patterns.ends_sentence(blocks[-1].text):
        return False
    words = re.findall(r"\w+", blocks[-1].text.casefold())
    if len(words) < SECTION_NAMED_MIN_WORDS or any(w in BOILERPLATE_WORDS for w in words):
        return False
    above = blocks[-2]
    if not (running_text(above) or above.kind is BlockKind.LIST):
        return False  # right under the article's own text, not under another closing line
    headed = any(b.kind is BlockKind.SUBHEADING and running_text(n) for b, n in zip(blocks[:-2], blocks[1:-1]))
    phrase = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b")
    return headed and any(
        b.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE) and phrase.search(b.text.casefold()) for b in blocks[:-1]
    )


def unstopped_text(blocks: Sequence[Block]) -> bool:
    """The text's paragraphs of running text's length end without a full stop though a sentence ends inside them,
    UNSTOPPED_MIN_PARAGRAPHS times or more."""
    unstopped = (
        b
        for b in blocks
        if b.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE)
        and patterns.word_count(b.text) >= shape_rules.TAIL_TEXT_MIN_WORDS
        and not patterns.ends_sentence(b.text)
        and patterns.has_inner_sentence_end(b.text)
    )
    return sum(1 for _ in unstopped) >= UNSTOPPED_MIN_PARAGRAPHS
