"""Occupass settings, read from the environment (twelve-factor).

Every value a deployment changes comes from an environment variable; `make run` writes a dev
`.env` beside manage.py so the default path needs no typing. See README "Configuration".
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# Real environment variables win over the file; DJANGO_ENV_FILE points elsewhere (or at nothing).
ENV_FILE = Path(env("DJANGO_ENV_FILE", default=str(BASE_DIR / ".env")))
if ENV_FILE.is_file():
    env.read_env(ENV_FILE, overwrite=False)

# ---------------------------------------------------------------------------------------------
# Core
# ---------------------------------------------------------------------------------------------
DEBUG = env.bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off. "
            "Set it in the environment (or use `make run`, which writes a dev .env)."
        )
    SECRET_KEY = "django-insecure-dev-only-key-never-use-in-production"

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

SITE_ID = 1
# The name and address every email uses (allauth's through the Sites row, which `lms.apps` sets
# from these after each migrate; Wagtail's through WAGTAILADMIN_BASE_URL; ours directly).
SITE_NAME = env("SITE_NAME", default="Occupass")
SITE_URL = env("SITE_URL", default="http://localhost:8000").rstrip("/")
ROOT_URLCONF = "lms.urls"
WSGI_APPLICATION = "lms.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "lms.User"

INSTALLED_APPS = [
    # Content types and auth come first so that test databases restore their rows before any
    # model whose post_save handlers (e.g. the Wagtail search index) look content types up.
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "lms",
    "courses",
    "quizzes",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Single sign-on per organization (lms/sso): OpenID Connect (Entra ID, Google, Okta) and SAML 2.0
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    "allauth.socialaccount.providers.saml",
    # Django
    "django.contrib.admin",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
    "csp",
    # LTI 1.3 tool (django-lti's registrations, keys and launch records; ours in quizzes.lti)
    "lti_tool",
    "quizzes.lti",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "lms.middleware.reject_nul_in_path",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise (which serves static files pre-compressed and returns before this runs) and
    # before everything that writes the body. Django's GZip adds random bytes per response against
    # BREACH, and CSRF tokens are masked per request (docs/deploy.md, "Compression").
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lms.middleware.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "courses.middleware.CachedSiteMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lms.context_processors.site",
            ],
        },
    },
]

# ---------------------------------------------------------------------------------------------
# Databases and cache
# ---------------------------------------------------------------------------------------------
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the dev server and a tasks worker share the file. IMMEDIATE
    # transactions take the write lock when they begin, so a writer waits its turn (up to the
    # timeout) instead of failing with "database is locked" when it upgrades a stale read snapshot.
    # The page cache (20 MB), memory map (128 MB) and in-memory temporary tables are per
    # connection, so they pay off now that connections persist (below).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-20000; "
            "PRAGMA mmap_size=134217728; PRAGMA temp_store=MEMORY;",
        }
    )
# Persistent connections on both databases: reopening SQLite on every request (schema parse,
# PRAGMAs, WAL checkpoint on close) was half the cost of a signed-in page (issue 19).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

_cache_url = env("CACHE_URL", default="") or env("REDIS_URL", default="")
CACHES = {
    "default": environ.Env.cache_url_config(_cache_url)
    if _cache_url
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "occupass"}
}

# ---------------------------------------------------------------------------------------------
# Authentication (django-allauth)
# ---------------------------------------------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    # First: refuses any password for an address whose organization signs in through SSO.
    "lms.sso.backends.PasswordSignInGuard",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "lms:dashboard"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="optional" if DEBUG else "mandatory")
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{SITE_NAME}] "
ACCOUNT_ADAPTER = "lms.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "lms.forms.SignupForm"
# allauth's defaults already rate-limit login failures, sign-ups and resets; stated here so they
# are visible and tunable.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
# The admins' own login and password-reset forms skip allauth (no second factor, no rate limit).
# Their login URLs (/admin/login/, /django-admin/login/, /_util/login/) are replaced by redirects
# to allauth (lms/auth.py), so WAGTAILADMIN_LOGIN_URL can keep its default; resets go through
# allauth's.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAIL_PASSWORD_RESET_ENABLED = False
# Per-IP rate limits need the client's address: the number of reverse proxies in front of
# gunicorn whose X-Forwarded-For may be trusted (1 behind the nginx of docs/deploy.md).
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("ALLAUTH_TRUSTED_PROXY_COUNT", default=0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Occupass"
# Single sign-on (lms/sso, README "Single sign-on"): providers are configured per organization in
# the admin (SocialApp + organization identity provider), never here. The sign-in form routes SSO
# domains to their provider; the social-account adapter applies the organization's policy.
ACCOUNT_FORMS = {
    "login": "lms.sso.forms.LoginForm",
    "signup": "lms.sso.forms.SignupForm",
    "reset_password": "lms.sso.forms.ResetPasswordForm",
}
SOCIALACCOUNT_ADAPTER = "lms.sso.adapter.SocialAccountAdapter"
SOCIALACCOUNT_AUTO_SIGNUP = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_STORE_TOKENS = False
SOCIALACCOUNT_REQUESTS_TIMEOUT = 10

# ---------------------------------------------------------------------------------------------
# Email: console in development, SMTP (or any backend) from EMAIL_URL in production.
# ---------------------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Occupass <noreply@occupass.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
_email = env.email_url("EMAIL_URL", default="consolemail://" if DEBUG else "smtp://localhost:25")
# Every email is queued (`lms.mail`) and sent by the worker through EMAIL_DELIVERY_BACKEND, so no
# request waits for the mail server.
EMAIL_BACKEND = "lms.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = env("EMAIL_DELIVERY_BACKEND", default=_email["EMAIL_BACKEND"])
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", default=str(BASE_DIR / "sent-emails"))
EMAIL_HOST = _email.get("EMAIL_HOST", "")
EMAIL_PORT = _email.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)

# ---------------------------------------------------------------------------------------------
# Internationalization
# ---------------------------------------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = env("DJANGO_TIME_ZONE", default="America/New_York")
USE_I18N = True
USE_TZ = True

# ---------------------------------------------------------------------------------------------
# Static and media files
# ---------------------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Learner evidence (uploaded CE certificates) is never served by URL, only through a view that
# checks the owner; it lives outside MEDIA_ROOT.
PRIVATE_MEDIA_ROOT = Path(env("DJANGO_PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "private_media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files in production (needs collectstatic); plain files in development
        # and tests.
        "BACKEND": env(
            "DJANGO_STATICFILES_BACKEND",
            default="django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage",
        )
    },
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# ---------------------------------------------------------------------------------------------
# Security: safe by default; HTTPS settings on whenever DEBUG is off.
# ---------------------------------------------------------------------------------------------
# Sessions are read from the cache and written through to the database: one query fewer on every
# signed-in request, and nobody is signed out when the cache is flushed.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie
X_FRAME_OPTIONS = "DENY"  # Wagtail marks its preview views SAMEORIGIN itself
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=True)
    SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    # /healthz is polled by load balancers over plain HTTP on the private network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Content-Security-Policy (django-csp): our pages load scripts, styles, fonts and images from this
# site only (htmx is vendored in static/), no inline script or style, and frames only from the video
# hosts lessons embed. The Wagtail and Django admins need inline scripts and styles; they get the
# looser ADMIN_CSP_UPDATE and ADMIN_CSP_REPLACE (lms/middleware.py). See README "Security headers".
from csp.constants import NONE, SELF  # noqa: E402

CSP_FRAME_SOURCES = env.list(
    "DJANGO_CSP_FRAME_SRC",
    default=["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF, *CSP_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
ADMIN_CSP_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_CSP_UPDATE = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}
# Wagtail's preview shows the page being edited in a same-origin frame.
ADMIN_CSP_REPLACE = {"frame-ancestors": [SELF]}

# ---------------------------------------------------------------------------------------------
# Background tasks (Django Tasks API via django-tasks)
# ---------------------------------------------------------------------------------------------
INVITATION_EXPIRY_DAYS = env.int("INVITATION_EXPIRY_DAYS", default=14)
# Production queues tasks for a worker process (`manage.py run_worker`): in the database by default,
# in Redis through RQ when REDIS_URL is set. Development runs each task at once, in the request.
# TASKS_BACKEND overrides the choice (the tests set the immediate backend).
_redis_url = env("REDIS_URL", default="")
TASKS_BACKEND = env(
    "TASKS_BACKEND",
    default="django_tasks.backends.immediate.ImmediateBackend"
    if DEBUG
    else ("django_tasks_rq.RQBackend" if _redis_url else "django_tasks_db.DatabaseBackend"),
)
TASKS = {"default": {"BACKEND": TASKS_BACKEND}}
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]  # the database queue's table, whichever is in use
if TASKS_BACKEND.startswith("django_tasks_rq"):
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    RQ_QUEUES = {"default": {"URL": _redis_url, "DEFAULT_TIMEOUT": 600}}

# ---------------------------------------------------------------------------------------------
# xAPI statements out to a Learning Record Store (quizzes/xapi; off while XAPI_LRS_URL is unset)
# ---------------------------------------------------------------------------------------------
XAPI_LRS_URL = env("XAPI_LRS_URL", default="").rstrip("/")  # the LRS endpoint, e.g. https://lrs.example/xAPI
XAPI_LRS_USERNAME = env("XAPI_LRS_USERNAME", default="")
XAPI_LRS_PASSWORD = env("XAPI_LRS_PASSWORD", default="")
XAPI_TIMEOUT_SECONDS = env.float("XAPI_TIMEOUT_SECONDS", default=5.0)
XAPI_MAX_TRIES = env.int("XAPI_MAX_TRIES", default=8)
# Question stems and option text in "answered" statements (off: the bank stays in Occupass).
XAPI_QUESTION_TEXT = env.bool("XAPI_QUESTION_TEXT", default=False)

# ---------------------------------------------------------------------------------------------
# LTI 1.3 tool (quizzes/lti, README "LTI 1.3")
# ---------------------------------------------------------------------------------------------
# pylti1p3 keeps OIDC nonces and launch data in this cache: use a shared one (CACHE_URL/REDIS_URL)
# when more than one process serves requests. Grade passback is retried this many times.
LTI_SCORE_RETRIES = env.int("LTI_SCORE_RETRIES", default=6)

# ---------------------------------------------------------------------------------------------
# Wagtail
# ---------------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = SITE_NAME
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default=SITE_URL)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True

# ---------------------------------------------------------------------------------------------
# Logging: to stderr; the platform collects it.
# ---------------------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="WARNING")},
}
