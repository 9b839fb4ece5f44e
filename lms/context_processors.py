from django.utils.functional import SimpleLazyObject

from lms import selectors


def site(request):
    """Navigation facts for base.html, computed only if the template asks, and cached per user
    (`selectors.nav_roles`), so the menu costs a cache read rather than a query."""
    user = getattr(request, "user", None)
    return {"nav_roles": SimpleLazyObject(lambda: selectors.nav_roles(user=user) if user else frozenset())}
