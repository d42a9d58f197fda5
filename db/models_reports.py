"""Tables for reports (kept out of db/models.py so parallel work does not collide; imported at its end).

* `indicator`: what the indicator report counts, as data an office can add to without code
  (db/indicators.py reads and checks it; conditions are a small whitelisted structure, never SQL).
* `donor_template` / `donor_cell`: a donor's spreadsheet (its bytes, kept in the vault) and which of
  its cells receive which of our figures (exports/donor.py fills a copy).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Application, Base, Person, Referral, utcnow

# The dates indicators place records in a period by (migration 0007): on a million people a month's
# report went from 17.6 s to 5.5 s with them (tests/benchmarks/reports.py).
PERIOD_INDEXES = (
    Index("ix_person_created_at", Person.__table__.c.created_at),
    Index("ix_application_opened_on", Application.__table__.c.opened_on),
    Index("ix_application_closed_on", Application.__table__.c.closed_on),
    Index("ix_referral_sent_on", Referral.__table__.c.sent_on),
    Index("ix_referral_closed_on", Referral.__table__.c.closed_on),
)


class Indicator(Base):
    """One indicator: count `entity` rows (or the distinct people behind them) whose `date_field`
    falls in the period and that meet `conditions` (JSON list of {field, op, values}), broken down
    by `by` (a whitelisted field, or "")."""

    __tablename__ = "indicator"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_en: Mapped[str] = mapped_column(String(200))
    name_ar: Mapped[str] = mapped_column(String(200), default="")
    entity: Mapped[str] = mapped_column(String(20))  # person, application, referral
    date_field: Mapped[str] = mapped_column(String(30))
    conditions: Mapped[str] = mapped_column(Text, default="[]")
    by: Mapped[str] = mapped_column(String(30), default="")
    counts: Mapped[str] = mapped_column(String(10), default="records")  # records, people
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class DonorTemplate(Base):
    """A donor's workbook as the office received it (bytes kept in the vault, never on disk)."""

    __tablename__ = "donor_template"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(64), default="")


class DonorCell(Base):
    """One mapped cell: sheet!cell receives indicator `indicator_code`, narrowed to one value of
    its `by` field and to the disaggregation values in `filters` (JSON {dimension: value})."""

    __tablename__ = "donor_cell"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("donor_template.id", ondelete="CASCADE"))
    sheet: Mapped[str] = mapped_column(String(100))
    cell: Mapped[str] = mapped_column(String(12))
    indicator_code: Mapped[str] = mapped_column(String(40))
    by_value: Mapped[str] = mapped_column(String(40), default="")
    filters: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index("ux_donor_cell", "template_id", "sheet", "cell", unique=True),)
