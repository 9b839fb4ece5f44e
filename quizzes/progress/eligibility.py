"""Whether a module completion earns NBCOT PDUs depends on how the learner took it.

NBCOT's PDU rules exclude orientation and employer-mandated annual training (docs/content-sources.md:
"employer CE ... orientation and annual mandatory training are excluded"). The same module can be
voluntary CE for one learner and onboarding for another, so eligibility is decided per completion:

- completed while an onboarding or annual-compliance assignment covers the module: 0 PDU, with
  the reason recorded on the ledger entry (and so on the transcript and in the audit packet);
- a compliance-only module (`pdu_eligible` unticked): 0 PDU, whatever the assignment;
- otherwise voluntary CE: PDUs by `conversions.module_units`.

The assignment says why it was made (`Assignment.purpose`, set by the manager or the rule);
`assignment_purpose` is the one place that reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from lms.models import Membership, TeamMembership, User
from quizzes.models import Assignment

MANDATED_PURPOSES = {
    Assignment.Purpose.ONBOARDING: "onboarding",
    Assignment.Purpose.COMPLIANCE: "annual compliance",
}


def assignment_purpose(assignment) -> str | None:
    """The assignment's purpose when it mandates the training (onboarding or annual compliance),
    else None (other assigned training keeps its PDUs)."""
    return assignment.purpose if assignment.purpose in MANDATED_PURPOSES else None


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
    """(purpose, title) of an onboarding or annual-compliance assignment that covered `module` for
    `user` when they completed it at `before`: made before then and not ended by then, to them, to
    one of their teams, or by a rule to their clinic's members (everyone or their credential).
    None when there is none. Three queries."""
    if not isinstance(user, User):
        user = User.objects.only("pk", "credential").get(pk=user)
    active = Membership.objects.filter(user=user, deactivated_at__isnull=True)
    teams = TeamMembership.objects.filter(membership__in=active).values("team_id")
    assignments = (
        Assignment.objects.filter(created_at__lte=before, purpose__in=list(MANDATED_PURPOSES))
        .filter(Q(ended_on__isnull=True) | Q(ended_on__gt=before.date()))
        .filter(
            Q(audience=Assignment.Audience.PERSON, user=user)
            | Q(audience=Assignment.Audience.TEAM, team_id__in=teams)
            | Q(
                audience=Assignment.Audience.MEMBERS,
                credential__in=["", user.credential],
                organization_id__in=active.values("organization_id"),
            )
        )
        .filter(Q(module=module) | Q(path__path_modules__module=module))
        .select_related("module", "path", "checklist")
        .defer("module__objectives", "module__references")
        .order_by("created_at", "pk")
        .distinct()
    )
    for assignment in assignments:
        purpose = assignment_purpose(assignment)
        if purpose is not None:
            return purpose, assignment.target.title
    return None
