import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from quizzes.models import Attempt, AttemptItem, Blueprint, Option, Question, QuestionVersion, Quiz, QuizItem
from tests.quizzes.drafts import make_question

pytestmark = pytest.mark.django_db

INDEX = reverse("question_bank_questions:index")
ADD = reverse("question_bank_questions:add")
IMPORT = reverse("question_bank_questions:import")
EXPORT = reverse("question_bank_questions:export")
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "moodle"


@pytest.fixture
def client_as_educator(client, educator):
    client.force_login(educator)
    return client


def _edit_url(question):
    return reverse("question_bank_questions:edit", args=[question.pk])


def _preview_url(question):
    return reverse("question_bank_questions:preview", args=[question.pk])


def _option(text, correct=False, rationale="Because.", **extra):
    return {"text": text, "is_correct": "on" if correct else "", "rationale": rationale, **extra}


def _question_data(*, qtype="single", options, choose_n="", nbcot_style=False, initial=0, **fields):
    data = {
        "name": "Brakes first",
        "qtype": qtype,
        "status": "draft",
        "choose_n": choose_n,
        "stem": rich_text("<p>Before a stand-pivot transfer, what comes first?</p>"),
        "options": inline_formset(options, initial=initial),
        "rationale": rich_text("<p>Brakes stop the chair rolling away.</p>"),
        "domain_code": "D2",
        "difficulty": "2",
        "tags": "transfers, wheelchair",
        "references": "VHA SPHM algorithms (2014)",
        **fields,
    }
    if nbcot_style:
        data["nbcot_style"] = "on"
    return nested_form_data(data)


SINGLE_OPTIONS = [_option("Lock the brakes", True), _option("Lift the client"), _option("Pull on the arm")]


# --- who may enter ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [INDEX, ADD, IMPORT, EXPORT, reverse("question_bank_blueprints:index"), reverse("question_bank_quizzes:index")],
)
def test_question_bank_admin_learner_is_sent_away(client_as_learner, url):
    response = client_as_learner.get(url)

    assert (response.status_code, response["Location"]) == (302, f"/admin/login/?next={url}")


def test_question_bank_admin_learner_cannot_preview_or_change_status(client_as_learner):
    question = make_question(status="draft")

    preview = client_as_learner.get(_preview_url(question))
    bulk = client_as_learner.post(f"/admin/bulk/quizzes/question/set_status/?id={question.pk}", {"status": "active"})

    assert (preview.status_code, bulk.status_code) == (302, 302)
    assert Question.objects.get().status == "draft"


def test_question_bank_admin_manager_is_sent_away(client, manager):
    client.force_login(manager)

    assert client.get(INDEX).status_code == 302


BANK_MODELS = ("question", "blueprint", "quiz")


def _bank_codenames(group):
    permissions = Group.objects.get(name=group).permissions.filter(
        content_type__app_label="quizzes", content_type__model__in=BANK_MODELS
    )
    return set(permissions.values_list("codename", flat=True))


@pytest.mark.parametrize("group", ["Educators", "Clinical reviewers"])
def test_question_bank_permissions_are_granted_to_authoring_groups(group):
    assert _bank_codenames(group) == {
        f"{action}_{model}" for action in ("add", "change", "delete", "view") for model in BANK_MODELS
    }


def test_question_bank_permissions_are_not_granted_to_managers():
    assert _bank_codenames("Managers") == set()


def test_question_bank_menu_shows_for_educators(client_as_educator):
    response = client_as_educator.get("/admin/")

    assert response.status_code == 200
    assert response.content.decode().count('"label": "Question bank"') == 1


# --- list ------------------------------------------------------------------------------------


def test_question_list_shows_columns_and_actions(client_as_educator):
    make_question(name="Brakes first", domain_code="D2")

    response = client_as_educator.get(INDEX)

    html = response.content.decode()
    assert response.status_code == 200
    for text in ("Brakes first", "Single best answer", "Active", "D2", "Preview as learner", IMPORT, EXPORT):
        assert text in html
    assert 'data-bulk-action-footer="QUESTION"' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=draft", ["Draft one"]),
        ("qtype=multi", ["Multi one"]),
        ("domain=D1", ["Multi one"]),
        ("domain=-", ["Draft one"]),
        ("tag=wheelchair", ["Draft one", "Multi one"]),
        ("q=pivot", ["Draft one"]),
        ("status=active&q=pivot", []),
    ],
)
def test_question_list_filters(client_as_educator, query, expected):
    make_question(name="Draft one", status="draft", stem="<p>Before a pivot</p>", tags=["wheelchair"])
    make_question("multi", name="Multi one", domain_code="D1", tags=["wheelchair", "gait"])
    make_question("truefalse", name="True one", domain_code="D3", tags=["hygiene"])

    response = client_as_educator.get(f"{INDEX}?{query}")

    assert response.status_code == 200
    assert [q.name for q in response.context["object_list"]] == expected


@pytest.mark.parametrize("rows", [1, 30])
def test_question_list_query_count_is_flat(client_as_educator, django_assert_num_queries, rows):
    for number in range(rows):
        make_question(name=f"Question {number:02}", tags=[f"tag{number}"])
    client_as_educator.get(INDEX)  # warm the content-type cache

    # user (the session is cached), 2 × permissions, user profile, count, locales, page and
    # collection permissions, explorer root, domain choices, tag choices, the page of questions
    with django_assert_num_queries(12):
        response = client_as_educator.get(INDEX)

    assert len(response.context["object_list"]) == rows


# --- create and edit -------------------------------------------------------------------------


def test_question_create_with_inline_options_makes_version_one(client_as_educator):
    response = client_as_educator.post(ADD, _question_data(options=SINGLE_OPTIONS))

    assert response.status_code == 302
    question = Question.objects.get()
    assert (question.name, question.qtype, question.status, question.domain_code) == (
        "Brakes first",
        "single",
        "draft",
        "D2",
    )
    assert [(o.text, o.is_correct, o.rationale) for o in question.options.all()] == [
        ("Lock the brakes", True, "Because."),
        ("Lift the client", False, "Because."),
        ("Pull on the arm", False, "Because."),
    ]
    assert sorted(question.tags.names()) == ["transfers", "wheelchair"]
    version = QuestionVersion.objects.get()
    assert (version.number, [o.text for o in version.options.all()]) == (
        1,
        ["Lock the brakes", "Lift the client", "Pull on the arm"],
    )


def test_question_edit_updates_the_unused_version_in_place(client_as_educator):
    question = make_question(name="Brakes first")
    ids = list(question.options.values_list("pk", flat=True))
    options = [
        _option("Lock both brakes", True, id=ids[0]),
        _option("Lift the client", id=ids[1]),
        _option("Pull on the arm", id=ids[2]),
    ]

    response = client_as_educator.post(_edit_url(question), _question_data(options=options, initial=3))

    assert response.status_code == 302
    version = QuestionVersion.objects.get()
    assert (version.number, [o.text for o in version.options.all()]) == (
        1,
        ["Lock both brakes", "Lift the client", "Pull on the arm"],
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"options": [_option("a", True), _option("b", True), _option("c")]},
            "Single-best-answer questions need exactly one correct option; 2 marked correct.",
        ),
        (
            {
                "qtype": "multi",
                "choose_n": "3",
                "options": [_option("a", True), _option("b", True), _option("c"), _option("d")],
            },
            "Exactly 3 options must be marked correct (choose 3); 2 are.",
        ),
        (
            {
                "qtype": "multi",
                "choose_n": "2",
                "nbcot_style": True,
                "options": [_option("a", True), _option("b", True), _option("c"), _option("d")],
            },
            "NBCOT-style multi-select questions need 5–6 options; this one has 4.",
        ),
        (
            {"qtype": "multi", "options": [_option("a", True), _option("b", True), _option("c")]},
            "Say how many options the learner must choose.",
        ),
        (
            {"qtype": "ordering", "options": [_option("a"), _option("b")]},
            "Ordering questions need at least 3 options; this one has 2.",
        ),
    ],
)
def test_question_create_breaking_a_rule_shows_the_error(client_as_educator, kwargs, message):
    response = client_as_educator.post(ADD, _question_data(**kwargs))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Question.objects.count() == 0


def test_question_create_option_without_rationale_is_a_field_error(client_as_educator):
    options = [_option("Lock the brakes", True), _option("Lift the client", rationale=""), _option("Pull")]

    response = client_as_educator.post(ADD, _question_data(options=options))

    assert response.status_code == 200
    formset = response.context["form"].formsets["options"]
    assert [form.errors for form in formset.forms] == [{}, {"rationale": ["This field is required."]}, {}]
    assert Question.objects.count() == 0


# --- preview ---------------------------------------------------------------------------------

CORRECT_MARKERS = re.compile(r"checked|is_correct|data-correct|correct-answer|✓|\(correct\)", re.IGNORECASE)


@pytest.mark.parametrize("qtype", ["single", "multi", "truefalse", "ordering"])
def test_question_preview_has_no_correct_answer_marker(client_as_educator, qtype):
    question = make_question(qtype, stem="<p>Which comes first?</p>")

    response = client_as_educator.get(_preview_url(question))

    html = response.content.decode()
    learner_part = html.split('id="rationale-heading"')[0]
    assert response.status_code == 200
    assert "<p>Which comes first?</p>" in learner_part
    assert CORRECT_MARKERS.findall(html) == []
    assert "Overall rationale." in html.split('id="rationale-heading"')[1]


def test_question_preview_ordering_does_not_show_the_answer_order(client_as_educator):
    question = make_question("ordering")

    response = client_as_educator.get(_preview_url(question))

    shown = [choice.text for choice in response.context["learner_question"].choices]
    assert sorted(shown) == sorted(["Lock brakes", "Stand", "Pivot", "Sit"])
    assert shown != ["Lock brakes", "Stand", "Pivot", "Sit"]
    assert [option.text for option in response.context["options"]] == shown


# --- bulk status change ----------------------------------------------------------------------


def test_question_bulk_status_change(client_as_educator):
    first, second = make_question(name="One", status="draft"), make_question(name="Two", status="draft")
    untouched = make_question(name="Three", status="draft")
    url = f"/admin/bulk/quizzes/question/set_status/?id={first.pk}&id={second.pk}&next={INDEX}"

    confirm = client_as_educator.get(url)
    response = client_as_educator.post(url, {"status": "active"})

    assert confirm.status_code == 200
    assert (response.status_code, response["Location"]) == (302, INDEX)
    assert dict(Question.objects.values_list("name", "status")) == {"One": "active", "Two": "active", "Three": "draft"}
    assert untouched.versions.count() == 1


# --- import and export pages -----------------------------------------------------------------


def _upload(client, path, **options):
    with path.open("rb") as handle:
        return client.post(IMPORT, {"file": handle, "format": "", "status": "draft", **options})


def test_question_import_page_previews_then_imports_on_confirm(client_as_educator, educator):
    preview = _upload(
        client_as_educator, FIXTURES / "moodle-xml" / "nested_categories_with_questions.xml", skip_invalid="on"
    )

    html = preview.content.decode()
    assert preview.status_code == 200
    assert Question.objects.count() == 0
    for text in (
        "Iota Question",
        "Mu Question",
        "Kappa Essay Question",
        "essay questions are not supported",
        "Import 4 questions as draft",
    ):
        assert text in html

    payload = preview.context["confirm_form"].initial["payload"]
    response = client_as_educator.post(IMPORT, {"payload": payload})

    assert (response.status_code, response["Location"]) == (302, INDEX)
    assert list(Question.objects.order_by("pk").values_list("name", flat=True)) == [
        "Iota Question",
        "Kappa Question",
        "Lambda Question",
        "Mu Question",
    ]


def test_question_import_page_file_with_issues_offers_no_import(client_as_educator):
    preview = _upload(client_as_educator, FIXTURES / "moodle-gift" / "questions.gift.txt")

    html = preview.content.decode()
    assert "Dry run: nothing would be imported, as the file has 4 issues." in html
    assert "Import 5 questions" not in html
    assert Question.objects.count() == 0


def test_question_import_page_refuses_a_tampered_payload(client_as_educator):
    preview = _upload(client_as_educator, FIXTURES / "moodle-xml" / "html_chars_in_idnumbers.xml")
    payload = preview.context["confirm_form"].initial["payload"]

    response = client_as_educator.post(IMPORT, {"payload": payload[:-2] + "xx"}, follow=True)

    assert "That import preview has expired or was changed" in response.content.decode()
    assert Question.objects.count() == 0


def test_question_import_page_needs_add_permission(client, educator):
    educator.groups.clear()
    client.force_login(educator)

    assert client.get(IMPORT).status_code == 302


def test_question_export_page_downloads_csv(client_as_educator):
    make_question(name="Live", status="active")
    make_question(name="Draft", status="draft")

    response = client_as_educator.get(EXPORT, {"format": "csv", "status": "active"})

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="occupass-questions-active.csv"'
    assert response.content.decode().count("Live") == 1
    assert "Draft" not in response.content.decode()


# --- blueprints and quizzes ------------------------------------------------------------------


def _blueprint_data(domains):
    return nested_form_data(
        {
            "name": "COTA outline 2024",
            "source": "NBCOT",
            "notes": "",
            "domains": inline_formset(domains),
        }
    )


def test_blueprint_create_with_weighted_domains(client_as_educator):
    domains = [
        {"code": "D1", "name": "Gather", "weight": "30", "task_codes": ""},
        {"code": "D2", "name": "Intervene", "weight": "70", "task_codes": "T1, T2"},
    ]

    response = client_as_educator.post(reverse("question_bank_blueprints:add"), _blueprint_data(domains))

    assert response.status_code == 302
    blueprint = Blueprint.objects.get()
    assert [(d.code, str(d.weight)) for d in blueprint.domains.all()] == [("D1", "30.00"), ("D2", "70.00")]


def test_blueprint_create_duplicate_domain_code_is_an_error(client_as_educator):
    domains = [
        {"code": "D1", "name": "Gather", "weight": "30", "task_codes": ""},
        {"code": "D1", "name": "Again", "weight": "70", "task_codes": ""},
    ]

    response = client_as_educator.post(reverse("question_bank_blueprints:add"), _blueprint_data(domains))

    assert response.status_code == 200
    assert "Please correct the duplicate data for blueprint and code" in response.content.decode()
    assert Blueprint.objects.count() == 0


def _quiz_data(**fields):
    data = {
        "title": "Transfers check",
        "slug": "transfers-check",
        "kind": "assessment",
        "feedback_mode": "exam",
        "module": "",
        "description": "",
        "selection": "fixed",
        "draw_count": "",
        "field_test_count": "0",
        "draw_tags": "",
        "blueprint": "",
        "pass_mark": "80",
        "attempts_allowed": "",
        "cooldown_minutes": "0",
        "time_limit_minutes": "",
        "multi_policy": "all_or_nothing",
        "ordering_policy": "exact",
        "show_correct_answers": "on",
        "shuffle_questions": "on",
        "shuffle_options": "on",
        "is_published": "on",
        "items": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def test_quiz_create_with_a_fixed_list_of_questions(client_as_educator):
    first, second = make_question(name="One"), make_question(name="Two")
    items = inline_formset([{"question": str(second.pk)}, {"question": str(first.pk)}])

    response = client_as_educator.post(reverse("question_bank_quizzes:add"), _quiz_data(items=items))

    assert response.status_code == 302
    quiz = Quiz.objects.get()
    assert [item.question.name for item in quiz.items.all()] == ["Two", "One"]


def test_blueprint_create_all_weights_zero_is_an_error(client_as_educator):
    domains = [{"code": "D1", "name": "Gather", "weight": "0", "task_codes": ""}]

    response = client_as_educator.post(reverse("question_bank_blueprints:add"), _blueprint_data(domains))

    assert response.status_code == 200
    assert "At least one domain needs a weight above zero." in response.content.decode()
    assert Blueprint.objects.count() == 0


def test_quiz_create_fixed_list_without_questions_is_an_error(client_as_educator):
    response = client_as_educator.post(reverse("question_bank_quizzes:add"), _quiz_data())

    assert response.status_code == 200
    assert "A fixed-list quiz needs at least one question." in response.content.decode()
    assert Quiz.objects.count() == 0


def test_quiz_create_blueprint_selection_needs_blueprint_and_count(client_as_educator):
    response = client_as_educator.post(reverse("question_bank_quizzes:add"), _quiz_data(selection="blueprint"))

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "blueprint": ["Choose the blueprint to assemble the quiz from."],
        "draw_count": ["Say how many questions to draw."],
    }
    assert Quiz.objects.count() == 0


# --- delete ----------------------------------------------------------------------------------


def test_question_delete_without_responses(client_as_educator):
    question = make_question()

    response = client_as_educator.post(reverse("question_bank_questions:delete", args=[question.pk]))

    assert response.status_code == 302
    assert Question.objects.count() == 0


def test_question_delete_with_responses_is_refused(client_as_educator, learner):
    question = make_question()
    version = question.versions.get()
    quiz = Quiz.objects.create(title="Check", slug="check")
    attempt = Attempt.objects.create(user=learner, quiz=quiz, number=1, seed=1, started_at=timezone.now())
    AttemptItem.objects.create(attempt=attempt, position=1, version=version, option_order=[])

    response = client_as_educator.post(reverse("question_bank_questions:delete", args=[question.pk]), follow=True)

    assert response.redirect_chain == [(_edit_url(question), 302)]
    assert QuestionVersion.objects.count() == 1
    assert "Learners have answered this question, so it cannot be deleted" in response.content.decode()
    assert Question.objects.count() == 1


def test_question_delete_of_a_quiz_item_is_refused(client_as_educator):
    question = make_question()
    quiz = Quiz(title="Check", slug="check")
    quiz.items = [QuizItem(question=question)]
    quiz.save()

    page = client_as_educator.get(reverse("question_bank_questions:delete", args=[question.pk]))
    response = client_as_educator.post(reverse("question_bank_questions:delete", args=[question.pk]))

    assert page.context["is_protected"] is True
    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail's permission-denied
    assert Question.objects.count() == 1


def test_quiz_delete_with_attempts_is_refused(client_as_educator, learner):
    quiz = Quiz.objects.create(title="Check", slug="check", selection="draw_tags", draw_tags="x", draw_count=1)
    Attempt.objects.create(user=learner, quiz=quiz, number=1, seed=1, started_at=timezone.now())

    response = client_as_educator.post(reverse("question_bank_quizzes:delete", args=[quiz.pk]), follow=True)

    assert response.redirect_chain == [(reverse("question_bank_quizzes:edit", args=[quiz.pk]), 302)]
    assert "Learners have attempted this quiz, so it cannot be deleted." in response.content.decode()
    assert Quiz.objects.count() == 1


def test_question_edit_keeps_an_options_formatting_until_its_plain_text_changes(client_as_educator):
    question = make_question(name="Brakes first")
    first, second, third = question.options.order_by("sort_order")
    Option.objects.filter(pk=first.pk).update(text_html=f"<p><strong>{first.text}</strong></p>")
    Option.objects.filter(pk=second.pk).update(text_html=f"<p><em>{second.text}</em></p>")
    options = [
        _option(first.text, first.is_correct, first.rationale, id=first.pk),
        _option("Lift the client slowly", second.is_correct, second.rationale, id=second.pk),
        _option(third.text, third.is_correct, third.rationale, id=third.pk),
    ]

    response = client_as_educator.post(_edit_url(question), _question_data(options=options, initial=3))

    assert response.status_code == 302
    assert [o.text_html for o in Option.objects.filter(question=question).order_by("sort_order")] == [
        f"<p><strong>{first.text}</strong></p>",
        "",  # the educator's edit of the plain text wins over the imported formatting
        "",
    ]
    assert [o.text_html for o in question.versions.order_by("-number").first().options.all()][:2] == [
        f"<p><strong>{first.text}</strong></p>",
        "",
    ]
