"""The default curriculum as plain dicts, read from the course package courses/content/default.

The package's text files are the source (docs/course-package.md); this view serves code and tests
that check the curriculum as data. ``MODULES`` lists the module dicts in teaching order (each with
its lessons, and ``pass_mark`` from its module assessment); ``LEARNING_PATHS`` the
learning paths; ``CHECKLISTS`` the skills checklists, each with its ``module`` slug and its steps as
``(text, critical, (module slug, lesson slug))``. Read lazily, so importing this package costs
nothing until a name is used.
"""


def __getattr__(name):
    from courses.content import default_package  # seam: lazy (PEP 562), the package is read on first use

    package = default_package()
    if name == "MODULES":
        pass_marks = {
            quiz["module"]: quiz.get("pass_mark") for quiz in package.quizzes if quiz["kind"] == "assessment"
        }
        return [
            {
                **{key: value for key, value in module.items() if key != "checklists"},
                "pass_mark": pass_marks.get(module["slug"]),
            }
            for module in package.modules
        ]
    if name == "LEARNING_PATHS":
        return package.paths
    if name == "CHECKLISTS":
        return [
            {**checklist, "module": module["slug"], "steps": [_step(s, module["slug"]) for s in checklist["steps"]]}
            for module in package.modules
            for checklist in module["checklists"]
        ]
    raise AttributeError(name)


def _step(step: dict, module_slug: str) -> tuple[str, bool, tuple[str, str] | None]:
    if not step.get("lesson"):
        return (step["text"], step["critical"], None)
    lesson_module, _, lesson_slug = step["lesson"].rpartition("/")
    return (step["text"], step["critical"], (lesson_module or module_slug, lesson_slug))


__all__ = ["CHECKLISTS", "LEARNING_PATHS", "MODULES"]
