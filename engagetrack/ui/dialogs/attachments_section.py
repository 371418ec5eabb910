"""The Attachments section of a record (an organization's detail panel, a meeting's or a
commitment's editor): its files listed, files dropped from the file manager or added,
opened from a private copy, saved elsewhere, or removed with a reason.

Opening writes a copy into the register's private folder (never the system temporary
folder), read-only, for the desktop's own viewer; the copies go when the program ends (and
what a crashed run left, at the next open of the register).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange.access_pack import safe_name
from engagetrack.services import attachments
from engagetrack.store import private_temp
from engagetrack.store.database import Database
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.attach_dialog import AttachDialog
from engagetrack.ui.dialogs.delete_reason import ask_delete_reason
from engagetrack.ui.i18n import arg, tr, vocab_label
from engagetrack.ui.write_op import write_op

ID_ROLE = Qt.ItemDataRole.UserRole
_OPENED: list[Path] = []  # private copies made by Open, removed when the program ends


def remove_opened_copies() -> None:
    """Remove the private copies Open made (a file still open elsewhere stays for later)."""
    while _OPENED:
        path = _OPENED.pop()
        with contextlib.suppress(OSError):
            path.chmod(stat.S_IWRITE | stat.S_IREAD)
            path.unlink()


def _remember(path: Path) -> None:
    if not _OPENED:
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(remove_opened_copies)
    _OPENED.append(path)


def size_text(size: int) -> str:
    if size < 1024:
        return arg(tr("%1 B"), size)
    if size < 1024 * 1024:
        return arg(tr("%1 KB"), f"{size / 1024:.0f}")
    return arg(tr("%1 MB"), f"{size / (1024 * 1024):.1f}")


class AttachmentsSection(QWidget):
    """The files of one record of kind `entity` (organization, meeting or commitment)."""

    changed = Signal(int)  # how many files the record holds now

    def __init__(self, db: Database, bus: DataBus, entity: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db, self.bus, self.entity = db, bus, entity
        self.record_id: int | None = None
        self.owner = ""
        self.marking = Classification.UNCLASSIFIED
        self.files: list[attachments.AttachmentView] = []
        self.setAcceptDrops(True)
        self.setAccessibleName(tr("Attached files"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(tr("Attached files"))
        self.list.setHeaderLabels(
            [tr("File"), tr("Size"), tr("Marking"), tr("Added"), tr("By"), tr("Note")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for column, width in enumerate((190, 60, 105, 85, 85)):
            self.list.setColumnWidth(column, width)
        self.list.itemActivated.connect(lambda _item, _column: self.open_current())
        self.list.currentItemChanged.connect(lambda *_: self.update_buttons())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = self._button(tr("Add &file…"), tr("Add file"), self.add_files, row)
        self.open_button = self._button(tr("&Open"), tr("Open file"), self.open_current, row)
        self.save_button = self._button(tr("Sa&ve as…"), tr("Save file as"), self.save_current, row)
        self.remove_button = self._button(
            tr("&Remove…"), tr("Remove file"), self.remove_current, row
        )
        row.addStretch(1)
        layout.addLayout(row)
        self.show_record(None)

    def _button(
        self, text: str, name: str, slot: Callable[[], None], row: QHBoxLayout
    ) -> QPushButton:
        widget = QPushButton(text, self)
        widget.setAccessibleName(name)
        widget.clicked.connect(lambda _checked=False: slot())
        row.addWidget(widget)
        return widget

    # --- showing ----------------------------------------------------------------------------
    def show_record(
        self,
        record_id: int | None,
        owner: str = "",
        marking: Classification = Classification.UNCLASSIFIED,
    ) -> None:
        """Show the files of a record (None: no record yet, e.g. a meeting not yet saved)."""
        self.record_id, self.owner, self.marking = record_id, owner, marking
        self.reload()

    def reload(self) -> None:
        if self.record_id is None:
            self.files = []
            self.hint.setText(tr("Save the record first; then files can be attached to it."))
        else:
            with self.db.read() as session:
                self.files = attachments.of_record(session, self.entity, self.record_id)
            self.hint.setText(
                tr(
                    "Drop files here from the file manager, or use “Add file…” (at most 50 MB each)."
                )
                if not self.db.read_only
                else tr("The register is open read-only: files can be opened, not attached.")
            )
        rows = []
        for a in self.files:
            local = a.created_at.astimezone()
            added = local.strftime("%Y-%m-%d")
            item = QTreeWidgetItem(
                [
                    a.file_name,
                    size_text(a.size),
                    vocab_label(a.classification),
                    added,
                    a.added_by,
                    a.note or "",
                ]
            )
            item.setData(0, ID_ROLE, a.id)
            item.setToolTip(0, f"{a.file_name}\nSHA-256 {a.sha256}")
            item.setToolTip(3, local.strftime("%Y-%m-%d %H:%M"))
            if a.note:
                item.setToolTip(5, a.note)
            rows.append(item)
        self.list.clear()
        if rows:
            self.list.addTopLevelItems(rows)
        else:
            empty = QTreeWidgetItem([tr("No files attached.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addTopLevelItem(empty)
            self.list.setFirstColumnSpanned(0, self.list.rootIndex(), True)
        self.update_buttons()
        self.changed.emit(len(self.files))

    def current(self) -> attachments.AttachmentView | None:
        item = self.list.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return None
        wanted = int(item.data(0, ID_ROLE))
        return next((a for a in self.files if a.id == wanted), None)

    def update_buttons(self) -> None:
        writable = self.record_id is not None and not self.db.read_only
        chosen = self.current() is not None
        self.add_button.setEnabled(writable)
        self.open_button.setEnabled(chosen and self.db.path is not None)
        self.save_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and writable)

    # --- attaching --------------------------------------------------------------------------
    def _can_attach(self) -> bool:
        return self.record_id is not None and not self.db.read_only

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._can_attach() and _local_files(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._can_attach() and _local_files(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event.mimeData().urls())
        if not self._can_attach() or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # the questions come after the drop has finished: the file manager is not kept waiting
        QTimer.singleShot(0, lambda: self.attach_paths(paths))

    def add_files(self) -> None:
        if not self._can_attach():
            return
        names, _ = QFileDialog.getOpenFileNames(self, tr("Attach files"), str(Path.home()))
        if names:
            self.attach_paths([Path(n) for n in names])

    def attach_paths(self, paths: list[Path]) -> None:
        """Ask for the marking and note, then attach every file in one transaction."""
        record_id = self.record_id
        if record_id is None or self.db.read_only:
            return
        try:
            for path in paths:
                attachments.check_size(path.name, path.stat().st_size)
        except ValidationError as exc:
            QMessageBox.warning(self, tr("Attach files"), "\n".join(exc.errors.values()))
            return
        except OSError as exc:
            QMessageBox.warning(self, tr("Attach files"), str(exc))
            return
        dialog = AttachDialog(self, paths, self.owner, self.marking)
        dialog.setObjectName("attachDialog")
        try:
            if dialog.exec() != AttachDialog.DialogCode.Accepted:
                return
            marking, note = dialog.chosen_marking(), dialog.chosen_note()
        finally:
            dialog.deleteLater()
        entity = self.entity
        done = write_op(
            self,
            self.db,
            self.bus,
            lambda s: [
                attachments.attach_file(
                    s, entity, record_id, p, classification=marking, note=note or None
                )
                for p in paths
            ],
            entity="attachment",
            title=tr("Attach files"),
        )
        self.reload()
        if done is None:
            return
        twice = [
            arg(
                tr("“%1” is already attached (as “%2”, added %3 by %4); it was not stored twice."),
                path.name,
                r.attachment.file_name,
                r.attachment.created_at.date().isoformat(),
                r.attachment.added_by,
            )
            for path, r in zip(paths, done.value, strict=True)
            if r.duplicate
        ]
        if twice:
            QMessageBox.information(self, tr("Attach files"), "\n".join(twice))

    # --- the chosen file --------------------------------------------------------------------
    def _content(self, attachment: attachments.AttachmentView) -> bytes:
        with self.db.read() as session:
            return attachments.content(session, attachment.id)

    def open_current(self) -> None:
        """Open a private, read-only copy with the desktop's viewer for the file's kind."""
        chosen = self.current()
        if chosen is None or self.db.path is None:
            return
        try:
            path = private_temp.new_file(self.db.path, "-" + safe_name(chosen.file_name))
            path.write_bytes(self._content(chosen))
            path.chmod(stat.S_IREAD)
        except OSError as exc:
            QMessageBox.warning(self, tr("Open file"), str(exc))
            return
        _remember(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_current(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save file as"), str(Path.home() / safe_name(chosen.file_name))
        )
        if not name:
            return
        target = Path(name)
        part = target.with_name(f"~{target.name}.part")
        try:
            part.write_bytes(self._content(chosen))
            os.replace(part, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                part.unlink()
            QMessageBox.warning(self, tr("Save file as"), str(exc))

    def remove_current(self) -> None:
        chosen = self.current()
        if chosen is None or self.db.read_only:
            return
        question = arg(
            tr(
                "Remove the attached file “%1” from this record? The audit trail keeps its name,"
                " size and SHA-256, not its content."
            ),
            chosen.file_name,
        )
        reason = ask_delete_reason(self, tr("Remove file"), question)
        if reason is None:
            return
        write_op(
            self,
            self.db,
            self.bus,
            lambda s: attachments.remove(s, chosen.id, reason=reason),
            entity="attachment",
            title=tr("Remove file"),
        )
        self.reload()


def _local_files(urls: list[QUrl]) -> list[Path]:
    return [
        Path(u.toLocalFile()) for u in urls if u.isLocalFile() and Path(u.toLocalFile()).is_file()
    ]
