"""Whether a module completion earns NBCOT PDUs depends on how the learner took it.

NBCOT's PDU rules exclude orientation and employer-mandated annual training (shared/domain.md §2:
"employer CE ... orientation and annual mandatory training are excluded"). The same module can be
voluntary CE for one learner and onboarding for another, so eligibility is decided per completion:

- completed while an onboarding or annual-compliance assignment covers the module: 0 PDU, with
  the reason recorded on the ledger entry (and so on the transcript and in the audit packet);
- a compliance-only module (`pdu_eligible` unticked): 0 PDU, whatever the assignment;
- otherwise voluntary CE: PDUs by `conversions.module_units`.

`assignment_purpose` is the one place that reads an assignment's purpose. Today it is derived
from what the Assignment model holds (the path's onboarding flag, recurrence, renewal periods);
when assignments carry an explicit purpose, that field wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

ONBOARDING = "onboarding"
ANNUAL_COMPLIANCE = "annual_compliance"
MANDATED_PURPOSES = {ONBOARDING: "onboarding", ANNUAL_COMPLIANCE: "annual compliance"}


def assignment_purpose(assignment) -> str | None:
    """ "onboarding", "annual_compliance" or None (other assigned training) for one assignment."""
    explicit = getattr(assignment, "purpose", None)
    if explicit:
        return explicit
    path = assignment.path if assignment.path_id else None
    module = assignment.module if assignment.module_id else None
    if (path is not None and path.required_for_onboarding) or assignment.due_mode == "after_joining":
        return ONBOARDING
    if assignment.recurrence_months or (path and path.renewal_months) or (module and module.renewal_months):
        return ANNUAL_COMPLIANCE
    return None


@dataclass(frozen=True)
class PduDecision:
    eligible: bool
    note: str


def pdu_decision(
    *, module_eligible: bool, mandated_by: tuple[str, str] | None, approved_provider: bool
) -> PduDecision:
    """The PDU decision for one completion. `mandated_by` is (purpose, assignment title) or None."""
    if not module_eligible:
        return PduDecision(
            False, "Compliance training: not eligible for NBCOT PDUs. Contact hours are kept for employer records."
        )
    if mandated_by is not None:
        purpose, title = mandated_by
        return PduDecision(
            False,
            f"0 PDUs: completed under the {MANDATED_PURPOSES.get(purpose, purpose)} assignment "
            f"\N{LEFT DOUBLE QUOTATION MARK}{title}\N{RIGHT DOUBLE QUOTATION MARK}. NBCOT does not accept orientation "
            "or employer-mandated annual training as PDUs.",
        )
    if approved_provider:
        return PduDecision(True, "Voluntary CE from an approved provider.")
    return PduDecision(True, "Voluntary CE.")


def mandating_assignment(*, user, module, before) -> tuple[str, str] | None:
    """(purpose, title) of an onboarding or annual-compliance assignment covering `module` for
    `user` (directly or through a team), made before `before`; None when there is none. One query."""
    from quizzes.models import Assignment

    assignments = (
        Assignment.objects.filter(created_at__lte=before)
        .filter(Q(user=user) | Q(team__team_memberships__membership__user=user))
        .filter(Q(module=module) | Q(path__path_modules__module=module))
        .select_related("module", "path")
        .defer("module__objectives", "module__references")
        .order_by("created_at", "pk")
        .distinct()
    )
    for assignment in assignments:
        purpose = assignment_purpose(assignment)
        if purpose in MANDATED_PURPOSES:
            return purpose, assignment.target.title
    return None
