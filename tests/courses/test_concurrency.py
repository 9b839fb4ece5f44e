"""Ten browser tabs marking one lesson complete at the same moment: every one gets a page, none a 500.

Threads with their own connections and committed data (transactional_db), as gunicorn workers.
"""

import pytest
from django.test import Client

from courses.models import LessonCompletion
from tests.concurrency import run_concurrently
from tests.courses.factories import LessonPageFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_ten_concurrent_lesson_complete_posts_all_succeed(module):
    lessons = [LessonPageFactory(parent=module, title=f"Lesson {n}") for n in (1, 2)]
    user = UserFactory()
    url = f"/learn/lessons/{lessons[0].pk}/complete/"

    clients = [Client(raise_request_exception=False) for _ in range(10)]
    for client in clients:
        client.force_login(user)

    statuses, errors = run_concurrently(10, lambda i, _: clients[i].post(url).status_code)

    assert errors == []
    assert statuses == [302] * 10
    assert LessonCompletion.objects.filter(user=user, lesson=lessons[0]).count() == 1
