"""The words a person reads from below the window, in English or French, without Qt.

One mechanism for every message the domain, services, store, interchange and command line
produce: the English text is the key (as gettext does), values fill named `str.format`
placeholders (`{label}`), and the French catalogue (messages_fr.py) maps each English text
to its French. A message is rendered in the language current when it is made, so an
exception raised in French stays French. The window calls `set_language` when it installs
its translators; the command line sets the language from the environment.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

LANGUAGES = ("en", "fr")

_current = "en"
_french: dict[str, str] | None = None


def set_language(code: str) -> None:
    """Messages from now on in this language: "fr" (or "fr_CA", "fr-CA"…) or English."""
    global _current
    _current = normalise(code)


def language() -> str:
    """The current language: "en" or "fr"."""
    return _current


def normalise(code: str | None) -> str:
    """ "fr", "fr_CA.UTF-8", "French_Canada" → "fr"; anything else → "en"."""
    return "fr" if (code or "").strip().casefold().startswith("fr") else "en"


def t(text: str, /, **values: object) -> str:
    """`text` (English, the key) in the current language, placeholders filled."""
    return t_in(_current, text, **values)


def t_in(code: str, text: str, /, **values: object) -> str:
    """`text` in the given language whatever the current one (a French workbook exported
    from an English command line)."""
    if code == "fr":
        text = _catalogue().get(text, text)
    return text.format(**values) if values else text


def deferred(text: str) -> str:
    """Marks an English text for the catalogue that is translated later, with `t_in`
    (a heading kept in a table): returns it unchanged."""
    return text


def _catalogue() -> dict[str, str]:
    # loaded on first use: an English session never reads the French
    global _french
    if _french is None:
        from engagetrack.domain.messages_fr import FRENCH

        _french = FRENCH
    return _french


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language: ENGAGETRACK_LANG, else the system locale (LC_ALL,
    LC_MESSAGES, LANG, checked in that order as POSIX does), else what Python's locale
    module reports (Windows sets none of those variables)."""
    env = os.environ if environ is None else environ
    for name in ("ENGAGETRACK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            return normalise(value)
    if environ is not None:
        return "en"  # an explicit environment says all there is to say
    try:
        code = locale.getlocale()[0]
    except ValueError:  # an unparsable locale setting
        code = None
    return normalise(code)
