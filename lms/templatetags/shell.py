"""Template tags for the site's shell (base.html and its includes), which every page renders.

`capture` renders a block once and keeps the result in a variable: the header shows the same
navigation twice (a menu for narrow screens, a bar for wide ones), and rendering it once halves
what the navigation costs on every page (its URL reversals and the sign-out form's CSRF token).

`shell_static` and `shell_url` are `{% static %}` and `{% url %}` for arguments that never change
(the stylesheet, the icons, the menu's links): they are worked out once per process instead of on
every request (the manifest lookup, the resolver walk), which was a third of the shell's cost.
Both caches are dropped when a test changes the settings they depend on.
"""

import functools

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse

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


@receiver(setting_changed)
def _clear(*, setting: str, **kwargs) -> None:
    if setting in ("STATIC_URL", "STORAGES", "ROOT_URLCONF", "FORCE_SCRIPT_NAME"):
        _static.cache_clear()
        _url.cache_clear()
