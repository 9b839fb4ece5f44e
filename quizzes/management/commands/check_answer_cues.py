from collections import defaultdict

from django.core.management.base import BaseCommand, CommandError

from courses.models import LessonPage
from quizzes.models import Question
from quizzes.validation import CueItem, bank_cue_problems


class Command(BaseCommand):
    help = (
        "Check the active question bank for answer cues a test-wise learner could use: the key being the "
        "longest option more often than chance, and keys stored at skewed positions. Reports each module's "
        "questions (by their teaching lesson) and the whole bank."
    )

    def add_arguments(self, parser):
        parser.add_argument("--fail", action="store_true", help="Exit with an error when a cue is found (for CI).")

    def handle(self, *args, fail=False, **options):
        questions = Question.objects.filter(status=Question.Status.ACTIVE).prefetch_related("options").order_by("pk")
        lesson_modules = {
            lesson.pk: lesson.get_parent().title
            for lesson in LessonPage.objects.filter(pk__in=questions.values("lesson_id"))
        }
        groups: dict[str, list[CueItem]] = defaultdict(list)
        everything = []
        for question in questions:
            options = sorted(question.options.all(), key=lambda option: option.sort_order)
            item = CueItem(
                key=question.key or question.name,
                qtype=question.qtype,
                lengths=tuple(len(option.text) for option in options),
                correct=tuple(option.is_correct for option in options),
            )
            everything.append(item)
            groups[lesson_modules.get(question.lesson_id, "Questions without a teaching lesson")].append(item)
        problems = []
        for label, items in sorted(groups.items()):
            found = bank_cue_problems(items, label=label)
            problems += found
            self.stdout.write(f"{label}: {len(items)} questions, " + (f"{len(found)} cue(s)" if found else "no cues"))
        found = bank_cue_problems(everything, label="Whole bank")
        problems += found
        self.stdout.write(
            f"Whole bank: {len(everything)} questions, " + (f"{len(found)} cue(s)" if found else "no cues")
        )
        for problem in problems:
            self.stdout.write(f"- {problem}")
        if problems and fail:
            raise CommandError(f"{len(problems)} answer cue(s) found.")
