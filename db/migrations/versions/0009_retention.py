"""retention: tables for retention (see db/models_retention.py).

Migrations are forward only: there is no downgrade.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25 18:30:00

"""
from typing import Sequence, Union

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # What is left of a purged file: that it existed, its dates, why and by whom; no personal data.
    op.create_table(
        'retention_record',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('file_number', sa.String(length=40), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('registered_on', sa.Date(), nullable=True),
        sa.Column('last_movement_on', sa.Date(), nullable=False),
        sa.Column('purged_at', sa.DateTime(), nullable=False),
        sa.Column('purged_by', sa.String(length=64), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('applications', sa.Integer(), nullable=False),
        sa.Column('referrals', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('file_number'),
    )
    op.create_index('ix_retention_record_person_id', 'retention_record', ['person_id'])

