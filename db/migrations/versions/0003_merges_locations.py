"""merges and locations: person_merge (what undoing a merge needs), and where each location came
from (an imported COD-AB table or the office itself).

Migrations are forward only: there is no downgrade.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 15:30:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'person_merge',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kept_id', sa.Integer(), nullable=False),
        sa.Column('merged_id', sa.Integer(), nullable=False),
        sa.Column('merged_file_number', sa.String(length=40), nullable=False),
        sa.Column('merged_at', sa.DateTime(), nullable=False),
        sa.Column('merged_by', sa.String(length=64), nullable=False),
        sa.Column('snapshot', sa.Text(), nullable=False),
        sa.Column('undone_at', sa.DateTime(), nullable=True),
        sa.Column('undone_by', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['kept_id'], ['person.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_person_merge_kept_id'), 'person_merge', ['kept_id'], unique=False)
    with op.batch_alter_table('location') as batch:
        batch.add_column(sa.Column('source', sa.String(length=10), server_default='cod-ab', nullable=False))
        batch.add_column(sa.Column('updated_at', sa.DateTime(), nullable=True))
