"""A real Learning Record Store for the tests: Ralph (ralph-malph, by France Université Numérique),
run from its own virtualenv (`.venv-lrs`, made by `make install`) because its pins (FastAPI,
pydantic) are not ours. Started with uvicorn on a free loopback port with the file-system backend
(in append mode, see `_SERVE`) and one basic-auth user; stopped when the test session ends.

Also `validate`: the statements checked against Ralph's strict xAPI 1.0 pydantic model
(`BaseXapiStatement`, unknown fields forbidden), on top of the LRS's own check on receipt.
"""

import json
import os
import socket
import subprocess
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[3]
LRS_PYTHON = ROOT / ".venv-lrs" / "bin" / "python"
USERNAME = "occupass"
PASSWORD = "lrs-test-password"

# Ralph's file-system LRS backend writes every request with the data backend's default operation,
# CREATE, to one file (fs_lrs.jsonl), so it stores the first request and answers 500 to every later
# one (ralph-malph 5.1.0, and upstream's main). Appending is that backend's own other mode; the API,
# its xAPI validation and its duplicate-id checks are Ralph's, unchanged.
_SERVE = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""

_VALIDATE = """
import json, sys
from ralph.models.xapi.base.statements import BaseXapiStatement
errors = []
for statement in json.load(sys.stdin):
    try:
        BaseXapiStatement.model_validate(statement)
    except Exception as error:
        errors.append(f"{statement.get('id')}: {error}")
print(json.dumps(errors))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Ralph:
    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/xAPI"
        self.process = None

    def _env(self) -> dict:
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.workdir),
            "RALPH_APP_DIR": str(self.workdir / "app"),
            "RALPH_AUTH_FILE": str(self.workdir / "app" / "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.workdir / "statements"),
        }

    def start(self, timeout: float = 90) -> "Ralph":
        # `ralph auth` writes the bcrypt-hashed basic-auth user to the auth file the LRS reads.
        subprocess.run(
            [str(LRS_PYTHON), "-m", "ralph", "auth", "-u", USERNAME, "-p", PASSWORD, "-s", "all", "-w"]
            + ["-A", USERNAME, "http://occupass.test"],
            env=self._env(),
            check=True,
            capture_output=True,
            timeout=120,
        )
        self.log = open(self.workdir / "ralph.log", "wb")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [str(LRS_PYTHON), "-c", _SERVE, str(self.port)],
            env=self._env(),
            cwd=self.workdir,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Ralph exited: {(self.workdir / 'ralph.log').read_text()[-2000:]}")
            try:
                if requests.get(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=2).status_code == 200:
                    return self
            except requests.ConnectionError:
                pass
            time.sleep(0.3)
        self.stop()
        raise RuntimeError("Ralph did not start in time")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if getattr(self, "log", None):
            self.log.close()

    def get(self, **params) -> requests.Response:
        return requests.get(
            f"{self.url}/statements",
            params=params,
            auth=(USERNAME, PASSWORD),
            headers={"X-Experience-API-Version": "1.0.3"},
            timeout=10,
        )

    def statement(self, statement_id: str) -> dict | None:
        """The one statement stored under `statement_id` (None if none; an error if several)."""
        response = self.get(statementId=statement_id)
        if response.status_code == 404:
            return None
        response.raise_for_status()
        body = response.json()
        # The spec answers one Statement; Ralph answers a StatementResult holding the matches.
        found = body["statements"] if "statements" in body else [body]
        assert len(found) <= 1, f"{len(found)} statements stored under {statement_id}"
        return found[0] if found else None

    def statements(self, **params) -> list[dict]:
        response = self.get(limit=500, **params)
        response.raise_for_status()
        return response.json()["statements"]


def validate(statements: list[dict]) -> list[str]:
    """Errors from Ralph's strict xAPI model, one per invalid statement (empty when all are valid)."""
    done = subprocess.run(
        [str(LRS_PYTHON), "-c", _VALIDATE],
        input=json.dumps(statements),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout)
