"""A story merge records what caused it: the article whose arrival showed two stories to be one
(its brief key) and how alike they were then. Rows written before stay without them (NULL).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("story_merges") as table:
        table.add_column(sa.Column("by_brief_key", sa.String(64), nullable=True))
        table.add_column(sa.Column("score", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("story_merges") as table:
        table.drop_column("score")
        table.drop_column("by_brief_key")
