"""Wagtail's site lookup, from the structure cache.

Wagtail finds the `Site` for every request that serves or links to a page (one query ordered by a
`CASE` on hostname and port), then loads the site's root page as its specific type (another query)
before routing. Both are structure. When the cache has the site for this host and port, with its
root page already specific, this middleware puts it where Wagtail looks first
(`request._wagtail_site`); when it has not, Wagtail looks the site up as usual and the middleware
caches what it found after the response. Requests that never need a site cost one cache read.
Saving a `Site` or any page starts a new cache generation (`courses.structure_cache`).
"""

from django.http.request import split_domain_port

from courses import structure_cache

SKIP_PREFIXES = ("/healthz", "/static/")


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(SKIP_PREFIXES):
            return self.get_response(request)
        # Wagtail reads the raw host too: its site lookup must not trip ALLOWED_HOSTS checks here.
        key = ("site", split_domain_port(request._get_raw_host())[0], request.get_port())
        site = structure_cache.get(*key)
        if site is not None:
            request._wagtail_site = site
        response = self.get_response(request)
        if site is None and getattr(request, "_wagtail_site", None) is not None:
            found = request._wagtail_site
            found.root_page = found.root_page.specific
            structure_cache.set(*key, value=found)
        return response
