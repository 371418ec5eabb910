"""Dialogs met when opening a register: a problem with the file, and the first-run welcome."""

from __future__ import annotations

from enum import Enum
from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engagetrack.store import backups
from engagetrack.store.errors import DatabaseLockedError, ReadOnlyFileError, StoreError
from engagetrack.store.location import Target
from engagetrack.ui.i18n import LANGUAGES, arg, language, tr


class Way(Enum):
    READ_ONLY = "read_only"
    OTHER_FILE = "other_file"
    BACKUP = "backup"
    NEW_FILE = "new_file"
    QUIT = "quit"
    DEMO = "demo"
    IMPORT = "import"
    EMPTY = "empty"
    LANGUAGE = "language"


class _Choices(QDialog):
    """A message and one button per way forward; `choice` holds the one taken."""

    def __init__(self, title: str, heading: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice: Way = Way.QUIT
        layout = QVBoxLayout(self)
        head = QLabel(f"<h3>{heading}</h3>", self)
        layout.addWidget(head)
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setAccessibleName(tr("Message"))
        body.setMinimumWidth(460)
        layout.addWidget(body)
        self.buttons = QDialogButtonBox(self)
        layout.addWidget(self.buttons)

    def offer(
        self,
        way: Way,
        label: str,
        *,
        default: bool = False,
        role: QDialogButtonBox.ButtonRole = QDialogButtonBox.ButtonRole.AcceptRole,
    ) -> QPushButton:
        button = self.buttons.addButton(label, role)
        button.setAccessibleName(label.replace("&", ""))
        button.setObjectName(f"way_{way.value}")
        button.setDefault(default)
        button.clicked.connect(lambda: self._take(way))
        return button

    def _take(self, way: Way) -> None:
        self.choice = way
        self.accept()


class OpenProblemDialog(_Choices):
    """The store's one-line explanation and the ways out that make sense for it."""

    def __init__(self, error: StoreError, target: Target, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("EngageTrack cannot open this register"),
            tr("This register cannot be opened"),
            str(error),
            parent,
        )
        if isinstance(error, ReadOnlyFileError | DatabaseLockedError) and target.path is not None:
            self.offer(Way.READ_ONLY, self.tr("Open &read-only"), default=True)
        if target.path is not None and backups.list_backups(target.path):
            self.offer(Way.BACKUP, self.tr("Open a &backup…"))
        self.offer(Way.OTHER_FILE, self.tr("Open &another file…"))
        self.offer(Way.NEW_FILE, self.tr("&New register…"))
        self.offer(Way.QUIT, self.tr("&Quit"), role=QDialogButtonBox.ButtonRole.RejectRole)


class WelcomeDialog(_Choices):
    """First run on an empty register: what the tool is for and three ways to begin."""

    def __init__(self, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Welcome to EngageTrack"),
            tr("Welcome to EngageTrack"),
            tr(
                "EngageTrack keeps your register of companies and organizations and moves each"
                " one along the outreach pipeline towards endorsing the Voluntary Principles to"
                " Counter Online Child Sexual Exploitation and Abuse. Log meetings and"
                " roundtables, track commitments and their due dates, assess each endorser"
                " principle by principle, and export the briefing workbook before each"
                " ministerial meeting, with every record's security marking respected."
            )
            + "<br><br>"
            + (
                arg(tr("Everything stays on this computer, in <i>%1</i>."), escape(str(path)))
                if path
                else tr("Everything stays on this computer.")
            )
            + " "
            + tr("How would you like to begin?"),
            parent,
        )
        self.chosen_language: str | None = None
        languages = QHBoxLayout()
        languages.addWidget(QLabel(tr("Language / Langue:"), self))
        for code, name in LANGUAGES.items():  # each language named in itself, on purpose
            choice = QPushButton(name, self)
            choice.setAccessibleName(name)
            choice.setCheckable(True)
            choice.setChecked(code == language())
            choice.clicked.connect(lambda _c=False, c=code: self._speak(c))
            languages.addWidget(choice)
        languages.addStretch(1)
        body = self.layout()
        assert isinstance(body, QVBoxLayout)
        body.insertLayout(0, languages)
        self.offer(Way.DEMO, self.tr("Load the &demo dataset"), default=True)
        self.offer(Way.IMPORT, self.tr("&Import a workbook…"))
        self.offer(Way.EMPTY, self.tr("Start &empty"), role=QDialogButtonBox.ButtonRole.RejectRole)
        self.choice = Way.EMPTY

    def _speak(self, code: str) -> None:
        """The welcome again, and the window behind it, in the language chosen."""
        if code == language():
            return
        self.chosen_language = code
        self.choice = Way.LANGUAGE
        self.accept()
