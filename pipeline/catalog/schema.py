"""The catalog's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL. Changed only together
with a migration in pipeline/catalog/migrations/versions/ (tests compare the two).

Designed for what comes next: articles carry the columns a story grouping needs (story_id,
duplicate_of, features), stories merge into one another with a record of each merge, and
outlet_lines lets a template-line detector count the lines an outlet repeats across articles.
Times are UTC; a day is the ISO date the run was for."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

metadata = MetaData()
Id = BigInteger().with_variant(Integer(), "sqlite")  # SQLite: INTEGER PRIMARY KEY is the rowid
When = DateTime(timezone=True)
HASH = 64  # hex sha256

stories = Table(
    "stories",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("title", Text),
    Column("summary", Text),
    Column("first_seen", When, nullable=False),
    Column("last_seen", When, nullable=False),
    Column("merged_into", Id, ForeignKey("stories.id"), nullable=True),
    Column("state", JSON, nullable=True),  # the clusterer's StoryState (pipeline.storydesk.codec)
    Column("summary_key", String(HASH), nullable=True),  # of the summary's input: summarized again when it changes
    Column("summary_notes", JSON, nullable=True),  # numbers its summary prints that its articles do not
    Index("ix_stories_last_seen", "last_seen"),
)

story_merges = Table(
    "story_merges",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("from_story", Id, ForeignKey("stories.id"), nullable=False),
    Column("into_story", Id, ForeignKey("stories.id"), nullable=False),
    Column("at", When, nullable=False),
    Column("by_brief_key", String(HASH), nullable=True),  # the article whose arrival showed the two are one
    Column("score", Float, nullable=True),  # how alike the two stories were then (ClusterSettings.merge_*)
)

articles = Table(
    "articles",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("brief_key", String(HASH), nullable=False, unique=True),  # the cache key, named in the brief
    Column("brief_file", String(400), nullable=False),  # file name in OUT
    Column("source", Text, nullable=False),  # file name or page URL the article was read from
    Column("url", Text),  # the Dutch original on the web
    Column("outlet", Text),
    Column("published", String(100)),  # as the source writes it
    Column("published_at", When),  # parsed, when it parses
    Column("content_hash", String(HASH), nullable=False),  # of the normalised article text
    Column("title", Text),  # English
    Column("source_title", Text),  # Dutch
    Column("summary", Text),
    Column("source_format", String(20)),
    Column("status", String(20), nullable=False, server_default="briefed"),  # briefed | removed
    Column("briefed_at", When, nullable=False),
    Column("story_id", Id, ForeignKey("stories.id"), nullable=True),
    Column("duplicate_of", Id, ForeignKey("articles.id"), nullable=True),
    Column("features", JSON, nullable=True),  # per-article features for clustering (shingles, embedding, …)
    Column("story_published", When, nullable=True),  # the time the clusterer used (published, else briefed)
    Column("page", Text, nullable=True),  # the web page URL it was briefed from (None: a file): its versions share it
    Index("ix_articles_status_briefed_at", "status", "briefed_at"),
    Index("ix_articles_content_hash", "content_hash"),
    Index("ix_articles_story_id", "story_id"),
    Index("ix_articles_published_at", "published_at"),
    Index("ix_articles_page", "page", "briefed_at"),
)

hits = Table(  # the index of briefs by file bytes (pipeline.hits): read with stdlib sqlite3 on a cache hit
    "hits",
    metadata,
    Column("hit_key", String(HASH), primary_key=True),
    Column("brief_key", String(HASH), nullable=False),
    Column("brief_file", String(400), nullable=False),
    Column("warnings", Text, nullable=False, server_default="[]"),  # JSON list
    Column("recorded_at", When, nullable=False),
    Index("ix_hits_brief_key", "brief_key"),
)

feeds = Table(
    "feeds",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("url", String(2000), nullable=False, unique=True),  # as configured
    Column("current_url", Text, nullable=False),  # after permanent redirects
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_poll", When),
    Column("last_status", String(20)),  # new | not modified | gone | error
    Column("error", Text),
    Column("gone", Boolean, nullable=False, server_default=false()),
    Column("listed_at", When),  # when its entries were last read (a 200 answer)
    Column("not_read", Integer, nullable=True),  # items after the first a poll reads (0005): cut off, not read
)

feed_entries = Table(
    "feed_entries",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("feed_id", Id, ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    Column("key_hash", String(HASH), nullable=False),  # sha256 of the guid (else link): any length indexes
    Column("entry_key", Text, nullable=False),  # guid, else link
    Column("link", Text),
    Column("fingerprint", String(HASH), nullable=False),  # of the entry when it was last handled
    Column("brief_file", String(400)),  # its newest brief
    Column("content_hash", String(100)),
    Column("error", Text),  # bad input: not tried again until the entry changes
    Column("retry_until", When),  # a page that answered 404: asked again until then (0009)
    Column("retry_asked", When),  # ... when it was last asked (0009)
    Column("first_seen", When, nullable=False),
    Column("last_seen", When, nullable=False),  # the last poll that found it in its feed
    UniqueConstraint("feed_id", "key_hash", name="uq_feed_entries_feed_key"),
    Index("ix_feed_entries_feed_last_seen", "feed_id", "last_seen"),
)

failures = Table(  # inbox files that failed for a permanent reason (bad input)
    "failures",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("content_hash", String(HASH), nullable=False),  # of the file's bytes
    Column("settings_hash", String(32), nullable=False),
    Column("source_name", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("first_seen", String(10), nullable=False),  # ISO day
    UniqueConstraint("content_hash", "settings_hash", name="uq_failures_ident"),
)

day_briefs = Table(  # the briefs a day's digest lists, in the order they came
    "day_briefs",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("day", Date, nullable=False),
    Column("brief_key", String(HASH), nullable=False),
    Column("source_name", Text, nullable=False),
    UniqueConstraint("day", "brief_key", name="uq_day_briefs_day_key"),
    Index("ix_day_briefs_brief_key", "brief_key"),  # is a brief listed on another day (catalog.days)
)

day_failures = Table(  # what failed on a day (its latest reason), until it is briefed that day
    "day_failures",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("day", Date, nullable=False),
    Column("source_name", String(1000), nullable=False),
    Column("message", Text, nullable=False),
    UniqueConstraint("day", "source_name", name="uq_day_failures_day_source"),
)

outlet_lines = Table(  # lines an outlet repeats across articles: what a template-line detector counts
    "outlet_lines",
    metadata,
    Column("outlet", String(300), primary_key=True),
    Column("line_hash", String(HASH), primary_key=True),
    Column("article_id", Id, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, autoincrement=False),
    Column("seen_on", Date, nullable=False),
    Index("ix_outlet_lines_article", "article_id"),
)

# the story clusterer's window (pipeline.storydesk.store): counts by day, an index of stories' terms,
# wire-copy signatures with their LSH bands. Days before the window are deleted.
story_counts = Table(  # document frequencies ("t:" term), paragraph counts ("p:" key), documents ("#")
    "story_counts",
    metadata,
    Column("day", Date, primary_key=True),
    Column("key", String(400), primary_key=True),
    Column("count", Integer, nullable=False),
    Index("ix_story_counts_key", "key"),
)

story_terms = Table(  # the inverted index of stories' centroid terms (candidates)
    "story_terms",
    metadata,
    Column("term", String(400), primary_key=True),
    Column("story_id", Id, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True, autoincrement=False),
    Index("ix_story_terms_story", "story_id"),
)

story_signatures = Table(  # MinHash signatures of the window's articles
    "story_signatures",
    metadata,
    Column("article_key", String(HASH), primary_key=True),
    Column("outlet", Text, nullable=False),
    Column("published", When, nullable=False),
    Column("shingles", Integer, nullable=False),
    Column("minhash", JSON, nullable=False),
    Column("day", Date, nullable=False),
    Index("ix_story_signatures_day", "day"),
)

story_bands = Table(  # LSH bands of the signatures (candidates for the wire-copy check)
    "story_bands",
    metadata,
    Column("band", String(40), primary_key=True),
    Column("article_key", String(HASH), primary_key=True),
    Column("day", Date, nullable=False),
    Index("ix_story_bands_day", "day"),
)

deliveries = Table(  # the last briefing each recipient got (pipeline.catalog.delivery)
    "deliveries",
    metadata,
    Column("recipient_hash", String(HASH), primary_key=True),  # sha256 of the address or URL (URLs hold tokens)
    Column("day", String(10), nullable=False),  # ISO day of the briefing
    Column("digest", String(HASH), nullable=False),  # of the message sent
    Column("sent_at", When, nullable=False),
)

delivery_owed = Table(  # a recipient that never got a briefing: the day of its first failed send (0006)
    "delivery_owed",
    metadata,
    Column("recipient_hash", String(HASH), primary_key=True),
    Column("day", String(10), nullable=False),  # ISO day of the briefing it failed to get
    Column("failed_at", When, nullable=False),
)

watch_notices = Table(  # the stories each watchlist has notified about
    "watch_notices",
    metadata,
    Column("watch", String(200), primary_key=True),
    Column("story_id", String(200), primary_key=True),
    Column("articles", Integer, nullable=False),  # how many the story had when the last message went out
    Column("notified_at", When, nullable=False),
)
