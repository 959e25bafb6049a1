"""Shape features of the blocks an article's rules kept, for the learned site-text measure (scripts/measure_shape_model).

Each block of text still kept after the rules (CANDIDATES) is described by its shape alone: its length, its place on
the page (from the top and the bottom, above the first or below the last paragraph of running text), capitals,
final punctuation, digits, clock times, dates and relative times, the density of Dutch function words and verbs,
the share of English words, words addressing the reader, link-like marks (» › | • →), addresses, quote marks, its
kind, whether it repeats in the text, the run of short lines it sits in, and the same of its neighbours. The word
classes are general vocabulary kept as data (data/shape_words.json); no outlet name and no string of any set.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.document import Block, BlockKind

DATA = Path(__file__).resolve().parent / "data"
WORDS_FILE = DATA / "shape_words.json"
CANDIDATES = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.CAPTION, BlockKind.LIST)
RUNNING_MIN_WORDS = 25  # a paragraph of running text: this many words, and a sentence end
SHORT_LINE_MAX_WORDS = 8  # a short line, for runs of short lines

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?…][\"'’”»)]*$")
_INNER_END = re.compile(r"[.!?…][\"”’]?\s+[\"„“‘(]?[A-ZÀ-Ý]")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.u]\d{2}(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})(?!\d)")
_LINK_MARKS = re.compile(r"[»›→←▶►▸|•·>]|&gt;")
_ADDRESS = re.compile(r"https?://|www\.|\S@\S|@\w|\.(?:nl|be|com)\b", re.IGNORECASE)
_QUOTES = re.compile(r"[\"„“”‘’«]")

FEATURES = (
    "log_chars",
    "log_words",
    "top",
    "bottom",
    "first",
    "last",
    "above_body",
    "below_body",
    "capitals",
    "capital_words",
    "sentence_end",
    "colon_end",
    "question_end",
    "no_end",
    "inner_ends",
    "digits",
    "clock",
    "date",
    "relative_time",
    "function_words",
    "verbs",
    "english",
    "to_reader",
    "interface",
    "link_marks",
    "address",
    "quotes",
    "subheading",
    "caption",
    "list",
    "repeated",
    "short_run",
    "previous_aside",
    "next_aside",
    "previous_log_chars",
    "next_log_chars",
    "previous_sentence_end",
    "next_sentence_end",
    "previous_function_words",
    "next_function_words",
)


@dataclass(frozen=True)
class Words:
    """The word classes the features count (lower case)."""

    dutch_function: frozenset[str]
    dutch_verbs: frozenset[str]
    english_function: frozenset[str]
    second_person: frozenset[str]
    interface: frozenset[str]
    relative_time: frozenset[str]
    months: frozenset[str]


@functools.lru_cache(maxsize=1)
def load_words(path: Path = WORDS_FILE) -> Words:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Words(**{name: frozenset(data[name]) for name in Words.__dataclass_fields__})


def _text(block: Block) -> str:
    return " ".join(block.items) if block.kind is BlockKind.LIST and block.items else block.text


def _running(block: Block) -> bool:
    text = _text(block)
    return (
        block.kind is BlockKind.PARAGRAPH
        and len(_WORD.findall(text)) >= RUNNING_MIN_WORDS
        and bool(_SENTENCE_END.search(text) or _INNER_END.search(text))
    )


def _own(text: str, words: Words) -> list[float]:
    """The features of a text on its own (FEATURES' order, from "capitals" to "quotes"), and its length."""
    tokens = _WORD.findall(text)
    lower = [t.lower() for t in tokens]
    count = max(len(tokens), 1)
    letters = _LETTER.findall(text)
    stripped = text.rstrip()
    return [
        sum(c.isupper() for c in letters) / max(len(letters), 1),
        sum(t[:1].isupper() for t in tokens) / count,
        float(bool(_SENTENCE_END.search(stripped))),
        float(stripped.endswith(":")),
        float(stripped.rstrip("\"'’”»)").endswith("?")),
        float(not stripped or stripped[-1].isalnum()),
        min(len(_INNER_END.findall(text)), 5) / 5,
        sum(c.isdigit() for c in text) / max(len(text), 1),
        float(bool(_CLOCK.search(text))),
        float(bool(_NUMERIC_DATE.search(text)) or any(t in words.months for t in lower)),
        sum(t in words.relative_time for t in lower) / count,
        sum(t in words.dutch_function for t in lower) / count,
        sum(t in words.dutch_verbs for t in lower) / count,
        sum(t in words.english_function and t not in words.dutch_function for t in lower) / count,
        sum(t in words.second_person for t in lower) / count,
        sum(t in words.interface for t in lower) / count,
        min(len(_LINK_MARKS.findall(text)), 5) / 5,
        float(bool(_ADDRESS.search(text))),
        float(bool(_QUOTES.search(text))),
    ]


def block_features(blocks: Sequence[Block], words: Words | None = None) -> list[tuple[int, list[float]]]:
    """(index, FEATURES values) of each block the model judges: text the rules kept (CANDIDATES)."""
    words = words or load_words()
    texts = [(b.time or "") + " " + _text(b) for b in blocks]
    sizes = [len(t.strip()) for t in texts]
    total = max(sum(sizes), 1)
    before = [sum(sizes[:i]) for i in range(len(blocks))]
    kept = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT]
    running = [i for i in kept if _running(blocks[i])]
    first_body, last_body = (running[0], running[-1]) if running else (len(blocks), -1)
    seen = Counter(" ".join(_text(b).lower().split()) for b in blocks)
    short = [short_line(_text(b)) for b in blocks]
    out = []
    for index, block in enumerate(blocks):
        if block.kind not in CANDIDATES or not _text(block).strip():
            continue
        text = _text(block)
        run = 1
        for step in (-1, 1):
            j = index + step
            while 0 <= j < len(blocks) and short[j] and short[index]:
                run, j = run + 1, j + step
        previous = blocks[index - 1] if index > 0 else None
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        own = _own(text, words)
        neighbours = []
        for other in (previous, following):
            neighbours.append(float(other is not None and other.kind is BlockKind.SITE_TEXT))
        for feature in (_log_chars, _ends, lambda o: _own(_text(o), words)[11] if o else 0.0):
            neighbours.extend(feature(o) for o in (previous, following))
        out.append(
            (
                index,
                [
                    math.log1p(len(text)),
                    math.log1p(len(_WORD.findall(text))),
                    before[index] / total,
                    (total - before[index] - sizes[index]) / total,
                    float(index == (kept[0] if kept else -1)),
                    float(index == (kept[-1] if kept else -1)),
                    float(index < first_body),
                    float(index > last_body),
                    *own,
                    float(block.kind is BlockKind.SUBHEADING),
                    float(block.kind is BlockKind.CAPTION),
                    float(block.kind is BlockKind.LIST),
                    float(seen[" ".join(text.lower().split())] > 1),
                    math.log(run),
                    *neighbours,
                ],
            )
        )
    return out


def short_line(text: str) -> bool:
    """A short line with no sentence end: the shape of menu items, cards and labels."""
    return len(_WORD.findall(text)) <= SHORT_LINE_MAX_WORDS and not _SENTENCE_END.search(text.rstrip())


def _log_chars(block: Block | None) -> float:
    return math.log1p(len(_text(block))) if block else 0.0


def _ends(block: Block | None) -> float:
    return float(bool(block) and bool(_SENTENCE_END.search(_text(block).rstrip())))
