"""The national report's sections on the center's follow-up of the provinces: each province's approval of the
half-year, the stale provinces with the bundles held or refused, and the directives issued in the period."""

from __future__ import annotations

import re
from datetime import datetime

from desktop.center.report.data import NationalData, StaleLine
from desktop.center.report.plan_sections import NOTHING_SENT
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.reports.document import Column, JalaliDate, Number, Paragraph, Section, Table, Tone
from desktop.reports.language import ReportLanguage


def approvals_section(data: NationalData, t: ReportLanguage) -> Section:
    states = {"submitted": QT_TRANSLATE_NOOP("Reports", "submitted"), "approved": QT_TRANSLATE_NOOP("Reports", "approved"),
              "returned": QT_TRANSLATE_NOOP("Reports", "sent back"), "reopened": QT_TRANSLATE_NOOP("Reports", "reopened")}
    rows, tones = [], []
    for line in data.approvals:
        state = t(states[line.state]) if line.state in states else t(QT_TRANSLATE_NOOP("Reports", "not submitted"))
        rows.append((line.name, state, line.decided_by or "—",
                     JalaliDate(line.approved_at.date() if line.approved_at else None),
                     line.snapshot.sha256[:16] if line.snapshot else "—"))
        tones.append(Tone.GOOD if line.state == "approved" else Tone.PLAIN)
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.5),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "State")), 0.9),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Decided by")), 1.5),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Approved on")), 0.9, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Fingerprint of the approved figures")), 1.4)),
                  tuple(rows), sheet=t(QT_TRANSLATE_NOOP("Reports", "Approvals")), tones=tuple(tones))
    missing = [line.name for line in data.approvals if line.state == "approved" and line.snapshot is None]
    blocks: list = [table]
    if missing:
        blocks.append(Paragraph(t(QT_TRANSLATE_NOOP(
            "Reports", "Approved, but the approved figures have not reached the center: {provinces}. Their live "
                       "figures are shown."), provinces=("، " if t.rtl else ", ").join(missing)), note=True))
    blocks.append(Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "For a half-year its chief justice approved, the report uses the figures frozen at approval, as "
                   "the province's bundle carried them (the fingerprint is their SHA-256); later changes in the "
                   "province do not move them.")), note=True))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Approval of the half-year by province")), tuple(blocks),
                   new_page=True)


def _province_names(data: NationalData) -> dict[str, str]:
    return dict(data.provinces)


def stale_section(data: NationalData, t: ReportLanguage, reason_text) -> Section:  # noqa: ANN001
    names = _province_names(data)
    listed = [line for line in data.stale if line.listed]
    stale = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.5),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Last bundle received")), 1.4, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Days since")), 0.6, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "State")), 0.8)),
                  tuple((line.name, _last_received(t, line),
                         Number(line.days_since) if line.days_since is not None else None,
                         t(QT_TRANSLATE_NOOP("Reports", "stale")) if line.stale
                         else t(QT_TRANSLATE_NOOP("Reports", "not late yet"))) for line in listed),
                  sheet=t(QT_TRANSLATE_NOOP("Reports", "Stale provinces")),
                  # only when no province is listed: one that has sent nothing is listed, late or not
                  empty_text=t(QT_TRANSLATE_NOOP("Reports", "Every province has sent a bundle recently.")),
                  tones=tuple(Tone.BAD if line.stale else Tone.PLAIN for line in listed))
    words = {"held": QT_TRANSLATE_NOOP("Reports", "held"), "rejected": QT_TRANSLATE_NOOP("Reports", "refused")}
    bundle_rows = tuple((names.get(line.province, line.province), Number(line.sequence), t(words[line.state]),
                         JalaliDate(line.received_at.date()), reason_text(line.reason) or "—")
                        for line in data.bundles)
    bundles = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.2),
                     Column(t(QT_TRANSLATE_NOOP("Reports", "Sequence")), 0.6, True),
                     Column(t(QT_TRANSLATE_NOOP("Reports", "State")), 0.6),
                     Column(t(QT_TRANSLATE_NOOP("Reports", "Received on")), 0.8, True),
                     Column(t(QT_TRANSLATE_NOOP("Reports", "Reason")), 3.0)),
                    bundle_rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Held and refused bundles")),
                    empty_text=t(QT_TRANSLATE_NOOP("Reports", "No bundle is held and none was refused since the period began.")),
                    tones=tuple(Tone.BAD for _ in bundle_rows))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Stale provinces, held and refused bundles")),
                   (Paragraph(t(QT_TRANSLATE_NOOP("Reports", "Provinces that have sent nothing recently"))), stale,
                    Paragraph(t(QT_TRANSLATE_NOOP("Reports", "Bundles held now or refused since the period began"))), bundles),
                   new_page=True)


def never_sent_text(t: ReportLanguage, registered: datetime | None) -> str:
    """A province from which nothing has reached the center, in words (with the day it was registered)."""
    if registered is None:
        return t(NOTHING_SENT)
    return t(QT_TRANSLATE_NOOP("Reports", "has sent nothing yet (registered on {date})"),
             date=t.cells.date(registered.date()))


def _last_received(t: ReportLanguage, line: StaleLine) -> JalaliDate | str:
    if line.never_sent:
        return never_sent_text(t, line.registered_at)
    return JalaliDate(line.last_received.date() if line.last_received else None)


def directives_section(data: NationalData, t: ReportLanguage) -> Section:
    names = _province_names(data)
    rows = tuple((names.get(line.province, line.province), Number(line.sequence), JalaliDate(line.issued_at.date()),
                  _directive_summary(t, line.summary)) for line in data.directives)
    table = Table((Column(t(QT_TRANSLATE_NOOP("Reports", "Province")), 1.2),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "No.")), 0.5, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Issued on")), 0.8, True),
                   Column(t(QT_TRANSLATE_NOOP("Reports", "Summary")), 3.2)),
                  rows, sheet=t(QT_TRANSLATE_NOOP("Reports", "Directives")),
                  empty_text=t(QT_TRANSLATE_NOOP("Reports", "No directive was issued in this period.")))
    return Section(t(QT_TRANSLATE_NOOP("Reports", "Directives issued in the period")), (table,))


_SUMMARY = re.compile(r"(\d+) program\(s\), (\d+) target\(s\), (\d+) deadline\(s\)")


def _directive_summary(t: ReportLanguage, summary: str) -> str:
    """The stored summary (English, desktop/sync/directive_content.py) in the reader's language."""
    match = _SUMMARY.fullmatch(summary.strip())
    if match is None:
        return summary or "—"
    programs, targets, deadlines = (int(group) for group in match.groups())
    return t(QT_TRANSLATE_NOOP("Reports", "{programs} program(s), {targets} target(s), {deadlines} deadline(s)"),
             programs=t.cells.number(programs), targets=t.cells.number(targets), deadlines=t.cells.number(deadlines))
