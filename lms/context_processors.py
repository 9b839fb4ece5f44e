from django.utils.functional import SimpleLazyObject

from lms import selectors


def site(request):
    """Navigation facts for base.html, computed only if the template asks (one query)."""
    user = getattr(request, "user", None)
    return {"nav_roles": SimpleLazyObject(lambda: selectors.user_roles(user=user) if user else set())}
