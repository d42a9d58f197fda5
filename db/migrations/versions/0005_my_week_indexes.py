"""my week indexes: partial indexes over the open applications (by next action due and by last
move, for one owner and for the office) and over hearings whose outcome is not recorded, so My week
and its navigation badge answer from an index instead of reading every application of a lawyer.

Measured on the demo vault of 1,000,000 people and 300,000 applications (tests/benchmarks/
casework.py): one lawyer's week 2.4 s -> about 0.2 s, the badge's counts 0.3-0.6 s -> a few ms.

Migrations are forward only: there is no downgrade.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 17:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

OPEN = "closed_on IS NULL"
UNRECORDED = "outcome = ''"


def upgrade() -> None:
    for name, columns in (('ix_application_open_owner_due', ['owner_id', 'next_action_due']),
                          ('ix_application_open_due', ['next_action_due']),
                          ('ix_application_open_owner_moved', ['owner_id', 'last_moved_at']),
                          ('ix_application_open_moved', ['last_moved_at'])):
        op.create_index(name, 'application', columns, unique=False, sqlite_where=sa.text(OPEN),
                        postgresql_where=sa.text(OPEN))
    op.create_index('ix_hearing_unrecorded', 'hearing', ['held_on'], unique=False, sqlite_where=sa.text(UNRECORDED),
                    postgresql_where=sa.text(UNRECORDED))
