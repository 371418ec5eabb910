"""Entry point of the bundled program: the command line, or the one helper it starts itself.

A bundle's `sys.executable` is this program, not a Python, so when the importer starts its
workbook reader as `sys.executable -m engagetrack.interchange.reading_process FILE`, or the
import's writer as `sys.executable -m engagetrack.store.writer_process`, the bundle must run
that module as Python would. Only the modules listed here: the bundle is not
a general Python interpreter (an IT review asks exactly that).

On Linux and macOS a SIGTERM (the session ending, `kill`) closes the window as File > Quit
does, so the register is closed and its lock released instead of the process just dying.
"""

from __future__ import annotations

import os
import runpy
import signal
import sys
import threading

CHILD_MODULES = frozenset(
    {"engagetrack.interchange.reading_process", "engagetrack.store.writer_process"}
)


def _close_on_sigterm() -> None:
    # Qt's event loop runs no Python while idle, so a Python signal handler would wait for
    # the next click; instead one thread waits for the signal and queues the close on Qt's
    # loop, which is safe from any thread.
    if not hasattr(signal, "pthread_sigmask"):
        return  # Windows: no SIGTERM to answer
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})  # threads started later too

    def wait() -> None:
        while True:
            signal.sigwait({signal.SIGTERM})
            widgets = sys.modules.get("PySide6.QtWidgets")
            app = widgets.QApplication.instance() if widgets is not None else None
            if app is None:  # a command, not the window: end as the signal would
                os._exit(128 + signal.SIGTERM)
            core = sys.modules["PySide6.QtCore"]
            core.QMetaObject.invokeMethod(
                app, "closeAllWindows", core.Qt.ConnectionType.QueuedConnection
            )

    threading.Thread(target=wait, name="sigterm", daemon=True).start()


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "-m" and sys.argv[2] in CHILD_MODULES:
        module = sys.argv[2]
        sys.argv = [sys.argv[0], *sys.argv[3:]]  # as `python -m` leaves it for the module
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    _close_on_sigterm()
    from engagetrack.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
