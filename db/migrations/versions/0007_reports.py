"""reports: indicator definitions (seeded with the defaults), donor templates and their mapped
cells (see db/models_reports.py and db/indicators.py).

Migrations are forward only: there is no downgrade.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 18:30:00

"""
import json
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_ISSUED = ["issued", "issued_first_instance"]
# The defaults as they were when this revision was written (db/indicators.py DEFAULTS; a test
# keeps the two equal while nobody changes them).
DEFAULTS = [
    ("people_registered", "People registered", "الأشخاص المسجَّلون", "person", "created_at", [], "", "people"),
    ("applications_opened", "Applications opened", "المعاملات المفتوحة", "application", "opened_on", [],
     "doc_type", "records"),
    ("applications_issued", "Applications issued (document obtained)", "المعاملات المنجزة (صدرت الوثيقة)",
     "application", "closed_on", [{"field": "outcome", "op": "in", "values": _ISSUED}], "doc_type", "records"),
    ("applications_unsuccessful", "Applications closed unsuccessfully", "المعاملات المغلقة دون نجاح",
     "application", "closed_on", [{"field": "outcome", "op": "not_in", "values": _ISSUED}], "doc_type",
     "records"),
    ("people_with_applications", "People with an application opened", "الأشخاص الذين فُتحت لهم معاملة",
     "application", "opened_on", [], "", "people"),
    ("referrals_made", "Referrals made", "الإحالات المرسلة", "referral", "sent_on", [], "service", "records"),
    ("referrals_completed", "Referrals completed (service given)", "الإحالات المكتملة (قُدِّمت الخدمة)",
     "referral", "closed_on", [{"field": "state", "op": "in", "values": ["service_given"]}], "service",
     "records"),
]


def upgrade() -> None:
    indicator = op.create_table('indicator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('name_ar', sa.String(length=200), nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('date_field', sa.String(length=30), nullable=False),
    sa.Column('conditions', sa.Text(), nullable=False),
    sa.Column('by', sa.String(length=30), nullable=False),
    sa.Column('counts', sa.String(length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.bulk_insert(indicator, [
        {"code": code, "name_en": en, "name_ar": ar, "entity": entity, "date_field": date_field,
         "conditions": json.dumps(conditions, ensure_ascii=False), "by": by, "counts": counts,
         "position": position, "active": True, "builtin": True}
        for position, (code, en, ar, entity, date_field, conditions, by, counts) in enumerate(DEFAULTS, 1)
    ])

    op.create_table('donor_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('donor_cell',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('sheet', sa.String(length=100), nullable=False),
    sa.Column('cell', sa.String(length=12), nullable=False),
    sa.Column('indicator_code', sa.String(length=40), nullable=False),
    sa.Column('by_value', sa.String(length=40), nullable=False),
    sa.Column('filters', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['donor_template.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('donor_cell', schema=None) as batch_op:
        batch_op.create_index('ux_donor_cell', ['template_id', 'sheet', 'cell'], unique=True)

    # The dates indicators place records in a period by (a month's report on a million people:
    # 17.6 s without them, 5.5 s with them).
    for name, table, column in (("ix_person_created_at", "person", "created_at"),
                                ("ix_application_opened_on", "application", "opened_on"),
                                ("ix_application_closed_on", "application", "closed_on"),
                                ("ix_referral_sent_on", "referral", "sent_on"),
                                ("ix_referral_closed_on", "referral", "closed_on")):
        op.create_index(name, table, [column], unique=False)
