"""Background tasks of the platform core (Django Tasks API via django-tasks)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django_tasks import task

from lms.models import Invitation


def invitation_url(token: str) -> str:
    return settings.SITE_URL + reverse("lms:invitation", args=[token])


@task()
def send_invitation_task(*, invitation_id: int, token: str) -> bool:
    """Email the invitation link. Skipped (False) if the invitation was resent since (a newer task
    carries the newer token), accepted or revoked."""

    invitation = Invitation.objects.select_related("organization", "invited_by").filter(pk=invitation_id).first()
    if invitation is None or invitation.token != token or not invitation.is_pending:
        return False
    context = {
        "invitation": invitation,
        "organization": invitation.organization,
        "url": invitation_url(token),
        "site_name": settings.SITE_NAME,
        "site_url": settings.SITE_URL,
    }
    send_mail(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX
        + f"You are invited to {invitation.organization} on {settings.SITE_NAME}",
        message=render_to_string("lms/email/invitation.txt", context),
        from_email=None,
        recipient_list=[invitation.email],
    )
    return True
