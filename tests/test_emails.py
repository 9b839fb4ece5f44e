"""Every email the system sends names the configured site and links only to the configured URL:
allauth's (sign-up confirmation, password reset, unknown account), invitations, reminders (due
and sent by hand), the managers' digest and Wagtail's moderation notifications. None mentions
example.com, 127.0.0.1 or the host a request happened to arrive on."""

import datetime
import re

import pytest
from django.conf import settings as django_settings
from django.contrib.sites.models import Site
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from lms import invitations
from lms.apps import site_from_settings
from quizzes.compliance import services as compliance
from tests.courses.conftest import catalog, home_page, module, reviewer  # noqa: F401 - shared fixtures
from tests.courses.test_workflow import LESSON_FORM, add_lesson_url, approve_url

pytestmark = pytest.mark.django_db

SITE_NAME = "Riverside Learning"
SITE_URL = "https://learn.riverside-clinic.test"


@pytest.fixture
def branded(settings):
    """What settings.py derives from SITE_NAME and SITE_URL in the environment, then the start-up
    step that copies them into the Sites row."""
    settings.SITE_NAME = SITE_NAME
    settings.SITE_URL = SITE_URL
    settings.WAGTAILADMIN_BASE_URL = SITE_URL
    settings.WAGTAIL_SITE_NAME = SITE_NAME
    settings.ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{SITE_NAME}] "
    site_from_settings()
    yield
    Site.objects.clear_cache()


def test_settings_derive_wagtail_and_subject_prefix_from_the_site_settings():
    assert django_settings.WAGTAILADMIN_BASE_URL == django_settings.SITE_URL
    assert django_settings.WAGTAIL_SITE_NAME == django_settings.SITE_NAME
    assert django_settings.ACCOUNT_EMAIL_SUBJECT_PREFIX == f"[{django_settings.SITE_NAME}] "
    assert "127.0.0.1" not in django_settings.SITE_URL


def test_the_sites_row_follows_the_settings(branded):
    site = Site.objects.get_current()

    assert (site.domain, site.name) == ("learn.riverside-clinic.test", SITE_NAME)


def _check(messages, *, expected: int):
    assert len(messages) >= expected, [m.subject for m in messages]
    for message in messages:
        text = message.subject + "\n" + message.body
        for alternative, _type in getattr(message, "alternatives", []):
            text += "\n" + alternative
        assert "example.com" not in text, text
        assert "127.0.0.1" not in text, text
        assert "testserver" not in text, text
        assert "localhost" not in text, text
        for url in re.findall(r"https?://[^\s\"'<>]+", text):
            assert url == SITE_URL or url.startswith(SITE_URL + "/"), (url, message.subject)
        assert SITE_NAME in text, message.subject


def test_allauth_emails(client, branded, learner):
    client.post(
        "/accounts/signup/",
        {"email": "new@riverside.test", "name": "New Person", "credential": "aide",
         "password1": "a-long-Passphrase-42", "password2": "a-long-Passphrase-42"},
    )  # fmt: skip
    client.logout()
    client.post("/accounts/password/reset/", {"email": learner.email})
    client.post("/accounts/password/reset/", {"email": "nobody@riverside.test"})

    subjects = [m.subject for m in mail.outbox]
    assert len(subjects) == 3, subjects
    _check(mail.outbox, expected=3)
    assert any("/accounts/confirm-email/" in m.body for m in mail.outbox)
    assert any("/accounts/password/reset/key/" in m.body for m in mail.outbox)


def test_invitation_email(branded, organization, manager):
    invitations.invitation_create(
        organization=organization, email="invited@riverside.test", invited_by=manager, now=timezone.now()
    )

    _check(mail.outbox, expected=1)
    assert f"{SITE_URL}/invitations/" in mail.outbox[0].body


def test_reminder_manual_reminder_and_digest_emails(branded, organization, manager, learner, catalog):  # noqa: F811
    from tests.progress.conftest import make_module

    hygiene = make_module(catalog, title="Hand hygiene", lessons=1)
    today = timezone.localdate()
    assignment = compliance.assignment_create(
        organization=organization, created_by=manager, module=hygiene, user=learner,
        due_date=today - datetime.timedelta(days=3), allow_past=True,
    )  # fmt: skip
    now = timezone.now()

    compliance.reminders_send_due(now=now)
    compliance.reminders_send_now(
        organization=organization, actor=manager, now=now, assignment_id=assignment.pk, user_id=learner.pk
    )
    compliance.manager_digests_send(now=now)

    kinds = sorted(m.to[0] for m in mail.outbox)
    assert kinds == [learner.email, learner.email, manager.email]
    _check(mail.outbox, expected=3)


def test_wagtail_moderation_emails(client, branded, educator, reviewer, module):  # noqa: F811
    client.force_login(educator)
    client.post(add_lesson_url(module), {**LESSON_FORM, "action-submit": "Submit to Clinical review"})
    submitted = list(mail.outbox)
    from courses.models import LessonPage

    lesson = LessonPage.objects.get(slug="cleaning-the-mat-table")
    client.force_login(reviewer)
    client.post(approve_url(lesson), {"comment": ""})

    assert submitted, "the reviewer is told about the submission"
    _check(mail.outbox, expected=2)
    assert any(reverse("wagtailadmin_pages:edit", args=[lesson.pk]) in m.body for m in mail.outbox)
