"""A file's size as people read it - "6 bytes", "1.3 KB", "3 GB" - as a message field (context ``Formatting``):
a count of bytes in the billions read as a number to decipher, and a 6-byte file showed as "1 KB"."""

from __future__ import annotations

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

_UNITS = (
    (1024 ** 3, QT_TRANSLATE_NOOP("Formatting", "{count} GB")),
    (1024 ** 2, QT_TRANSLATE_NOOP("Formatting", "{count} MB")),
    (1024, QT_TRANSLATE_NOOP("Formatting", "{count} KB")),
)
ONE_BYTE = QT_TRANSLATE_NOOP("Formatting", "1 byte")
BYTES = QT_TRANSLATE_NOOP("Formatting", "{count} bytes")


def byte_size(size_bytes: int) -> DomainError:
    """Bytes under 1 KB; else the largest unit with one decimal under 10 ("1.3 KB") and whole above ("326 KB",
    "3 GB": a whole number has no ".0"). The count is an int or a float, so that Persian takes its own digits and
    decimal separator (desktop.translations.persian_field)."""
    for unit, message in _UNITS:
        if size_bytes >= unit:
            value = size_bytes / unit
            count: int | float = round(value, 1) if value < 10 else round(value)
            if isinstance(count, float) and count.is_integer():
                count = int(count)
            return DomainError("Formatting", message, {"count": count})
    return DomainError("Formatting", ONE_BYTE if size_bytes == 1 else BYTES, {"count": size_bytes})
