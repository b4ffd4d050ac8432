"""The province's emblem for the letterhead of official reports: a picture checked once, when it is chosen, and
kept in the database itself (setting ``letterhead.emblem``), so that a report printed later does not depend on
where the file was — a moved or deleted source file, another computer, a restored backup.

Only PNG and JPEG: what reportlab draws without a converter, and what a scanned or exported emblem is. The file
is read with a cap on its size and on its pixels before anything is decoded (a picture that claims a billion
pixels is refused from its header), then decoded whole, so a truncated file is refused when chosen rather than
dropped from a report later.
"""

from __future__ import annotations

import base64
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError

MAX_FILE_BYTES = 2 * 1024 * 1024  # an emblem is a small picture; a photograph or a scan of a page is not one
MIN_SIDE = 32  # px: smaller is a thumbnail that prints as a blur at the letterhead's 2.2 cm
MAX_SIDE = 4000  # px: more adds nothing at 2.2 cm and only weighs down every report
FORMATS = {"PNG": "png", "JPEG": "jpeg"}
FIELD = "emblem"


@dataclass(frozen=True)
class EmblemPicture:
    """A checked emblem, with the bytes of the file as chosen."""

    file_name: str  # the name of the file it came from, for the user's eyes (the path is not kept)
    image_format: str  # "png" or "jpeg"
    width: int
    height: int
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def to_setting(self) -> dict[str, Any]:
        return {"file": self.file_name, "format": self.image_format, "width": self.width, "height": self.height,
                "sha256": self.sha256, "data": base64.b64encode(self.data).decode("ascii")}

    @classmethod
    def from_setting(cls, value: Any) -> EmblemPicture | None:
        """The stored picture, or None when there is none or the stored value is not one (a damaged value
        leaves the letterhead without an emblem instead of failing a report)."""
        if not isinstance(value, dict):
            return None
        try:
            data = base64.b64decode(value["data"], validate=True)
            picture = cls(str(value["file"]), str(value["format"]), int(value["width"]), int(value["height"]), data)
        except (KeyError, TypeError, ValueError):
            return None
        return picture if hashlib.sha256(data).hexdigest() == value.get("sha256") else None


def _refuse(message: str, path: Path, **params: object) -> ValidationError:
    return ValidationError(FIELD, message, {"file": str(path), **params})


def read_emblem_file(path: Path) -> EmblemPicture:
    """The picture in ``path``, checked; a ValidationError naming the file and what is wrong otherwise."""
    from PIL import Image, UnidentifiedImageError

    try:
        size = path.stat().st_size
        if not path.is_file():
            raise _refuse(QT_TRANSLATE_NOOP("Validation", "{file} is not a file."), path)
        if size > MAX_FILE_BYTES:
            raise _refuse(QT_TRANSLATE_NOOP(
                "Validation", "The emblem {file} is {size} KB; an emblem may be at most {limit} KB."), path,
                size=size // 1024, limit=MAX_FILE_BYTES // 1024)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _refuse(QT_TRANSLATE_NOOP("Validation", "The emblem file {file} does not exist."), path) from None
    except OSError as error:
        raise _refuse(QT_TRANSLATE_NOOP("Validation", "The emblem file {file} could not be read ({reason})."),
                      path, reason=error.strerror or str(error)) from None
    if len(data) > MAX_FILE_BYTES:  # grew while being read
        raise _refuse(QT_TRANSLATE_NOOP(
            "Validation", "The emblem {file} is {size} KB; an emblem may be at most {limit} KB."), path,
            size=len(data) // 1024, limit=MAX_FILE_BYTES // 1024)
    not_a_picture = QT_TRANSLATE_NOOP(
        "Validation", "The emblem {file} is not a PNG or JPEG picture, or the picture is damaged.")
    try:
        with Image.open(io.BytesIO(data)) as image:  # reads the header only
            image_format = FORMATS.get(image.format or "")
            width, height = image.size
            if image_format is None:
                raise _refuse(not_a_picture, path)
            if max(width, height) > MAX_SIDE or min(width, height) < MIN_SIDE:
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Validation", "The emblem {file} is {width}×{height} pixels; each side must be between "
                                  "{least} and {most} pixels."), path,
                    width=width, height=height, least=MIN_SIDE, most=MAX_SIDE)
            image.load()  # decode it all: a truncated or damaged file is refused now, not left out of a report
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise _refuse(not_a_picture, path) from None
    return EmblemPicture(path.name, image_format, width, height, data)
