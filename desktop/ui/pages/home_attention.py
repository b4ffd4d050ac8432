"""The overview's two lists of links (desktop/ui/widgets/attention.py): "Getting started" on day one - the first
steps not taken yet - and "Needs attention": overdue resolutions, the activities most behind, milestones
forecast to be missed, the units at risk and, said rather than left out, the units not judged for lack of
statistics. Each names at most a few and counts the rest; each link says where it leads ("resolution:7",
"activity:12", "unit:branch:3", "page:plans"), the page handles it."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.domain.indicators.early_warning import RiskReason, UnitAtRisk
from desktop.domain.milestones import ComplianceStatus
from desktop.overview.views import Overview
from desktop.planning.views import BehindActivity
from desktop.ui.formatting import (
    format_number,
    format_percent,
    format_ratio,
    format_year,
    isolate_data,
    list_separator,
    localise_digits,
)
from desktop.ui.labels import term_label
from desktop.ui.widgets.attention import AttentionItem, AttentionLink

SHOWN_PER_ITEM = 3  # names linked in one "needs attention" line; the rest counted
BEHIND_SPI = 0.8  # an activity this far behind (SPI below it) needs attention, as spi_color's red


class HomeAttention(QObject):
    """The items of both lists for one overview; ``no_progress``: nothing has been reported at all (day one)."""

    def getting_started(self, data: Overview, no_progress: bool, may_edit: bool = True) -> list[AttentionItem]:
        """The first steps not taken yet; for a role that may not take them (``may_edit`` False), what is not
        recorded yet, linked to where it will be read."""
        if not may_edit:
            return self._not_recorded_yet(data, no_progress)
        steps = []
        if no_progress:
            steps.append(AttentionItem(self.tr("Record the progress of the activities:"),
                                       (AttentionLink(self.tr("Plans and activities"), "page:plans"),)))
        if not data.has_statistics:
            steps.append(AttentionItem(self.tr("Import the branches' statistics from the CMS:"),
                                       (AttentionLink(self.tr("Import statistics"), "page:imports"),)))
        if not data.has_meetings:
            steps.append(AttentionItem(self.tr("Record the council's meetings and resolutions:"),
                                       (AttentionLink(self.tr("Meetings and resolutions"), "page:meetings"),)))
        return steps

    def _not_recorded_yet(self, data: Overview, no_progress: bool) -> list[AttentionItem]:
        items = []
        if no_progress:
            items.append(AttentionItem(self.tr("No progress of the activities has been recorded yet:"),
                                       (AttentionLink(self.tr("Plans and activities"), "page:plans"),)))
        if not data.has_statistics:  # no link: the import page is the secretary's
            items.append(AttentionItem(self.tr("The branches' statistics have not been imported yet.")))
        if not data.has_meetings:
            items.append(AttentionItem(self.tr("No council meeting has been recorded yet:"),
                                       (AttentionLink(self.tr("Meetings and resolutions"), "page:meetings"),)))
        return items

    def needs_attention(self, data: Overview, no_progress: bool) -> list[AttentionItem]:
        items: list[AttentionItem] = []
        if data.overdue:
            worst = sorted(data.overdue, key=lambda r: -r.days_overdue)[:SHOWN_PER_ITEM]
            items.append(AttentionItem(
                localise_digits(self.tr("%n overdue resolution(s):", "", len(data.overdue))),
                (AttentionLink(self.tr("see them all"), "resolutions:overdue"),
                 *(AttentionLink(self.tr("resolution {number} ({days} days late)").format(
                     number=format_number(r.number), days=format_number(r.days_overdue)), f"resolution:{r.id}")
                   for r in worst))))
        summary = data.summary
        behind = [a for a in summary.behind if a.progress.spi is not None and a.progress.spi < BEHIND_SPI]
        unreported = summary.behind_unreported
        if (behind or unreported) and not no_progress:
            # The ranked ones (a progress report, SPI below BEHIND_SPI; a reported 0 % too) first; after them, apart
            # and never ranked among them, one with no progress report whose schedule calls for some by now - its
            # progress unknown, no SPI. One line, as before: the driver projects' chart stays above the fold.
            shown_unreported = min(len(unreported), 1 if behind else SHOWN_PER_ITEM)
            shown = behind[:SHOWN_PER_ITEM - shown_unreported]
            # A tie cut by the names is said by the overview's list under it (its note counts the rest as far
            # behind); here the line stays one line - counted in "and N more" - so the driver projects' chart stays
            # above the fold at 1366x768 (the tie's words had wrapped it onto a third line).
            links = (*(AttentionLink(self._behind_text(a), f"activity:{a.id}") for a in shown),
                     *(AttentionLink(self._unreported_text(a), f"activity:{a.id}")
                       for a in unreported[:shown_unreported]))
            # the rest: every activity behind not named - with a progress report (ranked, listed on the overview or
            # not) and without - as the overview's two lists count them
            left = summary.behind_total + summary.behind_unreported_total - len(links)
            items.append(AttentionItem(self.tr("Activities most behind schedule:"), links,
                                       localise_digits(self.tr("and %n more", "", left)) if left > 0 else ""))
        missed = [m for m in data.summary.milestones if ComplianceStatus(m.status) is ComplianceStatus.AT_RISK]
        if missed:
            items.append(AttentionItem(
                self.tr("Milestones forecast to be missed:"),
                tuple(AttentionLink(self.tr("{term}: {percent} by the end of {year} (forecast {forecast})").format(
                    term=term_label(m.term), percent=format_percent(m.target_percent), year=format_year(m.year),
                    forecast=format_percent(m.projected, 1)), "page:plans") for m in missed)))
        if data.at_risk:
            items.append(AttentionItem(
                self.tr("Units at risk (backlog grew, or clearance under 100 %, three months running):"),
                tuple(AttentionLink(self._risk_text(u), f"unit:{u.level}:{u.unit_id}")
                      for u in data.at_risk[:SHOWN_PER_ITEM]),
                self._more(len(data.at_risk))))
        if data.not_judged:
            # said, not left out: "no unit at risk" must not read as "every unit is fine" when some were not judged
            items.append(AttentionItem(
                localise_digits(self.tr("%n unit(s) not judged for risk, for lack of complete statistics:", "",
                                        len(data.not_judged))),
                tuple(AttentionLink(isolate_data(u.name), f"unit:{u.level}:{u.unit_id}")
                      for u in data.not_judged[:SHOWN_PER_ITEM]),
                self._more(len(data.not_judged))))
        return items

    def _more(self, count: int) -> str:
        """"and 7 more" for what a line of "needs attention" leaves out."""
        left = count - SHOWN_PER_ITEM
        return localise_digits(self.tr("and %n more", "", left)) if left > 0 else ""

    def _risk_text(self, unit: UnitAtRisk) -> str:
        why = []
        if RiskReason.BACKLOG_GROWING in unit.reasons:
            why.append(self.tr("backlog +{count}").format(count=format_number(unit.backlog_rise)))
        if RiskReason.CLEARANCE_LOW in unit.reasons:
            why.append(self.tr("clearance down to {percent}").format(percent=format_percent(unit.lowest_clearance)))
        return f"{isolate_data(unit.name)} ({list_separator().join(why)})"

    def _behind_text(self, activity: BehindActivity) -> str:
        """An activity behind schedule with a progress report, its SPI named (a bare "(۰٫۰۰)" said nothing) - a
        reported 0 % too: a known figure."""
        title, spi = isolate_data(activity.title), format_ratio(activity.progress.spi)
        return self.tr("{title} (SPI {spi})").format(title=title, spi=spi)

    def _unreported_text(self, activity: BehindActivity) -> str:
        """An activity with no progress report whose schedule calls for some by now: no SPI, its progress is
        unknown (not 0 %)."""
        return self.tr("{title} (no progress reported yet)").format(title=isolate_data(activity.title))

