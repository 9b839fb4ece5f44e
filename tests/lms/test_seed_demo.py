import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page

from lms.demo import DEMO_PASSWORD
from lms.models import Membership, Organization, User
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


def test_seed_demo_assigns_onboarding_to_the_demo_team():
    from quizzes.models import Assignment

    call_command("seed_demo", "--force")

    assignment = Assignment.objects.select_related("team", "path").get()
    assert (assignment.team.name, assignment.path.slug, assignment.due_mode, assignment.due_days) == (
        "New starters",
        "new-technician-onboarding",
        "after_joining",
        30,
    )
    assert list(assignment.team.members.values_list("user__email", flat=True)) == ["learner@example.com"]


def test_demo_learner_can_sign_in(client):
    call_command("seed_demo", "--force")

    response = client.post("/accounts/login/", {"login": "learner@example.com", "password": DEMO_PASSWORD})

    assert response["Location"] == "/dashboard/"
