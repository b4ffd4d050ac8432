"""Translated labels for the domain's enumerations (the domain marks them; the window translates)."""

from __future__ import annotations

from desktop.domain.meetings import ResolutionStatus
from desktop.domain.messages import LABEL_CONTEXT
from desktop.domain.milestones import ComplianceStatus
from desktop.domain.planning import SolutionTerm
from desktop.ui.language import translate


def _label(value) -> str:
    return translate(LABEL_CONTEXT, value.label)


def term_label(term: SolutionTerm | None) -> str:
    return _label(term) if term is not None else "—"


def compliance_label(status: ComplianceStatus) -> str:
    return _label(status)


def resolution_status_label(status: ResolutionStatus) -> str:
    return _label(status)
