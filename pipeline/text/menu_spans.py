"""A site's menu inside one long line (split from pipeline.text.spans): a long run of capitalised words without
punctuation (a menu, a breadcrumb), started at the text's start when only a page's title bar precedes it; not a
sentence set in capitals (a pull quote, an intertitle) nor titles inside a sentence that goes on (after a lower-case
word, or before a comma and a lower-case word). Spans are character offsets of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.text import site_words as words

MENU_MIN_WORDS = 12  # a shorter run of capitalised words is a name or a title
MENU_MIN_CAPITALISED = 0.7  # share of the run's words that start with a capital, a digit or a separator
MENU_MAX_LOWER_RUN = 2  # "Nieuws per plaats": more lower-case words in a row are a sentence
CAPS_SENTENCE_MIN_FUNCTION = 3  # a run in capitals with this many function words (and this share) is a sentence
CAPS_SENTENCE_MIN_SHARE = 0.25
# a title in capitals, a bar, then a run holding this many long lower-case words (LONG_WORD_MIN_CHARS letters or more)
# is a round-up's story, its title and its text ("GROTE BRAND LANGS A50 | Bij transportbedrijf Vos op bedrijventerrein
# Poort van Midden Gelderland …", site40): a menu's lower-case words join its items ("Wonen en tuin")
LONG_LOWER_MAX = 2
LONG_WORD_MIN_CHARS = 10
_SENTENCE_WORDS = words.FUNCTION_WORDS - {"en", "of"}  # not a menu's joiners ("WONEN EN TUIN")
_OPENING_WORDS = words.SENTENCE_OPENING_WORDS - {"en", "of"}
SENTENCE_END = re.compile(r"[.!?…][\"”’'»)]*$")
_BREAKS = re.compile(r"[.!?…,;:)\"”’]$")

Span = tuple[int, int, str]


def capitalised(token: str) -> bool:
    first = next((ch for ch in token if ch.isalnum()), "")
    return first.isupper() or first.isdigit() or token in words.MENU_SEPARATORS


def menus(tokens: Sequence[tuple[int, int, str]]) -> list[Span]:
    spans: list[Span] = []
    run: list[int] = []  # indexes of the run's tokens

    def word(index: int) -> str:
        return tokens[index][2]

    def close(upto: int) -> None:
        kept = run[:upto]
        if kept and not capitalised(word(kept[-1])):  # lower-case words at the end open a phrase: not the menu's
            while kept and not capitalised(word(kept[-1])):
                kept.pop()
            kept = kept[:-1]
        capped = sum(1 for i in kept if capitalised(word(i)))
        lettered = sum(1 for i in kept if any(ch.isalpha() for ch in word(i)))  # a line of figures is data
        run_words = [word(i) for i in kept]
        menu = len(kept) >= MENU_MIN_WORDS and not _sentence_in_capitals(run_words) and not _sentence_opening(run_words)
        menu = menu and not _titled_story(run_words)
        if menu and capped >= MENU_MIN_CAPITALISED * len(kept) and 2 * lettered >= len(kept):
            spans.append((_title_bar(tokens, kept[0]), tokens[kept[-1]][1], "navigation"))
        run.clear()

    lower = 0
    for index, (_, _, text) in enumerate(tokens):
        if _BREAKS.search(text) and text not in words.MENU_SEPARATORS:
            if SENTENCE_END.search(text):  # the run ends a sentence: its last word opens that sentence;
                del run[len(run) - 1 if len(run) >= 2 * MENU_MIN_WORDS else 0 :]  # a short run is names in it
            elif (
                run
                and len(run) < 2 * MENU_MIN_WORDS
                and (_inside_phrase(tokens, run[0]) or _clause_after(tokens, index))
            ):
                run.clear()  # titles inside a sentence that goes on ("… klanken van Toto's Africa en … The Clash: ze …")
            close(len(run))
            lower = 0
            continue
        if not run and not capitalised(text):
            continue  # a menu starts with a capitalised word
        run.append(index)
        lower = 0 if capitalised(text) else lower + 1
        if lower > MENU_MAX_LOWER_RUN:  # a sentence starts at the capitalised word before the lower-case ones
            close(len(run) - lower - 1)
            lower = 0
    close(len(run))
    return spans


def _sentence_in_capitals(run: Sequence[str]) -> bool:
    """Every word in capitals, and a sentence's function words among them ("ALS DE DORPELINGEN HET … VAN DE
    POMP HOORDEN …"): a pull quote or an intertitle set in capitals, not a menu (whose words are names)."""
    lettered = [w for w in run if any(ch.isalpha() for ch in w)]
    if not lettered or not all(w.isupper() for w in lettered):
        return False
    function = sum(1 for w in lettered if w.strip(",.:;!?'\"").casefold() in _SENTENCE_WORDS)
    return function >= CAPS_SENTENCE_MIN_FUNCTION and function >= CAPS_SENTENCE_MIN_SHARE * len(lettered)


def _titled_story(run: Sequence[str]) -> bool:
    """The run opens on a title in capitals closed by a bar, and long lower-case words follow it (LONG_LOWER_MAX)."""
    bar = run.index("|") if "|" in run else 0
    title = [w for w in run[:bar] if any(ch.isalpha() for ch in w)]
    long_lower = sum(1 for w in run[bar:] if w[:1].islower() and len(w) >= LONG_WORD_MIN_CHARS)
    return len(title) >= 2 and all(w.isupper() for w in title) and long_lower >= LONG_LOWER_MAX


def _sentence_opening(run: Sequence[str]) -> bool:
    """A short run opened by a word that opens a sentence and holding a lower-case one of a sentence's words ("Na De
    Loep en De Tegel zijn …", "In de NOS Formule 1-podcast kijken …", audit35): a sentence full of names and titles
    that goes on past the run, not a menu (whose lower-case words join its items: "Wonen en tuin", "In beeld")."""
    if len(run) >= 2 * MENU_MIN_WORDS or run[0].casefold() not in _OPENING_WORDS:
        return False
    return any(w[:1].islower() and w.casefold() in _OPENING_WORDS for w in run[1:])


def _inside_phrase(tokens: Sequence[tuple[int, int, str]], first: int) -> bool:
    """The run starting at token `first` follows a lower-case word of an open phrase (no break after it)."""
    if first == 0:
        return False
    before = tokens[first - 1][2]
    return before[:1].isalpha() and before[:1].islower() and not _BREAKS.search(before)


def _clause_after(tokens: Sequence[tuple[int, int, str]], index: int) -> bool:
    """The run's last word closes on a comma and a lower-case word goes on ("Working: People Talk About What They Do All
    Day and How They Feel About What They Do, waarin …"): a title inside a sentence (a menu's words take no comma)."""
    if index + 1 >= len(tokens) or not tokens[index][2].endswith((",", ";")):
        return False
    after = tokens[index + 1][2]
    return after[:1].isalpha() and after[:1].islower()


def _title_bar(tokens: Sequence[tuple[int, int, str]], index: int) -> int:
    """Where a menu (starting at token `index`) starts: at the text's start when only a page's title
    bar precedes it ("Headline | Section", then the menu), else at its first word."""
    if not 0 < index <= MENU_MIN_WORDS + 9:
        return tokens[index][0]
    bar = next((i for i, (_, _, t) in enumerate(tokens[: index + 3]) if t == "|"), None)
    in_bar = bar is not None and index - 1 <= bar <= MENU_MIN_WORDS + 8
    if in_bar and not any(SENTENCE_END.search(t) for _, _, t in tokens[:bar]):
        return tokens[0][0]
    return tokens[index][0]
