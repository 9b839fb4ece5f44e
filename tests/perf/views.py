"""Reference pages for `make bench`, routed only by `tests.perf.settings` (never in production).

- The signed-in floor is the least a signed-in page can cost here: the full middleware stack, the
  session and the user loaded, a tiny template rendered with the request's context processors.
- The shell floor is the same view rendering `base.html` with nothing in it: the site's layout,
  navigation and context processors. Its distance from the signed-in floor is what the shell costs
  every page.
- The uncached dashboard is `/dashboard/` with its body computed and rendered on every request, as
  on a learner's first visit after any change of theirs (the real page serves a cached body until
  then): the bench reports both.
"""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.template import engines
from django.utils import timezone
from django.views.decorators.cache import never_cache

from quizzes.progress.dashboard import dashboard_body

TINY = engines["django"].from_string("<!DOCTYPE html><title>Floor</title><p>Signed in as {{ user.email }}.</p>")


@login_required
@never_cache
def signed_in_floor(request):
    return HttpResponse(TINY.render({}, request))


@login_required
@never_cache
def shell_floor(request):
    return render(request, "base.html", {})


@login_required
@never_cache
def dashboard_uncached(request):
    return render(request, "lms/dashboard.html", {"body": dashboard_body(user=request.user, now=timezone.now())})
