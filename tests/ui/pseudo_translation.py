"""A pseudo-translation: a translator that marks every string it finds in the French catalogue,
and a walk over a window that lists every visible text that was not marked.

A text that did not pass through translation, or passed under a context the catalogue does not
know (so French users would see it in English), shows up unmarked. Qt's own strings (contexts
starting with "Q", such as the standard buttons) are Qt's catalogue's job and count as marked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView
from PySide6.QtCore import (
    QAbstractItemModel,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"
CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "engagetrack_fr.ts"
# data the tests put in the register: a token the walk may meet in any text
DATA = re.compile(r"ZZ\w*")
TAGS = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")
# the language menu names each language in that language, on purpose
NAMES_OF_THEMSELVES = {"English", "Français", "EngageTrack"}


def catalogue_entries(path: Path = CATALOGUE) -> set[tuple[str, str]]:
    """(context, source) of every message of the Qt Linguist file."""
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.findall("context")
        for message in context.findall("message")
    }


class MarkingTranslator(QTranslator):
    """Returns ⟦source⟧ for what the catalogue holds under the same context; nothing else."""

    def __init__(self, entries: set[tuple[str, str]]) -> None:
        super().__init__()
        self.entries = entries
        self.missed: set[tuple[str, str]] = set()
        # Qt's own strings (standard buttons, line-edit menus) are Qt's French catalogue's job:
        # marked only when that catalogue has them. (PySide6's self.tr also asks the base
        # classes' contexts, QWidget and the like, for a text its own class lacks.)
        self.qt = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        assert self.qt.load(QLocale(QLocale.Language.French), "qtbase", "_", folder)

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if (context, source) in self.entries or (
            context.startswith("Q") and self.qt.translate(context, source, disambiguation, n)
        ):
            return f"{OPEN}{source}{CLOSE}"
        self.missed.add((context, source))
        return None  # not found: Qt shows the source as it is (an empty str would blank it)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can see or hear on `root` and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}:{w.objectName() or w.accessibleName()[:30]}"
        if w.isWindow():
            yield name + ".windowTitle", w.windowTitle()
        for attr in ("toolTip", "accessibleName", "accessibleDescription", "statusTip"):
            yield f"{name}.{attr}", getattr(w, attr)()
        if isinstance(w, QLabel):
            yield name + ".text", w.text()
        if isinstance(w, QAbstractButton):
            yield name + ".text", w.text()
        if isinstance(w, QGroupBox):
            yield name + ".title", w.title()
        if isinstance(w, QLineEdit | QPlainTextEdit):
            yield name + ".placeholder", w.placeholderText()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name}.tab{i}", w.tabText(i)
                yield f"{name}.tabTip{i}", w.tabToolTip(i)
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name}.item{i}", w.itemText(i)
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                yield f"{name}.row{i}", item.text()
                yield f"{name}.rowTip{i}", item.toolTip()
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            for c in range(w.columnCount()):
                yield f"{name}.header{c}", header.text(c)
            for i in range(w.topLevelItemCount()):
                item = w.topLevelItem(i)
                for c in range(w.columnCount()):
                    yield f"{name}.row{i}.{c}", item.text(c)
        elif isinstance(w, QTableView | QHeaderView) and w.model() is not None:
            yield from _headers(name, w.model())
            if isinstance(w, QTableView):
                yield from _cells(name, w.model())
        if isinstance(w, QListView) and not isinstance(w, QListWidget) and w.model() is not None:
            yield from _cells(name, w.model(), columns=1)
        if isinstance(w, QChartView):
            yield from _chart_texts(name, w.chart())
        for action in w.actions():
            yield from _action_texts(name, action)
        if isinstance(w, QMenu):
            yield from menu_texts(w, name)


def _headers(name: str, model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    for c in range(model.columnCount(QModelIndex())):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(c, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield f"{name}.column{c}", value


CELL_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


def _cells(
    name: str, model: QAbstractItemModel, rows: int = 30, columns: int | None = None
) -> Iterator[tuple[str, str]]:
    """What the first rows of a table (or list) say in each cell, tooltips included."""
    width = columns if columns is not None else model.columnCount(QModelIndex())
    for r in range(min(rows, model.rowCount(QModelIndex()))):
        for c in range(width):
            for role in CELL_ROLES:
                value = model.index(r, c).data(role)
                if isinstance(value, str):
                    yield f"{name}.cell{r},{c}", value


def _chart_texts(name: str, chart: QChart) -> Iterator[tuple[str, str]]:
    yield name + ".chartTitle", chart.title()
    for axis in chart.axes():
        yield name + ".axisTitle", axis.titleText()
        if isinstance(axis, QBarCategoryAxis):
            for category in axis.categories():
                yield name + ".category", category
    for marker in chart.legend().markers():
        yield name + ".legend", marker.label()
    for series in chart.series():
        yield name + ".series", series.name()


def _action_texts(name: str, action: QAction) -> Iterator[tuple[str, str]]:
    yield f"{name}.action.text", action.text()
    yield f"{name}.action.statusTip", action.statusTip()
    # an action without a tooltip of its own shows its text, less "&" and "…": already seen
    if action.toolTip() != action.text().replace("&", "").replace("…", ""):
        yield f"{name}.action.toolTip", action.toolTip()


def menu_texts(menu: QMenu, name: str = "menu") -> Iterator[tuple[str, str]]:
    yield name + ".title", menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield from _action_texts(name, action)
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_texts(sub, name + ">" + sub.title())


class Checker:
    """Finds English in walked texts. A marked text is looked into as well: the values put
    into its placeholders (%1 … %9, %Ln) must be marked, data or numbers themselves, so that
    "Holds: PROTECTED B" built from a translated "Holds: %1" is still caught."""

    def __init__(self, sources: Iterable[str], data: Iterable[str] = ()) -> None:
        self.data = sorted(data, key=len, reverse=True)
        sources = list(sources)
        self.sources = set(sources)
        self.templates = [
            re.compile(
                "^"
                + re.sub(r"%(?:L?n|\d)", lambda _m: "(.*?)", re.escape(src).replace("%", "%"))
                + "$",
                re.S,
            )
            for src in sources
            if re.search(r"%(L?n|\d)", src)
        ]

    def english(self, text: str) -> bool:
        if not text:
            return False
        if OPEN in text:
            outside, inside = _split(text)
            return self.english(outside) or any(self._inside(inner) for inner in inside)
        bare = TAGS.sub(" ", text)
        for value in self.data:
            bare = bare.replace(value, " ")
        bare = DATA.sub("", bare)
        for name in NAMES_OF_THEMSELVES:
            bare = bare.replace(name, " ")
        return re.search(r"[^\W\d_]{2,}", bare) is not None  # two letters in a row: a word

    def _inside(self, inner: str) -> bool:
        """English in what filled a marked text's placeholders: when no reading of the text
        against the catalogue's templates has only marked, data or number values."""
        if inner in self.sources:
            return False
        readings = [t.match(inner) for t in self.templates]
        readings = [m for m in readings if m is not None]
        return bool(readings) and all(
            any(self.english(value) for value in m.groups()) for m in readings
        )


def _split(text: str) -> tuple[str, list[str]]:
    """The text outside the outermost ⟦…⟧ pairs, and the contents of those pairs."""
    depth, start, outside, inside = 0, 0, [], []
    for i, ch in enumerate(text):
        if ch == OPEN:
            if depth == 0:
                outside.append(text[start:i])
                start = i + 1
            depth += 1
        elif ch == CLOSE and depth:
            depth -= 1
            if depth == 0:
                inside.append(text[start:i])
                start = i + 1
    outside.append(text[start:])
    return " ".join(outside), inside


def untranslated(
    texts: Iterable[tuple[str, str]],
    data: Iterable[str] = (),
    sources: Iterable[str] = (),
) -> list[tuple[str, str]]:
    """The texts with English words in them (data tokens, `data` such as the register's path,
    and names aside); `sources` are the catalogue's texts, to look inside marked ones."""
    checker = Checker(sources, data)
    return sorted({(where, text) for where, text in texts if checker.english(text)})
