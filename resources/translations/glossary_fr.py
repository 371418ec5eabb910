"""The French of the window: every string the window shows, in the Government of Canada's
terms (Principes volontaires, Protégé A, note d'information, engagement, réunion).

Keys are the English source texts exactly as the code writes them (placeholders %1 … %9 and
%Ln kept); `build_translations.py` fills the Qt Linguist file from these tables. Vocabulary
codes and column headers are translated at run time under their own contexts ("vocabulary",
"columns"), which lupdate cannot see, so they are listed apart.

Conventions (Canadian federal usage, Le guide du rédacteur):
- a space before the colon, none before ? ! ; — the space before ":" and inside « » is made
  non-breaking by `_typeset` at the end of this file, so the tables below are typed with
  plain spaces;
- capital on the first word only of titles, labels and buttons;
- contact (a person at an organization) → personne-ressource; endorser → organisation
  adhérente; commitment → engagement; outreach/engagement (the work itself) → démarches,
  never "engagement", which means a commitment here;
- accelerators: one "&" where the English has one, chosen so that no two share a letter
  within a menu, a dialog or a tab, and so that a tab's buttons avoid the menu bar's
  letters (F Fichier, D Édition, A Affichage, I Aide).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the source tree

from engagetrack.domain.vocabulary_fr import LABELS_FR

# the vocabulary's French labels live in the domain, where the workbook and the messages
# read them too: one list for the window, the workbook and the command line
VOCABULARY: dict[str, str] = dict(LABELS_FR)
COLUMNS = {
    "Name": "Nom",
    "Kind": "Type",
    "Country": "Pays",
    "Sector": "Secteur",
    "Stage": "Étape",
    "Since": "Depuis",
    "Priority": "Priorité",
    "Lead official": "Responsable",
    "Marking": "Cote",
    "Archived": "Archivée",
    "Date": "Date",
    "Title": "Titre",
    "Organizations": "Organisations",
    "Lead": "Responsable",
    "Location": "Lieu",
    "Principles": "Principes",
    "Due": "Échéance",
    "Status": "État",
    "Organization": "Organisation",
    "Description": "Description",
    "Owner": "Responsable",
    "Principle": "Principe",
    "Meeting": "Réunion",
    "Completed": "Terminé le",
    "Lead official ": "Responsable",
    "Days in stage": "Jours à l'étape",
    "Next due": "Prochaine échéance",
    "In stage since": "À l'étape depuis",
    "Next commitment due": "Prochaine échéance",
}
TABS = {
    "Dashboard": "Tableau de bord",
    "Organizations": "Organisations",
    "Pipeline": "Cheminement",
    "Meetings": "Réunions",
    "Commitments": "Engagements",
    "Principles": "Principes",
    "Export": "Exportation",
}
GLOSSARY = {
    **TABS,
    # --- menu bar (F, D, A, I) ------------------------------------------------------------
    "&File": "&Fichier",
    "&New register…": "&Nouveau registre…",
    "Create a new, empty register file": "Créer un fichier de registre vide",
    "&Open…": "&Ouvrir…",
    "Open &recent": "Ouvrir un fichier &récent",
    "&Backup now": "Créer une copie de &sauvegarde",
    "Restore from bac&kup…": "Restaurer une copie de sauve&garde…",
    "&Import workbook…": "&Importer un classeur…",
    "&Export workbook…": "&Exporter le classeur…",
    "&Quit": "&Quitter",
    "&Edit": "É&dition",
    "&Undo": "&Annuler",
    "&Redo": "&Rétablir",
    "&New record": "&Nouvel élément",
    "Add a record on the current tab": "Ajouter un élément dans l'onglet actif",
    "&Find…": "Re&chercher…",
    "Search every organization, contact, meeting and commitment": (
        "Rechercher dans les organisations, personnes-ressources, réunions et engagements"
    ),
    "&View": "&Affichage",
    "&Language": "&Langue",
    "&Refresh": "Actualis&er",
    "&Help": "A&ide",
    "&About EngageTrack": "À &propos d'EngageTrack",
    "The &principles' source": "&Source des principes",
    "&Data folder": "Dossier des &données",
    # --- main window, status line ---------------------------------------------------------
    "Main sections": "Sections principales",
    "Open file": "Fichier ouvert",
    "Read-only": "Lecture seule",
    "Editing": "Modification",
    "Read-only state": "Mode d'accès",
    "Holds: %1": "Contient : %1",
    "Holds: …": "Contient : …",
    "Highest marking held": "Cote la plus élevée contenue",
    "The highest security marking of any record in this register. Store and share the file accordingly.": (
        "La cote de sécurité la plus élevée parmi les éléments de ce registre. Conservez et"
        " communiquez le fichier en conséquence."
    ),
    " [read-only]": " [lecture seule]",
    "That record is not shown on this tab.": "Cet élément n'est pas affiché dans cet onglet.",
    "EngageTrack will use %1 the next time it starts.": (
        "EngageTrack utilisera la langue « %1 » au prochain démarrage."
    ),
    "Nothing to add on this tab.": "Rien à ajouter dans cet onglet.",
    "That file already exists. Choose Open to open it.": (
        "Ce fichier existe déjà. Choisissez Ouvrir pour l'ouvrir."
    ),
    "Backing up…": "Copie de sauvegarde en cours…",
    "Backup written to %1": "Copie de sauvegarde enregistrée dans %1",
    "The daily backup failed: %1": "La copie de sauvegarde quotidienne a échoué : %1",
    "Restore from backup": "Restaurer une copie de sauvegarde",
    "Backups (*.db)": "Copies de sauvegarde (*.db)",
    "Replace the register with the backup %1?\n\nA copy of the register as it is now is kept in the backups folder first.": (
        "Remplacer le registre par la copie de sauvegarde %1?\n\nUne copie du registre dans son"
        " état actuel est d'abord conservée dans le dossier des copies de sauvegarde."
    ),
    "Restored. The register as it was is kept in %1.": (
        "Restauration terminée. Le registre dans son état antérieur est conservé dans %1."
    ),
    "The demo dataset is loaded.": "Les données de démonstration sont chargées.",
    "About EngageTrack": "À propos d'EngageTrack",
    "<h3>EngageTrack %1</h3><p>The register and outreach tracker for the %2.</p><p><b>Built from commit:</b> %3%4<br><b>Data file:</b> %5<br><b>Schema version:</b> %6<br><b>Marking scheme:</b> UNCLASSIFIED &lt; PROTECTED A &lt; PROTECTED B</p><p><b>The principles' source:</b> %7 The French text of the principles is an unofficial translation.</p><p>Works offline. EngageTrack never opens a network connection.</p>": (
        "<h3>EngageTrack %1</h3>"
        "<p>Registre et suivi des démarches de sensibilisation relatives aux %2.</p>"
        "<p><b>Compilé à partir de la validation :</b> %3%4<br>"
        "<b>Fichier de données :</b> %5<br><b>Version du schéma :</b> %6<br>"
        "<b>Système de cotes :</b> NON CLASSIFIÉ &lt; PROTÉGÉ A &lt; PROTÉGÉ B</p>"
        "<p><b>Source des principes :</b> %7 Le texte français des principes est une"
        " traduction non officielle.</p>"
        "<p>Fonctionne hors ligne. EngageTrack n'ouvre jamais de connexion réseau.</p>"
    ),
    ", on %1": ", le %1",
    "&Licences…": "&Licences…",
    "Third-party licences": "Licences de tiers",
    "EngageTrack uses Qt and PySide6 under the LGPL-3.0, and other open-source libraries under their own licences.": (
        "EngageTrack utilise Qt et PySide6 sous licence LGPL-3.0, ainsi que d'autres"
        " bibliothèques à code source ouvert sous leurs propres licences."
    ),
    "This copy runs from source: see THIRD-PARTY-LICENSES.txt in a release build, or each package's licence in the virtual environment.": (
        "Cette copie s'exécute à partir du code source : consultez THIRD-PARTY-LICENSES.txt dans"
        " une version publiée, ou la licence de chaque paquet dans l'environnement virtuel."
    ),
    "The principles' source": "Source des principes",
    # --- file dialogs ---------------------------------------------------------------------
    "New register": "Nouveau registre",
    "Open register": "Ouvrir un registre",
    "EngageTrack register (*.db)": "Registre EngageTrack (*.db)",
    "EngageTrack register (*.db);;All files (*)": (
        "Registre EngageTrack (*.db);;Tous les fichiers (*)"
    ),
    "Excel workbooks (*.xlsx)": "Classeurs Excel (*.xlsx)",
    "Excel workbook (*.xlsx)": "Classeur Excel (*.xlsx)",
    "Word document (*.docx)": "Document Word (*.docx)",
    # --- start-up dialogs -----------------------------------------------------------------
    "Message": "Message",
    "EngageTrack cannot open this register": "EngageTrack ne peut pas ouvrir ce registre",
    "This register cannot be opened": "Impossible d'ouvrir ce registre",
    "Open &read-only": "Ouvrir en &lecture seule",
    "Open a &backup…": "Ouvrir une copie de &sauvegarde…",
    "Open &another file…": "Ouvrir un &autre fichier…",
    "Welcome to EngageTrack": "Bienvenue dans EngageTrack",
    "EngageTrack keeps your register of companies and organizations and moves each one along the outreach pipeline towards endorsing the Voluntary Principles to Counter Online Child Sexual Exploitation and Abuse. Log meetings and roundtables, track commitments and their due dates, assess each endorser principle by principle, and export the briefing workbook before each ministerial meeting, with every record's security marking respected.": (
        "EngageTrack tient votre registre des entreprises et des organisations et suit la"
        " progression de chacune dans le cheminement de sensibilisation vers l'adhésion aux"
        " Principes volontaires pour contrer l'exploitation et les abus sexuels des enfants en"
        " ligne. Consignez les réunions et les tables rondes, suivez les engagements et leurs"
        " échéances, évaluez chaque organisation adhérente principe par principe et exportez"
        " le classeur d'information avant chaque réunion ministérielle, dans le respect de la"
        " cote de sécurité de chaque élément."
    ),
    "Everything stays on this computer, in <i>%1</i>.": (
        "Tout reste sur cet ordinateur, dans <i>%1</i>."
    ),
    "Everything stays on this computer.": "Tout reste sur cet ordinateur.",
    "How would you like to begin?": "Par quoi voulez-vous commencer?",
    "Load the &demo dataset": "Charger les &données de démonstration",
    "&Import a workbook…": "&Importer un classeur…",
    "Start &empty": "Commencer à &vide",
    # --- import ---------------------------------------------------------------------------
    "Import workbook": "Importer un classeur",
    "This register is open read-only.": "Ce registre est ouvert en lecture seule.",
    "Checking %1…": "Vérification de %1…",
    "\n… and %1 more.": "\n… et %1 autres.",
    "The workbook was not imported: nothing was changed. Correct these rows and try again.": (
        "Le classeur n'a pas été importé : rien n'a été modifié. Corrigez ces lignes et réessayez."
    ),
    "Import %1?\n\n%2": "Importer %1?\n\n%2",
    "Imported.\n\n%1": "Importation terminée.\n\n%1",
    # --- shared widgets and editors -------------------------------------------------------
    "Save": "Enregistrer",
    # a record someone else changed on the team server (RecordDialog)
    "&Reload": "&Recharger",
    "Password for the team register": "Mot de passe du registre d'équipe",
    "%1\n\nPassword for %2:": "%1\n\nMot de passe pour %2 :",
    "Updated with changes by %1": "Mis à jour avec les modifications de %1",
    "Reload the record": "Recharger la fiche",
    "Show the record as it is now; what you typed here is replaced": (
        "Afficher la fiche telle qu'elle est maintenant ; ce que vous avez saisi ici est remplacé"
    ),
    "Cancel": "Annuler",
    "Yes": "Oui",
    "Filter…": "Filtrer…",
    "Filter %1": "Filtrer : %1",
    "%1 chosen": "Choix : %1",
    "set": "(préciser la date)",
    "(none)": "(aucun)",
    "(no meeting)": "(aucune réunion)",
    "no date": "sans date",
    "N/A": "S.O.",
    "Name": "Nom",
    "Title": "Titre",
    "E-mail": "Courriel",
    "Phone": "Téléphone",
    "Notes": "Notes",
    "Note": "Note",
    "Description": "Description",
    "Principle": "Principe",
    "Meeting": "Réunion",
    "Owner": "Responsable",
    "Status": "État",
    "Marking": "Cote",
    "Country": "Pays",
    "Sector": "Secteur",
    "Website": "Site Web",
    "Priority": "Priorité",
    "Lead official": "Responsable",
    "Stage": "Étape",
    "Kind": "Type",
    "Date": "Date",
    "Location": "Lieu",
    "Lead": "Responsable",
    "Summary": "Résumé",
    "Outcomes": "Résultats",
    "Contacts": "Personnes-ressources",
    "Evidence": "Preuves",
    "Source": "Source",
    "Assessed on": "Évalué le",
    "Completed on": "Terminé le",
    "Completed": "Terminé le",
    "Due date": "Échéance",
    "Due on": "Échéance le",
    # field labels (accelerators: each dialog's letters are listed beside it)
    # contact editor: N T C P O
    "&Name": "&Nom",
    "&Title": "&Titre",
    "&E-mail": "&Courriel",
    "&Phone": "Télé&phone",
    "N&otes": "N&otes",
    # organization editor: N Y P S W R B T C O
    "&Kind": "T&ype",
    "&Country": "&Pays",
    "&Sector": "&Secteur",
    "&Website": "Site &Web",
    "&Priority": "P&riorité",
    "&Lead official": "Responsa&ble",
    "Initial s&tage": "É&tape initiale",
    "&Marking": "&Cote",
    # meeting editor: D T Y L B C U S, and E for its commitment button
    "&Date": "&Date",
    "&Location": "&Lieu",
    "L&ead": "Responsa&ble",
    "Mar&king": "&Cote",
    "&Summary": "Rés&umé",
    "O&utcomes": "Ré&sultats",
    # commitment editor: O D P R B H T L C N
    "&Organization": "&Organisation",
    "&Description": "&Description",
    "&Principle": "&Principe",
    "&Meeting": "&Réunion",
    "O&wner": "Responsa&ble",
    "D&ue": "Éc&héance",
    "&Status": "É&tat",
    "&Completed on": "Terminé &le",
    "&Notes": "&Notes",
    # assessment editor: T P O V
    "&Evidence": "&Preuves",
    "S&ource": "S&ource",
    "&Assessed on": "É&valué le",
    # stage change: D N
    "&Note": "&Note",
    # --- dashboard ------------------------------------------------------------------------
    "Organizations in the register": "Organisations au registre",
    "Endorsers of the principles": "Organisations adhérentes aux principes",
    "Open commitments": "Engagements ouverts",
    "Overdue commitments": "Engagements en retard",
    "Organizations by stage": "Organisations par étape",
    "Endorsers, newest first": "Organisations adhérentes, les plus récentes d'abord",
    "Overdue commitments, most overdue first": (
        "Engagements en retard, les plus en retard d'abord"
    ),
    "Due in the next 30 days": "Échéance dans les 30 prochains jours",
    "Due in the next %1 days": "Échéance dans les %1 prochains jours",
    "Upcoming meetings (next 60 days)": "Réunions à venir (60 prochains jours)",
    "Planned meetings (next %1 days)": "Réunions prévues (%1 prochains jours)",
    "Recent meetings (last 30 days)": "Réunions récentes (30 derniers jours)",
    "Recent meetings (last %1 days)": "Réunions récentes (%1 derniers jours)",
    "Principle coverage: endorsers implementing each principle": (
        "Couverture des principes : organisations adhérentes qui mettent en œuvre chaque principe"
    ),
    "Endorsers over time": "Organisations adhérentes au fil du temps",
    "Endorsers over time: in all at the end of each year (this year so far)": (
        "Organisations adhérentes au fil du temps : total à la fin de chaque année (année en"
        " cours jusqu'à ce jour)"
    ),
    "not counting archived ones": "sans les organisations archivées",
    "including %1 archived": "dont %1 archivées",
    "%1 of them endorsed in %2": "dont %1 ont adhéré en %2",
    "open or in progress": "ouverts ou en cours",
    "%1 more due in the next 30 days": "%1 autres à échéance d'ici 30 jours",
    "%1 more due in the next %2 days": "%1 autres à échéance d'ici %2 jours",
    "By stage: ": "Par étape : ",
    "Loading…": "Chargement…",
    "Open the %1 tab": "Ouvrir l'onglet %1",
    "today": "aujourd'hui",
    "tomorrow": "demain",
    "archived": "archivée",
    "date not recorded": "date non consignée",
    "Overdue %1 days · %2 · %3": "En retard de %1 jours · %2 · %3",
    "Overdue %1 · %2 · %3": "En retard de %1 · %2 · %3",
    "Due %1 (%2) · %3 · %4": "Échéance le %1 (%2) · %3 · %4",
    "%1 · Planned · %2 (%3)": "%1 · Prévue · %2 (%3)",
    "%1 (%2) · Planned · %3 (%4)": "%1 (%2) · Prévue · %3 (%4)",
    "Nothing is overdue.": "Rien n'est en retard.",
    "No endorsers yet.": "Aucune organisation adhérente pour l'instant.",
    "Nothing falls due in the next 30 days.": "Rien n'arrive à échéance d'ici 30 jours.",
    "Nothing falls due in the next %1 days.": "Rien n'arrive à échéance d'ici %1 jours.",
    "No meetings planned in the next 60 days.": "Aucune réunion prévue d'ici 60 jours.",
    "No meetings planned in the next %1 days.": "Aucune réunion prévue d'ici %1 jours.",
    "No meetings in the last 30 days.": "Aucune réunion au cours des 30 derniers jours.",
    "No meetings in the last %1 days.": "Aucune réunion au cours des %1 derniers jours.",
    "… and %1 more overdue: see Commitments": "… et %1 autres en retard : voir Engagements",
    "… and %1 more: see Commitments": "… et %1 autres : voir Engagements",
    "… and %1 more: see Organizations": "… et %1 autres : voir Organisations",
    "… and %1 more: see Meetings": "… et %1 autres : voir Réunions",
    # charts
    "Principle coverage": "Couverture des principes",
    "Endorsers": "Organisations adhérentes",
    "Implemented": "Mis en œuvre",
    "%1: %2 endorsers in all, %3 new that year": (
        "%1 : %2 organisations adhérentes au total, dont %3 nouvelles cette année-là"
    ),
    "Endorsers in all at the end of each year; the last bar is this year so far.": (
        "Total des organisations adhérentes à la fin de chaque année; la dernière barre"
        " correspond à l'année en cours."
    ),
    "%1 endorsers have no endorsement date and are not counted here.": (
        "%1 organisations adhérentes n'ont pas de date d'adhésion et ne sont pas comptées ici."
    ),
    "P%1: %2: %3 endorsers implement it": (
        "P%1 : %2 : %3 organisations adhérentes le mettent en œuvre"
    ),
    # --- table tabs (shared) --------------------------------------------------------------
    "C&lear filters": "Effacer les fi&ltres",
    "Clear filters": "Effacer les filtres",
    "Organization filter": "Filtre des organisations",
    "All organizations": "Toutes les organisations",
    "&Edit…": "&Modifier…",
    "&Delete…": "&Supprimer…",
    # --- Organizations tab: N M T C S U H L, O for the contact button ----------------------
    "Search name, country, sector, lead official…": (
        "Rechercher un nom, un pays, un secteur, un responsable…"
    ),
    "Search organizations": "Rechercher des organisations",
    "Number of organizations shown": "Nombre d'organisations affichées",
    "Organization actions": "Actions sur l'organisation",
    "All kinds": "Tous les types",
    "All stages": "Toutes les étapes",
    "All priorities": "Toutes les priorités",
    "All markings": "Toutes les cotes",
    "All countries": "Tous les pays",
    "Kind filter": "Filtre de type",
    "Country filter": "Filtre de pays",
    "Stage filter": "Filtre d'étape",
    "Priority filter": "Filtre de priorité",
    "Marking filter": "Filtre de cote",
    "Show &archived": "Afficher les arc&hivées",
    "Show archived organizations": "Afficher les organisations archivées",
    "&New organization…": "&Nouvelle organisation…",
    "New organization": "Nouvelle organisation",
    "Edit organization": "Modifier l'organisation",
    "Edit the selected organization (Enter or F2)": (
        "Modifier l'organisation sélectionnée (Entrée ou F2)"
    ),
    "Change &stage": "Changer d'é&tape",
    "Change &stage…": "Changer d'é&tape…",
    "Change stage": "Changer d'étape",
    "Move along the pipeline, with a date and a note": (
        "Faire passer à une autre étape du cheminement, avec une date et une note"
    ),
    "Ar&chive": "Ar&chiver",
    "Un&archive": "Désar&chiver",
    "Unar&chive": "Désar&chiver",
    "Archive organization": "Archiver l'organisation",
    "Unarchive organization": "Désarchiver l'organisation",
    "Archive %1": "Archiver %1",
    "Unarchive %1": "Désarchiver %1",
    "Delete organization": "Supprimer l'organisation",
    "Delete (Del); one with meetings or commitments is archived instead": (
        "Supprimer (Suppr); une organisation qui a des réunions ou des engagements est plutôt"
        " archivée"
    ),
    "Delete %1?\n\nAn organization with meetings or commitments is archived instead, so that no record is lost.": (
        "Supprimer %1?\n\nUne organisation qui a des réunions ou des engagements est plutôt"
        " archivée, afin qu'aucun élément ne soit perdu."
    ),
    "Archived instead": "Archivée plutôt que supprimée",
    "%1 has meetings or commitments, so it was archived instead of deleted. Tick “Show archived” to see it again.": (
        "%1 a des réunions ou des engagements; l'organisation a donc été archivée plutôt que"
        " supprimée. Cochez « Afficher les archivées » pour la revoir."
    ),
    "&Merge…": "F&usionner…",
    "&Merge a duplicate into this…": "&Fusionner un doublon dans celle-ci…",
    "Merge a duplicate into this organization": "Fusionner un doublon dans cette organisation",
    "Fold a duplicate into the selected organization": (
        "Intégrer un doublon à l'organisation sélectionnée"
    ),
    "%1 organizations": "%1 organisations",
    "1 organization": "1 organisation",
    "%1 (archived)": "%1 (archivée)",
    "(archived)": "(archivée)",
    # organization editor
    "Edit %1": "Modifier %1",
    "Likely duplicates": "Doublons probables",
    "⚠ Possible duplicate of: %1": "⚠ Doublon possible de : %1",
    "kept as text; never opened or fetched": "conservé en texte; jamais ouvert ni consulté",
    "Initial stage": "Étape initiale",
    # organization detail panel
    "Selected organization": "Organisation sélectionnée",
    "Select an organization to see its story.": (
        "Sélectionnez une organisation pour voir son historique."
    ),
    "Select an organization to see its contacts, stage history, meetings, commitments and assessments.": (
        "Sélectionnez une organisation pour voir ses personnes-ressources, son historique des"
        " étapes, ses réunions, ses engagements et ses évaluations."
    ),
    "Organization sections": "Sections de l'organisation",
    "Endorsed on": "Date d'adhésion",
    "%1 since %2": "%1 depuis le %2",
    "Add c&ontact…": "Ajouter une pers&onne…",
    "Add contact…": "Ajouter une personne…",
    "Add contact": "Ajouter une personne-ressource",
    "Edit contact…": "Modifier la personne…",
    "Edit contact": "Modifier la personne-ressource",
    "New contact": "Nouvelle personne-ressource",
    "Remove contact…": "Retirer la personne…",
    "Remove contact": "Retirer la personne-ressource",
    "Remove the contact %1?": "Retirer la personne-ressource %1?",
    "Edit…": "Modifier…",
    "Remove…": "Retirer…",
    "No contacts yet. Add one with “Add contact…”.": (
        "Aucune personne-ressource pour l'instant. Ajoutez-en une avec « Ajouter une personne… »."
    ),
    # the detail panel's tab: six tabs must fit beside the register ("personne" as the
    # tab's buttons say it: "Ajouter une personne…")
    "Contacts (%1)": "Personnes (%1)",
    "Stage history": "Historique des étapes",
    "Stage history: every move along the pipeline": (
        "Historique des étapes : chaque passage d'une étape à l'autre du cheminement"
    ),
    "History": "Historique",
    # the stage history (the tab's tooltip says so); short, so that the six tabs fit
    "History (%1)": "Étapes (%1)",
    "Move": "Déplacer",
    "By": "Par",
    "Added as %1": "Ajoutée à l'étape %1",
    "No stage changes recorded.": "Aucun changement d'étape consigné.",
    "Meetings (%1)": "Réunions (%1)",
    "… and %1 older meetings (see the Meetings tab)": (
        "… et %1 réunions plus anciennes (voir l'onglet Réunions)"
    ),
    "No meetings recorded.": "Aucune réunion consignée.",
    "Due": "Échéance",
    "Commitments (%1)": "Engagements (%1)",
    "… and %1 older commitments (see the Commitments tab)": (
        "… et %1 engagements plus anciens (voir l'onglet Engagements)"
    ),
    "No commitments recorded.": "Aucun engagement consigné.",
    "Assessments of the principles": "Évaluations des principes",
    "Not assessed": "Non évalué",
    "not assessed": "non évalué",
    "Principles (%1/%2)": "Principes (%1/%2)",
    "%1 of the %2 principles implemented": "%1 des %2 principes mis en œuvre",
    # --- Pipeline tab: C T ----------------------------------------------------------------
    "Filter organizations by name…": "Filtrer les organisations par nom…",
    "Filter organizations": "Filtrer les organisations",
    "Lead official filter": "Filtre des responsables",
    "All lead officials": "Tous les responsables",
    "&Board": "&Cartes",
    "&Table": "&Tableau",
    "Show as board": "Afficher en cartes",
    "Show as table": "Afficher en tableau",
    "Drag a card, or select it and press Ctrl+→ / Ctrl+←, to change its stage.": (
        "Glissez une carte, ou sélectionnez-la et appuyez sur Ctrl+→ / Ctrl+←, pour changer"
        " son étape."
    ),
    "This register is open read-only: stages cannot be changed.": (
        "Ce registre est ouvert en lecture seule : les étapes ne peuvent pas être modifiées."
    ),
    "Off the line": "Hors cheminement",
    "Organizations in the pipeline": "Organisations dans le cheminement",
    "%1 has no stage that way; use the card's menu (Shift+F10) to move it.": (
        "Aucune étape de ce côté de « %1 »; utilisez le menu de la carte (Maj+F10) pour la"
        " déplacer."
    ),
    "Card actions": "Actions sur la carte",
    "&Move to": "&Déplacer vers",
    "&Open organization": "&Ouvrir l'organisation",
    "%1 column": "Colonne %1",
    "Showing %1 of %2: filter, or use the table, to see the rest.": (
        "%1 sur %2 affichées : filtrez, ou utilisez le tableau, pour voir les autres."
    ),
    "%1 years in stage": "%1 ans à cette étape",
    "No commitment due": "Aucun engagement à échéance",
    "⚠ Overdue since %1": "⚠ En retard depuis le %1",
    "Next due %1": "Prochaine échéance : %1",
    "%1 priority": "Priorité : %1",
    "lead: %1": "responsable : %1",
    "no lead": "aucun responsable",
    "%1 (%2 days)": "%1 (%2 jours)",
    # stage change dialog
    "Date of the change": "Date du changement",
    "Move <b>%1</b> from %2 to <b>%3</b>.": (
        "Faire passer <b>%1</b> de l'étape %2 à l'étape <b>%3</b>."
    ),
    "What happened, e.g. letter of endorsement received": (
        "Ce qui s'est passé, p. ex. lettre d'adhésion reçue"
    ),
    # --- Meetings tab: N M E S L ----------------------------------------------------------
    "Search title, lead, location…": "Rechercher un titre, un responsable, un lieu…",
    "Search meetings": "Rechercher des réunions",
    "Number of meetings shown": "Nombre de réunions affichées",
    "Meeting actions": "Actions sur la réunion",
    "From": "Du",
    "to": "au",
    "Held from": "Tenues à partir du",
    "Held to": "Tenues jusqu'au",
    "&New meeting…": "&Nouvelle réunion…",
    "New meeting": "Nouvelle réunion",
    "Edit meeting": "Modifier la réunion",
    "Delete meeting": "Supprimer la réunion",
    "Delete the meeting “%1”? Commitments made there are kept, without the link.": (
        "Supprimer la réunion « %1 »? Les engagements qui y ont été pris sont conservés, mais"
        " sans le lien vers la réunion."
    ),
    "Add &commitment from this meeting…": "Ajouter un &engagement issu de cette réunion…",
    "Add commitment from this meeting": "Ajouter un engagement issu de cette réunion",
    "Principles discussed": "Principes abordés",
    "Contacts (of the chosen organizations)": ("Personnes-ressources (des organisations choisies)"),
    "P1–P11 (all)": "P1–P11 (tous)",
    "%1 · Planned": "%1 · Prévue",
    "Planned: this meeting has not taken place yet.": (
        "Prévue : cette réunion n'a pas encore eu lieu."
    ),
    # --- Commitments tab: N M S L; row menu M T O S ---------------------------------------
    "Search description, owner, organization…": (
        "Rechercher une description, un responsable, une organisation…"
    ),
    "Search commitments": "Rechercher des engagements",
    "Number of commitments shown": "Nombre d'engagements affichés",
    "Commitment actions": "Actions sur l'engagement",
    "All statuses": "Tous les états",
    "Open or in progress": "Ouverts ou en cours",
    "Overdue": "En retard",
    "All owners": "Tous les responsables",
    "Status filter": "Filtre d'état",
    "Owner filter": "Filtre des responsables",
    "Due from": "Échéance du",
    "Due to": "Échéance au",
    "&New commitment…": "&Nouvel engagement…",
    "New commitment": "Nouvel engagement",
    "Edit commitment": "Modifier l'engagement",
    "Delete commitment": "Supprimer l'engagement",
    "Delete the commitment “%1”? This cannot be undone.": (
        "Supprimer l'engagement « %1 »? Cette action est irréversible."
    ),
    "Set status…": "Changer l'état…",
    "Set &status": "Changer l'é&tat",
    "Set status of the selected commitment": "Changer l'état de l'engagement sélectionné",
    "Set the status of the selected commitment": "Changer l'état de l'engagement sélectionné",
    "Set status to %1": "Changer l'état pour %1",
    "Status not changed": "État non modifié",
    "Go to &organization": "Aller à l'&organisation",
    "Left empty, marking a commitment Done fills in today.": (
        "Si ce champ est vide, il prend la date du jour quand l'engagement passe à « Terminé »."
    ),
    "%1 · Overdue %2": "%1 · En retard de %2",
    "%1 · due in %2": "%1 · dans %2",
    "%1 · due today": "%1 · aujourd'hui",
    # --- Principles tab: S ----------------------------------------------------------------
    "&Endorsers only": "Adhérentes &seulement",
    "Show endorsers only": "Afficher seulement les organisations adhérentes",
    "Key:": "Légende :",
    "Read-only: assessments cannot be changed.": (
        "Lecture seule : les évaluations ne peuvent pas être modifiées."
    ),
    "Cell text gives the status; the tint repeats it.": (
        "Le texte de la cellule indique l'état; la couleur le répète."
    ),
    "Principle matrix": "Matrice des principes",
    "Totals per principle": "Totaux par principe",
    "Implemented / shown": "Mise en œuvre / organisations affichées",
    "Organization": "Organisation",
    "%1\nStage: %2": "%1\nÉtape : %2",
    "Not assessed yet.": "Pas encore évalué.",
    "Status: %1": "État : %1",
    "Evidence: %1": "Preuves : %1",
    "Source: %1": "Source : %1",
    "Assessed on %1": "Évalué le %1",
    "Double-click or press Enter to edit.": ("Double-cliquez ou appuyez sur Entrée pour modifier."),
    "%1: %2 of the %3 organizations shown have implemented it.": (
        "%1 : %2 des %3 organisations affichées l'ont mis en œuvre."
    ),
    "%1: %2 of %3 implemented": "%1 : mis en œuvre par %2 sur %3",
    # assessment editor
    "%1 — %2": "%1 — %2",
    "Assessment": "Évaluation",
    "Where the evidence comes from (report, statement, URL as text)": (
        "Provenance des preuves (rapport, déclaration, adresse URL en texte)"
    ),
    "History of this assessment": "Historique de cette évaluation",
    "Never assessed before.": "Jamais évalué auparavant.",
    "created": "création",
    "changed": "modification",
    "deleted": "suppression",
    # --- merge dialog ---------------------------------------------------------------------
    "Merge into %1": "Fusionner dans %1",
    "Merge a duplicate into %1": "Fusionner un doublon dans %1",
    "Merge organizations": "Fusionner des organisations",
    "Which organization is a duplicate of <b>%1</b>? Type part of its name.": (
        "Quelle organisation est un doublon de <b>%1</b>? Tapez une partie de son nom."
    ),
    "Duplicate organization": "Organisation en double",
    "Search organizations…": "Rechercher des organisations…",
    "What will move": "Ce qui sera transféré",
    "&Merge": "&Fusionner",
    "Merge": "Fusionner",
    "Nothing is changed until you choose a duplicate and press Merge.": (
        "Rien n'est modifié tant que vous n'avez pas choisi un doublon et cliqué sur Fusionner."
    ),
    "Moves from <b>%1</b> to <b>%2</b>: %3.": "Transfert de <b>%1</b> vers <b>%2</b> : %3.",
    "Where both have assessed the same principle, %1's assessment is kept unless it is Unknown.": (
        "Si les deux organisations ont une évaluation pour le même principe, celle de %1 est"
        " conservée, sauf si elle est « Inconnu »."
    ),
    "Then <b>%1</b> is removed, with its own fields (kind, website, notes…) and its stage history (%2). The audit trail records every move.": (
        "Ensuite, <b>%1</b> est supprimée, avec ses propres champs (type, site Web, notes…) et"
        " son historique des étapes (%2). La piste de vérification consigne chaque transfert."
    ),
    # --- search dialog --------------------------------------------------------------------
    "Find": "Rechercher",
    "Find an organization, contact, meeting or commitment…": (
        "Rechercher une organisation, une personne-ressource, une réunion ou un engagement…"
    ),
    "Search everything": "Tout rechercher",
    "Search results": "Résultats de la recherche",
    "Type at least two letters.": "Tapez au moins deux lettres.",
    "Nothing found.": "Aucun résultat.",
    "Contact": "Personne-ressource",
    "Commitment": "Engagement",
    # --- Export tab: P E N S; briefing section R G ----------------------------------------
    "<b>The ministerial workbook</b>: a Summary for the briefing binder, then the register sheet by sheet (workbook format v1, which EngageTrack can import back), then the overdue commitments.": (
        "<b>Le classeur ministériel</b> : une feuille Résumé pour le cahier d'information, puis"
        " le registre feuille par feuille (format de classeur v1, qu'EngageTrack peut"
        " réimporter), puis les engagements en retard."
    ),
    "Sheets": "Feuilles",
    "Include the %1 sheet": "Inclure la feuille %1",
    "The one-page briefing: figures, endorsers, coverage of the principles": (
        "Le résumé d'une page : chiffres, organisations adhérentes, couverture des principes"
    ),
    "One row per organization, with its stage and dates": (
        "Une ligne par organisation, avec son étape et ses dates"
    ),
    "People at each organization": "Les personnes-ressources de chaque organisation",
    "Every meeting, with the organizations and principles discussed": (
        "Toutes les réunions, avec les organisations et les principes abordés"
    ),
    "Every commitment, with its owner, due date and status": (
        "Tous les engagements, avec leur responsable, leur échéance et leur état"
    ),
    "Endorsers against P1 … P11": "Organisations adhérentes par principe, de P1 à P11",
    "Open commitments past their due date, most overdue first": (
        "Engagements ouverts dont l'échéance est passée, les plus en retard d'abord"
    ),
    "Briefing notes": "Notes d'information",
    "The log of briefing notes written (titles in both languages), for proactive publication; never imported": (
        "Le journal des notes d'information produites (titres dans les deux langues"
        " officielles), pour la publication proactive; jamais importé"
    ),
    "What goes in": "Contenu",
    "Marking ceiling:": "Cote maximale :",
    "Marking ceiling": "Cote maximale",
    "Everything is included. The workbook is marked with the highest level it actually contains.": (
        "Tout est inclus. Le classeur porte la cote la plus élevée de ce qu'il contient réellement."
    ),
    "Records marked %1 are left out everywhere, names in other rows included. The workbook is marked with the highest level it actually contains.": (
        "Les éléments cotés %1 sont exclus partout, y compris leurs noms dans d'autres lignes."
        " Le classeur porte la cote la plus élevée de ce qu'il contient réellement."
    ),
    "Records marked %1 are left out everywhere, and so are their names in other records' rows. The workbook is marked with the highest level it actually contains.": (
        "Les éléments cotés %1 sont exclus partout, de même que leurs noms dans les lignes des"
        " autres éléments. Le classeur porte la cote la plus élevée de ce qu'il contient"
        " réellement."
    ),
    "Summarise changes since": "Résumer les changements depuis le",
    "Changes since": "Changements depuis le",
    "Since:": "Depuis :",
    "With a date, the Summary also lists what changed since then: stage changes, meetings held, commitments completed and organizations added.": (
        "Si une date est indiquée, le Résumé énumère aussi les changements survenus depuis :"
        " changements d'étape, réunions tenues, engagements terminés et organisations ajoutées."
    ),
    "Prepared by": "Préparé par",
    "Prepared by:": "Préparé par :",
    "File:": "Fichier :",
    "Workbook file": "Fichier du classeur",
    "&Browse…": "&Parcourir…",
    "Choose the workbook file": "Choisir le fichier du classeur",
    "&Export": "&Exporter",
    "&Export workbook": "&Exporter le classeur",
    "Export the workbook": "Exporter le classeur",
    "Export workbook": "Exporter le classeur",
    "Ctrl+Enter": "Ctrl+Entrée",
    "&Cancel": "A&nnuler",
    "Cancel the export": "Annuler l'exportation",
    "Export progress": "Progression de l'exportation",
    "Export result": "Résultat de l'exportation",
    "Open &folder": "Ouvrir le do&ssier",
    "Open the folder of the workbook": "Ouvrir le dossier du classeur",
    "Choose at least one sheet.": "Choisissez au moins une feuille.",
    "Choose the file to write.": "Choisissez le fichier à créer.",
    "Writing %1…": "Création de %1…",
    "%1 already exists in %2. Replace it?": "%1 existe déjà dans %2. Le remplacer?",
    "Cancelling…": "Annulation…",
    "Cancelled; no file was written.": "Exportation annulée; aucun fichier n'a été créé.",
    "Exported %1 rows to %2, marked %3.": "%1 lignes exportées dans %2, cote %3.",
    "The workbook could not be written (%1). No file was written.": (
        "Impossible de créer le classeur (%1). Aucun fichier n'a été écrit."
    ),
    # briefing note section
    "Briefing note": "Note d'information",
    "A Word draft written from the register, marked like the workbook and logged with a number. Choose organizations for a note preparing a meeting with them; choose none for a note on the whole engagement.": (
        "Une ébauche Word produite à partir du registre, cotée comme le classeur et consignée"
        " sous un numéro de suivi. Choisissez des organisations pour une note en vue d'une"
        " réunion avec elles; n'en choisissez aucune pour une note sur l'ensemble des"
        " démarches."
    ),
    "Organizations of the note": "Organisations visées par la note",
    "Organizations:": "Organisations :",
    "Kind of note": "Type de note",
    "Kind:": "Type :",
    "Automatic: briefing with organizations, binder without": (
        "Automatique : note d'information si des organisations sont choisies, sinon note pour"
        " le cahier"
    ),
    "Briefing note (for information)": "Note d'information (pour information)",
    "Binder note (Proposed Response)": "Note pour le cahier (réponse proposée)",
    "Language of the note": "Langue de la note",
    "Language:": "Langue :",
    "What changed since": "Changements depuis le",
    "Note changes since": "Changements à signaler depuis le",
    "Blank: since the last note on the same organizations, else 90 days": (
        "Non coché : depuis la dernière note sur les mêmes organisations, sinon 90 jours"
    ),
    "Addressee": "Destinataire",
    "Addressee:": "Destinataire :",
    "Branch / Agency:": "Secteur / organisme :",
    "Prepared by, title:": "Préparé par, titre :",
    "Prepared by, telephone:": "Préparé par, téléphone :",
    "Approved by, name:": "Approuvé par, nom :",
    "Approved by, title:": "Approuvé par, titre :",
    "Approved by, telephone:": "Approuvé par, téléphone :",
    "Note file": "Fichier de la note",
    "Bro&wse…": "Parcou&rir…",
    "Choose the note file": "Choisir le fichier de la note",
    "&Write note…": "&Générer la note…",
    "Write note": "Générer la note",
    "Write the briefing note": "Générer la note d'information",
    "Note progress": "Progression de la note",
    "Note result": "Résultat de la note",
    "Briefing-note log": "Journal des notes d'information",
    "Notes written:": "Notes produites :",
    "Number": "Numéro",
    "Language": "Langue",
    "The register is open read-only": "Le registre est ouvert en lecture seule",
    "%1 written to %2, marked %3.": "Note %1 enregistrée dans %2, cote %3.",
    "The note could not be written (%1). No file was written.": (
        "Impossible de produire la note (%1). Aucun fichier n'a été écrit."
    ),
    "Give a date: %1": "Préciser la date : %1",
    "%1 (%2)": "%1 (%2)",
    "Language / Langue:": "Langue / Language :",
    " or ": " ou ",
    "%1: <b>%2</b>": "%1 : <b>%2</b>",
    "Language of the workbook": "Langue du classeur",
    "Sheet names, headers, vocabulary and the Summary in this language; EngageTrack imports a workbook in either language": "Noms des feuilles, en-têtes, vocabulaire et sommaire dans cette langue; EngageTrack importe un classeur dans l'une ou l'autre langue",
    "Read-only (folder)": "Lecture seule (dossier)",
    "This register's folder cannot be written, so EngageTrack reads the file as it is now; changes made elsewhere appear when it is opened again.": "Le dossier de ce registre n'est pas accessible en écriture : EngageTrack lit donc le fichier tel qu'il est maintenant; les modifications faites ailleurs paraîtront à la prochaine ouverture.",
    "and %1 archived, not counted": "et %1 archivées, non comptées",
    # attachments, delete reasons, the access-request pack (issue #15)
    "&Access request pack…": "Dossier de &demande d'accès…",
    "Every record about one organization, in one zip (access to information)": "Tous les documents sur une organisation, dans un seul fichier zip (accès à l'information)",
    "Stage change": "Changement d'étape",
    "Attached file": "Fichier joint",
    "%1 B": "%1 o",
    "%1 KB": "%1 Ko",
    "%1 MB": "%1 Mo",
    "Attached files": "Fichiers joints",
    "File": "Fichier",
    "Size": "Taille",
    "Added": "Ajouté le",
    "Add &file…": "&Joindre un fichier…",
    "Add file": "Joindre un fichier",
    "&Open": "Ou&vrir",
    "Sa&ve as…": "Enre&gistrer sous…",
    "Save file as": "Enregistrer le fichier sous",
    "&Remove…": "Re&tirer…",
    "Remove file": "Retirer le fichier",
    "Save the record first; then files can be attached to it.": "Enregistrez d'abord la fiche ; des fichiers pourront ensuite y être joints.",
    "Drop files here from the file manager, or use “Add file…” (at most 50 MB each).": "Déposez ici des fichiers depuis le gestionnaire de fichiers, ou utilisez « Joindre un fichier… » (50 Mo au plus chacun).",
    "The register is open read-only: files can be opened, not attached.": "Le registre est ouvert en lecture seule : les fichiers peuvent être ouverts, non joints.",
    "No files attached.": "Aucun fichier joint.",
    "Attach files": "Joindre des fichiers",
    "“%1” is already attached (as “%2”, added %3 by %4); it was not stored twice.": "« %1 » est déjà joint (sous le nom « %2 », ajouté le %3 par %4) ; il n'a pas été enregistré deux fois.",
    "Remove the attached file “%1” from this record? The audit trail keeps its name, size and SHA-256, not its content.": "Retirer le fichier joint « %1 » de cette fiche ? Le journal d'audit conserve son nom, sa taille et son empreinte SHA-256, mais pas son contenu.",
    "Access request pack": "Dossier de demande d'accès",
    "Every record about one organization, for an access-to-information request: the organization, its contacts, stage history, assessments and commitments, the meetings it attended, every record whose text names it, the deleted records the audit trail keeps, the attached files, and each record's audit entries, in one zip with an index.": "Tous les documents sur une organisation, pour une demande d'accès à l'information : l'organisation, ses personnes-ressources, l'historique de ses étapes, ses évaluations et ses engagements, les réunions auxquelles elle a participé, toute fiche dont le texte la nomme, les fiches supprimées que garde le journal d'audit, les fichiers joints et les entrées du journal de chaque fiche, dans un seul fichier zip avec un index.",
    "&Organization:": "&Organisation :",
    "(no ceiling: every marking)": "(aucune cote maximale : toutes les cotes)",
    "Marking &ceiling:": "&Cote maximale :",
    "Records from": "Documents à partir du",
    "Until": "Au",
    "Records until": "Documents jusqu'au",
    "Period:": "Période :",
    "Access request": "Demande d'accès",
    "Pack file": "Fichier du dossier",
    "Choose the pack file": "Choisir le fichier du dossier",
    "Progress": "Progression",
    "Result": "Résultat",
    "Close": "Fermer",
    "&Write pack": "&Générer le dossier",
    "Write pack": "Générer le dossier",
    "Show &folder": "Afficher le &répertoire",
    "Show folder": "Afficher le répertoire",
    "Access request %1": "Demande d'accès %1",
    "Zip archive (*.zip)": "Archive zip (*.zip)",
    "Choose the organization.": "Choisissez l'organisation.",
    "Wrote %1: %2 records, %3 attached files, %4 audit entries; marked %5.": "%1 écrit : %2 fiches, %3 fichiers joints, %4 entrées du journal d'audit ; coté %5.",
    "The pack could not be written: %1": "Le dossier n'a pas pu être écrit : %1",
    "Attach to %1:": "Joindre à %1 :",
    "Files to attach": "Fichiers à joindre",
    "e.g. signed letter of 3 March": "p. ex. lettre signée du 3 mars",
    "&Marking:": "Co&te :",
    "&Note:": "&Note :",
    "&Attach": "&Joindre",
    "Attach": "Joindre",
    "&Reason (kept in the audit trail):": "&Motif (conservé dans le journal d'audit) :",
    "Reason for deleting": "Motif de la suppression",
    "e.g. entered twice; attached to the wrong record": "p. ex. saisie en double ; jointe à la mauvaise fiche",
    "&Delete": "&Supprimer",
    "Delete": "Supprimer",
    "Files (%1)": "Fichiers (%1)",
    "Files": "Fichiers",
}

# the same English for another thing: (source, the code's disambiguation) -> French
IN_CONTEXT: dict[tuple[str, str], str] = {
    # the workbook's French sheet names (docs/workbook-format.md)
    ("Summary", "workbook sheet"): "Sommaire",
    ("Organizations", "workbook sheet"): "Organisations",
    ("Contacts", "workbook sheet"): "Contacts",
    ("Meetings", "workbook sheet"): "Réunions",
    ("Commitments", "workbook sheet"): "Engagements",
    ("Principles", "workbook sheet"): "Principes",
    ("Overdue", "workbook sheet"): "En retard",
    ("Briefing notes", "workbook sheet"): "Notes d'information",
    # the organization panel's section tabs, by name alone when the counts do not fit
    ("Contacts", "detail tab"): "Personnes",
    ("History", "detail tab"): "Étapes",
    ("Meetings", "detail tab"): "Réunions",
    ("Commitments", "detail tab"): "Engagements",
    ("Principles", "detail tab"): "Principes",
    ("Files", "detail tab"): "Fichiers",
}

# counts: (one, many) — French takes the singular for 0 and 1
PLURALS: dict[str, tuple[str, str]] = {
    "%Ln day(s)": ("%Ln jour", "%Ln jours"),
    "in %Ln day(s)": ("dans %Ln jour", "dans %Ln jours"),
    "%Ln day(s) in stage": ("%Ln jour à cette étape", "%Ln jours à cette étape"),
    "%Ln organization(s)": ("%Ln organisation", "%Ln organisations"),
    "%Ln meeting(s)": ("%Ln réunion", "%Ln réunions"),
    "%Ln commitment(s)": ("%Ln engagement", "%Ln engagements"),
    "%Ln contact(s)": ("%Ln personne-ressource", "%Ln personnes-ressources"),
    "%Ln assessment(s)": ("%Ln évaluation", "%Ln évaluations"),
    "%Ln entry(ies)": ("%Ln entrée", "%Ln entrées"),
    "%Ln overdue": ("%Ln en retard", "%Ln en retard"),
    "%Ln result(s)": ("%Ln résultat", "%Ln résultats"),
    "%Ln chosen": ("%Ln choisi", "%Ln choisis"),
}


def _typeset(text: str) -> str:
    """French spacing: a non-breaking space before ":" and inside « », so that a line never
    breaks between a word and its colon or its guillemet."""
    return text.replace(" :", "\u00a0:").replace("« ", "«\u00a0").replace(" »", "\u00a0»")


VOCABULARY = {source: _typeset(text) for source, text in VOCABULARY.items()}
COLUMNS = {source: _typeset(text) for source, text in COLUMNS.items()}
GLOSSARY = {source: _typeset(text) for source, text in GLOSSARY.items()}
PLURALS = {source: (_typeset(one), _typeset(many)) for source, (one, many) in PLURALS.items()}
