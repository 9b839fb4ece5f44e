"""Learning events are announced once, after commit, and a failing receiver never fails the learner."""

import pytest
from django.db import transaction

from quizzes import events

pytestmark = pytest.mark.django_db


def test_announce_waits_for_commit_and_survives_a_failing_receiver(django_capture_on_commit_callbacks, caplog):
    received = []

    def broken(**kwargs):
        raise RuntimeError("LRS down")

    def good(**kwargs):
        received.append(kwargs["now"])

    events.module_completed.connect(broken, dispatch_uid="test-broken")
    events.module_completed.connect(good, dispatch_uid="test-good")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            with transaction.atomic():
                events.announce(events.module_completed, user=None, module=None, completion=None, now=1)
                assert received == []  # not before the commit
        assert received == [1]
        assert "A receiver of a learning event failed" in caplog.text
    finally:
        events.module_completed.disconnect(dispatch_uid="test-broken")
        events.module_completed.disconnect(dispatch_uid="test-good")


def test_rolled_back_work_announces_nothing(django_capture_on_commit_callbacks):
    received = []

    def good(**kwargs):
        received.append(kwargs)

    events.attempt_graded.connect(good, dispatch_uid="test-good")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            try:
                with transaction.atomic():
                    events.announce(events.attempt_graded, attempt=None, now=1)
                    raise ValueError
            except ValueError:
                pass
        assert received == []
    finally:
        events.attempt_graded.disconnect(dispatch_uid="test-good")
