from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses.coursepackage import package_write
from quizzes.coursepackage import package_export


class Command(BaseCommand):
    help = (
        "Export modules as a course package folder (docs/course-package.md) that import_course reads on "
        "any Occupass instance. Without --module, exports every module, the whole bank and every quiz."
    )

    def add_arguments(self, parser):
        parser.add_argument("target", type=Path, help="A new (or empty) folder to write the package into.")
        parser.add_argument(
            "--module", action="append", dest="modules", metavar="SLUG", help="A module slug; repeat for more."
        )
        parser.add_argument("--name", default=None, help="The package's name (default: the folder's name).")

    def handle(self, *args, target: Path, modules=None, name=None, **options):
        try:
            package = package_export(module_slugs=modules, name=name or target.name)
            written = package_write(package, target)
        except (ValueError, FileExistsError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {len(written)} files to {target}: {len(package.modules)} modules, "
                f"{sum(len(module['checklists']) for module in package.modules)} skills checklists, "
                f"{len(package.questions)} questions, {len(package.quizzes)} quizzes, "
                f"{len(package.media)} media files."
            )
        )
