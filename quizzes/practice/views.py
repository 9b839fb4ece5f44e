"""The Practice area: parse the form, call one service, redirect to the attempt."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from quizzes import selectors as quiz_selectors
from quizzes import services as quiz_services
from quizzes.models import Quiz
from quizzes.practice import selectors, services
from quizzes.practice.forms import MODE_CHOICES, PracticeSetForm, StartForm


def _render(request, page, *, set_form=None, status=200):
    set_form = set_form or PracticeSetForm(domains=page.domains, topics=page.topics)
    return render(
        request,
        "practice/index.html",
        {"page": page, "set_form": set_form, "mode_choices": MODE_CHOICES},
        status=status,
    )


@login_required
@never_cache
def index(request):
    return _render(request, selectors.practice_page(user=request.user, now=timezone.now()))


@login_required
@require_POST
def exam_start(request, slug):
    """Start (or resume) a practice exam in the mode the learner chose."""
    quiz = quiz_selectors.quiz_visible_or_404(slug=slug)
    if quiz.kind != Quiz.Kind.PRACTICE:
        return redirect("quizzes:quiz-detail", slug=quiz.slug)
    form = StartForm(request.POST)
    mode = form.cleaned_data["mode"] if form.is_valid() else ""
    try:
        attempt = quiz_services.attempt_start(user=request.user, quiz=quiz, now=timezone.now(), feedback_mode=mode)
    except quiz_services.StartRefused as error:
        messages.error(request, str(error))
        return redirect("practice:index")
    return redirect("quizzes:attempt-detail", pk=attempt.pk)


@login_required
@require_POST
def set_create(request):
    now = timezone.now()
    page = selectors.practice_page(user=request.user, now=now)
    form = PracticeSetForm(request.POST, domains=page.domains, topics=page.topics)
    if not form.is_valid():
        return _render(request, page, set_form=form, status=400)
    try:
        attempt = services.practice_set_create(
            user=request.user,
            size=form.cleaned_data["size"],
            domains=form.cleaned_data["domains"],
            topics=form.cleaned_data["topics"],
            feedback_mode=form.cleaned_data["mode"],
            now=now,
            domain_names=selectors.domain_names(),
        )
    except services.PracticeError as error:
        form.add_error(None, str(error))
        return _render(request, page, set_form=form, status=400)
    return redirect("quizzes:attempt-detail", pk=attempt.pk)
