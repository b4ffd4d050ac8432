import pytest

from desktop.domain.messages import ValidationError
from desktop.domain.organisation import (
    Branch,
    District,
    OrgUnit,
    OrgUnitKind,
    Province,
    UnitType,
    validate_code,
    validate_name,
)


def test_code_is_normalised_before_it_is_checked():
    assert validate_code("  QM-۰۱ ") == "QM-01"
    assert validate_code("شعبه_12") == "شعبه_12"


@pytest.mark.parametrize("code", ["", "   ", None, "\u200c"])
def test_empty_code_is_refused_with_the_given_field(code):
    with pytest.raises(ValidationError) as caught:
        validate_code(code, "district_code")
    assert caught.value.field == "district_code"
    assert caught.value.english() == "A code is required."


def test_code_longer_than_32_characters_is_refused():
    assert validate_code("A" * 32) == "A" * 32
    with pytest.raises(ValidationError) as caught:
        validate_code("A" * 33)
    assert caught.value.params["max"] == 32


@pytest.mark.parametrize("code", ["QM 01", "QM/01", "QM.01", "کد!"])
def test_code_with_other_characters_is_refused(code):
    with pytest.raises(ValidationError, match="only letters, digits"):
        validate_code(code)


def test_name_is_required_and_normalised():
    assert validate_name(" دادگستري  قم ") == "دادگستری قم"
    with pytest.raises(ValidationError) as caught:
        validate_name(" ", "title")
    assert caught.value.field == "title"


def test_values_normalise_their_fields_on_construction():
    assert Province(" QM ", "قم") == Province("QM", "قم")
    district = District("QM-01", "حوزه قضايي قم", "QM")
    assert district.name == "حوزه قضایی قم"


def test_values_report_the_offending_field():
    with pytest.raises(ValidationError) as caught:
        District("QM-01", "قم", "bad code")
    assert caught.value.field == "province_code"


def test_branch_accepts_a_unit_type_by_value_or_persian_label():
    assert Branch("B1", "شعبه ۱", "QM-01", "appeal").unit_type is UnitType.APPEAL
    assert Branch("B2", "شعبه ۲", "QM-01", "شعبه دادگاه عمومی حقوقي").unit_type is UnitType.GENERAL_CIVIL
    with pytest.raises(ValidationError) as caught:
        Branch("B3", "شعبه ۳", "QM-01", "nonsense")
    assert caught.value.field == "unit_type"


def test_unit_types_have_distinct_persian_labels():
    labels = [t.label_fa for t in UnitType]
    assert len(set(labels)) == len(labels)
    assert UnitType.PROSECUTION.label_fa == "دادسرا"
    assert UnitType.DISPUTE_COUNCIL.label_fa == "شورای حل اختلاف"
    assert UnitType.GENERAL_CRIMINAL.label_fa == "شعبه دادگاه عمومی جزایی"
    assert UnitType.APPEAL.label == "Appeal court branch"


def test_org_unit_kind_is_guessed_from_the_name():
    assert OrgUnit.named("معاونت حقوقی و امور مجلس").kind is OrgUnitKind.DEPUTY
    assert OrgUnit.named("سازمان ثبت اسناد و املاک کشور").kind is OrgUnitKind.ORGANISATION
    assert OrgUnit.named("دادسرای انتظامی قضات").kind is OrgUnitKind.PROSECUTION
    assert OrgUnit.named("حوزه ریاست").kind is OrgUnitKind.OFFICE
    assert OrgUnitKind.guess("ستاد") is OrgUnitKind.OTHER


def test_org_unit_refuses_an_unknown_kind():
    with pytest.raises(ValidationError) as caught:
        OrgUnit("مرکز", "planet")
    assert caught.value.field == "kind"
