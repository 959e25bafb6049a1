"""Stories wired in: the clusterer's state on stories, its window in the catalog (counts by day,
story terms, wire-copy signatures and their LSH bands), the time an article was clustered at.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
When = sa.DateTime(timezone=True)
HASH = 64


def upgrade() -> None:
    with op.batch_alter_table("stories") as batch:
        batch.add_column(sa.Column("state", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("summary_key", sa.String(HASH), nullable=True))
        batch.add_column(sa.Column("summary_notes", sa.JSON(), nullable=True))
        batch.create_index("ix_stories_last_seen", ["last_seen"])
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("story_published", When, nullable=True))
    op.create_table(
        "story_counts",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("key", sa.String(400), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    op.create_index("ix_story_counts_key", "story_counts", ["key"])
    op.create_table(
        "story_terms",
        sa.Column("term", sa.String(400), primary_key=True),
        sa.Column(
            "story_id", Id, sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
        ),
    )
    op.create_index("ix_story_terms_story", "story_terms", ["story_id"])
    op.create_table(
        "story_signatures",
        sa.Column("article_key", sa.String(HASH), primary_key=True),
        sa.Column("outlet", sa.Text(), nullable=False),
        sa.Column("published", When, nullable=False),
        sa.Column("shingles", sa.Integer(), nullable=False),
        sa.Column("minhash", sa.JSON(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
    )
    op.create_index("ix_story_signatures_day", "story_signatures", ["day"])
    op.create_table(
        "story_bands",
        sa.Column("band", sa.String(40), primary_key=True),
        sa.Column("article_key", sa.String(HASH), primary_key=True),
        sa.Column("day", sa.Date(), nullable=False),
    )
    op.create_index("ix_story_bands_day", "story_bands", ["day"])


def downgrade() -> None:
    for table in ("story_bands", "story_signatures", "story_terms", "story_counts"):
        op.drop_table(table)
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("story_published")
    with op.batch_alter_table("stories") as batch:
        batch.drop_index("ix_stories_last_seen")
        batch.drop_column("summary_notes")
        batch.drop_column("summary_key")
        batch.drop_column("state")
