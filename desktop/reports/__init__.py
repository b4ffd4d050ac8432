"""The reports the secretary prints and the chief justice signs: the six-monthly status report, the quarterly
citizens'-rights report and the monthly district statistics, as PDF (reportlab) and Excel.

Each report is first built as a plain :class:`~desktop.reports.document.Report` (sections of paragraphs,
tables and charts, every text already translated); the writers turn that one document into a PDF, a workbook
or chart pictures. No Qt here.
"""
