"""The web page an article was briefed from, indexed: a page briefed again because it changed finds its earlier
brief by it (pipeline.storydesk.join.earlier_version). Before, that lookup read every article's JSON features on
every join, a time that grew with the archive (benchmarks/page_versions.py). Filled here from
what the join recorded (`features.source`, else `articles.source`) for the rows briefed from http(s) URLs, by the
join's own rule (pipeline.addresses.page_of).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from pipeline.addresses import page_of

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("page", sa.Text(), nullable=True))
        batch.create_index("ix_articles_page", ["page", "briefed_at"])
    rows = sa.table(
        "articles",
        sa.column("id", sa.Integer()),
        sa.column("page", sa.Text()),
        sa.column("source", sa.Text()),
        sa.column("features", sa.JSON()),
    )
    told = sa.func.coalesce(rows.c.features["source"].as_string(), rows.c.source)
    scheme = sa.func.lower(sa.func.substr(told, 1, 8))  # http(s) of any case: the rows page_of may take
    connection = op.get_bind()
    found = connection.execute(
        sa.select(rows.c.id, told).where(sa.or_(scheme.like("http://%"), scheme.like("https://%")))
    )
    pages = [{"row": row, "value": page} for row, given in found if (page := page_of(given))]
    if pages:  # the page as the join records it (no utm_ parameters, no fragment): what earlier_version looks up
        update = rows.update().where(rows.c.id == sa.bindparam("row")).values(page=sa.bindparam("value"))
        connection.execute(update, pages)


def downgrade() -> None:
    # in place (ALTER TABLE … DROP COLUMN; SQLite >= 3.35 too): a batch copy of `articles` cannot drop the old table
    # under SQLite's foreign keys once a copy (duplicate_of) or a delivery refers to a row
    op.drop_index("ix_articles_page", table_name="articles")
    op.drop_column("articles", "page")
