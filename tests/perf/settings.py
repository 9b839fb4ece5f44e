"""Settings for `make bench`: the production settings (`lms.settings`, DEBUG off) with one change,
a URLconf that adds the two reference views. Production never loads this module, so the
reference views cannot be reached there."""

from lms.settings import *  # noqa: F403

ROOT_URLCONF = "tests.perf.urls"
