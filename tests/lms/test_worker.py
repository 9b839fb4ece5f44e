"""Email through the task queue, and a real worker process (`manage.py run_worker`).

The first tests run everywhere with the immediate backend and Django's in-memory mailbox. The
last two start the worker as a separate process on the test database, so they need PostgreSQL
(SQLite test databases live in memory, where another process cannot see them); CI runs them.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core import mail
from django.db import connection
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from lms import mail as queued_mail
from lms.management.commands.run_worker import requeue_interrupted
from lms.models import EmailDelivery
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]
QUEUED = "lms.mail.QueuedEmailBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def queued_email(settings):
    settings.EMAIL_BACKEND = QUEUED
    settings.EMAIL_DELIVERY_BACKEND = LOCMEM
    return settings


def _payload(key="k1"):
    message = mail.EmailMultiAlternatives("Due today", "Body", "noreply@occupass.test", ["ana@example.org"])
    message.attach_alternative("<p>Body</p>", "text/html")
    return queued_mail.message_to_json(message, key=key)


@pytest.mark.django_db
def test_queued_email_is_delivered_with_its_key_as_message_id(queued_email):
    mail.send_mail("Due today", "Body", None, ["ana@example.org"])

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    delivery = EmailDelivery.objects.get()
    assert message.extra_headers["Message-ID"].startswith(f"<{delivery.key}@")
    assert delivery.recipients == "ana@example.org"
    assert delivery.sent_at is not None


@pytest.mark.django_db
def test_deliver_email_run_twice_sends_once(queued_email):
    first = queued_mail.deliver_email.call(_payload())
    second = queued_mail.deliver_email.call(_payload())

    assert (first, second) == (True, False)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].alternatives[0].content == "<p>Body</p>"


@pytest.mark.django_db
def test_deliver_email_releases_its_key_when_the_mail_server_refuses(queued_email):
    queued_email.EMAIL_DELIVERY_BACKEND = "tests.lms.test_worker.RefusingBackend"
    with pytest.raises(ConnectionRefusedError):
        queued_mail.deliver_email.call(_payload())
    assert EmailDelivery.objects.count() == 0

    queued_email.EMAIL_DELIVERY_BACKEND = LOCMEM
    assert queued_mail.deliver_email.call(_payload()) is True
    assert len(mail.outbox) == 1


class RefusingBackend(mail.backends.base.BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


@pytest.mark.django_db
def test_password_reset_request_only_queues_the_email(client, queued_email):
    queued_email.TASKS = DATABASE_QUEUE
    UserFactory(email="ana@example.org")

    client.post("/accounts/password/reset/", {"email": "ana@example.org"})

    assert mail.outbox == []
    task = DBTaskResult.objects.get()
    assert task.task_path == "lms.mail.deliver_email"
    assert task.status == TaskResultStatus.READY
    assert task.args_kwargs["args"][0]["to"] == ["ana@example.org"]


@pytest.mark.django_db
def test_requeue_interrupted_puts_back_only_this_workers_running_tasks(queued_email):
    queued_email.TASKS = DATABASE_QUEUE
    mine, theirs, done = (queued_mail.deliver_email.enqueue(_payload(key)) for key in ("a", "b", "c"))
    for result, worker in ((mine, "worker-1"), (theirs, "worker-2"), (done, "worker-1")):
        DBTaskResult.objects.get(pk=result.id).claim(worker)
    DBTaskResult.objects.get(pk=done.id).set_successful(True)

    assert requeue_interrupted(worker_id="worker-1") == 1

    statuses = {str(pk): status for pk, status in DBTaskResult.objects.values_list("pk", "status")}
    assert statuses == {
        mine.id: TaskResultStatus.READY,
        theirs.id: TaskResultStatus.RUNNING,
        done.id: TaskResultStatus.SUCCESSFUL,
    }


# ----------------------------------------------------------------------------- a real worker

# A worker process shares the test database, so these need PostgreSQL, and they run in a pytest
# process of their own (`.ci/run` sets OCCUPASS_WORKER_TESTS=1): a second process writing to the
# test database left the serialized-rollback tests after it with a half-restored database.
needs_postgresql = pytest.mark.skipif(
    "postgres" not in os.environ.get("DATABASE_URL", "") or os.environ.get("OCCUPASS_WORKER_TESTS") != "1",
    reason="a real worker process: PostgreSQL only, in its own run (OCCUPASS_WORKER_TESTS=1; CI runs it)",
)


def _worker(outbox: Path, *args, slow_seconds=0) -> subprocess.Popen:
    db = connection.settings_dict
    env = dict(
        os.environ,
        DATABASE_URL=f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}",
        TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        EMAIL_DELIVERY_BACKEND="tests.lms.slow_mail.SlowFileBackend",
        EMAIL_FILE_PATH=str(outbox),
        SLOW_MAIL_SECONDS=str(slow_seconds),
    )
    command = [sys.executable, "manage.py", "run_worker", "--worker-id=test-worker-1", "--interval=0.2", *args]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _wait_for(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def _sent(outbox: Path) -> list[str]:
    return [path.read_text() for path in sorted(outbox.glob("*.log")) if path.stat().st_size]


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_worker_process_sends_the_email_a_request_queued(client, queued_email, tmp_path):
    queued_email.TASKS = DATABASE_QUEUE
    UserFactory(email="ana@example.org")
    client.post("/accounts/password/reset/", {"email": "ana@example.org"})
    assert mail.outbox == []

    worker = _worker(tmp_path, "--batch")
    output, _ = worker.communicate(timeout=120)

    assert worker.returncode == 0, output.decode()
    sent = _sent(tmp_path)
    assert len(sent) == 1
    assert "To: ana@example.org" in sent[0]
    assert "/accounts/password/reset/key/" in sent[0]
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_worker_killed_mid_task_runs_it_again_without_sending_twice(client, queued_email, tmp_path):
    queued_email.TASKS = DATABASE_QUEUE
    UserFactory(email="ana@example.org")
    client.post("/accounts/password/reset/", {"email": "ana@example.org"})

    worker = _worker(tmp_path, slow_seconds=60)  # the mail server accepts, then hangs
    try:
        assert _wait_for(lambda: _sent(tmp_path)), "the worker never sent the email"
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
        worker.communicate()  # reap it and close its pipe
    task = DBTaskResult.objects.get()
    assert task.status == TaskResultStatus.RUNNING  # interrupted: nobody will finish it

    restarted = _worker(tmp_path, "--batch")
    output, _ = restarted.communicate(timeout=120)

    assert restarted.returncode == 0, output.decode()
    assert b"Requeued 1 task(s)" in output
    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert task.worker_ids == ["test-worker-1", "test-worker-1"]  # it ran again
    assert task.return_value is False  # and found the email already claimed
    assert len(_sent(tmp_path)) == 1
