"""The vocabularies' French labels, by code: what a French workbook's cells and messages say.

The same words as the window's (resources/translations/glossary_fr.py VOCABULARY); a unit
test keeps the two equal, so a French workbook and the French window never disagree.
"""

from __future__ import annotations

LABELS_FR: dict[str, str] = {
    "Company": "Entreprise",
    "Government": "Gouvernement",
    "NGO": "ONG",
    "Industry association": "Association sectorielle",
    "International organization": "Organisation internationale",
    "Law enforcement": "Application de la loi",
    "Academic": "Milieu universitaire",
    "Identified": "Repérée",
    "Contacted": "Contactée",
    "Engaged": "En dialogue",
    "Considering": "En réflexion",
    "Endorsed": "Adhérente",
    "Declined": "Refus",
    "On hold": "En suspens",
    "High": "Élevée",
    "Medium": "Moyenne",
    "Low": "Faible",
    "Unknown": "Inconnu",
    "Not started": "Non commencé",
    "Planned": "Prévu",
    "In progress": "En cours",
    "Implemented": "Mis en œuvre",
    "Not applicable": "Sans objet",
    "Bilateral": "Bilatérale",
    "Roundtable": "Table ronde",
    "Ministerial": "Ministérielle",
    "Conference": "Conférence",
    "Call": "Appel",
    "Correspondence": "Correspondance",
    "Other": "Autre",
    "Open": "Ouvert",
    "Done": "Terminé",
    "Dropped": "Abandonné",
    "UNCLASSIFIED": "NON CLASSIFIÉ",
    "PROTECTED A": "PROTÉGÉ A",
    "PROTECTED B": "PROTÉGÉ B",
}
