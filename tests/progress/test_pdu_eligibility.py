"""PDU eligibility follows how the learner took the module, not only the module itself."""

import datetime
from decimal import Decimal

import pytest

from lms.models import Membership, Team, TeamMembership
from quizzes.models import Assignment, CreditEntry, StateRequirement
from quizzes.progress import eligibility, selectors
from tests.courses.factories import LearningPathPageFactory
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory
from tests.progress.conftest import NOW, complete_module, make_assessment, make_module

pytestmark = pytest.mark.django_db

ONBOARDING_NOTE = (
    "0 PDUs: completed under the onboarding assignment \N{LEFT DOUBLE QUOTATION MARK}New technician onboarding"
    "\N{RIGHT DOUBLE QUOTATION MARK}. NBCOT does not accept orientation or employer-mandated annual training as PDUs."
)


def _assign(*, user=None, team=None, module=None, path=None, **fields):
    organization = (team.organization if team else None) or OrganizationFactory()
    return Assignment.objects.create(
        organization=organization,
        user=user,
        team=team,
        audience=Assignment.Audience.TEAM if team else Assignment.Audience.PERSON,
        module=module,
        path=path,
        due_mode=Assignment.DueMode.FIXED,
        due_date=datetime.date(2026, 4, 1),
        **fields,
    )


def _assigned_before():
    # Assignments are made before the learner completes; created_at is auto_now_add.
    Assignment.objects.update(created_at=NOW - datetime.timedelta(days=7))


@pytest.fixture
def module(catalog):
    module = make_module(
        catalog, ce_contact_hours=Decimal("0.50"), provider_name="Occupass Education", approval_number="AOTA-1234"
    )
    make_assessment(module)
    return module


def test_completion_under_an_onboarding_path_assignment_records_zero_pdus_with_the_reason(catalog, module):
    user = UserFactory()
    path = LearningPathPageFactory(
        parent=catalog, title="New technician onboarding", modules=[module], required_for_onboarding=True
    )
    _assign(user=user, path=path, purpose=Assignment.Purpose.ONBOARDING)
    _assigned_before()

    entry = CreditEntry.objects.get(completion=complete_module(user, module))

    assert (entry.contact_hours, entry.pdu, entry.pdu_eligible) == (Decimal("0.50"), Decimal("0.00"), False)
    assert entry.pdu_note == ONBOARDING_NOTE


def test_onboarding_reason_shows_on_the_transcript_page_and_pdf_source(client, catalog, module):
    user = UserFactory()
    path = LearningPathPageFactory(
        parent=catalog, title="New technician onboarding", modules=[module], required_for_onboarding=True
    )
    _assign(user=user, path=path, purpose=Assignment.Purpose.ONBOARDING)
    _assigned_before()
    complete_module(user, module)
    client.force_login(user)

    response = client.get("/progress/transcript/?start=2026-01-01&end=2026-12-31")

    assert response.status_code == 200
    assert "PDU basis: 0 PDUs: completed under the onboarding assignment" in response.content.decode()


def test_transcript_csv_has_the_pdu_basis(client, catalog, module):
    user = UserFactory()
    path = LearningPathPageFactory(parent=catalog, title="Onboarding", modules=[module], required_for_onboarding=True)
    _assign(user=user, path=path, purpose=Assignment.Purpose.ONBOARDING)
    _assigned_before()
    complete_module(user, module)
    client.force_login(user)

    response = client.get("/progress/transcript.csv?start=2026-01-01&end=2026-12-31")
    rows = b"".join(response.streaming_content).decode().splitlines()

    assert rows[0].endswith(",category_hours,pdu_basis")
    assert "completed under the onboarding assignment" in rows[1]


def test_completion_under_a_team_annual_compliance_assignment_records_zero_pdus(catalog, module):
    user = UserFactory()
    organization = OrganizationFactory()
    membership = MembershipFactory(user=user, organization=organization, role=Membership.Role.LEARNER)
    team = Team.objects.create(organization=organization, name="Rehab aides")
    TeamMembership.objects.create(team=team, membership=membership)
    _assign(team=team, module=module, recurrence_months=12, purpose=Assignment.Purpose.COMPLIANCE)
    _assigned_before()

    entry = CreditEntry.objects.get(completion=complete_module(user, module))

    assert (entry.pdu, entry.pdu_eligible) == (Decimal("0.00"), False)
    assert "annual compliance assignment" in entry.pdu_note


def test_voluntary_completion_from_an_approved_provider_records_pdus(catalog, module):
    user = UserFactory()
    other = UserFactory()
    path = LearningPathPageFactory(parent=catalog, title="Onboarding", modules=[module], required_for_onboarding=True)
    # Someone else's onboarding does not touch this learner.
    _assign(user=other, path=path, purpose=Assignment.Purpose.ONBOARDING)
    _assigned_before()

    entry = CreditEntry.objects.get(completion=complete_module(user, module))

    assert (entry.pdu, entry.pdu_eligible, entry.pdu_note) == (
        Decimal("0.63"),
        True,
        "Voluntary CE from an approved provider.",
    )


def test_an_assignment_made_after_the_completion_does_not_change_it(catalog, module):
    user = UserFactory()
    path = LearningPathPageFactory(parent=catalog, title="Onboarding", modules=[module], required_for_onboarding=True)
    _assign(user=user, path=path, purpose=Assignment.Purpose.ONBOARDING)
    Assignment.objects.update(created_at=NOW + datetime.timedelta(days=1))

    entry = CreditEntry.objects.get(completion=complete_module(user, module))

    assert entry.pdu_eligible is True


def test_other_assigned_training_keeps_its_pdus(catalog, module):
    user = UserFactory()
    _assign(user=user, module=module)  # assigned once, not onboarding, not recurring
    _assigned_before()

    entry = CreditEntry.objects.get(completion=complete_module(user, module))

    assert (entry.pdu_eligible, entry.pdu) == (True, Decimal("0.63"))


@pytest.mark.parametrize(
    ("purpose", "expected"),
    [
        (Assignment.Purpose.ONBOARDING, "onboarding"),
        (Assignment.Purpose.COMPLIANCE, "compliance"),
        (Assignment.Purpose.TRAINING, None),
    ],
)
def test_assignment_purpose_counts_only_onboarding_and_annual_compliance(module, purpose, expected):
    assert eligibility.assignment_purpose(Assignment(module=module, purpose=purpose)) == expected


def test_completion_under_a_rule_for_every_member_records_zero_pdus(catalog, module):
    user = UserFactory()
    organization = OrganizationFactory()
    MembershipFactory(user=user, organization=organization, role=Membership.Role.LEARNER)
    Assignment.objects.create(
        organization=organization, module=module, audience=Assignment.Audience.MEMBERS, credential="",
        purpose=Assignment.Purpose.ONBOARDING, due_mode=Assignment.DueMode.AFTER_JOINING, due_days=30,
    )  # fmt: skip
    _assigned_before()

    entry = CreditEntry.objects.get(completion=complete_module(user, module))

    assert (entry.pdu, entry.pdu_eligible) == (Decimal("0.00"), False)


def test_compliance_only_module_says_so(catalog):
    user = UserFactory()
    module = make_module(catalog, ce_contact_hours=Decimal("0.25"), pdu_eligible=False)

    entry = CreditEntry.objects.get(completion=complete_module(user, module))

    assert entry.pdu_note.startswith("Compliance training: not eligible for NBCOT PDUs.")


# ------------------------------------------------------------------------ partial category credit


def test_only_the_category_part_of_a_module_counts_toward_a_state_category(catalog):
    user = UserFactory(licence_state="OH")
    module = make_module(
        catalog, ce_contact_hours=Decimal("0.50"), state_categories=["ethics"], category_contact_hours=Decimal("0.25")
    )
    StateRequirement.objects.update_or_create(
        state="OH",
        defaults={
            "hours": Decimal("20"),
            "period_months": 24,
            "category_minimums": [{"categories": ["ethics"], "hours": 1, "label": "ethics"}],
            "source": "OAC 4755:1-3-01",
            "confidence": "H",
        },
    )
    entry = CreditEntry.objects.get(completion=complete_module(user, module))

    dashboard = selectors.learner_dashboard(user=user, now=NOW)

    assert (entry.contact_hours, entry.category_hours, entry.hours_in_categories) == (
        Decimal("0.50"),
        Decimal("0.25"),
        Decimal("0.25"),
    )
    state_goal = next(goal for goal in dashboard.goals if goal.key == "state")
    assert "ethics: 0.25 of 1 hours" in str(state_goal)


def test_reversal_negates_the_category_hours(catalog, superuser):
    from quizzes.progress import services

    user = UserFactory()
    module = make_module(
        catalog, ce_contact_hours=Decimal("0.50"), state_categories=["ethics"], category_contact_hours=Decimal("0.25")
    )
    entry = CreditEntry.objects.get(completion=complete_module(user, module))

    reversal = services.credit_reverse(entry=entry, reason="Wrong learner", by=superuser)

    assert (reversal.category_hours, reversal.pdu_note) == (Decimal("-0.25"), entry.pdu_note)
