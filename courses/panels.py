"""Admin panels for course pages."""

from wagtail.admin.panels import Panel


class CreditCheckPanel(Panel):
    """On a module's edit page: does the content support the minutes and contact hours it claims?

    Measures the saved lessons and assessments (`courses.selectors.module_content_time`) and warns
    the educator, with the rates used, when the claim is larger. Saving is not blocked: an educator
    may be mid-way through writing the content that will support the claim.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/credit_check_panel.html"

        def get_context_data(self, parent_context=None):
            # seam: Wagtail renders panels after loading; courses.models imports this panel
            # and selectors import courses.models.
            from courses import credit_check, selectors

            context = super().get_context_data(parent_context)
            module = self.instance
            context["is_new"] = module.pk is None
            if module.pk is not None:
                content = selectors.module_content_time(module=module)
                context["content"] = content
                context["problems"] = credit_check.claim_problems(
                    claimed_minutes=module.estimated_minutes or 0,
                    claimed_contact_hours=module.ce_contact_hours or 0,
                    content=content,
                )
            context["rates"] = (
                f"{credit_check.READING_WORDS_PER_MINUTE} words a minute for reading, "
                f"{credit_check.MINUTES_PER_ITEM} minutes per assessment or knowledge-check item, video at its "
                f"length (or its transcript at {credit_check.SPEAKING_WORDS_PER_MINUTE} words a minute), "
                "60 minutes per contact hour in quarter hours"
            )
            return context
