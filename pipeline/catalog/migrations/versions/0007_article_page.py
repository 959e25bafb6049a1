"""The web page an article was briefed from, indexed: a page briefed again because it changed finds its earlier
brief by it (pipeline.storydesk.join.earlier_version). Before, that lookup read every article's JSON features on
every join — 255 ms a join with 15,000 articles in the catalog (benchmarks/page_versions.py). Filled here from
what the join recorded (`features.source`, else `articles.source`) for the rows briefed from http(s) URLs.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("page", sa.Text(), nullable=True))
        batch.create_index("ix_articles_page", ["page", "briefed_at"])
    rows = sa.table(
        "articles", sa.column("page", sa.Text()), sa.column("source", sa.Text()), sa.column("features", sa.JSON())
    )
    told = sa.func.coalesce(rows.c.features["source"].as_string(), rows.c.source)
    scheme = sa.func.lower(sa.func.substr(told, 1, 8))  # http(s) of any case, as pipeline.storydesk.pages.page_of
    op.execute(rows.update().where(sa.or_(scheme.like("http://%"), scheme.like("https://%"))).values(page=told))


def downgrade() -> None:
    # in place (ALTER TABLE … DROP COLUMN; SQLite >= 3.35 too): a batch copy of `articles` cannot drop the old table
    # under SQLite's foreign keys once a copy (duplicate_of) or a delivery refers to a row
    op.drop_index("ix_articles_page", table_name="articles")
    op.drop_column("articles", "page")
