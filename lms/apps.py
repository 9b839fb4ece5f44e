from django.apps import AppConfig
from django.db.models.signals import post_migrate


def site_from_settings(*, using="default", **kwargs) -> None:
    """Copy SITE_NAME and SITE_URL to the two places emails read them from: the Sites row (allauth:
    "Hello from …", its links) and Wagtail's default site (a page's full URL, e.g. in moderation
    notifications). Runs after every `migrate` (and test database set-up or flush), so a deployment
    never mails "example.com" or "localhost". Wagtail's default site still answers every host name
    no other site claims, so routing is unchanged."""
    from urllib.parse import urlsplit

    from django.conf import settings
    from django.contrib.sites.models import Site
    from wagtail.models import Site as WagtailSite

    url = urlsplit(settings.SITE_URL)
    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID, defaults={"domain": url.netloc, "name": settings.SITE_NAME}
    )
    Site.objects.clear_cache()
    default = WagtailSite.objects.using(using).filter(is_default_site=True).first()
    if default is not None:
        default.hostname = url.hostname or "localhost"
        default.port = url.port or (443 if url.scheme == "https" else 80)
        default.site_name = settings.SITE_NAME
        default.save(update_fields=["hostname", "port", "site_name"])
        WagtailSite.clear_site_root_paths_cache()


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = "Occupass platform"

    def ready(self):
        post_migrate.connect(site_from_settings, sender=self, dispatch_uid="lms.site_from_settings")
