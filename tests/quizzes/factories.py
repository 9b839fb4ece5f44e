"""Question-bank and quiz factories. Questions are created with their options and then snapshotted
with `question_snapshot`, exactly as every real write path does."""

import factory

from quizzes.bank import question_snapshot
from quizzes.models import Blueprint, BlueprintDomain, Option, Question, Quiz, QuizItem

# Option specs per type: (text, is_correct). Ordering options are listed in the correct order.
DEFAULT_OPTIONS = {
    "single": [("Lock the wheelchair brakes", True), ("Lift with your back", False), ("Skip the gait belt", False),
               ("Transfer toward the weaker side", False)],
    "multi": [("Gait belt", True), ("Locked brakes", True), ("Clear path", True), ("Loose footwear", False),
              ("Wet floor", False), ("Raised footrests in the way", False)],
    "truefalse": [("True", True), ("False", False)],
    "ordering": [("Explain the transfer", False), ("Lock the brakes", False), ("Apply the gait belt", False),
                 ("Stand and pivot", False)],
}  # fmt: skip


class QuestionFactory(factory.django.DjangoModelFactory):
    """A question with options and a current version.

    Every text a learner must not see before grading carries a searchable marker:
    `RATIONALE-<name>-<n>` per option and `OVERALL-<name>` for the question.
    """

    class Meta:
        model = Question
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"q{n}")
    qtype = "single"
    status = Question.Status.ACTIVE
    stem = factory.LazyAttribute(lambda o: f"<p>Stem of {o.name}?</p>")
    rationale = factory.LazyAttribute(lambda o: f"<p>OVERALL-{o.name}</p>")
    references = "Reference text"
    choose_n = factory.LazyAttribute(lambda o: 3 if o.qtype == "multi" else None)
    domain_code = ""

    @factory.post_generation
    def options(obj, create, extracted, **kwargs):
        if not create:
            return
        specs = extracted if extracted is not None else DEFAULT_OPTIONS[obj.qtype]
        Option.objects.bulk_create(
            Option(question=obj, sort_order=i, text=text, is_correct=correct, rationale=f"RATIONALE-{obj.name}-{i}")
            for i, (text, correct) in enumerate(specs)
        )

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.tags.add(*extracted)
            obj.save()

    @factory.post_generation
    def snapshot(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            question_snapshot(question=obj)


class QuizFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quiz

    title = factory.Sequence(lambda n: f"Quiz {n}")
    slug = factory.Sequence(lambda n: f"quiz-{n}")
    kind = Quiz.Kind.ASSESSMENT
    description = "Check what you learned."
    selection = Quiz.Selection.FIXED
    pass_mark = 80


class BlueprintFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Blueprint

    name = factory.Sequence(lambda n: f"Outline {n}")


def fixed_quiz(questions, **quiz_fields) -> Quiz:
    """A fixed-list quiz delivering `questions` in the given order."""
    quiz = QuizFactory(**quiz_fields)
    QuizItem.objects.bulk_create(
        QuizItem(quiz=quiz, question=question, sort_order=i) for i, question in enumerate(questions)
    )
    return quiz


def quiz_with_items(n: int, *, qtype="single", **quiz_fields) -> Quiz:
    """A fixed-list quiz of `n` new active questions of one type."""
    return fixed_quiz([QuestionFactory(qtype=qtype) for _ in range(n)], **quiz_fields)


def blueprint_with_domains(weights: dict[str, int], **fields) -> Blueprint:
    blueprint = BlueprintFactory(**fields)
    BlueprintDomain.objects.bulk_create(
        BlueprintDomain(blueprint=blueprint, code=code, name=f"Domain {code}", weight=weight, sort_order=i)
        for i, (code, weight) in enumerate(weights.items())
    )
    return blueprint
