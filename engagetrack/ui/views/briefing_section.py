"""The Export tab's "Briefing note" section: choose what the note is about, write it off the
GUI thread with progress, edit the binder note's signature settings, and see the log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.vocabularies import Classification
from engagetrack.services import briefing_log
from engagetrack.services import settings as settings_service
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.i18n import LANGUAGES, arg, tr, vocab_label
from engagetrack.ui.views.file_output import FileOutput, documents_file, file_row
from engagetrack.ui.widgets import OptionalDateEdit, language_combo

# settings keys and their labels on the form, in order


def signature_fields() -> tuple[tuple[str, str], ...]:
    """(setting, label) of the note's signature block, in the user's language."""
    return (
        (settings_service.BRANCH, tr("Branch / Agency:")),
        (settings_service.PREPARED_BY_TITLE, tr("Prepared by, title:")),
        (settings_service.PREPARED_BY_PHONE, tr("Prepared by, telephone:")),
        (settings_service.APPROVED_BY_NAME, tr("Approved by, name:")),
        (settings_service.APPROVED_BY_TITLE, tr("Approved by, title:")),
        (settings_service.APPROVED_BY_PHONE, tr("Approved by, telephone:")),
    )


def log_columns() -> list[str]:
    return [tr("Number"), tr("Date"), tr("Title"), tr("Addressee"), tr("Marking"), tr("Language")]


class BriefingSection(QGroupBox):
    """Writes a briefing or binder note; `ceiling` and `prepared_by` are the tab's own."""

    finished = Signal(object)  # the NoteResult, or None when the note was not written

    def __init__(
        self,
        db: Database,
        ceiling: QComboBox,
        prepared_by: QLineEdit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Briefing note"))
        self.db = db
        self.ceiling = ceiling
        self.prepared_by = prepared_by
        self._running = False
        intro = QLabel(
            self.tr(
                "A Word draft written from the register, marked like the workbook and logged"
                " with a number. Choose organizations for a note preparing a meeting with them;"
                " choose none for a note on the whole engagement."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.organizations = QListWidget(self)
        self.organizations.setAccessibleName(self.tr("Organizations of the note"))
        self.organizations.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.organizations.setMaximumHeight(110)
        form.addRow(self.tr("Organizations:"), self.organizations)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of note"))
        self.kind.addItem(self.tr("Automatic: briefing with organizations, binder without"), "")
        self.kind.addItem(self.tr("Briefing note (for information)"), "briefing")
        self.kind.addItem(self.tr("Binder note (Proposed Response)"), "binder")
        form.addRow(self.tr("Kind:"), self.kind)
        self.language = language_combo(self, self.tr("Language of the note"))
        form.addRow(self.tr("Language:"), self.language)
        self.since = OptionalDateEdit(self.tr("What changed since"), self)
        self.since.set_accessible(self.tr("Note changes since"))
        self.since.setToolTip(
            self.tr("Blank: since the last note on the same organizations, else 90 days")
        )
        form.addRow(self.tr("Since:"), self.since)
        self.addressee = QLineEdit(self)
        self.addressee.setAccessibleName(self.tr("Addressee"))
        form.addRow(self.tr("Addressee:"), self.addressee)
        self.signatures: dict[str, QLineEdit] = {}
        for key, text in signature_fields():
            edit = QLineEdit(self)
            edit.setAccessibleName(text.rstrip(": "))
            form.addRow(text, edit)
            self.signatures[key] = edit

        names = (self.tr("Note file"), self.tr("Bro&wse…"), self.tr("Choose the note file"))
        row = file_row(self, documents_file("EngageTrack note", ".docx"), names, self.choose_file)
        file_layout, self.file_edit, self.browse = row.layout, row.edit, row.browse

        run_row = QHBoxLayout()
        self.write_button = QPushButton(self.tr("&Write note…"), self)
        self.write_button.setAccessibleName(self.tr("Write the briefing note"))
        self.write_button.clicked.connect(self.run)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Note progress"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Note result"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        run_row.addWidget(self.write_button)
        run_row.addWidget(self.progress, 1)
        self.output = FileOutput(self, ".docx", self.file_edit, self.progress, self.status)

        columns = log_columns()
        self.log = QTableWidget(0, len(columns), self)
        self.log.setAccessibleName(self.tr("Briefing-note log"))
        self.log.setHorizontalHeaderLabels(columns)
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.verticalHeader().hide()
        self.log.horizontalHeader().setStretchLastSection(True)
        self.log.setMaximumHeight(160)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(file_layout)
        layout.addLayout(run_row)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Notes written:"), self))
        layout.addWidget(self.log)
        self._inputs: list[QWidget] = [
            self.organizations, self.kind, self.language, self.since, self.addressee,
            self.file_edit, self.browse, *self.signatures.values(),
        ]  # fmt: skip
        if self.db.read_only:
            self.write_button.setEnabled(False)
            self.write_button.setToolTip(self.tr("The register is open read-only"))
            for edit in self.signatures.values():
                edit.setReadOnly(True)
        self.refresh()

    # --- state ------------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.db.read() as session:
            names = briefing_log.organization_names(session)
            notes = briefing_log.entries(session)
            values = settings_service.note_settings(session)
        chosen = set(self.chosen_organizations())
        self.organizations.clear()
        for name in names:
            item = QListWidgetItem(name, self.organizations)
            item.setSelected(name in chosen)
        for key, edit in self.signatures.items():
            if not edit.isModified():
                edit.setText(values[key])
        self.log.setRowCount(len(notes))
        for row, n in enumerate(notes):
            cells = (
                n.number, n.written_on.isoformat(), n.title, n.addressee or "",
                vocab_label(n.marking), LANGUAGES.get(n.language, n.language),
            )  # fmt: skip
            for column, text in enumerate(cells):
                self.log.setItem(row, column, QTableWidgetItem(text))
        self.log.resizeColumnsToContents()

    def chosen_organizations(self) -> list[str]:
        return [item.text() for item in self.organizations.selectedItems()]

    def choose_file(self) -> None:
        # the dialog's question about replacing is asked again on writing, as it always was
        self.output.choose(self.tr("Write note"), self.tr("Word document (*.docx)"))

    # --- running ----------------------------------------------------------------------------
    def run(self) -> None:
        if self._running or self.db.read_only:
            return
        path = self.output.target()
        if path is None or not self.output.may_replace(path, self.tr("Write note")):
            return
        self._save_settings()
        level = Classification.parse(self.ceiling.currentData())
        request: dict[str, Any] = {
            "org_names": self.chosen_organizations(),
            "since": self.since.value(),
            "ceiling": None if level is Classification.PROTECTED_B else level,
            "lang": self.language.currentData(),
            "kind": self.kind.currentData() or None,
            "addressee": self.addressee.text().strip() or None,
            "prepared_by": self.prepared_by.text().strip() or None,
        }
        self._set_running(True)
        db = self.db

        def work(report: Any) -> Any:
            from engagetrack.interchange.briefing_note import write_note

            return write_note(db, path, progress=report, **request)

        self.output.start(path, work, on_done=self._done, on_error=self._failed)

    def _save_settings(self) -> None:
        values = {key: edit.text() for key, edit in self.signatures.items()}
        try:
            with self.db.write() as session:
                settings_service.save_note_settings(session, values)
        except StoreError:
            pass  # the note still uses what is typed; saving it for next time can wait
        for edit in self.signatures.values():
            edit.setModified(False)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.write_button.setEnabled(not running)
        for widget in self._inputs:
            widget.setEnabled(not running)
        self.output.show_running(running)

    def _done(self, result: Any) -> None:
        self._set_running(False)
        self.status.setText(
            arg(
                self.tr("%1 written to %2, marked %3."),
                result.number,
                str(result.path),
                vocab_label(result.marking),
            )
        )
        self.refresh()
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from engagetrack.interchange.briefing_note import NoteError

        self._set_running(False)
        self.output.explain(
            exc,
            (NoteError, StoreError),
            self.tr("The note could not be written (%1). No file was written."),
        )
        self.finished.emit(None)
