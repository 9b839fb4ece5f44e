import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction

from courses.models import LessonCompletion
from quizzes import services as quiz_services
from quizzes.models import (
    AppendOnlyError,
    Certificate,
    CreditEntry,
    ModuleCompletion,
    Quiz,
    ReviewCard,
    StateRequirement,
)
from quizzes.progress import selectors, services
from tests.courses.factories import LearningPathPageFactory
from tests.factories import UserFactory
from tests.progress.conftest import (
    NOW,
    complete_lessons,
    complete_module,
    make_assessment,
    make_module,
    take_quiz,
)
from tests.quizzes.factories import QuestionFactory, fixed_quiz, quiz_with_items

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


# ------------------------------------------------------------------------------------ completion


def test_module_completion_check_waits_for_every_lesson(catalog):
    user = UserFactory()
    module = make_module(catalog, lessons=2)
    first = module.get_children().specific().first()
    LessonCompletion.objects.create(user=user, lesson=first)

    assert services.module_completion_check(user=user, module=module, now=NOW) is None
    assert ModuleCompletion.objects.count() == 0


def test_module_completion_check_waits_for_a_passed_assessment(catalog):
    user = UserFactory()
    module = make_module(catalog)
    quiz = make_assessment(module, items=2, pass_mark=100)
    complete_lessons(user, module)
    take_quiz(user, quiz, correct=1)

    assert services.module_completion_check(user=user, module=module, now=NOW) is None

    take_quiz(user, quiz, correct=2, now=NOW + DAY)  # submitting a pass records the completion
    completion = ModuleCompletion.objects.get(user=user, module=module)

    assert (completion.user, completion.module_id, completion.completed_at) == (user, module.pk, NOW + DAY)
    assert completion.completed_on == datetime.date(2026, 3, 3)
    assert completion.expires_at is None


def test_module_completion_check_ignores_an_unpublished_assessment(catalog):
    user = UserFactory()
    module = make_module(catalog)
    make_assessment(module, is_published=False)
    complete_lessons(user, module)

    assert services.module_completion_check(user=user, module=module, now=NOW) is not None


def test_module_completion_check_ignores_practice_quizzes_attached_to_the_module(catalog):
    user = UserFactory()
    module = make_module(catalog)
    quiz_with_items(2, module=module, kind=Quiz.Kind.PRACTICE)
    complete_lessons(user, module)

    assert services.module_completion_check(user=user, module=module, now=NOW) is not None


def test_module_completion_check_records_once_and_awards_once(catalog):
    user = UserFactory()
    module = make_module(catalog)

    first = complete_module(user, module)
    again = services.module_completion_check(user=user, module=module, now=NOW + DAY)

    assert first is not None
    assert again is None
    assert ModuleCompletion.objects.filter(user=user).count() == 1
    assert CreditEntry.objects.filter(user=user).count() == 1
    assert Certificate.objects.filter(user=user).count() == 1


def test_module_completion_awards_1_25_pdu_per_hour_for_an_assessed_module_from_an_approved_provider(catalog):
    user = UserFactory()
    module = make_module(
        catalog, ce_contact_hours=Decimal("2.00"), provider_name="Occupass Education", approval_number="AOTA-1234",
        state_categories=["ethics"],
    )  # fmt: skip
    make_assessment(module)

    completion = complete_module(user, module)

    entry = CreditEntry.objects.get(completion=completion)
    assert (entry.kind, entry.contact_hours, entry.ceu, entry.pdu) == (
        "module",
        Decimal("2.00"),
        Decimal("0.20"),
        Decimal("2.50"),
    )
    assert (entry.provider, entry.approval_number, entry.categories) == ("Occupass Education", "AOTA-1234", ["ethics"])
    assert (entry.title, entry.module_id, entry.earned_on, entry.pdu_eligible) == (
        "Safe transfers",
        module.pk,
        datetime.date(2026, 3, 2),
        True,
    )


def test_module_completion_awards_1_pdu_per_hour_without_an_assessment(catalog):
    user = UserFactory()
    module = make_module(catalog, ce_contact_hours=Decimal("1.50"), approval_number="AOTA-1234")

    completion = complete_module(user, module)

    assert CreditEntry.objects.get(completion=completion).pdu == Decimal("1.50")


def test_module_completion_awards_1_pdu_per_hour_without_an_approved_provider(catalog):
    user = UserFactory()
    module = make_module(catalog, ce_contact_hours=Decimal("1.00"), approval_number="")
    make_assessment(module)

    completion = complete_module(user, module)

    assert CreditEntry.objects.get(completion=completion).pdu == Decimal("1.00")


def test_module_completion_compliance_only_records_hours_but_no_pdu(catalog):
    user = UserFactory()
    module = make_module(catalog, ce_contact_hours=Decimal("1.00"), pdu_eligible=False, approval_number="X-1")
    make_assessment(module)

    completion = complete_module(user, module)

    entry = CreditEntry.objects.get(completion=completion)
    assert (entry.contact_hours, entry.pdu, entry.pdu_eligible) == (Decimal("1.00"), Decimal("0.00"), False)


def test_module_completion_without_contact_hours_gives_no_credit_or_certificate(catalog):
    user = UserFactory()
    module = make_module(catalog, ce_contact_hours=Decimal("0"))

    completion = complete_module(user, module)

    assert completion is not None
    assert CreditEntry.objects.count() == 0
    assert Certificate.objects.count() == 0


def test_module_completion_issues_a_valid_certificate_with_a_url_safe_code(catalog):
    user = UserFactory()
    module = make_module(catalog)

    completion = complete_module(user, module)

    certificate = Certificate.objects.get(completion=completion)
    assert (certificate.user, certificate.issued_at, certificate.status) == (user, NOW, "valid")
    assert len(certificate.code) == 12
    assert certificate.code.replace("-", "").replace("_", "").isalnum()


# ----------------------------------------------------------------------------------------- expiry


def test_compliance_module_expires_after_its_renewal_period_and_is_due_again(catalog):
    user = UserFactory()
    module = make_module(catalog, title="Hand hygiene", renewal_months=12, pdu_eligible=False)

    completion = complete_module(user, module)

    assert completion.expires_at == datetime.datetime(2027, 3, 2, 15, 0, tzinfo=datetime.UTC)
    assert selectors.modules_due_again(user=user, now=NOW + 364 * DAY) == []
    assert selectors.modules_completed_for(user=user, modules=[module], now=NOW + 364 * DAY) == {module.pk}
    assert selectors.modules_due_again(user=user, now=NOW + 365 * DAY) == [completion]
    assert selectors.modules_completed_for(user=user, modules=[module], now=NOW + 365 * DAY) == set()


def test_expired_module_is_recorded_again_and_credited_again(catalog):
    user = UserFactory()
    module = make_module(catalog, title="Hand hygiene", renewal_months=12)
    first = complete_module(user, module)
    later = NOW + 400 * DAY

    assert services.module_completion_check(user=user, module=module, now=NOW + 100 * DAY) is None
    second = services.module_completion_check(user=user, module=module, now=later)

    assert second is not None and second.pk != first.pk
    assert CreditEntry.objects.filter(user=user).count() == 2
    assert selectors.modules_due_again(user=user, now=later) == []


def test_expired_assessed_module_needs_a_new_passed_attempt(catalog):
    user = UserFactory()
    module = make_module(catalog, renewal_months=12)
    quiz = make_assessment(module)
    complete_module(user, module)
    later = NOW + 400 * DAY

    assert services.module_completion_check(user=user, module=module, now=later) is None

    take_quiz(user, quiz, correct=2, now=later)  # submitting a pass records the renewal
    assert ModuleCompletion.objects.filter(user=user, module=module).count() == 2


# ------------------------------------------------------------------------------------------ paths


def test_path_completion_is_complete_when_every_module_is(catalog):
    user = UserFactory()
    first, second = make_module(catalog, title="One"), make_module(catalog, title="Two")
    path = LearningPathPageFactory(parent=catalog, modules=[first, second])
    complete_module(user, first)

    partial = selectors.path_completion(user=user, path=path, now=NOW)
    complete_module(user, second)
    complete = selectors.path_completion(user=user, path=path, now=NOW)

    assert (partial.complete, partial.completed_count) == (False, 1)
    assert (complete.complete, complete.completed_count) == (True, 2)


# ----------------------------------------------------------------------------------------- ledger


@pytest.fixture
def entry(catalog):
    user = UserFactory()
    completion = complete_module(user, make_module(catalog, approval_number="A-1"))
    return CreditEntry.objects.get(completion=completion)


def test_credit_entry_cannot_be_changed(entry):
    entry.pdu = Decimal("99")

    with pytest.raises(AppendOnlyError):
        entry.save()


def test_credit_entry_cannot_be_deleted(entry):
    with pytest.raises(AppendOnlyError):
        entry.delete()


def test_credit_entries_cannot_be_bulk_updated_or_deleted(entry):
    with pytest.raises(AppendOnlyError):
        CreditEntry.objects.filter(pk=entry.pk).update(pdu=Decimal("99"))
    with pytest.raises(AppendOnlyError):
        CreditEntry.objects.filter(pk=entry.pk).delete()


def test_database_refuses_a_second_award_for_the_same_completion(entry):
    with pytest.raises(IntegrityError), transaction.atomic():
        CreditEntry.objects.create(
            user=entry.user, kind="module", completion=entry.completion, earned_on=entry.earned_on,
            contact_hours=Decimal("1"), pdu=Decimal("1"), pdu_eligible=True, title="Twice",
        )  # fmt: skip


def test_credit_reverse_adds_a_negative_entry_and_nets_to_zero(entry, superuser):
    reversal = services.credit_reverse(entry=entry, reason="Awarded in error", by=superuser)

    assert (reversal.kind, reversal.reverses, reversal.created_by) == ("reversal", entry, superuser)
    assert (reversal.contact_hours, reversal.ceu, reversal.pdu) == (-entry.contact_hours, -entry.ceu, -entry.pdu)
    assert (reversal.earned_on, reversal.reason, reversal.title) == (
        entry.earned_on,
        "Awarded in error",
        "Reversal: Safe transfers",
    )
    data = selectors.transcript(user=entry.user, start=entry.earned_on, end=entry.earned_on)
    assert (data.contact_hours, data.pdu) == (Decimal("0.00"), Decimal("0.00"))
    entry.refresh_from_db()
    assert entry.pdu == Decimal("2.00")  # the original is untouched


def test_credit_reverse_twice_is_refused(entry, superuser):
    services.credit_reverse(entry=entry, reason="Error", by=superuser)

    with pytest.raises(services.ProgressError, match="already been reversed"):
        services.credit_reverse(entry=entry, reason="Error again", by=superuser)


def test_credit_reverse_of_a_reversal_is_refused(entry, superuser):
    reversal = services.credit_reverse(entry=entry, reason="Error", by=superuser)

    with pytest.raises(services.ProgressError, match="cannot itself be reversed"):
        services.credit_reverse(entry=reversal, reason="Undo", by=superuser)


def test_credit_reverse_needs_a_reason(entry, superuser):
    with pytest.raises(services.ProgressError, match="Give a reason"):
        services.credit_reverse(entry=entry, reason="  ", by=superuser)


# ------------------------------------------------------------------------------------ certificates


def test_certificate_revoke_marks_it_revoked_and_reverses_the_credit(entry, superuser):
    certificate = entry.completion.certificate

    revoked = services.certificate_revoke(
        certificate=certificate, by=superuser, reason="Attempt was not theirs", now=NOW
    )

    assert (revoked.status, revoked.revoked_at, revoked.revoked_by) == ("revoked", NOW, superuser)
    reversal = CreditEntry.objects.get(reverses=entry)
    assert reversal.reason == f"Certificate {certificate.code} revoked: Attempt was not theirs"
    assert revoked.display_status(NOW) == "revoked"


def test_certificate_revoke_twice_is_refused(entry, superuser):
    certificate = entry.completion.certificate
    services.certificate_revoke(certificate=certificate, by=superuser, reason="Error", now=NOW)

    with pytest.raises(services.ProgressError, match="already been revoked"):
        services.certificate_revoke(certificate=certificate, by=superuser, reason="Error", now=NOW)
    assert CreditEntry.objects.filter(kind="reversal").count() == 1


def test_certificate_of_an_expired_completion_shows_expired(catalog):
    user = UserFactory()
    completion = complete_module(user, make_module(catalog, renewal_months=12))

    assert completion.certificate.display_status(NOW + 366 * DAY) == "expired"
    assert completion.certificate.display_status(NOW) == "valid"


# ------------------------------------------------------------------------------------- external CE


def test_external_credit_create_converts_ceu_and_stores_evidence_privately(private_media):
    user = UserFactory()

    external = services.external_credit_create(
        user=user, title="Dementia care", provider="State OT Association", completed_on=datetime.date(2026, 1, 10),
        amount=Decimal("0.3"), unit="ceu", category="ethics", pdu_eligible=True,
        evidence=SimpleUploadedFile("my cert.png", PNG, content_type="text/plain"),
    )  # fmt: skip

    entry = CreditEntry.objects.get(external=external)
    assert (entry.kind, entry.contact_hours, entry.ceu, entry.pdu) == (
        "external",
        Decimal("3.00"),
        Decimal("0.30"),
        Decimal("3.00"),
    )
    assert (entry.categories, entry.provider, entry.earned_on) == (
        ["ethics"],
        "State OT Association",
        datetime.date(2026, 1, 10),
    )
    assert (external.evidence_name, external.evidence_type) == ("my cert.png", "image/png")
    path = private_media / external.evidence.name
    assert path.read_bytes() == PNG
    assert external.evidence.name.startswith(f"evidence/{user.pk}/")
    with pytest.raises(ValueError, match="not accessible via a URL"):
        external.evidence.url  # noqa: B018


def test_external_credit_create_refuses_a_file_that_is_not_pdf_or_image(private_media):
    with pytest.raises(ValidationError, match="PDF, PNG or JPEG"):
        services.external_credit_create(
            user=UserFactory(), title="T", provider="P", completed_on=datetime.date(2026, 1, 10),
            amount=Decimal("1"), unit="contact_hours", category="", pdu_eligible=True,
            evidence=SimpleUploadedFile("cert.pdf", b"<html>not a pdf</html>", content_type="application/pdf"),
        )  # fmt: skip
    assert CreditEntry.objects.count() == 0


# ------------------------------------------------------------------------------------------ goals


def test_state_requirements_are_seeded_with_sources():
    rows = {row.state: row for row in StateRequirement.objects.all()}

    assert sorted(rows) == ["CA", "FL", "NY", "OH", "TX"]
    assert (rows["OH"].hours, rows["OH"].period_months, rows["OH"].source) == (Decimal("20"), 24, "OAC 4755:1-3-01")
    assert rows["OH"].category_minimums[0]["categories"] == ["ethics", "jurisprudence", "cultural-competence"]
    assert (rows["FL"].confidence, rows["FL"].hours) == ("M", Decimal("26"))
    assert "Verify the current cycle" in rows["FL"].note
    assert (rows["CA"].unit_label, rows["NY"].period_months, rows["TX"].source) == ("PDUs", 36, "40 TAC §367.1")


def test_licence_renewal_set_and_clear():
    user = UserFactory()

    services.licence_renewal_set(user=user, renews_on=datetime.date(2026, 6, 30))
    services.licence_renewal_set(user=user, renews_on=datetime.date(2027, 6, 30))
    user.refresh_from_db()
    assert user.licence_renewal.renews_on == datetime.date(2027, 6, 30)

    services.licence_renewal_set(user=user, renews_on=None)
    assert not type(user.licence_renewal).objects.filter(user=user).exists()


# ----------------------------------------------------------------------------------------- review


def test_review_enqueue_adds_missed_and_unsure_questions_due_at_once():
    user = UserFactory()
    questions = [QuestionFactory(name=f"r{n}") for n in range(3)]
    quiz = fixed_quiz(questions, kind=Quiz.Kind.PRACTICE, shuffle_questions=False)
    take_quiz(user, quiz, correct=2, flag=(1,))  # q0 right but unsure, q1 right, q2 wrong; submit enqueues

    cards = {card.question.name: card for card in ReviewCard.objects.select_related("question")}
    assert sorted(cards) == ["r0", "r2"]
    assert {card.due for card in cards.values()} == {NOW}


def test_review_enqueue_reschedules_a_queued_question_missed_again():
    user = UserFactory()
    question = QuestionFactory()
    services.review_record(user=user, question=question, correct=True, now=NOW)
    services.review_record(user=user, question=question, correct=True, now=NOW + DAY)
    before = ReviewCard.objects.get(user=user)
    quiz = fixed_quiz([question], kind=Quiz.Kind.PRACTICE)

    take_quiz(user, quiz, correct=0, now=NOW + 2 * DAY)  # submitting enqueues the miss

    after = ReviewCard.objects.get(user=user)
    assert after.lapses == before.lapses + 1
    assert after.due < before.due


def test_review_record_moves_the_due_date_later_for_a_right_answer():
    user = UserFactory()
    question = QuestionFactory()

    card = services.review_record(user=user, question=question, correct=True, now=NOW)
    again = services.review_record(user=user, question=question, correct=True, now=card.due)

    assert card.due > NOW
    assert again.due - card.due > card.due - NOW
    assert (again.reviews, again.lapses) == (2, 0)


def test_review_session_start_serves_due_questions_through_the_attempt_engine():
    user = UserFactory()
    due = [QuestionFactory(name="due1"), QuestionFactory(name="due2")]
    later = QuestionFactory(name="later")
    for question in due:
        services.review_record(user=user, question=question, correct=False, now=NOW)
    services.review_record(user=user, question=later, correct=True, now=NOW)
    ReviewCard.objects.filter(question=later).update(due=NOW + 5 * DAY)

    attempt = services.review_session_start(user=user, now=NOW)

    assert (attempt.quiz.kind, attempt.quiz.is_published, attempt.quiz.feedback_mode) == ("review", False, "tutor")
    assert sorted(attempt.items.values_list("version__question__name", flat=True)) == ["due1", "due2"]
    assert services.review_session_start(user=user, now=NOW).pk == attempt.pk  # resumes the open session


def test_review_session_start_with_nothing_due_is_refused():
    with pytest.raises(services.ProgressError, match="Nothing is due for review today"):
        services.review_session_start(user=UserFactory(), now=NOW)


def test_review_attempt_updates_every_items_schedule():
    user = UserFactory()
    right, wrong = QuestionFactory(name="right"), QuestionFactory(name="wrong")
    for question in (right, wrong):
        services.review_record(user=user, question=question, correct=False, now=NOW)
    attempt = services.review_session_start(user=user, now=NOW + DAY)
    rows = attempt.items.select_related("version__question").prefetch_related("version__options")
    items = {item.version.question.name: item for item in rows}

    for name, item in items.items():
        options = list(item.version.options.all())
        pick = [o.pk for o in options if o.is_correct == (name == "right")][:1]
        quiz_services.attempt_answer(attempt=attempt, item=item, selected=pick, now=NOW + DAY)
    quiz_services.attempt_submit(attempt=attempt, now=NOW + DAY)  # grading updates each schedule

    cards = {card.question.name: card for card in ReviewCard.objects.select_related("question")}
    assert cards["right"].due > cards["wrong"].due
    assert (cards["right"].reviews, cards["wrong"].lapses) == (2, 2)
