"""Which parts of Qt the bundle keeps: the modules the program imports and the plugins they load.

EngageTrack imports QtCore, QtGui, QtWidgets and QtCharts (check with
`grep -rhoE "PySide6\\.Qt[A-Za-z]+" engagetrack | sort -u`); everything else that PySide6's
wheels carry is left out, and so are the plugins and Qt translations nothing here loads.
Used by engagetrack.spec on the Analysis' TOC entries `(dest_name, src_name, kind)`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath
from typing import TypeVar

T = TypeVar("T", bound=tuple[str, ...])

# Python modules never to follow, even if a library mentions them
EXCLUDED_MODULES = [
    *(
        f"PySide6.{m}"
        for m in [
            "Qt3DAnimation",
            "Qt3DCore",
            "Qt3DExtras",
            "Qt3DInput",
            "Qt3DLogic",
            "Qt3DRender",
            "QtAxContainer",
            "QtBluetooth",
            "QtCanvasPainter",
            "QtConcurrent",
            "QtDataVisualization",
            "QtDesigner",
            "QtGraphs",
            "QtGraphsWidgets",
            "QtHelp",
            "QtHttpServer",
            "QtLabsStyleKit",
            "QtLocation",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "QtNetwork",
            "QtNetworkAuth",
            "QtNfc",
            "QtPdf",
            "QtPdfWidgets",
            "QtPositioning",
            "QtPrintSupport",
            "QtQml",
            "QtQuick",
            "QtQuick3D",
            "QtQuickControls2",
            "QtQuickTest",
            "QtQuickWidgets",
            "QtRemoteObjects",
            "QtScxml",
            "QtSensors",
            "QtSerialBus",
            "QtSerialPort",
            "QtSpatialAudio",
            "QtSql",
            "QtStateMachine",
            "QtSvgWidgets",
            "QtTest",
            "QtTextToSpeech",
            "QtUiTools",
            "QtWebChannel",
            "QtWebEngineCore",
            "QtWebEngineQuick",
            "QtWebEngineWidgets",
            "QtWebSockets",
            "QtWebView",
            "QtXml",
            "QtAsyncio",
            "scripts",
        ]
    ),
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    "lib2to3",
    "IPython",
    "matplotlib",
    "numpy",
    "PIL",
    "pytest",
    "setuptools",
    "pkg_resources",
    "chardet",
    "pygments",
]

# Plugins kept, by folder, as their names without "lib" and the file extension: the screens
# the window can open on (Windows, macOS, X11, Wayland, offscreen for tests), SVG for the icons,
# ICO for Windows, the input methods that type accented French, the desktop's file dialogs.
KEPT_PLUGINS = {
    "platforms": {
        "qwindows",
        "qcocoa",
        "qxcb",
        "qwayland",
        "qwayland-egl",
        "qwayland-generic",
        "qoffscreen",
        "qminimal",
    },
    # not qgtk3: it drags GTK's own stack (cairo, pango, atk) in, for looks the portal gives
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "imageformats": {"qsvg", "qico"},
    "iconengines": {"qsvgicon"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "wayland-shell-integration": {"xdg-shell", "wl-shell-plugin", "qt-shell"},
    "wayland-decoration-client": {"bradient", "adwaita"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
}
# Qt's own translations: only the languages the program speaks, and only qtbase (the one
# catalogue engagetrack.ui.i18n loads)
KEPT_TRANSLATIONS = re.compile(r"qtbase_(en|fr)\.qm")


def _plugin_name(file_name: str) -> str:
    stem = file_name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def wanted(dest: str) -> bool:
    """Whether a file at `dest` (its path inside the bundle) stays."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "Qt" in parts or "PySide6" in parts:
        if "plugins" in parts:
            at = parts.index("plugins")
            if len(parts) <= at + 2:
                return True
            folder, name = parts[at + 1], parts[-1]
            return _plugin_name(name) in KEPT_PLUGINS.get(folder, set())
        if "translations" in parts:
            return bool(KEPT_TRANSLATIONS.fullmatch(parts[-1]))
        if "qml" in parts or "metatypes" in parts or "libexec" in parts:
            return False
    return True


def keep(entries: Iterable[T]) -> list[T]:
    """The TOC without what the program never loads."""
    return [e for e in entries if wanted(e[0])]


def reachable(binaries: list[T], imports: Callable[[str], Iterable[str]]) -> list[T]:
    """The binaries without the shared libraries that only the dropped plugins needed.

    PyInstaller adds each plugin's libraries before the spec can drop the plugin (the virtual
    keyboard brings QtQuick and QML, the GTK theme all of GTK's stack), so the libraries are
    kept only when a Python extension, a kept plugin or another kept library links to them.
    `imports(path)` names the libraries a binary links to (PyInstaller's bindepend).
    """

    def name(e: T) -> str:
        return PurePosixPath(e[0].replace("\\", "/")).name

    files = [e for e in binaries if e[2] != "SYMLINK"]  # a link's source is its target's name
    by_name = {name(e): e for e in files}
    roots = [
        e
        for e in files
        if e[2] == "EXTENSION"
        or "plugins" in e[0].replace("\\", "/").split("/")
        or name(e).lower().startswith(("libpython", "python"))
    ]
    seen = {name(e) for e in roots}
    todo = [e[1] for e in roots]
    while todo:
        for lib in imports(todo.pop()):
            found = PurePosixPath(lib.replace("\\", "/")).name
            if found in by_name and found not in seen:
                seen.add(found)
                todo.append(by_name[found][1])
    return [e for e in binaries if PurePosixPath(e[0].replace("\\", "/")).name in seen]


def without_dangling_links(entries: list[T], kept: set[str]) -> list[T]:
    """The TOC without the links PyInstaller made to libraries that are no longer kept."""

    def target(e: T) -> str:
        return str(PurePosixPath(e[0]).parent / e[1]).replace("\\", "/")

    return [e for e in entries if e[2] != "SYMLINK" or _tidy(target(e)) in kept]


def _tidy(path: str) -> str:
    out: list[str] = []
    for part in path.split("/"):
        if part == "..":
            out.pop()
        elif part not in ("", "."):
            out.append(part)
    return "/".join(out)
