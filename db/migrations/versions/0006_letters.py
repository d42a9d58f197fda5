"""letters: tables for letters (see db/models_letters.py).

Migrations are forward only: there is no downgrade.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 18:30:00

"""
from typing import Sequence, Union

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass

