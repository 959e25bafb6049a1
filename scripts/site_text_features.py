"""Shape features of an article's blocks, for the learned site-text experiment (scripts/train_site_text.py).

Only the shape of a block and of its neighbours: its place in the text, its length, its share of capitalised
words, digits and punctuation, whether it ends a sentence, its share of Dutch and of English function words,
link-like and time-like marks, whether it repeats elsewhere in the text, its distance to the longest run of
running text and how many of its words that run shares. No outlet names, no strings of any one text.
Pure Python (no numpy, no scikit-learn), so that a stage built on them could run at read time.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from pipeline.document import Block, BlockKind

_KINDS = (BlockKind.PARAGRAPH, BlockKind.SUBHEADING, BlockKind.CAPTION, BlockKind.QUOTE)  # in feature order
CHECKED = frozenset(_KINDS)
_GLUED = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý][a-zà-ÿ]")  # "BinnenlandCorona": words a scraper ran together
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"'’”»)]*(?:\s|$)")
_DUTCH = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "is",
        "op",
        "te",
        "dat",
        "die",
        "niet",
        "met",
        "voor",
        "zijn",
        "er",
        "aan",
        "ook",
        "als",
        "bij",
        "om",
        "maar",
        "naar",
        "door",
        "over",
        "dan",
        "nog",
        "wordt",
        "heeft",
        "werd",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "je",
        "u",
        "ik",
        "dit",
        "deze",
        "of",
        "uit",
        "tot",
        "al",
        "kan",
        "zal",
        "worden",
        "was",
        "had",
        "hebben",
        "na",
        "zo",
        "wel",
        "geen",
        "meer",
        "veel",
        "onder",
        "tegen",
        "volgens",
        "toen",
        "omdat",
        "waar",
        "wat",
        "wie",
        "hun",
        "haar",
        "zich",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "in",
        "for",
        "on",
        "with",
        "you",
        "your",
        "this",
        "that",
        "by",
        "from",
        "are",
        "be",
        "it",
        "at",
        "as",
        "an",
        "or",
        "more",
        "read",
        "all",
        "our",
        "new",
        "about",
        "how",
        "what",
        "more",
        "share",
        "sign",
        "log",
        "subscribe",
        "ago",
    ]
)
_LINKISH = re.compile(r"[|›»→▶►>•]|https?://|www\.|\.(?:nl|be|com)\b|@\w|#\w", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}[:.u]\d{2}\b")
_DATE = re.compile(
    r"\b\d{1,2}[-/ .]\s?(?:\d{1,2}|jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?(?:[-/ ]\d{2,4})?\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b\d+\s?(?:min(?:uten|uut)?|u(?:ur|ren)?|sec|dag(?:en)?|d|h|m|hours?|minutes?|days?|weken|week)\b"
    r"(?:\s+(?:geleden|ago))?",
    re.IGNORECASE,
)
_QUOTES = re.compile(r"[„“”\"‘’«]")
RUN_MIN_WORDS = 12  # a block this long that ends a sentence is running text
SHARED_MIN_CHARS = 5  # words this long (content words) count in the overlap with the running text

OWN_NAMES = (
    "position",
    "from_end",
    "log_words",
    "log_chars",
    "capital_share",
    "caps_share",
    "digit_share",
    "punct_share",
    "ends_sentence",
    "sentences",
    "words_per_sentence",
    "dutch_share",
    "english_share",
    "no_dutch",
    "mean_word_length",
    "linkish",
    "clock",
    "date",
    "relative_time",
    "quotes",
    "question",
    "colon_end",
    "ellipsis_end",
    "glued_words",
    "liveblog",
    "repeated",
    "shared_with_run",
    "in_run",
    "before_run",
    "after_run",
    "blocks_to_run",
    "site_near",
    "first_kept",
    "last_kept",
    *(f"kind_{k.value}" for k in _KINDS),
)
_NEIGHBOUR = ("log_words", "ends_sentence", "dutch_share", "capital_share", "digit_share", "linkish", "site")
NAMES = (*OWN_NAMES, *(f"prev_{n}" for n in _NEIGHBOUR), *(f"next_{n}" for n in _NEIGHBOUR))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _running(block: Block) -> bool:
    return (
        block.kind in (BlockKind.PARAGRAPH, BlockKind.LEDE, BlockKind.QUOTE)
        and len(_words(block.text)) >= RUN_MIN_WORDS
        and bool(_SENTENCE_END.search(block.text))
    )


def _longest_run(blocks: Sequence[Block]) -> tuple[int, int]:
    """The (start, end) indices of the longest run (in characters) of running-text blocks; site text,
    captions and bylines inside it do not break it."""
    best, best_len = (0, 0), -1
    start, length, last = None, 0, None
    for index, block in enumerate(blocks):
        if _running(block):
            start = index if start is None else start
            length += len(block.text)
            last = index
            if length > best_len:
                best, best_len = (start, last + 1), length
        elif block.kind is BlockKind.PARAGRAPH and not _SENTENCE_END.search(block.text):
            start, length = None, 0  # a line of furniture between two runs
    return best


def _surface(text: str) -> dict[str, float]:
    words = _words(text)
    n = len(words) or 1
    chars = len(text) or 1
    lower = [w.lower() for w in words]
    sentences = len(_SENTENCE_END.findall(text + " "))
    dutch = sum(1 for w in lower if w in _DUTCH) / n
    return {
        "log_words": math.log1p(len(words)),
        "log_chars": math.log1p(len(text)),
        "capital_share": sum(1 for w in words if w[:1].isupper()) / n,
        "caps_share": sum(1 for w in words if len(w) > 1 and w.isupper()) / n,
        "digit_share": sum(1 for c in text if c.isdigit()) / chars,
        "punct_share": sum(1 for c in text if not c.isalnum() and not c.isspace()) / chars,
        "ends_sentence": float(bool(_SENTENCE_END.search(text.rstrip()[-3:] + " "))),
        "sentences": math.log1p(sentences),
        "words_per_sentence": math.log1p(len(words) / max(sentences, 1)),
        "dutch_share": dutch,
        "english_share": sum(1 for w in lower if w in _ENGLISH) / n,
        "no_dutch": float(dutch == 0),
        "mean_word_length": sum(len(w) for w in words) / n / 10,
        "linkish": float(bool(_LINKISH.search(text))),
        "clock": float(bool(_CLOCK.search(text))),
        "date": float(bool(_DATE.search(text))),
        "relative_time": float(bool(_RELATIVE.search(text))),
        "quotes": float(bool(_QUOTES.search(text))),
        "question": float(text.rstrip().endswith("?")),
        "colon_end": float(text.rstrip().endswith(":")),
        "ellipsis_end": float(text.rstrip().endswith(("...", "…"))),
        "glued_words": math.log1p(len(_GLUED.findall(text))),
    }


def block_features(blocks: Sequence[Block], *, set_aside_too: bool = False) -> list[list[float] | None]:
    """For each block, its feature vector (in the order of NAMES), or None for a block the stage does not
    look at (site text set aside already, headlines, bylines, datelines, liveblog times). `set_aside_too`
    (training): site text set aside already is described too, as the paragraph or heading it would be."""
    n = len(blocks)
    surfaces = [_surface(b.text) for b in blocks]
    counts = Counter(" ".join(b.text.lower().split()) for b in blocks if b.text)
    run_start, run_end = _longest_run(blocks)
    run_words = Counter(
        w.lower()
        for b in blocks[run_start:run_end]
        if _running(b)
        for w in _words(b.text)
        if len(w) >= SHARED_MIN_CHARS
    )
    total = sum(len(b.text) for b in blocks) or 1
    kept = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.SITE_TEXT]
    liveblog = float(any(b.kind is BlockKind.LIVEBLOG for b in blocks))
    offset = 0
    out: list[list[float] | None] = []
    for index, block in enumerate(blocks):
        offset += len(block.text)
        kind = block.kind
        if kind is BlockKind.SITE_TEXT and set_aside_too:
            kind = BlockKind.PARAGRAPH if _SENTENCE_END.search(block.text) else BlockKind.SUBHEADING
        if kind not in CHECKED or not block.text.strip():
            out.append(None)
            continue
        own = dict(surfaces[index])
        content = [w.lower() for w in _words(block.text) if len(w) >= SHARED_MIN_CHARS]
        in_run = run_start <= index < run_end and _running(block)
        own_words = Counter(content)
        shared = sum(1 for w in content if run_words[w] - (own_words[w] if in_run else 0) > 0)
        distance = (
            0 if run_start <= index < run_end else (run_start - index if index < run_start else index - run_end + 1)
        )
        own.update(
            liveblog=liveblog,
            position=(offset - len(block.text)) / total,
            from_end=(total - offset) / total,
            repeated=float(counts[" ".join(block.text.lower().split())] > 1),
            shared_with_run=shared / len(content) if content else 0.0,
            in_run=float(in_run),
            before_run=float(index < run_start),
            after_run=float(index >= run_end),
            blocks_to_run=math.log1p(distance),
            site_near=sum(
                1 for j in range(max(0, index - 2), min(n, index + 3)) if blocks[j].kind is BlockKind.SITE_TEXT
            )
            / 4,
            first_kept=float(bool(kept) and index == kept[0]),
            last_kept=float(bool(kept) and index == kept[-1]),
        )
        for option in _KINDS:
            own[f"kind_{option.value}"] = float(kind is option)
        vector = [own[name] for name in OWN_NAMES]
        for side in (index - 1, index + 1):
            if 0 <= side < n:
                other = surfaces[side]
                vector.extend(other[name] for name in _NEIGHBOUR[:-1])
                vector.append(float(blocks[side].kind is BlockKind.SITE_TEXT))
            else:
                vector.extend([0.0] * (len(_NEIGHBOUR) - 1) + [-1.0])
        out.append(vector)
    return out
