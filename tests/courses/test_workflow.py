"""Authoring: educators draft and submit, clinical reviewers approve. Driven through the admin views."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.blocks import RICH_TEXT_FEATURES
from courses.models import LessonPage

LESSON_FORM = nested_form_data(
    {
        "title": "Cleaning the mat table",
        "slug": "cleaning-the-mat-table",
        "intro": "Which product, how long it stays wet, and why.",
        "estimated_minutes": "8",
        "body": streamfield(
            [
                ("heading", {"text": "Contact time", "level": "h2"}),
                (
                    "callout",
                    {
                        "kind": "safety",
                        "title": "Follow the label",
                        "body": rich_text(
                            "<p>Keep the surface wet for the label time.</p>", features=RICH_TEXT_FEATURES
                        ),
                    },
                ),
            ]
        ),
    }
)


def add_lesson_url(module):
    return reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])


def approve_url(page, action="approve"):
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


@pytest.fixture
def submitted_lesson(client, educator, module):
    client.force_login(educator)
    response = client.post(add_lesson_url(module), {**LESSON_FORM, "action-submit": "Submit to Clinical review"})
    assert response.status_code == 302
    client.logout()
    return LessonPage.objects.get(slug="cleaning-the-mat-table")


def test_educator_add_form_offers_review_but_not_publish(client, educator, module):
    client.force_login(educator)

    response = client.get(add_lesson_url(module))

    assert response.status_code == 200
    assert 'name="action-submit"' in response.text
    assert "Submit to Clinical review" in response.text
    assert 'name="action-publish"' not in response.text


def test_educator_submitted_lesson_waits_for_clinical_review(submitted_lesson):
    state = WorkflowState.objects.get(object_id=str(submitted_lesson.pk))

    assert submitted_lesson.live is False
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Clinical review"
    assert submitted_lesson.current_workflow_task.name == "Clinical review"


def test_educator_cannot_publish_by_posting_publish_action(client, educator, module):
    client.force_login(educator)

    client.post(add_lesson_url(module), {**LESSON_FORM, "action-publish": "action-publish"})

    lesson = LessonPage.objects.get(slug="cleaning-the-mat-table")
    assert lesson.live is False
    assert lesson.permissions_for_user(educator).can_publish() is False


def test_educator_cannot_approve_own_submission(client, educator, submitted_lesson):
    client.force_login(educator)

    client.post(approve_url(submitted_lesson))

    submitted_lesson.refresh_from_db()
    assert submitted_lesson.live is False


def test_reviewer_approval_publishes_lesson(client, reviewer, submitted_lesson, learner):
    client.force_login(reviewer)

    response = client.post(approve_url(submitted_lesson))

    assert response.status_code == 302
    submitted_lesson.refresh_from_db()
    assert submitted_lesson.live is True
    assert WorkflowState.objects.get(object_id=str(submitted_lesson.pk)).status == WorkflowState.STATUS_APPROVED
    client.force_login(learner)
    page = client.get(submitted_lesson.url)
    assert page.status_code == 200
    assert "Keep the surface wet for the label time." in page.text


def test_reviewer_can_request_changes(client, reviewer, submitted_lesson):
    client.force_login(reviewer)

    client.post(approve_url(submitted_lesson, action="reject"), {"comment": "Cite the EPA label rule."})

    submitted_lesson.refresh_from_db()
    state = WorkflowState.objects.get(object_id=str(submitted_lesson.pk))
    assert submitted_lesson.live is False
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_reviewer_may_publish_directly(client, reviewer, module):
    client.force_login(reviewer)

    client.post(add_lesson_url(module), {**LESSON_FORM, "action-publish": "action-publish"})

    assert LessonPage.objects.get(slug="cleaning-the-mat-table").live is True


def test_learner_cannot_open_the_page_editor(client, learner, module):
    client.force_login(learner)

    response = client.get(add_lesson_url(module))

    assert response.status_code == 302
    assert LessonPage.objects.count() == 0
