import os
import uuid

import pytest

from tests.quizzes.xapi.ralph import LRS_PYTHON, PASSWORD, USERNAME, Ralph


@pytest.fixture(scope="session")
def ralph(tmp_path_factory):
    """Ralph LRS on a free loopback port for the whole session (installed by `make install`)."""
    if not LRS_PYTHON.exists():
        message = "Ralph LRS is not installed: run `make install` (it makes .venv-lrs)."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = Ralph(tmp_path_factory.mktemp("ralph")).start()
    yield server
    server.stop()


@pytest.fixture
def xapi(settings, ralph):
    """Point xAPI at Ralph, under a site URL of its own: statement ids are uuid5 over the site, so
    primary keys the test database hands out again in a later test never meet an earlier statement."""
    settings.SITE_URL = f"http://occupass-{uuid.uuid4().hex[:12]}.test"
    settings.XAPI_LRS_URL = ralph.url
    settings.XAPI_LRS_USERNAME = USERNAME
    settings.XAPI_LRS_PASSWORD = PASSWORD
    return ralph
