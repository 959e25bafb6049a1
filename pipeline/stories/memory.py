"""`StoryStore` in memory: for tests, the evaluation and the benchmark (the catalog persists the same).

Bounded by the window: `evict(before)` forgets stories last seen before it, the document
frequencies and paragraph counts of days before it, and the articles and signatures of those days.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from pipeline.stories.shingles import NUM_PERM, SCHEME, SEED
from pipeline.stories.store import Signature, StoryMerge, StoryState

LSH_THRESHOLD = (
    0.1  # candidates for the check in `duplicates` (low: an excerpt of a copy has a low Jaccard with the whole)
)


class MemoryStoryStore:
    def __init__(self) -> None:
        self._next_id = 1
        self._stories: dict[int, StoryState] = {}
        self._postings: dict[str, set[int]] = defaultdict(set)
        self._article_story: dict[str, int] = {}
        self._article_day: dict[str, date] = {}
        self._df_days: dict[date, Counter[str]] = {}
        self._df: Counter[str] = Counter()
        self._docs_days: Counter[date] = Counter()
        self._para_days: dict[date, Counter[str]] = {}
        self._paras: Counter[str] = Counter()
        self._signatures: dict[str, tuple[str, datetime, array, int]] = {}  # compact: 4 bytes a value
        self._lsh = None
        self._lsh_lead = None
        self._evicted_before: datetime | None = None
        self.merges: list[StoryMerge] = []  # the record of merges: kept whole (the catalog's story_merges)

    # -- stories -----------------------------------------------------------------------------
    def next_story_id(self) -> int:
        story_id = self._next_id
        self._next_id += 1
        return story_id

    def story(self, story_id: int) -> StoryState | None:
        return self._stories.get(story_id)

    def stories(self) -> list[StoryState]:
        return [self._stories[k] for k in sorted(self._stories)]

    def save_story(self, state: StoryState) -> None:
        old = self._stories.get(state.story_id)
        self._stories[state.story_id] = state
        new_terms = state.centroid.keys() if old is None else state.centroid.keys() - old.centroid.keys()
        for term in new_terms:
            self._postings[term].add(state.story_id)

    def drop_story(self, story_id: int) -> None:
        state = self._stories.pop(story_id, None)
        if state is not None:
            self._unindex(state)

    def _unindex(self, state: StoryState) -> None:
        for term in state.centroid:
            ids = self._postings.get(term)
            if ids is not None:
                ids.discard(state.story_id)
                if not ids:
                    del self._postings[term]

    def candidates(self, terms: Mapping[str, int], since: datetime, limit: int) -> list[int]:
        """Stories last seen at or after `since` sharing the most weight of `terms` (ties: lower id first)."""
        hits: Counter[int] = Counter()
        for term, weight in terms.items():
            for story_id in self._postings.get(term, ()):
                hits[story_id] += weight
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
        out: list[int] = []
        for story_id, _ in ranked:
            if self._stories[story_id].last_seen >= since:
                out.append(story_id)
                if len(out) >= limit:
                    break
        return out

    def record_merge(self, merge: StoryMerge) -> None:
        self.merges.append(merge)

    # -- articles ----------------------------------------------------------------------------
    def article_story(self, article_id: str) -> int | None:
        return self._article_story.get(article_id)

    def set_article_story(self, article_id: str, story_id: int, day: date) -> None:
        self._article_story[article_id] = story_id
        self._article_day[article_id] = day

    def move_articles(self, article_ids: Iterable[str], story_id: int) -> None:
        for article_id in article_ids:
            if article_id in self._article_story:
                self._article_story[article_id] = story_id

    # -- document frequencies ----------------------------------------------------------------
    def document_count(self) -> int:
        return sum(self._docs_days.values())

    def document_frequency(self, term: str) -> int:
        return self._df.get(term, 0)

    def add_document(self, terms: Iterable[str], day: date) -> None:
        bucket = self._df_days.setdefault(day, Counter())
        for term in set(terms):
            bucket[term] += 1
            self._df[term] += 1
        self._docs_days[day] += 1

    # -- wire copy ---------------------------------------------------------------------------
    def paragraph_seen(self, key: str) -> int:
        return self._paras.get(key, 0)

    def add_paragraphs(self, keys: Iterable[str], day: date) -> None:
        bucket = self._para_days.setdefault(day, Counter())
        for key in set(keys):
            bucket[key] += 1
            self._paras[key] += 1

    def _indexes(self) -> list:
        """The LSH index of the bodies' MinHash and the one of the leads' (see `Signature`)."""
        if self._lsh is None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
            self._lsh_lead = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        return [self._lsh, self._lsh_lead]

    def add_signature(self, signature: Signature) -> None:
        if signature.article_id in self._signatures:
            return
        values = array("I", signature.values)
        self._signatures[signature.article_id] = (signature.outlet, signature.published, values, signature.shingles)
        for index, part in zip(self._indexes(), _halves(signature.values)):
            index.insert(signature.article_id, part)

    def similar_signatures(self, signature: Signature) -> list[Signature]:
        if not self._signatures:
            return []
        found: set[str] = set()
        for index, part in zip(self._indexes(), _halves(signature.values)):
            found.update(index.query(part))
        found.discard(signature.article_id)
        return self.signatures(sorted(found))

    def signatures(self, article_ids: Sequence[str]) -> list[Signature]:
        out = []
        for key in sorted(set(article_ids)):
            entry = self._signatures.get(key)
            if entry is not None:
                outlet, published, values, shingles = entry
                out.append(Signature(key, outlet, published, tuple(values), shingles))
        return out

    # -- the window --------------------------------------------------------------------------
    def evict(self, before: datetime) -> None:
        # the window moves by the hour: evicting on every article would cost a scan of the window each time
        if self._evicted_before is not None and (before - self._evicted_before).total_seconds() < 3600:
            return
        self._evicted_before = before
        for story_id in [k for k, s in self._stories.items() if s.last_seen < before]:
            self.drop_story(story_id)
        cutoff = before.date()
        for day in [d for d in self._df_days if d < cutoff]:
            _forget(self._df, self._df_days.pop(day))
            del self._docs_days[day]
        for day in [d for d in self._para_days if d < cutoff]:
            _forget(self._paras, self._para_days.pop(day))
        for article_id in [a for a, d in self._article_day.items() if d < cutoff]:
            del self._article_day[article_id]
            entry = self._signatures.pop(article_id, None)
            if entry is not None:
                for index, _ in zip(self._indexes(), _halves(entry[2])):
                    index.remove(article_id)
            self._article_story.pop(article_id, None)

    def size(self) -> dict[str, int]:
        """How much the store holds (the benchmark shows it does not grow beyond the window)."""
        return {
            "stories": len(self._stories),
            "articles": len(self._article_story),
            "terms": len(self._df),
            "postings": sum(len(v) for v in self._postings.values()),
            "signatures": len(self._signatures),
            "paragraphs": len(self._paras),
        }


def _halves(values: Sequence[int]) -> list:
    """The body's MinHash and, when the signature has one, the lead's (as datasketch LeanMinHash)."""
    from datasketch import LeanMinHash

    return [
        LeanMinHash(seed=SEED, hashvalues=list(values[start : start + NUM_PERM]), scheme=SCHEME)
        for start in range(0, len(values) - NUM_PERM + 1, NUM_PERM)
    ]


def _forget(total: Counter[str], day: Counter[str]) -> None:
    """Subtract a day's counts, dropping what falls to zero (the window's counts never keep old keys)."""
    for key, count in day.items():
        left = total[key] - count
        if left > 0:
            total[key] = left
        else:
            del total[key]
