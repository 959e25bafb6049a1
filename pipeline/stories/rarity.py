"""A prior of Dutch word rarity, so the clusterer tells a rare name from a common word from the first article.

TF-IDF and how telling a name is (`evidence.name_weight`) come from the window's document
frequencies; a store starts empty (a new install, an evaluation), and over its first articles
every name looks rare. The prior is what share of news articles a term is expected in, from
general Dutch word frequencies (wordfreq, table built by scripts/build_rarity.py): blended in as
`prior_docs` pseudo-articles, it speaks for an empty window and fades as the window fills
(`pseudo_docs`). The name clash speaks from the first article while the prior does (`clash_docs`); the
names' second look (rescue), merge and meet still wait for `name_min_docs` articles of the window (see `settings`;
the theme look has no such wait). The table's frequencies
are wordfreq's (Robyn Speer; data CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/; see
data/README.md).

A missing or damaged table is logged once and the clusterer goes on without the prior (the window's
own frequencies, as with `prior_docs` 0): the prior only speaks for a window's first `prior_fade`
articles, and the clusterer is sound without it, so a broken install should not stop briefing.
"""

from __future__ import annotations

import gzip
import logging
import math
import re
import zlib
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("data") / "rarity_nl.tsv.gz"
WORDS = 200  # an article as this many draws of words: the median share of the development sets' terms and names
NAME_PREFIX = "@"  # names count in the document frequencies (and the table) as "@name"
NUMBER_PREFIX = "#"  # numbers ("#2027") are story terms the table has no frequency for ...
COMMON_NUMBER = 0.1  # ... a year, a short or a round number is as common as an everyday word ("gemeente" 0.09)
_COMMON_NUMBER = re.compile(r"#(?:(?:19|20)\d\d|.{1,3}|\d+000?)")  # 2027, 12, 2.5, 100, 2500, 40000

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _shares() -> dict[str, float] | None:
    """Each key of the table and the share of articles expected to hold it (a missing key: rare), or
    None when the table cannot be read (logged once: the result is cached)."""
    out: dict[str, float] = {}
    try:
        with gzip.open(TABLE, "rt", encoding="utf-8") as fh:
            for line in fh:
                key, _, zipf = line.rstrip("\n").partition("\t")
                out[key] = -math.expm1(-WORDS * 10 ** (float(zipf) - 9))  # 1 - P(none of WORDS words is it)
    except (OSError, EOFError, ValueError, zlib.error) as error:
        log.warning(
            "the rarity table %s is missing or damaged (%s): stories cluster without the prior of Dutch word "
            "rarity; reinstall dutch-brief, or rebuild it with `python scripts/build_rarity.py`",
            TABLE,
            type(error).__name__,
        )
        return None
    return out


def available() -> bool:
    """The table could be read (else the prior is off: see the module's docstring)."""
    return _shares() is not None


def share(term: str) -> float:
    """The share of news articles expected to hold `term` (a story term, or a name as "@name"). A
    name of several words, or a hyphenated word, is no more common than its rarest part ("@femke
    wiersma" as "@wiersma", "jumbo-visma" as "visma"); a word the table lacks is rare (as is every
    term when the table cannot be read; `frequencies` then leaves the prior out). The table has no
    numbers: a year ("#2027"), a number of up to three characters ("#12", "#2.5") or a round one
    ("#2500") is as common as an everyday word (`COMMON_NUMBER`: a year or a percentage two items
    share is no sign of one event), any other a specific figure ("#1250", "#48317": rare)."""
    if term.startswith(NUMBER_PREFIX):
        return COMMON_NUMBER if _COMMON_NUMBER.fullmatch(term) else 0.0
    shares = _shares() or {}
    found = shares.get(term)
    if found is not None or not (" " in term or "-" in term):
        return found or 0.0
    name = term.startswith(NAME_PREFIX)
    parts = [p for p in re.split(r"[ -]", term[1:] if name else term) if p]
    return min((shares.get(NAME_PREFIX + p if name else p, 0.0) for p in parts), default=0.0)


def pseudo_docs(count: int, prior_docs: float, fade: float) -> float:
    """How many pseudo-articles the prior counts as beside a window of `count` articles: `prior_docs`
    for an empty window, fewer as it fills, none from `fade` articles on (its own frequencies then
    speak for this stream's news: a story's subject grows common in the window however rare in Dutch)."""
    if fade <= 0:
        return prior_docs
    return prior_docs * max(0.0, 1.0 - count / fade)


def clash_docs(name_min_docs: int, prior_clash_docs: int, prior: float) -> int:
    """How many articles the window must hold before the name clash speaks: `name_min_docs` (its own idf says
    little before), or `prior_clash_docs` (the lower) while the prior speaks (`prior` pseudo-articles, the table
    read): general Dutch tells a rare place or person from a common word from the first article, and two fires
    in Tilburg and Rotterdam sharing only a fire's stock words are two events in a young store as in a full one."""
    if prior <= 0 or not available():
        return name_min_docs
    return min(name_min_docs, prior_clash_docs)


def frequencies(count: int, frequency: int, term: str, prior_docs: float) -> tuple[float, float]:
    """The window's article count and document frequency of `term` with `prior_docs` pseudo-articles added."""
    if prior_docs <= 0 or not available():
        return float(count), float(frequency)
    return count + prior_docs, frequency + prior_docs * share(term)
