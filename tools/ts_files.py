"""Reading, checking and rewriting Qt Linguist `.ts` files. Stdlib only.

Shared by `tools/i18n.py` and `tests/test_translations.py`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

# `{name}`, `{count:,}`, `{0}`, and Qt's `%1`, `%L1`, `%n`.
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?:[!:][^{}]*)?\}|%L?\d+|%n")
# Latin words that may stay Latin in a Persian translation.
KEEP_LATIN = ("SHA-256", "Excel", "CMS", "PDF", "SPI", "PV", "EV", "PNG", "JPEG", "SVG")
_KEEP_LATIN = re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(word) for word in KEEP_LATIN) + r")(?![A-Za-z])")
_LATIN = re.compile(r"[A-Za-z]")
_SKIPPED_TYPES = {"obsolete", "vanished"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one entry, or one per plural form for numerus messages
    type: str  # "" (finished), "unfinished", "obsolete" or "vanished"
    numerus: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source

    @property
    def finished(self) -> bool:
        return self.type == ""

    @property
    def live(self) -> bool:
        """Still present in the sources (not obsolete or vanished)."""
        return self.type not in _SKIPPED_TYPES


def read_messages(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                translation = ET.Element("translation", type="unfinished")
            forms = translation.findall("numerusform")
            numerus = message.get("numerus") == "yes"
            texts = tuple(form.text or "" for form in forms) if numerus else (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "", texts,
                                    translation.get("type", ""), numerus))
    return messages


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def needs_translation(source: str) -> bool:
    """True when the source has Latin words beyond placeholders and the allowed names (PDF, SPI, …)."""
    return bool(_LATIN.search(_KEEP_LATIN.sub("", PLACEHOLDER.sub("", source))))


def problems(message: Message) -> list[str]:
    """What is wrong with one translated (non-English) message; empty when it is fine."""
    if not message.live:
        return []
    if not message.translations or any(not text.strip() for text in message.translations):
        return ["not translated"]
    found = [] if message.finished else ["unfinished"]
    if needs_translation(message.source) and any(text == message.source for text in message.translations):
        found.append("identical to the source")
    allowed_missing = {"%n"} if message.numerus else set()
    missing = set().union(*(placeholders(message.source) - placeholders(text) - allowed_missing
                            for text in message.translations))
    if missing:
        found.append("missing " + ", ".join(sorted(missing)))
    return found


def report(path: Path) -> list[str]:
    """One line per faulty message of a translation file."""
    return [f"[{message.context}] {message.source!r}: {'; '.join(found)}"
            for message in read_messages(path) if (found := problems(message))]


def source_keys(path: Path) -> set[tuple[str, str]]:
    return {message.key for message in read_messages(path) if message.live}


def fill_with_source(path: Path) -> int:
    """Make every live message's translation its source text, finished (for the source language).

    Returns how many messages changed.
    """
    tree = ET.parse(path)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in _SKIPPED_TYPES:
            continue
        before = ET.tostring(translation)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
            for form in forms:
                form.text = source
        else:
            translation.text = source
        changed += before != ET.tostring(translation)
    write(path, tree.getroot())
    return changed


def keep_translator_notes(path: Path, notes: set[str]) -> int:
    """Keep in ``path`` only the translator notes (``<extracomment>``) that are ``notes``; returns how many
    messages changed. lupdate reads every ``#:`` comment of the Python sources as a note for the next marked
    text, and the code also writes ``#:`` above constants (attribute documentation): those reached translators
    as notes on unrelated texts, glued before a real note when both came before one text."""
    tree = ET.parse(path)
    changed = 0
    for message in tree.getroot().iter("message"):
        for note in message.findall("extracomment"):
            text = note.text or ""
            kept = max((wanted for wanted in notes if text == wanted or text.endswith(" " + wanted)),
                       key=len, default=None)
            if kept is None:
                message.remove(note)
            elif kept != text:
                note.text = kept
            else:
                continue
            changed += 1
    write(path, tree.getroot())
    return changed


def translation_key(context: str, source: str) -> str:
    return f"{context}|{source}"


def unfinished(path: Path) -> dict[str, str | list[str]]:
    """Live messages still to translate, as {"Context|source": ""} (a list of forms for plurals)."""
    todo: dict[str, str | list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind not in ("unfinished", None) or (kind is None and (translation.text or list(translation))):
                continue
            key = translation_key(name, message.findtext("source") or "")
            todo[key] = ["", ""] if message.get("numerus") == "yes" else ""
    return todo


def fill_translations(path: Path, translations: dict[str, str | list[str]]) -> int:
    """Set (and finish) the translations named by "Context|source" keys; returns how many were set."""
    tree = ET.parse(path)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            value = translations.get(translation_key(name, message.findtext("source") or ""))
            if not value:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            changed += 1
    write(path, tree.getroot())
    return changed


def moved_translations(before: list[Message], after: list[Message]) -> dict[str, str | list[str]]:
    """The translations of texts that moved to another context (code split into a new class, say): for each
    message of ``after`` still to translate whose source text left a context where ``before`` had it translated,
    that translation - when every context it left agrees on one. A text newly used elsewhere while it stays
    where it was is not carried: its new place may want other words, so a translator looks at it."""
    live_after = {message.key for message in after if message.live}
    left: dict[str, set[tuple[str, ...]]] = {}
    for message in before:
        if message.finished and message.key not in live_after:
            left.setdefault(message.source, set()).add(message.translations)
    carried: dict[str, str | list[str]] = {}
    for message in after:
        if not message.live or message.finished:
            continue
        choices = left.get(message.source, set())
        if len(choices) == 1:
            (forms,) = choices
            carried[translation_key(*message.key)] = list(forms) if message.numerus else forms[0]
    return carried


# Written the way lupdate writes, so that `update` leaves small diffs.
_ALWAYS_OPEN = {"source", "translation", "numerusform", "comment", "extracomment", "translatorcomment",
                "oldsource", "oldcomment", "name", "TS"}


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;").replace("\xa0", "&#xa0;"))  # lupdate's form


def _serialise(element: ET.Element, depth: int, out: list[str]) -> None:
    indent = "    " * depth
    attributes = "".join(f' {name}="{_escape(value)}"' for name, value in element.attrib.items())
    children = list(element)
    if children:
        out.append(f"{indent}<{element.tag}{attributes}>\n")
        for child in children:  # lupdate does not indent the contexts inside <TS>
            _serialise(child, depth if element.tag == "TS" else depth + 1, out)
        out.append(f"{indent}</{element.tag}>\n")
    elif element.text or element.tag in _ALWAYS_OPEN:
        out.append(f"{indent}<{element.tag}{attributes}>{_escape(element.text or '')}</{element.tag}>\n")
    else:
        out.append(f"{indent}<{element.tag}{attributes}/>\n")


def write(path: Path, root: ET.Element) -> None:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n"]
    _serialise(root, 0, out)
    path.write_text("".join(out), encoding="utf-8")
