"""Reading roles out of an identity provider's answer (plain functions, no database)."""

from lms.sso.claims import claim_values, email_domain, role_from_claims

MAPPING = {"OT-Managers": "manager", "Educators": "educator", "Staff": "learner"}


def test_role_from_claims_picks_the_strongest_mapped_role():
    extra = {"userinfo": {"groups": ["Staff", "Educators", "OT-Managers"]}}
    assert role_from_claims(extra_data=extra, claim="groups", mapping=MAPPING) == "manager"


def test_role_from_claims_matches_case_insensitively_and_ignores_unknown_values():
    extra = {"id_token": {"roles": ["educators", "Payroll"]}}
    assert role_from_claims(extra_data=extra, claim="roles", mapping=MAPPING) == "educator"


def test_role_from_claims_is_none_without_the_claim_a_match_or_a_valid_role():
    assert role_from_claims(extra_data={"userinfo": {}}, claim="groups", mapping=MAPPING) is None
    assert role_from_claims(extra_data={"groups": ["Payroll"]}, claim="groups", mapping=MAPPING) is None
    assert role_from_claims(extra_data={"groups": ["Admins"]}, claim="groups", mapping={"Admins": "superuser"}) is None
    assert role_from_claims(extra_data={"groups": ["Staff"]}, claim="", mapping=MAPPING) is None


def test_claim_values_reads_oidc_userinfo_first_then_the_id_token_then_saml_attributes():
    assert claim_values({"userinfo": {"groups": "A"}, "id_token": {"groups": ["B"]}}, "groups") == ["A"]
    assert claim_values({"userinfo": {}, "id_token": {"groups": ["B"]}}, "groups") == ["B"]
    assert claim_values({"memberOf": ["cn=x", "cn=y"]}, "memberOf") == ["cn=x", "cn=y"]
    assert claim_values({"groups": None}, "groups") == []


def test_email_domain_is_lower_case_after_the_last_at():
    assert email_domain("Ada.Ng@Riverside.TEST") == "riverside.test"
    assert email_domain("no-at-sign") == "no-at-sign"
