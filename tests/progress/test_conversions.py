from decimal import Decimal

import pytest

from quizzes.progress import conversions


def test_module_units_one_contact_hour_is_one_pdu():
    units = conversions.module_units(
        contact_hours=Decimal("2"), pdu_eligible=True, assessed=False, approved_provider=False
    )

    assert units == conversions.Units(contact_hours=Decimal("2.00"), ceu=Decimal("0.20"), pdu=Decimal("2.00"))


def test_module_units_assessed_course_from_approved_provider_earns_1_25_pdu_per_hour():
    units = conversions.module_units(
        contact_hours=Decimal("2"), pdu_eligible=True, assessed=True, approved_provider=True
    )

    assert units.pdu == Decimal("2.50")


@pytest.mark.parametrize(("assessed", "approved"), [(True, False), (False, True)])
def test_module_units_needs_both_assessment_and_approval_for_the_bonus(assessed, approved):
    units = conversions.module_units(
        contact_hours=Decimal("1.5"), pdu_eligible=True, assessed=assessed, approved_provider=approved
    )

    assert units.pdu == Decimal("1.50")


def test_module_units_compliance_only_gives_no_pdu_but_keeps_contact_hours():
    units = conversions.module_units(
        contact_hours=Decimal("1"), pdu_eligible=False, assessed=True, approved_provider=True
    )

    assert units == conversions.Units(contact_hours=Decimal("1.00"), ceu=Decimal("0.10"), pdu=Decimal("0"))


def test_module_units_rounds_to_hundredths_half_up():
    units = conversions.module_units(
        contact_hours=Decimal("0.75"), pdu_eligible=True, assessed=True, approved_provider=True
    )

    assert units.pdu == Decimal("0.94")  # 0.9375


def test_external_units_tenth_of_a_ceu_is_one_pdu():
    units = conversions.external_units(amount=Decimal("0.1"), unit="ceu", pdu_eligible=True)

    assert units == conversions.Units(contact_hours=Decimal("1.00"), ceu=Decimal("0.10"), pdu=Decimal("1.00"))


def test_external_units_ceu_converts_to_ten_contact_hours_each():
    units = conversions.external_units(amount=Decimal("1.5"), unit="ceu", pdu_eligible=True)

    assert (units.contact_hours, units.pdu) == (Decimal("15.00"), Decimal("15.00"))


def test_external_units_contact_hours_are_one_pdu_each():
    units = conversions.external_units(amount=Decimal("3"), unit="contact_hours", pdu_eligible=True)

    assert units == conversions.Units(contact_hours=Decimal("3.00"), ceu=Decimal("0.30"), pdu=Decimal("3.00"))


def test_external_units_not_pdu_eligible_records_hours_only():
    units = conversions.external_units(amount=Decimal("4"), unit="contact_hours", pdu_eligible=False)

    assert (units.contact_hours, units.pdu) == (Decimal("4.00"), Decimal("0.00"))


def test_external_units_unknown_unit_is_refused():
    with pytest.raises(ValueError, match="Unknown unit 'days'"):
        conversions.external_units(amount=Decimal("1"), unit="days", pdu_eligible=True)
