"""The main window's status line: which register is open, the highest marking it holds
(what the file must be kept as), and whether it is open for editing or read-only."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6 import QtCore
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from engagetrack.domain.vocabularies import Classification
from engagetrack.store.database import Database
from engagetrack.ui import tasks
from engagetrack.ui.i18n import arg, vocab_label


class StatusLine(QWidget):
    """The three permanent labels of the status bar; `refresh_marking` re-reads the marking."""

    def __init__(
        self,
        db: Database,
        bar: QStatusBar,
        after_first_paint: Callable[[Callable[[], None]], None],
    ) -> None:
        super().__init__(bar)
        self.db = db
        self.hide()  # a holder: the labels live on the status bar itself
        self.file_label = QLabel(db.target.describe(), bar)
        self.file_label.setAccessibleName(self.tr("Open file"))
        # Qt's enums take 20 ms to load on first use: after the first paint
        after_first_paint(
            lambda: self.file_label.setTextInteractionFlags(
                QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
            )
        )
        self.marking_label = QLabel(self.tr("Holds: …"), bar)
        self.marking_label.setAccessibleName(self.tr("Highest marking held"))
        self.marking_label.setToolTip(
            self.tr(
                "The highest security marking of any record in this register."
                " Store and share the file accordingly."
            )
        )
        self.mode_label = QLabel(self.tr("Read-only") if db.read_only else self.tr("Editing"), bar)
        if db.immutable:  # a read-only folder: SQLite reads the file as a snapshot
            self.mode_label.setText(self.tr("Read-only (folder)"))
            self.mode_label.setToolTip(
                self.tr(
                    "This register's folder cannot be written, so EngageTrack reads the file as"
                    " it is now; changes made elsewhere appear when it is opened again."
                )
            )
        self.mode_label.setAccessibleName(self.tr("Read-only state"))
        if db.read_only:
            self.mode_label.setStyleSheet("font-weight: bold")
        bar.addPermanentWidget(self.file_label, 1)
        bar.addPermanentWidget(self.marking_label)
        bar.addPermanentWidget(self.mode_label)
        after_first_paint(self.refresh_marking)

    def refresh_marking(self) -> None:
        """The highest marking the register actually holds, read in the background: three
        scans of the big tables would delay the first paint."""
        db = self.db

        def work(_report: Any) -> Classification:
            from engagetrack.services import queries_dashboard

            with db.read() as session:
                return queries_dashboard.highest_marking(session)

        def done(held: Classification) -> None:
            if shiboken6.isValid(self.marking_label):  # the window may have closed meanwhile
                self.marking_label.setText(arg(self.tr("Holds: %1"), vocab_label(held)))

        tasks.run_in_background(work, on_done=done)
