"""The course tree: Home → Catalog → (Learning path | Module → Lesson).

Pages hold content. What a page shows about the current learner comes from ``courses.selectors``,
called from ``get_context`` so previews and live pages render the same way.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.http import Http404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index
from wagtail.url_routing import RouteResult

from courses import structure_cache
from courses.blocks import LessonStreamBlock, ObjectiveBlock, ReferenceBlock
from courses.fields import ChoiceListField
from courses.panels import CreditCheckPanel
from lms import versions
from lms.fragments import CSRF_MARKER, with_csrf_token


class CachedRestrictionsMixin:
    """Wagtail checks a page's view restrictions (its own and its ancestors') on every request with
    two queries. Course pages are almost never restricted, so whether a page has any restriction
    is kept in the structure cache (a restriction's save or delete, and any page move, starts a new
    generation); only a restricted page reads them from the database."""

    def get_view_restrictions(self):
        # Wagtail's own method reads the ancestors as soon as it is called: only call it when needed.
        restrictions = super().get_view_restrictions
        if structure_cache.cached("view-restricted", self.path, build=lambda: restrictions().exists()):
            return restrictions()
        return PageViewRestriction.objects.none()


class CachedBodyMixin:
    """A page whose body (its `content` block) is cached per learner, for as long as nothing it
    shows changes: the learner's progress version (`lms.versions`: every completion, attempt,
    certificate, observation or assignment of theirs bumps it in the same transaction), the course
    structure generation (any page edit, publish or move; quizzes), today's date and time zone.
    What changes with the clock alone (a completion falling due again during the day) shows within
    `BODY_TTL`.

    The body is rendered from `body_template` without the request's context processors; its forms'
    CSRF tokens are a marker that each response replaces with its own token (masked per response,
    as `{% csrf_token %}` does). The page template puts the body in the shell. Previews, signed-out
    visitors, query strings and requests that changed the learner's rows render fresh.
    """

    body_template: str
    BODY_TTL = 300  # seconds

    def body_cache_key(self, request) -> str | None:
        if getattr(request, "is_preview", False) or request.GET:
            return None
        return versions.fragment_key(
            type(self).__name__,
            request.user,
            self.pk,
            request.scheme,
            request.get_host(),
            structure_cache.generation(),
            timezone.localdate(),
            timezone.get_current_timezone_name(),
        )

    def body_status(self, context) -> int:
        return 200

    def serve(self, request, *args, **kwargs):
        key = self.body_cache_key(request)
        cached = cache.get(key) if key else None
        if cached is not None:
            body, status = cached
            context = {"page": self, "self": self, "request": request}
        else:
            context = self.get_context(request, *args, **kwargs)
            body = render_to_string(self.body_template, {**context, "user": request.user, "csrf_token": CSRF_MARKER})
            status = self.body_status(context)
            if key:
                cache.set(key, (body, status), self.BODY_TTL)
        context["body"] = with_csrf_token(body, request)
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context, status=status)

    def serve_preview(self, request, mode_name):
        # Wagtail renders a preview from get_context() alone; the page template needs the body.
        # `request.is_preview` is set, so this renders fresh and caches nothing.
        return CachedBodyMixin.serve(self, request)  # not a subclass's sign-in check: the admin has its own


class Topic(models.TextChoices):
    TRANSFERS = "transfers", "Safe transfers and body mechanics"
    EQUIPMENT = "equipment", "Therapy equipment"
    INFECTION_CONTROL = "infection-control", "Hygiene and infection control"
    ETHICS = "ethics", "Ethics, scope of practice and confidentiality"


class StateCategory(models.TextChoices):
    """Categories some state licence boards require a minimum of (e.g. Ohio: 1 hour of ethics)."""

    ETHICS = "ethics", "Ethics"
    JURISPRUDENCE = "jurisprudence", "Jurisprudence (laws and rules)"
    CULTURAL_COMPETENCE = "cultural-competence", "Cultural competence"
    MEDICAL_ERRORS = "medical-errors", "Prevention of medical errors"


class HomePage(Page):
    """The site's front page: what Occupass is and where to start."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "featured_paths",
            heading="Featured learning paths",
            label="Learning path",
            help_text="Shown on the home page. Leave empty to show every published learning path.",
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CatalogPage"]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    def route(self, request, path_components):
        """Find the page for a URL in two queries, whatever its depth.

        Wagtail's `Page.route` walks down one level at a time, two queries per level (the child by
        slug, then its specific row): eight for a lesson. Every page below the home page uses the
        standard `route`, so the walk always ends at the descendant whose `url_path` is this
        page's plus the components; look that up directly. A page type that defines its own
        `route` (a routable page) gets the standard walk.
        """
        if not path_components:
            return super().route(request, path_components)
        url_path = self.url_path + "/".join(path_components) + "/"
        # The page found for a path is structure: cached until the next page save, publish,
        # unpublish, move or privacy change (courses/structure_cache.py). A cache read instead of
        # two queries and a multi-table page instance, ~0.7 ms of every course page (issue 19).
        kind, page = structure_cache.cached("route", url_path, build=lambda: self._find_descendant(url_path))
        if kind == "missing":
            raise Http404
        if kind == "walk":
            return super().route(request, path_components)
        return RouteResult(page)

    def _find_descendant(self, url_path: str) -> tuple[str, Page | None]:
        """("page", the live specific page), ("missing", None), or ("walk", None) for a page type
        with its own `route`."""
        found = Page.objects.descendant_of(self).filter(url_path=url_path).values_list("pk", "content_type_id").first()
        if found is None:
            return "missing", None
        model = ContentType.objects.get_for_id(found[1]).model_class()
        if model is None or model.route is not Page.route:
            return "walk", None
        page = model.objects.get(pk=found[0])
        return ("page", page) if page.live else ("missing", None)

    def get_context(self, request, *args, **kwargs):
        from courses import selectors  # seam: Wagtail's get_context; selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context["featured_paths"] = selectors.home_featured_paths(home=self)
        context["catalog"] = selectors.catalog_for(home=self)
        return context


class HomePageFeaturedPath(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_paths")
    path = models.ForeignKey(
        "courses.LearningPathPage", on_delete=models.CASCADE, related_name="+", verbose_name="learning path"
    )

    panels = [FieldPanel("path")]


class CatalogPage(CachedRestrictionsMixin, CachedBodyMixin, Page):
    """Every module and learning path, filterable by topic, CE eligibility and onboarding."""

    body_template = "courses/includes/catalog_body.html"

    intro = RichTextField(blank=True, features=["bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.LearningPathPage", "courses.ModulePage"]

    class Meta:
        verbose_name = "catalog page"

    def get_context(self, request, *args, **kwargs):
        from courses import selectors  # seam: Wagtail's get_context; selectors import these models
        from courses.forms import CatalogFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = CatalogFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        modules, paths = structure_cache.cached(
            "catalog",
            self.path,
            *sorted(filters.items()),
            build=lambda: (
                list(selectors.catalog_modules(catalog=self, **filters)),
                list(selectors.catalog_paths(catalog=self)),
            ),
        )
        progress = selectors.modules_progress_for_user(user=request.user, modules=modules)
        context.update(
            filter_form=form,
            filtered=any(filters.values()),
            modules=[progress[module.pk] for module in modules],
            paths=paths,
        )
        return context


class LearningPathPage(Page):
    """An ordered set of modules that is assigned as one, e.g. new-technician onboarding."""

    summary = models.TextField(help_text="Who the path is for and what it covers, in two or three sentences.")
    due_in_days = models.PositiveSmallIntegerField(
        default=30,
        validators=[MinValueValidator(1)],
        help_text="Default time to complete the path, counted from the day it is assigned.",
    )
    renewal_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="For recurring compliance training: assign again every this many months. Leave empty if once.",
    )
    required_for_onboarding = models.BooleanField(
        default=False,
        help_text="Marks the path and its modules 'Required for onboarding' in the catalog. Who must "
        "complete it, and by when, is set by an assignment rule (Manage → Assignments).",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("due_in_days"), FieldPanel("renewal_months")], heading="Schedule"),
        FieldPanel("required_for_onboarding"),
        InlinePanel("path_modules", heading="Modules, in order", label="Module", min_num=1),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    parent_page_types = ["courses.CatalogPage"]
    subpage_types = []

    class Meta:
        verbose_name = "learning path"

    def get_context(self, request, *args, **kwargs):
        from courses import selectors  # seam: Wagtail's get_context; selectors import these models

        context = super().get_context(request, *args, **kwargs)
        modules = selectors.path_modules(path=self)
        progress = selectors.modules_progress_for_user(user=request.user, modules=modules)
        context["modules"] = [progress[module.pk] for module in modules]
        return context


class LearningPathModule(Orderable):
    path = ParentalKey(LearningPathPage, on_delete=models.CASCADE, related_name="path_modules")
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="path_memberships")

    panels = [FieldPanel("module")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["path", "module"], name="learningpathmodule_unique_path_module"),
        ]


class ModulePage(CachedRestrictionsMixin, CachedBodyMixin, Page):
    """A unit of study: an overview with credit details, and its lessons as child pages."""

    body_template = "courses/includes/module_body.html"

    topic = models.CharField(max_length=40, choices=Topic.choices)
    summary = models.TextField(help_text="What the module covers and why it matters, in plain language.")
    objectives = StreamField(
        [("objective", ObjectiveBlock())],
        min_num=1,
        verbose_name="learning objectives",
        help_text="What the learner will be able to do afterwards; three to six is typical.",
    )
    audience = models.TextField(help_text="Who the module is written for, e.g. 'New OT aides and technicians'.")
    estimated_minutes = models.PositiveSmallIntegerField(validators=[MinValueValidator(1)])

    ce_contact_hours = models.DecimalField(
        "CE contact hours",
        max_digits=4,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
    )
    provider_name = models.CharField("CE provider", max_length=200, blank=True)
    approval_number = models.CharField("provider approval number", max_length=100, blank=True)
    pdu_eligible = models.BooleanField(
        "NBCOT PDU-eligible",
        default=True,
        help_text="Untick for compliance-only training (e.g. annual infection control), which does not "
        "count toward NBCOT renewal.",
    )
    state_categories = ChoiceListField(
        item_choices=StateCategory.choices,
        verbose_name="state CE categories",
        help_text="Tick the categories this module satisfies for state licence renewal.",
    )
    category_contact_hours = models.DecimalField(
        "contact hours counted toward the categories",
        max_digits=4,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text="When only part of the module covers the ticked categories (e.g. the ethics lessons of a "
        "module that also teaches HIPAA), the hours of that part. Leave empty when the whole module does.",
    )
    renewal_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="For annual compliance modules: the learner repeats it every this many months.",
    )
    prerequisites = ParentalManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="required_by",
        help_text="Modules a learner must complete before they can open this module's lessons.",
    )
    references = StreamField([("reference", ReferenceBlock())], blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("topic"),
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldRowPanel([FieldPanel("audience"), FieldPanel("estimated_minutes")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("ce_contact_hours"), FieldPanel("pdu_eligible")]),
                FieldRowPanel([FieldPanel("provider_name"), FieldPanel("approval_number")]),
                FieldPanel("state_categories"),
                FieldPanel("category_contact_hours"),
                FieldPanel("renewal_months"),
                CreditCheckPanel(heading="Does the content support this claim?"),
            ],
            heading="Continuing-education credit",
        ),
        FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
        FieldPanel("references"),
        HelpPanel(
            content="<p>Add lessons as child pages of this module, in teaching order, and skills checklists "
            "for what an observer must sign off.</p>"
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.FilterField("topic"),
        index.FilterField("pdu_eligible"),
    ]

    parent_page_types = ["courses.CatalogPage"]
    subpage_types = ["courses.LessonPage", "courses.SkillsChecklistPage"]
    search_result_label = "Module"

    class Meta:
        verbose_name = "module"

    @property
    def compliance_only(self) -> bool:
        return not self.pdu_eligible

    def get_state_categories_display(self) -> list[str]:
        labels = dict(StateCategory.choices)
        return [labels.get(key, key) for key in self.state_categories]

    def clean(self):
        super().clean()
        if self.pk and any(module.pk == self.pk for module in self.prerequisites.all()):
            raise ValidationError({"prerequisites": "A module cannot be its own prerequisite."})
        if self.category_contact_hours is not None and self.category_contact_hours > (self.ce_contact_hours or 0):
            raise ValidationError(
                {"category_contact_hours": "The category hours cannot be more than the module's contact hours."}
            )

    def get_context(self, request, *args, **kwargs):
        from courses import selectors  # seam: Wagtail's get_context; selectors import these models

        context = super().get_context(request, *args, **kwargs)
        preview = getattr(request, "is_preview", False)
        context.update(selectors.module_overview(user=request.user, module=self, preview=preview))
        return context


class LessonPage(CachedRestrictionsMixin, CachedBodyMixin, Page):
    """One sitting's reading. Signed-in learners only; locked until the module's prerequisites are done."""

    body_template = "courses/includes/lesson_body.html"

    intro = models.TextField(help_text="One or two sentences: what this lesson is about.")
    body = StreamField(LessonStreamBlock())
    estimated_minutes = models.PositiveSmallIntegerField(default=10, validators=[MinValueValidator(1)])

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    search_result_label = "Lesson"

    class Meta:
        verbose_name = "lesson"

    def get_context(self, request, *args, **kwargs):
        from courses import selectors  # seam: Wagtail's get_context; selectors import these models

        context = super().get_context(request, *args, **kwargs)
        preview = getattr(request, "is_preview", False)
        context.update(selectors.lesson_detail(user=request.user, lesson=self, preview=preview))
        if preview:
            # Editors preview content they may not have "completed" the prerequisites for.
            context["locked_by"] = []
        return context

    def body_status(self, context) -> int:
        return 403 if context.get("locked_by") else 200

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            messages.info(request, "Sign in to read this lesson.")
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)
