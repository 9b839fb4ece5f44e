"""Template tags for the site's shell (base.html and its includes).

`capture` renders a block once and keeps the result in a variable: the header shows the same
navigation twice (a menu for narrow screens, a bar for wide ones), and rendering it once halves
what the navigation costs on every page (its URL reversals and the sign-out form's CSRF token).
"""

from django import template

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
