"""The first pages of a PDF as pictures, for the report page's preview (pdfium, no Qt)."""

from __future__ import annotations

import io


def render_pages(pdf: bytes, pages: int = 3, dpi: int = 70) -> list[bytes]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(min(pages, len(document))):
            bitmap = document[index].render(scale=dpi / 72)
            buffer = io.BytesIO()
            bitmap.to_pil().save(buffer, format="PNG")
            images.append(buffer.getvalue())
        return images
    finally:
        document.close()
