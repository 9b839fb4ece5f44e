"""Two app servers, one learner: prove that instances share nothing but the database and cache.

    DATABASE_URL=postgres://… REDIS_URL=redis://127.0.0.1:6379/1 python -m tests.perf.two_instances

Starts two gunicorn instances on different loopback ports against the same PostgreSQL and Redis.
One learner starts a timed exam on instance A, then answers alternately on B and A, flags an item,
reloads a question on the other instance, submits on B and submits again on A (a second tab). The
database must then hold every acknowledged answer exactly once and one graded attempt. A task
worker runs on a third process (`manage.py run_worker`, RQ on the same Redis): a password-reset
request on instance A queues an email, and the worker must send it. Exits 1 on any difference.
"""

import os
import random
import shutil
import subprocess
import sys
import time

from tests.perf.bench import BENCH_DIR, BIN, ROOT, configure_env, free_port, manage, seed_scale
from tests.perf.loadtest import CSRF, Server, Stats, request

ITEMS = int(os.environ.get("TWO_INSTANCES_ITEMS", "20"))


def main() -> int:
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database (the instances must share it).")
    if not os.environ.get("REDIS_URL"):
        raise SystemExit("Set REDIS_URL (the instances must share the cache).")
    env = configure_env("two-instances")
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection

    from lms.models import User
    from quizzes.models import Attempt, AttemptItem, Quiz
    from tests.perf import bench, scale

    if not Quiz.objects.filter(slug=scale.QUIZ_SLUG).exists():
        seed_scale(env, "--learners=2", f"--questions={ITEMS * 3}", "--attempts=0")
    Quiz.objects.filter(slug=scale.QUIZ_SLUG).update(draw_count=ITEMS, time_limit_minutes=30)
    user = User.objects.get(email=scale.learner_email(1))
    Attempt.objects.filter(user=user).delete()
    cookie = bench._session_cookie(user).replace(bench.CSRF, CSRF)
    connection.close()

    outbox = BENCH_DIR / "two-instances-mail"
    shutil.rmtree(outbox, ignore_errors=True)
    outbox.mkdir(parents=True)
    env.update(EMAIL_DELIVERY_BACKEND="django.core.mail.backends.filebased.EmailBackend", EMAIL_FILE_PATH=str(outbox))
    worker_log = open(BENCH_DIR / "two-instances-worker.log", "ab")  # noqa: SIM115 - lives as long as the worker
    worker = subprocess.Popen(  # noqa: S603 - our own venv
        [str(BIN / "python"), "manage.py", "run_worker", "--worker-id=two-instances-worker"],
        cwd=ROOT, env=env, stdout=worker_log, stderr=worker_log,
    )  # fmt: skip
    servers = [Server(env, free_port()), Server(env, free_port())]
    for server in servers:
        server.start()
    ports = [server.port for server in servers]
    stats = Stats()
    rng = random.Random(7)
    try:
        _, headers, _ = request(ports[0], "POST", f"/quiz/{scale.QUIZ_SLUG}/start/", cookie=cookie)
        attempt_id = int(headers["Location"].rstrip("/").split("/")[-1])
        for position in range(1, ITEMS + 1):
            port = ports[position % 2]
            choice = rng.randint(1, 4)
            status, _, body = request(
                port, "POST", f"/quiz/attempt/{attempt_id}/q/{position}/", cookie=cookie,
                form={"answer": choice}, htmx=True,
            )  # fmt: skip
            if status == 200 and "Saved at" in body:
                stats.acknowledged[(attempt_id, position)] = choice
            # The other instance shows the saved answer when the question is opened again.
            status, _, page = request(ports[(position + 1) % 2], "GET", f"/quiz/attempt/{attempt_id}/q/{position}/",
                                      cookie=cookie)  # fmt: skip
            if status != 200 or "checked" not in page:
                stats.errors += 1
        first = request(ports[1], "POST", f"/quiz/attempt/{attempt_id}/submit/", cookie=cookie)[0]
        second = request(ports[0], "POST", f"/quiz/attempt/{attempt_id}/submit/", cookie=cookie)[0]
        cache.set("two-instances-probe", "shared", 30)
        probe = request(ports[1], "GET", "/healthz")[0]
        csrf_only = "; ".join(part for part in cookie.split("; ") if part.startswith("csrftoken="))
        reset = request(ports[0], "POST", "/accounts/password/reset/", cookie=csrf_only, form={"email": user.email})[0]
        emailed = _wait_for_email(outbox, user.email, seconds=60)
    finally:
        for server in servers:
            server.stop()
        worker.terminate()
        worker.wait(timeout=30)

    attempt = Attempt.objects.get(pk=attempt_id)
    stored = dict(AttemptItem.objects.filter(attempt=attempt).values_list("position", "selected"))
    orders = dict(AttemptItem.objects.filter(attempt=attempt).values_list("position", "option_order"))
    lost = sum(1 for (_, pos), choice in stats.acknowledged.items() if stored.get(pos) != [orders[pos][choice - 1]])
    report = {
        "instances": f"127.0.0.1:{ports[0]} and 127.0.0.1:{ports[1]}",
        "answers acknowledged": len(stats.acknowledged),
        "answers stored as acknowledged": len(stats.acknowledged) - lost,
        "answers lost or changed": lost,
        "re-reads on the other instance without the answer": stats.errors,
        "submit statuses (B, then A)": f"{first}, {second}",
        "attempts for the learner": Attempt.objects.filter(user=user, quiz__slug=scale.QUIZ_SLUG).count(),
        "attempt state": attempt.state,
        "graded": attempt.points is not None,
        "shared cache read back": cache.get("two-instances-probe") == "shared" and probe == 200,
        "email queued on A (status), sent by the worker": f"{reset}, {emailed}",
    }
    width = max(len(key) for key in report)
    for key, value in report.items():
        print(f"{key:<{width}}  {value}")
    ok = (
        lost == 0
        and stats.errors == 0
        and len(stats.acknowledged) == ITEMS
        and report["attempts for the learner"] == 1
        and attempt.state == Attempt.State.SUBMITTED
        and report["graded"]
        and emailed
    )
    print("OK: both instances served one attempt, and the worker sent the queued email." if ok else "FAILED")
    return 0 if ok else 1


def _wait_for_email(outbox, address: str, *, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if any(f"To: {address}" in path.read_text(errors="replace") for path in outbox.glob("*.log")):
            return True
        time.sleep(0.5)
    return False


if __name__ == "__main__":
    raise SystemExit(main())
