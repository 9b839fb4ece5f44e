import csv
import io
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from courses import structure_cache
from lms import roles
from tests.analysis.responses import submit_responses
from tests.analysis.test_selectors import HAND_CHOICES
from tests.factories import UserFactory
from tests.quizzes.factories import QuestionFactory, fixed_quiz

pytestmark = pytest.mark.django_db

URL = reverse("question_bank_item_analysis:index")


@pytest.fixture
def client_as_educator(client, educator):
    client.force_login(educator)
    return client


def _hand_quiz(user, responses=5, **quiz_fields):
    questions = [QuestionFactory(name=name) for name in ("A item", "B item", "C item")]
    quiz = fixed_quiz(questions, **quiz_fields)
    versions = [question.versions.get() for question in questions]
    rows = [HAND_CHOICES[i % len(HAND_CHOICES)] for i in range(responses)]
    submit_responses(quiz=quiz, user=user, versions=versions, choices=rows)
    return quiz


class _Rows(HTMLParser):
    """Cell texts of <tr data-row="…"> rows, by row kind, and the summary's <dt>/<dd> pairs."""

    def __init__(self):
        super().__init__()
        self.rows = {"item": [], "option": []}
        self.summary, self._cell, self._row, self._stack = [], None, None, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr" and attrs.get("data-row"):
            self._row = []
            self._stack.append((attrs["data-row"], self._row))
        elif tag in ("td", "dt", "dd") and (self._stack or tag != "td"):
            self._cell = []
        elif tag == "details":
            self._stack.append(("details", None))

    def handle_endtag(self, tag):
        if tag in ("td", "dt", "dd") and self._cell is not None:
            text = " ".join("".join(self._cell).split())
            if tag == "td":
                self._stack[-1][1].append(text)
            else:
                self.summary.append(text)
            self._cell = None
        elif tag == "details":
            self._stack.pop()
        elif tag == "tr" and self._stack and self._stack[-1][0] in self.rows:
            kind, row = self._stack.pop()
            self.rows[kind].append(row)

    def handle_data(self, data):
        if self._cell is not None and not (self._stack and self._stack[-1][0] == "details"):
            self._cell.append(data)


def _screen(response):
    parser = _Rows()
    parser.feed(response.content.decode())
    return parser


# --- who may see it ---------------------------------------------------------------------------


def test_item_analysis_learner_is_sent_to_login(client_as_learner):
    response = client_as_learner.get(URL)

    assert (response.status_code, response["Location"]) == (302, f"/admin/login/?next={URL}")


def test_item_analysis_manager_is_sent_to_login(client, manager):
    client.force_login(manager)

    response = client.get(f"{URL}?quiz=1&export=csv")

    assert (response.status_code, response["Location"]) == (302, f"/admin/login/?next={URL}%3Fquiz%3D1%26export%3Dcsv")


def _admin_user_without_question_bank_permissions():
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return user


def test_item_analysis_admin_user_without_question_bank_permissions_is_refused(client, learner):
    quiz = _hand_quiz(learner)
    client.force_login(_admin_user_without_question_bank_permissions())

    page = client.get(URL)
    export = client.get(URL, {"quiz": quiz.pk, "export": "csv"})

    assert [(r.status_code, r["Location"]) for r in (page, export)] == [(302, "/admin/"), (302, "/admin/")]


def test_item_analysis_clinical_reviewer_who_edits_questions_may_see_it(client):
    reviewer = UserFactory()
    reviewer.groups.add(Group.objects.get(name=roles.CLINICAL_REVIEWERS))
    client.force_login(reviewer)

    assert client.get(URL).status_code == 200


def test_item_analysis_anonymous_is_sent_to_login(client):
    assert client.get(URL).status_code == 302


def test_item_analysis_menu_item_shows_for_educators(client_as_educator):
    response = client_as_educator.get("/admin/")

    assert response.content.decode().count('"label": "Item analysis"') == 1


def test_item_analysis_menu_item_hidden_from_admin_users_without_question_bank_permissions(client):
    client.force_login(_admin_user_without_question_bank_permissions())

    response = client.get("/admin/")

    assert (response.status_code, response.content.decode().count('"label": "Item analysis"')) == (200, 0)


# --- the report -------------------------------------------------------------------------------


def test_item_analysis_page_without_a_quiz_lists_quizzes_with_responses(client_as_educator, learner):
    quiz = _hand_quiz(learner, title="Transfers check")
    fixed_quiz([QuestionFactory()], title="Never taken")

    response = client_as_educator.get(URL)

    body = response.content.decode()
    assert (response.status_code, "Transfers check" in body, "Never taken" in body) == (200, True, False)
    assert f'<option value="{quiz.pk}">' in body


def test_item_analysis_page_shows_items_flags_thresholds_and_summary(client_as_educator, learner):
    quiz = _hand_quiz(learner)

    response = client_as_educator.get(URL, {"quiz": quiz.pk})

    screen = _screen(response)
    assert screen.rows["item"] == [
        ["A item", "1", "5", "0.60", "0.65", ""],
        ["B item", "1", "5", "0.60", "0.00", "Poor discrimination (< 0.20); revise"],
        ["C item", "1", "5", "0.40", "0.33", ""],
    ]
    assert screen.summary == [
        "Attempts",
        "5",
        "Mean score (points)",
        "1.60",
        "Standard deviation (points)",
        "1.02",
        "Reliability: KR-20",
        "0.46",
    ]
    body = response.content.decode()
    assert "p &lt; 0.20" in body and "p &gt; 0.90" in body and "Discrimination &lt; 0.20" in body
    first_question = quiz.items.order_by("sort_order").first().question
    assert f'href="{reverse("question_bank_questions:edit", args=[first_question.pk])}"' in body


def test_item_analysis_page_distractor_table(client_as_educator, learner):
    quiz = _hand_quiz(learner)

    screen = _screen(client_as_educator.get(URL, {"quiz": quiz.pk}))

    assert screen.rows["option"][:4] == [
        ["Lock the wheelchair brakes", "yes", "3", "0.60", "0.65"],
        ["Lift with your back", "", "1", "0.20", "0.00"],
        ["Skip the gait belt", "", "1", "0.20", "-0.79"],
        ["Transfer toward the weaker side", "", "0", "0.00", "n/a"],
    ]
    # Item B's no-answer row: E5 (rest score 0); rests 2,1,2,0,0 so Σr = 5, Σr² = 9, Σcr = 0:
    # (5·0 − 1·5) / √((5 − 1)(5·9 − 25)) = −5/√80 = −0.559…
    assert screen.rows["option"][8] == ["(no answer)", "", "1", "0.20", "-0.56"]


def test_item_analysis_csv_equals_the_screen(client_as_educator, learner):
    quiz = _hand_quiz(learner, title="Transfers check")

    screen = _screen(client_as_educator.get(URL, {"quiz": quiz.pk}))
    response = client_as_educator.get(URL, {"quiz": quiz.pk, "export": "csv"})

    assert response["Content-Disposition"] == f'attachment; filename="item-analysis-{quiz.slug}.csv"'
    lines = list(csv.reader(io.StringIO(response.content.decode())))
    assert lines[0] == ["Quiz", "Transfers check"]
    assert [cell for line in lines[1:5] for cell in line] == screen.summary
    assert lines[5:7] == [
        [],
        ["Type", "Question", "Version", "Option", "Key", "Count", "Proportion", "Point-biserial", "Flags"],
    ]
    items = [line for line in lines[7:] if line[0] == "item"]
    options = [line for line in lines[7:] if line[0] == "option"]
    assert [[q, v, n, p, d, flags] for _, q, v, _, _, n, p, d, flags in items] == screen.rows["item"]
    assert [[text, key, chosen, proportion, d] for _, _, _, text, key, chosen, proportion, d, _ in options] == (
        screen.rows["option"]
    )


def test_item_analysis_unknown_quiz_shows_the_chooser_error(client_as_educator):
    response = client_as_educator.get(URL, {"quiz": 999999, "export": "csv"})

    assert (response.status_code, response["Content-Type"]) == (200, "text/html; charset=utf-8")
    assert "Choose one of the listed quizzes." in response.content.decode()


@pytest.mark.parametrize("responses", [10, 300])
def test_item_analysis_page_query_count_does_not_grow_with_responses(
    client_as_educator, learner, django_assert_num_queries, responses
):
    quiz = _hand_quiz(learner, responses=responses)
    client_as_educator.get(URL, {"quiz": quiz.pk})  # warm per-process caches (content types, site)
    structure_cache.bump()  # the report is computed again (a cache miss)

    # user (the session comes from the cache), 2 × permissions, user profile, the chosen quiz with
    # its totals row; item totals + versions + questions, versions' options, quiz totals, option
    # totals; Wagtail's locales, page and collection permissions, explorer root; the quiz chooser's
    # options
    with django_assert_num_queries(14):
        response = client_as_educator.get(URL, {"quiz": quiz.pk})
    assert (response.status_code, len(_screen(response).rows["item"])) == (200, 3)

    # Cached (quizzes.analysis.cached): the four reads of the totals are gone.
    with django_assert_num_queries(10):
        cached = client_as_educator.get(URL, {"quiz": quiz.pk})
    assert (_screen(cached).rows, _screen(cached).summary) == (_screen(response).rows, _screen(response).summary)


def test_item_analysis_page_shows_fifty_items_a_page_and_the_csv_all_of_them(client_as_educator, learner):
    questions = [QuestionFactory(name=f"Q{i:03}") for i in range(51)]
    quiz = fixed_quiz(questions)
    versions = [question.versions.get() for question in questions]
    submit_responses(quiz=quiz, user=learner, versions=versions, choices=[[[0]] * 51, [[1]] * 51])

    page = client_as_educator.get(URL, {"quiz": quiz.pk})
    first = _screen(page)
    second = _screen(client_as_educator.get(URL, {"quiz": quiz.pk, "p": 2}))
    export = client_as_educator.get(URL, {"quiz": quiz.pk, "export": "csv"})

    assert ([row[0] for row in first.rows["item"]][::49], [row[0] for row in second.rows["item"]]) == (
        ["Q000", "Q049"],
        ["Q050"],
    )
    assert f'<a href="?quiz={quiz.pk}&amp;p=2">' in page.content.decode()  # "Next" keeps the quiz
    assert first.summary == second.summary
    assert first.summary[:2] == ["Attempts", "2"]
    assert sum(line.startswith("item,") for line in export.content.decode().splitlines()) == 51
