"""The default curriculum as plain dicts, read from the course package courses/content/default.

The package's text files are the source (docs/course-package.md); this view serves code and tests
that check the curriculum as data. ``MODULES`` lists the module dicts in teaching order (each with
its lessons, and ``pass_mark`` from its module assessment); ``LEARNING_PATHS`` the learning paths.
Read lazily, so importing this package costs nothing until a name is used.
"""


def __getattr__(name):
    from courses.content import default_package  # seam: lazy (PEP 562), the package is read on first use

    package = default_package()
    if name == "MODULES":
        pass_marks = {
            quiz["module"]: quiz.get("pass_mark") for quiz in package.quizzes if quiz["kind"] == "assessment"
        }
        return [{**module, "pass_mark": pass_marks.get(module["slug"])} for module in package.modules]
    if name == "LEARNING_PATHS":
        return package.paths
    raise AttributeError(name)


__all__ = ["LEARNING_PATHS", "MODULES"]
