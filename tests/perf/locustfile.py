"""Locust users for `make bench`: one target per run, chosen by BENCH_TARGET, fed by BENCH_PLAN.

The plan (written by `tests.perf.bench`) holds, per target, one slot per simulated user: the URL, the
session and CSRF cookies and, for POSTs, the form. Users take slots round-robin, so each answer-saving
user works on its own attempt, as real learners do.
"""

import itertools
import json
import os
import random
import re

import gevent
from locust import FastHttpUser, task

PLAN = json.loads(open(os.environ["BENCH_PLAN"]).read())  # noqa: SIM115, PTH123 - read once at import
TARGET = os.environ["BENCH_TARGET"]
SLOTS = PLAN["targets"][TARGET]["slots"]
_next_slot = itertools.count()
_ATTEMPT = re.compile(r"/quiz/attempt/(\d+)/")


class BenchUser(FastHttpUser):
    def wait_time(self):
        # Zero think time measures capacity; a paced target measures latency at a realistic rate.
        # Paced think times vary (±50 %) so learners do not answer in lockstep: real learners
        # read at different speeds, and synchronised bursts would measure the load tool's rhythm.
        think = self.slot.get("think", 0)
        return random.uniform(0.5 * think, 1.5 * think) if think else 0

    def on_start(self):
        self.slot = SLOTS[next(_next_slot) % len(SLOTS)]
        if self.slot.get("think"):
            # Paced users arrive spread over one think time instead of all in the first instant, as
            # people do; otherwise the opening burst of 20 simultaneous requests sets the p95.
            gevent.sleep(random.uniform(0, 2 * self.slot["think"]))
        self.headers = {"Cookie": self.slot.get("cookie", "")}
        if self.slot.get("csrf"):
            self.headers["X-CSRFToken"] = self.slot["csrf"]
        if self.slot.get("htmx"):
            self.headers["HX-Request"] = "true"

    def _chain_value(self, text: str):
        match = re.search(self.slot["pattern"], text)
        return match.group(1) if match else None

    @task
    def hit(self):
        slot = self.slot
        kind = slot.get("kind", "get")
        if kind == "get":
            with self.client.get(slot["url"], headers=self.headers, name=TARGET, catch_response=True) as response:
                if response.status_code != 200:
                    response.failure(f"status {response.status_code}")
        elif kind == "post":
            with self.client.post(
                slot["url"], data=slot["form"], headers=self.headers, name=TARGET, catch_response=True
            ) as response:
                if response.status_code not in (200, 204, 302):
                    response.failure(f"status {response.status_code}")
        elif kind == "post_chain":
            # A peer's quiz (BENCH_PEERS): each POST answers the question the previous response
            # showed (its first option, found by the slot's pattern); a response with no question
            # (the quiz's result) is followed by a GET that starts the next sitting.
            value = getattr(self, "chain_value", None)
            if value is None:
                page = self.client.get(slot["url"], headers=self.headers, name=TARGET + " (next sitting)")
                value = self._chain_value(page.text)
                if value is None:
                    return
            with self.client.post(
                slot["url"], data={slot["field"]: value}, headers=self.headers, name=TARGET, catch_response=True
            ) as response:
                if response.status_code != 200:
                    response.failure(f"status {response.status_code}")
                self.chain_value = self._chain_value(response.text or "")
        elif kind == "start_submit":
            # Start an attempt, then submit it: the submit grades 20 items and updates progress.
            with self.client.post(
                slot["url"], data={}, headers=self.headers, name=TARGET, allow_redirects=False, catch_response=True
            ) as response:
                match = _ATTEMPT.search(response.headers.get("Location", ""))
                if response.status_code != 302 or not match:
                    response.failure(f"start: status {response.status_code}")
                    return
            submit = f"/quiz/attempt/{match.group(1)}/submit/"
            with self.client.post(
                submit,
                data={},
                headers=self.headers,
                name=TARGET + " (submit)",
                allow_redirects=False,
                catch_response=True,
            ) as response:
                if response.status_code != 302:
                    response.failure(f"submit: status {response.status_code}")
