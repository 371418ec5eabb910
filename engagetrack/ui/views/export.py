"""The Export tab: the ministerial workbook, with its sheets, marking ceiling, since-date and
file chosen here, written on a worker thread with progress and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.vocabularies import Classification
from engagetrack.services import settings as settings_service
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.bus import DataBus
from engagetrack.ui.i18n import arg, number, tr, vocab_label
from engagetrack.ui.views.base import View
from engagetrack.ui.views.briefing_section import BriefingSection
from engagetrack.ui.views.file_output import FileOutput, documents_file, file_row
from engagetrack.ui.widgets import OptionalDateEdit, language_combo

# the sheets of the ministerial workbook, in their order (interchange.spec.EXPORT_SHEETS;
# repeated here so that opening the tab does not load openpyxl)
SHEETS = (
    "Summary",
    "Organizations",
    "Contacts",
    "Meetings",
    "Commitments",
    "Principles",
    "Overdue",
    "Briefing notes",
)
OFF_BY_DEFAULT = ("Briefing notes",)


def sheet_label(name: str) -> tuple[str, str]:
    """A sheet's name and what it holds, in the user's language (the keys are the English
    sheet names of workbook format v1)."""
    labels = {
        "Summary": (
            tr("Summary", "workbook sheet"),
            tr("The one-page briefing: figures, endorsers, coverage of the principles"),
        ),
        "Organizations": (
            tr("Organizations", "workbook sheet"),
            tr("One row per organization, with its stage and dates"),
        ),
        "Contacts": (tr("Contacts", "workbook sheet"), tr("People at each organization")),
        "Meetings": (
            tr("Meetings", "workbook sheet"),
            tr("Every meeting, with the organizations and principles discussed"),
        ),
        "Commitments": (
            tr("Commitments", "workbook sheet"),
            tr("Every commitment, with its owner, due date and status"),
        ),
        "Principles": (tr("Principles", "workbook sheet"), tr("Endorsers against P1 … P11")),
        "Overdue": (
            tr("Overdue", "workbook sheet"),
            tr("Open commitments past their due date, most overdue first"),
        ),
        "Briefing notes": (
            tr("Briefing notes", "workbook sheet"),
            tr(
                "The log of briefing notes written (titles in both languages), for proactive"
                " publication; never imported"
            ),
        ),
    }
    return labels[name]


MAX_WIDTH = 860  # a form spread over a wide screen is hard to read


class ExportView(View):
    finished = Signal(object)  # the ExportResult, or None when cancelled or failed

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self._cancel = threading.Event()
        self.destroyed.connect(self._cancel.set)  # a closed window stops its export
        self._running = False
        self._confirmed: Path | None = None  # the file dialog already asked about replacing it
        self.last_folder: Path | None = None

        intro = QLabel(
            self.tr(
                "<b>The ministerial workbook</b>: a Summary for the briefing binder, then the"
                " register sheet by sheet (workbook format v1, which EngageTrack can import"
                " back), then the overdue commitments."
            ),
            self,
        )
        intro.setWordWrap(True)

        sheets_box = QGroupBox(self.tr("Sheets"), self)
        grid = QGridLayout(sheets_box)
        self.sheet_boxes: dict[str, QCheckBox] = {}
        for i, name in enumerate(SHEETS):
            label, hint = sheet_label(name)
            box = QCheckBox(label, sheets_box)
            box.setChecked(name not in OFF_BY_DEFAULT)
            box.setAccessibleName(arg(self.tr("Include the %1 sheet"), label))
            box.setToolTip(hint)
            grid.addWidget(box, i // 4, i % 4)
            self.sheet_boxes[name] = box

        options = QGroupBox(self.tr("What goes in"), self)
        form = QFormLayout(options)
        self.ceiling = QComboBox(options)
        self.ceiling.setAccessibleName(self.tr("Marking ceiling"))
        for level in Classification:  # lowest first; everything (PROTECTED B) by default
            self.ceiling.addItem(vocab_label(level), level.value)
        self.ceiling.setCurrentIndex(self.ceiling.findData(Classification.PROTECTED_B.value))
        self.ceiling_note = QLabel(options)
        self.ceiling_note.setWordWrap(True)
        self.ceiling.currentIndexChanged.connect(self._explain_ceiling)
        form.addRow(self.tr("Marking ceiling:"), self.ceiling)
        form.addRow("", self.ceiling_note)
        self.since = OptionalDateEdit(self.tr("Summarise changes since"), options)
        self.since.set_accessible(self.tr("Changes since"))
        form.addRow(self.tr("Since:"), self.since)
        since_note = QLabel(
            self.tr(
                "With a date, the Summary also lists what changed since then: stage changes,"
                " meetings held, commitments completed and organizations added."
            ),
            options,
        )
        since_note.setWordWrap(True)
        form.addRow("", since_note)
        self.prepared_by = QLineEdit(options)
        self.prepared_by.setAccessibleName(self.tr("Prepared by"))
        form.addRow(self.tr("Prepared by:"), self.prepared_by)
        self.language = language_combo(options, self.tr("Language of the workbook"))
        self.language.setToolTip(
            self.tr(
                "Sheet names, headers, vocabulary and the Summary in this language; EngageTrack"
                " imports a workbook in either language"
            )
        )
        form.addRow(self.tr("Language:"), self.language)

        names = (self.tr("Workbook file"), self.tr("&Browse…"), self.tr("Choose the workbook file"))
        default = documents_file("EngageTrack briefing", ".xlsx")
        files = file_row(self, default, names, self.choose_file)
        file_layout, self.file_edit, self.browse = files.layout, files.edit, files.browse
        self.file_edit.textEdited.connect(self._forget_confirmation)

        run_row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("&Export workbook"), self)
        self.run_button.setAccessibleName(self.tr("Export the workbook"))
        self.run_button.setToolTip(self.tr("Ctrl+Enter"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.hide()  # shown while an export runs
        for button in (self.run_button, self.cancel_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        run_row.addStretch(0)  # keeps the buttons left while the progress bar is hidden

        result_row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export result"))
        self.open_folder_button = QPushButton(self.tr("Open &folder"), self)
        self.open_folder_button.setAccessibleName(self.tr("Open the folder of the workbook"))
        self.open_folder_button.hide()
        self.open_folder_button.clicked.connect(self.open_folder)
        result_row.addWidget(self.status, 1)
        result_row.addWidget(self.open_folder_button)

        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.output = FileOutput(self, ".xlsx", self.file_edit, self.progress, self.status)
        self._inputs: list[QWidget] = [sheets_box, options, self.file_edit]

        column = QWidget(self)
        column.setMaximumWidth(MAX_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(intro)
        inner.addWidget(sheets_box)
        inner.addWidget(options)
        inner.addLayout(file_layout)
        inner.addLayout(run_row)
        inner.addLayout(result_row)
        self.briefing = BriefingSection(db, self.ceiling, self.prepared_by, column)
        inner.addWidget(self.briefing)
        # the workbook and the briefing note are taller than a small screen: scroll
        content = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(column, 10)  # grows up to MAX_WIDTH; the rest of a wide window stays empty
        row.addStretch(1)
        inside = QVBoxLayout(content)
        inside.addLayout(row)
        inside.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self).activated.connect(self.run)
        self._explain_ceiling()
        self.refresh()

    # --- state ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if hasattr(self, "briefing"):
            self.briefing.refresh()
        if not self.prepared_by.isModified():
            with self.db.read() as session:
                self.prepared_by.setText(settings_service.prepared_by(session))

    def _explain_ceiling(self) -> None:
        level = Classification.parse(self.ceiling.currentData())
        above = [vocab_label(c) for c in Classification if not level.allows(c)]
        if above:
            text = arg(
                self.tr(
                    "Records marked %1 are left out everywhere, and so are their names in other"
                    " records' rows. The workbook is marked with the highest level it actually"
                    " contains."
                ),
                tr(" or ").join(above),
            )
        else:
            text = self.tr(
                "Everything is included. The workbook is marked with the highest level it"
                " actually contains."
            )
        self.ceiling_note.setText(text)

    def chosen_sheets(self) -> list[str]:
        return [name for name, box in self.sheet_boxes.items() if box.isChecked()]

    def choose_file(self) -> None:
        chosen = self.output.choose(self.tr("Export workbook"), self.tr("Excel workbook (*.xlsx)"))
        if chosen is not None:
            name, asked = chosen
            self._confirmed = Path(name) if asked else None

    def _forget_confirmation(self) -> None:
        self._confirmed = None

    # --- running ----------------------------------------------------------------------------
    def run(self) -> None:
        if self._running:
            return
        path = self.output.target()
        if path is None:
            return
        sheets = self.chosen_sheets()
        if not sheets:
            self.status.setText(self.tr("Choose at least one sheet."))
            return
        if not self.output.may_replace(path, self.tr("Export workbook"), asked=self._confirmed):
            return
        self._confirmed = None  # a second export to the same file asks again
        self._save_prepared_by()
        ceiling = Classification.parse(self.ceiling.currentData())
        since = self.since.value()
        prepared_by = self.prepared_by.text().strip() or None
        workbook_language = str(self.language.currentData())
        self._cancel.clear()
        self._set_running(True)
        db, cancel = self.db, self._cancel

        def work(report: Any) -> Any:
            from engagetrack.interchange.exporter import export_workbook

            return export_workbook(
                db,
                path,
                ceiling=None if ceiling is Classification.PROTECTED_B else ceiling,
                since=since,
                sheets=sheets,
                prepared_by=prepared_by,
                language=workbook_language,
                progress=report,
                cancelled=cancel.is_set,
            )

        self.output.start(path, work, on_done=self._done, on_error=self._failed)

    def _save_prepared_by(self) -> None:
        name = self.prepared_by.text().strip()
        if not name or self.db.read_only:
            return
        try:
            with self.db.write() as session:
                if settings_service.get_setting(session, settings_service.PREPARED_BY) != name:
                    settings_service.set_setting(session, settings_service.PREPARED_BY, name)
        except StoreError:
            pass  # the name still goes on this workbook; saving it for next time can wait

    def cancel(self) -> None:
        self._cancel.set()
        self.status.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.browse.setEnabled(not running)
        for widget in self._inputs:
            widget.setEnabled(not running)
        self.open_folder_button.hide()
        self.output.show_running(running)
        if running:
            self.cancel_button.setFocus()

    def _done(self, result: Any) -> None:
        self._set_running(False)
        rows = sum(result.rows.values())
        self.status.setText(
            arg(
                self.tr("Exported %1 rows to %2, marked %3."),
                number(rows),
                str(result.path),
                vocab_label(result.marking),
            )
        )
        self.last_folder = result.path.parent
        self.open_folder_button.show()
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from engagetrack.interchange.exporter import ExportCancelled, ExportError

        self._set_running(False)
        if isinstance(exc, ExportCancelled):
            self.status.setText(self.tr("Cancelled; no file was written."))
        else:
            self.output.explain(
                exc,
                (ExportError, StoreError),
                self.tr("The workbook could not be written (%1). No file was written."),
            )
        self.finished.emit(None)

    def open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))
