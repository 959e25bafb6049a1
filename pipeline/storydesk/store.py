"""`CatalogStoryStore`: the clusterer's storage protocol (pipeline.stories.store.StoryStore) over
the catalog, on one connection inside the transaction that records the article.

Stories are rows of `stories` (their `StoryState` as JSON, pipeline.storydesk.codec); an article's
story is `articles.story_id`; the window's counts (document frequencies, paragraphs, documents) are
`story_counts` by day; candidates come from `story_terms`, an inverted index of the stories'
centroid terms; wire-copy signatures are `story_signatures`, found through their LSH bands in
`story_bands`. A story absorbed by a merge keeps its row (state cleared, `merged_into` set) and the
merge is a row of `story_merges`. `evict` deletes the counts, signatures and index entries of days
before the window: what the catalog keeps for clustering does not grow with the archive.
Within one transaction, values read are cached (the clusterer reads a document frequency per term).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TypeVar

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.engine import Connection

from pipeline.catalog.schema import (
    articles,
    stories,
    story_bands,
    story_counts,
    story_merges,
    story_signatures,
    story_terms,
)
from pipeline.catalog.upsert import insert_for
from pipeline.stories.evidence import NAME_PREFIX
from pipeline.stories.memory import LSH_THRESHOLD
from pipeline.stories.shingles import NUM_PERM
from pipeline.stories.store import Signature, StoryMerge, StoryState
from pipeline.storydesk.codec import from_json, to_json

T = TypeVar("T")
DOCS = "#"  # the key counting documents
CHUNK = 500  # IN lists are cut to this length
_evicted: dict[str, date] = {}  # per database: the last cutoff this process applied


@lru_cache(maxsize=1)
def lsh_bands() -> tuple[int, int]:
    """(bands, rows per band) datasketch's LSH picks for the in-memory store's threshold: the
    catalog finds the same candidates the memory store does."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def band_keys(values: Sequence[int]) -> list[str]:
    """The LSH band keys of a signature: of its body's MinHash, and of its lead's when it has one
    ("L" before the band number; see pipeline.stories.store.Signature)."""
    bands, rows = lsh_bands()
    keys = []
    for half, start in enumerate(range(0, len(values) - NUM_PERM + 1, NUM_PERM)):
        part, prefix = values[start : start + NUM_PERM], "L" * half
        keys += [f"{prefix}{b}:" + ".".join(str(v) for v in part[b * rows : (b + 1) * rows]) for b in range(bands)]
    return keys


def as_utc(value: datetime) -> datetime:
    return value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)


def _chunks(items: Sequence[T]) -> Iterable[list[T]]:
    for start in range(0, len(items), CHUNK):
        yield list(items[start : start + CHUNK])


class CatalogStoryStore:
    def __init__(self, connection: Connection) -> None:
        self.c = connection
        self._counts: dict[str, int] = {}
        self._stories: dict[int, StoryState | None] = {}
        self._next_id: int | None = None
        self.merges: list[StoryMerge] = []

    # -- stories -----------------------------------------------------------------------------
    def next_story_id(self) -> int:
        if self._next_id is None:
            self._next_id = int(self.c.execute(select(func.coalesce(func.max(stories.c.id), 0))).scalar_one()) + 1
        story_id, self._next_id = self._next_id, self._next_id + 1
        return story_id

    def story(self, story_id: int) -> StoryState | None:
        if story_id not in self._stories:
            data = self.c.execute(select(stories.c.state).where(stories.c.id == story_id)).scalar()
            self._stories[story_id] = from_json(StoryState, data) if data else None
        return self._stories[story_id]

    def save_story(self, state: StoryState) -> None:
        old = self.story(state.story_id)
        row = {
            "id": state.story_id,
            "first_seen": as_utc(state.first_seen),
            "last_seen": as_utc(state.last_seen),
            "state": to_json(state),
        }
        statement = insert_for(self.c, stories)
        statement = statement.on_conflict_do_update(
            index_elements=["id"], set_={k: statement.excluded[k] for k in ("first_seen", "last_seen", "state")}
        )
        self.c.execute(statement, [row])
        new_terms = sorted(state.centroid.keys() - (old.centroid.keys() if old else set()))
        if new_terms:
            terms = insert_for(self.c, story_terms).on_conflict_do_nothing(index_elements=["term", "story_id"])
            self.c.execute(terms, [{"term": t, "story_id": state.story_id} for t in new_terms])
        self._stories[state.story_id] = state

    def drop_story(self, story_id: int) -> None:
        self.c.execute(update(stories).where(stories.c.id == story_id).values(state=None))
        self.c.execute(delete(story_terms).where(story_terms.c.story_id == story_id))
        self._stories[story_id] = None

    def candidates(self, terms: Mapping[str, int], since: datetime, limit: int) -> list[int]:
        if not terms:
            return []
        shared = func.sum(case(dict(terms), value=story_terms.c.term, else_=0)).label("shared")
        query = (
            select(story_terms.c.story_id, shared)
            .join(stories, stories.c.id == story_terms.c.story_id)
            .where(story_terms.c.term.in_(list(terms)), stories.c.last_seen >= as_utc(since))
            .group_by(story_terms.c.story_id)
            .order_by(shared.desc(), story_terms.c.story_id)
            .limit(limit)
        )
        found = [int(r[0]) for r in self.c.execute(query)]
        self._load(found)
        # the clusterer weighs each candidate's headline actors (actors.clash): their counts in one query
        self.prime("t:" + NAME_PREFIX + a for i in found if (story := self._stories[i]) for a in story.actors)
        return found

    def _load(self, story_ids: Sequence[int]) -> None:
        """Read the states of the stories not read yet, in one query per chunk."""
        for chunk in _chunks(sorted(set(story_ids) - self._stories.keys())):
            rows = dict(self.c.execute(select(stories.c.id, stories.c.state).where(stories.c.id.in_(chunk))).all())
            self._stories.update((i, from_json(StoryState, rows[i]) if rows.get(i) else None) for i in chunk)

    def record_merge(self, merge: StoryMerge) -> None:
        self.c.execute(
            insert_for(self.c, story_merges).values(
                from_story=merge.absorbed,
                into_story=merge.kept,
                at=as_utc(merge.at),
                by_brief_key=merge.article_id,
                score=merge.score,
            )
        )
        self.c.execute(  # the absorbed story, and any absorbed into it before, now point at the kept one
            update(stories)
            .where((stories.c.id == merge.absorbed) | (stories.c.merged_into == merge.absorbed))
            .values(merged_into=merge.kept)
        )
        self.c.execute(  # every row of the absorbed story, a page's newer version (not in its clusterer state) too
            update(articles).where(articles.c.story_id == merge.absorbed).values(story_id=merge.kept)
        )
        self.merges.append(merge)

    # -- articles ----------------------------------------------------------------------------
    def article_story(self, article_id: str) -> int | None:
        found = self.c.execute(select(articles.c.story_id).where(articles.c.brief_key == article_id)).scalar()
        return int(found) if found is not None else None

    def set_article_story(self, article_id: str, story_id: int, day: date) -> None:
        self.c.execute(update(articles).where(articles.c.brief_key == article_id).values(story_id=story_id))

    def move_articles(self, article_ids: Iterable[str], story_id: int) -> None:
        for chunk in _chunks(list(article_ids)):
            self.c.execute(update(articles).where(articles.c.brief_key.in_(chunk)).values(story_id=story_id))

    # -- counts of the window ----------------------------------------------------------------
    def prime(self, keys: Iterable[str]) -> None:
        """Read the counts of `keys` ("t:term", "p:paragraph") in one query per chunk."""
        wanted = sorted(set(keys) - self._counts.keys())
        for chunk in _chunks(wanted):
            found = dict(
                self.c.execute(
                    select(story_counts.c.key, func.sum(story_counts.c.count))
                    .where(story_counts.c.key.in_(chunk))
                    .group_by(story_counts.c.key)
                ).all()
            )
            self._counts.update((k, int(found.get(k) or 0)) for k in chunk)

    def _count(self, key: str) -> int:
        if key not in self._counts:
            self.prime([key])
        return self._counts[key]

    def _add(self, keys: Iterable[str], day: date) -> None:
        keys = sorted(set(keys))
        for key in keys:
            self._counts[key] = self._count(key) + 1
        statement = insert_for(self.c, story_counts)
        statement = statement.on_conflict_do_update(
            index_elements=["day", "key"], set_={"count": story_counts.c.count + statement.excluded.count}
        )
        if keys:
            self.c.execute(statement, [{"day": day, "key": k, "count": 1} for k in keys])

    def document_count(self) -> int:
        return self._count(DOCS)

    def document_frequency(self, term: str) -> int:
        return self._count("t:" + term)

    def add_document(self, terms: Iterable[str], day: date) -> None:
        self._add([DOCS, *("t:" + t for t in terms)], day)

    def paragraph_seen(self, key: str) -> int:
        return self._count("p:" + key)

    def add_paragraphs(self, keys: Iterable[str], day: date) -> None:
        self._add(("p:" + k for k in keys), day)

    # -- wire copy ---------------------------------------------------------------------------
    def add_signature(self, signature: Signature) -> None:
        day = signature.published.date()
        row = {
            "article_key": signature.article_id,
            "outlet": signature.outlet,
            "published": as_utc(signature.published),
            "shingles": signature.shingles,
            "minhash": list(signature.values),
            "day": day,
        }
        self.c.execute(
            insert_for(self.c, story_signatures).on_conflict_do_nothing(index_elements=["article_key"]), [row]
        )
        bands = [{"band": b, "article_key": signature.article_id, "day": day} for b in band_keys(signature.values)]
        self.c.execute(
            insert_for(self.c, story_bands).on_conflict_do_nothing(index_elements=["band", "article_key"]), bands
        )

    def similar_signatures(self, signature: Signature) -> list[Signature]:
        keys = self.c.execute(
            select(story_bands.c.article_key).where(story_bands.c.band.in_(band_keys(signature.values))).distinct()
        ).scalars()
        return self.signatures(sorted({k for k in keys if k != signature.article_id}))

    def signatures(self, article_ids: Sequence[str]) -> list[Signature]:
        out = []
        for chunk in _chunks(sorted(set(article_ids))):
            query = select(story_signatures).where(story_signatures.c.article_key.in_(chunk))
            for row in self.c.execute(query).mappings():
                out.append(
                    Signature(
                        row["article_key"],
                        row["outlet"],
                        as_utc(row["published"]),
                        tuple(int(v) for v in row["minhash"]),
                        int(row["shingles"]),
                    )
                )
        return sorted(out, key=lambda s: s.article_id)

    # -- the window --------------------------------------------------------------------------
    def evict(self, before: datetime) -> None:
        cutoff = before.date()
        where = str(self.c.engine.url)
        if _evicted.get(where) == cutoff:
            return
        _evicted[where] = cutoff
        self.c.execute(delete(story_counts).where(story_counts.c.day < cutoff))
        self.c.execute(delete(story_signatures).where(story_signatures.c.day < cutoff))
        self.c.execute(delete(story_bands).where(story_bands.c.day < cutoff))
        old = select(stories.c.id).where(stories.c.last_seen < as_utc(before))
        self.c.execute(delete(story_terms).where(story_terms.c.story_id.in_(old)))
        self._counts.clear()
