"""`manage.py run_worker`: the background worker, whichever queue the settings chose.

- Database queue (the default in production): first puts back in the queue every task this
  worker id was running when its previous process died (killed, out of memory, power cut), then
  runs django-tasks-db's `db_worker`. Give each worker process a stable, unique `--worker-id`
  (the systemd units and the Procfile do), so a restarted worker picks up its own interrupted task.
  Tasks are written to be run again safely (emails carry an idempotency key: `lms.mail`).
- RQ (REDIS_URL set): runs django-rq's `rqworker` with django-tasks-rq's job class.
- Immediate backend (development, tests): nothing to run; tasks ran when they were enqueued.
"""

import socket

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django_tasks import TaskResultStatus, task_backends
from django_tasks_db.models import DBTaskResult


class Command(BaseCommand):
    help = "Run the background task worker for the configured queue (database or RQ)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--worker-id",
            default=f"{socket.gethostname()}-1"[:64],
            help="Stable and unique per worker process; default: <hostname>-1.",
        )
        parser.add_argument("--queue-name", default="default")
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls when idle.")
        parser.add_argument("--batch", action="store_true", help="Run what is queued, then exit.")
        parser.add_argument("--max-tasks", type=int, default=None)

    def handle(self, *args, worker_id, queue_name, interval, batch, max_tasks, **options):
        backend = task_backends["default"]
        kind = type(backend).__module__
        if kind.startswith("django_tasks_db"):
            requeued = requeue_interrupted(worker_id=worker_id)
            if requeued:
                self.stdout.write(f"Requeued {requeued} task(s) interrupted when worker {worker_id} last stopped.")
            extra = ["--batch"] if batch else []
            if max_tasks:
                extra.append(f"--max-tasks={max_tasks}")
            call_command(
                "db_worker",
                f"--worker-id={worker_id}",
                f"--queue-name={queue_name}",
                f"--interval={interval}",
                "--no-reload",
                "--no-startup-delay",
                *extra,
                verbosity=options["verbosity"],
            )
        elif kind.startswith("django_tasks_rq"):
            extra = ["--burst"] if batch else []
            call_command("rqworker", queue_name, "--job-class=django_tasks_rq.Job", f"--name={worker_id}", *extra)
        else:
            raise CommandError(
                f"The task backend {type(backend).__name__} needs no worker: tasks run when they are enqueued. "
                "Set TASKS_BACKEND (docs/deploy.md, 'Background worker')."
            )


def requeue_interrupted(*, worker_id: str) -> int:
    """Tasks still marked running by this worker id: its previous process died mid-task. Worker
    ids are unique per process slot, so no live process can be running them."""

    # Few tasks run at once, and SQLite has no JSON containment lookup: filter in Python.
    running = DBTaskResult.objects.running().only("pk", "worker_ids")
    interrupted = [result.pk for result in running if result.worker_ids and result.worker_ids[-1] == worker_id]
    return DBTaskResult.objects.filter(pk__in=interrupted).update(status=TaskResultStatus.READY, started_at=None)
