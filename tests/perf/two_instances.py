"""Two app servers, one learner: prove that instances share nothing but the database and cache.

    DATABASE_URL=postgres://… REDIS_URL=redis://127.0.0.1:6379/1 python -m tests.perf.two_instances

Starts two gunicorn instances on different loopback ports against the same PostgreSQL and Redis.
One learner starts a timed exam on instance A, then answers alternately on B and A, flags an item,
reloads a question on the other instance, submits on B and submits again on A (a second tab). The
database must then hold every acknowledged answer exactly once and one graded attempt. Exits 1 on
any difference.
"""

import os
import random
import sys

from tests.perf.bench import ROOT, configure_env, free_port, manage, seed_scale
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
    finally:
        for server in servers:
            server.stop()

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
    )
    print("OK: both instances served one attempt without losing anything." if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
