"""Site text above the headline by topical coherence (issue 21, helper topic36): a block of prose above the title
that names nothing the article names — a station's slogan ("…maar het is ook jouw omroep in de buurt!"), a
shop's form labels — is the page's, not the article's (reason "unrelated").

A block names a word when a word of the article's core (its headline and its paragraphs of running text,
pipeline.text.page_edges.running_text, the block itself left out) opens with the block's stem of that word: the
word less its last STEM_SLACK letters, at least WORD_MIN_LETTERS letters (`word_stems`, as pipeline.text.title_words
compares them); words shorter than that, and the common words of COMMON_WORDS (function words, auxiliaries, days and months),
name nothing. Set aside: a paragraph or lede above the headline of MIN_WORDS words or more with
MIN_STEMS content stems or more, not one of them named, when the core has CORE_MIN_STEMS content stems or more (a
page whose lead stands above its title has little core below it). A caption, byline, quote, list or table is never
judged: a photo's caption may name what the text does not; nor a heading, a series' line over the title ("Deze
week in de regio: bruggen en wegen").

Measured (scripts/measure_coherence.py): below the last paragraph and among the paragraphs, blocks naming nothing
of the core are article text as often as site text (closing sentences, captions, result lines), so only the
headline's top is judged.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from pipeline.document import Block, BlockKind
from pipeline.text import dutch_rules
from pipeline.text.page_edges import running_text

WORD_MIN_LETTERS = 5
STEM_SLACK = 2
MIN_WORDS = 8
MIN_STEMS = 2
CORE_MIN_STEMS = 20
JUDGED = (BlockKind.PARAGRAPH, BlockKind.LEDE)  # not a heading: a series' or a section's line over the title
COMMON_WORDS = dutch_rules.vocabulary(
    "achter binnen bleef bleek blijft blijkt boven dacht denkt geeft gingen hadden hebben heeft hield hoewel houdt"
    " konden kreeg krijgt kunnen laten lijkt maakt maakte meldde meldt moest moeten nadat neemt niets omdat onder"
    " sinds staat stond tegen terwijl tijdens tussen vanaf vertelde vertelt vindt volgens voordat waren werden wilde"
    " willen worden wordt zeggen zodat zonder zouden zullen dagen weken maand maanden minuten minuut geleden"
    " gisteren eergisteren vandaag morgen zojuist about their there these which would could should"
) | frozenset(dutch_rules.MONTHS + dutch_rules.WEEKDAYS)


def letter_words(text: str) -> list[str]:
    """The words of `text`, letters only, case-folded."""
    return [w.casefold() for w in dutch_rules.LETTER_WORD.findall(text)]


def word_stems(text: str, common: frozenset[str] = frozenset()) -> set[str]:
    """The stems of the words of `text` of WORD_MIN_LETTERS letters or more, not in `common` (see the module's
    docstring); pipeline.text.title_words compares headings with the text by them too."""
    return {
        w[: max(WORD_MIN_LETTERS, len(w) - STEM_SLACK)]
        for w in letter_words(text)
        if len(w) >= WORD_MIN_LETTERS and w not in common
    }


def content_stems(text: str) -> set[str]:
    """The stems of the content words of `text` (see the module's docstring)."""
    return word_stems(text, COMMON_WORDS)


def named(stem: str, words: Sequence[str]) -> bool:
    """A word of `words` (sorted, each once) opens with the stem."""
    at = bisect_left(words, stem)
    return at < len(words) and words[at].startswith(stem)


def unrelated_above(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with the prose above the headline that names nothing of the article's core set aside."""
    out = list(blocks)
    title = next((i for i, b in enumerate(out) if b.kind is BlockKind.HEADLINE), None)
    if not title:
        return out  # no headline, or nothing above it
    core = [i for i, b in enumerate(out) if i == title or running_text(b)]
    if len(core) < 2:
        return out  # no running text: nothing to compare with
    core_words = {j: set(letter_words(out[j].text)) for j in core}  # a block's text stays when it is set aside
    whole: tuple[list[str], bool] | None = None  # the core of a block outside it: the same for each, found once
    for i in range(title):
        block = out[i]
        if block.kind not in JUDGED or len(block.text.split()) < MIN_WORDS:
            continue
        stems = content_stems(block.text)
        if len(stems) < MIN_STEMS:
            continue
        if i in core_words:
            words, enough = _core(core_words, i)
        else:
            whole = whole or _core(core_words, None)
            words, enough = whole
        if enough and not any(named(stem, words) for stem in stems):
            out[i] = Block(BlockKind.SITE_TEXT, block.text, reason="unrelated")
    return out


def _core(core_words: dict[int, set[str]], left_out: int | None) -> tuple[list[str], bool]:
    """The core's words (sorted, each once) without block `left_out`, and whether they hold CORE_MIN_STEMS content
    stems or more."""
    words = sorted(set().union(*(ws for j, ws in core_words.items() if j != left_out)))
    return words, len(content_stems(" ".join(words))) >= CORE_MIN_STEMS
