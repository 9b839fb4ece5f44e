"""Platform core: people, clinics and their roles."""

from decimal import Decimal

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower

US_STATES = [
    ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"),
    ("CA", "California"), ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"),
    ("DC", "District of Columbia"), ("FL", "Florida"), ("GA", "Georgia"), ("HI", "Hawaii"),
    ("ID", "Idaho"), ("IL", "Illinois"), ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"),
    ("KY", "Kentucky"), ("LA", "Louisiana"), ("ME", "Maine"), ("MD", "Maryland"),
    ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"), ("MS", "Mississippi"),
    ("MO", "Missouri"), ("MT", "Montana"), ("NE", "Nebraska"), ("NV", "Nevada"),
    ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NM", "New Mexico"), ("NY", "New York"),
    ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"), ("OK", "Oklahoma"),
    ("OR", "Oregon"), ("PA", "Pennsylvania"), ("PR", "Puerto Rico"), ("RI", "Rhode Island"),
    ("SC", "South Carolina"), ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"),
    ("UT", "Utah"), ("VT", "Vermont"), ("VA", "Virginia"), ("WA", "Washington"),
    ("WV", "West Virginia"), ("WI", "Wisconsin"), ("WY", "Wyoming"),
]  # fmt: skip


class UserManager(BaseUserManager):
    """Email is the login; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not (extra_fields["is_staff"] and extra_fields["is_superuser"]):
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    class Credential(models.TextChoices):
        AIDE = "aide", "OT aide / technician"
        OTA_STUDENT = "ota_student", "OTA student"
        COTA = "cota", "COTA (certified OT assistant)"
        OTR = "otr", "OTR (registered OT)"
        OTHER = "other", "Other"

    username = None
    first_name = None
    last_name = None
    email = models.EmailField("email address", unique=True)
    name = models.CharField("full name", max_length=150, blank=True)
    credential = models.CharField(max_length=20, choices=Credential.choices, default=Credential.AIDE)
    licence_state = models.CharField(
        "licence state",
        max_length=2,
        choices=US_STATES,
        blank=True,
        help_text="The state whose licence renewal rules apply to you.",
    )
    nbcot_cycle_start = models.DateField("NBCOT cycle start", null=True, blank=True)
    nbcot_cycle_end = models.DateField("NBCOT cycle end", null=True, blank=True)
    time_multiplier = models.DecimalField(
        "accommodation time multiplier",
        max_digits=3,
        decimal_places=2,
        default=Decimal("1.00"),
        validators=[MinValueValidator(Decimal("1.00")), MaxValueValidator(Decimal("4.00"))],
        help_text="Extended time for timed exams (e.g. 1.50 = time and a half). Set by staff only.",
    )
    # Increased by every change to what this learner's pages show (lms.versions): cached fragments
    # of those pages are keyed by it.
    progress_version = models.PositiveBigIntegerField(default=0, editable=False)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        ordering = ["email"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(nbcot_cycle_end__isnull=True)
                | models.Q(nbcot_cycle_start__isnull=True)
                | models.Q(nbcot_cycle_end__gt=models.F("nbcot_cycle_start")),
                name="user_nbcot_cycle_end_after_start",
            ),
        ]

    def __str__(self):
        return self.name or self.email

    def get_full_name(self):
        return self.name or self.email

    def get_short_name(self):
        return self.name.split()[0] if self.name else self.email.split("@")[0]

    @property
    def prepares_for_exam(self) -> bool:
        """Exam prep is relevant: students and assistants heading for (or holding) NBCOT certification."""
        return self.credential in (self.Credential.OTA_STUDENT, self.Credential.COTA, self.Credential.OTR)

    @property
    def tracks_nbcot(self) -> bool:
        """NBCOT renewal applies: a certified COTA or OTR, or anyone who entered an NBCOT cycle.
        Aides and students are not NBCOT-certified, so they get no PDU goal unless they add a cycle."""
        return self.credential in (self.Credential.COTA, self.Credential.OTR) or self.nbcot_cycle_start is not None


class Organization(models.Model):
    """A clinic, hospital department or school that runs its people's training here."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Increased by every change to its people's progress, teams or assignments (lms.versions): the
    # cached compliance matrix is keyed by it.
    progress_version = models.PositiveBigIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Lower("name"), name="organization_name_ci_unique")]

    def __str__(self):
        return self.name


class Membership(models.Model):
    class Role(models.TextChoices):
        LEARNER = "learner", "Learner"
        EDUCATOR = "educator", "Educator"
        MANAGER = "manager", "Manager"

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.LEARNER)
    joined_on = models.DateField()
    is_preceptor = models.BooleanField(
        "designated preceptor",
        default=False,
        help_text="May sign skills check-offs of this clinic's people where a checklist allows preceptors.",
    )
    deactivated_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="A deactivated member keeps their records but is no longer due anything, gets no "
        "reminders and cannot use the organization.",
    )

    class Meta:
        ordering = ["organization__name", "user__email"]
        constraints = [
            models.UniqueConstraint(fields=["user", "organization"], name="membership_unique_user_org"),
        ]
        indexes = [models.Index(fields=["organization", "role"])]

    def __str__(self):
        return f"{self.user} — {self.get_role_display()} at {self.organization}"

    @property
    def is_active(self) -> bool:
        return self.deactivated_at is None


class Team(models.Model):
    """A group of an organization's members (e.g. "New starters", "Inpatient rehab") that
    training is assigned to as one. A person added later gets the team's assignments."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="teams")
    name = models.CharField(max_length=100)
    members = models.ManyToManyField(Membership, through="TeamMembership", related_name="teams", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("organization", Lower("name"), name="team_name_ci_unique_per_org"),
        ]

    def __str__(self):
        return self.name


class TeamMembership(models.Model):
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="team_memberships")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="team_memberships")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["team", "membership"]
        constraints = [
            models.UniqueConstraint(fields=["team", "membership"], name="teammembership_unique_team_membership"),
        ]

    def __str__(self):
        return f"{self.membership.user} in {self.team}"


class EmailDelivery(models.Model):
    """One outgoing email's idempotency key, claimed before the email is handed to the mail server.

    Emails leave through the task queue (`lms.mail`). A worker killed while sending, then
    restarted, runs the task again; the claimed key makes the rerun skip the send, so nobody gets
    the same email twice. The price: a crash between the claim and the mail server's answer leaves
    `sent_at` empty and that one email unsent (visible in the admin), never a duplicate.
    """

    key = models.CharField(max_length=64, unique=True)
    recipients = models.TextField()
    subject = models.CharField(max_length=300)
    claimed_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "email deliveries"

    def __str__(self):
        return f"{self.subject} → {self.recipients}"


class Invitation(models.Model):
    """An email invitation to join an organization. The link carries a random token; following it
    before `expires_at` lets the person set a password and become a member with the role, credential
    and teams the manager chose. Accepted, revoked and expired invitations stay as a record."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    name = models.CharField(max_length=150, blank=True)
    credential = models.CharField(max_length=20, choices=User.Credential.choices, default=User.Credential.AIDE)
    role = models.CharField(max_length=20, choices=Membership.Role.choices, default=Membership.Role.LEARNER)
    teams = models.ManyToManyField(Team, blank=True, related_name="invitations")
    token = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One open invitation per address and organization; answered ones are history.
            models.UniqueConstraint(
                "organization",
                Lower("email"),
                condition=models.Q(accepted_at__isnull=True, revoked_at__isnull=True),
                name="invitation_one_open_per_email",
                violation_error_message="This person already has an open invitation.",
            ),
        ]

    def __str__(self):
        return f"Invitation of {self.email} to {self.organization}"

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None

    def is_expired(self, now) -> bool:
        return self.expires_at <= now


class AuditEvent(models.Model):
    """One change a manager made to an organization's people, teams or assignments: who, when,
    what. Append-only; written by the services that make the change."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="audit_events")
    actor = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=50)
    summary = models.CharField(max_length=300)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["organization", "-created_at"])]

    def __str__(self):
        return self.summary


# Single sign-on models live in their own module of this app (lms/sso/models.py).
from lms.sso.models import IdentityProviderDomain, OrganizationIdentityProvider  # noqa: E402, F401
