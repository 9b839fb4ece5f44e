"""Which uploaded evidence files are accepted: PDF, PNG or JPEG by their content, at most 5 MB.

The browser's content type and the file name are not trusted; the first bytes decide.
"""

from django.core.exceptions import ValidationError

MAX_EVIDENCE_BYTES = 5 * 1024 * 1024
SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


def sniff(head: bytes) -> str | None:
    """The content type the leading bytes prove, or None."""
    for signature, content_type in SIGNATURES:
        if head.startswith(signature):
            return content_type
    return None


def check_evidence(file) -> str:
    """Return the file's content type, or raise ValidationError saying what is wrong."""
    if file.size > MAX_EVIDENCE_BYTES:
        raise ValidationError(
            f"The file is {file.size / 1024 / 1024:.1f} MB; the limit is 5 MB. Scan at a lower resolution "
            "or save the certificate as a PDF.",
            code="too_large",
        )
    if file.size == 0:
        raise ValidationError("The file is empty.", code="empty")
    file.seek(0)
    head = file.read(16)
    file.seek(0)
    content_type = sniff(head)
    if content_type is None:
        raise ValidationError(
            "Upload the certificate as a PDF, PNG or JPEG file. This file is none of those.", code="file_type"
        )
    return content_type
