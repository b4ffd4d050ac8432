"""The files a report is written as, told by the name's suffix: apart from the report service so that a command
can refuse a wrong name before it loads the report's libraries."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError

FORMATS = ("pdf", "xlsx")


def output_format(path: Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError("out", QT_TRANSLATE_NOOP(
            "Validation", "Save the report as a .pdf or .xlsx file, not {name}."), {"name": Path(path).name})
    return suffix
