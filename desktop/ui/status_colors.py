"""Colours that carry meaning (status, schedule), chosen in one place."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.domain.milestones import ComplianceStatus

GOOD = QColor("#d8f3dc")
WARN = QColor("#fff3bf")
BAD = QColor("#ffd6d6")
#: A unit with incomplete data (missing or carried-forward months): listed, never ranked.
INCOMPLETE = QColor("#e9ecef")
NEUTRAL = QColor("#e9ecef")
#: The text of a figure not known because nothing was reported ("not reported"): greyed, never 0 %.
UNREPORTED_TEXT = QColor("#6c757d")

COMPLIANCE_COLORS = {
    ComplianceStatus.MET: GOOD,
    ComplianceStatus.ON_TRACK: GOOD,
    ComplianceStatus.AT_RISK: WARN,
    ComplianceStatus.MISSED: BAD,
    ComplianceStatus.NO_DATA: NEUTRAL,
}


#: An SPI from this is on schedule (green); from SPI_WARN behind (yellow); below it far behind (red).
SPI_GOOD = 0.95
SPI_WARN = 0.8


def spi_color(spi: float | None) -> QColor | None:
    if spi is None:
        return None
    if spi >= SPI_GOOD:
        return GOOD
    if spi >= SPI_WARN:
        return WARN
    return BAD
