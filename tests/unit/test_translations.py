"""The window's French catalogue is complete and current, and says what the English says.

A string added to the window without rebuilding the catalogue (build_translations.py), or left
without French, or whose French lost a placeholder, fails here before any user sees it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
FRENCH = FOLDER / "engagetrack_fr.ts"
ENGLISH = FOLDER / "engagetrack_en.ts"
PLACEHOLDER = re.compile(r"%L?n|%\d")


def messages(ts: Path) -> list[ET.Element]:
    return [m for c in ET.parse(ts).getroot().findall("context") for m in c.findall("message")]


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("ts", [FRENCH, ENGLISH], ids=["fr", "en"])
def test_no_message_is_unfinished_or_empty(ts: Path) -> None:
    left = [
        m.findtext("source")
        for m in messages(ts)
        if (m.find("translation") is not None and m.find("translation").get("type"))  # type: ignore[union-attr]
        or not all(text.strip() for text in translations(m))
        or (m.get("numerus") == "yes" and len(translations(m)) != 2)
    ]
    assert not left, f"{len(left)} unfinished in {ts.name}: {left[:10]}"


@pytest.mark.parametrize("ts", [FRENCH, ENGLISH], ids=["fr", "en"])
def test_every_translation_keeps_the_placeholders_and_accelerators(ts: Path) -> None:
    wrong = []
    for m in messages(ts):
        source = m.findtext("source") or ""
        for text in translations(m):
            if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                wrong.append((source, text, "placeholders"))
            # an accelerator in the English is one in the French (and none where none is)
            if (source.count("&") - source.count("&&") - len(re.findall(r"&\w+;", source))) != (
                text.count("&") - text.count("&&") - len(re.findall(r"&\w+;", text))
            ):
                wrong.append((source, text, "accelerator"))
    assert not wrong, wrong[:10]


def test_the_catalogue_holds_every_string_the_window_has(tmp_path: Path) -> None:
    """Extract again from the code as it is: the committed catalogue lacks nothing."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    root = FOLDER.parents[1]
    sources = sorted(str(p) for p in (root / "engagetrack" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete"],
        check=True,
        capture_output=True,
    )

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in ET.parse(ts).getroot().findall("context")
            for m in c.findall("message")
        }

    missing = keys(fresh) - keys(FRENCH)
    assert not missing, (
        "strings of the window missing from engagetrack_fr.ts (run"
        f" resources/translations/build_translations.py): {sorted(missing)[:10]}"
    )


def test_the_compiled_catalogues_are_current(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    for ts in (FRENCH, ENGLISH):
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name}: rebuild"
