"""`make profile`: where a learner page's time goes, by layer, with pyinstrument.

    python -m tests.perf.profile        # BENCH_SCALE (default), PROFILE_REQUESTS (200), DATABASE_URL
    PROFILE_ONLY=dashboard,lesson PROFILE_TREE=1 python -m tests.perf.profile   # some pages, with call trees

Uses the database `make bench` seeded (run that first) and its plan: the same pages, the same
heavy learner. Each page is requested PROFILE_REQUESTS times in-process through Django's full
request handling (middleware, session, user, view, templates), with a persistent database
connection as gunicorn workers have one since issue 19. Every sample is attributed to the
innermost frame that belongs to a known layer (SQL execution inside a template counts as SQL),
and the shares are printed as one Markdown table.
"""

import os
import sys
from collections import Counter

from tests.perf.bench import BENCH_DIR, CSRF, ROOT, SCALES, configure_env

# Innermost match wins; order only matters for paths that match several patterns.
LAYERS = [
    ("SQL execution", ("/sqlite3/", "/psycopg/", "/django/db/backends/")),
    ("ORM (queries, model instances)", ("/django/db/models/", "/modelcluster/", "/treebeard/")),
    ("templates", ("/django/template/", "/django/templatetags/", "/templatetags/")),
    ("URL resolving and reversing", ("/django/urls/",)),
    ("session and auth", ("/django/contrib/sessions/", "/django/contrib/auth/", "/django/core/signing")),
    (
        "middleware and request handling",
        ("/django/core/handlers/", "/django/middleware/", "/django/http/", "/whitenoise/", "/allauth/"),
    ),
    ("Wagtail (routing, pages, rich text)", ("/wagtail/",)),
    ("cache", ("/django/core/cache/",)),
    ("our code", (f"{ROOT}/lms/", f"{ROOT}/courses/", f"{ROOT}/quizzes/")),
]
PAGES = ["catalog", "module page", "lesson", "dashboard", "question page", "answer save", "results"]


def layer_of(path: str) -> str | None:
    for name, patterns in LAYERS:
        if any(pattern in path for pattern in patterns):
            return name
    return None


def attribute(frame, inherited: str, totals: Counter) -> None:
    layer = layer_of(frame.file_path or "") or inherited
    totals[layer] += frame.total_self_time
    for child in frame.children:
        attribute(child, layer, totals)


def profile(client, slot: dict, requests: int, *, tree: bool = False) -> tuple[Counter, float]:
    from pyinstrument import Profiler

    headers = {"HTTP_X_CSRFTOKEN": CSRF, "HTTP_HX_REQUEST": "true"} if slot.get("csrf") else {}

    def once():
        if slot.get("kind") == "post":
            response = client.post(slot["url"], slot["form"], **headers)
        else:
            response = client.get(slot["url"])
        assert response.status_code == 200, (slot["url"], response.status_code)

    for _ in range(5):  # warm: caches, compiled templates, the connection
        once()
    profiler = Profiler(interval=0.0002)
    profiler.start()
    for _ in range(requests):
        once()
    profiler.stop()
    if tree:  # the call tree, for finding what to fix (shares of the whole run)
        print(profiler.output_text(unicode=True, color=False, show_all=False, timeline=False), flush=True)
    totals: Counter = Counter()
    attribute(profiler.last_session.root_frame(), "other (Python, libraries)", totals)
    return totals, profiler.last_session.duration / requests * 1000


def main() -> int:
    scale = os.environ.get("BENCH_SCALE", "default")
    if scale not in SCALES:
        raise SystemExit(f"BENCH_SCALE must be one of {', '.join(SCALES)}")
    requests = int(os.environ.get("PROFILE_REQUESTS", "200"))
    configure_env(scale)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    from quizzes.models import Quiz
    from tests.perf import bench
    from tests.perf import scale as scale_data

    if not Quiz.objects.filter(slug=scale_data.QUIZ_SLUG).exists():
        raise SystemExit("No benchmark data in this database: run `make bench` first.")
    plan = bench.build_plan(users=1)
    only = [name.strip() for name in os.environ.get("PROFILE_ONLY", "").split(",") if name.strip()]
    names = [
        name
        for name in PAGES + ["signed-in floor", "shell floor"] + [n for n in only if n not in PAGES]
        if name in plan["targets"] and (not only or name in only)
    ]
    layers = [name for name, _patterns in LAYERS] + ["other (Python, libraries)"]
    rows = []
    for name in names:
        slot = plan["targets"][name]["slots"][0]
        client = Client(HTTP_HOST="127.0.0.1")
        for part in slot.get("cookie", "").split("; "):
            key, _, value = part.partition("=")
            client.cookies[key] = value
        totals, ms = profile(client, slot, requests, tree=os.environ.get("PROFILE_TREE") == "1")
        whole = sum(totals.values()) or 1
        rows.append((name, ms, [totals[layer] / whole for layer in layers]))
        print(f"  {name}: {ms:.1f} ms/request in-process", flush=True)
    short = [layer.split(" (")[0] for layer in layers]
    lines = [
        f"Profile ({connection.vendor}, scale {scale}, {requests} requests per page, in-process, pyinstrument; "
        "share of each request's time by the innermost layer)",
        "",
        "| page | ms/req | " + " | ".join(short) + " |",
        "|---|---:|" + "---:|" * len(short),
    ]
    for name, ms, shares in rows:
        lines.append(f"| {name} | {ms:.1f} | " + " | ".join(f"{share:.0%}" for share in shares) + " |")
    output = "\n".join(lines) + "\n"
    print("\n" + output)
    (BENCH_DIR / f"profile-{scale}-{connection.vendor}.md").write_text(output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
