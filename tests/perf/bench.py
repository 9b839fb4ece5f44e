"""`make bench`: seed (or reuse) the scale data, serve it with gunicorn, load each key page, print one table.

    python -m tests.perf.bench            # BENCH_SCALE=default|small, BENCH_SECONDS, BENCH_USERS, DATABASE_URL

Steps: migrate and seed (`python -m tests.perf.seed_scale`) once per database (SQLite:
`.bench/bench-<scale>.sqlite3`), collectstatic, build a plan (sessions created directly in the
database, open attempts for answer saving), count database queries per request in-process with
Django's test client, start gunicorn with production settings (DEBUG off) and 2 workers, warm up,
then run locust headless against one target at a time.
"""

import csv
import datetime
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH_DIR = ROOT / ".bench"
BIN = Path(sys.executable).parent
SCALES = {
    "default": {"learners": 5000, "questions": 1000, "attempts": 50000},
    "small": {"learners": 600, "questions": 200, "attempts": 3000},
    "tiny": {"learners": 60, "questions": 40, "attempts": 200},
}
REFERENCES = ("healthz", "signed-in floor", "shell floor")  # always measured, every ratio needs them
PACED_THINK_SECONDS = 2  # a learner reading the next question before answering
CSRF = "benchcsrf" + "0" * 23  # a 32-character CSRF secret sent as both cookie and header


def configure_env(scale: str) -> dict:
    env = dict(os.environ)
    env.setdefault("DATABASE_URL", f"sqlite:///{BENCH_DIR / f'bench-{scale}.sqlite3'}")
    env.update(
        DJANGO_SETTINGS_MODULE="tests.perf.settings",  # lms.settings plus the two reference views
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="bench-" + secrets.token_urlsafe(32),
        DJANGO_SECURE_SSL_REDIRECT="0",
        DJANGO_SECURE_COOKIES="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_LOG_LEVEL="ERROR",
    )
    os.environ.update(env)
    # PDFs are rendered by the task worker in production, and gunicorn here keeps the production
    # task backend (so its workers never load WeasyPrint, as in production). This process renders
    # the transcript while counting queries, in place of the worker, so the transcript row
    # measures serving the stored document.
    os.environ["TASKS_BACKEND"] = "django_tasks.backends.immediate.ImmediateBackend"
    env.pop("TASKS_BACKEND", None)
    return env


def manage(env, *args):
    subprocess.run([str(BIN / "python"), "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603 - our own venv


def seed_scale(env, *args):
    """Run the scale seeder in its own process (it is a tool, not a `manage.py` command)."""
    subprocess.run([str(BIN / "python"), "-m", "tests.perf.seed_scale", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def ensure_data(env, scale: str) -> None:
    from quizzes.models import Quiz
    from tests.perf import scale as scale_data

    if Quiz.objects.filter(slug=scale_data.QUIZ_SLUG).exists():
        print(f"Reusing the seeded data set in {env['DATABASE_URL'].split('@')[-1]}.")
        return
    sizes = SCALES[scale]
    seed_scale(env, *[f"--{name}={value}" for name, value in sizes.items()])


# ------------------------------------------------------------------------------------------ plan


def _session_cookie(user) -> str:
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.set_expiry(datetime.timedelta(days=1))
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}; {settings.CSRF_COOKIE_NAME}={CSRF}"


def build_plan(users: int, paced_users: int | None = None) -> dict:
    """URLs, cookies and forms for each target; creates sessions and one open attempt per user slot.

    `paced_users` learners (BENCH_PACED_USERS, 50 by default: the issue's target load) answer at a
    human pace in the "answer save paced" row; the other rows use `users` clients."""
    paced_users = paced_users or users
    from django.urls import NoReverseMatch, reverse
    from django.utils import timezone

    from courses.models import LessonPage
    from courses.selectors import catalog_url
    from lms.models import Organization, User
    from quizzes import services
    from quizzes.models import Attempt, Quiz
    from tests.perf import scale as scale_data

    heavy = User.objects.get(email=scale_data.learner_email(1))
    heavy_cookie = _session_cookie(heavy)
    quiz = Quiz.objects.get(slug=scale_data.QUIZ_SLUG)
    lesson = LessonPage.objects.live().order_by("path").first()
    results = Attempt.objects.filter(user=heavy, quiz=quiz, state=Attempt.State.SUBMITTED).order_by("-number")[0]

    def same(url, **extra):
        return {"slots": [{"url": url, "cookie": heavy_cookie, **extra}]}

    module = lesson.get_parent()
    targets = {
        "healthz": {"slots": [{"url": "/healthz"}]},
        "signed-in floor": same(reverse("bench-signed-in-floor")),
        "shell floor": same(reverse("bench-shell-floor")),
        "catalog": same(catalog_url()),
        "module page": same(module.url),
        "lesson": same(lesson.url),
        "dashboard": same(reverse("lms:dashboard")),
        "dashboard uncached": same(reverse("bench-dashboard-uncached")),
        "results": same(reverse("quizzes:attempt-results", args=[results.pk])),
        "transcript PDF": same(reverse("progress:transcript-pdf")),
    }
    # Learners 2..users+1 each get an open attempt (one per learner and quiz is a constraint).
    question_slots, answer_slots, submit_slots = [], [], []
    for number in range(2, max(users, paced_users) + 2):
        learner = User.objects.get(email=scale_data.learner_email(number))
        cookie = _session_cookie(learner)
        open_attempts = Attempt.objects.filter(user=learner, quiz=quiz, state=Attempt.State.IN_PROGRESS)
        for stale in open_attempts:
            services.attempt_submit(attempt=stale, now=timezone.now())
        attempt = services.attempt_start(user=learner, quiz=quiz, now=timezone.now())
        url = reverse("quizzes:attempt-question", args=[attempt.pk, 3])
        question_slots.append({"url": url, "cookie": cookie})
        answer_slots.append(
            {"url": url, "cookie": cookie, "csrf": CSRF, "htmx": True, "kind": "post", "form": {"answer": "2"}}
        )
        submit_slots.append(
            {
                "url": reverse("quizzes:quiz-start", args=[quiz.slug]),
                "cookie": cookie,
                "csrf": CSRF,
                "kind": "start_submit",
            }
        )
    targets["question page"] = {"slots": question_slots[:users]}
    targets["answer save"] = {"slots": answer_slots[:users]}
    targets["answer save paced"] = {
        "slots": [dict(slot, think=PACED_THINK_SECONDS) for slot in answer_slots[:paced_users]],
        "users": paced_users,
    }
    targets["start + submit"] = {"slots": submit_slots[:users]}
    # Manager and educator reports, measured when this code base has them.
    order = [
        "healthz",
        "signed-in floor",
        "shell floor",
        "catalog",
        "module page",
        "lesson",
        "dashboard",
        "dashboard uncached",
        "question page",
        "answer save",
        "answer save paced",
        "start + submit",
        "results",
        "transcript PDF",
    ]
    organization = Organization.objects.get(slug="scale-clinic-001")
    manager = User.objects.get(email=scale_data.manager_email(1))
    admin, _ = User.objects.get_or_create(
        email=f"bench-admin@{scale_data.EMAIL_DOMAIN}", defaults={"is_staff": True, "is_superuser": True}
    )
    optional = [
        ("compliance matrix", "compliance:matrix", [organization.slug], "", manager),
        ("item analysis", "question_bank_item_analysis:index", [], f"?quiz={quiz.pk}", admin),
    ]
    for name, url_name, args, query, viewer in optional:
        try:
            url = reverse(url_name, args=args) + query
        except NoReverseMatch:
            print(f"Skipping {name}: this code base has no URL {url_name!r} yet.")
            continue
        slot = {"url": url, "cookie": _session_cookie(viewer)}
        targets[name] = {"slots": [slot]}
        # Paced: 20 managers or educators each reading a report every couple of seconds.
        targets[f"{name} paced"] = {"slots": [dict(slot, think=PACED_THINK_SECONDS)]}
        order += [name, f"{name} paced"]
    only = [name.strip() for name in os.environ.get("BENCH_ONLY", "").split(",") if name.strip()]
    order = [name for name in order if not only or name in only or name in REFERENCES]
    return {"targets": {name: targets[name] for name in order}}


def count_queries(plan: dict) -> dict[str, float]:
    """Database queries per request, measured in-process with the test client on the same database."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for name, target in plan["targets"].items():
        slot = target["slots"][0]
        client = Client(HTTP_HOST="127.0.0.1")
        for part in slot.get("cookie", "").split("; "):
            if "=" in part:
                key, value = part.split("=", 1)
                client.cookies[key] = value
        headers = {"HTTP_X_CSRFTOKEN": CSRF, "HTTP_HX_REQUEST": "true"} if slot.get("csrf") else {}
        if slot.get("kind") == "post":
            client.post(slot["url"], slot["form"], **headers)  # steady state: the session is cached
        elif slot.get("kind", "get") == "get":
            client.get(slot["url"])  # steady state: the session and course structure are cached
        with CaptureQueriesContext(connection) as queries:
            if slot.get("kind") == "post":
                client.post(slot["url"], slot["form"], **headers)
            elif slot.get("kind") == "start_submit":
                started = client.post(slot["url"], {}, **headers)
                client.post(started["Location"] + "submit/", {}, **headers)
            else:
                client.get(slot["url"])
        counts[name] = len(queries)
    return counts


# ---------------------------------------------------------------------------------------- server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env, port: int) -> subprocess.Popen:
    log = open(BENCH_DIR / "gunicorn.log", "ab")  # noqa: SIM115 - lives as long as the server
    server = subprocess.Popen(  # noqa: S603 - our own venv
        [
            str(BIN / "gunicorn"),
            "-c",
            "python:lms.gunicorn",  # production's gunicorn settings (preloaded app)
            "lms.wsgi:application",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--no-control-socket",
            "--error-logfile",
            "-",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    deadline = time.monotonic() + 120  # booting takes long on a loaded machine
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("gunicorn did not answer /healthz within 120 s; see .bench/gunicorn.log")


def warm_up(port: int, plan: dict) -> None:
    for target in plan["targets"].values():
        slot = target["slots"][0]
        if slot.get("kind", "get") != "get":
            continue
        host = target.get("host", f"http://127.0.0.1:{port}")
        request = urllib.request.Request(f"{host}{slot['url']}", headers={"Cookie": slot.get("cookie", "")})
        for _ in range(4):  # every worker renders each page at least once
            with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
                response.read()


def run_locust(env, host: str, name: str, plan_path: Path, users: int, seconds: int) -> dict:
    prefix = BENCH_DIR / "csv" / name.replace(" ", "_").replace("+", "and")
    prefix.parent.mkdir(exist_ok=True)
    run_env = dict(env, BENCH_PLAN=str(plan_path), BENCH_TARGET=name)
    subprocess.run(  # noqa: S603 - our own venv
        [
            str(BIN / "locust"),
            "-f",
            str(Path(__file__).with_name("locustfile.py")),
            "--headless",
            "--users",
            str(users),
            "--spawn-rate",
            str(users),
            "--run-time",
            f"{seconds}s",
            "--host",
            host,
            "--csv",
            str(prefix),
            "--only-summary",
            "--loglevel",
            "ERROR",
            "--stop-timeout",
            "5",
        ],
        cwd=ROOT,
        env=run_env,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    with open(f"{prefix}_stats.csv") as handle:
        rows = {row["Name"]: row for row in csv.DictReader(handle)}
    row = rows.get(name) or rows["Aggregated"]
    return {
        "requests": int(row["Request Count"]),
        "failures": int(row["Failure Count"])
        + sum(int(r["Failure Count"]) for n, r in rows.items() if n.startswith(name + " (")),
        "rps": float(row["Requests/s"]),
        # "N/A" when no request finished within the run time.
        "p50": float(row["50%"]) if row["50%"] != "N/A" else None,
        "p95": float(row["95%"]) if row["95%"] != "N/A" else None,
    }


# ----------------------------------------------------------------------------------------- table


def table(results: dict, queries: dict) -> str:
    """One row per request: throughput, latency, CPU per request, and how a page compares with each
    reference. The ratios divide the reference's CPU ms per request by the page's: the share of
    the reference's throughput the page reaches when CPU is the limit. Throughput ratios are
    printed too, for a quiet machine; on a shared one they mostly measure the neighbours."""
    cpu = {name: result.get("cpu_ms") for name, result in results.items()}
    rps = {name: result["rps"] for name, result in results.items()}

    def ratio(table_of, reference, name):
        page, floor = table_of.get(name), table_of.get(reference)
        if not page or not floor:
            return "–"
        return f"{floor / page:.2f}" if table_of is cpu else f"{page / floor:.2f}"

    lines = [
        "| request | req/s | p50 ms | p95 ms | CPU ms/req | vs /healthz | vs signed-in floor | vs shell floor "
        "| req/s vs signed-in floor | queries/req | failures |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, result in results.items():
        p50, p95 = (f"{result[key]:.0f}" if result[key] is not None else "timeout" for key in ("p50", "p95"))
        cpu_ms = f"{cpu[name]:.1f}" if cpu.get(name) else "–"
        lines.append(
            f"| {name} | {result['rps']:.1f} | {p50} | {p95} | {cpu_ms} | {ratio(cpu, 'healthz', name)} "
            f"| {ratio(cpu, 'signed-in floor', name)} | {ratio(cpu, 'shell floor', name)} "
            f"| {ratio(rps, 'signed-in floor', name)} | {queries.get(name, '–')} "
            f"| {result['failures']}/{result['requests']} |"
        )
    return "\n".join(lines)


def peer_ratios(results: dict, peers: dict) -> str:
    """Our row against each peer row, by CPU per request (2.0: our page costs half the peer's CPU)
    and by requests per second."""
    lines = []
    for name, peer in peers.items():
        ours, theirs = results.get(peer.get("after"), {}), results.get(name, {})
        if ours.get("cpu_ms") and theirs.get("cpu_ms"):
            lines.append(
                f"- {peer['after']} vs {name}: {theirs['cpu_ms'] / ours['cpu_ms']:.2f}x by CPU per request, "
                f"{ours['rps'] / theirs['rps']:.2f}x by req/s"
            )
    return ("\nAgainst the peers, same run:\n" + "\n".join(lines) + "\n") if lines else ""


def _workers(server) -> list[str]:
    """The worker processes of a gunicorn master (our Popen, or a peer's master pid)."""
    pid = getattr(server, "pid", server)
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []


def load_peers() -> dict:
    """Other applications' pages measured in the same run, for side-by-side ratios (BENCH_PEERS).

    A JSON file: {"servers": {name: {"host": "http://127.0.0.1:PORT", "pid": gunicorn master pid}},
    "targets": {row: {"server": name, "after": our row it compares with, "slots": [...]}}}. The
    peers are built and started outside the repository (docs/performance.md says how); only their
    URLs, cookies and process ids come in here, and their CPU per request is read the same way."""
    path = os.environ.get("BENCH_PEERS")
    if not path:
        return {}
    peers = json.loads(Path(path).read_text())
    targets = {}
    for name, target in peers["targets"].items():
        server = peers["servers"][target["server"]]
        targets[name] = dict(target, host=server["host"], pid=server["pid"])
    return targets


def with_peers(plan: dict, peers: dict) -> dict:
    """Each peer row right after the row it compares with, so both run under the same load."""
    targets = {}
    for name, target in plan["targets"].items():
        targets[name] = target
        for peer_name, peer in peers.items():
            if peer.get("after") == name:
                targets[peer_name] = peer
    for peer_name, peer in peers.items():
        targets.setdefault(peer_name, peer)
    return {"targets": targets}


def worker_cpu_seconds(server) -> float | None:
    """CPU time (user + system) the gunicorn workers have used so far, from /proc (Linux only).

    Per request, this is what a page costs whatever else the machine is doing: on a shared,
    overloaded machine throughput mostly measures the neighbours, CPU time does not. SQLite runs
    inside the workers, so its work is included; a PostgreSQL server's is not."""
    total = 0
    workers = _workers(server)
    if not workers:
        return None
    for pid in workers:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / os.sysconf("SC_CLK_TCK")


def worker_memory(server) -> list[int]:
    """Resident memory (KiB) of each gunicorn worker, read from /proc (Linux only; else empty)."""
    try:
        sizes = []
        for pid in _workers(server):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]))
        return sizes
    except OSError:
        return []


def main() -> int:
    scale = os.environ.get("BENCH_SCALE", "default")
    if scale not in SCALES:
        raise SystemExit(f"BENCH_SCALE must be one of {', '.join(SCALES)}")
    seconds = int(os.environ.get("BENCH_SECONDS", "10"))
    users = int(os.environ.get("BENCH_USERS", "20"))
    paced_users = int(os.environ.get("BENCH_PACED_USERS", "50"))
    BENCH_DIR.mkdir(exist_ok=True)
    env = configure_env(scale)
    # Before django.setup(): the manifest static storage reads its manifest once per process.
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    ensure_data(env, scale)
    plan = build_plan(users, paced_users)
    queries = count_queries(plan)
    plan = build_plan(users, paced_users)  # counting submitted the attempts; start fresh ones
    peers = load_peers()
    plan = with_peers(plan, peers)
    plan_path = BENCH_DIR / "plan.json"
    plan_path.write_text(json.dumps(plan))
    vendor = connection.vendor
    connection.close()

    load_before = os.getloadavg()[0]
    port = int(os.environ.get("BENCH_PORT", 0)) or free_port()
    server = start_gunicorn(env, port)
    results = {}
    try:
        warm_up(port, plan)
        for name in plan["targets"]:
            # Paced targets send a tenth as many requests: run them longer for a steadier p95.
            run_seconds = seconds * 3 if name.endswith("paced") else seconds
            target = plan["targets"][name]
            measured = target.get("pid", server)  # a peer's own gunicorn, or ours
            host = target.get("host", f"http://127.0.0.1:{port}")
            cpu_before = worker_cpu_seconds(measured)
            results[name] = run_locust(env, host, name, plan_path, target.get("users", users), run_seconds)
            cpu_after = worker_cpu_seconds(measured)
            served = results[name]["requests"]
            if cpu_before is not None and cpu_after is not None and served:
                results[name]["cpu_ms"] = (cpu_after - cpu_before) * 1000 / served
            print(
                f"  {name}: {results[name]['rps']:.1f} req/s, p95 {results[name]['p95']} ms, "
                f"{results[name].get('cpu_ms', 0):.1f} CPU ms/req",
                flush=True,
            )
        memory = worker_memory(server)
        peer_memory = {peer["server"]: worker_memory(peer["pid"]) for peer in peers.values()}
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    load = os.getloadavg()[0]
    heading = (
        f"Occupass bench — {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}, {vendor}, scale {scale} "
        f"({', '.join(f'{k} {v}' for k, v in SCALES[scale].items())}), gunicorn 2 sync workers, "
        f"{users} concurrent users ({paced_users} paced learners answering), {seconds} s per request, "
        f"{os.cpu_count()} CPUs, "
        f"load average {load_before:.1f} before / {load:.1f} after"
    )
    rss = ", ".join(f"{size / 1024:.0f} MB" for size in memory) or "not measured"
    output = f"{heading}\n\n{table(results, queries)}\n\ngunicorn worker RSS after the run: {rss}\n"
    for peer, sizes in peer_memory.items():
        output += f"{peer} gunicorn worker RSS after the run: {', '.join(f'{k / 1024:.0f} MB' for k in sizes)}\n"
    output += peer_ratios(results, peers)
    print("\n" + output)
    (BENCH_DIR / f"results-{scale}-{vendor}.md").write_text(output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
