import datetime
import uuid

import factory
import pytest
from django.contrib.contenttypes.models import ContentType

from courses.models import HomePage, SkillsChecklistPage
from lms import services as lms_services
from lms.models import Membership
from quizzes.skills import grading, services
from tests.courses.factories import CatalogPageFactory, LessonPageFactory, ModulePageFactory, PageFactory
from tests.factories import UserFactory

NOW = datetime.datetime(2026, 3, 2, 15, 0, tzinfo=datetime.UTC)

STEPS = [
    ("Checks the plan of care and the client's precautions", True),
    ("Locks both wheelchair brakes", True),
    ("Explains the transfer and agrees a count of three", False),
]


class SkillsChecklistPageFactory(PageFactory):
    class Meta:
        model = SkillsChecklistPage

    title = factory.Sequence(lambda n: f"Checklist {n}")
    skill = "Stand-pivot transfer"
    observer_instructions = "<p>Watch; step in only for safety.</p>"
    steps = factory.LazyFunction(
        lambda: [
            {"type": "step", "value": {"text": text, "critical": critical, "lesson": None}} for text, critical in STEPS
        ]
    )
    observer_credentials = factory.LazyFunction(lambda: ["otr", "cota"])
    preceptors_may_observe = True
    required_observations = 1


@pytest.fixture
def catalog(db):
    ContentType.objects.clear_cache()
    return CatalogPageFactory(parent=HomePage.objects.first())


@pytest.fixture
def module(catalog):
    module = ModulePageFactory(parent=catalog, title="Safe transfers")
    LessonPageFactory(parent=module, title="Stand-pivot lesson")
    return module


@pytest.fixture
def checklist(module):
    lesson = module.get_children().specific().first()
    page = SkillsChecklistPageFactory(
        parent=module,
        title="Stand-pivot transfer",
        steps=[
            {"type": "step", "value": {"text": text, "critical": critical, "lesson": lesson.pk}}
            for text, critical in STEPS
        ],
    )
    return SkillsChecklistPage.objects.get(pk=page.pk)


def member(organization, role=Membership.Role.LEARNER, *, credential="aide", preceptor=False, **fields):
    user = UserFactory(credential=credential, **fields)
    membership = lms_services.membership_create(user=user, organization=organization, role=role)
    if preceptor:
        Membership.objects.filter(pk=membership.pk).update(is_preceptor=True)
        membership.refresh_from_db()
    return membership


@pytest.fixture
def trainee(organization):
    return member(organization, name="Terry Trainee")


@pytest.fixture
def otr(organization):
    return member(organization, Membership.Role.EDUCATOR, credential="otr", name="Olive OTR")


@pytest.fixture
def preceptor(organization):
    return member(organization, credential="aide", preceptor=True, name="Pat Preceptor")


def results(checklist, *, missed=(), na=()):
    """Every step done except the step numbers in `missed` (not done) and `na`."""
    out = {}
    for step in checklist.step_list():
        result = (
            grading.NOT_DONE
            if step["number"] in missed
            else grading.NOT_APPLICABLE
            if step["number"] in na
            else grading.DONE
        )
        out[step["id"]] = (result, "")
    return out


def observe(checklist, learner, observer, *, missed=(), now=NOW, key=None, **kwargs):
    observation, _ = services.observation_record(
        checklist=checklist,
        learner=learner,
        observer=observer,
        organization_id=learner.memberships.get().organization_id,
        results=kwargs.pop("results", None) or results(checklist, missed=missed),
        setting=kwargs.pop("setting", "gym, bed to wheelchair"),
        idempotency_key=key or uuid.uuid4(),
        signed_with="password",
        now=now,
        **kwargs,
    )
    return observation
