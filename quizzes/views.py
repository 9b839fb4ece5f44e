"""Quiz pages. Each view parses input, calls one service, and renders or redirects.

Every attempt view loads the attempt with `user=request.user`, so another learner's attempt is a
404. Every request to an in-progress attempt first lets the server enforce its deadline.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from courses import structure_cache
from lms.converters import parse_id
from quizzes import selectors, services
from quizzes.forms import AnswerForm, FlagForm
from quizzes.models import Attempt
from quizzes.progress import selectors as progress_selectors
from quizzes.services.knowledge import CHOOSE_AN_ANSWER

EXPIRED_MESSAGE = "Time ran out, so your attempt was submitted automatically with the answers you had saved."


def _is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _go(request, url: str) -> HttpResponse:
    """Redirect; for htmx requests, make the browser navigate instead of swapping a fragment."""
    if _is_htmx(request):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return redirect(url)


def _results_url(attempt) -> str:
    return reverse("quizzes:attempt-results", args=[attempt.pk])


def _question_url(attempt, position: int) -> str:
    return reverse("quizzes:attempt-question", args=[attempt.pk, position])


def _question_url_prefix(attempt) -> str:
    """`/quiz/attempt/<pk>/q/`: the navigator appends each position, so a page reverses one URL
    instead of one per item (issue 19)."""
    return _question_url(attempt, 1).removesuffix("1/")


def _open_attempt_or_redirect(request, pk: int):
    """(attempt, None) for an open attempt, or (None, redirect) once it is submitted or has expired."""
    return _still_open(request, selectors.attempt_for_user_or_404(user=request.user, pk=pk))


def _open_item_or_redirect(request, pk: int, position: int):
    """(attempt, item, None) for an item of an open attempt, else (None, None, redirect); 404 for an
    attempt that is not the learner's or a position it does not have.

    One query loads the item with its attempt, quiz and version (issue 19); only when it finds
    nothing do the attempt's own checks run, to tell someone else's attempt (404) from a submitted
    one (its results) and a missing position (404)."""
    item = selectors.attempt_item_for_user(user=request.user, pk=pk, position=position)
    if item is None:
        attempt, done = _open_attempt_or_redirect(request, pk)
        if done:
            return None, None, done
        return attempt, selectors.attempt_item_or_404(attempt=attempt, position=position), None
    attempt, done = _still_open(request, item.attempt)
    return attempt, item, done


def _still_open(request, attempt):
    """(attempt, None) while `attempt` is open (submitting it first if its time is up), else
    (None, a redirect to its results)."""
    if attempt.state == Attempt.State.IN_PROGRESS:
        attempt = services.attempt_expire_if_due(attempt=attempt, now=timezone.now())
        if attempt.state != Attempt.State.IN_PROGRESS:
            messages.warning(request, EXPIRED_MESSAGE)
    if attempt.state != Attempt.State.IN_PROGRESS:
        return None, _go(request, _results_url(attempt))
    return attempt, None


def _timer(attempt, now) -> dict | None:
    if attempt.deadline is None:
        return None
    return {"deadline": attempt.deadline, "remaining": max(int((attempt.deadline - now).total_seconds()), 0)}


# ------------------------------------------------------------------------------------------ quiz


@login_required
@never_cache
def quiz_detail(request, slug):
    quiz = selectors.quiz_visible_or_404(slug=slug)
    landing = selectors.quiz_landing(quiz=quiz, user=request.user)
    return render(request, "quizzes/quiz_detail.html", {"quiz": quiz, "landing": landing})


@login_required
@require_POST
def quiz_start(request, slug):
    quiz = selectors.quiz_visible_or_404(slug=slug)
    try:
        attempt = services.attempt_start(user=request.user, quiz=quiz, now=timezone.now())
    except services.StartRefused as error:
        messages.error(request, str(error))
        return redirect("quizzes:quiz-detail", slug=quiz.slug)
    return redirect("quizzes:attempt-detail", pk=attempt.pk)


# --------------------------------------------------------------------------------------- attempt


@login_required
def attempt_detail(request, pk):
    """Resume: the first unanswered question of an open attempt, or the results."""
    attempt, done = _open_attempt_or_redirect(request, pk)
    if done:
        return done
    position = selectors.first_open_position(selectors.attempt_navigator(attempt=attempt))
    return redirect(_question_url(attempt, position))


def _question_context(attempt, item, navigator, *, form_error="", now):
    reveal = attempt.tutor and item.points is not None
    return {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "question": selectors.question_for(item=item, reveal=reveal),
        "navigator": navigator,
        "question_url_prefix": _question_url_prefix(attempt),
        "total": len(navigator),
        "previous": item.position - 1 if item.position > 1 else None,
        "next": item.position + 1 if item.position < len(navigator) else None,
        "tutor": attempt.tutor,
        "form_error": form_error,
        "timer": _timer(attempt, now),
    }


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def attempt_question(request, pk, position):
    """One question. POST saves the answer: htmx gets a status fragment, plain forms a redirect."""
    attempt, item, done = _open_item_or_redirect(request, pk, position)
    if done:
        return done
    now = timezone.now()
    if request.method == "GET":
        navigator = selectors.attempt_navigator(attempt=attempt)
        return render(request, "quizzes/attempt_question.html", _question_context(attempt, item, navigator, now=now))

    form = AnswerForm(request.POST, qtype=item.version.qtype, option_order=item.option_order)
    error = ""
    if not form.is_valid():
        error = form.error_text()
    elif form.selected_ids() or item.selected:
        try:
            item = services.attempt_answer(attempt=attempt, item=item, selected=form.selected_ids(), now=now)
        except services.AttemptClosed as closed:
            messages.warning(request, str(closed))
            return _go(request, _results_url(attempt))
        except services.AnswerRefused as refused:
            error = str(refused)
    if _is_htmx(request):
        return render(request, "quizzes/includes/save_status.html", {"error": error, "item": item, "now": now})
    if error:
        navigator = selectors.attempt_navigator(attempt=attempt)
        context = _question_context(attempt, item, navigator, form_error=error, now=now)
        return render(request, "quizzes/attempt_question.html", context, status=400)
    go = request.POST.get("go", "next")
    if go == "check" or (go == "prev" and position == 1):
        return redirect(_question_url(attempt, position))
    if go == "prev":
        return redirect(_question_url(attempt, position - 1))
    if go == "review" or not selectors.attempt_item_exists(attempt=attempt, position=position + 1):
        return redirect("quizzes:attempt-review", pk=attempt.pk)
    return redirect(_question_url(attempt, position + 1))


@login_required
@require_POST
def attempt_flag(request, pk, position):
    attempt, item, done = _open_item_or_redirect(request, pk, position)
    if done:
        return done
    form = FlagForm(request.POST)
    form.is_valid()
    try:
        item = services.attempt_flag(
            attempt=attempt, item=item, flagged=form.cleaned_data["flagged"], now=timezone.now()
        )
    except services.AttemptClosed as closed:
        messages.warning(request, str(closed))
        return _go(request, _results_url(attempt))
    if _is_htmx(request):
        return render(request, "quizzes/includes/flag_status.html", {"item": item})
    return redirect(_question_url(attempt, position))


@login_required
@never_cache
def attempt_review(request, pk):
    attempt, done = _open_attempt_or_redirect(request, pk)
    if done:
        return done
    navigator = selectors.attempt_navigator(attempt=attempt)
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "navigator": navigator,
        "question_url_prefix": _question_url_prefix(attempt),
        "unanswered": [entry for entry in navigator if not entry.answered],
        "flagged": [entry for entry in navigator if entry.flagged],
        "timer": _timer(attempt, timezone.now()),
    }
    return render(request, "quizzes/attempt_review.html", context)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def attempt_submit(request, pk):
    """GET asks for confirmation; POST submits. Submitting twice grades once."""
    attempt = selectors.attempt_for_user_or_404(user=request.user, pk=pk)
    if request.method == "POST":
        now = timezone.now()
        late = attempt.deadline is not None and now >= attempt.deadline
        reason = Attempt.SubmitReason.EXPIRED if late else Attempt.SubmitReason.LEARNER
        services.attempt_submit(attempt=attempt, now=now, reason=reason)
        return redirect(_results_url(attempt))
    attempt, done = _open_attempt_or_redirect(request, pk)
    if done:
        return done
    navigator = selectors.attempt_navigator(attempt=attempt)
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "unanswered": sum(not entry.answered for entry in navigator),
        "flagged": sum(entry.flagged for entry in navigator),
        "total": len(navigator),
        "timer": _timer(attempt, timezone.now()),
    }
    return render(request, "quizzes/attempt_submit.html", context)


@login_required
@never_cache
def attempt_results(request, pk):
    # A submitted attempt never changes; what its page shows besides (the quiz's settings, its
    # questions' lessons, page titles and URLs) is content, so the attempt and its rendered results
    # live in the structure cache, which every content edit invalidates (see QuizzesConfig.ready).
    # The filter ("incorrect only", "flagged only") is part of the key; what changes after
    # submission (module completion, review due dates) is rendered outside the cached body.
    # The learner is part of the key too: an entry is made only after this learner's own attempt
    # was read from the database (`attempt_for_user_or_404`), so a hit is that same check passed
    # before, and a repeat view reads no attempt at all (issue 19). Attempts are never deleted
    # except with their learner, who can then no longer sign in.
    show = request.GET.get("show", "all")
    show = show if show in selectors.RESULT_FILTERS else "all"
    cached = structure_cache.get("attempt-results", request.user.pk, pk, show)
    if cached is None:
        attempt = selectors.attempt_for_user_or_404(user=request.user, pk=pk)
        if attempt.state == Attempt.State.IN_PROGRESS:
            attempt = services.attempt_expire_if_due(attempt=attempt, now=timezone.now())
            if attempt.state == Attempt.State.IN_PROGRESS:
                return redirect("quizzes:attempt-review", pk=attempt.pk)
        body = render_to_string(
            "quizzes/includes/attempt_results_body.html",
            {"attempt": attempt, "quiz": attempt.quiz, "r": selectors.attempt_results(attempt=attempt, show=show)},
            request=request,
        )
        cached = (attempt, body)
        structure_cache.set("attempt-results", request.user.pk, pk, show, value=cached)
    attempt, body = cached
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "results_body": body,
        "outcome": progress_selectors.results_outcome(attempt=attempt, now=timezone.now()),
    }
    return render(request, "quizzes/attempt_results.html", context)


# ------------------------------------------------------------------------------ knowledge check


@login_required
@require_POST
def knowledge_check(request, slug):
    """Check the answers of an inline knowledge check: immediate feedback, recorded, ungraded."""
    quiz = selectors.knowledge_check_quiz(slug=slug)
    back = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure())
    back = back if safe else ""
    if quiz is None:
        return render(request, "quizzes/knowledge_check_result.html", {"missing": True, "back": back}, status=404)
    version_ids = [v for v in map(parse_id, request.POST.getlist("v")) if v is not None]
    versions = selectors.knowledge_check_versions(quiz=quiz, version_ids=version_ids)
    answers, errors = {}, []
    for number, version_id in enumerate(version_ids, start=1):
        version = versions.get(version_id)
        if version is None:
            continue
        order = services.knowledge_check_option_order(quiz=quiz, version=version)
        form = AnswerForm(request.POST, qtype=version.qtype, option_order=order, prefix=f"q{version_id}")
        if not form.is_valid():
            errors.append(f"Question {number}: {form.error_text()}")
        elif not form.selected_ids():
            # Feedback shows the key; an empty answer must not get it for free.
            errors.append(f"Question {number}: {CHOOSE_AN_ANSWER}")
        else:
            answers[version_id] = form.selected_ids()
    feedback = []
    if not errors and answers:
        try:
            _attempt, items = services.knowledge_check_record(
                user=request.user, quiz=quiz, answers=answers, now=timezone.now()
            )
        except services.AnswerRefused as refused:
            errors.append(str(refused))
        else:
            feedback = [selectors.question_for(item=item, reveal=True) for item in items]
    elif not errors:
        errors.append("This knowledge check has changed since the page loaded. Please reload the page.")
    correct_count = sum(bool(question.item.is_correct) for question in feedback)
    context = {"quiz": quiz, "feedback": feedback, "errors": errors, "back": back, "correct_count": correct_count}
    template = (
        "quizzes/includes/knowledge_check_feedback.html"
        if _is_htmx(request)
        else ("quizzes/knowledge_check_result.html")
    )
    return render(request, template, context, status=200 if not errors or _is_htmx(request) else 400)
