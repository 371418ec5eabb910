"""What the window remembers between runs (QSettings): its geometry, the tab shown, each
tab's splitters and table columns, and the recently opened registers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView, QWidget

MAX_RECENT = 8
DEFAULT_SIZE = (1400, 880)


def restore_window(window: QMainWindow, tab_names: Sequence[str]) -> str | None:
    """Geometry and toolbars as left; the name of the tab shown last, if it still exists."""
    settings = QSettings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    last = settings.value("window/tab", "Dashboard")
    return last if isinstance(last, str) and last in tab_names else None


def restore_view(name: str, view: QWidget) -> None:
    """A tab's named splitters and table headers as the user left them."""
    settings = QSettings()
    for splitter in view.findChildren(QSplitter):
        value = settings.value(f"views/{name}/splitter/{splitter.objectName()}")
        if splitter.objectName() and isinstance(value, QByteArray):
            splitter.restoreState(value)
    for table in view.findChildren(QTableView):
        value = settings.value(f"views/{name}/table/{table.objectName()}")
        if table.objectName() and isinstance(value, QByteArray):
            table.horizontalHeader().restoreState(value)


def save_window(window: QMainWindow, current_tab: str, views: Mapping[str, QWidget]) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/tab", current_tab)
    for name, view in views.items():
        for splitter in view.findChildren(QSplitter):
            if splitter.objectName():
                settings.setValue(
                    f"views/{name}/splitter/{splitter.objectName()}", splitter.saveState()
                )
        for table in view.findChildren(QTableView):
            if table.objectName():
                settings.setValue(
                    f"views/{name}/table/{table.objectName()}",
                    table.horizontalHeader().saveState(),
                )


def recent_files() -> list[str]:
    value = QSettings().value("files/recent", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def remember_file(path: Path) -> None:
    files = [str(path)] + [f for f in recent_files() if f != str(path)]
    QSettings().setValue("files/recent", files[:MAX_RECENT])
