"""The schema revision this version of Rasad writes, known without loading Alembic.

Opening a database already at this revision skips Alembic entirely (it costs a few hundred milliseconds
to import). Bump it with every new migration; `tests/store/test_migrations.py` fails if it disagrees
with the newest migration script.
"""

HEAD_REVISION = "0018"
