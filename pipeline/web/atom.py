"""OUT/feed.xml: an Atom feed (feedgen) of the newest briefs — English title, summary, a link to the
Dutch source, the brief as content, the published date — for any feed reader. Which briefs: a
query of the catalog (whoever wrote them); what each says: its file. Written under a lock,
atomically."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

from pipeline.settings import BriefSettings
from pipeline.store.brief_files import BriefFile, read_brief_file
from pipeline.store.files import write_if_changed

__all__ = ["FEED_FILE", "BriefFile", "feed_id", "newest_briefs", "read_brief_file", "write_atom_feed", "xml_text"]

FEED_FILE = "feed.xml"
FEED_TITLE = "Dutch news in English (dutch-brief)"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # XML 1.0 has no such characters


def xml_text(value: object) -> str:
    """Text as XML can carry it (model output may hold control characters): those become U+FFFD."""
    return _NOT_XML.sub("\ufffd", str(value))


def feed_id(kind: str, out_dir: Path) -> str:
    """The id of one of OUT's Atom feeds (`kind`: feed, stories): the same for the same folder, run after
    run, but without the folder's path — a feed reader shows it, and where the briefs live on the
    operator's disk is nobody else's business."""
    digest = hashlib.sha256(out_dir.resolve().as_posix().encode("utf-8")).hexdigest()[:16]
    return f"urn:dutch-brief:{kind}:{digest}"


def newest_briefs(settings: BriefSettings, limit: int) -> list[BriefFile]:
    """The newest `limit` briefs the catalog lists, read from their files. A brief whose file is gone, or holds
    another key now, is marked removed in a SQLite catalog (it lives in this OUT) and the next one taken; in a
    PostgreSQL catalog it is only passed over — another machine's OUT may hold it, or a synced folder not yet
    (user47: two machines with their own OUT marked each other's briefs removed, and each feed.xml and
    `brief stories` lost them)."""
    from pipeline.catalog.articles import mark_removed, newest
    from pipeline.catalog.db import open_catalog

    catalog = open_catalog(settings)
    passed_over = 0
    while True:
        found, gone = [], []
        rows = newest(catalog, limit + passed_over)
        for row in rows:
            brief = read_brief_file(settings.out_dir / row.brief_file)
            if brief is None or brief.front.get("cache_key") != row.brief_key:
                gone.append(row.brief_key)
            else:
                found.append(brief)
        if not gone:
            return found
        if catalog.is_sqlite:
            mark_removed(catalog, gone)
        elif len(found) >= limit or len(rows) < limit + passed_over:
            return found[:limit]
        else:
            passed_over = len(gone)


def latest_versions(briefs: list[BriefFile]) -> list[BriefFile]:
    """`briefs` (newest first) without those a newer brief of the same page (source_url) replaced: a page that
    changed is briefed again, and a feed reader would show the article twice, the old version beside the new."""
    seen: set[object] = set()
    kept = []
    for brief in briefs:
        source = brief.front.get("source_url")
        if not source or source not in seen:
            kept.append(brief)
            seen.add(source)
    return kept


def write_atom_feed(settings: BriefSettings) -> Path:
    """(Re)write OUT/feed.xml from the newest `feed_entries` briefs (unless that changes nothing),
    under the catalog's feed.xml lock (two runs never write an older list over a newer one);
    returns its path."""
    from feedgen.feed import FeedGenerator

    from pipeline.catalog.db import catalog_lock, open_catalog

    out_dir = settings.out_dir
    with catalog_lock(open_catalog(settings), "feed-xml", settings.lock_timeout):
        # twice the entries read: the older versions of a changed page dropped, the feed still holds feed_entries
        briefs = latest_versions(newest_briefs(settings, 2 * settings.feed_entries))[: settings.feed_entries]
        generator = FeedGenerator()
        generator.id(feed_id("feed", out_dir))
        generator.title(FEED_TITLE)
        generator.author({"name": "dutch-brief (machine translation)"})
        generator.language("en")
        generator.subtitle("English briefs of Dutch news articles, machine-translated and summarized.")
        newest = [b.when("created_at") for b in briefs if b.when("created_at")]
        generator.updated(max(newest) if newest else datetime.now(UTC))
        for brief in reversed(briefs):  # feedgen puts the last added first
            _add_entry(generator, brief)
        path = out_dir / FEED_FILE
        text = generator.atom_str(pretty=True).decode("utf-8")
        write_if_changed(path, text)  # nothing new: the file is left alone
    return path


def _add_entry(generator, brief: BriefFile) -> None:
    created = brief.when("created_at") or datetime.now(UTC)
    entry = generator.add_entry()
    entry.id(f"urn:dutch-brief:brief:{brief.front.get('cache_key')}")
    entry.title(xml_text(brief.front.get("title") or brief.front.get("source_title") or brief.path.stem))
    entry.updated(created)
    entry.published(brief.when("published") or created)
    entry.summary(xml_text(brief.summary) if brief.summary else None)
    entry.content(xml_text(brief.body.strip()), type="text")
    source = brief.front.get("source_url")
    if isinstance(source, str) and source:
        entry.link(href=xml_text(source), rel="alternate", hreflang="nl", title="the Dutch original")
    if brief.front.get("author"):
        entry.author({"name": xml_text(brief.front["author"])})
