import datetime
from decimal import Decimal

import pytest

from quizzes import services
from quizzes.bank import question_snapshot
from quizzes.models import Attempt, AttemptItem, Question, Quiz
from tests.factories import UserFactory
from tests.quizzes.factories import (
    QuestionFactory,
    QuizFactory,
    blueprint_with_domains,
    fixed_quiz,
    quiz_with_items,
)

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)
MINUTE = datetime.timedelta(minutes=1)


def ids_of(item, *positions):
    """VersionOption ids of an item by authoring position (1-based)."""
    by_position = {option.position: option.pk for option in item.version.options.all()}
    return [by_position[p] for p in positions]


def items_of(attempt):
    return list(attempt.items.select_related("version__question").prefetch_related("version__options"))


# ------------------------------------------------------------------------------------- starting


def test_attempt_start_fixed_list_delivers_active_in_order_and_field_test_unscored():
    active = QuestionFactory(name="active")
    field = QuestionFactory(name="field", status=Question.Status.FIELD_TEST)
    draft = QuestionFactory(name="draft", status=Question.Status.DRAFT)
    retired = QuestionFactory(name="retired", status=Question.Status.RETIRED)
    second = QuestionFactory(name="second")
    quiz = fixed_quiz([active, draft, field, retired, second], shuffle_questions=False)

    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)

    delivered = [(i.position, i.version.question.name, i.scored) for i in items_of(attempt)]
    assert delivered == [(1, "active", True), (2, "field", False), (3, "second", True)]
    assert attempt.number == 1
    assert attempt.state == Attempt.State.IN_PROGRESS
    assert attempt.started_at == NOW


def test_attempt_start_resumes_the_open_attempt():
    user = UserFactory()
    quiz = quiz_with_items(3)
    first = services.attempt_start(user=user, quiz=quiz, now=NOW)

    again = services.attempt_start(user=user, quiz=quiz, now=NOW + MINUTE)

    assert again.pk == first.pk
    assert Attempt.objects.filter(user=user, quiz=quiz).count() == 1


def test_attempt_start_refused_when_attempts_are_used_up():
    user = UserFactory()
    quiz = quiz_with_items(2, attempts_allowed=2)
    for n in range(2):
        attempt = services.attempt_start(user=user, quiz=quiz, now=NOW + n * MINUTE)
        services.attempt_submit(attempt=attempt, now=NOW + n * MINUTE, reason="learner")

    with pytest.raises(services.StartRefused) as error:
        services.attempt_start(user=user, quiz=quiz, now=NOW + 10 * MINUTE)

    assert str(error.value) == "You have used all 2 attempts allowed for this quiz."


def test_attempt_start_refused_during_cooldown_and_allowed_after():
    user = UserFactory()
    quiz = quiz_with_items(2, cooldown_minutes=60)
    first = services.attempt_start(user=user, quiz=quiz, now=NOW)
    services.attempt_submit(attempt=first, now=NOW, reason="learner")

    with pytest.raises(services.StartRefused) as error:
        services.attempt_start(user=user, quiz=quiz, now=NOW + 59 * MINUTE)
    second = services.attempt_start(user=user, quiz=quiz, now=NOW + 60 * MINUTE)

    # 16:00 UTC is 11:00 AM in New York (EST) on March 2.
    assert str(error.value) == (
        "You can start your next attempt on Mar 2, 2026 at 11:00 AM (60 minutes after your last attempt)."
    )
    assert second.number == 2


def test_attempt_start_deadline_applies_the_accommodation_multiplier():
    quiz = quiz_with_items(2, time_limit_minutes=60)
    standard = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
    extended = services.attempt_start(user=UserFactory(time_multiplier=Decimal("1.50")), quiz=quiz, now=NOW)

    assert standard.deadline == NOW + 60 * MINUTE
    assert extended.deadline == NOW + 90 * MINUTE


def test_attempt_start_untimed_quiz_has_no_deadline():
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz_with_items(1), now=NOW)

    assert attempt.deadline is None


def test_attempt_start_with_an_expired_open_attempt_submits_it_and_starts_another():
    user = UserFactory()
    quiz = quiz_with_items(2, time_limit_minutes=10)
    old = services.attempt_start(user=user, quiz=quiz, now=NOW)

    new = services.attempt_start(user=user, quiz=quiz, now=NOW + 11 * MINUTE)

    old.refresh_from_db()
    assert (old.state, old.submit_reason) == (Attempt.State.SUBMITTED, Attempt.SubmitReason.EXPIRED)
    assert new.number == 2


def test_attempt_start_refused_when_no_question_is_deliverable():
    quiz = fixed_quiz([QuestionFactory(status=Question.Status.DRAFT)])

    with pytest.raises(services.StartRefused) as error:
        services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)

    assert str(error.value) == "This quiz has no questions available yet. Please tell your educator."


def test_attempt_start_uses_the_latest_version_of_each_question():
    question = QuestionFactory()
    question.stem = "<p>Edited stem</p>"
    question.save()
    latest = question_snapshot(question=question)
    quiz = fixed_quiz([question])

    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)

    assert attempt.items.get().version_id == latest.pk
    assert latest.stem == "<p>Edited stem</p>"


def test_attempt_start_snapshots_a_question_that_has_no_version_yet():
    question = QuestionFactory(snapshot=False)
    quiz = fixed_quiz([question])

    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)

    assert attempt.items.get().version.question_id == question.pk


def test_attempt_start_shuffles_deterministically_and_never_shuffles_true_false():
    questions = [QuestionFactory(qtype=qtype) for qtype in ("single", "multi", "truefalse", "ordering")] * 1
    quiz = fixed_quiz(questions, shuffle_questions=True, shuffle_options=True)
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
    items = items_of(attempt)

    from quizzes.services.assembly import option_order

    for item in items:
        assert item.option_order == option_order(version=item.version, seed=attempt.seed, shuffle=True)
        authored = [o.pk for o in sorted(item.version.options.all(), key=lambda o: o.position)]
        assert sorted(item.option_order) == sorted(authored)
        if item.version.qtype == "truefalse":
            assert item.option_order == authored
        if item.version.qtype == "ordering":
            assert item.option_order != authored


def test_attempt_start_question_order_follows_the_seed():
    quiz = quiz_with_items(12, shuffle_questions=True)
    orders = set()
    for _ in range(3):
        attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
        orders.add(tuple(attempt.items.order_by("position").values_list("version__question_id", flat=True)))

    assert len(orders) > 1  # 12! orders: three learners sharing one order would mean no shuffle


def test_attempt_start_without_option_shuffle_keeps_authored_order_except_ordering():
    single = QuestionFactory(qtype="single")
    ordering = QuestionFactory(qtype="ordering")
    quiz = fixed_quiz([single, ordering], shuffle_questions=False, shuffle_options=False)

    items = items_of(services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW))

    assert items[0].option_order == [o.pk for o in items[0].version.options.order_by("position")]
    assert items[1].option_order != [o.pk for o in items[1].version.options.order_by("position")]


def test_attempt_start_tag_draw_takes_draw_count_active_plus_field_test_extras():
    for _ in range(5):
        QuestionFactory(tags=["transfers"])
    QuestionFactory(tags=["Transfers"], status=Question.Status.FIELD_TEST, name="ft")
    QuestionFactory(tags=["hygiene"])
    QuestionFactory(tags=["transfers"], status=Question.Status.DRAFT)
    quiz = QuizFactory(
        selection=Quiz.Selection.DRAW_TAGS, draw_tags="transfers, ethics", draw_count=3, field_test_count=1
    )

    items = items_of(services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW))

    assert sorted(item.scored for item in items) == [False, True, True, True]
    assert [i.version.question.name for i in items if not i.scored] == ["ft"]
    assert all("transfers" in [t.name.lower() for t in i.version.question.tags.all()] for i in items)


def test_attempt_start_blueprint_draw_follows_weights_and_prefers_unseen_items():
    blueprint = blueprint_with_domains({"D1": 25, "D2": 50, "D3": 25})
    for code, count in (("D1", 4), ("D2", 6), ("D3", 4)):
        for _ in range(count):
            QuestionFactory(domain_code=code)
    QuestionFactory(domain_code="D2", status=Question.Status.FIELD_TEST)
    QuestionFactory(domain_code="D9")
    quiz = QuizFactory(
        kind=Quiz.Kind.PRACTICE,
        selection=Quiz.Selection.BLUEPRINT,
        blueprint=blueprint,
        draw_count=8,
        field_test_count=1,
    )
    user = UserFactory()

    first = services.attempt_start(user=user, quiz=quiz, now=NOW)
    services.attempt_submit(attempt=first, now=NOW, reason="learner")
    second = services.attempt_start(user=user, quiz=quiz, now=NOW + MINUTE)

    def per_domain(attempt):
        counts = {}
        for item in attempt.items.filter(scored=True):
            counts[item.domain_code] = counts.get(item.domain_code, 0) + 1
        return counts

    assert per_domain(first) == {"D1": 2, "D2": 4, "D3": 2}
    assert per_domain(second) == {"D1": 2, "D2": 4, "D3": 2}
    assert first.items.filter(scored=False).count() == 1
    seen = set(first.items.filter(scored=True).values_list("version__question_id", flat=True))
    again = set(second.items.filter(scored=True).values_list("version__question_id", flat=True))
    # 14 active items, 8 per attempt: the second attempt takes the 6 unseen ones first.
    assert len(again - seen) == 6


# Up to 90 items: SQLite's bulk insert splits at 999 parameters (11 per item row).
@pytest.mark.parametrize("n", [10, 90])
def test_attempt_start_query_count_is_constant(n, django_assert_num_queries):
    quiz = quiz_with_items(n)
    user = UserFactory()

    # open attempt, limits, quiz items, latest versions, their options, savepoint, insert attempt,
    # the learner's and their organizations' progress versions (lms.versions: the dashboard and
    # module page show an open attempt), insert items, release savepoint
    with django_assert_num_queries(11):
        attempt = services.attempt_start(user=user, quiz=quiz, now=NOW)

    assert attempt.items.count() == n


# ---------------------------------------------------------------------------------------- answers


@pytest.fixture
def exam(db):
    """An exam-mode attempt with a single, a multi, a true/false and an ordering item, in that order."""
    quiz = fixed_quiz(
        [QuestionFactory(qtype=t) for t in ("single", "multi", "truefalse", "ordering")],
        shuffle_questions=False,
        time_limit_minutes=30,
        multi_policy="partial",
    )
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
    return attempt, items_of(attempt)


def test_attempt_answer_saves_and_saving_the_same_answer_twice_is_harmless(exam):
    attempt, items = exam
    choice = ids_of(items[0], 2)

    services.attempt_answer(attempt=attempt, item=items[0], selected=choice, now=NOW + MINUTE)
    saved = services.attempt_answer(attempt=attempt, item=items[0], selected=choice, now=NOW + 2 * MINUTE)

    row = AttemptItem.objects.get(pk=items[0].pk)
    assert row.selected == choice
    assert row.answered_at == NOW + 2 * MINUTE
    assert row.points is None  # exam mode: nothing graded before submit
    assert saved.selected == choice


def test_attempt_answer_rejects_ids_of_another_question(exam):
    attempt, items = exam

    with pytest.raises(services.AnswerRefused) as error:
        services.attempt_answer(attempt=attempt, item=items[0], selected=ids_of(items[1], 1), now=NOW)

    assert str(error.value) == "That answer is not one of this question's options. Please choose again."
    assert AttemptItem.objects.get(pk=items[0].pk).selected is None


@pytest.mark.parametrize(
    ("index", "positions", "message"),
    [
        (0, (1, 2), "Choose one answer."),
        (1, (1, 2, 3, 4), "Choose at most 3 answers."),
        (3, (1, 2), "Give every step a different position from 1 to 4."),
    ],
)
def test_attempt_answer_rejects_malformed_answers(exam, index, positions, message):
    attempt, items = exam

    with pytest.raises(services.AnswerRefused) as error:
        services.attempt_answer(attempt=attempt, item=items[index], selected=ids_of(items[index], *positions), now=NOW)

    assert str(error.value) == message


def test_attempt_answer_after_the_deadline_is_refused_and_auto_submits(exam):
    attempt, items = exam
    services.attempt_answer(attempt=attempt, item=items[0], selected=ids_of(items[0], 1), now=NOW + MINUTE)

    with pytest.raises(services.AttemptExpired) as error:
        services.attempt_answer(attempt=attempt, item=items[1], selected=ids_of(items[1], 1), now=NOW + 30 * MINUTE)

    attempt.refresh_from_db()
    assert str(error.value) == (
        "Time ran out at Mar 2, 2026 at 10:30 AM, so this answer was not saved. "
        "Your attempt has been submitted with the answers saved before then."
    )
    assert (attempt.state, attempt.submit_reason) == ("submitted", "expired")
    assert attempt.points == Decimal("1")
    assert AttemptItem.objects.get(pk=items[1].pk).selected is None


def test_attempt_answer_on_a_submitted_attempt_is_refused(exam):
    attempt, items = exam
    services.attempt_submit(attempt=attempt, now=NOW, reason="learner")

    with pytest.raises(services.AttemptClosed) as error:
        services.attempt_answer(attempt=attempt, item=items[0], selected=ids_of(items[0], 1), now=NOW)

    assert str(error.value) == "This attempt has already been submitted, so answers can no longer be changed."


def test_attempt_answer_with_nothing_selected_clears_the_answer(exam):
    attempt, items = exam
    services.attempt_answer(attempt=attempt, item=items[1], selected=ids_of(items[1], 1), now=NOW)

    services.attempt_answer(attempt=attempt, item=items[1], selected=[], now=NOW)

    row = AttemptItem.objects.get(pk=items[1].pk)
    assert (row.selected, row.answered_at) == (None, None)


def test_attempt_answer_in_tutor_mode_grades_the_item_and_locks_it():
    quiz = fixed_quiz([QuestionFactory()], feedback_mode=Quiz.Feedback.TUTOR)
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
    item = items_of(attempt)[0]

    services.attempt_answer(attempt=attempt, item=item, selected=ids_of(item, 1), now=NOW)
    same = services.attempt_answer(attempt=attempt, item=item, selected=ids_of(item, 1), now=NOW)
    with pytest.raises(services.AnswerRefused) as error:
        services.attempt_answer(attempt=attempt, item=item, selected=ids_of(item, 2), now=NOW)

    row = AttemptItem.objects.get(pk=item.pk)
    assert (row.points, row.is_correct, row.selected) == (Decimal("1"), True, ids_of(item, 1))
    assert same.selected == ids_of(item, 1)
    assert str(error.value) == "You have already checked this answer, so it can no longer be changed."


def test_attempt_flag_marks_and_unmarks(exam):
    attempt, items = exam

    services.attempt_flag(attempt=attempt, item=items[2], flagged=True, now=NOW)
    flagged = AttemptItem.objects.get(pk=items[2].pk).flagged
    services.attempt_flag(attempt=attempt, item=items[2], flagged=False, now=NOW)

    assert flagged is True
    assert AttemptItem.objects.get(pk=items[2].pk).flagged is False


# ------------------------------------------------------------------------------------- submitting


def test_attempt_submit_grades_with_the_quiz_policies(exam):
    attempt, items = exam
    single, multi, truefalse, ordering = items
    services.attempt_answer(attempt=attempt, item=single, selected=ids_of(single, 1), now=NOW)
    # 2 of 3 correct + 1 wrong under partial credit: (2 - 1) / 3
    services.attempt_answer(attempt=attempt, item=multi, selected=ids_of(multi, 1, 2, 4), now=NOW)
    services.attempt_answer(attempt=attempt, item=ordering, selected=ids_of(ordering, 1, 2, 4, 3), now=NOW)

    graded = services.attempt_submit(attempt=attempt, now=NOW + MINUTE, reason="learner")

    attempt.refresh_from_db()
    points = list(AttemptItem.objects.filter(attempt=attempt).order_by("position").values_list("points", "is_correct"))
    assert points == [(Decimal("1"), True), (Decimal("0.3333"), False), (Decimal("0"), False), (Decimal("0"), False)]
    assert (attempt.points, attempt.max_points, attempt.percent) == (Decimal("1.3333"), Decimal("4"), Decimal("33.3"))
    assert attempt.passed is False
    assert (attempt.state, attempt.submitted_at, attempt.submit_reason) == ("submitted", NOW + MINUTE, "learner")
    assert attempt.domain_scores == [
        {"code": "", "name": "", "points": "1.3333", "max_points": "4", "percent": "33.3", "items": 4}
    ]
    assert graded.percent == Decimal("33.3")


def test_attempt_submit_excludes_field_test_items_and_names_blueprint_domains():
    blueprint = blueprint_with_domains({"D1": 50, "D2": 50})
    right = QuestionFactory(domain_code="D1")
    wrong = QuestionFactory(domain_code="D2")
    field = QuestionFactory(domain_code="D2", status=Question.Status.FIELD_TEST)
    quiz = fixed_quiz([right, wrong, field], blueprint=blueprint, shuffle_questions=False, pass_mark=50)
    attempt = services.attempt_start(user=UserFactory(), quiz=quiz, now=NOW)
    a, b, c = items_of(attempt)
    services.attempt_answer(attempt=attempt, item=a, selected=ids_of(a, 1), now=NOW)
    services.attempt_answer(attempt=attempt, item=b, selected=ids_of(b, 2), now=NOW)
    services.attempt_answer(attempt=attempt, item=c, selected=ids_of(c, 1), now=NOW)

    graded = services.attempt_submit(attempt=attempt, now=NOW, reason="learner")

    assert (graded.points, graded.max_points, graded.percent, graded.passed) == (
        Decimal("1"),
        Decimal("2"),
        Decimal("50.0"),
        True,
    )
    assert graded.domain_scores == [
        {"code": "D1", "name": "Domain D1", "points": "1", "max_points": "1", "percent": "100.0", "items": 1},
        {"code": "D2", "name": "Domain D2", "points": "0", "max_points": "1", "percent": "0.0", "items": 1},
    ]
    assert AttemptItem.objects.get(pk=c.pk).is_correct is True  # graded for statistics, not counted


def test_attempt_submit_twice_grades_once(exam):
    attempt, items = exam
    services.attempt_answer(attempt=attempt, item=items[0], selected=ids_of(items[0], 1), now=NOW)
    services.attempt_submit(attempt=attempt, now=NOW + MINUTE, reason="learner")

    again = services.attempt_submit(
        attempt=Attempt.objects.select_related("quiz").get(pk=attempt.pk), now=NOW + 5 * MINUTE, reason="expired"
    )

    assert (again.submitted_at, again.submit_reason, again.points) == (NOW + MINUTE, "learner", Decimal("1"))


# ------------------------------------------------------------------------------- knowledge checks


def test_knowledge_check_record_grades_items_but_not_the_attempt():
    question = QuestionFactory()
    quiz = fixed_quiz([question], kind=Quiz.Kind.KNOWLEDGE_CHECK)
    version = question.versions.get()
    right = version.options.get(position=1).pk

    attempt, items = services.knowledge_check_record(
        user=UserFactory(), quiz=quiz, answers={version.pk: [right]}, now=NOW
    )

    attempt.refresh_from_db()
    assert (attempt.state, attempt.points, attempt.percent, attempt.passed) == ("submitted", None, None, None)
    assert [(i.selected, i.points, i.is_correct) for i in attempt.items.all()] == [([right], Decimal("1"), True)]


def test_knowledge_check_record_refuses_versions_outside_the_check():
    quiz = fixed_quiz([QuestionFactory()], kind=Quiz.Kind.KNOWLEDGE_CHECK)
    other = QuestionFactory().versions.get()

    with pytest.raises(services.AnswerRefused) as error:
        services.knowledge_check_record(user=UserFactory(), quiz=quiz, answers={other.pk: []}, now=NOW)

    assert str(error.value) == "This knowledge check has changed since the page loaded. Please reload the page."


def test_knowledge_check_record_refuses_an_unanswered_question():
    question = QuestionFactory()
    quiz = fixed_quiz([question], kind=Quiz.Kind.KNOWLEDGE_CHECK)
    version = question.versions.get()

    with pytest.raises(services.AnswerRefused) as error:
        services.knowledge_check_record(user=UserFactory(), quiz=quiz, answers={version.pk: []}, now=NOW)

    assert str(error.value) == "Question 1: Choose an answer."
    assert not Attempt.objects.filter(quiz=quiz).exists()
