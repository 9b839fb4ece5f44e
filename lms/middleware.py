"""Project middleware: no NUL bytes in paths, and django-csp's middleware with a looser policy for
the admins.

`reject_nul_in_path`: a path with a NUL byte (`%00`) names nothing anywhere, and PostgreSQL refuses
NUL in text, so a third-party view that looks a path argument up in the database (allauth's
`/accounts/oidc/<provider>/…` and `/accounts/saml/<organization>/…`) would answer 500. It is a 404
before any view runs, the same on SQLite and PostgreSQL (tests/test_url_sweep.py).

`ContentSecurityPolicyMiddleware`: django-csp's, with a looser policy for the admins.

Learner pages are strict (see CONTENT_SECURITY_POLICY in settings). Wagtail 8's admin still renders
inline scripts (inline panels, date pickers) and style attributes, and so does Django's admin; on
their URL prefixes the policy allows inline script and style instead of dropping the header.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import Http404


def reject_nul_in_path(get_response):
    def middleware(request):
        if "\x00" in request.path_info:
            raise Http404("No such page.")
        return get_response(request)

    return middleware


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_CSP_PREFIXES):
            parts.update = {**settings.ADMIN_CSP_UPDATE, **(parts.update or {})}
            parts.replace = {**settings.ADMIN_CSP_REPLACE, **(parts.replace or {})}
        return parts
