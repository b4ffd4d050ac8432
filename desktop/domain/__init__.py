"""Plain-Python values and rules of Rasad: no Qt, no SQL. Import the submodules you need, e.g.
``from desktop.domain.jalali import parse_jalali``; this package imports nothing itself."""
