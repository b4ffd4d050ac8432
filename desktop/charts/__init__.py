"""Charts drawn with matplotlib alone (no Qt): the window embeds them, reports print them, both save them.

matplotlib ≥ 3.11 shapes and orders Persian text itself, so labels are passed as plain strings — never
reshaped (that is only for reportlab, see desktop/reports/pdf_text.py).
"""
