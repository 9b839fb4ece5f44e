"""Catalog, module and lesson bodies are cached per learner (CachedBodyMixin): the page served must
change as soon as the learner's progress does, and each response carries a working CSRF token."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import LessonCompletion
from tests.courses.factories import LessonPageFactory, ModulePageFactory

pytestmark = pytest.mark.django_db
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def test_marking_a_lesson_complete_through_the_cached_page_shows_at_once(learner, catalog):
    module = ModulePageFactory(parent=catalog)
    first, second = LessonPageFactory(parent=module), LessonPageFactory(parent=module)
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    for url in (catalog.url, module.url, first.url, first.url):  # each body is cached now
        assert client.get(url).status_code == 200

    page = client.get(first.url).content.decode()
    assert "Mark this lesson complete" in page
    response = client.post(
        reverse("courses:lesson-complete", args=[first.pk]), {"csrfmiddlewaretoken": TOKEN.search(page)[1]}
    )

    assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=learner, lesson=first).exists()
    assert "You completed this lesson on" in client.get(first.url).content.decode()
    module_html = client.get(module.url).content.decode()
    assert module_html.count("status--done") == 1 and "1 of 2" in module_html
    assert second.title in module_html


def test_each_learner_gets_their_own_body(learner, educator, catalog):
    module = ModulePageFactory(parent=catalog)
    lesson = LessonPageFactory(parent=module)
    LessonCompletion.objects.create(user=learner, lesson=lesson, completed_at="2026-03-02T15:00Z")
    mine, theirs = Client(), Client()
    mine.force_login(learner)
    theirs.force_login(educator)

    assert "status--done" in mine.get(module.url).content.decode()
    assert "status--done" not in theirs.get(module.url).content.decode()
    assert "You completed this lesson" not in theirs.get(lesson.url).content.decode()


def test_a_published_edit_shows_in_cached_bodies(client_as_learner, catalog):
    module = ModulePageFactory(parent=catalog, title="Body mechanics")
    client_as_learner.get(module.url)

    module.title = "Body mechanics and safe lifting"
    module.save_revision().publish()

    assert "Body mechanics and safe lifting" in client_as_learner.get(module.url).content.decode()
