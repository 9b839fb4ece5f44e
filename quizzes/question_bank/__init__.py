"""The default question bank as plain dicts, read from the course package courses/content/default.

The package's `questions.toml` files are the source (docs/course-package.md). Each item: key,
module (module slug), type (single|multi|truefalse|ordering), stem (HTML), options [{text, correct,
rationale}], choose_n, rationale, references [str], tags [str], difficulty 1-3, domain
("D1"/"D2"/"D3"/None), nbcot_style. `QUESTIONS` holds them all, in the modules' teaching order.
"""


def __getattr__(name):
    from courses.content import default_package  # seam: lazy (PEP 562), the package is read on first use

    if name == "QUESTIONS":
        return default_package().questions
    raise AttributeError(name)


__all__ = ["QUESTIONS"]
