"""What the Export tab's two writers (the workbook, the briefing note) share: the file to
write, chosen, completed with its ending and asked about before it is replaced, and the write
on a worker thread with its progress bar and a result line that explains a failure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from engagetrack.ui import tasks
from engagetrack.ui.i18n import arg, tr

T = TypeVar("T")
Work = Callable[[Callable[[int, int], None]], Any]


def documents_file(stem: str, suffix: str) -> Path:
    """`stem` and today's date in the user's Documents folder (home when there is none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder / f"{stem} {date.today().isoformat()}{suffix}"


@dataclass(frozen=True)
class FileRow:
    """The "File: [path] [Browse…]" row of an output, and its two working widgets."""

    layout: QHBoxLayout
    edit: QLineEdit
    browse: QPushButton


def file_row(
    owner: QWidget, path: Path, names: tuple[str, str, str], on_browse: Callable[[], None]
) -> FileRow:
    """The row for `path`; `names` are the field's accessible name, the button's text and
    its accessible name, already translated."""
    field_name, browse_text, browse_name = names
    edit = QLineEdit(str(path), owner)
    edit.setAccessibleName(field_name)
    browse = QPushButton(browse_text, owner)
    browse.setAccessibleName(browse_name)
    browse.clicked.connect(lambda _checked=False: on_browse())
    layout = QHBoxLayout()
    layout.addWidget(QLabel(tr("File:"), owner))
    layout.addWidget(edit, 1)
    layout.addWidget(browse)
    return FileRow(layout, edit, browse)


class FileOutput(QObject):
    """The file an `owner` writes through `file_edit`, reporting on `progress` and `status`."""

    def __init__(
        self,
        owner: QWidget,
        suffix: str,
        file_edit: QLineEdit,
        progress: QProgressBar,
        status: QLabel,
    ) -> None:
        super().__init__(owner)
        self.owner = owner
        self.suffix = suffix
        self.file_edit = file_edit
        self.progress = progress
        self.status = status

    def choose(self, title: str, filters: str) -> tuple[str, bool] | None:
        """Ask for the file; (its name, whether the dialog already asked about replacing it)."""
        name, _ = QFileDialog.getSaveFileName(self.owner, title, self.file_edit.text(), filters)
        if not name:
            return None
        asked = name.lower().endswith(self.suffix)  # else the dialog saw another file's name
        if not asked:
            name += self.suffix
        self.file_edit.setText(name)
        return name, asked

    def target(self) -> Path | None:
        """The file typed, with its ending; None (and a word on the result line) when blank."""
        text = self.file_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose the file to write."))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != self.suffix:
            path = path.with_name(path.name + self.suffix)
        return path

    def may_replace(self, path: Path, title: str, asked: Path | None = None) -> bool:
        """True unless `path` exists, was not `asked` about already, and the user says No."""
        if not path.exists() or path == asked:
            return True
        answer = QMessageBox.question(
            self.owner,
            title,
            arg(self.tr("%1 already exists in %2. Replace it?"), path.name, str(path.parent)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def start(
        self,
        path: Path,
        work: Work,
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run `work(report)` on the pool; the callbacks run only while the owner is open."""
        self.status.setText(arg(self.tr("Writing %1…"), path.name))
        tasks.run_in_background(
            work,
            on_done=self._while_open(on_done),
            on_error=self._while_open(on_error),
            on_progress=self._while_open_progress,
        )

    def show_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        if running:
            self.progress.setValue(0)

    def explain(
        self, exc: BaseException, known: tuple[type[BaseException], ...], text: str
    ) -> None:
        """Put a failure on the result line: a `known` error's own message (written for the
        user already), else `text` with the error for %1."""
        if isinstance(exc, known):
            self.status.setText(str(exc))
        else:
            self.status.setText(text.replace("%1", str(exc) or type(exc).__name__))

    def _while_open(self, slot: Callable[[T], None]) -> Callable[[T], None]:
        def call(value: T) -> None:
            if shiboken6.isValid(self.owner):  # the window may close while the file is written
                slot(value)

        return call

    def _while_open_progress(self, done: int, total: int) -> None:
        if shiboken6.isValid(self.owner):
            self.progress.setValue(int(100 * done / total) if total else 0)
