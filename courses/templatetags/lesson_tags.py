"""`{% lesson_body page %}`: a lesson's StreamField, rendered once per content change.

Rendering a body (rich-text link rewriting, a dozen block templates) is the largest fixed cost
of a lesson page and the same for every learner. Runs of ordinary blocks are rendered once and
kept in the structure cache (`courses.structure_cache`), which every page edit invalidates.
Knowledge checks render on every request: their forms carry the visitor's CSRF token. Previews
are never cached.
"""

from django import template
from django.utils.safestring import mark_safe

from courses import structure_cache

register = template.Library()

LIVE_BLOCK_TYPES = frozenset({"knowledge_check"})


def _segments(body) -> list[tuple[bool, list[int]]]:
    """Indexes of the body's blocks grouped into runs: (is_live, [index, …])."""
    segments: list[tuple[bool, list[int]]] = []
    for index, raw in enumerate(body.raw_data):
        live = raw["type"] in LIVE_BLOCK_TYPES
        if segments and segments[-1][0] == live and not live:
            segments[-1][1].append(index)
        else:
            segments.append((live, [index]))
    return segments


@register.simple_tag(takes_context=True)
def lesson_body(context, page):
    body = page.body
    flat = context.flatten()
    request = context.get("request")
    preview = getattr(request, "is_preview", False)

    def render(indexes):
        return "".join(str(body[index].render_as_block(context=flat)) for index in indexes)

    parts = []
    for live, indexes in _segments(body):
        if live or preview or not page.pk:
            parts.append(render(indexes))
        else:
            parts.append(structure_cache.cached("lesson-body", page.pk, indexes[0], build=lambda i=indexes: render(i)))
    return mark_safe("".join(parts))  # noqa: S308 - block templates escape their own content
