"""Delivery's memory: the last briefing each recipient got, and the stories each watchlist has
notified about.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

When = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "deliveries",
        sa.Column("recipient_hash", sa.String(64), primary_key=True),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("sent_at", When, nullable=False),
    )
    op.create_table(
        "watch_notices",
        sa.Column("watch", sa.String(200), primary_key=True),
        sa.Column("story_id", sa.String(200), primary_key=True),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("notified_at", When, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("watch_notices")
    op.drop_table("deliveries")
