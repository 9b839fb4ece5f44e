import datetime
from decimal import Decimal

import pytest
import time_machine
from django.db import connection
from django.urls import reverse

from quizzes import services
from quizzes.models import Attempt, AttemptItem, Quiz
from tests.factories import UserFactory
from tests.quizzes.factories import QuestionFactory, blueprint_with_domains, fixed_quiz, quiz_with_items

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)
MINUTE = datetime.timedelta(minutes=1)
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def q_url(attempt, position):
    return reverse("quizzes:attempt-question", args=[attempt.pk, position])


def display_index(item, authored_position):
    """The 1-based display index of the option authored at `authored_position`."""
    option = item.version.options.get(position=authored_position)
    return item.option_order.index(option.pk) + 1


def start(learner, quiz):
    attempt = services.attempt_start(user=learner, quiz=quiz, now=NOW)
    items = list(attempt.items.select_related("version").prefetch_related("version__options"))
    return attempt, items


# ------------------------------------------------------------------------------------ landing page


def test_quiz_detail_shows_size_time_with_accommodation_and_attempts(client_as_learner, learner):
    learner.time_multiplier = Decimal("1.50")
    learner.save()
    quiz = quiz_with_items(4, title="Safe transfers check", time_limit_minutes=60, attempts_allowed=3)

    response = client_as_learner.get(reverse("quizzes:quiz-detail", args=[quiz.slug]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Safe transfers check</h1>" in html
    assert "<dt>Questions</dt><dd>4</dd>" in html
    assert "1 hour — you have 1 hour 30 minutes with your extended-time accommodation" in html
    assert "0 used of 3 allowed" in html
    assert ">Start</button>" in html


def test_quiz_detail_offers_resume_for_an_open_attempt(client_as_learner, learner):
    quiz = quiz_with_items(2)
    start(learner, quiz)

    html = client_as_learner.get(reverse("quizzes:quiz-detail", args=[quiz.slug])).content.decode()

    assert ">Resume attempt 1</button>" in html


def test_quiz_detail_hides_knowledge_checks_and_unpublished_quizzes(client_as_learner):
    check = quiz_with_items(1, kind=Quiz.Kind.KNOWLEDGE_CHECK)
    hidden = quiz_with_items(1, is_published=False)

    assert client_as_learner.get(reverse("quizzes:quiz-detail", args=[check.slug])).status_code == 404
    assert client_as_learner.get(reverse("quizzes:quiz-detail", args=[hidden.slug])).status_code == 404


def test_quiz_start_creates_an_attempt_and_opens_its_first_question(client_as_learner, learner):
    quiz = quiz_with_items(3)

    response = client_as_learner.post(reverse("quizzes:quiz-start", args=[quiz.slug]), follow=True)

    attempt = Attempt.objects.get(user=learner)
    assert response.redirect_chain[-1][0] == q_url(attempt, 1)
    assert response.status_code == 200


def test_quiz_start_refused_shows_the_reason(client_as_learner, learner):
    quiz = quiz_with_items(1, attempts_allowed=1)
    attempt, _ = start(learner, quiz)
    services.attempt_submit(attempt=attempt, now=NOW, reason="learner")

    response = client_as_learner.post(reverse("quizzes:quiz-start", args=[quiz.slug]), follow=True)

    assert "You have used all 1 attempt allowed for this quiz." in response.content.decode()
    assert Attempt.objects.filter(user=learner).count() == 1


def test_quiz_start_rejects_get(client_as_learner):
    quiz = quiz_with_items(1)

    assert client_as_learner.get(reverse("quizzes:quiz-start", args=[quiz.slug])).status_code == 405


# --------------------------------------------------------------------------------- question page


def test_attempt_detail_resumes_at_the_first_unanswered_question(client_as_learner, learner):
    attempt, items = start(learner, quiz_with_items(3, shuffle_questions=False))
    services.attempt_answer(attempt=attempt, item=items[0], selected=[items[0].option_order[0]], now=NOW)

    response = client_as_learner.get(reverse("quizzes:attempt-detail", args=[attempt.pk]))

    assert response["Location"] == q_url(attempt, 2)


def test_question_page_shows_stem_options_in_the_stored_order_and_navigator(client_as_learner, learner):
    attempt, items = start(learner, quiz_with_items(2, shuffle_questions=False))
    item = items[0]

    html = client_as_learner.get(q_url(attempt, 1)).content.decode()

    assert 'Question 1 <span class="quiz-of">of 2</span>' in html
    assert item.version.stem in html
    texts = {o.pk: o.text for o in item.version.options.all()}
    positions = [html.index(f">{texts[pk]}</label>") for pk in item.option_order]
    assert positions == sorted(positions)
    assert 'aria-current="step"' in html
    assert "not answered" in html


def test_answer_post_without_js_saves_and_goes_to_the_next_question(client_as_learner, learner):
    attempt, items = start(learner, quiz_with_items(2, shuffle_questions=False))
    choice = display_index(items[0], 1)

    response = client_as_learner.post(q_url(attempt, 1), {"answer": str(choice), "go": "next"})

    assert response.status_code == 302
    assert response["Location"] == q_url(attempt, 2)
    assert AttemptItem.objects.get(pk=items[0].pk).selected == [items[0].option_order[choice - 1]]


def test_answer_post_on_the_last_question_goes_to_review(client_as_learner, learner):
    attempt, items = start(learner, quiz_with_items(1))

    response = client_as_learner.post(q_url(attempt, 1), {"answer": "1", "go": "next"})

    assert response["Location"] == reverse("quizzes:attempt-review", args=[attempt.pk])


def test_answer_post_previous_saves_and_goes_back(client_as_learner, learner):
    attempt, items = start(learner, quiz_with_items(2))

    response = client_as_learner.post(q_url(attempt, 2), {"answer": "2", "go": "prev"})

    assert response["Location"] == q_url(attempt, 1)
    assert AttemptItem.objects.get(pk=items[1].pk).selected == [items[1].option_order[1]]


def test_answer_autosave_with_htmx_returns_a_saved_status(client_as_learner, learner):
    attempt, items = start(learner, quiz_with_items(1))

    response = client_as_learner.post(q_url(attempt, 1), {"answer": "3"}, **HTMX)

    html = response.content.decode()
    assert response.status_code == 200
    assert html.startswith("Saved at 10:00 AM.")
    assert 'id="nav-state-1"' in html and 'hx-swap-oob="true"' in html


def test_saved_answer_is_checked_after_a_reload(client_as_learner, learner):
    attempt, items = start(learner, quiz_with_items(1))
    client_as_learner.post(q_url(attempt, 1), {"answer": "3"}, **HTMX)

    html = client_as_learner.get(q_url(attempt, 1)).content.decode()

    assert 'name="answer" value="3" checked' in html
    assert "Your answer is saved." in html


def test_ordering_answer_is_saved_from_position_selects(client_as_learner, learner):
    attempt, items = start(learner, fixed_quiz([QuestionFactory(qtype="ordering")]))
    item = items[0]
    data = {f"pos-{display_index(item, step)}": str(step) for step in (1, 2, 3, 4)}

    client_as_learner.post(q_url(attempt, 1), {**data, "go": "next"})
    html = client_as_learner.get(q_url(attempt, 1)).content.decode()

    saved = AttemptItem.objects.get(pk=item.pk).selected
    assert saved == [o.pk for o in item.version.options.order_by("position")]
    assert '<option value="1" selected>Position 1</option>' in html


def test_incomplete_ordering_answer_is_refused_with_a_message(client_as_learner, learner):
    attempt, items = start(learner, fixed_quiz([QuestionFactory(qtype="ordering")]))

    response = client_as_learner.post(q_url(attempt, 1), {"pos-1": "1", "pos-2": "1", "go": "next"})

    assert response.status_code == 400
    assert "Not saved: Give every step a different position from 1 to 4." in response.content.decode()
    assert AttemptItem.objects.get(pk=items[0].pk).selected is None


def test_htmx_refusal_is_reported_in_the_status_region(client_as_learner, learner):
    attempt, items = start(learner, fixed_quiz([QuestionFactory(qtype="multi")]))

    response = client_as_learner.post(q_url(attempt, 1), {"answer": ["1", "2", "3", "4"]}, **HTMX)

    assert response.content.decode() == (
        '<span class="save-status__error">Not saved: Choose at most 3 answers.</span>\n'
    )


def test_flag_without_js_redirects_back_and_with_htmx_returns_status(client_as_learner, learner):
    attempt, items = start(learner, quiz_with_items(2))
    url = reverse("quizzes:attempt-flag", args=[attempt.pk, 2])

    plain = client_as_learner.post(url, {"flagged": "on"})
    htmx = client_as_learner.post(url, {}, **HTMX)

    assert plain["Location"] == q_url(attempt, 2)
    assert htmx.content.decode().startswith("Flag removed.")
    assert AttemptItem.objects.get(pk=items[1].pk).flagged is False


def test_question_page_of_an_expired_attempt_submits_it_and_shows_results(client_as_learner, learner, clock):
    attempt, items = start(learner, quiz_with_items(2, time_limit_minutes=5))
    clock.shift(datetime.timedelta(minutes=5))

    response = client_as_learner.get(q_url(attempt, 1), follow=True)

    attempt.refresh_from_db()
    assert response.redirect_chain == [(reverse("quizzes:attempt-results", args=[attempt.pk]), 302)]
    assert (attempt.state, attempt.submit_reason) == ("submitted", "expired")
    assert "Time ran out, so your attempt was submitted automatically" in response.content.decode()


def test_question_page_of_a_position_the_attempt_lacks(client_as_learner, learner):
    """The page loads the item and its attempt in one query; when that finds nothing, the attempt
    decides: a 404 while it is open, its results once submitted, a 404 for anyone else's."""
    attempt, _ = start(learner, quiz_with_items(2))
    other, _ = start(UserFactory(), quiz_with_items(2))

    open_missing = client_as_learner.get(q_url(attempt, 3))
    open_missing_post = client_as_learner.post(q_url(attempt, 3), {"answer": "1"}, **HTMX)
    others = [client_as_learner.get(q_url(other, 3)), client_as_learner.get(q_url(other, 1))]
    services.attempt_submit(attempt=attempt, now=NOW, reason="learner")
    submitted_missing = client_as_learner.get(q_url(attempt, 3))
    submitted_present = client_as_learner.post(q_url(attempt, 1), {"answer": "1"}, **HTMX)

    assert (open_missing.status_code, open_missing_post.status_code) == (404, 404)
    assert [response.status_code for response in others] == [404, 404]
    assert submitted_missing["Location"] == reverse("quizzes:attempt-results", args=[attempt.pk])
    assert submitted_present["HX-Redirect"] == reverse("quizzes:attempt-results", args=[attempt.pk])


def test_answer_after_the_deadline_is_refused_with_a_message(client_as_learner, learner, clock):
    attempt, items = start(learner, quiz_with_items(2, time_limit_minutes=5))
    clock.shift(datetime.timedelta(minutes=6))

    response = client_as_learner.post(q_url(attempt, 1), {"answer": "1"}, **HTMX)

    assert response.status_code == 204
    assert response["HX-Redirect"] == reverse("quizzes:attempt-results", args=[attempt.pk])
    assert AttemptItem.objects.get(pk=items[0].pk).selected is None


def test_timer_shows_remaining_time_from_the_server_deadline(client_as_learner, learner, clock):
    attempt, _ = start(learner, quiz_with_items(1, time_limit_minutes=30))
    clock.shift(datetime.timedelta(minutes=12, seconds=30))

    html = client_as_learner.get(q_url(attempt, 1)).content.decode()

    assert 'data-remaining="1050"' in html
    assert ">17:30</span>" in html
    assert 'aria-live="polite" aria-atomic="true" data-quiz-timer-announce' in html
    assert "(ends at 10:30 AM)" in html


def test_tutor_mode_check_answer_shows_feedback_for_that_item(client_as_learner, learner):
    attempt, items = start(learner, quiz_with_items(2, feedback_mode="tutor", shuffle_questions=False))
    name = items[0].version.question.name

    response = client_as_learner.post(q_url(attempt, 1), {"answer": str(display_index(items[0], 1)), "go": "check"})
    html = client_as_learner.get(q_url(attempt, 1)).content.decode()

    assert response["Location"] == q_url(attempt, 1)
    assert "Correct." in html
    assert f"RATIONALE-{name}-0" in html and f"OVERALL-{name}" in html


# --------------------------------------------------------------------------- review and submit


def test_review_lists_unanswered_and_flagged_questions(client_as_learner, learner):
    attempt, items = start(learner, quiz_with_items(3))
    services.attempt_answer(attempt=attempt, item=items[0], selected=[items[0].option_order[0]], now=NOW)
    services.attempt_flag(attempt=attempt, item=items[2], flagged=True, now=NOW)

    html = client_as_learner.get(reverse("quizzes:attempt-review", args=[attempt.pk])).content.decode()

    assert "Not answered (2)" in html
    assert "Flagged for review (1)" in html
    assert f'<a href="{q_url(attempt, 3)}">Question 3</a> (not answered)' in html


def test_submit_asks_for_confirmation_then_grades(client_as_learner, learner):
    attempt, items = start(learner, quiz_with_items(2))
    url = reverse("quizzes:attempt-submit", args=[attempt.pk])

    confirm = client_as_learner.get(url).content.decode()
    response = client_as_learner.post(url)
    again = client_as_learner.post(url)

    attempt.refresh_from_db()
    assert "Of 2 questions, <strong>2 are not answered</strong>" in confirm
    assert response["Location"] == reverse("quizzes:attempt-results", args=[attempt.pk])
    assert again["Location"] == response["Location"]
    assert (attempt.state, attempt.percent) == ("submitted", Decimal("0.0"))


def test_results_show_score_domains_ranges_against_the_pass_mark_and_rationales(client_as_learner, learner):
    blueprint = blueprint_with_domains({"D1": 50, "D2": 50})
    questions = [QuestionFactory(domain_code="D1"), QuestionFactory(domain_code="D2")]
    quiz = fixed_quiz(questions, kind=Quiz.Kind.PRACTICE, blueprint=blueprint, shuffle_questions=False)
    attempt, items = start(learner, quiz)
    services.attempt_answer(
        attempt=attempt, item=items[0], selected=[items[0].version.options.get(position=1).pk], now=NOW
    )
    services.attempt_submit(attempt=attempt, now=NOW, reason="learner")

    html = client_as_learner.get(reverse("quizzes:attempt-results", args=[attempt.pk])).content.decode()

    assert "<strong>50.0%</strong>" in html
    assert "Not passed" in html
    assert "scaled score" not in html.lower()
    assert "Likely range of your score on questions like these: <strong>9–91%</strong>" in html
    assert "Score by domain against the pass mark of 80%</caption>" in html
    assert "100.0% (range 20–100%)" in html and "0.0% (range 0–80%)" in html
    assert f"RATIONALE-{questions[1].name}-0" in html


def test_results_withhold_answers_when_the_quiz_says_so(client_as_learner, learner):
    attempt, items = start(learner, quiz_with_items(1, show_correct_answers=False))
    services.attempt_submit(attempt=attempt, now=NOW, reason="learner")

    html = client_as_learner.get(reverse("quizzes:attempt-results", args=[attempt.pk])).content.decode()

    assert "Your educator has chosen not to show the correct answers for this quiz." in html
    assert "RATIONALE-" not in html and "OVERALL-" not in html


def test_results_of_an_open_attempt_redirect_to_review(client_as_learner, learner):
    attempt, _ = start(learner, quiz_with_items(1))

    response = client_as_learner.get(reverse("quizzes:attempt-results", args=[attempt.pk]))

    assert response["Location"] == reverse("quizzes:attempt-review", args=[attempt.pk])


# ---------------------------------------------------------------------------------- query counts


def _big_attempt(learner, n):
    attempt, items = start(learner, quiz_with_items(n, time_limit_minutes=600))
    for item in items[: n // 2]:
        services.attempt_answer(attempt=attempt, item=item, selected=[item.option_order[0]], now=NOW)
    return attempt


# Every full page also costs the header's role lookup (base.html). The session comes from the
# cache (cached_db), and pages outside the Wagtail tree have no user bar.
BASE_PAGE = 1


@pytest.mark.parametrize("n", [10, 100])
def test_question_page_query_count_is_constant(client_as_learner, learner, django_assert_num_queries, n):
    attempt = _big_attempt(learner, n)

    # user, the item with its attempt, quiz and version (one query), its options' text (the first
    # view of this version in this process), navigator
    with django_assert_num_queries(4 + BASE_PAGE):
        response = client_as_learner.get(q_url(attempt, n))
    assert response.status_code == 200

    # Again: the options' faces come from the process's memo, the header's roles from the cache.
    with django_assert_num_queries(3):
        response = client_as_learner.get(q_url(attempt, n))
    assert response.status_code == 200


@pytest.mark.parametrize("n", [10, 100])
def test_answer_save_query_count_is_constant(client_as_learner, learner, django_assert_num_queries, n):
    attempt = _big_attempt(learner, n)

    # user, the item with its attempt, quiz and version (one query), savepoint, conditional update,
    # release; on PostgreSQL also the attempt's row lock. The options are not read: the item's
    # option order holds their ids.
    with django_assert_num_queries(5 + connection.features.has_select_for_update):
        response = client_as_learner.post(q_url(attempt, n), {"answer": "1"}, **HTMX)

    assert response.status_code == 200


@pytest.mark.parametrize("n", [10, 100])
def test_review_page_query_count_is_constant(client_as_learner, learner, django_assert_num_queries, n):
    attempt = _big_attempt(learner, n)

    # user, attempt + quiz, navigator
    with django_assert_num_queries(3 + BASE_PAGE):
        response = client_as_learner.get(reverse("quizzes:attempt-review", args=[attempt.pk]))

    assert response.status_code == 200


@pytest.mark.parametrize("n", [10, 100])
def test_results_page_query_count_is_constant(client_as_learner, learner, django_assert_num_queries, n):
    attempt = _big_attempt(learner, n)
    services.attempt_submit(attempt=attempt, now=NOW, reason="learner")

    # user, attempt + quiz, items + versions, options
    with django_assert_num_queries(4 + BASE_PAGE):
        response = client_as_learner.get(reverse("quizzes:attempt-results", args=[attempt.pk]))

    assert response.status_code == 200
