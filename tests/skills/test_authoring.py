"""Educators author checklists in the Wagtail admin; they go through the same "Clinical review"
workflow as lessons. Observations are not editable anywhere in the admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.blocks import RICH_TEXT_FEATURES
from courses.models import SkillsChecklistPage
from lms import roles
from tests.factories import UserFactory
from tests.skills.conftest import observe

pytestmark = pytest.mark.django_db


def checklist_form(**overrides):
    return nested_form_data(
        {
            "title": "Check-off: bed mobility",
            "slug": "check-off-bed-mobility",
            "skill": "Rolling a client to the side",
            "observer_instructions": rich_text("<p>Watch; do not prompt.</p>", features=RICH_TEXT_FEATURES),
            "steps": streamfield(
                [
                    ("step", {"text": "Raises the bed to working height", "critical": True, "lesson": ""}),
                    ("step", {"text": "Explains each move", "critical": False, "lesson": ""}),
                ]
            ),
            "observer_credentials": ["otr", "cota"],
            "preceptors_may_observe": "on",
            "required_observations": "2",
            "renewal_months": "12",
            "required_for_module": "on",
            "references": streamfield([]),
            **overrides,
        }
    )


def add_url(module):
    return reverse("wagtailadmin_pages:add", args=["courses", "skillschecklistpage", module.pk])


@pytest.fixture
def reviewer(db):
    user = UserFactory(email="reviewer@riverside.test")
    user.groups.add(Group.objects.get(name=roles.CLINICAL_REVIEWERS))
    return user


def test_educator_submits_a_checklist_to_clinical_review(client, educator, module):
    client.force_login(educator)

    response = client.post(add_url(module), {**checklist_form(), "action-submit": "Submit to Clinical review"})

    assert response.status_code == 302
    checklist = SkillsChecklistPage.objects.get(slug="check-off-bed-mobility")
    state = WorkflowState.objects.get(object_id=str(checklist.pk))
    assert checklist.live is False
    assert state.workflow.name == "Clinical review"
    assert checklist.get_latest_revision_as_object().required_observations == 2


def test_reviewer_approval_publishes_the_checklist(client, educator, reviewer, module):
    client.force_login(educator)
    client.post(add_url(module), {**checklist_form(), "action-submit": "Submit to Clinical review"})
    checklist = SkillsChecklistPage.objects.get(slug="check-off-bed-mobility")
    task_state = checklist.current_workflow_task_state

    client.force_login(reviewer)
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[checklist.pk, "approve", task_state.pk]))

    checklist.refresh_from_db()
    assert checklist.live is True
    steps = [step["text"] for step in checklist.step_list()]
    assert steps == ["Raises the bed to working height", "Explains each move"]


def test_checklist_needs_someone_who_may_observe(client, reviewer, module):
    client.force_login(reviewer)

    response = client.post(
        add_url(module),
        {**checklist_form(observer_credentials=[], preceptors_may_observe=""), "action-publish": "publish"},
    )

    assert response.status_code == 200
    assert "Choose at least one credential, or let designated preceptors observe." in response.text
    assert not SkillsChecklistPage.objects.exists()


def test_observations_have_no_wagtail_admin_editor(client, checklist, trainee, otr, superuser):
    observe(checklist, trainee.user, otr.user)
    client.force_login(superuser)

    assert client.get("/admin/snippets/quizzes/observation/").status_code == 404
