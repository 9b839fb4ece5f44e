"""Skills pages from the outside: who can open what, signing by re-authentication, double submits."""

import csv
import datetime
import io
import uuid
import zipfile
from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse

from lms.models import Membership
from quizzes.models import Observation
from tests.factories import PASSWORD
from tests.skills.conftest import member, observe

pytestmark = pytest.mark.django_db


def form_url(membership, checklist, **query):
    url = reverse("skills:observe-form", args=[membership.pk, checklist.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def form_data(checklist, *, missed=(), key=None, **extra):
    data = {"setting": "gym, bed to wheelchair", "idempotency_key": str(key or uuid.uuid4()), **extra}
    for step in checklist.step_list():
        data[f"result-{step['id']}"] = "not_done" if step["number"] in missed else "done"
        data[f"comment-{step['id']}"] = ""
    return data


def sign(client, url, data):
    """Submit, re-authenticate with the password when asked, and return the final response."""
    response = client.post(url, data)
    location = response.get("Location", "")
    if response.status_code == 302 and location.startswith("/accounts/reauthenticate/"):
        next_url = parse_qs(urlparse(location).query)["next"][0]
        response = client.post("/accounts/reauthenticate/", {"password": PASSWORD, "next": next_url})
    return response


def test_signing_asks_for_the_password_then_records(client, checklist, trainee, otr):
    client.force_login(otr.user)
    url = form_url(trainee, checklist)
    response = client.post(url, form_data(checklist, missed=[2]))

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")
    assert Observation.objects.count() == 0

    response = client.post("/accounts/reauthenticate/", {"password": PASSWORD, "next": url})

    observation = Observation.objects.get()
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("skills:observation", args=[observation.pk]))
    assert (observation.passed, observation.signed_with, observation.observer) == (False, "password", otr.user)


def test_each_signature_needs_its_own_reauthentication(client, checklist, trainee, otr):
    client.force_login(otr.user)
    url = form_url(trainee, checklist)
    sign(client, url, form_data(checklist))

    response = client.post(url, form_data(checklist))

    assert response["Location"].startswith("/accounts/reauthenticate/")
    assert Observation.objects.count() == 1


def test_wrong_password_records_nothing(client, checklist, trainee, otr):
    client.force_login(otr.user)
    url = form_url(trainee, checklist)
    client.post(url, form_data(checklist))
    response = client.post("/accounts/reauthenticate/", {"password": "wrong", "next": url})

    assert response.status_code == 200
    assert Observation.objects.count() == 0


def test_double_submit_of_one_form_records_one(client, checklist, trainee, otr):
    client.force_login(otr.user)
    url = form_url(trainee, checklist)
    data = form_data(checklist)
    first = sign(client, url, data)
    second = client.post(url, data)

    assert Observation.objects.count() == 1
    observation_url = reverse("skills:observation", args=[Observation.objects.get().pk])
    assert first["Location"].startswith(observation_url)
    assert second["Location"] == observation_url


def test_missing_step_result_shows_a_field_error_and_asks_no_password(client, checklist, trainee, otr):
    client.force_login(otr.user)
    data = form_data(checklist)
    del data[f"result-{checklist.step_list()[1]['id']}"]

    response = client.post(form_url(trainee, checklist), data)

    assert response.status_code == 200
    assert "Mark step 2 done, not done or not applicable." in response.text


def test_learner_cannot_open_the_observer_pages(client, checklist, trainee, organization):
    other = member(organization)
    client.force_login(trainee.user)

    assert client.get(reverse("skills:observe")).status_code == 404
    assert client.get(reverse("skills:observe-person", args=[other.pk])).status_code == 404
    assert client.get(form_url(other, checklist)).status_code == 404
    assert client.post(form_url(other, checklist), form_data(checklist)).status_code == 404
    assert client.get(form_url(trainee, checklist)).status_code == 404


def test_observer_cannot_open_their_own_checklist_form(client, checklist, otr):
    client.force_login(otr.user)
    assert client.get(form_url(otr, checklist)).status_code == 404


def test_educator_of_another_clinic_cannot_observe_or_read(client, checklist, trainee, otr, other_organization):
    observation = observe(checklist, trainee.user, otr.user)
    outsider = member(other_organization, Membership.Role.EDUCATOR, credential="otr")
    client.force_login(outsider.user)

    assert client.get(reverse("skills:observe-person", args=[trainee.pk])).status_code == 404
    assert client.post(form_url(trainee, checklist), form_data(checklist)).status_code == 404
    assert client.get(reverse("skills:observation", args=[observation.pk])).status_code == 404
    assert client.get(reverse("skills:observe") + "?q=Terry").context["people"] == []


def test_other_learner_cannot_read_an_observation(client, checklist, trainee, otr, organization):
    observation = observe(checklist, trainee.user, otr.user)
    client.force_login(member(organization).user)
    assert client.get(reverse("skills:observation", args=[observation.pk])).status_code == 404


def test_learner_and_manager_read_the_observation(client, checklist, trainee, otr, manager):
    observation = observe(checklist, trainee.user, otr.user, missed=[2])
    for user in (trainee.user, manager):
        client.force_login(user)
        response = client.get(reverse("skills:observation", args=[observation.pk]))
        assert response.status_code == 200
        assert "Critical step 2 not done: Locks both wheelchair brakes" in response.text


def test_people_search_finds_clinic_members_but_not_the_observer(client, trainee, preceptor):
    client.force_login(preceptor.user)
    response = client.get(reverse("skills:observe"), {"q": "t"})
    people = response.context["people"]
    assert trainee in people
    assert preceptor not in people


def test_learner_page_shows_missed_steps_with_lesson_links_and_a_qr_code(client, checklist, trainee, otr):
    observe(checklist, trainee.user, otr.user, missed=[2])
    client.force_login(trainee.user)

    response = client.get(reverse("skills:mine"))

    assert response.status_code == 200
    assert "Step 2: Locks both wheelchair brakes (critical)" in response.text
    assert "review Stand-pivot lesson" in response.text
    assert "<svg" in response.text
    assert f"/skills/observe/{trainee.pk}/" in response.text


def test_correction_form_voids_with_a_reason(client, checklist, trainee, otr):
    wrong = observe(checklist, trainee.user, otr.user)
    client.force_login(otr.user)
    assert "corrects and voids the one of" in client.get(form_url(trainee, checklist, voids=wrong.pk)).text
    data = form_data(checklist, missed=[2], void_reason="Brakes were never locked", voids=wrong.pk)

    response = sign(client, form_url(trainee, checklist), data)

    assert response.status_code == 302
    wrong.refresh_from_db()
    assert wrong.voided_by.void_reason == "Brakes were never locked"


def test_printable_blank_checklist_lists_steps_and_critical_marks(client, checklist, trainee):
    client.force_login(trainee.user)
    response = client.get(checklist.url)
    assert response.status_code == 200
    assert "Locks both wheelchair brakes <strong>(critical)</strong>" in response.text
    assert "OTR, COTA or a designated preceptor" in response.text


def test_observations_are_not_editable_in_django_admin(client, checklist, trainee, otr, superuser):
    observation = observe(checklist, trainee.user, otr.user)
    client.force_login(superuser)
    change = client.get(f"/django-admin/quizzes/observation/{observation.pk}/change/")
    assert change.status_code == 200
    assert 'name="setting"' not in change.text  # read-only
    assert (
        client.post(f"/django-admin/quizzes/observation/{observation.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    assert Observation.objects.filter(pk=observation.pk).exists()


def test_transcript_page_csv_and_pdf_include_observations(client, checklist, trainee, otr):
    first = observe(checklist, trainee.user, otr.user, missed=[2])
    observe(checklist, trainee.user, otr.user, voids=first, void_reason="Ticked the wrong step")
    client.force_login(trainee.user)
    query = {"start": "2026-01-01", "end": "2026-12-31"}

    page = client.get(reverse("progress:transcript"), query)
    csv_text = b"".join(client.get(reverse("progress:transcript-csv"), query).streaming_content).decode()
    pdf = client.get(reverse("progress:transcript-pdf"), query)

    assert "Observed skills check-offs" in page.text
    assert "Olive OTR" in page.text
    assert "Ticked the wrong step" in page.text
    assert "observed_at,skills_checklist,result,observer" in csv_text
    assert (
        'Fail,Olive OTR,OTR (registered OT),"OTR, educator","gym, bed to wheelchair",1 done; 2 NOT DONE; 3 done'
        in csv_text
    )
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"


def test_audit_packet_includes_observations(client, checklist, trainee, otr):
    from django.template.loader import render_to_string

    from quizzes.progress import selectors as progress_selectors

    observe(checklist, trainee.user, otr.user, missed=[3])
    client.force_login(trainee.user)
    response = client.get(reverse("progress:audit-packet"), {"start": "2026-01-01", "end": "2026-12-31"})
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(csv.reader(io.StringIO(archive.read("skills-observations.csv").decode())))
    # The PDF's text is glyph-encoded; check the HTML WeasyPrint renders it from.
    transcript = progress_selectors.transcript(
        user=trainee.user, start=datetime.date(2026, 1, 1), end=datetime.date(2026, 12, 31)
    )
    html = render_to_string("progress/transcript_pdf.html", {"transcript": transcript, "owner": trainee.user})

    assert archive.read("transcript.pdf").startswith(b"%PDF")
    assert rows[1][1:8] == [
        "Stand-pivot transfer", "Pass", "Olive OTR", "OTR (registered OT)", "OTR, educator",
        "gym, bed to wheelchair", "1 done; 2 done; 3 NOT DONE",
    ]  # fmt: skip
    assert "Observed skills check-offs" in html
    assert "3. Explains the transfer and agrees a count of three: NOT DONE" in html


def test_module_page_lists_its_checklists(client, module, checklist, trainee):
    client.force_login(trainee.user)
    response = client.get(module.url)
    assert response.status_code == 200
    assert "Skills check-offs" in response.text
    assert "Stand-pivot transfer</a>" in response.text
    assert "required to complete this module" in response.text


def test_manager_designates_a_preceptor_who_can_then_observe(client, manager, organization, trainee, checklist):
    senior = member(organization, name="Sam Senior")
    client.force_login(manager)

    response = client.post(
        reverse("skills:preceptors", args=[organization.slug]), {"membership": senior.pk, "designated": "1"}
    )

    assert response.status_code == 302
    senior.refresh_from_db()
    assert senior.is_preceptor is True
    client.force_login(senior.user)
    assert client.get(form_url(trainee, checklist)).status_code == 200


def test_only_the_clinics_managers_designate_preceptors(client, educator, organization, other_organization, trainee):
    outsider = member(other_organization, Membership.Role.MANAGER)
    for user in (educator, trainee.user, outsider.user):
        client.force_login(user)
        url = reverse("skills:preceptors", args=[organization.slug])
        assert client.post(url, {"membership": trainee.pk, "designated": "1"}).status_code == 404
    trainee.refresh_from_db()
    assert trainee.is_preceptor is False
