"""Email through the task queue: no request waits for a mail server.

`QueuedEmailBackend` is Django's `EMAIL_BACKEND`: it turns each message into JSON and enqueues
`deliver_email`, which a worker (`manage.py run_worker`) sends through `EMAIL_DELIVERY_BACKEND`
(SMTP, from `EMAIL_URL`). With the database task backend the task row is written in the caller's
transaction, so an email is queued exactly when the change that caused it commits. With the
`immediate` backend (development, tests) the task runs at once, in the same process.

Each message carries an idempotency key (also its Message-ID); `deliver_email` claims the key in
`EmailDelivery` before sending, so a task run again after a worker crash does not send twice.
"""

import base64
import uuid
from functools import partial

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task, task_backends

from lms.models import EmailDelivery


def message_to_json(message, *, key: str) -> dict:
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, tuple | list):
            filename, content, mimetype = attachment
            if isinstance(content, str):
                content = content.encode()
            attachments.append([filename, base64.b64encode(content).decode(), mimetype])
        else:  # a MIMEBase part: send it as it is
            content = base64.b64encode(attachment.get_payload(decode=True)).decode()
            attachments.append([attachment.get_filename(), content, attachment.get_content_type()])
    return {
        "key": key,
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {name: str(value) for name, value in (message.extra_headers or {}).items()},
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": attachments,
        "content_subtype": message.content_subtype,
    }


def message_from_json(data: dict) -> EmailMultiAlternatives:
    domain = (settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].rstrip(">") or "occupass.local").strip()
    headers = {**data["headers"], "Message-ID": f"<{data['key']}@{domain}>"}
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=headers,
    )
    message.content_subtype = data["content_subtype"]
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


@task()
def deliver_email(message: dict) -> bool:
    """Send one queued email unless its key was claimed before; True when this run sent it."""
    recipients = ", ".join(message["to"] + message["cc"] + message["bcc"])
    try:
        with transaction.atomic():
            claim = EmailDelivery.objects.create(
                key=message["key"],
                recipients=recipients[:2000],
                subject=message["subject"][:300],
                claimed_at=timezone.now(),
            )
    except IntegrityError:
        return False  # an earlier run claimed it: sent, or lost in a crash, but never twice
    try:
        connection = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)
        connection.send_messages([message_from_json(message)])
    except Exception:
        claim.delete()  # the mail server refused or was unreachable: let a retry send it
        raise
    EmailDelivery.objects.filter(pk=claim.pk).update(sent_at=timezone.now())
    return True


def _queue_is_transactional() -> bool:
    return type(task_backends["default"]).__module__.startswith(("django_tasks_db", "django_tasks.backends.immediate"))


class QueuedEmailBackend(BaseEmailBackend):
    """Django email backend that enqueues each message for `deliver_email` instead of sending."""

    def send_messages(self, email_messages) -> int:
        count = 0
        for message in email_messages:
            if not message.recipients():
                continue
            payload = message_to_json(message, key=uuid.uuid4().hex)
            if _queue_is_transactional():
                deliver_email.enqueue(payload)  # in the caller's transaction: queued iff it commits
            else:
                transaction.on_commit(partial(deliver_email.enqueue, payload))  # Redis knows no rollback
            count += 1
        return count
