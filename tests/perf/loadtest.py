"""`make loadtest`: N learners take a timed practice exam against gunicorn on loopback at once.

    python -m tests.perf.loadtest      # LOADTEST_LEARNERS (100), LOADTEST_ITEMS (50), DATABASE_URL

A fresh database (SQLite `.bench/loadtest.sqlite3` unless DATABASE_URL is set) gets learners and a
question bank from `seed_scale --attempts 0`. Each simulated learner starts the exam, saves an answer
to every item (htmx POSTs, as the page does) and submits. A third of the way in, one gunicorn worker
is killed with SIGKILL; two thirds of the way in, the whole server is stopped and started again.
Clients retry a failed request as a browser user would (connection errors and 5xx, with back-off).

Afterwards the database is checked: every answer the server acknowledged ("Saved at …") is stored,
with the acknowledged option, exactly once; every attempt is submitted and graded once; no learner
has a second attempt; no ledger entry is duplicated. Exits 1 on any loss.
"""

import http.client
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.parse

from tests.perf.bench import BENCH_DIR, BIN, ROOT, configure_env, free_port, manage, seed_scale

RETRIES = 30


class Server:
    def __init__(self, env, port):
        self.env, self.port, self.process = env, port, None

    def start(self):
        log = open(BENCH_DIR / "loadtest-gunicorn.log", "ab")  # noqa: SIM115 - lives as long as the server
        self.process = subprocess.Popen(  # noqa: S603 - our own venv
            [str(BIN / "gunicorn"), "lms.wsgi:application", "--workers", "2", "--bind", f"127.0.0.1:{self.port}",
             "--no-control-socket", "--graceful-timeout", "5"],  # fmt: skip
            cwd=ROOT, env=self.env, stdout=log, stderr=log,
        )  # fmt: skip
        for _ in range(600):  # up to two minutes: booting is slow on a loaded machine
            try:
                if request(self.port, "GET", "/healthz", retry=False)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit("gunicorn did not start; see .bench/loadtest-gunicorn.log")

    def kill_one_worker(self) -> int | None:
        children = (
            open(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read().split()  # noqa: SIM115
        )
        if not children:
            return None
        os.kill(int(children[0]), signal.SIGKILL)
        return int(children[0])

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.acknowledged: dict[tuple[int, int], int] = {}  # (attempt, position) -> chosen index
        self.errors = 0
        self.retries = 0
        self.submitted: set[int] = set()


def request(port, method, path, *, cookie="", form=None, htmx=False, retry=True, stats=None):
    """(status, headers, body); retries connection errors and 5xx like a patient browser user."""
    body = urllib.parse.urlencode(form or {}) if method == "POST" else None
    headers = {"Cookie": cookie}
    if method == "POST":
        headers.update({"Content-Type": "application/x-www-form-urlencoded", "X-CSRFToken": CSRF})
    if htmx:
        headers["HX-Request"] = "true"
    for attempt in range(RETRIES if retry else 1):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read().decode(errors="replace")
            connection.close()
            if response.status < 500:
                return response.status, dict(response.getheaders()), data
        except (OSError, http.client.HTTPException):
            if not retry:
                raise
        if stats is not None:
            with stats.lock:
                stats.retries += 1
        time.sleep(min(0.1 * 2**attempt, 2) + random.random() * 0.1)  # noqa: S311
    raise RuntimeError(f"{method} {path} failed {RETRIES} times")


CSRF = "loadcsrf" + "0" * 24


def learner(port, cookie, items, slug, stats: Stats, rng: random.Random):
    try:
        status, headers, _ = request(port, "POST", f"/quiz/{slug}/start/", cookie=cookie, stats=stats)
        attempt = int(headers["Location"].rstrip("/").split("/")[-1])
        for position in range(1, items + 1):
            choice = rng.randint(1, 4)
            path = f"/quiz/attempt/{attempt}/q/{position}/"
            status, _, body = request(port, "POST", path, cookie=cookie, form={"answer": choice}, htmx=True,
                                      stats=stats)  # fmt: skip
            if status == 200 and "Saved at" in body:
                with stats.lock:
                    stats.acknowledged[(attempt, position)] = choice
            else:
                with stats.lock:
                    stats.errors += 1
            time.sleep(rng.uniform(0.05, 0.3))
        status, _, _ = request(port, "POST", f"/quiz/attempt/{attempt}/submit/", cookie=cookie, stats=stats)
        if status == 302:
            with stats.lock:
                stats.submitted.add(attempt)
    except Exception as error:  # noqa: BLE001 - counted and reported, the run goes on
        print(f"learner failed: {error}", file=sys.stderr)
        with stats.lock:
            stats.errors += 1


def main() -> int:
    learners = int(os.environ.get("LOADTEST_LEARNERS", "100"))
    items = int(os.environ.get("LOADTEST_ITEMS", "50"))
    BENCH_DIR.mkdir(exist_ok=True)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{BENCH_DIR / 'loadtest.sqlite3'}")
    if os.environ["DATABASE_URL"].startswith("sqlite"):
        for suffix in ("", "-wal", "-shm"):
            (BENCH_DIR / f"loadtest.sqlite3{suffix}").unlink(missing_ok=True)
    env = configure_env("loadtest")
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count

    from lms.models import User
    from quizzes.models import Attempt, AttemptItem, CreditEntry, Quiz
    from tests.perf import bench, scale

    if not Quiz.objects.filter(slug=scale.QUIZ_SLUG).exists():
        seed_scale(env, f"--learners={learners}", f"--questions={max(items * 3, 60)}", "--attempts=0")
    Quiz.objects.filter(slug=scale.QUIZ_SLUG).update(draw_count=items, time_limit_minutes=30)
    cookies = [
        bench._session_cookie(User.objects.get(email=scale.learner_email(n))).replace(bench.CSRF, CSRF)
        for n in range(1, learners + 1)
    ]
    connection.close()

    server = Server(env, free_port())
    server.start()
    stats = Stats()
    threads = [
        threading.Thread(target=learner, args=(server.port, cookie, items, scale.QUIZ_SLUG, stats, random.Random(n)))
        for n, cookie in enumerate(cookies)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    expected = learners * items
    killed = restarted = False
    while any(thread.is_alive() for thread in threads):
        time.sleep(0.2)
        done = len(stats.acknowledged)
        if not killed and done >= expected / 3:
            killed = server.kill_one_worker()
            print(f"SIGKILL worker {killed} after {done} answers")
        if killed and not restarted and done >= expected * 2 / 3:
            server.stop()
            server.start()
            restarted = True
            print(f"Restarted the server after {done} answers")
    server.stop()
    elapsed = time.monotonic() - started

    attempts = Attempt.objects.filter(quiz__slug=scale.QUIZ_SLUG)
    stored = {
        (row["attempt_id"], row["position"]): row
        for row in AttemptItem.objects.filter(attempt__in=attempts).values(
            "attempt_id", "position", "selected", "option_order"
        )
    }
    lost = wrong = 0
    for key, choice in stats.acknowledged.items():
        row = stored.get(key)
        if row is None or not row["selected"]:
            lost += 1
        elif row["selected"] != [row["option_order"][choice - 1]]:
            wrong += 1
    per_learner = attempts.values("user").annotate(n=Count("pk")).filter(n__gt=1).count()
    ungraded = attempts.exclude(state=Attempt.State.SUBMITTED).count() + attempts.filter(points__isnull=True).count()
    duplicate_ledger = (
        CreditEntry.objects.exclude(completion=None)
        .values("completion")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count()
    )
    report = {
        "learners": learners,
        "items per exam": items,
        "answers acknowledged": len(stats.acknowledged),
        "answers stored": len(stats.acknowledged) - lost,
        "answers lost": lost,
        "answers stored with another option": wrong,
        "attempts": attempts.count(),
        "attempts graded": attempts.filter(state=Attempt.State.SUBMITTED, points__isnull=False).count(),
        "attempts not graded": ungraded,
        "learners with a second attempt": per_learner,
        "duplicate ledger entries": duplicate_ledger,
        "client errors (after retries)": stats.errors,
        "retried requests": stats.retries,
        "worker killed": killed or "no",
        "server restarted": restarted,
        "seconds": round(elapsed, 1),
    }
    width = max(len(key) for key in report)
    for key, value in report.items():
        print(f"{key:<{width}}  {value}")
    failed = lost or wrong or ungraded or per_learner or duplicate_ledger or stats.errors
    print("FAIL" if failed else "OK: no acknowledged answer lost, every attempt graded once")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
