"""Importing the case-management system's exports (docs/indicators.md): reading CSV/Excel files, matching
their columns, checking every row and writing them in one transaction per file. No Qt."""
