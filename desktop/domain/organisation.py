"""The judiciary's organisation: province -> judicial district -> branch/unit, and responsible units.

Constructing a value normalises its text (Persian ی/ک, Latin digits, trimmed spaces) and validates it,
raising :class:`ValidationError` with the offending field.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.messages import QT_TRANSLATE_NOOP, AsTyped, ValidationError
from desktop.domain.persian import normalise_text

CODE_MAX_LENGTH = 32
NAME_MAX_LENGTH = 200


def validate_code(code: str | None, field: str = "code") -> str:
    """A normalised code: not empty, at most 32 characters, letters, digits, '-' and '_' only."""
    text = normalise_text(code or "")
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "A code is required."))
    if len(text) > CODE_MAX_LENGTH:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "A code may have at most {max} characters."),
            {"max": CODE_MAX_LENGTH, "code": text},
        )
    if not all(ch.isalnum() or ch in "-_" for ch in text):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "A code may contain only letters, digits, '-' and '_'."),
            {"code": text},
        )
    return text


def validate_name(name: str | None, field: str = "name") -> str:
    """A normalised name: not empty and at most 200 characters."""
    text = normalise_text(name or "")
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Validation", "A name is required."))
    if len(text) > NAME_MAX_LENGTH:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Validation", "A name may have at most {max} characters."),
            {"max": NAME_MAX_LENGTH},
        )
    return text


class UnitType(StrEnum):
    """Kinds of judicial unit a branch can be."""

    GENERAL_CIVIL = "general_civil"
    GENERAL_CRIMINAL = "general_criminal"
    CRIMINAL_ONE = "criminal_one"
    CRIMINAL_TWO = "criminal_two"
    FAMILY = "family"
    JUVENILE = "juvenile"
    APPEAL = "appeal"
    PROSECUTION = "prosecution"
    INVESTIGATION = "investigation"
    DISPUTE_COUNCIL = "dispute_council"
    CIVIL_ENFORCEMENT = "civil_enforcement"
    CRIMINAL_ENFORCEMENT = "criminal_enforcement"
    OTHER = "other"

    @property
    def label_fa(self) -> str:
        return _UNIT_TYPE_FA[self]

    @property
    def label(self) -> str:
        """English source text, marked for translation in the "Labels" context."""
        return _UNIT_TYPE_EN[self]

    @classmethod
    def parse(cls, text: str) -> UnitType:
        """Accept the stored value or the Persian label (as found in imported files)."""
        key = normalise_text(text or "")
        for member in cls:
            if key in (member.value, member.label_fa, member.label):
                return member
        raise ValidationError(
            "unit_type",
            QT_TRANSLATE_NOOP("Validation", "'{value}' is not a known unit type."),
            {"value": AsTyped(text)},
        )


_UNIT_TYPE_FA = {
    UnitType.GENERAL_CIVIL: "شعبه دادگاه عمومی حقوقی",
    UnitType.GENERAL_CRIMINAL: "شعبه دادگاه عمومی جزایی",
    UnitType.CRIMINAL_ONE: "شعبه دادگاه کیفری یک",
    UnitType.CRIMINAL_TWO: "شعبه دادگاه کیفری دو",
    UnitType.FAMILY: "شعبه دادگاه خانواده",
    UnitType.JUVENILE: "شعبه دادگاه اطفال و نوجوانان",
    UnitType.APPEAL: "شعبه دادگاه تجدیدنظر",
    UnitType.PROSECUTION: "دادسرا",
    UnitType.INVESTIGATION: "شعبه بازپرسی",
    UnitType.DISPUTE_COUNCIL: "شورای حل اختلاف",
    UnitType.CIVIL_ENFORCEMENT: "اجرای احکام مدنی",
    UnitType.CRIMINAL_ENFORCEMENT: "اجرای احکام کیفری",
    UnitType.OTHER: "سایر واحدها",
}
_UNIT_TYPE_EN = {
    UnitType.GENERAL_CIVIL: QT_TRANSLATE_NOOP("Labels", "General civil court branch"),
    UnitType.GENERAL_CRIMINAL: QT_TRANSLATE_NOOP("Labels", "General criminal court branch"),
    UnitType.CRIMINAL_ONE: QT_TRANSLATE_NOOP("Labels", "Criminal court one branch"),
    UnitType.CRIMINAL_TWO: QT_TRANSLATE_NOOP("Labels", "Criminal court two branch"),
    UnitType.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family court branch"),
    UnitType.JUVENILE: QT_TRANSLATE_NOOP("Labels", "Juvenile court branch"),
    UnitType.APPEAL: QT_TRANSLATE_NOOP("Labels", "Appeal court branch"),
    UnitType.PROSECUTION: QT_TRANSLATE_NOOP("Labels", "Prosecutor's office"),
    UnitType.INVESTIGATION: QT_TRANSLATE_NOOP("Labels", "Investigation branch"),
    UnitType.DISPUTE_COUNCIL: QT_TRANSLATE_NOOP("Labels", "Dispute resolution council"),
    UnitType.CIVIL_ENFORCEMENT: QT_TRANSLATE_NOOP("Labels", "Civil judgment enforcement"),
    UnitType.CRIMINAL_ENFORCEMENT: QT_TRANSLATE_NOOP("Labels", "Criminal sentence enforcement"),
    UnitType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other unit"),
}


class OrgUnitKind(StrEnum):
    """Kinds of the judiciary's responsible organisational units (the executors of solutions)."""

    DEPUTY = "deputy"  # معاونت
    ORGANISATION = "organisation"  # سازمان
    CENTRE = "centre"  # مرکز
    PROSECUTION = "prosecution"  # دادستانی / دادسرا
    COURT = "court"  # دیوان
    OFFICE = "office"  # حوزه ریاست and other offices
    OTHER = "other"

    @property
    def label(self) -> str:
        return _ORG_UNIT_KIND_EN[self]

    @classmethod
    def guess(cls, name: str) -> OrgUnitKind:
        """The kind implied by the first word of a unit's Persian name ('معاونت ...' -> DEPUTY)."""
        text = normalise_text(name or "")
        for prefix, kind in _KIND_PREFIXES:
            if text.startswith(prefix):
                return kind
        return cls.OTHER


_KIND_PREFIXES = (
    ("معاونت", OrgUnitKind.DEPUTY),
    ("سازمان", OrgUnitKind.ORGANISATION),
    ("مرکز", OrgUnitKind.CENTRE),
    ("دادستانی", OrgUnitKind.PROSECUTION),
    ("دادسرا", OrgUnitKind.PROSECUTION),
    ("دیوان", OrgUnitKind.COURT),
    ("حوزه", OrgUnitKind.OFFICE),
    ("دفتر", OrgUnitKind.OFFICE),
)
_ORG_UNIT_KIND_EN = {
    OrgUnitKind.DEPUTY: QT_TRANSLATE_NOOP("Labels", "Deputy"),
    OrgUnitKind.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Organisation"),
    OrgUnitKind.CENTRE: QT_TRANSLATE_NOOP("Labels", "Centre"),
    OrgUnitKind.PROSECUTION: QT_TRANSLATE_NOOP("Labels", "Prosecution"),
    OrgUnitKind.COURT: QT_TRANSLATE_NOOP("Labels", "Court"),
    OrgUnitKind.OFFICE: QT_TRANSLATE_NOOP("Labels", "Office"),
    OrgUnitKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


@dataclass(frozen=True)
class Province:
    code: str
    name: str

    def __post_init__(self) -> None:
        _set(self, "code", validate_code(self.code))
        _set(self, "name", validate_name(self.name))


@dataclass(frozen=True)
class District:
    """A judicial district (حوزه قضایی) of a province."""

    code: str
    name: str
    province_code: str

    def __post_init__(self) -> None:
        _set(self, "code", validate_code(self.code))
        _set(self, "name", validate_name(self.name))
        _set(self, "province_code", validate_code(self.province_code, "province_code"))


@dataclass(frozen=True)
class Branch:
    """A branch or unit (شعبه، دادسرا، ...) of a judicial district."""

    code: str
    name: str
    district_code: str
    unit_type: UnitType = UnitType.OTHER

    def __post_init__(self) -> None:
        _set(self, "code", validate_code(self.code))
        _set(self, "name", validate_name(self.name))
        _set(self, "district_code", validate_code(self.district_code, "district_code"))
        _set(self, "unit_type", UnitType.parse(self.unit_type))


@dataclass(frozen=True)
class OrgUnit:
    """A responsible organisational unit of the judiciary, e.g. معاونت حقوقی و امور مجلس."""

    name: str
    kind: OrgUnitKind = OrgUnitKind.OTHER

    def __post_init__(self) -> None:
        _set(self, "name", validate_name(self.name))
        try:
            _set(self, "kind", OrgUnitKind(self.kind))
        except ValueError:
            raise ValidationError(
                "kind",
                QT_TRANSLATE_NOOP("Validation", "'{value}' is not a known unit kind."),
                {"value": self.kind},
            ) from None

    @classmethod
    def named(cls, name: str) -> OrgUnit:
        """An OrgUnit whose kind is guessed from its name."""
        return cls(name, OrgUnitKind.guess(name))
