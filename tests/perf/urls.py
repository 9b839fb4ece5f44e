"""The site's URLs plus the benchmark's two reference views, ahead of Wagtail's catch-all."""

from django.urls import path

from lms import urls as site_urls
from tests.perf import views

urlpatterns = [
    path("bench/signed-in-floor/", views.signed_in_floor, name="bench-signed-in-floor"),
    path("bench/shell-floor/", views.shell_floor, name="bench-shell-floor"),
    path("bench/dashboard-uncached/", views.dashboard_uncached, name="bench-dashboard-uncached"),
    *site_urls.urlpatterns,
]
