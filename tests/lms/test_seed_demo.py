import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Page

from lms.demo import DEMO_ORGANIZATION, DEMO_PASSWORD
from lms.models import Membership, Organization, Team, User
from quizzes.models import Assignment, Question, Quiz

pytestmark = pytest.mark.django_db

DEMO_EMAILS = [
    "admin@example.com",
    "educator@example.com",
    "learner@example.com",
    "manager@example.com",
    "preceptor@example.com",
    "reviewer@example.com",
]


def _state():
    return (
        list(User.objects.order_by("email").values_list("email", "password", "name", "is_superuser")),
        list(Membership.objects.order_by("user__email").values_list("user__email", "role", "organization__slug")),
        list(EmailAddress.objects.order_by("email").values_list("email", "verified", "primary")),
        list(Organization.objects.values_list("slug", "name")),
        list(Page.objects.order_by("path").values_list("path", "title", "latest_revision_id")),
        list(Question.objects.order_by("key").values_list("key", "updated_at")),
        list(Quiz.objects.order_by("slug").values_list("slug", "module_id")),
        list(Assignment.objects.values_list("pk", "team_id", "path_id")),
    )


def test_seed_demo_refuses_when_debug_is_off():
    with pytest.raises(CommandError, match="Refusing to create demo accounts"):
        call_command("seed_demo")

    assert User.objects.count() == 0


def test_seed_demo_with_force_creates_demo_accounts(capsys):
    call_command("seed_demo", "--force")

    assert sorted(User.objects.values_list("email", flat=True)) == DEMO_EMAILS
    assert User.objects.get(email="admin@example.com").is_superuser is True
    assert User.objects.get(email="learner@example.com").check_password(DEMO_PASSWORD) is True
    assert dict(Membership.objects.values_list("user__email", "role")) == {
        "educator@example.com": "educator",
        "learner@example.com": "learner",
        "manager@example.com": "manager",
        "preceptor@example.com": "learner",
        "reviewer@example.com": "educator",
    }
    assert list(Membership.objects.filter(is_preceptor=True).values_list("user__email", flat=True)) == [
        "preceptor@example.com"
    ]
    assert sorted(User.objects.get(email="reviewer@example.com").groups.values_list("name", flat=True)) == [
        "Clinical reviewers",
        "Educators",
    ]
    assert EmailAddress.objects.filter(verified=True).count() == 6
    assert DEMO_PASSWORD in capsys.readouterr().out


@override_settings(DEBUG=True)
def test_seed_demo_is_idempotent():
    call_command("seed_demo")
    first = _state()

    call_command("seed_demo")

    assert _state() == first


def test_seed_demo_links_each_module_assessment_to_its_module():
    call_command("seed_demo", "--force")

    assert dict(Quiz.objects.filter(kind="assessment").values_list("slug", "module__slug")) == {
        "assessment-ethics-scope-and-confidentiality": "ethics-scope-and-confidentiality",
        "assessment-hygiene-and-infection-control": "hygiene-and-infection-control",
        "assessment-safe-patient-transfers": "safe-patient-transfers",
        "assessment-therapy-equipment-use": "therapy-equipment-use",
    }


def test_seed_demo_sets_the_assignment_rules():
    call_command("seed_demo", "--force")

    rules = Assignment.objects.select_related("path").order_by("pk")
    assert [(a.audience, a.credential, a.path.slug, a.purpose, a.due_days, a.recurrence_months) for a in rules] == [
        ("members", "aide", "new-technician-onboarding", "onboarding", 30, None),
        ("members", "", "annual-compliance-refresher", "compliance", 30, 12),
    ]
    team = Team.objects.get()
    assert list(team.members.values_list("user__email", flat=True)) == ["learner@example.com"]


def test_every_demo_accounts_dashboard_shows_exactly_its_matrix_row():
    """One source of truth: what a person's dashboard says is due (assignments and onboarding
    goals) is what the compliance matrix shows for them, with the same due dates."""
    from quizzes.compliance import selectors as compliance_selectors
    from quizzes.progress.selectors import learner_dashboard

    call_command("seed_demo", "--force")
    organization = Organization.objects.get(slug=DEMO_ORGANIZATION["slug"])
    now = timezone.now()
    today = timezone.localdate(now)
    matrix = compliance_selectors.compliance_matrix(organization=organization, today=today)
    rows = {row.email: row for row in matrix.rows}

    assert set(rows) == {
        "learner@example.com", "educator@example.com", "manager@example.com", "reviewer@example.com",
        "preceptor@example.com",
    }  # fmt: skip
    for email, row in rows.items():
        user = User.objects.get(email=email)
        dashboard = learner_dashboard(user=user, now=now)
        shown = {(item.requirement.title, item.state.due_on) for item in dashboard.assignments}
        in_matrix = {(r.title, s.due_on) for r, s in zip(row.requirements, row.states, strict=True) if s is not None}
        onboarding = {(item["goal"].title, item["goal"].deadline) for item in dashboard.onboarding}
        assert shown == in_matrix, email
        assert onboarding <= in_matrix, email
    learner = learner_dashboard(user=User.objects.get(email="learner@example.com"), now=now)
    assert [item["goal"].title for item in learner.onboarding] == ["New technician onboarding"]
    assert learner_dashboard(user=User.objects.get(email="manager@example.com"), now=now).onboarding == []


def test_demo_learner_can_sign_in(client):
    call_command("seed_demo", "--force")

    response = client.post("/accounts/login/", {"login": "learner@example.com", "password": DEMO_PASSWORD})

    assert response["Location"] == "/dashboard/"
