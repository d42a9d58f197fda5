"""letters: versioned letter templates and issued letters (see db/models_letters.py). The shipped
templates are seeded on first use (db/letters.py), not here, so a new Sanad's texts reach old vaults
only when an office has not edited them.

Migrations are forward only: there is no downgrade.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 18:30:00

"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('letter_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.Column('saved_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('letter_template', schema=None) as batch_op:
        batch_op.create_index('ux_letter_template_key_version', ['key', 'version'], unique=True)

    op.create_table('letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('referral_id', sa.Integer(), nullable=True),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('template_key', sa.String(length=40), nullable=False),
    sa.Column('template_version', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=2), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('verification', sa.String(length=16), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('issued_by', sa.String(length=64), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(), nullable=True),
    sa.Column('cancelled_by', sa.String(length=64), nullable=False),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('reference')
    )
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_issued_on'), ['issued_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_letter_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letter_referral_id'), ['referral_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letter_template_key'), ['template_key'], unique=False)
