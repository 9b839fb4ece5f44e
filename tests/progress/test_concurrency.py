"""Double-award prevention under real concurrency: threads with their own connections, committed
data (transactional_db). Runs on SQLite (writers serialised, lock errors retried) and PostgreSQL
(the learner's row lock, then the unique constraints)."""

import pytest

from quizzes.models import Certificate, CreditEntry, ModuleCompletion
from quizzes.progress import services
from tests.concurrency import run_concurrently
from tests.factories import UserFactory
from tests.progress.conftest import NOW, complete_lessons, make_module

pytestmark = pytest.mark.django_db(transaction=True)


def test_module_completion_check_concurrent_calls_award_credit_once(catalog):
    user = UserFactory()
    module = make_module(catalog)
    complete_lessons(user, module)

    def check(_):
        return services.module_completion_check(user=user, module=module, now=NOW)

    results, errors = run_concurrently(4, lambda i, _: check(i))

    assert errors == []
    assert len([result for result in results if result is not None]) == 1
    assert ModuleCompletion.objects.filter(user=user).count() == 1
    assert CreditEntry.objects.filter(user=user).count() == 1
    assert Certificate.objects.filter(user=user).count() == 1
