"""Word shingles and MinHash signatures (datasketch) for wire-copy detection."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from pipeline.stories.lexicon import NUMBER_WORDS
from pipeline.stories.terms import normalise_number

SHINGLE_WORDS = 4  # wire copy with small edits keeps most 4-word runs; different texts share few
NUM_PERM = 128
SEED = 1  # fixed: the same text has the same signature in every process
SCHEME = "affine32"  # datasketch's hashing scheme (named: signatures are kept across versions)


APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})  # one site's AED’s is another's AED's


def _word(token: str) -> str:
    """A shingle's word: a number word as digits, "4.000" as "4000", "6,5" as "6.5", a typographic
    apostrophe as a plain one."""
    if token[:1].isdigit():
        return normalise_number(token)
    return NUMBER_WORDS.get(token, token).translate(APOSTROPHES)


def shingles(paragraphs: Iterable[Sequence[str]], size: int = SHINGLE_WORDS) -> set[bytes]:
    """The word shingles of the given paragraphs (a shingle never spans two paragraphs; numbers
    normalised, see `_word`). A paragraph shorter than `size` words is one shingle."""
    out: set[bytes] = set()
    for para in paragraphs:
        if not para:
            continue
        words = [_word(w) for w in para]
        if len(words) < size:
            out.add(" ".join(words).encode())
            continue
        for i in range(len(words) - size + 1):
            out.add(" ".join(words[i : i + size]).encode())
    return out


@lru_cache(maxsize=1)
def _permutations():
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def minhash_values(items: set[bytes]) -> tuple[int, ...]:
    """The MinHash of a shingle set (datasketch, `NUM_PERM` permutations, fixed seed)."""
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    if items:
        mh.update_batch(sorted(items))
    return tuple(int(v) for v in mh.hashvalues)


def estimated_jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    if len(a) != len(b) or not a:
        return 0.0
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)


def smaller_inside(jaccard: float, a: int, b: int) -> float:
    """The share of the smaller of two shingle sets (sizes `a`, `b`) inside the larger, from their Jaccard:
    |A∩B| = J(|A|+|B|)/(1+J)."""
    if jaccard <= 0 or min(a, b) <= 0:
        return 0.0
    return min(1.0, jaccard * (a + b) / (1 + jaccard) / min(a, b))
