"""Reading an identity provider's answer: plain functions, no database.

OpenID Connect logins keep `{"userinfo": {...}, "id_token": {...}}` in the social account's
`extra_data`; SAML logins keep the assertion's attributes, each a list of values.
"""

ROLE_STRENGTH = {"learner": 0, "educator": 1, "manager": 2}


def email_domain(email: str) -> str:
    return email.rpartition("@")[2].strip().lower()


def claim_values(extra_data: dict, name: str) -> list[str]:
    """Every value of claim or attribute `name`, as strings (a claim may be a string or a list)."""
    if not name or not isinstance(extra_data, dict):
        return []
    sources = [extra_data.get("userinfo"), extra_data.get("id_token"), extra_data]
    for source in sources:
        if isinstance(source, dict) and name in source:
            value = source[name]
            if value is None:
                return []
            if isinstance(value, list | tuple):
                return [str(v) for v in value]
            return [str(value)]
    return []


def role_from_claims(*, extra_data: dict, claim: str, mapping: dict) -> str | None:
    """The strongest role any of the person's claim values maps to; None if nothing maps.

    Values match exactly, then case-insensitively (Entra sends group object ids, Okta and Google
    send names whose case admins type differently in two places).
    """
    folded = {str(key).casefold(): role for key, role in (mapping or {}).items()}
    roles = set()
    for value in claim_values(extra_data, claim):
        role = mapping.get(value) if value in (mapping or {}) else folded.get(value.casefold())
        if role in ROLE_STRENGTH:
            roles.add(role)
    if not roles:
        return None
    return max(roles, key=ROLE_STRENGTH.__getitem__)
