"""Fixtures for the report tests: one demo province (reports only read it), and reading PDFs back."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.clock import FixedClock
from desktop.store.database import Database, open_database
from tests.demo_support import DEMO_AS_OF, copy_demo

TODAY = DEMO_AS_OF  # 2 Azar 1405 (2026-11-23)


@pytest.fixture(scope="session")
def demo_database(demo_province: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo province (generated once per run, tests/conftest.py), the report tests' own copy of it."""
    database = open_database(copy_demo(demo_province, tmp_path_factory.mktemp("reports-demo") / "demo"))
    yield database
    database.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


def drawn_lines(pdf: Path | bytes, page: int = 0) -> list[tuple[float, float, str]]:
    """Every line of text as it was drawn on the page — glyphs left to right, as the eye meets them — with
    the x of its left edge and its baseline, top line first. Presentation forms are kept (NFKC undoes them).

    pdfminer reads the glyphs and their positions; it does not reorder right-to-left text as other
    extractors do, so a line drawn reversed or out of order shows here as it is."""
    import io

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar

    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf)
    chars: dict[float, list[tuple[float, str]]] = defaultdict(list)

    def walk(item) -> None:
        if isinstance(item, LTChar):
            chars[round(item.matrix[5], 1)].append((item.matrix[4], item.get_text()))
        elif hasattr(item, "__iter__"):
            for child in item:
                walk(child)

    for number, layout in enumerate(extract_pages(source)):
        if number == page:
            walk(layout)
            break
    lines = []
    for baseline in sorted(chars, reverse=True):
        glyphs = sorted(chars[baseline])
        # glyphs far apart on one baseline belong to different cells: split them into runs
        runs: list[list[tuple[float, str]]] = [[glyphs[0]]]
        for glyph in glyphs[1:]:
            if glyph[0] - runs[-1][-1][0] > 40:
                runs.append([])
            runs[-1].append(glyph)
        lines.extend((run[0][0], baseline, "".join(text for _, text in run)) for run in runs)
    return lines


def plain(text: str) -> str:
    """Presentation forms back to letters (what a reader recognises), spaces kept; the direction marks some
    glyphs carry in their text for the extractors (pdf_text.py) dropped: they are never drawn."""
    return unicodedata.normalize("NFKC", text).translate(_NO_MARKS)


_NO_MARKS = str.maketrans("", "", "\u200e\u200f\u061c")


def rtl_visual(*tokens: str) -> str:
    """The visual (left-to-right) form of a right-to-left line, written by hand: the tokens in the order they
    stand on the page from left to right, Persian words spelled backwards (as the glyphs stand)."""
    return " ".join(tokens)


def backwards(word: str) -> str:
    return word.replace("\u200c", "")[::-1]


def blank_pages(pdf: bytes) -> list[int]:
    """Numbers (from 1) of the pages with nothing drawn inside the body frame — only the running header and
    footer, or nothing at all. Rendered with PDFium, so text, tables, pictures and vector drawing all count."""
    import numpy as np
    import pypdfium2 as pdfium

    from desktop.reports.pdf_writer import MARGIN

    document = pdfium.PdfDocument(pdf)
    blank = []
    try:
        for number in range(len(document)):
            page = document[number]
            scale = 0.5
            image = np.asarray(page.render(scale=scale, grayscale=True).to_pil().convert("L"))
            inset = int(MARGIN * scale) + 2  # the header stands above the frame, the footer below it
            body = image[inset:-inset, inset:-inset]
            if not (body < 200).any():
                blank.append(number + 1)
    finally:
        document.close()
    return blank
