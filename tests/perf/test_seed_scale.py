import pytest
from django.db import transaction

from courses.models import LessonCompletion
from lms.models import Membership, Organization, Team, TeamMembership, User
from quizzes.models import (
    Assignment,
    Attempt,
    AttemptItem,
    Certificate,
    CreditEntry,
    ModuleCompletion,
    Option,
    Question,
    QuestionVersion,
    VersionOption,
)
from tests.perf import scale, seed_scale

TINY = {"learners": 20, "questions": 30, "attempts": 50}


def _seed(seed=1):
    seed_scale.seed(**TINY, seed=seed)


def _seed_and_fingerprint(seed):
    """Seed inside a savepoint, take the fingerprint, roll the rows back."""
    with transaction.atomic():
        _seed(seed)
        digest = scale.fingerprint()
        transaction.set_rollback(True)
    return digest


@pytest.mark.django_db
def test_seed_scale_tiny_creates_exact_counts():
    _seed()

    scale_users = User.objects.filter(email__endswith=scale.EMAIL_DOMAIN)
    assert Organization.objects.filter(slug__startswith="scale-clinic-").count() == 1
    assert scale_users.count() == 21  # 20 learners and the clinic's manager
    assert Membership.objects.filter(user__in=scale_users, role="learner").count() == 20
    assert Membership.objects.filter(user__in=scale_users, role="manager").count() == 1
    assert User.objects.get(email=scale.manager_email(1)).groups.filter(name="Managers").count() == 1
    assert Question.objects.filter(key__startswith="scale-q-").count() == 30
    assert Option.objects.filter(question__key__startswith="scale-q-").count() == 120
    assert QuestionVersion.objects.filter(question__key__startswith="scale-q-").count() == 30
    assert VersionOption.objects.filter(version__question__key__startswith="scale-q-").count() == 120
    attempts = Attempt.objects.filter(quiz__slug=scale.QUIZ_SLUG)
    assert attempts.count() == 50
    assert attempts.filter(state=Attempt.State.SUBMITTED).count() == 50
    assert AttemptItem.objects.filter(attempt__in=attempts).count() == 50 * 20


@pytest.mark.django_db
def test_seed_scale_progress_rows_are_consistent():
    _seed()

    heavy = User.objects.get(email=scale.learner_email(1))
    completions = ModuleCompletion.objects.filter(user__email__endswith=scale.EMAIL_DOMAIN)
    assert LessonCompletion.objects.filter(user=heavy).count() > 0
    assert ModuleCompletion.objects.filter(user=heavy).count() > 0
    # One ledger entry and one certificate per completion of a module that carries CE hours.
    with_hours = completions.filter(module__ce_contact_hours__gt=0).count()
    assert CreditEntry.objects.filter(completion__in=completions).count() == with_hours
    assert Certificate.objects.filter(completion__in=completions).count() == with_hours


@pytest.mark.django_db
def test_seed_scale_clinic_has_teams_and_twenty_assignments():
    _seed()

    clinic = Organization.objects.get(slug="scale-clinic-001")
    links = TeamMembership.objects.filter(membership__organization=clinic, membership__role="learner")
    assignments = Assignment.objects.filter(organization=clinic)
    assert Team.objects.filter(organization=clinic).count() == 6
    assert links.filter(team__name=scale.EVERYONE).count() == 20
    assert links.exclude(team__name=scale.EVERYONE).values("membership").distinct().count() == 20
    assert links.exclude(team__name=scale.EVERYONE).count() == 20  # each learner in one of the five teams
    assert assignments.count() == 20
    assert assignments.filter(team__name=scale.EVERYONE).count() == 6  # every module and path
    assert assignments.filter(team__name__startswith="Team ").count() == 10
    assert assignments.filter(user__isnull=False).count() == 4
    assert assignments.filter(due_mode="after_joining").count() == 6  # onboarding path, one per team


@pytest.mark.django_db
def test_seed_scale_fingerprint_covers_assignments():
    _seed()
    before = scale.fingerprint()

    Assignment.objects.filter(user__isnull=False).update(recurrence_months=6)

    assert scale.fingerprint() != before


@pytest.mark.django_db
def test_seed_scale_same_seed_gives_same_data():
    first = _seed_and_fingerprint(1)
    second = _seed_and_fingerprint(1)
    other = _seed_and_fingerprint(2)

    assert first == second
    assert first != other


@pytest.mark.django_db
def test_seed_scale_refuses_second_run():
    _seed()

    with pytest.raises(seed_scale.SeedError, match="already holds seed_scale data"):
        _seed()
