"""StreamField blocks the quiz app offers to lesson pages."""

from wagtail import blocks


def knowledge_check_choices():
    """Published knowledge-check quizzes, for the editor's dropdown (evaluated when the form renders)."""
    from quizzes.models import Quiz

    return list(
        Quiz.objects.filter(kind=Quiz.Kind.KNOWLEDGE_CHECK, is_published=True)
        .order_by("title")
        .values_list("slug", "title")
    )


class KnowledgeCheckBlock(blocks.StructBlock):
    """A few bank questions inside a lesson, with immediate feedback and rationales.

    Answers are checked by `quizzes:knowledge-check`, recorded as an ungraded attempt, and count
    toward nothing. The page carries no answer key: feedback comes back from the server.
    """

    heading = blocks.CharBlock(required=False, default="Check your understanding", max_length=120)
    quiz = blocks.ChoiceBlock(
        choices=knowledge_check_choices,
        help_text="A quiz of kind “Inline knowledge check”. Its questions appear here in its order.",
    )

    class Meta:
        icon = "help"
        label = "Knowledge check"
        template = "quizzes/blocks/knowledge_check.html"
        description = "Questions from the bank with immediate feedback (not graded)"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        from quizzes import selectors  # lesson pages import these blocks while models load

        quiz = selectors.knowledge_check_quiz(slug=value.get("quiz") or "")
        context["quiz"] = quiz
        context["questions"] = selectors.knowledge_check_questions(quiz=quiz) if quiz else []
        return context
