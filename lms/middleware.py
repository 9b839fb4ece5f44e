"""django-csp's middleware with one addition: a looser policy for the admins.

Learner pages are strict (see CONTENT_SECURITY_POLICY in settings). Wagtail 8's admin still renders
inline scripts (inline panels, date pickers) and style attributes, and so does Django's admin; on
their URL prefixes the policy allows inline script and style instead of dropping the header.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_CSP_PREFIXES):
            parts.update = {**settings.ADMIN_CSP_UPDATE, **(parts.update or {})}
            parts.replace = {**settings.ADMIN_CSP_REPLACE, **(parts.replace or {})}
        return parts
