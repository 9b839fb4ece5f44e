"""Single sign-on per organization (allauth `socialaccount`: OpenID Connect and SAML 2.0).

An organization's identity provider is an allauth `SocialApp` plus the email domains it speaks
for. Everything here is a policy around allauth's own flows: which provider an email goes to,
who may still use a password, which organization and role a first sign-in lands in.
"""
