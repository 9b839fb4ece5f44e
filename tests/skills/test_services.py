"""Recording signed observations: who may sign, pass/fail, counts, renewal, voiding, completion."""

import datetime
import uuid

import pytest

from lms.models import Membership
from quizzes.models import AppendOnlyError, Certificate, ModuleCompletion, Observation
from quizzes.progress import services as progress_services
from quizzes.skills import selectors
from quizzes.skills.services import ObservationError
from tests.skills.conftest import NOW, member, observe, results

pytestmark = pytest.mark.django_db


def test_missing_a_critical_step_fails_and_says_which(checklist, trainee, otr):
    observation = observe(checklist, trainee.user, otr.user, missed=[2])

    assert observation.passed is False
    assert observation.reasons == ["Critical step 2 not done: Locks both wheelchair brakes"]
    assert observation.observer_basis == "OTR, educator"
    assert observation.observer_credential == "OTR (registered OT)"


def test_missing_a_non_critical_step_passes(checklist, trainee, otr):
    assert observe(checklist, trainee.user, otr.user, missed=[3]).passed is True


def test_observer_can_never_be_the_learner(checklist, otr):
    with pytest.raises(ObservationError, match="cannot observe yourself"):
        observe(checklist, otr.user, otr.user)


def test_a_learner_cannot_observe_anyone(checklist, trainee, organization):
    other = member(organization, name="Other Learner")
    with pytest.raises(ObservationError, match="Only OTR, COTA or a designated preceptor"):
        observe(checklist, other.user, trainee.user)


def test_an_otr_who_is_only_a_learner_member_cannot_sign(checklist, trainee, organization):
    otr_learner = member(organization, credential="otr")
    with pytest.raises(ObservationError):
        observe(checklist, trainee.user, otr_learner.user)


def test_an_aide_educator_cannot_sign_a_checklist_for_otr_and_cota(checklist, trainee, organization):
    aide_educator = member(organization, Membership.Role.EDUCATOR, credential="aide")
    with pytest.raises(ObservationError):
        observe(checklist, trainee.user, aide_educator.user)


def test_a_designated_preceptor_signs_when_the_checklist_allows_preceptors(checklist, trainee, preceptor):
    assert observe(checklist, trainee.user, preceptor.user).observer_basis == "Designated preceptor"

    checklist.preceptors_may_observe = False
    checklist.save_revision().publish()
    checklist.refresh_from_db()
    with pytest.raises(ObservationError):
        observe(checklist, trainee.user, preceptor.user)


def test_an_educator_of_another_clinic_cannot_observe(checklist, trainee, other_organization):
    outsider = member(other_organization, Membership.Role.EDUCATOR, credential="otr")
    with pytest.raises(ObservationError):
        observe(checklist, trainee.user, outsider.user)


def test_setting_is_required(checklist, trainee, otr):
    with pytest.raises(ObservationError, match="where the skill was observed"):
        observe(checklist, trainee.user, otr.user, setting="  ")


def test_required_count_of_passes(checklist, trainee, otr):
    checklist.required_observations = 2
    checklist.save()
    observe(checklist, trainee.user, otr.user)
    observe(checklist, trainee.user, otr.user, missed=[1])  # a fail does not count

    standing = selectors.standings_for(user=trainee.user, checklists=[checklist], now=NOW)[0]
    assert (standing.qualification.counting, standing.status) == (1, "due")

    observe(checklist, trainee.user, otr.user, now=NOW + datetime.timedelta(days=1))
    standing = selectors.standings_for(user=trainee.user, checklists=[checklist], now=NOW)[0]
    assert (standing.qualification.counting, standing.status) == (2, "observed")


def test_renewal_period_makes_a_pass_expire(checklist, trainee, otr):
    checklist.renewal_months = 12
    checklist.save()
    observation = observe(checklist, trainee.user, otr.user)

    assert observation.expires_at == datetime.datetime(2027, 3, 2, 15, 0, tzinfo=datetime.UTC)
    before = selectors.standings_for(
        user=trainee.user, checklists=[checklist], now=observation.expires_at - datetime.timedelta(days=1)
    )[0]
    after = selectors.standings_for(user=trainee.user, checklists=[checklist], now=observation.expires_at)[0]
    assert before.status == "observed"
    assert after.status == "expired"


def test_voiding_needs_a_reason_and_keeps_both(checklist, trainee, otr):
    wrong = observe(checklist, trainee.user, otr.user)
    with pytest.raises(ObservationError, match="Say why"):
        observe(checklist, trainee.user, otr.user, missed=[2], voids=wrong)

    correction = observe(
        checklist, trainee.user, otr.user, missed=[2], voids=wrong, void_reason="Brakes were not locked"
    )

    assert Observation.objects.count() == 2
    wrong.refresh_from_db()
    assert wrong.voided_by == correction
    assert correction.void_reason == "Brakes were not locked"
    standing = selectors.standings_for(user=trainee.user, checklists=[checklist], now=NOW)[0]
    assert standing.status == "due"  # the voided pass no longer counts
    assert standing.latest == correction


def test_an_observation_is_voided_once(checklist, trainee, otr):
    wrong = observe(checklist, trainee.user, otr.user)
    observe(checklist, trainee.user, otr.user, voids=wrong, void_reason="First correction")
    with pytest.raises(ObservationError, match="already been voided"):
        observe(checklist, trainee.user, otr.user, voids=wrong, void_reason="Second correction")


def test_a_correction_must_be_of_the_same_person(checklist, trainee, otr, organization):
    other = member(organization)
    wrong = observe(checklist, other.user, otr.user)
    with pytest.raises(ObservationError, match="same person"):
        observe(checklist, trainee.user, otr.user, voids=wrong, void_reason="Wrong person")


def test_signed_observation_cannot_be_changed_or_deleted(checklist, trainee, otr):
    observation = observe(checklist, trainee.user, otr.user)
    observation.setting = "changed"
    with pytest.raises(AppendOnlyError):
        observation.save()
    with pytest.raises(AppendOnlyError):
        observation.delete()
    with pytest.raises(AppendOnlyError):
        Observation.objects.filter(pk=observation.pk).update(passed=False)
    with pytest.raises(AppendOnlyError):
        Observation.objects.all().delete()


def test_same_idempotency_key_records_once(checklist, trainee, otr):
    key = uuid.uuid4()
    first = observe(checklist, trainee.user, otr.user, key=key)
    again = observe(checklist, trainee.user, otr.user, key=key, missed=[1])

    assert again == first
    assert Observation.objects.count() == 1


def test_module_completes_only_when_its_checklist_is_signed_off(module, checklist, trainee, otr):
    from courses.models import LessonCompletion

    for lesson in module.get_children().specific().type(type(module.get_children().first().specific)):
        LessonCompletion.objects.create(user=trainee.user, lesson=lesson)
    assert progress_services.module_completion_check(user=trainee.user, module=module, now=NOW) is None

    observe(checklist, trainee.user, otr.user, missed=[2])
    assert not ModuleCompletion.objects.filter(user=trainee.user).exists()

    observe(checklist, trainee.user, otr.user, now=NOW + datetime.timedelta(minutes=5))
    assert ModuleCompletion.objects.filter(user=trainee.user, module=module).count() == 1
    assert Certificate.objects.filter(user=trainee.user).count() == 1


def test_a_checklist_not_required_for_the_module_does_not_hold_it_back(module, checklist, trainee):
    from courses.models import LessonCompletion, LessonPage

    checklist.required_for_module = False
    checklist.save()
    for lesson in LessonPage.objects.child_of(module):
        LessonCompletion.objects.create(user=trainee.user, lesson=lesson)
    assert progress_services.module_completion_check(user=trainee.user, module=module, now=NOW) is not None


def test_missed_steps_link_to_the_teaching_lesson(checklist, trainee, otr):
    observe(checklist, trainee.user, otr.user, missed=[2, 3])

    standing = selectors.standings_for(user=trainee.user, checklists=[checklist], now=NOW)[0]
    assert [(step["number"], step["lesson"].title) for step in standing.missed] == [
        (2, "Stand-pivot lesson"),
        (3, "Stand-pivot lesson"),
    ]


def test_unpublished_checklist_cannot_be_observed(checklist, trainee, otr):
    checklist.unpublish()
    checklist.refresh_from_db()
    with pytest.raises(ObservationError, match="not published"):
        observe(checklist, trainee.user, otr.user, results=results(checklist))
