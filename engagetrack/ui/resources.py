"""Finding shipped resources (icons, translations, styles) from a wheel or the source tree."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


@cache
def _root() -> Path:
    package = Path(__file__).resolve().parents[1]  # the installed engagetrack package
    installed = package / "resources"  # where the wheel puts the top-level resources/
    if installed.is_dir():
        return installed
    # running from a source checkout (or an editable install): the top-level folder
    return package.parent / "resources"


def resource_path(*parts: str) -> Path:
    return _root().joinpath(*parts)


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons (SVG scales cleanly on high-DPI screens)."""
    for suffix in (".svg", ".png"):
        path = resource_path("icons", name + suffix)
        if path.is_file():
            return QIcon(str(path))
    return QIcon()
