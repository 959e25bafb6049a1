"""The first catalog: articles, the hit index, feeds and their entries, known failures, days;
stories, story merges and outlet lines for what comes next.

Revision ID: 0001
Revises:
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
When = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("title", sa.Text()),
        sa.Column("summary", sa.Text()),
        sa.Column("first_seen", When, nullable=False),
        sa.Column("last_seen", When, nullable=False),
        sa.Column("merged_into", Id, sa.ForeignKey("stories.id"), nullable=True),
    )
    op.create_table(
        "story_merges",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("from_story", Id, sa.ForeignKey("stories.id"), nullable=False),
        sa.Column("into_story", Id, sa.ForeignKey("stories.id"), nullable=False),
        sa.Column("at", When, nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("brief_key", sa.String(64), nullable=False, unique=True),
        sa.Column("brief_file", sa.String(400), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("url", sa.Text()),
        sa.Column("outlet", sa.Text()),
        sa.Column("published", sa.String(100)),
        sa.Column("published_at", When),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("source_title", sa.Text()),
        sa.Column("summary", sa.Text()),
        sa.Column("source_format", sa.String(20)),
        sa.Column("status", sa.String(20), nullable=False, server_default="briefed"),
        sa.Column("briefed_at", When, nullable=False),
        sa.Column("story_id", Id, sa.ForeignKey("stories.id"), nullable=True),
        sa.Column("duplicate_of", Id, sa.ForeignKey("articles.id"), nullable=True),
        sa.Column("features", sa.JSON(), nullable=True),
    )
    op.create_index("ix_articles_status_briefed_at", "articles", ["status", "briefed_at"])
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_story_id", "articles", ["story_id"])
    op.create_index("ix_articles_published_at", "articles", ["published_at"])
    op.create_table(
        "hits",
        sa.Column("hit_key", sa.String(64), primary_key=True),
        sa.Column("brief_key", sa.String(64), nullable=False),
        sa.Column("brief_file", sa.String(400), nullable=False),
        sa.Column("warnings", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("recorded_at", When, nullable=False),
    )
    op.create_index("ix_hits_brief_key", "hits", ["brief_key"])
    op.create_table(
        "feeds",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("url", sa.String(2000), nullable=False, unique=True),
        sa.Column("current_url", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("last_poll", When),
        sa.Column("last_status", sa.String(20)),
        sa.Column("error", sa.Text()),
        sa.Column("gone", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("listed_at", When),
    )
    op.create_table(
        "feed_entries",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("feed_id", Id, sa.ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("entry_key", sa.Text(), nullable=False),
        sa.Column("link", sa.Text()),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("brief_file", sa.String(400)),
        sa.Column("content_hash", sa.String(100)),
        sa.Column("error", sa.Text()),
        sa.Column("first_seen", When, nullable=False),
        sa.Column("last_seen", When, nullable=False),
        sa.UniqueConstraint("feed_id", "key_hash", name="uq_feed_entries_feed_key"),
    )
    op.create_index("ix_feed_entries_feed_last_seen", "feed_entries", ["feed_id", "last_seen"])
    op.create_table(
        "failures",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("settings_hash", sa.String(32), nullable=False),
        sa.Column("source_name", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.String(10), nullable=False),
        sa.UniqueConstraint("content_hash", "settings_hash", name="uq_failures_ident"),
    )
    op.create_table(
        "day_briefs",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("brief_key", sa.String(64), nullable=False),
        sa.Column("source_name", sa.Text(), nullable=False),
        sa.UniqueConstraint("day", "brief_key", name="uq_day_briefs_day_key"),
    )
    op.create_table(
        "day_failures",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("source_name", sa.String(1000), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.UniqueConstraint("day", "source_name", name="uq_day_failures_day_source"),
    )
    op.create_table(
        "outlet_lines",
        sa.Column("outlet", sa.String(300), primary_key=True),
        sa.Column("line_hash", sa.String(64), primary_key=True),
        sa.Column(
            "article_id", Id, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
        ),
        sa.Column("seen_on", sa.Date(), nullable=False),
    )
    op.create_index("ix_outlet_lines_article", "outlet_lines", ["article_id"])


def downgrade() -> None:
    for table in (
        "outlet_lines",
        "day_failures",
        "day_briefs",
        "failures",
        "feed_entries",
        "feeds",
        "hits",
        "articles",
        "story_merges",
        "stories",
    ):
        op.drop_table(table)
