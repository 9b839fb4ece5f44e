import datetime
from decimal import Decimal

from quizzes.progress import goals

TODAY = datetime.date(2026, 3, 2)
OHIO_RULE = goals.CategoryRule(
    categories=("ethics", "jurisprudence", "cultural-competence"),
    hours=Decimal("1"),
    label="ethics, jurisprudence or cultural competence",
)
RENEWAL = datetime.date(2026, 6, 30)
PERIOD = goals.StatePeriod(start=datetime.date(2024, 6, 30), end=RENEWAL, deadline=RENEWAL)


def ohio(earned, ethics, **kwargs):
    return goals.state_goal(
        state_name="Ohio", hours=Decimal("20"), unit_label="contact hours", rules=[OHIO_RULE],
        earned_hours=Decimal(earned), rule_hours=[Decimal(ethics)], period=PERIOD, today=kwargs.get("today", TODAY),
    )  # fmt: skip


# ----------------------------------------------------------------------------------------- dates


def test_add_months_clamps_to_the_end_of_a_shorter_month():
    assert goals.add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)


def test_add_months_goes_back_across_a_year():
    assert goals.add_months(datetime.date(2026, 3, 2), -24) == datetime.date(2024, 3, 2)


def test_add_months_keeps_the_time_of_a_datetime():
    moment = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)

    assert goals.add_months(moment, 12) == datetime.datetime(2027, 3, 2, 15, 0, tzinfo=datetime.UTC)


def test_number_drops_trailing_zeros():
    assert [goals.number(Decimal(v)) for v in ("4.00", "1.50", "0.25", "36")] == ["4", "1.5", "0.25", "36"]


# ----------------------------------------------------------------------------------------- NBCOT


def test_nbcot_goal_counts_pdus_toward_36():
    goal = goals.nbcot_goal(
        earned_pdu=Decimal("27.5"), cycle_start=datetime.date(2025, 4, 1), cycle_end=datetime.date(2028, 3, 31),
        today=TODAY,
    )  # fmt: skip

    assert (goal.value, goal.target, goal.percent, goal.met) == (Decimal("27.5"), Decimal("36"), 76, False)
    assert goal.missing == "8.5 more PDUs by March 31, 2028"
    assert goal.deadline == datetime.date(2028, 3, 31)
    assert goal.overdue is False


def test_nbcot_goal_met_when_36_or_more():
    goal = goals.nbcot_goal(
        earned_pdu=Decimal("40"), cycle_start=datetime.date(2025, 4, 1), cycle_end=datetime.date(2028, 3, 31),
        today=TODAY,
    )  # fmt: skip

    assert (goal.met, goal.missing, goal.percent, goal.bar_value) == (True, "", 100, Decimal("36"))


def test_nbcot_goal_overdue_after_the_cycle_ends_unmet():
    goal = goals.nbcot_goal(
        earned_pdu=Decimal("35"), cycle_start=datetime.date(2023, 1, 1), cycle_end=datetime.date(2025, 12, 31),
        today=TODAY,
    )  # fmt: skip

    assert (goal.overdue, goal.missing) == (True, "1 more PDU by December 31, 2025")


def test_nbcot_goal_without_cycle_dates_asks_for_them():
    goal = goals.nbcot_goal(earned_pdu=Decimal("10"), cycle_start=None, cycle_end=None, today=TODAY)

    assert (goal.met, goal.deadline, goal.value) == (False, None, Decimal("0"))
    assert goal.missing == "Add your NBCOT cycle dates to your profile to track this goal."


def test_nbcot_goal_never_shows_negative_progress_after_reversals():
    goal = goals.nbcot_goal(
        earned_pdu=Decimal("-2"), cycle_start=datetime.date(2025, 4, 1), cycle_end=datetime.date(2028, 3, 31),
        today=TODAY,
    )  # fmt: skip

    assert (goal.value, goal.percent) == (Decimal("0"), 0)


# ----------------------------------------------------------------------------------------- state


def test_state_goal_names_hours_and_the_category_still_missing():
    goal = ohio("16", "0")

    assert goal.missing == "4 more contact hours, including 1 hour of ethics, jurisprudence or cultural competence"
    assert (goal.met, goal.percent, goal.deadline) == (False, 80, datetime.date(2026, 6, 30))
    assert goal.details == ("ethics, jurisprudence or cultural competence: 0 of 1 hours",)


def test_state_goal_category_shortfall_counts_even_when_total_hours_are_met():
    goal = ohio("22", "0")

    assert (goal.met, goal.missing) == (False, "Still needed: 1 hour of ethics, jurisprudence or cultural competence")


def test_state_goal_category_hours_count_toward_the_total():
    goal = ohio("19.5", "1")

    assert goal.missing == "0.5 more contact hours"


def test_state_goal_category_shortfalls_can_exceed_the_total_shortfall():
    florida = [
        goals.CategoryRule(categories=("medical-errors",), hours=Decimal("2"), label="Prevention of Medical Errors"),
        goals.CategoryRule(categories=("jurisprudence",), hours=Decimal("2"), label="Florida Laws and Rules"),
    ]
    goal = goals.state_goal(
        state_name="Florida", hours=Decimal("26"), unit_label="hours", rules=florida, earned_hours=Decimal("25"),
        rule_hours=[Decimal("1"), Decimal("0")], period=PERIOD, today=TODAY,
    )  # fmt: skip

    assert goal.missing == (
        "3 more hours, including 1 hour of Prevention of Medical Errors and 2 hours of Florida Laws and Rules"
    )


def test_state_goal_met_with_hours_and_categories():
    goal = ohio("20", "1")

    assert (goal.met, goal.missing, goal.overdue) == (True, "", False)


def test_state_goal_overdue_after_the_renewal_date():
    goal = ohio("10", "1", today=datetime.date(2026, 7, 1))

    assert goal.overdue is True


def test_state_goal_singular_unit_for_one_missing_hour():
    goal = ohio("19", "1")

    assert goal.missing == "1 more contact hour"


def test_category_rule_from_json_reads_the_seeded_shape():
    rules = goals.CategoryRule.from_json([{"categories": ["ethics"], "hours": "1", "label": "ethics"}])

    assert rules == [goals.CategoryRule(categories=("ethics",), hours=Decimal("1"), label="ethics")]


def test_state_period_ends_on_the_renewal_date():
    period = goals.state_period(renews_on=datetime.date(2026, 6, 30), period_months=24, today=TODAY)

    assert period == goals.StatePeriod(
        start=datetime.date(2024, 6, 30), end=datetime.date(2026, 6, 30), deadline=datetime.date(2026, 6, 30)
    )


def test_state_period_without_a_renewal_date_is_the_last_period_up_to_today():
    period = goals.state_period(renews_on=None, period_months=24, today=TODAY)

    assert period == goals.StatePeriod(start=datetime.date(2024, 3, 2), end=TODAY, deadline=None)


# ------------------------------------------------------------------------------------- readiness


def row(code, points, max_points, name=""):
    return {"code": code, "name": name, "points": str(points), "max_points": str(max_points), "items": max_points}


def test_readiness_pools_points_across_attempts_per_domain():
    result = goals.readiness(
        attempts=[[row("D1", 9, 10, "Collaborate"), row("D2", 1, 4)], [row("D1", 6, 10), row("D2", 5, 6)]],
        target=75,
    )

    assert [(d.code, d.name, d.percent, d.items, d.met) for d in result.domains] == [
        ("D1", "Collaborate", 75, 20, True),
        ("D2", "", 60, 10, False),
    ]
    assert (result.goal.value, result.goal.target, result.goal.met) == (Decimal("1"), Decimal("2"), False)
    assert result.goal.missing == "Raise D2 from 60% to 75%"


def test_readiness_met_when_every_domain_reaches_the_target():
    result = goals.readiness(attempts=[[row("D1", 8, 10), row("D2", 4, 5)]], target=80)

    assert (result.goal.met, result.goal.missing, result.goal.percent) == (True, "", 100)


def test_readiness_ignores_items_without_a_domain():
    result = goals.readiness(attempts=[[row("", 0, 10), row("D1", 3, 4)]], target=75)

    assert [d.code for d in result.domains] == ["D1"]


def test_readiness_without_practice_exams_says_what_to_do():
    result = goals.readiness(attempts=[], target=75)

    assert (result.domains, result.goal.met) == ((), False)
    assert result.goal.missing == "Take a practice exam to measure your readiness."


def test_readiness_chart_geometry():
    result = goals.readiness(attempts=[[row("D1", 1, 2), row("D2", 2, 2)]], target=75)

    assert [(bar.y, bar.width) for bar in result.bars] == [(0, 120.0), (24, 240.0)]
    assert (result.chart_height, result.target_x) == (48, 220.0)


# ------------------------------------------------------------------------------------ onboarding


def test_onboarding_goal_counts_modules_and_is_overdue_after_the_due_date():
    goal = goals.onboarding_goal(
        title="New technician onboarding", modules_total=4, modules_done=1, due_on=datetime.date(2026, 3, 1),
        today=TODAY,
    )  # fmt: skip

    assert (goal.value, goal.target, goal.missing) == (Decimal("1"), Decimal("4"), "3 more modules")
    assert goal.overdue is True


def test_onboarding_goal_met_is_never_overdue():
    goal = goals.onboarding_goal(
        title="Onboarding", modules_total=2, modules_done=2, due_on=datetime.date(2026, 3, 1), today=TODAY
    )

    assert (goal.met, goal.overdue, goal.missing) == (True, False, "")


# ----------------------------------------------------------------------------------------- trend


def test_trend_points_scale_percent_to_the_chart():
    points = goals.trend_points([("Jan 1", Decimal("50")), ("Feb 1", Decimal("100"))], width=300, height=120, pad=10)

    assert [(p.x, p.y) for p in points] == [(10.0, 60.0), (290.0, 10.0)]
