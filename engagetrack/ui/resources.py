"""Finding shipped resources (icons, translations, styles) from a wheel or the source tree."""

from __future__ import annotations

from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

from PySide6.QtGui import QIcon


@cache
def _root() -> Path:
    try:
        root = Path(str(importlib_resources.files("engagetrack.resources")))
        if root.is_dir():
            return root
    except (ModuleNotFoundError, TypeError):
        pass
    # running from a source checkout without installing
    return Path(__file__).resolve().parents[2] / "resources"


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
