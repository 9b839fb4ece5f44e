from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses.coursepackage import PackageInvalid, package_read
from quizzes.coursepackage import package_import


class Command(BaseCommand):
    help = (
        "Import a course package folder (docs/course-package.md): modules, lessons, skills checklists, "
        "questions, quizzes, images and documents. "
        "All or nothing; every problem is listed as file: item: reason. Existing pages, questions and "
        "quizzes are left as they are (an educator may have edited them) unless --overwrite."
    )

    def add_arguments(self, parser):
        parser.add_argument("package", type=Path, help="The package folder (the one holding package.toml).")
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Replace existing content with the package's (pages get a new published revision).",
        )

    def handle(self, *args, package: Path, overwrite=False, **options):
        try:
            result = package_import(package=package_read(package), overwrite=overwrite)
        except PackageInvalid as error:
            for problem in error.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{len(error.problems)} problem(s) in {package}; nothing was imported.") from None
        self.stdout.write(self.style.SUCCESS(f"Imported {package}: {result.summary()}"))
