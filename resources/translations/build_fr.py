"""Rebuild the French translation: extract every tr() string, fill in the glossary, compile.

    python resources/translations/build_fr.py

Strings without a French entry stay English at run time (Qt falls back); extend GLOSSARY to
translate more. Vocabulary codes and column headers are added by hand (contexts
"vocabulary" and "columns"): they are translated dynamically, so lupdate cannot see them.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent

VOCABULARY = {
    "Company": "Entreprise", "Government": "Gouvernement", "NGO": "ONG",
    "Industry association": "Association sectorielle", "International organization": "Organisation internationale",
    "Law enforcement": "Forces de l'ordre", "Academic": "Milieu universitaire",
    "Identified": "Repérée", "Contacted": "Contactée", "Engaged": "En dialogue", "Considering": "En réflexion",
    "Endorsed": "Adhérente", "Declined": "Refus", "On hold": "En suspens",
    "High": "Élevée", "Medium": "Moyenne", "Low": "Faible",
    "Unknown": "Inconnu", "Not started": "Non commencé", "Planned": "Prévu", "In progress": "En cours",
    "Implemented": "Mis en œuvre", "Not applicable": "Sans objet",
    "Bilateral": "Bilatérale", "Roundtable": "Table ronde", "Ministerial": "Ministérielle",
    "Conference": "Conférence", "Call": "Appel", "Correspondence": "Correspondance", "Other": "Autre",
    "Open": "Ouvert", "Done": "Fait", "Dropped": "Abandonné",
    "UNCLASSIFIED": "NON CLASSIFIÉ", "PROTECTED A": "PROTÉGÉ A", "PROTECTED B": "PROTÉGÉ B",
}
COLUMNS = {
    "Name": "Nom", "Kind": "Type", "Country": "Pays", "Sector": "Secteur", "Stage": "Étape", "Since": "Depuis",
    "Priority": "Priorité", "Lead official": "Responsable", "Marking": "Cote", "Archived": "Archivée",
    "Date": "Date", "Title": "Titre", "Organizations": "Organisations", "Lead": "Responsable",
    "Location": "Lieu", "Principles": "Principes", "Due": "Échéance", "Status": "État",
    "Organization": "Organisation", "Description": "Description", "Owner": "Responsable",
    "Principle": "Principe", "Meeting": "Réunion", "Completed": "Terminé le",
    "Lead official ": "Responsable", "Days in stage": "Jours à l'étape", "Next due": "Prochaine échéance",
}
TABS = {
    "Dashboard": "Tableau de bord", "Organizations": "Organisations", "Pipeline": "Cheminement",
    "Meetings": "Réunions", "Commitments": "Engagements", "Principles": "Principes", "Export": "Exportation",
}
GLOSSARY = {
    **TABS,
    "&File": "&Fichier", "&New register…": "&Nouveau registre…", "&Open…": "&Ouvrir…",
    "Open &recent": "Ouvrir un fichier &récent", "&Backup now": "&Sauvegarder maintenant",
    "Restore from bac&kup…": "Restaurer une sau&vegarde…", "&Import workbook…": "&Importer un classeur…",
    "&Export workbook…": "&Exporter le classeur…", "&Quit": "&Quitter", "&Edit": "É&dition",
    "&New record": "&Nouvel élément", "&Find…": "&Rechercher…", "&View": "&Affichage", "&Refresh": "Actualis&er",
    "&Help": "Ai&de", "&About EngageTrack": "À &propos d'EngageTrack", "The &principles' source": "&Source des principes",
    "&Data folder": "Dossier des &données", "Read-only": "Lecture seule", "Editing": "Modification",
    "Holds: %1": "Contient : %1", " [read-only]": " [lecture seule]", "About EngageTrack": "À propos d'EngageTrack",
    "Save": "Enregistrer", "Cancel": "Annuler", "Name": "Nom", "Title": "Titre", "E-mail": "Courriel",
    "Phone": "Téléphone", "Notes": "Notes", "Description": "Description", "Principle": "Principe", "Meeting": "Réunion",
    "Owner": "Responsable", "Status": "État", "Marking": "Cote", "Country": "Pays", "Sector": "Secteur",
    "Website": "Site Web", "Priority": "Priorité", "Lead official": "Responsable", "Stage": "Étape", "Kind": "Type",
    "Date": "Date", "Location": "Lieu", "Lead": "Responsable", "Summary": "Résumé", "Outcomes": "Résultats",
    "Contacts": "Personnes-ressources", "Evidence": "Preuves", "Source": "Source", "Assessed on": "Évalué le",
    "&Name": "&Nom", "&Title": "&Titre", "&E-mail": "&Courriel", "&Phone": "Télé&phone", "N&otes": "N&otes",
    "&Notes": "&Notes", "&Country": "&Pays", "&Sector": "&Secteur", "&Website": "Site &Web", "&Priority": "P&riorité",
    "&Lead official": "&Responsable", "S&tage": "É&tape", "&Marking": "&Cote", "&Kind": "T&ype", "&Date": "&Date",
    "&Location": "&Lieu", "L&ead": "Res&ponsable", "&Summary": "Rés&umé", "O&utcomes": "Ré&sultats",
    "&Organization": "&Organisation", "&Description": "&Description", "&Principle": "&Principe", "&Meeting": "&Réunion",
    "O&wner": "Res&ponsable", "D&ue": "É&chéance", "&Completed on": "&Terminé le", "Mar&king": "Co&te",
    "&Status": "É&tat", "&Evidence": "&Preuves", "S&ource": "S&ource", "&Assessed on": "É&valué le",
    "Organizations in the register": "Organisations au registre", "Endorsers of the principles": "Adhérents aux principes",
    "Open commitments": "Engagements ouverts", "Overdue commitments": "Engagements en retard",
    "Endorsers, newest first": "Adhérents, les plus récents d'abord",
    "Overdue commitments, most overdue first": "Engagements en retard, les plus anciens d'abord",
    "Due in the next 30 days": "Échéance dans les 30 prochains jours",
    "Upcoming meetings (next 60 days)": "Réunions à venir (60 prochains jours)",
    "Recent meetings (last 30 days)": "Réunions récentes (30 derniers jours)",
    "Principle coverage: endorsers implementing each principle": "Couverture : adhérents qui mettent en œuvre chaque principe",
    "Endorsers over time": "Adhérents au fil du temps", "not counting archived ones": "sans les organisations archivées",
    "open or in progress": "ouverts ou en cours", "%1 more due in the next 30 days": "%1 autres à échéance d'ici 30 jours",
    "By stage: ": "Par étape : ", "Overdue %1 days · %2 · %3": "En retard de %1 jours · %2 · %3",
    "Nothing is overdue.": "Rien n'est en retard.", "No endorsers yet.": "Aucun adhérent pour l'instant.",
    "Nothing falls due in the next 30 days.": "Rien n'arrive à échéance d'ici 30 jours.",
    "No meetings planned in the next 60 days.": "Aucune réunion prévue d'ici 60 jours.",
    "No meetings in the last 30 days.": "Aucune réunion au cours des 30 derniers jours.",
    "… and %1 more overdue: see Commitments": "… et %1 autres en retard : voir Engagements",
    "… and %1 more: see Commitments": "… et %1 autres : voir Engagements",
    "… and %1 more: see Organizations": "… et %1 autres : voir Organisations",
    "… and %1 more: see Meetings": "… et %1 autres : voir Réunions",
    "%1 · Planned · %2 (%3)": "%1 · Prévue · %2 (%3)",
    "Sheets": "Feuilles", "What goes in": "Contenu", "Marking ceiling:": "Cote maximale :", "Marking ceiling": "Cote maximale",
    "Summarise changes since": "Résumer les changements depuis", "Since:": "Depuis :", "Prepared by:": "Préparé par :",
    "File:": "Fichier :", "&Browse…": "&Parcourir…", "&Export": "&Exporter", "&Cancel": "&Annuler",
    "Open &folder": "Ouvrir le &dossier", "Export workbook": "Exporter le classeur",
    "Cancelled; no file was written.": "Annulé; aucun fichier n'a été écrit.",
    "Exported %1 rows to %2, marked %3.": "%1 lignes exportées dans %2, cote %3.",
    "Everything is included. The workbook is marked with the highest level it actually contains.":
        "Tout est inclus. Le classeur porte la cote la plus élevée de ce qu'il contient réellement.",
    "Records marked %1 are left out everywhere, names in other rows included. The workbook is marked with the highest level it actually contains.":
        "Les éléments cotés %1 sont exclus partout, y compris leurs noms dans d'autres lignes. Le classeur porte la cote la plus élevée de ce qu'il contient réellement.",
    "Search name, country, sector, lead official…": "Rechercher un nom, un pays, un secteur, un responsable…",
    "All kinds": "Tous les types", "All stages": "Toutes les étapes", "All priorities": "Toutes les priorités",
    "All markings": "Toutes les cotes", "All countries": "Tous les pays", "Show &archived": "Afficher les &archivées",
    "&New organization…": "&Nouvelle organisation…", "&Edit…": "&Modifier…", "Change &stage…": "Changer d'&étape…",
    "Ar&chive": "Ar&chiver", "Un&archive": "Dés&archiver", "&Delete…": "&Supprimer…", "&Merge…": "&Fusionner…",
    "Select an organization to see its story.": "Choisissez une organisation pour voir son historique.",
    "Add contact…": "Ajouter une personne…", "Edit…": "Modifier…", "Remove…": "Retirer…",
    "Stage history": "Historique des étapes", "Principles": "Principes", "Endorsed on": "Adhésion le",
    "Contacts (%1)": "Personnes-ressources (%1)", "Meetings (%1)": "Réunions (%1)", "Commitments (%1)": "Engagements (%1)",
    "%1 organizations": "%1 organisations", "1 organization": "1 organisation", "not assessed": "non évalué",
    "New organization": "Nouvelle organisation", "Edit organization": "Modifier l'organisation",
    "⚠ Possible duplicate of: %1": "⚠ Doublon possible de : %1",
    "Search description, owner, organization…": "Rechercher une description, un responsable, une organisation…",
    "All statuses": "Tous les états", "Open or in progress": "Ouverts ou en cours", "Overdue": "En retard",
    "All owners": "Tous les responsables", "All organizations": "Toutes les organisations", "Due from": "Échéance du",
    "to": "au", "C&lear filters": "E&ffacer les filtres", "&New commitment…": "&Nouvel engagement…",
    "Set status…": "Changer l'état…", "New commitment": "Nouvel engagement", "Edit commitment": "Modifier l'engagement",
    "Search title, lead, location…": "Rechercher un titre, un responsable, un lieu…", "From": "Du",
    "&New meeting…": "&Nouvelle réunion…", "New meeting": "Nouvelle réunion", "Edit meeting": "Modifier la réunion",
    "Principles discussed": "Principes abordés", "Add &commitment from this meeting…": "Ajouter un &engagement issu de cette réunion…",
    "Filter organizations by name…": "Filtrer les organisations par nom…", "All lead officials": "Tous les responsables",
    "&Board": "&Tableau", "&Table": "&Liste", "Off the line": "Hors cheminement",
    "Drag a card, or select it and press Ctrl+→ / Ctrl+←, to change its stage.":
        "Glissez une carte, ou choisissez-la et appuyez sur Ctrl+→ / Ctrl+←, pour changer son étape.",
    "&Endorsers only": "&Adhérents seulement", "Key:": "Légende :", "Implemented / shown": "Mis en œuvre / affichés",
    "Find": "Rechercher", "Find an organization, contact, meeting or commitment…": "Trouver une organisation, une personne, une réunion ou un engagement…",
    "Type at least two letters.": "Tapez au moins deux lettres.", "Nothing found.": "Aucun résultat.",
    "Change stage": "Changer d'étape", "Date of the change": "Date du changement", "Note": "Note", "&Note": "&Note",
    "Move": "Déplacer", "Load the &demo dataset": "Charger les &données de démonstration",
    "&Import a workbook…": "&Importer un classeur…", "Start &empty": "Commencer à &vide",
    "Import workbook": "Importer un classeur", "Open &read-only": "Ouvrir en &lecture seule",
    "Open a &backup…": "Ouvrir une &sauvegarde…", "Open &another file…": "Ouvrir un &autre fichier…",
    "Merge into %1": "Fusionner dans %1", "Yes": "Oui", "(none)": "(aucun)", "(no meeting)": "(aucune réunion)",
    "no date": "sans date", "N/A": "S.O.", "Completed on": "Terminé le", "Due date": "Échéance",
}


def main() -> None:
    sources = [str(p) for p in sorted((ROOT / "engagetrack" / "ui").rglob("*.py"))]
    ts = HERE / "engagetrack_fr.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts), "-no-obsolete"], check=True)
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "fr_CA")
    for context in root.findall("context"):
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if source in GLOSSARY:
                translation.text = GLOSSARY[source]
                translation.attrib.pop("type", None)
    for name, table in (("vocabulary", VOCABULARY), ("columns", COLUMNS), ("MainWindow", TABS)):
        context = next((c for c in root.findall("context") if c.findtext("name") == name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        present = {m.findtext("source") for m in context.findall("message")}
        for source, text in table.items():
            if source in present:
                continue
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(HERE / "engagetrack_fr.qm")], check=True)


if __name__ == "__main__":
    main()
