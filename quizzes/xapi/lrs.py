"""The LRS client: one PUT per statement, as the xAPI 1.0.3 communication spec describes it.

`PUT {XAPI_LRS_URL}/statements?statementId=<id>` with basic auth and the version header. 204 is
stored; 409 means the LRS already holds a statement under this id (an earlier run of the same
event), which is the point of deterministic ids, so it counts as sent too. Anything else raises
`LrsError` for the task to record and retry.
"""

import requests
from django.conf import settings

from quizzes.xapi.statements import XAPI_VERSION


class LrsError(Exception):
    pass


def enabled() -> bool:
    return bool(settings.XAPI_LRS_URL)


def _auth():
    if settings.XAPI_LRS_USERNAME or settings.XAPI_LRS_PASSWORD:
        return (settings.XAPI_LRS_USERNAME, settings.XAPI_LRS_PASSWORD)
    return None


def statement_put(statement: dict) -> int:
    """Store `statement` under its id; returns the LRS's status code (204, or 409 for already there)."""
    try:
        response = requests.put(
            f"{settings.XAPI_LRS_URL}/statements",
            params={"statementId": statement["id"]},
            json=statement,
            auth=_auth(),
            headers={"X-Experience-API-Version": XAPI_VERSION},
            timeout=settings.XAPI_TIMEOUT_SECONDS,
        )
    except requests.RequestException as error:
        raise LrsError(f"The LRS could not be reached: {error}") from error
    if response.status_code in (200, 204, 409):
        return response.status_code
    raise LrsError(f"The LRS answered {response.status_code}: {response.text[:500]}")
