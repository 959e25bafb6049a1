"""A feed records how many items its last read left unread: the items after the first a poll reads
(pipeline.web.feeds.MAX_ENTRIES), so `brief feeds list` says so. Rows written before stay without it (NULL).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds") as table:
        table.add_column(sa.Column("not_read", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feeds") as table:
        table.drop_column("not_read")
