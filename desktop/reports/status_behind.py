"""The status report's "Activities most behind schedule" (desktop/planning/dashboard.py ``behind_activities``,
the overview's lists): those with a progress report ranked, at most ten, with how many more are behind and how
many of those by as much as the last listed (a cut through a tie is said, never hidden); apart, those with none
whose schedule calls for some by the report date, "not reported", never 0 %."""

from __future__ import annotations

from desktop.domain.action_status import BEHIND_POINTS
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.planning.views import BehindActivities
from desktop.reports.common import activity_code, activity_progress_cells
from desktop.reports.document import Column, JalaliDate, Paragraph, Section, Table
from desktop.reports.language import ReportLanguage


def behind_section(behind: BehindActivities, t: ReportLanguage) -> Section:
    title = t(QT_TRANSLATE_NOOP("Reports", "Activities most behind schedule"))
    # the code column holds "TD-S01-P1 › 2.3" on a line, the actual one "not reported"
    columns = (Column(t(QT_TRANSLATE_NOOP("Reports", "Code")), 1.2),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Activity")), 1.9),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Solution")), 1.5),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Owner")), 1.1),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Planned finish")), 0.9, True),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Planned")), 0.7, True),
               Column(t(QT_TRANSLATE_NOOP("Reports", "Actual")), 0.95, True),
               Column(t(QT_TRANSLATE_NOOP("Reports", "SPI")), 0.5, True))

    def rows(lines) -> tuple:
        return tuple((activity_code(t, a.program_code, a.code), a.title, a.solution_title, a.owner or "—",
                      JalaliDate(a.planned_finish), *activity_progress_cells(t, a.progress, a.reported))
                     for a in lines)

    sheet = t(QT_TRANSLATE_NOOP("Reports", "Behind schedule"))
    ranked_more = _ranked_more(behind, t)
    if not behind.unreported:
        table = Table(columns, rows(behind.ranked), sheet=sheet,
                      empty_text=t(QT_TRANSLATE_NOOP("Reports", "No activity is behind schedule.")))
        return Section(title, (table, *ranked_more, _behind_note(t)))
    ranked = Table(columns, rows(behind.ranked), sheet=sheet, empty_text=t(QT_TRANSLATE_NOOP(
        "Reports", "No activity with a progress report is behind schedule.")))
    unreported = Table(columns, rows(behind.unreported),
                       sheet=t(QT_TRANSLATE_NOOP("Reports", "Behind, not reported")))
    blocks = [Paragraph(t(QT_TRANSLATE_NOOP("Reports", "Activities with a progress report, most behind first"))),
              ranked, *ranked_more,
              Paragraph(t(QT_TRANSLATE_NOOP(
                  "Reports", "Activities with no progress report that should be under way, earliest planned finish "
                             "first"))),
              unreported]
    more = behind.unreported_total - len(behind.unreported)
    note = _behind_note(t)
    if more > 0:
        note = Paragraph(note.text + " " + t(QT_TRANSLATE_NOOP(
            "Reports", "{count} more activities with no progress report that should be under way are not listed."),
            count=t.cells.number(more)), note=True)
    return Section(title, (*blocks, note))


def _ranked_more(behind: BehindActivities, t: ReportLanguage) -> tuple[Paragraph, ...]:
    """Under the ranked table: how many more with a progress report are behind and not listed, and how many of
    them by the same amount as the last listed (none when it lists them all)."""
    more = behind.ranked_total - len(behind.ranked)
    if more <= 0:
        return ()
    if behind.ranked_tied_unlisted:
        text = t(QT_TRANSLATE_NOOP(
            "Reports", "{count} more activities with a progress report are behind schedule and are not listed, "
                       "{tied} of them by the same amount as the last listed."),
            count=t.cells.number(more), tied=t.cells.number(behind.ranked_tied_unlisted))
    else:
        text = t(QT_TRANSLATE_NOOP(
            "Reports", "{count} more activities with a progress report are behind schedule, each by less, and are "
                       "not listed."), count=t.cells.number(more))
    return (Paragraph(text, note=True),)


def _behind_note(t: ReportLanguage) -> Paragraph:
    return Paragraph(t(QT_TRANSLATE_NOOP(
        "Reports", "Activities with a progress report are ranked by how far their actual progress falls below the "
                   "planned, then by the lower SPI, then by program and code. An activity with no progress report "
                   "by the report date has no known actual progress or SPI: it is shown as \"not reported\", never "
                   "as 0%, and is not ranked with the others; it is listed apart once its schedule calls for at "
                   "least {percent} by the report date, the earliest planned finish first."),
        percent=t.cells.percent(BEHIND_POINTS)), note=True)
