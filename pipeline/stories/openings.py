"""An article's opening for the wire-copy check (`duplicates`): the exact shingles of its first words.

MinHash estimates how much of a short text lies inside a long one roughly (a 20-shingle excerpt of a
200-shingle copy: a Jaccard near 0.05, estimated from 128 values). A copy shares its original's opening,
so the opening's shingles are kept whole, each as a 32-bit hash: the share of one opening inside another
is then exact. The opening is the first `words` words of the article's own paragraphs (boilerplate set
aside), without its last paragraph when it has several (a paragraph a site appends: a tip line, a plea);
it is kept in the signature after the MinHash of the body and of the lead, at most `MAX_HASHES` of them (so
a store that bands every `NUM_PERM` values never bands it), in reading order (`starts_inside`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from pipeline.stories.shingles import NUM_PERM, SHINGLE_WORDS, shingles

MAX_HASHES = NUM_PERM - 1


def first_words(paragraphs: Sequence[tuple[str, ...]], words: int) -> list[tuple[str, ...]]:
    """The first `words` words, paragraph by paragraph (a shingle never spans two)."""
    out: list[tuple[str, ...]] = []
    left = words
    for para in paragraphs:
        if left <= 0:
            break
        out.append(para[:left])
        left -= len(para)
    return out


def opening(paragraphs: Sequence[tuple[str, ...]], words: int) -> list[tuple[str, ...]]:
    """The first `words` words of the paragraphs (`first_words`), the last paragraph left out when there are
    several."""
    return first_words(paragraphs[:-1] if len(paragraphs) > 1 else paragraphs, words)


def opening_hashes(paragraphs: Sequence[tuple[str, ...]], words: int) -> tuple[int, ...]:
    """The 32-bit hashes of the opening's shingles in reading order, each once (at most `MAX_HASHES`)."""
    out: dict[int, None] = {}
    for para in opening(paragraphs, words):
        for shingle in _ordered_shingles(para):
            out.setdefault(_hash(shingle))
    return tuple(out)[:MAX_HASHES]


def hashes_around(para: tuple[str, ...], word: str) -> list[int]:
    """The hashes (as `opening_hashes` keeps them) of the paragraph's shingles that hold `word` (its parts, when
    hyphenated: `_windows` reads them apart)."""
    parts = {part for part in word.split("-") if part}
    return [_hash(s) for window in _windows(para) if parts & set(window) for s in shingles([window])]


def _hash(shingle: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(shingle, digest_size=4).digest(), "little")


def _ordered_shingles(para: tuple[str, ...]) -> list[bytes]:
    """A paragraph's shingles in reading order (the ones `shingles` makes of it: each window of
    `SHINGLE_WORDS` words is one, a shorter paragraph is one), a hyphenated word read as its parts (one site's
    "Notre-Dame" is another's "Notre Dame": blind32's AD cut of the Telegraaf's first report; the body's MinHash
    keeps the word whole)."""
    return [s for window in _windows(para) if window for s in shingles([window])]


def _windows(para: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The paragraph's windows of `SHINGLE_WORDS` words in reading order (a shorter paragraph is one), a hyphenated
    word read as its parts: the windows `_ordered_shingles` and `hashes_around` hash."""
    words = tuple(part for word in para for part in word.split("-") if part) or para
    return [words[i : i + SHINGLE_WORDS] for i in range(max(1, len(words) - SHINGLE_WORDS + 1))]


def opening_of(values: Sequence[int]) -> frozenset[int]:
    """The opening's hashes kept in a signature's values (none in one kept before openings were)."""
    return frozenset(values[2 * NUM_PERM :])


def starts_inside(a: Sequence[int], b: Sequence[int], count: int) -> bool:
    """Are the first `count` shingles of `b`'s opening all inside `a`'s, under a sentence of `a`'s own (its first
    shingle not in `b`'s opening; an opening too short for as many: no)? A text that keeps another's first
    sentence whole under one of its own adds an intro; a template filled in again changes that sentence (another
    road, another town) or keeps its stock first words and changes the next ("De waarschuwing geldt voor
    Limburg")."""
    start = tuple(b[2 * NUM_PERM : 2 * NUM_PERM + count])
    own = a[2 * NUM_PERM : 2 * NUM_PERM + 1]
    return len(start) == count and set(start) <= opening_of(a) and not set(own) <= opening_of(b)


def opening_share(a: Sequence[int], b: Sequence[int], minimum: int, shared: int = 0) -> float:
    """The share of the smaller opening (of signature values `a`, `b`) inside the other: 0 when the smaller
    has fewer than `minimum` shingles or the two share fewer than `shared`."""
    oa, ob = opening_of(a), opening_of(b)
    small, common = min(len(oa), len(ob)), len(oa & ob)
    if small < minimum or common < shared:
        return 0.0
    return common / small


def after_start_share(a: Sequence[int], b: Sequence[int], minimum: int) -> float:
    """The share inside the other opening of the smaller opening's shingles after its start (its first shingles
    that are all inside the other, in reading order): 1.0 when fewer than `minimum` follow the start (too few to
    tell). A copy whose first sentence was edited or added keeps more of the rest; two texts that open with one
    stock sentence (a council's "Het college ... heeft dinsdag", a warning over other news) go on apart."""
    small, other = (a, b) if len(a) <= len(b) else (b, a)
    hashes, inside = small[2 * NUM_PERM :], opening_of(other)
    start = shared_start(a, b)
    rest = hashes[start:]
    return 1.0 if len(rest) < minimum else len(set(rest) & inside) / len(set(rest))


def shared_start(a: Sequence[int], b: Sequence[int]) -> int:
    """How many of the smaller opening's first shingles, in reading order, lie inside the other opening (its start
    up to its first shingle of its own): a stock first sentence shares at most about a lead; a text cut from the
    other's first sentences, under an ending of its own, shares those sentences whole (`excerpt_check`)."""
    small, other = (a, b) if len(a) <= len(b) else (b, a)
    hashes, inside = small[2 * NUM_PERM :], opening_of(other)
    return next((i for i, h in enumerate(hashes) if h not in inside), len(hashes))


def inside_share(a: Sequence[int], b: Sequence[int]) -> float:
    """The share of `a`'s opening inside `b`'s (0 when `a` has none)."""
    oa = opening_of(a)
    return len(oa & opening_of(b)) / len(oa) if oa else 0.0


def ends_inside(a: Sequence[int], b: Sequence[int], gap: int | None = None) -> bool:
    """Is the last shingle of the smaller opening (in reading order) inside the other opening? A copy edited
    as it was cut keeps the end of its last sentence ("... een record voor juli"); a text that only shares a
    sentence with the other (a stock first sentence, a statement both quote) ends with one of its own. With `gap`:
    and at most that many shingles of its own just before the shared end (a re-worded start of the last sentence:
    blind16's 9, blind19's 5); a text that shares a sentence and closes with a stock line ("De politie is op zoek
    naar getuigen.", an agency's background line) has a sentence or two of its own before that line (19-24)."""
    small, other = (a, b) if len(a) <= len(b) else (b, a)
    inside = opening_of(other)
    if len(small) <= 2 * NUM_PERM or small[-1] not in inside:
        return False
    hashes = small[2 * NUM_PERM :]
    end = len(hashes)  # where the shared end starts
    while end and hashes[end - 1] in inside:
        end -= 1
    own = end  # where the text's own shingles before it start
    while own and hashes[own - 1] not in inside:
        own -= 1
    return gap is None or end - own <= gap


def opens_whole(a: Sequence[int], b: Sequence[int], minimum: int, shift: int) -> bool:
    """Is the smaller opening (of at least `minimum` shingles) all inside the other's first shingles, at most `shift`
    more than it has (a dateline or a word put before it)? A feed's flash of a headline and a sentence or two, too short
    for its lead to be compared (`copy_leads.leads_agree`), is then the opening of the other text."""
    small, other = (a, b) if len(a) <= len(b) else (b, a)
    hashes = small[2 * NUM_PERM :]
    if len(hashes) < minimum:
        return False
    return set(hashes) <= set(other[2 * NUM_PERM : 2 * NUM_PERM + len(hashes) + shift])
