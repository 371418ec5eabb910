"""The French catalogue holds every message the code below the window can show, and no more.

Every literal passed to `t()`, `t_in()` or `deferred()` in engagetrack/ (the window has its
own catalogue) must have a French entry with the same placeholders; an entry no code uses
is a leftover.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

from engagetrack.domain.messages_fr import FRENCH

PACKAGE = Path(__file__).resolve().parents[3] / "engagetrack"
# function -> index of the text argument (`tr`: a writer's own language, as the Summary's)
CALLS = {"t": 0, "deferred": 0, "tr": 0, "t_in": 1}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def used_texts() -> dict[str, str]:
    """English text -> where it is first used."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            index = CALLS.get(_name(node.func) or "")
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_message_has_its_french() -> None:
    missing = {text: where for text, where in used_texts().items() if text not in FRENCH}
    assert not missing, "\n".join(f"{where}: {text!r}" for text, where in missing.items())


def test_placeholders_agree() -> None:
    wrong = [text for text, french in FRENCH.items() if placeholders(text) != placeholders(french)]
    assert not wrong


def test_no_leftover_entries() -> None:
    used = used_texts()
    assert sorted(set(FRENCH) - set(used)) == []


def test_scan_sees_the_messages() -> None:
    # the scan itself works: a message known to be in the code is found
    assert "{label} is required." in used_texts()
