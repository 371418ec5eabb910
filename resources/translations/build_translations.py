"""Rebuild the window's translations: extract every translatable string, fill in French from
glossary_fr.py and the English plural forms, and compile both catalogues.

    python resources/translations/build_translations.py

English needs a catalogue of its own only for counts: the code writes "%Ln meeting(s)" and
the English file spells out "%Ln meeting" / "%Ln meetings". A string with no French entry
stays marked unfinished in engagetrack_fr.ts, and the tests fail on it.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
sys.path.insert(0, str(HERE))

import glossary_fr  # noqa: E402  (beside this script, not a package)


def column_headers() -> list[str]:
    """Every listing column's header: Column("key", "Header", ...) in services/queries_*.py."""
    headers: list[str] = []
    for path in sorted((ROOT / "engagetrack" / "services").glob("queries_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "Column"
                and len(node.args) > 1
                and isinstance(node.args[1], ast.Constant)
                and node.args[1].value not in headers
            ):
                headers.append(node.args[1].value)
    return headers


# contexts translated at run time from data (i18n.vocab_label, i18n.column_header): every
# vocabulary code and every column header, French or not yet
DYNAMIC: dict[str, dict[str, str | None]] = {
    "vocabulary": dict(glossary_fr.VOCABULARY),
    "columns": {h: glossary_fr.COLUMNS.get(h) for h in column_headers()},
}


def english_forms(source: str) -> tuple[str, str]:
    """ "%Ln meeting(s)" -> ("%Ln meeting", "%Ln meetings"); "entry(ies)" -> entry / entries."""
    one = re.sub(r"\((?:s|es)\)", "", source).replace("y(ies)", "y")
    many = re.sub(r"\((s|es)\)", r"\1", source).replace("y(ies)", "ies")
    return one, many


def sources() -> list[str]:
    return [str(p) for p in sorted((ROOT / "engagetrack" / "ui").rglob("*.py"))]


def extract(ts: Path, *extra: str) -> ET.ElementTree:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", *extra],
        check=True,
        capture_output=True,
    )
    return ET.parse(ts)


def fill(message: ET.Element, forms: tuple[str, ...] | None, text: str | None) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for old in list(translation):
        translation.remove(old)
    translation.text = None
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        if forms is None:
            translation.set("type", "unfinished")
            return
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    elif text is not None:
        translation.text = text
    else:
        translation.set("type", "unfinished")


def build_french() -> None:
    ts = HERE / "engagetrack_fr.ts"
    tree = extract(ts)
    root = tree.getroot()
    root.set("language", "fr_CA")
    for context in root.findall("context"):
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            text = glossary_fr.IN_CONTEXT.get((source, comment or ""))
            fill(message, glossary_fr.PLURALS.get(source), text or glossary_fr.GLOSSARY.get(source))
    for name, table in DYNAMIC.items():
        context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        for source, text in table.items():
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            fill(message, None, text)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    release(ts)


def build_english() -> None:
    ts = HERE / "engagetrack_en.ts"
    tree = extract(ts, "-pluralonly")
    root = tree.getroot()
    root.set("language", "en")
    for context in root.findall("context"):
        for message in context.findall("message"):
            fill(message, english_forms(message.findtext("source") or ""), None)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    release(ts)


def release(ts: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def main() -> None:
    build_french()
    build_english()


if __name__ == "__main__":
    main()
