"""The notices at the top of the "Send to center" page: the banner (a bundle the center refused for good, a database
restored from a backup, how long the province has waited for a receipt, the last receipt, or nothing sent yet),
the notes under it (bundles waiting, the next automatic attempt, changes not yet in a bundle) and the warning that
the newest directive listing the center signed is old. Its texts stay in the "SyncPage" context of the
translations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from desktop.ui.formatting import format_datetime, format_number
from desktop.ui.sync_text import reason_text, without_ack_text

if TYPE_CHECKING:
    from desktop.sync.freshness import DirectiveFreshness
    from desktop.sync.service import SyncStatus

BANNER_STYLES = {
    "ok": "background: #d8f3dc; color: #1b4332;",
    "info": "background: #e9ecef; color: #1d3557;",
    "warn": "background: #ffe3a3; color: #7a4b00;",
    "alarm": "background: #f8d7da; color: #842029; border: 2px solid #b00020;",
}
BANNER_BASE = "padding: 8px 12px; border-radius: 6px; font-size: 12pt; font-weight: bold;"


def banner_style(level: str) -> str:
    """The style sheet of a notice at ``level`` (a key of :data:`BANNER_STYLES`)."""
    return BANNER_BASE + BANNER_STYLES[level]


def show_banner(banner: QLabel, details: QLabel, status: SyncStatus) -> None:
    """What matters most about the outbox on ``banner`` (its ``level`` property says how much), and the notes
    under it on ``details`` (hidden when there are none)."""
    if status.refused is not None:  # a final refusal blocks everything after it: the alarm comes first
        text = QCoreApplication.translate(
            "SyncPage", "The center refused bundle {sequence} for good: {reason} Nothing after it is sent until "
                        "it is cut again: press «Cut the refused changes again», then Send now. No change is "
                        "lost and the chain stays whole.").format(
            sequence=format_number(status.refused.sequence), reason=reason_text(status.refused.reason))
        style = "alarm"
    elif status.resync_required:
        text, style = QCoreApplication.translate(
            "SyncPage", "This database was restored from a backup. Before anything is sent, its bundle "
                        "chain is taken back from the center: press Send now (online), or bring it "
                        "up to date from the folder the center exported."), "warn"
    elif status.without_ack is not None:
        text, style = without_ack_text(status.without_ack), "warn" if status.warn_without_ack else "info"
    elif status.last_acknowledged_at is not None:
        text = QCoreApplication.translate(
            "SyncPage", "Every bundle has been acknowledged; the last receipt came on {when}.").format(
            when=format_datetime(status.last_acknowledged_at))
        style = "ok"
    else:
        text, style = QCoreApplication.translate("SyncPage", "Nothing has been sent to the center yet."), "info"
    banner.setText(text)
    banner.setStyleSheet(banner_style(style))
    banner.setProperty("level", style)
    notes = []
    if status.pending_count:
        notes.append(QCoreApplication.translate("SyncPage", "{count} bundle(s) waiting for the center.").format(
            count=format_number(status.pending_count)))
    if status.next_attempt_at is not None and status.link.can_send:
        notes.append(QCoreApplication.translate("SyncPage", "Next automatic attempt: {when}.").format(
            when=format_datetime(status.next_attempt_at)))
    if status.has_unsent_changes:
        notes.append(QCoreApplication.translate(
            "SyncPage", "There are changes not yet in a bundle; sending or exporting puts them in one."))
    details.setText(" ".join(notes))
    details.setVisible(bool(notes))


def show_freshness(label: QLabel, state: DirectiveFreshness | None) -> None:
    """Warn on ``label`` when the newest directive listing the center signed is older than the setting (issue
    12); hide it when it is not (or ``state`` could not be read)."""
    if state is None or not state.stale:
        label.setVisible(False)
        return
    if state.listing_at is None:
        text = QCoreApplication.translate(
            "SyncPage", "No directive listing signed by the center has been received yet; Send now asks "
                        "for it.")
    else:
        text = QCoreApplication.translate(
            "SyncPage", "The newest directive listing signed by the center is {days} day(s) old (more than "
                        "{limit}): directives may be held back from this province. Send now asks again.").format(
            days=format_number(state.age.days if state.age else 0), limit=format_number(state.stale_after_days))
    label.setText(text)
    label.setStyleSheet(banner_style("warn"))
    label.setVisible(True)
