from pathlib import Path

from django.core.management.base import BaseCommand

from quizzes.importing import EXPORT_FORMATS, questions_export
from quizzes.models import Question

LIMITS = {
    "gift": "GIFT cannot hold ordering questions",
    "moodlexml": "Moodle XML cannot hold ordering questions",
    "aiken": "Aiken holds only single-answer questions",
}


class Command(BaseCommand):
    help = (
        "Export the question bank as Moodle GIFT, Moodle XML, Aiken or Occupass CSV (to stdout, or to a file with -o)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=EXPORT_FORMATS, default="gift")
        parser.add_argument("--status", choices=Question.Status.values, help="Only questions with this status.")
        parser.add_argument("-o", "--output", type=Path, help="File to write; default: standard output.")

    def handle(self, *args, format, status, output, **options):
        export = questions_export(fmt=format, status=status)
        if output:
            output.write_text(export.text, encoding="utf-8")
            self.stderr.write(f"Wrote {export.count} question(s) to {output}.")
        else:
            self.stdout.write(export.text, ending="")
        for warning in export.warnings:
            self.stderr.write(f"Warning: {warning}.")
        if export.skipped:
            self.stderr.write(
                f"{LIMITS[format]}; left out {len(export.skipped)}: "
                + ", ".join(export.skipped)
                + ". Export as CSV to keep them."
            )
