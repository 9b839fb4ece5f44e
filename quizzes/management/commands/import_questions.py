from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quizzes.importers import PARSERS, parse_file
from quizzes.importing import questions_import
from quizzes.models import Question


class Command(BaseCommand):
    help = (
        "Import questions from a Moodle GIFT, Moodle XML or Occupass CSV file. By default a file with "
        "any unsupported or invalid item imports nothing; the command exits non-zero whenever an item "
        "was refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--format", choices=sorted(PARSERS), help="Default: from the file's extension.")
        parser.add_argument("--dry-run", action="store_true", help="Report what would be created; save nothing.")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Import the valid items and list the refused ones."
        )
        parser.add_argument(
            "--status",
            choices=Question.Status.values,
            default=Question.Status.DRAFT,
            help="Status for the imported questions (default: draft).",
        )

    def handle(self, *args, path, format, dry_run, skip_invalid, status, **options):
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        report = questions_import(
            result=parse_file(path, format), status=status, dry_run=dry_run, skip_invalid=skip_invalid
        )
        for line in report.lines():
            self.stdout.write(line)
        if report.issues:
            raise CommandError(f"{path}: {len(report.issues)} item(s) refused. {report.summary()}")
