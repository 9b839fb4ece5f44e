"""Every URL pattern with an argument, requested with hostile values: nothing may answer 500.

The patterns come from the URL resolver itself (recursively through every include), so a new URL
is swept without anyone adding it here. Each argument in turn takes each hostile value while the
others keep a plausible one (the test organization's slug, id 1), so nested arguments are reached.
"""

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern

pytestmark = pytest.mark.django_db

# Prefixes not swept, each with its reason.
SKIPPED_PREFIXES = {
    "admin/": "Wagtail's admin internals: staff only, Wagtail's own URLs and views",
    "django-admin/": "Django's admin internals: staff only, Django's own URLs and views",
}

HOSTILE = [
    "99999999999999999999",  # beyond a 64-bit integer
    "9223372036854775808",  # 2**63, one past the largest bigint
    "0",
    "%C2%B2",  # "²", a Unicode digit that str.isdigit() accepts
    "%D9%A3",  # "٣", an Arabic-Indic digit that int() accepts
    "%00",
    "%22",  # a double quote
    "%27",  # a single quote
    "a" * 2000,
    "x-" + "9" * 30,
]
PLAUSIBLE = {"slug": "riverside", "str": "riverside", "path": "riverside"}

_ROUTE_ARG = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def _regex_template(regex: str) -> str | None:
    """`^confirm-email/(?P<key>[-:\\w]+)/$` -> `confirm-email/{}/`; None unless that simple."""
    body = regex.removeprefix("^").removesuffix("$").removesuffix(r"\Z")
    literals, depth, start = [], 0, 0
    for index, char in enumerate(body):
        escaped = index > 0 and body[index - 1] == "\\"
        if char == "(" and not escaped:
            if depth == 0:
                literals.append(body[start:index])
            depth += 1
        elif char == ")" and not escaped:
            depth -= 1
            if depth == 0:
                start = index + 1
    literals.append(body[start:])
    if depth or re.search(r"[\\^$.*+?\[\]|(){}]", "".join(literals)):
        return None
    return "{}".join(literals)


def _template(pattern) -> tuple[str, tuple[str, ...]] | None:
    """A str.format template for one pattern piece and the converter name of each argument."""
    if isinstance(pattern, RoutePattern):
        route = str(pattern)
        converters = tuple(m["converter"] or "str" for m in _ROUTE_ARG.finditer(route))
        return _ROUTE_ARG.sub("{}", route.replace("{", "{{").replace("}", "}}")), converters
    if isinstance(pattern, RegexPattern):
        template = _regex_template(pattern.regex.pattern)
        return None if template is None else (template, ("regex",) * template.count("{}"))
    return None


def _walk(patterns, template="", converters=()):
    """Yield (template, converters) for every URL pattern, or (description, None) for a pattern
    the sweep cannot turn into a URL."""
    for entry in patterns:
        piece = _template(entry.pattern)
        if piece is None:
            yield template + str(entry.pattern), None
            continue
        text, more = piece
        if any((template + text).startswith(skipped) for skipped in SKIPPED_PREFIXES):
            continue
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, template + text, converters + more)
        elif isinstance(entry, URLPattern):
            yield template + text, converters + more


def _swept_patterns():
    swept, unreadable = [], []
    for template, converters in _walk(get_resolver().url_patterns):
        if converters is None:
            unreadable.append(template)
        elif converters:
            swept.append((template, converters))
    return swept, unreadable


def _urls(template: str, converters: list[str]):
    plausible = [PLAUSIBLE.get(converter, "1") for converter in converters]
    for position in range(len(converters)):
        for value in HOSTILE:
            values = list(plausible)
            values[position] = value
            yield "/" + template.format(*values)


def test_the_sweep_reads_every_pattern_and_reaches_the_nested_ones():
    swept, unreadable = _swept_patterns()

    assert unreadable == [], "teach the sweep these patterns or skip them with a reason"
    templates = {template for template, _ in swept}
    assert "manage/{}/people/{}/" in templates
    assert "progress/people/{}/transcript.pdf" in templates
    assert "accounts/password/reset/key/{}-{}/" in templates


@pytest.mark.parametrize("who", ["anonymous", "learner", "manager"])
def test_no_url_answers_500_to_hostile_arguments(who, learner, manager):
    client = Client(raise_request_exception=False)
    if who != "anonymous":
        client.force_login(learner if who == "learner" else manager)
    swept, _ = _swept_patterns()

    failures = []
    for template, converters in swept:
        for url in _urls(template, converters):
            for method in (client.get, client.post):
                status = method(url).status_code
                if status >= 500:
                    failures.append(f"{method.__name__.upper()} {url[:120]} -> {status}")

    assert failures == []
