"""The pass/fail rule and how long passes count: pure functions, no database."""

import datetime

import pytest

from quizzes.skills import grading

T0 = datetime.datetime(2026, 1, 10, 12, 0, tzinfo=datetime.UTC)
STEPS = [
    {"id": "a", "number": 1, "text": "Checks the plan", "critical": True, "lesson_id": None},
    {"id": "b", "number": 2, "text": "Greets the client", "critical": False, "lesson_id": None},
    {"id": "c", "number": 3, "text": "Locks the brakes", "critical": True, "lesson_id": None},
]


def test_grade_all_done_passes():
    graded = grading.grade(steps=STEPS, results={"a": ("done", ""), "b": ("done", ""), "c": ("done", "")})
    assert (graded.passed, graded.reasons) == (True, [])


def test_grade_missing_a_critical_step_fails_with_the_step_as_reason():
    graded = grading.grade(steps=STEPS, results={"a": ("done", ""), "b": ("done", ""), "c": ("not_done", "rolled")})
    assert graded.passed is False
    assert graded.reasons == ["Critical step 3 not done: Locks the brakes"]
    assert graded.steps[2]["comment"] == "rolled"


def test_grade_missing_a_non_critical_step_still_passes():
    graded = grading.grade(steps=STEPS, results={"a": ("done", ""), "b": ("not_done", ""), "c": ("done", "")})
    assert graded.passed is True


def test_grade_critical_step_not_applicable_passes():
    graded = grading.grade(steps=STEPS, results={"a": ("done", ""), "b": ("done", ""), "c": ("na", "no brakes")})
    assert graded.passed is True


def test_grade_nothing_done_fails():
    graded = grading.grade(steps=STEPS, results={"a": ("na", ""), "b": ("na", ""), "c": ("na", "")})
    assert graded.reasons == ["No step was observed done."]


def test_grade_step_without_result_is_refused():
    with pytest.raises(grading.GradingError, match="Step 2 needs a result"):
        grading.grade(steps=STEPS, results={"a": ("done", ""), "c": ("done", "")})


def test_qualification_needs_the_required_count():
    one = grading.qualification(passes=[(T0, None)], required=2, now=T0)
    two = grading.qualification(passes=[(T0, None), (T0 + datetime.timedelta(days=3), None)], required=2, now=T0)
    assert (one.qualified, one.counting) == (False, 1)
    assert two.qualified is True
    assert two.qualified_on == T0


def test_qualification_lapses_when_passes_expire():
    expires = T0 + datetime.timedelta(days=365)
    current = grading.qualification(passes=[(T0, expires)], required=1, now=expires - datetime.timedelta(days=1))
    lapsed = grading.qualification(passes=[(T0, expires)], required=1, now=expires)
    assert (current.qualified, current.expires_at) == (True, expires)
    assert (lapsed.qualified, lapsed.expired) == (False, True)


def test_qualification_with_two_required_expires_with_the_second_longest_lasting_pass():
    first, second = T0, T0 + datetime.timedelta(days=30)
    passes = [(first, first + datetime.timedelta(days=365)), (second, second + datetime.timedelta(days=365))]
    standing = grading.qualification(passes=passes, required=2, now=second)
    assert standing.expires_at == first + datetime.timedelta(days=365)
    assert standing.qualified_on == first
