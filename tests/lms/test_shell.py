"""The shell (base.html): the navigation is rendered once and shown twice (menu and bar)."""

import re

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_menu_and_bar_show_the_same_links(client, learner):
    client.force_login(learner)

    html = client.get(reverse("lms:profile")).content.decode()

    menu = re.search(r'<nav class="site-nav site-nav--menu" aria-label="Main">(.*?)</nav>', html, re.S).group(1)
    bar = re.search(r'<nav class="site-nav site-nav--bar" aria-label="Main">(.*?)</nav>', html, re.S).group(1)
    assert menu == bar
    assert reverse("lms:dashboard") in bar
    assert reverse("account_logout") in bar
    assert 'aria-current="page"' in bar  # the profile link, marked in both copies
    assert 'name="csrfmiddlewaretoken"' in bar  # the sign-out form


def test_capture_keeps_the_blocks_escaping_and_outputs_nothing_in_place():
    template = Template("{% load shell %}[{% capture as part %}<b>{{ name }}</b>{% endcapture %}]{{ part }}{{ part }}")

    assert template.render(Context({"name": "<i>"})) == "[]<b>&lt;i&gt;</b><b>&lt;i&gt;</b>"


def test_capture_needs_a_name():
    with pytest.raises(TemplateSyntaxError, match="Usage"):
        Template("{% load shell %}{% capture part %}x{% endcapture %}")


def test_shell_static_and_url_match_the_uncached_tags_and_follow_settings_changes(settings):
    both = Template(
        "{% load shell static %}{% shell_static 'css/site.css' %}|{% static 'css/site.css' %}"
        "|{% shell_url 'lms:dashboard' %}|{% url 'lms:dashboard' %}"
    )
    cached_static, static, cached_url, url = both.render(Context()).split("|")
    assert (cached_static, cached_url) == (static, url)

    settings.STATIC_URL = "/assets/"

    assert Template("{% load shell %}{% shell_static 'css/site.css' %}").render(Context()) == "/assets/css/site.css"


def _bar(html: str) -> str:
    return re.search(r'<nav class="site-nav site-nav--bar" aria-label="Main">(.*?)</nav>', html, re.S).group(1)


def test_the_stored_header_follows_roles_and_the_current_section(client, learner, manager):
    client.force_login(learner)
    learner_dashboard = _bar(client.get(reverse("lms:dashboard")).content.decode())
    learner_profile = _bar(client.get(reverse("lms:profile")).content.decode())
    client.force_login(manager)
    manager_dashboard = _bar(client.get(reverse("lms:dashboard")).content.decode())
    client.logout()
    signed_out = _bar(client.get("/").content.decode())

    assert reverse("compliance:index") not in learner_dashboard
    assert reverse("compliance:index") in manager_dashboard  # not the learner's stored header
    current = re.compile(r'<a href="([^"]+)" aria-current="page">')
    assert current.findall(learner_dashboard) == [reverse("lms:dashboard")]
    assert current.findall(learner_profile) == [reverse("lms:profile")]
    assert reverse("account_login") in signed_out
    assert reverse("account_logout") not in signed_out


def test_each_response_carries_its_own_sign_out_token_and_signing_out_works(learner):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    tokens = [token.search(client.get(reverse("lms:profile")).content.decode())[1] for _ in range(2)]

    assert tokens[0] != tokens[1]  # masked per response, as {% csrf_token %} does (BREACH)
    response = client.post(reverse("account_logout"), {"csrfmiddlewaretoken": tokens[1]})
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
