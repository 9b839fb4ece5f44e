"""Stored HTML with forms in it: the shell's header and the cached page bodies are rendered once
with `CSRF_MARKER` in place of the token, and each response puts its own token in.

One masked token per response: the header's sign-out form and a cached body's forms share it, as
every `{% csrf_token %}` of one template render does, and the next response gets a new mask
(Django's BREACH mitigation).
"""

from django.middleware.csrf import get_token
from django.utils.safestring import SafeString, mark_safe

CSRF_MARKER = "__occupass_csrf_token__"


def with_csrf_token(html: str, request) -> SafeString:
    """`html` (our own template's output) with this response's CSRF token where the marker is."""
    if CSRF_MARKER in html:
        token = getattr(request, "_occupass_csrf_token", None)
        if token is None:
            token = request._occupass_csrf_token = get_token(request)
        html = html.replace(CSRF_MARKER, token)
    return mark_safe(html)  # noqa: S308 - our own template's output; the token is [a-zA-Z0-9]
