"""Which briefs and failures belong to which day: the day's digest is a query. One truth per
article per day: an article briefed that day is listed as briefed, never also as failed; an
article that failed is listed once, with its latest reason. Entries keep the order they came in.

Whoever briefed it: an article briefed on the day (Amsterdam's, `times.READER_ZONE`) that no day lists yet —
briefed by hand (`brief FILE`, `brief URL`), so the daily run found it done and listed nothing — joins the day
when its digest is written, after the run's own entries (`_unlisted`): the day's digest counts the day's
briefed articles, not only those the run briefed itself. A day lists each article once, on one day: the first
listing wins — a brief that another day took in while its run was still going (a backfill run for another day
beside today's) stays on that day, and a brief whose article (content hash) a day lists already under another
key — re-briefed after a new STRUCTURE_VERSION, by hand or by the daily run — is not listed again."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from pipeline.addresses import page_of
from pipeline.catalog.articles import BRIEFED
from pipeline.catalog.connection import Catalog
from pipeline.catalog.schema import articles, day_briefs, day_failures
from pipeline.catalog.upsert import upsert
from pipeline.digest_document import DigestEntry, DigestFailure
from pipeline.times import reader_day_start

# pg_advisory_xact_lock key of the days' listings: on PostgreSQL (read committed) two runs' transactions — a backfill
# for another day beside today's — would each find a brief listed nowhere and both list it; SQLite's write
# transactions (BEGIN IMMEDIATE) take one at a time already
_DAYS_LOCK = 4_181_527


def add_to_day(
    catalog: Catalog, day: str, entries: list[DigestEntry], failures: list[DigestFailure]
) -> tuple[list[DigestEntry], list[DigestFailure]]:
    """Add this run's entries (by cache key: the first one wins, on any day) and failures (by source: the
    latest reason wins) to `day`; returns the day's entries and failures, all runs together."""
    when = date.fromisoformat(day)
    rows = [{"day": when, "brief_key": e.key, "source_name": e.source_name} for e in entries]

    listed = [_article_of(entry) for entry in entries]  # written by the build path already; if not, as the run saw it

    def write(connection: Connection) -> tuple[list[DigestEntry], list[DigestFailure]]:
        _lock(connection)  # before the articles' rows: the first listing wins across runs too
        upsert(connection, articles, listed, ["brief_key"], [])
        _list_first(connection, rows)
        upsert(connection, day_briefs, _unlisted(connection, when), ["day", "brief_key"], [])
        _upsert_failures(connection, when, failures)
        return _day(connection, when)

    return catalog.write(write)


def note_failures(catalog: Catalog, day: str, failures: Sequence[DigestFailure], pages: Sequence[str]) -> None:
    """Failures of a run outside the daily flow (`brief URL`, `brief FILE`, `brief feeds poll`) listed under `day` as
    the flow lists its own (by source: the latest reason wins), and the day's failures of the web `pages` (by address,
    tracking parameters aside; a local file by its file:// address: briefed now) taken off, in one write — and no write at all (no write lock: a `brief URL` cache
    hit does not wait behind a daily run) when there is nothing to add and the day lists no failure of `pages`."""
    when = date.fromisoformat(day)
    wanted = {page_of(page) or page for page in pages}  # a local file by its file:// address (user50)

    def listed(connection: Connection) -> list[int]:
        query = select(day_failures.c.id, day_failures.c.source_name).where(day_failures.c.day == when)
        return [row_id for row_id, name in connection.execute(query) if (page_of(name) or name) in wanted]

    def write(connection: Connection) -> None:
        _upsert_failures(connection, when, failures)
        gone = listed(connection) if wanted else []
        if gone:
            connection.execute(day_failures.delete().where(day_failures.c.id.in_(gone)))

    if failures or (wanted and catalog.read(listed)):
        catalog.write(write)


def failure_listed(catalog: Catalog, day: str, names: Sequence[str]) -> bool:
    """Whether `day` lists a failure of one of `names` (a file's address: pipeline.catalog.hitread's query)."""
    when, wanted = date.fromisoformat(day), list(names)
    query = select(day_failures.c.id).where(day_failures.c.day == when, day_failures.c.source_name.in_(wanted)).limit(1)
    return bool(names) and catalog.read(lambda connection: connection.execute(query).first() is not None)


def _upsert_failures(connection: Connection, when: date, failures: Sequence[DigestFailure]) -> None:
    """The failures listed under `when`, by source: the latest reason wins."""
    rows = {f.source_name: {"day": when, "source_name": f.source_name, "message": f.message} for f in failures}
    upsert(connection, day_failures, list(rows.values()), ["day", "source_name"], ["message"])


def list_written(connection: Connection, day: str, brief_key: str, source_name: str) -> None:
    """A brief just written under the `day` setting (`brief FILE --day`, `brief feeds poll --day`, a daily run
    given its day), listed under that day inside the write path's transaction (pipeline.storydesk.join): without
    it, a brief by hand joins the digest of the day it was briefed on (`_unlisted`). The first listing wins."""
    _lock(connection)
    _list_first(connection, [{"day": date.fromisoformat(day), "brief_key": brief_key, "source_name": source_name}])


def list_cached(catalog: Catalog, day: str, keys: Sequence[str]) -> list[str]:
    """Briefs a run under the `day` setting found cached (`brief FILE --day D` on a file briefed before), listed
    under `day` as a brief written would be (`list_written`): D's digest shows what the run briefed, cached or
    not. The first listing wins — a brief another day lists (or whose article it lists) stays there; one listed
    nowhere yet joins D, even if it was briefed by hand on another day (that day's digest would have taken it in
    as unlisted: the day given wins). Returns the keys D lists now and did not before."""
    when = date.fromisoformat(day)

    def write(connection: Connection) -> list[str]:
        _lock(connection)
        query = select(articles.c.brief_key, articles.c.source).where(
            articles.c.brief_key.in_(list(keys)), articles.c.status == BRIEFED
        )
        found = dict(connection.execute(query).all())  # a brief the catalog has no row of is no day's entry
        on_day = select(day_briefs.c.brief_key).where(day_briefs.c.day == when, day_briefs.c.brief_key.in_(list(found)))
        before = set(connection.execute(on_day).scalars())
        _list_first(
            connection, [{"day": when, "brief_key": key, "source_name": source} for key, source in found.items()]
        )
        after = set(connection.execute(on_day).scalars())
        return [key for key in keys if key in after - before]

    return catalog.write(write) if keys else []


def days_listing(catalog: Catalog, keys: Sequence[str]) -> dict[str, str]:
    """The day (ISO) each of `keys` is listed under, for those a day lists."""
    if not keys:
        return {}
    query = select(day_briefs.c.brief_key, day_briefs.c.day).where(day_briefs.c.brief_key.in_(list(keys)))
    return catalog.read(lambda connection: {key: day.isoformat() for key, day in connection.execute(query)})


def _lock(connection: Connection) -> None:
    """The days' listings one transaction at a time (`_DAYS_LOCK`; SQLite's write transactions are already)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _DAYS_LOCK})


def _list_first(connection: Connection, rows: Sequence[dict]) -> None:
    """Each row (day, brief_key, source_name) listed under its day, in order, unless a day lists it elsewhere already
    or lists its article under another key — a row listed just before included: the first listing wins. The caller
    holds the lock (`_lock`)."""
    for row in rows:
        if row["brief_key"] not in _listed_elsewhere(connection, row["day"], [row["brief_key"]]):
            upsert(connection, day_briefs, [row], ["day", "brief_key"], [])


def _unlisted(connection: Connection, when: date) -> list[dict]:
    """The day's rows of the articles briefed on `when` in Amsterdam that no day lists (briefed by hand), in
    the order they were briefed — the first of an article's keys only, none of an article a day lists."""
    start, end = reader_day_start(when), reader_day_start(when + timedelta(days=1))
    query = (
        select(articles.c.brief_key, articles.c.source, articles.c.content_hash)
        .where(
            articles.c.status == BRIEFED,
            articles.c.briefed_at >= start,
            articles.c.briefed_at < end,
            articles.c.brief_key.not_in(select(day_briefs.c.brief_key)),
        )
        .order_by(articles.c.briefed_at, articles.c.id)
    )
    found = connection.execute(query).all()
    seen = _listed_contents(connection, {content for _, _, content in found if content})
    rows = []
    for key, source, content in found:
        if content not in seen:
            rows.append({"day": when, "brief_key": key, "source_name": source})
        if content:  # an article without a content hash is listed under each key
            seen.add(content)
    return rows


def _listed_elsewhere(connection: Connection, when: date, keys: list[str]) -> set[str]:
    """Which of `keys` a day other than `when` lists already, or whose article a day lists under another key."""
    if not keys:
        return set()
    query = select(day_briefs.c.brief_key).where(day_briefs.c.brief_key.in_(keys), day_briefs.c.day != when)
    elsewhere = set(connection.execute(query).scalars())
    query = select(articles.c.brief_key, articles.c.content_hash).where(articles.c.brief_key.in_(keys))
    contents = {key: content for key, content in connection.execute(query) if content}
    listed = _listed_contents(connection, set(contents.values()), besides=keys)
    return elsewhere | {key for key, content in contents.items() if content in listed}


def _listed_contents(connection: Connection, contents: set[str], besides: Sequence[str] = ()) -> set[str]:
    """Which of the content hashes a day lists, under a key not in `besides`."""
    if not contents:
        return set()
    query = (
        select(articles.c.content_hash)
        .join(day_briefs, day_briefs.c.brief_key == articles.c.brief_key)
        .where(articles.c.content_hash.in_(sorted(contents)), articles.c.brief_key.not_in(list(besides)))
    )
    return set(connection.execute(query).scalars())


def _article_of(entry: DigestEntry) -> dict:
    return {
        "brief_key": entry.key,
        "brief_file": entry.brief,
        "source": entry.source_name,
        "content_hash": "",
        "title": entry.title,
        "summary": entry.summary,
        "briefed_at": datetime.now(UTC),
    }


def day_digest(catalog: Catalog, day: str) -> tuple[list[DigestEntry], list[DigestFailure]]:
    """The day's entries and failures so far."""
    return catalog.read(lambda connection: _day(connection, date.fromisoformat(day)))


def _day(connection: Connection, when: date) -> tuple[list[DigestEntry], list[DigestFailure]]:
    query = (
        select(
            articles.c.title,
            articles.c.summary,
            articles.c.brief_file,
            day_briefs.c.source_name,
            articles.c.brief_key,
            articles.c.page,
        )
        .join(articles, articles.c.brief_key == day_briefs.c.brief_key)
        .where(day_briefs.c.day == when)
        .order_by(day_briefs.c.id)
    )
    rows = list(connection.execute(query))
    entries = [DigestEntry(t or "", s or "", f, n, k) for t, s, f, n, k, _ in rows]
    # a failure gives way to a later brief of it: a file by its name, a web page by its address (a feed entry's
    # failure names its link, its brief host and path: review48)
    briefed = {entry.source_name for entry in entries} | {page for *_, page in rows if page}
    query = select(day_failures.c.source_name, day_failures.c.message).where(day_failures.c.day == when)
    failed = [DigestFailure(n, m) for n, m in connection.execute(query.order_by(day_failures.c.id))]
    return entries, [f for f in failed if f.source_name not in briefed and page_of(f.source_name) not in briefed]


def listed_days(catalog: Catalog) -> list[str]:
    """Every day that lists a brief or a failure, oldest first."""

    def read(connection: Connection) -> list[str]:
        found = {row[0] for row in connection.execute(select(day_briefs.c.day).distinct())}
        found |= {row[0] for row in connection.execute(select(day_failures.c.day).distinct())}
        return sorted(day.isoformat() for day in found)

    return catalog.read(read)
