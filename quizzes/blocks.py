"""What the quiz layer supplies to the lesson's knowledge-check block (`courses.blocks`).

The block itself is defined by courses, which stores a quiz slug; these two functions fill its
seams (`courses.seams`, wired in `QuizzesConfig.ready()`). `knowledge_check_choices` keeps its
dotted path because the historical migration `courses/0005_lesson_knowledge_check` names it.
"""


def knowledge_check_choices():
    """Published knowledge-check quizzes, for the editor's dropdown (evaluated when the form renders)."""
    # Seam: courses/0005 imports this module while models load, before quizzes.models can be imported.
    from quizzes.models import Quiz

    return list(
        Quiz.objects.filter(kind=Quiz.Kind.KNOWLEDGE_CHECK, is_published=True)
        .order_by("title")
        .values_list("slug", "title")
    )


def knowledge_check_context(*, slug: str) -> dict:
    """The quiz and its questions (as versions learners see now) for one embedded knowledge check."""
    # Seam: imported by the migration above; quizzes.selectors imports models and services.
    from quizzes import selectors

    quiz = selectors.knowledge_check_quiz(slug=slug)
    return {"quiz": quiz, "questions": selectors.knowledge_check_questions(quiz=quiz) if quiz else []}
