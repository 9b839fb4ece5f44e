from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from courses import selectors, services


@login_required
@require_POST
def lesson_complete(request, lesson_id):
    """Mark a lesson complete, then go on to the next incomplete lesson, else the assessment, else
    the module page."""
    lesson = selectors.lesson_live_or_none(lesson_id=lesson_id)
    if lesson is None:
        raise Http404("No such lesson.")
    try:
        services.lesson_complete(user=request.user, lesson=lesson)
    except services.ModuleLockedError as error:
        messages.error(request, str(error))
        return redirect(lesson.get_parent().get_url(request))
    step = selectors.after_lesson_complete(user=request.user, lesson=lesson)
    messages.success(request, f"“{lesson.title}” is marked complete. {step.message}")
    return redirect(step.url)


@require_GET
def search(request):
    """Search lesson and module text (Wagtail search index)."""
    query = request.GET.get("q", "").strip()[:200]
    page_obj = None
    if query:
        page_obj = Paginator(selectors.course_search(query=query), 20).get_page(request.GET.get("page"))
    return render(request, "courses/search.html", {"query": query, "page_obj": page_obj})
