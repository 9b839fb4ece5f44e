"""Double-award prevention under real concurrency: threads with their own connections, committed
data (transactional_db). Runs on SQLite (writers serialised, lock errors retried) and PostgreSQL
(the learner's row lock, then the unique constraints)."""

import threading

import pytest
from django.db import connection

from quizzes.models import Certificate, CreditEntry, ModuleCompletion
from quizzes.progress import services
from tests.factories import UserFactory
from tests.progress.conftest import NOW, complete_lessons, make_module

pytestmark = pytest.mark.django_db(transaction=True)


def run_concurrently(count, target):
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run(i):
        try:
            barrier.wait()
            results.append(target(i))
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors


def test_module_completion_check_concurrent_calls_award_credit_once(catalog):
    user = UserFactory()
    module = make_module(catalog)
    complete_lessons(user, module)

    def check(_):
        return services.module_completion_check(user=user, module=module, now=NOW)

    results, errors = run_concurrently(4, check)

    assert errors == []
    assert len([result for result in results if result is not None]) == 1
    assert ModuleCompletion.objects.filter(user=user).count() == 1
    assert CreditEntry.objects.filter(user=user).count() == 1
    assert Certificate.objects.filter(user=user).count() == 1
