"""The learner dashboard: the page after login, composing progress, assignments and the catalog.

It lives here, in the top layer, because it shows what this layer owns (progress, credits, goals,
assignments) beside what lower layers own (memberships in `lms`, the catalog in `courses`); a lower
layer never imports it. The URL keeps its name `lms:dashboard` and path `/dashboard/`: the root
URLconf includes this module, by dotted path, inside the `lms` namespace.
"""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import path
from django.utils import timezone
from django.views.decorators.cache import never_cache

from courses import selectors as course_selectors
from quizzes.progress import selectors as progress_selectors


@login_required
@never_cache
def dashboard(request):
    progress = progress_selectors.learner_dashboard(user=request.user, now=timezone.now())
    context = {
        "memberships": request.user.memberships.select_related("organization"),
        "module_progress": progress.started_modules,
        "catalog_url": course_selectors.catalog_url(),
        "progress": progress,
    }
    return render(request, "lms/dashboard.html", context)


urlpatterns = [path("dashboard/", dashboard, name="dashboard")]
