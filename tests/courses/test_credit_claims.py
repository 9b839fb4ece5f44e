"""Every module claims only the time and CE credit its content supports (courses/credit_check.py)."""

import copy
from decimal import Decimal

import pytest

from courses.content import default_package
from courses.credit_check import (
    MINUTES_PER_ITEM,
    READING_WORDS_PER_MINUTE,
    body_measure,
    claim_problems,
    content_time,
    curriculum_module_time,
)
from courses.curriculum import MODULES

IDS = [module["slug"] for module in MODULES]


def _assessment_items(module) -> int:
    # The default package gives every module an assessment listing its items.
    return sum(
        len(quiz["items"])
        for quiz in default_package().quizzes
        if quiz["kind"] == "assessment" and quiz.get("module") == module["slug"]
    )


def _problems(module):
    return claim_problems(
        claimed_minutes=module["estimated_minutes"],
        claimed_contact_hours=Decimal(module["ce_contact_hours"]),
        content=curriculum_module_time(module, items=_assessment_items(module)),
    )


@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_module_claims_no_more_than_its_content_supports(module):
    assert _problems(module) == []


@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_raising_a_claim_without_adding_content_fails_the_check(module):
    inflated = copy.deepcopy(module)
    inflated["estimated_minutes"] += 15
    inflated["ce_contact_hours"] = str(Decimal(module["ce_contact_hours"]) + Decimal("0.25"))

    problems = _problems(inflated)

    assert len(problems) == 2
    assert problems[0].startswith(f"It claims {inflated['estimated_minutes']} minutes, but has ")


@pytest.mark.parametrize("module", MODULES, ids=IDS)
def test_category_claim_is_supported_by_the_category_lessons(module):
    if not module["state_categories"] or module["category_contact_hours"] is None:
        assert module["category_lessons"] == []
        return
    slugs = [lesson["slug"] for lesson in module["lessons"]]
    assert set(module["category_lessons"]) <= set(slugs)
    part = curriculum_module_time(module, items=_assessment_items(module), lessons=module["category_lessons"])

    assert Decimal(module["category_contact_hours"]) <= part.supported_contact_hours
    assert Decimal(module["category_contact_hours"]) <= Decimal(module["ce_contact_hours"])


def test_ethics_module_credits_the_ethics_category_only_for_its_ethics_lessons():
    ethics = next(module for module in MODULES if module["topic"] == "ethics")

    assert ethics["state_categories"] == ["ethics"]
    assert "hipaa-for-therapy-staff" not in ethics["category_lessons"]
    assert Decimal(ethics["category_contact_hours"]) < Decimal(ethics["ce_contact_hours"])


# ---------------------------------------------------------------------------------- the measure


def test_content_time_adds_reading_items_and_video():
    time = content_time(words=1500, items=10, video_minutes=4)

    assert (READING_WORDS_PER_MINUTE, MINUTES_PER_ITEM) == (150, Decimal("1.5"))
    assert (time.reading, time.assessment, time.video, time.total) == (
        Decimal("10.0"),
        Decimal("15.0"),
        Decimal("4"),
        Decimal("29.0"),
    )
    assert (time.supported_minutes, time.supported_contact_hours) == (30, Decimal("0.25"))


@pytest.mark.parametrize(
    ("words", "items", "hours"),
    [(0, 0, Decimal("0")), (2250, 0, Decimal("0.25")), (4500, 0, Decimal("0.5")), (4500, 20, Decimal("1.0"))],
)
def test_supported_contact_hours_are_whole_quarter_hours_rounded_down(words, items, hours):
    assert content_time(words=words, items=items).supported_contact_hours == hours


def test_an_hour_claim_needs_an_hour_of_content():
    problems = claim_problems(
        claimed_minutes=60, claimed_contact_hours=Decimal("1.0"), content=content_time(words=2700, items=10)
    )

    assert problems == [
        "It claims 60 minutes, but has 33 minutes of measured activity (18 min reading at 150 words a minute, "
        "15 min of assessment items at 1.5 min each); claim at most 35.",
        "It claims 1 contact hours, but has 33 minutes of measured activity (18 min reading at 150 words a "
        "minute, 15 min of assessment items at 1.5 min each), which supports 0.50 (60 minutes per contact hour, "
        "in quarter hours).",
    ]


def test_body_measure_counts_video_by_duration_or_transcript_and_returns_knowledge_checks():
    body = [
        ("rich_text", "<p>one two three</p>"),
        {"type": "video", "value": {"title": "PPE", "transcript": "<p>" + "word " * 300 + "</p>"}},
        {"type": "video", "value": {"title": "Lift", "transcript": "<p>x</p>", "duration_minutes": 7}},
        {"type": "knowledge_check", "value": {"heading": "Check", "quiz": "check-1"}},
        {"type": "image", "value": {"image": 3, "alt_text": "not read aloud", "caption": "<p>A caption</p>"}},
    ]

    measure = body_measure(body)

    assert (measure.words, measure.video_minutes, measure.knowledge_check_quizzes) == (5, Decimal("9.0"), ("check-1",))
