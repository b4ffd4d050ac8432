"""The overview (home page) as one value: computed from the planning, meetings and indicators services,
remembered between starts and read back without the database layer (docs/architecture.md, "Opening").

``views`` and ``codec`` import no SQLAlchemy: the window decodes a remembered overview before it opens the
database. ``service`` computes and remembers."""
