"""State changes of the LTI tool: accounts and memberships for launched people, course teams,
quiz launches, grade passback and roster sync. One function owns one change.

The HTTP calls to the platform (token, AGS, NRPS) go through pylti1p3's `ServiceConnector`, which
signs the client assertion with our key; they run outside database transactions.
"""

import dataclasses
import datetime
import hashlib
import logging

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from lti_tool.lti_core.constants import ContextRole
from lti_tool.lti_core.utils import normalize_role
from lti_tool.models import Key, LtiContext, LtiRegistration, LtiResourceLink, LtiUser
from pylti1p3.assignments_grades import AssignmentsGradesService
from pylti1p3.grade import Grade
from pylti1p3.lineitem import LineItem
from pylti1p3.names_roles import NamesRolesProvisioningService
from pylti1p3.service_connector import ServiceConnector

from lms import services as lms_services
from lms.models import Membership, Organization, Team, User
from quizzes.compliance import services as compliance_services
from quizzes.lti.models import (
    CourseInstructor,
    CourseTeam,
    PlatformOrganization,
    QuizLaunch,
    ScorePassback,
    UsedToken,
)
from quizzes.models import Attempt, Quiz

logger = logging.getLogger(__name__)

#: Platform roles recorded as the course's instructors (the LTI context roles of teaching staff).
TEACHING_ROLES = frozenset({ContextRole.INSTRUCTOR, ContextRole.ADMINISTRATOR, ContextRole.CONTENT_DEVELOPER})
AGS_SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"


class LaunchRefused(Exception):
    """A validated launch we still turn away; `str(error)` is shown to the person."""


def is_teaching(roles) -> bool:
    """True when any of the launch's (or NRPS member's) roles is a teaching role."""
    return any(normalize_role(role) in {r.value for r in TEACHING_ROLES} for role in roles or ())


def token_spend(*, issuer: str, value: str, now: datetime.datetime) -> bool:
    """Spend a one-time value (an id_token nonce, a handoff id); False if it was spent before."""
    try:
        with transaction.atomic():
            UsedToken.objects.create(issuer=issuer[:255], value=value[:255], used_at=now)
    except IntegrityError:
        return False
    return True


def tool_key_ensure() -> None:
    """Make our first RSA key pair if there is none: every launch and service call signs with it."""
    if not Key.objects.active().exists():
        Key.objects.generate()


def organization_for(*, registration: LtiRegistration) -> Organization:
    link = PlatformOrganization.objects.select_related("organization").filter(registration=registration).first()
    if link is None:
        raise LaunchRefused("This platform is not linked to an organization yet. Ask the Occupass staff to link it.")
    return link.organization


def _placeholder_email(lti_user: LtiUser) -> str:
    digest = hashlib.sha256(f"{lti_user.registration_id}:{lti_user.sub}".encode()).hexdigest()[:20]
    return f"lti-{digest}@lti.invalid"


@transaction.atomic
def account_for(*, lti_user: LtiUser) -> User:
    """The account linked to a platform user (issuer + client via the registration, and `sub`).

    First launch creates it. The platform's email is used only when no account has it: a
    platform asserts emails without our verification, so it never signs anyone into an existing
    account; such a person gets a placeholder address and the staff can merge by hand."""
    lti_user = LtiUser.objects.select_for_update(of=("self",)).select_related("auth_user").get(pk=lti_user.pk)
    if lti_user.auth_user is not None:
        return lti_user.auth_user
    email = (lti_user.email or "").strip()
    if not email or User.objects.filter(email__iexact=email).exists():
        email = _placeholder_email(lti_user)
    name = lti_user.name or " ".join(p for p in (lti_user.given_name, lti_user.family_name) if p)
    user = User.objects.create_user(email=email, password=None, name=name[:150])
    lti_user.auth_user = user
    lti_user.save(update_fields=["auth_user", "datetime_modified"])
    return user


@transaction.atomic
def course_team_for(*, context: LtiContext, organization: Organization) -> Team:
    """The organization's team for a platform course, made on first use and named after it."""
    link = CourseTeam.objects.select_related("team").filter(context=context).first()
    if link is not None:
        return link.team
    base = (context.title or context.label or context.id_on_platform or "LTI course")[:80]
    name = base
    if Team.objects.filter(organization=organization, name__iexact=name).exists():
        name = f"{base} (LTI {context.pk})"
    team = compliance_services.team_create(organization=organization, name=name)
    CourseTeam.objects.create(context=context, team=team)
    return team


@transaction.atomic
def member_join(
    *, user: User, organization: Organization, teaching: bool, team: Team, context: LtiContext | None = None
) -> Membership:
    """Make a launched (or rostered) person a member, and put them in the course team. Teaching
    staff are recorded as the course's instructors (`CourseInstructor`): that gives them their
    course's results, and nothing organization-wide. Nobody's role changes here (a manager stays a
    manager, a new member is a learner). A deactivated member stays deactivated and is refused."""
    membership = Membership.objects.filter(user=user, organization=organization).first()
    if membership is None:
        membership = lms_services.membership_create(user=user, organization=organization, role=Membership.Role.LEARNER)
    elif not membership.is_active:
        raise LaunchRefused(f"Your membership of {organization} was ended. Ask your programme to restore it.")
    compliance_services.team_add_member(team=team, membership=membership)
    if teaching and context is not None:
        CourseInstructor.objects.get_or_create(context=context, user=user, defaults={"since": timezone.now()})
    return membership


@dataclasses.dataclass
class Admission:
    user: User
    membership: Membership
    team: Team
    teaching: bool


def launch_admit(*, lti_user: LtiUser, context: LtiContext, roles: list[str]) -> Admission:
    """Everything a validated launch grants: the linked account, membership, course team."""
    organization = organization_for(registration=lti_user.registration)
    teaching = is_teaching(roles)
    with transaction.atomic():
        user = account_for(lti_user=lti_user)
        if not user.is_active:
            raise LaunchRefused("This account is switched off.")
        team = course_team_for(context=context, organization=organization)
        membership = member_join(user=user, organization=organization, teaching=teaching, team=team, context=context)
    return Admission(user=user, membership=membership, team=team, teaching=teaching)


def quiz_launch_record(
    *, user: User, lti_user: LtiUser, quiz: Quiz, resource_link: LtiResourceLink, ags: dict | None, now
) -> QuizLaunch | None:
    """Remember that this learner reached `quiz` through a link that takes scores, so that their
    attempts graded from now on go to its line item. Links without the score scope record nothing."""
    if not ags or AGS_SCORE_SCOPE not in (ags.get("scope") or []):
        return None
    launch, _ = QuizLaunch.objects.update_or_create(
        user=user,
        resource_link=resource_link,
        defaults={"lti_user": lti_user, "quiz": quiz, "ags": ags, "launched_at": now},
    )
    return launch


def passbacks_create(*, attempt: Attempt, now: datetime.datetime) -> list[ScorePassback]:
    """The score rows a newly graded attempt owes: one per LTI link the learner reached this quiz
    through before submitting. Returns only the rows made now, so a second call (a double submit
    announcing twice, a repeated event) returns nothing and nothing is sent twice."""
    launches = QuizLaunch.objects.filter(
        user_id=attempt.user_id, quiz_id=attempt.quiz_id, launched_at__lte=attempt.submitted_at or now
    )
    created = []
    for launch in launches:
        with transaction.atomic():
            row, made = ScorePassback.objects.get_or_create(
                attempt=attempt, launch=launch, defaults={"created_at": now}
            )
        if made:
            created.append(row)
    return created


def _connector(registration: LtiRegistration) -> ServiceConnector:
    return ServiceConnector(registration.to_registration())


def _lineitem_url(passback: ScorePassback, service) -> str:
    """The line item to score into: the link's own (a deep-linked item), else one we find or make
    for this resource link, tagged with the quiz."""
    ags = passback.launch.ags
    if ags.get("lineitem"):
        return ags["lineitem"]
    launch = passback.launch
    wanted = (
        LineItem()
        .set_label(launch.quiz.title[:255])
        .set_score_maximum(100)
        .set_resource_link_id(launch.resource_link.id_on_platform)
        .set_resource_id(f"quiz:{launch.quiz.slug}")
        .set_tag("occupass")
    )
    return service.find_or_create_lineitem(wanted, find_by="resource_link_id").get_id()


class PassbackFailed(Exception):
    """The platform did not take the score; the task tries again later."""


def passback_send(*, passback_id: int, now: datetime.datetime) -> bool:
    """Post one attempt's score to the platform's gradebook, at most once.

    Claims the row first (a conditional update, so two workers cannot both post); a row already
    claimed or sent is left alone and False returned. A failed post releases the claim, records
    the error and raises `PassbackFailed` for the task to retry. The score's timestamp is the
    attempt's submission time, so even a repeat would only restate the same score."""
    claimed = ScorePassback.objects.filter(pk=passback_id, sent_at__isnull=True, claimed_at__isnull=True).update(
        claimed_at=now, tries=F("tries") + 1
    )
    if not claimed:
        return False
    passback = ScorePassback.objects.select_related(
        "attempt", "launch__quiz", "launch__lti_user__registration", "launch__resource_link"
    ).get(pk=passback_id)
    attempt, launch = passback.attempt, passback.launch
    try:
        service = AssignmentsGradesService(_connector(launch.lti_user.registration), launch.ags)
        lineitem_url = passback.lineitem_url or _lineitem_url(passback, service)
        grade = (
            Grade()
            .set_score_given(float(attempt.percent or 0))
            .set_score_maximum(100)
            .set_activity_progress("Completed")
            .set_grading_progress("FullyGraded")
            .set_timestamp((attempt.submitted_at or now).isoformat())
            .set_user_id(launch.lti_user.sub)
        )
        service.put_grade(grade, LineItem().set_id(lineitem_url))
    except Exception as error:  # the platform's answer, the network, a token refusal: all retried
        ScorePassback.objects.filter(pk=passback_id).update(claimed_at=None, last_error=repr(error)[:2000])
        raise PassbackFailed(str(error)) from error
    ScorePassback.objects.filter(pk=passback_id).update(
        sent_at=timezone.now(), lineitem_url=lineitem_url, last_error=""
    )
    return True


@dataclasses.dataclass
class RosterResult:
    team: Team
    joined: int
    left: int


def roster_sync(*, context: LtiContext, now: datetime.datetime) -> RosterResult:
    """Make the course team match the platform's roster (Names and Role Provisioning Services).

    Active members get a linked account, a membership and a place in the team (teaching staff are
    recorded as the course's instructors); people the platform lists as inactive, or no longer
    lists, leave the team (their membership and records stay: they may be in other courses)."""
    if not context.memberships_url:
        raise LaunchRefused("This course does not offer its roster (no Names and Role Provisioning Service).")
    registration = context.deployment.registration
    organization = organization_for(registration=registration)
    service = NamesRolesProvisioningService(
        _connector(registration), {"context_memberships_url": context.memberships_url}
    )
    members = service.get_members()
    context.update_memberships(members)
    team = course_team_for(context=context, organization=organization)
    active_users = set()
    joined = 0
    for member in members:
        if member.get("status", "Active") != "Active":
            continue
        lti_user = LtiUser.objects.get(registration=registration, sub=member["user_id"])
        user = account_for(lti_user=lti_user)
        active_users.add(user.pk)
        before = team.team_memberships.filter(membership__user=user).exists()
        try:
            member_join(
                user=user,
                organization=organization,
                teaching=is_teaching(member.get("roles")),
                team=team,
                context=context,
            )
        except LaunchRefused:
            continue
        joined += not before
    left = 0
    for link in team.team_memberships.select_related("membership__user").exclude(membership__user__in=active_users):
        # Only people the platform brought in leave with the roster; staff added by hand stay.
        if LtiUser.objects.filter(registration=registration, auth_user=link.membership.user_id).exists():
            compliance_services.team_remove_member(team=team, membership=link.membership)
            left += 1
    CourseTeam.objects.filter(context=context).update(synced_at=now)
    return RosterResult(team=team, joined=joined, left=left)
