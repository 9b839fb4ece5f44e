"""NBCOT unit conversions (shared/domain.md §2, from nbcot.org/certification/continuing-education):

- 1 contact hour (or clock hour) = 1 PDU;
- 0.1 CEU = 1 PDU (IACET: 1 CEU = 10 contact hours);
- 1 contact hour with an end-of-course assessment, from AOTA, an AOTA-approved provider, an IACET
  provider or an accredited college = 1.25 PDU;
- compliance-only training (e.g. annual infection control) is not PDU-eligible: 0 PDU, but its
  contact hours are still recorded for state and employer compliance.

Pure functions on Decimals; every result is rounded to hundredths (half up).
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
PDU_PER_CONTACT_HOUR = Decimal("1")
PDU_PER_CEU = Decimal("10")
CONTACT_HOURS_PER_CEU = Decimal("10")
PDU_PER_ASSESSED_CONTACT_HOUR = Decimal("1.25")


def quantize(value: Decimal) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Units:
    contact_hours: Decimal
    ceu: Decimal
    pdu: Decimal


def ceu_to_contact_hours(ceu: Decimal) -> Decimal:
    return quantize(ceu * CONTACT_HOURS_PER_CEU)


def contact_hours_to_ceu(contact_hours: Decimal) -> Decimal:
    return quantize(contact_hours / CONTACT_HOURS_PER_CEU)


def module_units(*, contact_hours: Decimal, pdu_eligible: bool, assessed: bool, approved_provider: bool) -> Units:
    """Units for completing one of our modules.

    `assessed`: the module has an end-of-course assessment the learner passed; `approved_provider`:
    the module names a provider approval number. Both together earn 1.25 PDU per hour.
    """
    if not pdu_eligible:
        pdu = Decimal("0")
    elif assessed and approved_provider:
        pdu = contact_hours * PDU_PER_ASSESSED_CONTACT_HOUR
    else:
        pdu = contact_hours * PDU_PER_CONTACT_HOUR
    return Units(contact_hours=quantize(contact_hours), ceu=contact_hours_to_ceu(contact_hours), pdu=quantize(pdu))


def external_units(*, amount: Decimal, unit: str, pdu_eligible: bool) -> Units:
    """Units for CE earned elsewhere, entered in contact hours or in CEU ("contact_hours" / "ceu").

    External certificates rarely prove an end-of-course assessment from an approved provider, so
    external CE is credited at 1 PDU per contact hour (0.1 CEU = 1 PDU).
    """
    if unit == "ceu":
        contact_hours = ceu_to_contact_hours(amount)
        ceu = quantize(amount)
        pdu = quantize(amount * PDU_PER_CEU)
    elif unit == "contact_hours":
        contact_hours = quantize(amount)
        ceu = contact_hours_to_ceu(amount)
        pdu = quantize(amount * PDU_PER_CONTACT_HOUR)
    else:
        raise ValueError(f"Unknown unit {unit!r}: use 'contact_hours' or 'ceu'.")
    return Units(contact_hours=contact_hours, ceu=ceu, pdu=pdu if pdu_eligible else Decimal("0.00"))
