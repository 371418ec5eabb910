"""File > Access request pack…: every record about one organization in one zip, for an
access-to-information request: the organization, the marking ceiling, the period and the
file, then the pack written off the GUI thread with its progress (as the Export tab does)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange.access_pack import PackError, PackResult, write_pack
from engagetrack.services import choices
from engagetrack.store.database import Database
from engagetrack.ui.i18n import arg, number, vocab_label
from engagetrack.ui.views.file_output import FileOutput, documents_file, file_row
from engagetrack.ui.widgets import IdCombo, OptionalDateEdit


class AccessRequestDialog(QDialog):
    """Choose the organization and the limits, write the pack, say what it holds."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.names: dict[int, str] = {}
        self.written: PackResult | None = None
        title = self.tr("Access request pack")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr(
                "Every record about one organization, for an access-to-information request:"
                " the organization, its contacts, stage history, assessments and commitments,"
                " the meetings it attended, every record whose text names it, the deleted"
                " records the audit trail keeps, the attached files, and each record's audit"
                " entries, in one zip with an index."
            ),
            self,
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.organization = IdCombo(self.tr("Organization"), parent=self)
        form.addRow(self.tr("&Organization:"), self.organization)
        self.ceiling = QComboBox(self)
        self.ceiling.setAccessibleName(self.tr("Marking ceiling"))
        self.ceiling.addItem(self.tr("(no ceiling: every marking)"), None)
        for level in Classification:
            self.ceiling.addItem(vocab_label(level), level.value)
        form.addRow(self.tr("Marking &ceiling:"), self.ceiling)
        self.since = OptionalDateEdit(self.tr("From"), self)
        self.since.set_accessible(self.tr("Records from"))
        self.until = OptionalDateEdit(self.tr("Until"), self)
        self.until.set_accessible(self.tr("Records until"))
        form.addRow(self.tr("Period:"), self.since)
        form.addRow("", self.until)
        layout.addLayout(form)
        row = file_row(
            self,
            documents_file(self.tr("Access request"), ".zip"),
            (self.tr("Pack file"), self.tr("&Browse…"), self.tr("Choose the pack file")),
            self._browse,
        )
        layout.addLayout(row.layout)
        self.file_edit = row.edit
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.status)
        self.output = FileOutput(self, ".zip", self.file_edit, self.progress, self.status)
        self._asked: Path | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        self.write_button = QPushButton(self.tr("&Write pack"), self)
        self.write_button.setAccessibleName(self.tr("Write pack"))
        self.write_button.setDefault(True)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Show &folder"), self)
        self.folder_button.setAccessibleName(self.tr("Show folder"))
        self.folder_button.setEnabled(False)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.clicked.connect(lambda _c=False: self.write())
        self.folder_button.clicked.connect(lambda _c=False: self._show_folder())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        with db.read() as session:
            found = choices.organization_choices(session, include_archived=True)
        self.names = dict(found)
        self.organization.set_choices(found, None)
        self.organization.currentIndexChanged.connect(lambda _i: self._suggest_name())
        self._suggest_name()

    def choose(self, org_id: int) -> None:
        self.organization.set_current_id(org_id)

    def _suggest_name(self) -> None:
        org_id = self.organization.current_id()
        if org_id is None or self._asked is not None:
            return
        stem = re.sub(r'[<>:"/\\|?*]', "_", self.names.get(org_id, ""))
        folder = Path(self.file_edit.text()).parent
        suggested = documents_file(arg(self.tr("Access request %1"), stem), ".zip")
        self.file_edit.setText(str(folder / suggested.name))

    def _browse(self) -> None:
        chosen = self.output.choose(self.tr("Access request pack"), self.tr("Zip archive (*.zip)"))
        if chosen is not None:
            name, asked = chosen
            self._asked = Path(name) if asked else None

    def write(self) -> None:
        org_id = self.organization.current_id()
        if org_id is None:
            self.status.setText(self.tr("Choose the organization."))
            return
        path = self.output.target()
        if path is None or not self.output.may_replace(
            path, self.tr("Access request pack"), self._asked
        ):
            return
        name = self.names[org_id]
        code = self.ceiling.currentData()
        ceiling = Classification(code) if code else None
        since, until = self.since.value(), self.until.value()
        db = self.db

        def work(report: Any) -> PackResult:
            return write_pack(
                db, path, name, ceiling=ceiling, since=since, until=until, progress=report
            )

        self.write_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self.output.show_running(True)
        self.output.start(path, work, on_done=self._done, on_error=self._failed)

    def _done(self, result: PackResult) -> None:
        self.written = result
        self.output.show_running(False)
        self.write_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        records = sum(result.records.values())
        self.status.setText(
            arg(
                self.tr("Wrote %1: %2 records, %3 attached files, %4 audit entries; marked %5."),
                result.path.name,
                number(records),
                number(result.files),
                number(result.audit_entries),
                vocab_label(result.marking),
            )
        )

    def _failed(self, exc: BaseException) -> None:
        self.output.show_running(False)
        self.write_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.status.setText("\n".join(exc.errors.values()))
            return
        self.output.explain(exc, (PackError,), self.tr("The pack could not be written: %1"))

    def _show_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.path.parent)))


def open_access_request(parent: QWidget, db: Database, org_id: int | None = None) -> None:
    """Show the dialog (File > Access request pack…), on `org_id` when given."""
    dialog = AccessRequestDialog(db, parent)
    dialog.setObjectName("accessRequestDialog")
    if org_id is not None:
        dialog.choose(org_id)
    dialog.open()
