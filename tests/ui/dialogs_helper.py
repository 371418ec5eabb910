"""Driving modal dialogs in tests: act on the dialog once it is up, always close it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def when_modal(
    kind: type[QWidget], act: Callable[[QWidget], None], *, attempts: int = 200
) -> list[BaseException]:
    """Run `act(dialog)` as soon as a modal `kind` is showing; returns errors it raised.

    A failing `act` rejects the dialog, so a broken test ends instead of hanging in exec().
    """
    errors: list[BaseException] = []

    def poll(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            try:
                act(widget)
            except BaseException as exc:
                errors.append(exc)
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()
            return
        if left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))
        else:
            errors.append(AssertionError(f"no modal {kind.__name__} appeared"))

    QTimer.singleShot(0, lambda: poll(attempts))
    return errors


def give_reason(reason: str) -> Callable[[QWidget], None]:
    """Answer a delete confirmation: type `reason` (Delete waits for one), then Delete."""

    def act(dialog: QWidget) -> None:
        from engagetrack.ui.dialogs.delete_reason import DeleteReasonDialog

        assert isinstance(dialog, DeleteReasonDialog)
        assert not dialog.delete_button.isEnabled()  # no reason, no deletion
        dialog.reason.setText(reason)
        dialog.delete_button.click()

    return act
