"""Translation: Qt's own translations beside the app's, and translated vocabulary labels.

Every user-visible string goes through translation: `self.tr()` in a class's own methods,
the module's `tr()` elsewhere (a module function, a base class); counts use Qt's plural forms
(`tr("%n meeting(s)", None, n)`, with an English catalogue that spells the forms out);
placeholders are Qt's %1 … %9, filled by `arg()`. Vocabulary codes are translated with the
context "vocabulary" so the stored English codes never change.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from engagetrack.domain import messages
from engagetrack.domain.vocabularies import Vocabulary
from engagetrack.ui.resources import resource_path

_installed: list[QTranslator] = []


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a string written outside a class's own methods (or in a base class, whose
    `self.tr` would look the text up under the subclass's name). The context is empty, as
    pyside6-lupdate files such calls; `n` picks a plural form ("%n organization(s)")."""
    return QCoreApplication.translate("", text, disambiguation, n)


def column_header(text: str) -> str:
    """A table's column header: the listings name their columns in English (context
    "columns", filled in by resources/translations/build_fr.py)."""
    return QCoreApplication.translate("columns", text)


_PLACEHOLDER = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """Fill Qt-style placeholders %1 … %9 in one pass, like QString::arg (a value that itself
    holds "%2" is left alone)."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m[0],
        text,
    )


def number(value: int) -> str:
    """A count as the language writes it: 10,000 in English, 10 000 in French."""
    return QLocale().toString(value)


def vocab_label(member: Vocabulary | str | None) -> str:
    """The translated label of a vocabulary code (the code itself in English)."""
    if member is None:
        return ""
    code = member.value if isinstance(member, Vocabulary) else str(member)
    return QCoreApplication.translate("vocabulary", code)


LANGUAGES = {"en": "English", "fr": "Français"}


def language() -> str:
    """The language the window speaks now ("en" or "fr"): data that exists in both (the
    principles' titles and texts) is shown in it."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


LANGUAGE_KEY = "ui/language"


def preferred_language() -> str | None:
    """ENGAGETRACK_LANG, else the language chosen in the View menu, else the system's."""
    chosen = os.environ.get("ENGAGETRACK_LANG") or QSettings().value(LANGUAGE_KEY)
    return str(chosen) if chosen in LANGUAGES else None


def install_translators(language: str | None = None) -> str:
    """Load Qt's and EngageTrack's translations for `language` (default: the system's)."""
    app = QCoreApplication.instance()
    if app is None:
        return "en"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(language) if language else QLocale.system()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    # a language EngageTrack does not speak falls back to English, whose catalogue holds the
    # plural forms of its counts ("%Ln meeting(s)" -> "1 meeting", "2 meetings")
    folder = str(resource_path("translations"))
    if ours.load(locale, "engagetrack", "_", folder) or ours.load("engagetrack_en", folder):
        app.installTranslator(ours)
        _installed.append(ours)
    if not ours.language().startswith(locale.name().split("_")[0]):
        locale = QLocale(QLocale.Language.English, QLocale.Country.Canada)
    QLocale.setDefault(locale)  # numbers and dates (%Ln, QLocale()) in the chosen language
    messages.set_language(locale.name())  # and the services' messages (domain/messages.py)
    return locale.name().split("_")[0]
