"""Translated labels for the domain's enumerations (the domain marks them; the window translates)."""

from __future__ import annotations

from desktop.domain.meetings import ResolutionStatus
from desktop.domain.messages import LABEL_CONTEXT, QT_TRANSLATE_NOOP
from desktop.domain.milestones import ComplianceStatus
from desktop.domain.planning import SolutionTerm
from desktop.imports.columns import FileKind
from desktop.ui.language import translate


def _label(value) -> str:
    return translate(LABEL_CONTEXT, value.label)


def term_label(term: SolutionTerm | None) -> str:
    return _label(term) if term is not None else "—"


def compliance_label(status: ComplianceStatus) -> str:
    return _label(status)


def resolution_status_label(status: ResolutionStatus) -> str:
    return _label(status)



FILE_KIND_LABELS = {
    FileKind.BRANCHES: QT_TRANSLATE_NOOP("FileKind", "Branch registry"),
    FileKind.CASES: QT_TRANSLATE_NOOP("FileKind", "Case listing"),
    FileKind.MONTHLY: QT_TRANSLATE_NOOP("FileKind", "Monthly branch statistics"),
    FileKind.SATISFACTION: QT_TRANSLATE_NOOP("FileKind", "Satisfaction survey"),
}


def file_kind_label(kind: FileKind | str) -> str:
    """The kind of an import file, as the user reads it."""
    return translate("FileKind", FILE_KIND_LABELS[FileKind(kind)])
