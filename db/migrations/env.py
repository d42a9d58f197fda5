"""Alembic environment: runs on the vault connection Sanad hands over (never a URL with a key)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from db.models import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:
    # Only for `alembic revision --autogenerate` by developers, against a throwaway plain file.
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    # transactional_ddl: every revision of one upgrade in ONE transaction (SQLite's DDL is
    # transactional; Alembic's SQLite default commits revision by revision), so a revision that
    # fails rolls back the ones before it too and the vault is left exactly as it was.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      transactional_ddl=True)
    with context.begin_transaction():
        context.run_migrations()
