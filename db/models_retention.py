"""Tables for retention (kept out of db/models.py so parallel work does not collide; imported at its end)."""

from __future__ import annotations

from db.models import Base  # noqa: F401
