"""The main window's menu bar: File, Edit, View and Help, with their shortcuts.

Keys are given once the window has painted (see startup.FirstPaint); actions that write are
disabled on a register opened read-only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from engagetrack.ui.i18n import LANGUAGES, language, tr

if TYPE_CHECKING:
    from engagetrack.ui.main_window import MainWindow


def build_menus(window: MainWindow, tab_names: tuple[str, ...]) -> None:
    """Fill the window's menu bar; the actions it keeps are set as the window's attributes."""
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(
        window.action(
            tr("&New register…"),
            window.new_database,
            None,
            tr("Create a new, empty register file"),
        )
    )
    file_menu.addAction(
        window.action(tr("&Open…"), window.open_database, QKeySequence.StandardKey.Open)
    )
    window.recent_menu = file_menu.addMenu(tr("Open &recent"))
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    file_menu.addSeparator()
    window.backup_action = window.action(tr("&Backup now"), window.backup_now, "Ctrl+Shift+B")
    file_menu.addAction(window.backup_action)
    window.restore_action = window.action(tr("Restore from bac&kup…"), window.restore_from_backup)
    file_menu.addAction(window.restore_action)
    file_menu.addSeparator()
    window.import_action = window.action(tr("&Import workbook…"), window.import_workbook, "Ctrl+I")
    file_menu.addAction(window.import_action)
    file_menu.addAction(window.action(tr("&Export workbook…"), window.export_workbook, "Ctrl+E"))
    file_menu.addAction(
        window.action(
            tr("&Access request pack…"),
            lambda: _access_request(window),
            None,
            tr("Every record about one organization, in one zip (access to information)"),
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(window.action(tr("&Quit"), window.close, QKeySequence.StandardKey.Quit))
    if window.db.read_only or window.db.path is None:
        window.backup_action.setEnabled(window.db.path is not None)
        window.restore_action.setEnabled(False)
    if window.db.read_only:
        window.import_action.setEnabled(False)

    edit = bar.addMenu(tr("&Edit"))
    window.undo_action = window.bus.undo_stack.createUndoAction(window, tr("&Undo"))
    window.shortcut(window.undo_action, QKeySequence.StandardKey.Undo)
    window.redo_action = window.bus.undo_stack.createRedoAction(window, tr("&Redo"))
    window.shortcut(window.redo_action, QKeySequence.StandardKey.Redo)
    edit.addAction(window.undo_action)
    edit.addAction(window.redo_action)
    edit.addSeparator()
    window.new_action = window.action(
        tr("&New record"),
        window.new_record,
        QKeySequence.StandardKey.New,
        tr("Add a record on the current tab"),
    )
    window.new_action.setEnabled(not window.db.read_only)
    edit.addAction(window.new_action)
    edit.addSeparator()
    find = window.action(
        tr("&Find…"),
        window.find_anything,
        None,
        tr("Search every organization, contact, meeting and commitment"),
    )
    window.shortcut(find, QKeySequence.StandardKey.Find, "Ctrl+K")
    edit.addAction(find)

    view_menu = bar.addMenu(tr("&View"))
    for i, name in enumerate(tab_names, start=1):
        view_menu.addAction(
            window.action(window.tabs.tabText(i - 1), window.tab_switcher(name), f"Ctrl+{i}")
        )
    view_menu.addSeparator()
    language_menu = view_menu.addMenu(tr("&Language"))
    for code, name in LANGUAGES.items():  # each language named in itself
        choice = window.action(name, window.language_chooser(code))
        choice.setCheckable(True)
        choice.setChecked(code == language())
        language_menu.addAction(choice)
    view_menu.addSeparator()
    view_menu.addAction(
        window.action(tr("&Refresh"), window.refresh_all, QKeySequence.StandardKey.Refresh)
    )

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(window.action(tr("&About EngageTrack"), window.about))
    help_menu.addAction(window.action(tr("The &principles' source"), window.principles_source))
    help_menu.addAction(window.action(tr("&Data folder"), window.open_data_folder))


def _access_request(window: MainWindow) -> None:
    from engagetrack.ui.views.access_request import open_access_request

    open_access_request(window, window.db)
