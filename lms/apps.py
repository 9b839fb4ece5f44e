from urllib.parse import urlsplit

from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

# The receivers below import models (and modules that import models) when they run: Django imports
# apps.py before any app's models are loaded, so these are AppConfig seams, not cycle dodges.


def _forget_member_roles(sender, instance, **kwargs):
    from lms.selectors import nav_roles_forget  # seam: receiver in apps.py (see above)

    nav_roles_forget(user_pk=instance.user_id)


def _forget_group_roles(sender, instance, action, reverse, pk_set, **kwargs):
    """User.groups changed from either side: drop the cached roles of every user involved."""
    from lms.models import User  # seam: receiver in apps.py (see above)
    from lms.selectors import nav_roles_forget

    if not reverse:
        if action.startswith("post_"):
            nav_roles_forget(user_pk=instance.pk)
    elif action in ("post_add", "post_remove"):
        for user_pk in pk_set:
            nav_roles_forget(user_pk=user_pk)
    elif action == "pre_clear":  # afterwards the group no longer knows its users
        for user_pk in User.objects.filter(groups=instance).values_list("pk", flat=True):
            nav_roles_forget(user_pk=user_pk)


# What the compliance matrix shows of a member, or decides by (which rule assignments apply).
MATRIX_USER_FIELDS = frozenset({"name", "email", "credential"})


def _bump_for_user(sender, instance, created, update_fields=None, raw=False, **kwargs):
    """A member's name, email or credential is in their organizations' cached compliance matrix:
    an edit starts a new version of it (lms.versions). A sign-in (last_login) or a password change
    saves other fields only and bumps nothing; a new user has no organization yet."""
    from lms import versions  # seam: receiver in apps.py (see above)

    if created or raw or (update_fields is not None and not MATRIX_USER_FIELDS & set(update_fields)):
        return
    versions.bump_users([instance.pk])


def site_from_settings(*, using="default", **kwargs) -> None:
    """Copy SITE_NAME and SITE_URL to the two places emails read them from: the Sites row (allauth:
    "Hello from …", its links) and Wagtail's default site (a page's full URL, e.g. in moderation
    notifications). Runs after every `migrate` (and test database set-up or flush), so a deployment
    never mails "example.com" or "localhost". Wagtail's default site still answers every host name
    no other site claims, so routing is unchanged."""
    from django.contrib.sites.models import Site  # seam: post_migrate receiver in apps.py (see above)
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
        # Registers the `<id:…>` path converter before any urls.py is read.
        from lms import converters  # noqa: F401

        # The navigation's cached roles (`lms.selectors.nav_roles`) follow memberships and groups.
        from lms.models import Membership, User  # seam: AppConfig.ready(), models are loaded now

        post_save.connect(_forget_member_roles, sender=Membership, dispatch_uid="lms-nav-roles-save")
        post_delete.connect(_forget_member_roles, sender=Membership, dispatch_uid="lms-nav-roles-delete")
        m2m_changed.connect(_forget_group_roles, sender=User.groups.through, dispatch_uid="lms-nav-roles-groups")
        post_migrate.connect(site_from_settings, sender=self, dispatch_uid="lms.site_from_settings")

        # Cached learner pages and the compliance matrix follow memberships, teams and
        # organizations (lms.versions).
        from lms import versions
        from lms.models import Organization, Team, TeamMembership

        post_save.connect(_bump_for_user, sender=User, dispatch_uid="lms-versions-user-fields")
        versions.watch(Membership, users=lambda m: [m.user_id], organizations=lambda m: [m.organization_id])
        versions.watch(Organization, members_of=lambda o: [o.pk])
        versions.watch(Team, members_of=lambda t: [t.organization_id])
        versions.watch(
            TeamMembership,
            users=lambda tm: Membership.objects.filter(pk=tm.membership_id).values_list("user_id", flat=True),
            organizations=lambda tm: Team.objects.filter(pk=tm.team_id).values_list("organization_id", flat=True),
        )
