import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "p" * 20 + "roduction-like-secret-key-with-enough-entropy-1234567890",
    "DJANGO_ALLOWED_HOSTS": "occupass.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://occupass.example.org",
    "DATABASE_URL": "sqlite:////tmp/occupass-check-deploy.sqlite3",
    "EMAIL_URL": "smtp+tls://mailer:secret@smtp.example.org:587",
}


def _manage(*args, env_overrides, drop=()):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k not in drop}
    env.pop("DATABASE_URL", None)
    env.update(env_overrides)
    env["DJANGO_ENV_FILE"] = "/nonexistent/.env"  # a developer's dev .env must not leak in
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_settings_refuse_to_start_without_secret_key_when_not_debugging():
    env = dict(PRODUCTION_ENV)
    del env["DJANGO_SECRET_KEY"]

    result = _manage("check", env_overrides=env)

    assert result.returncode == 1
    assert "DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off" in result.stderr


def test_debug_defaults_to_off_when_unset():
    env = dict(PRODUCTION_ENV)
    del env["DJANGO_DEBUG"]

    result = _manage("shell", "-c", "from django.conf import settings; print(settings.DEBUG)", env_overrides=env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_production_settings_are_secure_by_default():
    code = (
        "from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0, "
        "s.ACCOUNT_EMAIL_VERIFICATION, s.EMAIL_BACKEND, s.EMAIL_DELIVERY_BACKEND, s.EMAIL_HOST, "
        "s.CACHES['default']['BACKEND'])"
    )

    result = _manage("shell", "-c", code, env_overrides=PRODUCTION_ENV)

    assert result.stdout.strip().splitlines()[-1] == (
        "True True True True mandatory lms.mail.QueuedEmailBackend django.core.mail.backends.smtp.EmailBackend "
        "smtp.example.org django.core.cache.backends.locmem.LocMemCache"
    )


def test_production_queues_tasks_in_the_database_or_in_redis_and_development_runs_them_at_once():
    code = "from django.conf import settings as s; print(s.TASKS['default']['BACKEND'])"
    production = _manage("shell", "-c", code, env_overrides=PRODUCTION_ENV, drop=("TASKS_BACKEND",))
    with_redis = _manage(
        "shell", "-c", code, env_overrides=dict(PRODUCTION_ENV, REDIS_URL="redis://127.0.0.1:6379/1"),
        drop=("TASKS_BACKEND",),
    )  # fmt: skip
    development = _manage(
        "shell", "-c", code, env_overrides=dict(PRODUCTION_ENV, DJANGO_DEBUG="1"), drop=("TASKS_BACKEND",)
    )

    assert production.stdout.strip().splitlines()[-1] == "django_tasks_db.DatabaseBackend", production.stderr
    assert with_redis.stdout.strip().splitlines()[-1] == "django_tasks_rq.RQBackend", with_redis.stderr
    assert development.stdout.strip().splitlines()[-1] == "django_tasks.backends.immediate.ImmediateBackend"


def test_redis_url_configures_the_cache():
    env = dict(PRODUCTION_ENV, REDIS_URL="redis://127.0.0.1:6379/1")

    code = "from django.conf import settings as s; print(s.CACHES['default'])"

    result = _manage("shell", "-c", code, env_overrides=env)

    assert "'BACKEND': 'django.core.cache.backends.redis.RedisCache'" in result.stdout
    assert "redis://127.0.0.1:6379/1" in result.stdout


def test_tests_run_without_debug():
    assert settings.DEBUG is False


def test_trusted_proxy_count_for_per_ip_rate_limits_comes_from_the_environment():
    env = dict(PRODUCTION_ENV, ALLAUTH_TRUSTED_PROXY_COUNT="1")
    code = "from django.conf import settings as s; print(s.ALLAUTH_TRUSTED_PROXY_COUNT)"

    result = _manage("shell", "-c", code, env_overrides=env)

    assert result.stdout.strip().splitlines()[-1] == "1", result.stderr
