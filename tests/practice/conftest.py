from tests.progress.conftest import _empty_cache, catalog  # noqa: F401 (fixtures)
