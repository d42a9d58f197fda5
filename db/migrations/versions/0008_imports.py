"""imports: tables for imports (see db/models_imports.py).

Migrations are forward only: there is no downgrade.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 18:30:00

"""
from typing import Sequence, Union

from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass

