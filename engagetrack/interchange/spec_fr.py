"""The workbook format's French names: sheets and headers, beside spec.py's English ones.

Export writes a workbook in one language; import matches sheet names and headers in either
language (ignoring case and surrounding spaces), so an English, a French or a mixed workbook
imports alike. docs/workbook-format.md lists both.
"""

from __future__ import annotations

from engagetrack.interchange import spec

SHEETS_FR: dict[str, str] = {
    spec.SUMMARY: "Sommaire",
    "Organizations": "Organisations",
    "Contacts": "Contacts",
    "Meetings": "Réunions",
    "Commitments": "Engagements",
    "Principles": "Principes",
    spec.OVERDUE: "En retard",
    spec.BRIEFS: "Notes d'information",
}

# English header -> French, for every sheet (a header means the same on each sheet)
HEADERS_FR: dict[str, str] = {
    "Name": "Nom",
    "Kind": "Type",
    "Country": "Pays",
    "Sector": "Secteur",
    "Stage": "Étape",
    "Stage Since": "À l'étape depuis le",
    "Endorsed On": "Adhésion le",
    "Priority": "Priorité",
    "Lead Official": "Responsable",
    "Classification": "Cote",
    "Notes": "Notes",
    "Organization": "Organisation",
    "Title": "Titre",
    "Email": "Courriel",
    "Phone": "Téléphone",
    "Date": "Date",
    "Organizations": "Organisations",
    "Principles": "Principes",
    "Lead": "Responsable",
    "Location": "Lieu",
    "Summary": "Résumé",
    "Outcomes": "Résultats",
    "Description": "Description",
    "Principle": "Principe",
    "Owner": "Responsable",
    "Due": "Échéance",
    "Status": "État",
    "Completed On": "Terminé le",
    "Meeting": "Réunion",
    spec.DAYS_OVERDUE: "Jours de retard",
    # the briefing-note log
    "Number": "Numéro",
    "Title (French)": "Titre (français)",
    "Addressee": "Destinataire",
    "Scope": "Portée",
    "Marking": "Cote de sécurité",
    "Prepared By": "Rédigée par",
    "Language": "Langue",
    "SHA-256": "SHA-256",
    # the Principles sheet's legend
    "Legend": "Légende",
}


def sheet_name(name: str, language: str) -> str:
    """A sheet's name in "en" or "fr"."""
    return SHEETS_FR.get(name, name) if language == "fr" else name


def header(text: str, language: str) -> str:
    """A column header in "en" or "fr" (P1 … P11 are the same in both)."""
    return HEADERS_FR.get(text, text) if language == "fr" else text


def sheet_for_title(title: str) -> str | None:
    """The format's (English) sheet name for a sheet title in either language."""
    return _SHEET_BY_TITLE.get(" ".join(title.split()).casefold())


def headers_by_text(sheet: spec.SheetSpec) -> dict[str, str]:
    """Header text (casefolded, either language) -> the format's English header."""
    found: dict[str, str] = {}
    for h in sheet.headers:
        found[header(h, "fr").casefold()] = h
        found[h.casefold()] = h
    return found


_SHEET_BY_TITLE: dict[str, str] = {
    **{fr.casefold(): en for en, fr in SHEETS_FR.items()},
    **{en.casefold(): en for en in SHEETS_FR},
}
