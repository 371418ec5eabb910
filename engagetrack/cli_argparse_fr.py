"""argparse's own words (usage, headings, its error messages) in French when the command line
runs in French; our own texts go through `t()` and domain/messages_fr.py.

argparse looks its words up through the module's `_` and `ngettext` each time it shows them
(gettext, with no catalogue of its own shipped): `install` points both at this table, which
follows the current language at the moment argparse asks. The keys are argparse's own
texts, placeholders included, exactly; the ones only a programmer's mistake can show are
left in English.
"""

from __future__ import annotations

import argparse

from engagetrack.domain.messages import language

ARGPARSE_FR: dict[str, str] = {
    "usage: ": "utilisation : ",
    # argparse writes the colon right after a heading; French sets it off with a space
    "positional arguments": "arguments positionnels\u00a0",
    "options": "options\u00a0",
    "show this help message and exit": "afficher cette aide et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "the following arguments are required: %s": "les arguments suivants sont obligatoires : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix non valide : %(value)r (choisir parmi %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "invalid %(type)s value: %(value)r": "valeur %(type)s non valide : %(value)r",
    "expected one argument": "un argument attendu",
    "expected at most one argument": "au plus un argument attendu",
    "expected at least one argument": "au moins un argument attendu",
    "expected %s argument": "%s argument attendu",
    "expected %s arguments": "%s arguments attendus",
    "not allowed with argument %s": "non permis avec l'argument %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s pourrait correspondre à %(matches)s"
    ),
    "ignored explicit argument %r": "argument explicite ignoré : %r",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
}


def text(message: str) -> str:
    """argparse's `message` in the current language."""
    return ARGPARSE_FR.get(message, message) if language() == "fr" else message


def plural(singular: str, several: str, count: int) -> str:
    return text(singular if count == 1 else several)


def install() -> None:
    """From now on argparse speaks the current language (its texts are looked up when
    shown, and a parser's headings when it is built: build parsers after the language is
    set)."""
    argparse._ = text  # type: ignore[attr-defined]
    argparse.ngettext = plural  # type: ignore[attr-defined]
