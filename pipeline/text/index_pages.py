"""An index page's or a feed's other items around the article (issue 21, site52; pipeline.text.article calls
`index_items` after its other site-text rules). Each kind below is found in one pass: linear.

read-more posts   a blog's or an aggregator's index page: posts that each show a snippet the page cut off, closed by a
                  read-more link on a line of its own ("… zoals bij het vorige kabinet (het...", "Lees verder"). The
                  first such post is the article the page was saved for; every later one is another post's card, set
                  aside as "teaser" (its title line too, on a line of its own right above its snippet). An article's
                  own paragraph that trails off ("En toen..."), or that a read-more link follows only once, stays: a
                  card needs a post above it closed the same way.
feed items        a page saved for one item of a feed — a title, a paragraph or two of its text — that goes on with the
                  feed's next items as bare paragraphs, no title over them, each about something else (a school
                  opening in one town, a robbery in another). Set aside as "teaser": a run of FEED_MIN_ITEMS or more
                  paragraphs closing the text, more of them than the article's own paragraphs above the run (at most
                  FEED_MAX_ARTICLE_PARAGRAPHS), each of a teaser's length (FEED_ITEM_MIN_WORDS to FEED_ITEM_MAX_WORDS),
                  none quoting anyone, where every name a paragraph holds (a capitalised word inside a sentence: a
                  place, a person, an organisation) stands in no other block of the text — and all but one hold a
                  name. An article's paragraphs come back to its people and places; a vox pop's speakers quote; a
                  round-up's items stand under their own headings (a heading breaks the run). Names are compared by
                  their first NAME_STEM_LETTERS letters ("Amsterdam", "Amsterdamse"). A run the text above announces
                  stays the article's (review52, `_announced`): under a colon, a round-up's name or a count of its
                  items, or items in the writer's voice or opening with a question (a column's days, a Q&A), or
                  items going on with the text above: a connective, a shared opening, the text's words (`_goes_on`).
episode cards     under the page's pointer to its player set aside ("Beluister hier de podcast"), the player's card on
                  the next line — the episode's number, a bar or a colon, its title ("156 | Zo kiest de jury de
                  winnaars", "#12: Water in de stad"), no sentence's end: set aside as "embed". A numbered line
                  anywhere else (a list's item, a score "3 - 1") stays; so does one closed by a full stop, a year's
                  ("1998: eerste plannen …") or one over another numbered line (a timeline, a list; review52).
series boxes      a box pointing at the outlet's series on the subject: a short heading, one short sentence and the
                  pointer to all its stories set aside ("Vijf jaar nieuwe brug" / "De brug bestaat een lustrum." /
                  "Lees al onze artikels hier."): heading and sentence set aside as "promo" with the pointer. A pointer
                  to one story or a document ("Lees hier het rapport.") or under a longer paragraph leaves them;
                  so does a box with no running text below it or more than SERIES_TEXT_ABOVE_MAX paragraphs of it
                  above: the article's last section (an intertitle, one sentence) over the site's pointer (review52).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import dutch_rules, patterns
from pipeline.text.closing_cards import CARD_TITLE_MAX_WORDS, cut_off
from pipeline.text.page_lists import aside
from pipeline.text.text_ends import running_text
from pipeline.text.unrelated import COMMON_WORDS, letter_words, named, word_stems


def index_items(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with an index page's later posts, a feed's items, a player's episode card and a series' box set
    aside (see the module docstring)."""
    return series_boxes(player_cards(feed_items(read_more_cards(blocks))))


READ_MORE_MAX_WORDS = 5  # "Lees verder", "Lees meer »", "Read more": the link alone on its line
_SNIPPET_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)


def read_more_cards(blocks: Sequence[Block]) -> list[Block]:
    """Set aside, as "teaser", each cut snippet under an earlier post closed by a read-more link (see the module
    docstring): the snippet right above its own read-more link, and its title right above it."""
    out = list(blocks)
    posts = 0  # posts seen so far: a cut snippet of text closed by a read-more link
    for index, block in enumerate(out):
        if index == 0 or not _read_more(block) or out[index - 1].kind not in _SNIPPET_KINDS:
            continue
        snippet = index - 1
        if not cut_off(out[snippet].text):
            continue  # a paragraph over a lone read-more link is no post: no card is counted under it (review52)
        if posts:
            out[snippet] = aside(out[snippet], "teaser")
            title = snippet - 1
            if title > 0 and _card_title(out[title]) and _read_more(out[title - 1]):
                out[title] = aside(out[title], "teaser")
        posts += 1
    return out


def _read_more(block: Block) -> bool:
    """A read-more link set aside on a line of its own."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.SITE_TEXT
        and patterns.word_count(text) <= READ_MORE_MAX_WORDS
        and (match := patterns.LINE_READ_MORE.match(text)) is not None
        and not text[match.end() :].strip(" .:»>›→")
    )


def _card_title(block: Block) -> bool:
    return (
        block.kind in (BlockKind.SUBHEADING, BlockKind.PARAGRAPH)
        and patterns.word_count(block.text) <= CARD_TITLE_MAX_WORDS
        and not patterns.ends_sentence(block.text)
    )


FEED_MIN_ITEMS = 4
FEED_MAX_ARTICLE_PARAGRAPHS = 3
FEED_ITEM_MIN_WORDS = 15
FEED_ITEM_MAX_WORDS = 70  # a teaser's two or three sentences; longer is the article going on
NAME_STEM_LETTERS = 5
# a capitalised word inside a sentence: after a word that does not close one (no ".", "?", "!" or ":" before it)
_NAME = re.compile(r"(?<=[\w,;)] )[A-ZÀ-Ý][\w'’-]*")
_QUOTE = re.compile(r"[\"“”„«»]|(?:^|\s)['‘’](?=\w)")
_TEXT_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE)
# what announces a round-up's items above them (review52; `_announced`): a round-up's name, a count of its items
ROUNDUP = re.compile(
    r"\b(?:kort nieuws|in het kort|korte berichten|op een rij|overzicht|hieronder|onderstaande?|de volgende"
    r"|de winnaars|vragen en antwoorden|te doen|tips|uitagenda|agenda|terugblik|weekoverzicht|jaaroverzicht)\b",
    re.IGNORECASE,
)
COUNT_WORDS = ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf")
FEED_COUNT = re.compile(rf"\b(?:{'|'.join(COUNT_WORDS)}|(?<![\d.,:/-])\d{{1,2}}(?![.,:/-]?\d))\b", re.IGNORECASE)
_ANNOUNCING_KINDS = (*_TEXT_KINDS, BlockKind.SUBHEADING, BlockKind.HEADLINE)  # not a date line's "04.07.25"
FIRST_PERSON = re.compile(r"\b(?:ik|mijn|mij|me)\b", re.IGNORECASE)  # a teaser reports; a columnist speaks
FEED_VOICE_MIN = 2
# words of any news, naming no subject: with unrelated.COMMON_WORDS, left out of the words an item shares (`_goes_on`)
FEED_COMMON = COMMON_WORDS | dutch_rules.vocabulary(
    "nieuw nieuwe nieuws eerste tweede derde laatste grote groot kleine klein goede oude jonge extra ruim mensen"
    " iedereen allemaal andere ander"
)
CONTINUED = re.compile(
    r"(?:ook|daarnaast|verder|bovendien|ondertussen|intussen|daarna|tot slot|ten slotte|hij|zij|ze)\b", re.IGNORECASE
)


def feed_items(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a feed's items under the article set aside (see the module docstring)."""
    out = list(blocks)
    kept = [i for i, b in enumerate(out) if b.kind is not BlockKind.SITE_TEXT]
    opening = next((n for n, i in enumerate(kept) if running_text(out[i])), None)
    if opening is None:
        return out
    start = len(kept)
    while start > opening + 1 and _item_shaped(out[kept[start - 1]]):
        start -= 1  # the article's first paragraph of running text stays above the run
    run = kept[start:]
    if len(run) < FEED_MIN_ITEMS:
        return out
    article = sum(1 for i in kept[:start] if running_text(out[i]))
    if not 1 <= article <= FEED_MAX_ARTICLE_PARAGRAPHS or len(run) <= article:
        return out
    names = [_names(b.text) for b in out]
    counts = Counter(name for found in names for name in found)  # blocks holding each name
    if any(counts[name] > 1 for i in run for name in names[i]):
        return out  # a name the text comes back to: the article going on
    if sum(1 for i in run if not names[i]) > 1 or _announced(out, kept[:start], run):
        return out
    for i in run:
        out[i] = aside(out[i], "teaser")
    return out


def _announced(blocks: Sequence[Block], above: Sequence[int], run: Sequence[int]) -> bool:
    """The text above the run announces it as its own list (review52): the paragraph right above it ends in a colon
    ("Dit waren de zaken:"), a line above names a round-up (ROUNDUP: "Kort nieuws …", "… op een rij", "Een
    overzicht"), or counts the run's items (FEED_COUNT: "Vier nieuwe winkels", "in vier categorieën"; the run may
    hold a closing paragraph too); or the items speak as the writer (FIRST_PERSON in FEED_VOICE_MIN items: a
    column's days) or open with a question (FEED_VOICE_MIN items: a Q&A's answers)."""
    texts = [" ".join(blocks[i].text.split()) for i in above if blocks[i].kind in _ANNOUNCING_KINDS]
    if texts and texts[-1].endswith(":") or any(ROUNDUP.search(t) for t in texts):
        return True
    counts = {_count(m.group()) for t in texts for m in FEED_COUNT.finditer(t)}
    if counts & {len(run), len(run) - 1}:
        return True
    items = [" ".join(blocks[i].text.split()) for i in run]
    if sum(1 for t in items if FIRST_PERSON.search(t)) >= FEED_VOICE_MIN:
        return True
    if sum(1 for t in items if re.match(r"[^.!?]{1,120}\?", t)) >= FEED_VOICE_MIN:
        return True
    return _goes_on(texts, items)


def _goes_on(above: Sequence[str], items: Sequence[str]) -> bool:
    """The items go on with the text above them (review52): one opens with a connective or a pronoun (CONTINUED:
    "Ook bakker …", "Daarnaast …"), FEED_VOICE_MIN of them open with the same two words (a list's frame: "De raad
    stemde …", "De raad wees …"), or FEED_VOICE_MIN of them name a word the headings and paragraphs above use, not a
    name nor a word of any news (FEED_COMMON: "overleden" under "Overleden", "het gezin" under "Buurt helpt gezin …",
    not "nieuwe" under "Nieuwe brug …"). A feed's teasers stand alone, each about something else."""
    if any(CONTINUED.match(t) for t in items):
        return True
    openings = Counter(tuple(t.casefold().split()[:2]) for t in items)
    if max(openings.values(), default=0) >= FEED_VOICE_MIN:
        return True
    stems = {s for t in above for s in word_stems(_NAME.sub(" ", t), FEED_COMMON)}
    words = [sorted(set(letter_words(t))) for t in items]
    shared = sum(1 for found in words if any(named(s, found) for s in stems))
    return shared >= FEED_VOICE_MIN


def _count(word: str) -> int:
    return int(word) if word.isdigit() else COUNT_WORDS.index(word.casefold()) + 2


def _item_shaped(block: Block) -> bool:
    words = patterns.word_count(block.text)
    return (
        block.kind in _TEXT_KINDS
        and FEED_ITEM_MIN_WORDS <= words <= FEED_ITEM_MAX_WORDS
        and not _QUOTE.search(block.text)
    )


def _names(text: str) -> set[str]:
    """The names `text` holds, each once, by its first NAME_STEM_LETTERS letters, case-folded."""
    return {m.group()[:NAME_STEM_LETTERS].casefold() for m in _NAME.finditer(text)}


EPISODE_TITLE_MAX_WORDS = 20
# the episode's number, a bar or a colon, then its title
EPISODE_CARD = re.compile(r"^#?\d{1,4}\s?[|:]\s?\S")
YEAR_ITEM = re.compile(r"^(?:1[89]|20)\d\d\s?:")  # a year and a colon: a timeline's item, no episode
# the page's pointer to its player: listen to or watch an episode or a podcast, no more than a pointer's words
PLAYER_POINTER = re.compile(
    r"^(?:be)?(?:luister|kijk|bekijk)\b[^.!?]{0,30}\b(?:podcast|aflevering|uitzending)s?\b[^.!?]{0,20}[.:!]?$",
    re.IGNORECASE,
)
_CARD_KINDS = (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.SUBHEADING)


def player_cards(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with an episode's card right under the pointer to its player set aside (see the module docstring)."""
    out = list(blocks)
    for index in range(1, len(out)):
        block, above = out[index], out[index - 1]
        text = " ".join(block.text.split())
        below = out[index + 1].text.strip() if index + 1 < len(out) else ""
        if (
            block.kind in _CARD_KINDS
            and EPISODE_CARD.match(text)
            and not YEAR_ITEM.match(text)  # "1998: eerste plannen …": a timeline's year (review52)
            and not EPISODE_CARD.match(below)  # a numbered line over another: a list's or a timeline's item
            and not patterns.ends_sentence(text)
            and patterns.word_count(text) <= EPISODE_TITLE_MAX_WORDS
            and above.kind is BlockKind.SITE_TEXT
            and PLAYER_POINTER.match(above.text.strip())
        ):
            out[index] = aside(block, "embed")
    return out


SERIES_BLURB_MAX_WORDS = 20
SERIES_HEADING_MAX_WORDS = 6
SERIES_TEXT_ABOVE_MAX = 1  # more running text above the box: the article's own section over a pointer (review52)
# the pointer to all the stories of a series or a dossier ("Lees al onze artikels hier.", "Bekijk alle afleveringen")
SERIES_POINTER = re.compile(
    r"^(?:lees|bekijk|ontdek|luister) (?:al|alle) (?:onze |de |hier )?(?:artikels|artikelen|verhalen|berichten"
    r"|afleveringen|stukken|reportages)\b[^.!?]{0,60}[.!]?$",
    re.IGNORECASE,
)


def series_boxes(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a series' box (heading, one short sentence, the pointer to all its stories) set aside (see
    the module docstring)."""
    out = list(blocks)
    running = [running_text(b) for b in out]
    above = [0]  # paragraphs of running text above each block
    for flag in running:
        above.append(above[-1] + flag)
    for index in range(2, len(out)):
        pointer, blurb, heading = out[index], out[index - 1], out[index - 2]
        if (
            above[index - 2] <= SERIES_TEXT_ABOVE_MAX  # an inset box in the article's top, its text below it
            and above[-1] > above[index + 1]
            and pointer.kind is BlockKind.SITE_TEXT
            and SERIES_POINTER.match(pointer.text.strip())
            and blurb.kind in _SNIPPET_KINDS
            and patterns.word_count(blurb.text) <= SERIES_BLURB_MAX_WORDS
            and not patterns.has_inner_sentence_end(blurb.text.strip())
            and heading.kind is BlockKind.SUBHEADING
            and patterns.word_count(heading.text) <= SERIES_HEADING_MAX_WORDS
        ):
            out[index - 1], out[index - 2] = aside(blurb, "promo"), aside(heading, "promo")
    return out
