"""The indicators page's first view as one value: computed from the indicators service, remembered between
starts and read back without the database layer (docs/architecture.md, "The remembered views").

``key``, ``views`` and ``codec`` import no SQLAlchemy: the window decodes a remembered ranking before it opens
the database. ``service`` computes and remembers."""
