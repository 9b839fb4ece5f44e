"""The learner dashboard: the page after login, composing progress, assignments and the catalog.

It lives here, in the top layer, because it shows what this layer owns (progress, credits, goals,
assignments) beside what lower layers own (memberships in `lms`, the catalog in `courses`); a lower
layer never imports it. The URL keeps its name `lms:dashboard` and path `/dashboard/`: the root
URLconf includes this module, by dotted path, inside the `lms` namespace.

The body is the most expensive page a learner opens (17 queries and a large template), and it is
opened far more often than what it shows changes, so its HTML is cached per learner. The key holds
everything it depends on: the learner's progress version (`lms.versions`: every completion,
attempt, credit, certificate, review card, membership, team and assignment change bumps it in the
same transaction), the course structure generation (titles, URLs, quizzes), the learner's own
profile fields, today's date and time zone (due dates, reviews due today). What depends on the
clock alone, a completion whose renewal falls due during the day, shows within `BODY_TTL`.
"""

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import path
from django.utils import timezone
from django.views.decorators.cache import never_cache

from courses import selectors as course_selectors
from courses import structure_cache
from lms import versions
from quizzes.progress import selectors as progress_selectors

BODY_TTL = 300  # seconds


def dashboard_body(*, user, now) -> str:
    """The dashboard's body for `user`, rendered without the request (so it can be cached)."""
    progress = progress_selectors.learner_dashboard(user=user, now=now)
    context = {
        "user": user,
        "memberships": user.memberships.select_related("organization"),
        "module_progress": progress.started_modules,
        "catalog_url": course_selectors.catalog_url(),
        "progress": progress,
    }
    return render_to_string("progress/includes/dashboard_body.html", context)


@login_required
@never_cache
def dashboard(request):
    now = timezone.now()
    key = versions.fragment_key(
        "dashboard",
        request.user,
        structure_cache.generation(),
        timezone.localdate(now),
        timezone.get_current_timezone_name(),
    )
    body = cache.get(key) if key else None
    if body is None:
        body = dashboard_body(user=request.user, now=now)
        if key:
            cache.set(key, body, BODY_TTL)
    return render(request, "lms/dashboard.html", {"body": body})


urlpatterns = [path("dashboard/", dashboard, name="dashboard")]
