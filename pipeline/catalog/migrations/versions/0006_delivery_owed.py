"""A recipient that never got a briefing and whose send failed is owed that day's briefing from then on:
the day of its first failed send, kept until a briefing reaches it (pipeline.catalog.delivery). Without it a
recipient whose very first send failed was taken for one added later and never sent that day's briefing.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "delivery_owed",
        sa.Column("recipient_hash", sa.String(64), primary_key=True),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("delivery_owed")
