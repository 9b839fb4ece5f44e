"""Template tags for the site's shell (base.html and its includes), which every page renders.

`capture` renders a block once and keeps the result in a variable: the header shows the same
navigation twice (a menu for narrow screens, a bar for wide ones), and rendering it once halves
what the navigation costs on every page (its URL reversals and the sign-out form's CSRF token).

`shell_static` and `shell_url` are `{% static %}` and `{% url %}` for arguments that never change
(the stylesheet, the icons, the menu's links): they are worked out once per process instead of on
every request (the manifest lookup, the resolver walk), which was a third of the shell's cost.
Both caches are dropped when a test changes the settings they depend on.

`shell_header` renders `includes/header.html` once per process for each kind of visitor (signed
out; signed in with a given set of roles) and each "current" section, and serves the stored HTML
afterwards: the header shows no one's name or data, only links that depend on the roles. Its one
per-request part, the sign-out form's CSRF token, is put in with a string replacement.
"""

import functools

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.safestring import mark_safe

from lms.fragments import CSRF_MARKER, with_csrf_token

register = template.Library()


class CaptureNode(template.Node):
    def __init__(self, nodelist, name: str):
        self.nodelist, self.name = nodelist, name

    def render(self, context) -> str:
        # NodeList.render returns a SafeString: the block's own escaping is kept, not repeated.
        context[self.name] = self.nodelist.render(context)
        return ""


@register.tag
def capture(parser, token):
    """`{% capture as name %}…{% endcapture %}`: render the block into `name`, output nothing."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@functools.cache
def _static(path: str) -> str:
    return static(path)


@functools.cache
def _url(name: str, urlconf, prefix: str) -> str:
    return reverse(name, urlconf=urlconf)


@register.simple_tag
def shell_static(path: str) -> str:
    """`{% static path %}`, computed once per process (file names are fixed until a deploy)."""
    return _static(path)


@register.simple_tag
def shell_url(name: str) -> str:
    """`{% url name %}` for a URL without arguments, computed once per URLconf and script prefix."""
    return _url(name, get_urlconf(), get_script_prefix())


# The link marked aria-current="page", by the resolved view: the header's only per-page difference.
_CURRENT_URL_NAMES = {"dashboard", "profile"}
_CURRENT_NAMESPACES = {"practice", "skills", "compliance"}
_headers: dict[tuple, str] = {}
_HEADERS_MAX = 512  # kinds of visitor x sections: a handful in practice; a bound in any case


def _current_section(request) -> str:
    match = getattr(request, "resolver_match", None)
    if match is None:
        return ""
    if match.url_name in _CURRENT_URL_NAMES:
        return match.url_name
    return match.namespace if match.namespace in _CURRENT_NAMESPACES else ""


@register.simple_tag(takes_context=True)
def shell_header(context) -> str:
    """`{% include "includes/header.html" %}`, rendered once per kind of visitor and section."""
    user = context.get("user")
    request = context.get("request")
    if user is not None and user.is_authenticated:
        roles = context.get("nav_roles") or ()
        visitor = (True, user.is_superuser, user.prepares_for_exam, tuple(sorted(roles)))
    else:
        visitor = (False,)
    key = (get_urlconf(), get_script_prefix(), visitor, _current_section(request))
    html = _headers.get(key)
    if html is None:
        header = context.template.engine.get_template("includes/header.html")
        with context.push(csrf_token=CSRF_MARKER):
            html = header.render(context)
        if len(_headers) >= _HEADERS_MAX:
            _headers.clear()
        _headers[key] = html
    if request is None:  # rendered outside a request: no token to put in
        return mark_safe(html.replace(CSRF_MARKER, ""))  # noqa: S308 - our own template's output
    return with_csrf_token(html, request)


@receiver(setting_changed)
def _clear(*, setting: str, **kwargs) -> None:
    if setting in ("STATIC_URL", "STORAGES", "ROOT_URLCONF", "FORCE_SCRIPT_NAME", "TEMPLATES"):
        _static.cache_clear()
        _url.cache_clear()
        _headers.clear()
