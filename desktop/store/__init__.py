"""Storage: SQLAlchemy models, Alembic migrations, opening a database, the change log, evidence files.

Everything below the UI that touches SQLite lives here; no Qt. Public entry points::

    from desktop.store.database import open_database
    with open_database(path, user_name="...") as db, db.session() as session: ...
"""
