"""A feed entry whose page answered 404 waits for it: asked again, spaced (`retry_asked`: when it was last asked),
until `retry_until` (the entry's first 404
plus `feed_missing_retry_hours`): outlets list an item in their feed before its page is served everywhere. Rows
written before, and every other failure, stay without it (NULL): remembered until the entry changes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feed_entries") as table:
        table.add_column(sa.Column("retry_until", sa.DateTime(timezone=True), nullable=True))
        table.add_column(sa.Column("retry_asked", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feed_entries") as table:
        table.drop_column("retry_asked")
        table.drop_column("retry_until")
