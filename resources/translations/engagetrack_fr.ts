<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_CA">
  <context>
    <name />
    <message>
      <location filename="../../engagetrack/ui/widgets.py" line="362" />
      <source>New register</source>
      <translation>Nouveau registre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/widgets.py" line="362" />
      <source>EngageTrack register (*.db)</source>
      <translation>Registre EngageTrack (*.db)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/widgets.py" line="356" />
      <source>Open register</source>
      <translation>Ouvrir un registre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/widgets.py" line="109" />
      <source>Give a date: %1</source>
      <translation>Préciser la date : %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/widgets.py" line="188" />
      <source>Filter %1</source>
      <translation>Filtrer : %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/widgets.py" line="248" />
      <source>%Ln chosen</source>
      <translation>
        <numerusform>%Ln choisi</numerusform>
        <numerusform>%Ln choisis</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/widgets.py" line="351" />
      <source>EngageTrack register (*.db);;All files (*)</source>
      <translation>Registre EngageTrack (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/app.py" line="92" />
      <source>Password for the team register</source>
      <translation>Mot de passe du registre d'équipe</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/app.py" line="93" />
      <source>%1

Password for %2:</source>
      <translation>%1

Mot de passe pour %2 :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/app.py" line="131" />
      <source>The demo dataset is loaded.</source>
      <translation>Les données de démonstration sont chargées.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/app.py" line="213" />
      <source>Restored. The register as it was is kept in %1.</source>
      <translation>Restauration terminée. Le registre dans son état antérieur est conservé dans %1.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="40" />
      <source>created</source>
      <translation>création</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="40" />
      <source>changed</source>
      <translation>modification</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="40" />
      <source>deleted</source>
      <translation>suppression</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/widgets.py" line="186" />
      <source>Filter…</source>
      <translation>Filtrer…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/commitments_table.py" line="63" />
      <source>no date</source>
      <translation>sans date</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/commitments_table.py" line="66" />
      <source>%1 · Overdue %2</source>
      <translation>%1 · En retard de %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/models/commitments_table.py" line="66" />
      <location filename="../../engagetrack/ui/models/commitments_table.py" line="69" />
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="257" />
      <source>%Ln day(s)</source>
      <translation>
        <numerusform>%Ln jour</numerusform>
        <numerusform>%Ln jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/commitments_table.py" line="69" />
      <source>%1 · due in %2</source>
      <translation>%1 · dans %2</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/commitments_table.py" line="71" />
      <source>%1 · due today</source>
      <translation>%1 · aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/listing_table.py" line="131" />
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/meetings_table.py" line="23" />
      <source>P1–P11 (all)</source>
      <translation>P1–P11 (tous)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/meetings_table.py" line="40" />
      <source>%1 · Planned</source>
      <translation>%1 · Prévue</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/meetings_table.py" line="42" />
      <source>Planned: this meeting has not taken place yet.</source>
      <translation>Prévue : cette réunion n'a pas encore eu lieu.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="51" />
      <source>%1 years in stage</source>
      <translation>%1 ans à cette étape</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="52" />
      <source>%Ln day(s) in stage</source>
      <translation>
        <numerusform>%Ln jour à cette étape</numerusform>
        <numerusform>%Ln jours à cette étape</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="57" />
      <source>No commitment due</source>
      <translation>Aucun engagement à échéance</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="59" />
      <source>⚠ Overdue since %1</source>
      <translation>⚠ En retard depuis le %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="60" />
      <source>Next due %1</source>
      <translation>Prochaine échéance : %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="100" />
      <source>%1 priority</source>
      <translation>Priorité : %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="101" />
      <source>lead: %1</source>
      <translation>responsable : %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="257" />
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="101" />
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="216" />
      <source>no lead</source>
      <translation>aucun responsable</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/principles_matrix.py" line="42" />
      <source>N/A</source>
      <translation>S.O.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/principles_matrix.py" line="78" />
      <location filename="../../engagetrack/ui/names.py" line="20" />
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="21" />
      <source>Contact</source>
      <translation>Personne-ressource</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="22" />
      <source>Meeting</source>
      <translation>Réunion</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="23" />
      <source>Commitment</source>
      <translation>Engagement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/principles_matrix.py" line="98" />
      <source>%1
Stage: %2</source>
      <translation>%1
Étape : %2</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/principles_matrix.py" line="120" />
      <source>Not assessed yet.</source>
      <translation>Pas encore évalué.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/principles_matrix.py" line="122" />
      <source>Status: %1</source>
      <translation>État : %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/principles_matrix.py" line="124" />
      <source>Evidence: %1</source>
      <translation>Preuves : %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/principles_matrix.py" line="126" />
      <source>Source: %1</source>
      <translation>Source : %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/principles_matrix.py" line="128" />
      <source>Assessed on %1</source>
      <translation>Évalué le %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/principles_matrix.py" line="129" />
      <source>Double-click or press Enter to edit.</source>
      <translation>Double-cliquez ou appuyez sur Entrée pour modifier.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/principles_matrix.py" line="171" />
      <source>Implemented / shown</source>
      <translation>Mise en œuvre / organisations affichées</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/principles_matrix.py" line="183" />
      <source>%1: %2 of the %3 organizations shown have implemented it.</source>
      <translation>%1 : %2 des %3 organisations affichées l'ont mis en œuvre.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/principles_matrix.py" line="189" />
      <source>%1: %2 of %3 implemented</source>
      <translation>%1 : mis en œuvre par %2 sur %3</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/charts.py" line="92" />
      <source>Endorsers over time</source>
      <translation>Organisations adhérentes au fil du temps</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/charts.py" line="93" />
      <source>Principle coverage</source>
      <translation>Couverture des principes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/charts.py" line="115" />
      <source>%1: %2 endorsers in all, %3 new that year</source>
      <translation>%1 : %2 organisations adhérentes au total, dont %3 nouvelles cette année-là</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/charts.py" line="121" />
      <source>Endorsers</source>
      <translation>Organisations adhérentes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/charts.py" line="122" />
      <source>Endorsers in all at the end of each year; the last bar is this year so far.</source>
      <translation>Total des organisations adhérentes à la fin de chaque année; la dernière barre correspond à l'année en cours.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/charts.py" line="125" />
      <source>%1 endorsers have no endorsement date and are not counted here.</source>
      <translation>%1 organisations adhérentes n'ont pas de date d'adhésion et ne sont pas comptées ici.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/charts.py" line="135" />
      <source>Implemented</source>
      <translation>Mis en œuvre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/charts.py" line="138" />
      <source>P%1: %2: %3 endorsers implement it</source>
      <translation>P%1 : %2 : %3 organisations adhérentes le mettent en œuvre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/record_dialog.py" line="83" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/record_dialog.py" line="84" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="49" />
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="80" />
      <source>EngageTrack cannot open this register</source>
      <translation>EngageTrack ne peut pas ouvrir ce registre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="81" />
      <source>This register cannot be opened</source>
      <translation>Impossible d'ouvrir ce registre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="99" />
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="100" />
      <source>Welcome to EngageTrack</source>
      <translation>Bienvenue dans EngageTrack</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="102" />
      <source>EngageTrack keeps your register of companies and organizations and moves each one along the outreach pipeline towards endorsing the Voluntary Principles to Counter Online Child Sexual Exploitation and Abuse. Log meetings and roundtables, track commitments and their due dates, assess each endorser principle by principle, and export the briefing workbook before each ministerial meeting, with every record's security marking respected.</source>
      <translation>EngageTrack tient votre registre des entreprises et des organisations et suit la progression de chacune dans le cheminement de sensibilisation vers l'adhésion aux Principes volontaires pour contrer l'exploitation et les abus sexuels des enfants en ligne. Consignez les réunions et les tables rondes, suivez les engagements et leurs échéances, évaluez chaque organisation adhérente principe par principe et exportez le classeur d'information avant chaque réunion ministérielle, dans le respect de la cote de sécurité de chaque élément.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="121" />
      <source>Language / Langue:</source>
      <translation>Langue / Language :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="111" />
      <source>Everything stays on this computer, in &lt;i&gt;%1&lt;/i&gt;.</source>
      <translation>Tout reste sur cet ordinateur, dans &lt;i&gt;%1&lt;/i&gt;.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="113" />
      <source>Everything stays on this computer.</source>
      <translation>Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="116" />
      <source>How would you like to begin?</source>
      <translation>Par quoi voulez-vous commencer?</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/import_flow.py" line="33" />
      <location filename="../../engagetrack/ui/import_flow.py" line="39" />
      <location filename="../../engagetrack/ui/import_flow.py" line="49" />
      <location filename="../../engagetrack/ui/import_flow.py" line="64" />
      <location filename="../../engagetrack/ui/import_flow.py" line="77" />
      <location filename="../../engagetrack/ui/import_flow.py" line="85" />
      <location filename="../../engagetrack/ui/import_flow.py" line="100" />
      <location filename="../../engagetrack/ui/import_flow.py" line="107" />
      <location filename="../../engagetrack/ui/import_flow.py" line="112" />
      <source>Import workbook</source>
      <translation>Importer un classeur</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/import_flow.py" line="33" />
      <source>This register is open read-only.</source>
      <translation>Ce registre est ouvert en lecture seule.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/import_flow.py" line="41" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/import_flow.py" line="46" />
      <source>Checking %1…</source>
      <translation>Vérification de %1…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/import_flow.py" line="61" />
      <source>
… and %1 more.</source>
      <translation>
… et %1 autres.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/import_flow.py" line="66" />
      <source>The workbook was not imported: nothing was changed. Correct these rows and try again.</source>
      <translation>Le classeur n'a pas été importé : rien n'a été modifié. Corrigez ces lignes et réessayez.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/import_flow.py" line="78" />
      <source>Import %1?

%2</source>
      <translation>Importer %1?

%2</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/import_flow.py" line="108" />
      <source>Imported.

%1</source>
      <translation>Importation terminée.

%1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/models/organizations_table.py" line="37" />
      <source>%1 (archived)</source>
      <translation>%1 (archivée)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/table_tab.py" line="97" />
      <source>C&amp;lear filters</source>
      <translation>Effacer les fi&amp;ltres</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/table_tab.py" line="98" />
      <source>Clear filters</source>
      <translation>Effacer les filtres</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/table_tab.py" line="170" />
      <source>Organization filter</source>
      <translation>Filtre des organisations</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/table_tab.py" line="171" />
      <source>All organizations</source>
      <translation>Toutes les organisations</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="22" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="25" />
      <source>&amp;New register…</source>
      <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="28" />
      <source>Create a new, empty register file</source>
      <translation>Créer un fichier de registre vide</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="32" />
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="34" />
      <source>Open &amp;recent</source>
      <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="37" />
      <source>&amp;Backup now</source>
      <translation>Créer une copie de &amp;sauvegarde</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="39" />
      <source>Restore from bac&amp;kup…</source>
      <translation>Restaurer une copie de sauve&amp;garde…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="42" />
      <source>&amp;Import workbook…</source>
      <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="44" />
      <source>&amp;Export workbook…</source>
      <translation>&amp;Exporter le classeur…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="47" />
      <source>&amp;Access request pack…</source>
      <translation>Dossier de &amp;demande d'accès…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="50" />
      <source>Every record about one organization, in one zip (access to information)</source>
      <translation>Tous les documents sur une organisation, dans un seul fichier zip (accès à l'information)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="54" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="61" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="62" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="64" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="70" />
      <source>&amp;New record</source>
      <translation>&amp;Nouvel élément</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="73" />
      <source>Add a record on the current tab</source>
      <translation>Ajouter un élément dans l'onglet actif</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="79" />
      <source>&amp;Find…</source>
      <translation>Re&amp;chercher…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="82" />
      <source>Search every organization, contact, meeting and commitment</source>
      <translation>Rechercher dans les organisations, personnes-ressources, réunions et engagements</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="87" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="93" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="101" />
      <source>&amp;Refresh</source>
      <translation>Actualis&amp;er</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="104" />
      <source>&amp;Help</source>
      <translation>A&amp;ide</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="105" />
      <source>&amp;About EngageTrack</source>
      <translation>À &amp;propos d'EngageTrack</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="106" />
      <source>The &amp;principles' source</source>
      <translation>&amp;Source des principes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/window_menus.py" line="107" />
      <source>&amp;Data folder</source>
      <translation>Dossier des &amp;données</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="12" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="13" />
      <source>Organizations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="14" />
      <source>Pipeline</source>
      <translation>Cheminement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="15" />
      <source>Meetings</source>
      <translation>Réunions</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="16" />
      <source>Commitments</source>
      <translation>Engagements</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="17" />
      <source>Principles</source>
      <translation>Principes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="18" />
      <source>Export</source>
      <translation>Exportation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="24" />
      <source>Assessment</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="25" />
      <source>Stage change</source>
      <translation>Changement d'étape</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/names.py" line="26" />
      <source>Attached file</source>
      <translation>Fichier joint</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="62" />
      <source>The one-page briefing: figures, endorsers, coverage of the principles</source>
      <translation>Le résumé d'une page : chiffres, organisations adhérentes, couverture des principes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="66" />
      <source>One row per organization, with its stage and dates</source>
      <translation>Une ligne par organisation, avec son étape et ses dates</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="61" />
      <source>Summary</source>
      <comment>workbook sheet</comment>
      <translation>Sommaire</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="65" />
      <source>Organizations</source>
      <comment>workbook sheet</comment>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="68" />
      <source>People at each organization</source>
      <translation>Les personnes-ressources de chaque organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="68" />
      <source>Contacts</source>
      <comment>workbook sheet</comment>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="70" />
      <source>Meetings</source>
      <comment>workbook sheet</comment>
      <translation>Réunions</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="71" />
      <source>Every meeting, with the organizations and principles discussed</source>
      <translation>Toutes les réunions, avec les organisations et les principes abordés</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="74" />
      <source>Commitments</source>
      <comment>workbook sheet</comment>
      <translation>Engagements</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="75" />
      <source>Every commitment, with its owner, due date and status</source>
      <translation>Tous les engagements, avec leur responsable, leur échéance et leur état</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="77" />
      <source>Endorsers against P1 … P11</source>
      <translation>Organisations adhérentes par principe, de P1 à P11</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="77" />
      <source>Principles</source>
      <comment>workbook sheet</comment>
      <translation>Principes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="79" />
      <source>Overdue</source>
      <comment>workbook sheet</comment>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="83" />
      <source>Briefing notes</source>
      <comment>workbook sheet</comment>
      <translation>Notes d'information</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="80" />
      <source>Open commitments past their due date, most overdue first</source>
      <translation>Engagements ouverts dont l'échéance est passée, les plus en retard d'abord</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="85" />
      <source>The log of briefing notes written (titles in both languages), for proactive publication; never imported</source>
      <translation>Le journal des notes d'information produites (titres dans les deux langues officielles), pour la publication proactive; jamais importé</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="258" />
      <source> or </source>
      <translation> ou </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="42" />
      <source>Branch / Agency:</source>
      <translation>Secteur / organisme :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="43" />
      <source>Prepared by, title:</source>
      <translation>Préparé par, titre :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="44" />
      <source>Prepared by, telephone:</source>
      <translation>Préparé par, téléphone :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="45" />
      <source>Approved by, name:</source>
      <translation>Approuvé par, nom :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="46" />
      <source>Approved by, title:</source>
      <translation>Approuvé par, titre :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="47" />
      <source>Approved by, telephone:</source>
      <translation>Approuvé par, téléphone :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="52" />
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="52" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="52" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="52" />
      <source>Addressee</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="68" />
      <source>%1 B</source>
      <translation>%1 o</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="70" />
      <source>%1 KB</source>
      <translation>%1 Ko</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="71" />
      <source>%1 MB</source>
      <translation>%1 Mo</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="87" />
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="94" />
      <source>Attached files</source>
      <translation>Fichiers joints</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="96" />
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="52" />
      <source>Marking</source>
      <translation>Cote</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="96" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="96" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="96" />
      <source>Added</source>
      <translation>Ajouté le</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="96" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="96" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="108" />
      <source>Add &amp;file…</source>
      <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="108" />
      <source>Add file</source>
      <translation>Joindre un fichier</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="109" />
      <source>&amp;Open</source>
      <translation>Ou&amp;vrir</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="109" />
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="296" />
      <source>Open file</source>
      <translation>Fichier ouvert</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="110" />
      <source>Sa&amp;ve as…</source>
      <translation>Enre&amp;gistrer sous…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="110" />
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="306" />
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="318" />
      <source>Save file as</source>
      <translation>Enregistrer le fichier sous</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="112" />
      <source>&amp;Remove…</source>
      <translation>Re&amp;tirer…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="112" />
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="331" />
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="340" />
      <source>Remove file</source>
      <translation>Retirer le fichier</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="141" />
      <source>Save the record first; then files can be attached to it.</source>
      <translation>Enregistrez d'abord la fiche ; des fichiers pourront ensuite y être joints.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="147" />
      <source>Drop files here from the file manager, or use “Add file…” (at most 50 MB each).</source>
      <translation>Déposez ici des fichiers depuis le gestionnaire de fichiers, ou utilisez « Joindre un fichier… » (50 Mo au plus chacun).</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="150" />
      <source>The register is open read-only: files can be opened, not attached.</source>
      <translation>Le registre est ouvert en lecture seule : les fichiers peuvent être ouverts, non joints.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="176" />
      <source>No files attached.</source>
      <translation>Aucun fichier joint.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="224" />
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="237" />
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="240" />
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="262" />
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="279" />
      <source>Attach files</source>
      <translation>Joindre des fichiers</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="269" />
      <source>“%1” is already attached (as “%2”, added %3 by %4); it was not stored twice.</source>
      <translation>« %1 » est déjà joint (sous le nom « %2 », ajouté le %3 par %4) ; il n'a pas été enregistré deux fois.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attachments_section.py" line="326" />
      <source>Remove the attached file “%1” from this record? The audit trail keeps its name, size and SHA-256, not its content.</source>
      <translation>Retirer le fichier joint « %1 » de cette fiche ? Le journal d'audit conserve son nom, sa taille et son empreinte SHA-256, mais pas son contenu.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="52" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/file_output.py" line="61" />
      <source>File:</source>
      <translation>Fichier :</translation>
    </message>
  </context>
  <context>
    <name>AccessRequestDialog</name>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="43" />
      <location filename="../../engagetrack/ui/views/access_request.py" line="128" />
      <location filename="../../engagetrack/ui/views/access_request.py" line="140" />
      <source>Access request pack</source>
      <translation>Dossier de demande d'accès</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="50" />
      <source>Every record about one organization, for an access-to-information request: the organization, its contacts, stage history, assessments and commitments, the meetings it attended, every record whose text names it, the deleted records the audit trail keeps, the attached files, and each record's audit entries, in one zip with an index.</source>
      <translation>Tous les documents sur une organisation, pour une demande d'accès à l'information : l'organisation, ses personnes-ressources, l'historique de ses étapes, ses évaluations et ses engagements, les réunions auxquelles elle a participé, toute fiche dont le texte la nomme, les fiches supprimées que garde le journal d'audit, les fichiers joints et les entrées du journal de chaque fiche, dans un seul fichier zip avec un index.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="61" />
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="62" />
      <source>&amp;Organization:</source>
      <translation>&amp;Organisation :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="64" />
      <source>Marking ceiling</source>
      <translation>Cote maximale</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="65" />
      <source>(no ceiling: every marking)</source>
      <translation>(aucune cote maximale : toutes les cotes)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="68" />
      <source>Marking &amp;ceiling:</source>
      <translation>&amp;Cote maximale :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="69" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="70" />
      <source>Records from</source>
      <translation>Documents à partir du</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="71" />
      <source>Until</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="72" />
      <source>Records until</source>
      <translation>Documents jusqu'au</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="73" />
      <source>Period:</source>
      <translation>Période :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="78" />
      <source>Access request</source>
      <translation>Demande d'accès</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="79" />
      <source>Pack file</source>
      <translation>Fichier du dossier</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="79" />
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="79" />
      <source>Choose the pack file</source>
      <translation>Choisir le fichier du dossier</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="85" />
      <source>Progress</source>
      <translation>Progression</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="90" />
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="95" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="96" />
      <source>&amp;Write pack</source>
      <translation>&amp;Générer le dossier</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="97" />
      <source>Write pack</source>
      <translation>Générer le dossier</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="100" />
      <source>Show &amp;folder</source>
      <translation>Afficher le &amp;répertoire</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="101" />
      <source>Show folder</source>
      <translation>Afficher le répertoire</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="124" />
      <source>Access request %1</source>
      <translation>Demande d'accès %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="128" />
      <source>Zip archive (*.zip)</source>
      <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="136" />
      <source>Choose the organization.</source>
      <translation>Choisissez l'organisation.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="167" />
      <source>Wrote %1: %2 records, %3 attached files, %4 audit entries; marked %5.</source>
      <translation>%1 écrit : %2 fiches, %3 fichiers joints, %4 entrées du journal d'audit ; coté %5.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/access_request.py" line="182" />
      <source>The pack could not be written: %1</source>
      <translation>Le dossier n'a pas pu être écrit : %1</translation>
    </message>
  </context>
  <context>
    <name>AssessmentEditor</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="61" />
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="63" />
      <source>Assessment</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="75" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="76" />
      <source>Evidence</source>
      <translation>Preuves</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="78" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="80" />
      <source>Where the evidence comes from (report, statement, URL as text)</source>
      <translation>Provenance des preuves (rapport, déclaration, adresse URL en texte)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="83" />
      <source>Assessed on</source>
      <translation>Évalué le</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="85" />
      <source>&amp;Status</source>
      <translation>É&amp;tat</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="86" />
      <source>&amp;Evidence</source>
      <translation>&amp;Preuves</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="87" />
      <source>S&amp;ource</source>
      <translation>S&amp;ource</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="88" />
      <source>&amp;Assessed on</source>
      <translation>É&amp;valué le</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="91" />
      <source>History of this assessment</source>
      <translation>Historique de cette évaluation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="93" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/assessment_editor.py" line="114" />
      <source>Never assessed before.</source>
      <translation>Jamais évalué auparavant.</translation>
    </message>
  </context>
  <context>
    <name>AttachDialog</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attach_dialog.py" line="31" />
      <source>Attach files</source>
      <translation>Joindre des fichiers</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attach_dialog.py" line="36" />
      <source>Attach to %1:</source>
      <translation>Joindre à %1 :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attach_dialog.py" line="40" />
      <source>Files to attach</source>
      <translation>Fichiers à joindre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attach_dialog.py" line="43" />
      <source>Marking</source>
      <translation>Cote</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attach_dialog.py" line="46" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attach_dialog.py" line="47" />
      <source>e.g. signed letter of 3 March</source>
      <translation>p. ex. lettre signée du 3 mars</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attach_dialog.py" line="48" />
      <source>&amp;Marking:</source>
      <translation>Co&amp;te :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attach_dialog.py" line="49" />
      <source>&amp;Note:</source>
      <translation>&amp;Note :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attach_dialog.py" line="55" />
      <source>&amp;Attach</source>
      <translation>&amp;Joindre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attach_dialog.py" line="56" />
      <source>Attach</source>
      <translation>Joindre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/attach_dialog.py" line="57" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>BriefingSection</name>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="68" />
      <source>Briefing note</source>
      <translation>Note d'information</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="75" />
      <source>A Word draft written from the register, marked like the workbook and logged with a number. Choose organizations for a note preparing a meeting with them; choose none for a note on the whole engagement.</source>
      <translation>Une ébauche Word produite à partir du registre, cotée comme le classeur et consignée sous un numéro de suivi. Choisissez des organisations pour une note en vue d'une réunion avec elles; n'en choisissez aucune pour une note sur l'ensemble des démarches.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="84" />
      <source>Organizations of the note</source>
      <translation>Organisations visées par la note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="87" />
      <source>Organizations:</source>
      <translation>Organisations :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="89" />
      <source>Kind of note</source>
      <translation>Type de note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="90" />
      <source>Automatic: briefing with organizations, binder without</source>
      <translation>Automatique : note d'information si des organisations sont choisies, sinon note pour le cahier</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="91" />
      <source>Briefing note (for information)</source>
      <translation>Note d'information (pour information)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="92" />
      <source>Binder note (Proposed Response)</source>
      <translation>Note pour le cahier (réponse proposée)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="93" />
      <source>Kind:</source>
      <translation>Type :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="94" />
      <source>Language of the note</source>
      <translation>Langue de la note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="95" />
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="96" />
      <source>What changed since</source>
      <translation>Changements depuis le</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="97" />
      <source>Note changes since</source>
      <translation>Changements à signaler depuis le</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="99" />
      <source>Blank: since the last note on the same organizations, else 90 days</source>
      <translation>Non coché : depuis la dernière note sur les mêmes organisations, sinon 90 jours</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="101" />
      <source>Since:</source>
      <translation>Depuis :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="103" />
      <source>Addressee</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="104" />
      <source>Addressee:</source>
      <translation>Destinataire :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="112" />
      <source>Note file</source>
      <translation>Fichier de la note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="112" />
      <source>Bro&amp;wse…</source>
      <translation>Parcou&amp;rir…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="112" />
      <source>Choose the note file</source>
      <translation>Choisir le fichier de la note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="117" />
      <source>&amp;Write note…</source>
      <translation>&amp;Générer la note…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="118" />
      <source>Write the briefing note</source>
      <translation>Générer la note d'information</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="121" />
      <source>Note progress</source>
      <translation>Progression de la note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="125" />
      <source>Note result</source>
      <translation>Résultat de la note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="133" />
      <source>Briefing-note log</source>
      <translation>Journal des notes d'information</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="146" />
      <source>Notes written:</source>
      <translation>Notes produites :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="154" />
      <source>The register is open read-only</source>
      <translation>Le registre est ouvert en lecture seule</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="188" />
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="195" />
      <source>Write note</source>
      <translation>Générer la note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="188" />
      <source>Word document (*.docx)</source>
      <translation>Document Word (*.docx)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="239" />
      <source>%1 written to %2, marked %3.</source>
      <translation>Note %1 enregistrée dans %2, cote %3.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/briefing_section.py" line="255" />
      <source>The note could not be written (%1). No file was written.</source>
      <translation>Impossible de produire la note (%1). Aucun fichier n'a été écrit.</translation>
    </message>
  </context>
  <context>
    <name>CommitmentEditor</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="38" />
      <source>Edit commitment</source>
      <translation>Modifier l'engagement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="38" />
      <source>New commitment</source>
      <translation>Nouvel engagement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="40" />
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="41" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="43" />
      <source>Principle</source>
      <translation>Principe</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="44" />
      <source>Meeting</source>
      <translation>Réunion</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="44" />
      <source>(no meeting)</source>
      <translation>(aucune réunion)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="47" />
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="48" />
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="49" />
      <source>Due on</source>
      <translation>Échéance le</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="50" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="51" />
      <source>Completed</source>
      <translation>Terminé le</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="52" />
      <source>Completed on</source>
      <translation>Terminé le</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="54" />
      <source>Left empty, marking a commitment Done fills in today.</source>
      <translation>Si ce champ est vide, il prend la date du jour quand l'engagement passe à « Terminé ».</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="55" />
      <source>Marking</source>
      <translation>Cote</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="56" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="58" />
      <source>&amp;Organization</source>
      <translation>&amp;Organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="59" />
      <source>&amp;Description</source>
      <translation>&amp;Description</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="60" />
      <source>&amp;Principle</source>
      <translation>&amp;Principe</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="61" />
      <source>&amp;Meeting</source>
      <translation>&amp;Réunion</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="62" />
      <source>O&amp;wner</source>
      <translation>Responsa&amp;ble</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="63" />
      <source>D&amp;ue</source>
      <translation>Éc&amp;héance</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="64" />
      <source>&amp;Status</source>
      <translation>É&amp;tat</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="65" />
      <source>&amp;Completed on</source>
      <translation>Terminé &amp;le</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="66" />
      <source>Mar&amp;king</source>
      <translation>&amp;Cote</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="67" />
      <source>&amp;Notes</source>
      <translation>&amp;Notes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/commitment_editor.py" line="91" />
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
  </context>
  <context>
    <name>CommitmentsView</name>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="48" />
      <source>Search description, owner, organization…</source>
      <translation>Rechercher une description, un responsable, une organisation…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="49" />
      <source>Search commitments</source>
      <translation>Rechercher des engagements</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/commitments.py" line="52" />
      <source>%Ln commitment(s)</source>
      <translation>
        <numerusform>%Ln engagement</numerusform>
        <numerusform>%Ln engagements</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="62" />
      <source>Status filter</source>
      <translation>Filtre d'état</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="63" />
      <source>All statuses</source>
      <translation>Tous les états</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="64" />
      <source>Open or in progress</source>
      <translation>Ouverts ou en cours</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="65" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="70" />
      <source>Owner filter</source>
      <translation>Filtre des responsables</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="71" />
      <location filename="../../engagetrack/ui/views/commitments.py" line="114" />
      <source>All owners</source>
      <translation>Tous les responsables</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="72" />
      <location filename="../../engagetrack/ui/views/commitments.py" line="73" />
      <source>Due from</source>
      <translation>Échéance du</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="74" />
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="75" />
      <source>Due to</source>
      <translation>Échéance au</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="84" />
      <source>&amp;New commitment…</source>
      <translation>&amp;Nouvel engagement…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="85" />
      <source>New commitment</source>
      <translation>Nouvel engagement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="90" />
      <location filename="../../engagetrack/ui/views/commitments.py" line="202" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="90" />
      <source>Edit commitment</source>
      <translation>Modifier l'engagement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="93" />
      <location filename="../../engagetrack/ui/views/commitments.py" line="214" />
      <source>&amp;Delete…</source>
      <translation>&amp;Supprimer…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="54" />
      <location filename="../../engagetrack/ui/views/commitments.py" line="93" />
      <source>Delete commitment</source>
      <translation>Supprimer l'engagement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="66" />
      <source>Due in the next %1 days</source>
      <translation>Échéance dans les %1 prochains jours</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="96" />
      <source>Set status of the selected commitment</source>
      <translation>Changer l'état de l'engagement sélectionné</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="97" />
      <source>Set the status of the selected commitment</source>
      <translation>Changer l'état de l'engagement sélectionné</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="98" />
      <source>Set status…</source>
      <translation>Changer l'état…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="50" />
      <source>Commitments</source>
      <translation>Engagements</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="51" />
      <source>Number of commitments shown</source>
      <translation>Nombre d'engagements affichés</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="177" />
      <source>Status not changed</source>
      <translation>État non modifié</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="179" />
      <source>Set status to %1</source>
      <translation>Changer l'état pour %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="53" />
      <source>Commitment actions</source>
      <translation>Actions sur l'engagement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="194" />
      <source>Delete the commitment “%1”? This cannot be undone.</source>
      <translation>Supprimer l'engagement « %1 »? Cette action est irréversible.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="203" />
      <source>Set &amp;status</source>
      <translation>Changer l'é&amp;tat</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/commitments.py" line="212" />
      <source>Go to &amp;organization</source>
      <translation>Aller à l'&amp;organisation</translation>
    </message>
  </context>
  <context>
    <name>ContactEditor</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="24" />
      <source>Edit contact</source>
      <translation>Modifier la personne-ressource</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="24" />
      <source>New contact</source>
      <translation>Nouvelle personne-ressource</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="29" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="31" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="33" />
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="35" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="36" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="37" />
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="38" />
      <source>&amp;Title</source>
      <translation>&amp;Titre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="39" />
      <source>&amp;E-mail</source>
      <translation>&amp;Courriel</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="40" />
      <source>&amp;Phone</source>
      <translation>Télé&amp;phone</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="41" />
      <source>N&amp;otes</source>
      <translation>N&amp;otes</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="140" />
      <source>Organizations in the register</source>
      <translation>Organisations au registre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="141" />
      <source>Endorsers of the principles</source>
      <translation>Organisations adhérentes aux principes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="142" />
      <source>Open commitments</source>
      <translation>Engagements ouverts</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="143" />
      <source>Overdue commitments</source>
      <translation>Engagements en retard</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="150" />
      <source>Organizations by stage</source>
      <translation>Organisations par étape</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="157" />
      <source>Due in the next %1 days</source>
      <translation>Échéance dans les %1 prochains jours</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="161" />
      <source>Endorsers, newest first</source>
      <translation>Organisations adhérentes, les plus récentes d'abord</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="163" />
      <source>Planned meetings (next %1 days)</source>
      <translation>Réunions prévues (%1 prochains jours)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="168" />
      <source>Recent meetings (last %1 days)</source>
      <translation>Réunions récentes (%1 derniers jours)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="363" />
      <source>No meetings planned in the next %1 days.</source>
      <translation>Aucune réunion prévue d'ici %1 jours.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="371" />
      <source>No meetings in the last %1 days.</source>
      <translation>Aucune réunion au cours des %1 derniers jours.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="184" />
      <source>Endorsers over time: in all at the end of each year (this year so far)</source>
      <translation>Organisations adhérentes au fil du temps : total à la fin de chaque année (année en cours jusqu'à ce jour)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="266" />
      <source>%1 of them endorsed in %2</source>
      <translation>dont %1 ont adhéré en %2</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="275" />
      <source>%1 more due in the next %2 days</source>
      <translation>%1 autres à échéance d'ici %2 jours</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="311" />
      <source>today</source>
      <translation>aujourd'hui</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="313" />
      <source>tomorrow</source>
      <translation>demain</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="325" />
      <source>archived</source>
      <translation>archivée</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="327" />
      <source>date not recorded</source>
      <translation>date non consignée</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="345" />
      <source>Nothing falls due in the next %1 days.</source>
      <translation>Rien n'arrive à échéance d'ici %1 jours.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="357" />
      <source>%1 (%2) · Planned · %3 (%4)</source>
      <translation>%1 (%2) · Prévue · %3 (%4)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="154" />
      <source>Overdue commitments, most overdue first</source>
      <translation>Engagements en retard, les plus en retard d'abord</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="179" />
      <source>Principle coverage: endorsers implementing each principle</source>
      <translation>Couverture des principes : organisations adhérentes qui mettent en œuvre chaque principe</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="259" />
      <source>and %1 archived, not counted</source>
      <translation>et %1 archivées, non comptées</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="271" />
      <source>open or in progress</source>
      <translation>ouverts ou en cours</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="281" />
      <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
      <translation>%1 : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="284" />
      <source>By stage: </source>
      <translation>Par étape : </translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/dashboard.py" line="314" />
      <source>in %Ln day(s)</source>
      <translation>
        <numerusform>dans %Ln jour</numerusform>
        <numerusform>dans %Ln jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="319" />
      <source>Overdue %1 · %2 · %3</source>
      <translation>En retard de %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/dashboard.py" line="319" />
      <source>%Ln day(s)</source>
      <translation>
        <numerusform>%Ln jour</numerusform>
        <numerusform>%Ln jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="333" />
      <source>Nothing is overdue.</source>
      <translation>Rien n'est en retard.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="334" />
      <source>… and %1 more overdue: see Commitments</source>
      <translation>… et %1 autres en retard : voir Engagements</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="339" />
      <source>Due %1 (%2) · %3 · %4</source>
      <translation>Échéance le %1 (%2) · %3 · %4</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="346" />
      <source>… and %1 more: see Commitments</source>
      <translation>… et %1 autres : voir Engagements</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="351" />
      <source>No endorsers yet.</source>
      <translation>Aucune organisation adhérente pour l'instant.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="352" />
      <source>… and %1 more: see Organizations</source>
      <translation>… et %1 autres : voir Organisations</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="364" />
      <location filename="../../engagetrack/ui/views/dashboard.py" line="372" />
      <source>… and %1 more: see Meetings</source>
      <translation>… et %1 autres : voir Réunions</translation>
    </message>
  </context>
  <context>
    <name>DeleteReasonDialog</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/delete_reason.py" line="30" />
      <source>&amp;Reason (kept in the audit trail):</source>
      <translation>&amp;Motif (conservé dans le journal d'audit) :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/delete_reason.py" line="32" />
      <source>Reason for deleting</source>
      <translation>Motif de la suppression</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/delete_reason.py" line="33" />
      <source>e.g. entered twice; attached to the wrong record</source>
      <translation>p. ex. saisie en double ; jointe à la mauvaise fiche</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/delete_reason.py" line="40" />
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/delete_reason.py" line="42" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/delete_reason.py" line="46" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>ExportView</name>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="109" />
      <source>&lt;b&gt;The ministerial workbook&lt;/b&gt;: a Summary for the briefing binder, then the register sheet by sheet (workbook format v1, which EngageTrack can import back), then the overdue commitments.</source>
      <translation>&lt;b&gt;Le classeur ministériel&lt;/b&gt; : une feuille Résumé pour le cahier d'information, puis le registre feuille par feuille (format de classeur v1, qu'EngageTrack peut réimporter), puis les engagements en retard.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="117" />
      <source>Sheets</source>
      <translation>Feuilles</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="124" />
      <source>Include the %1 sheet</source>
      <translation>Inclure la feuille %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="129" />
      <source>What goes in</source>
      <translation>Contenu</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="132" />
      <source>Marking ceiling</source>
      <translation>Cote maximale</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="139" />
      <source>Marking ceiling:</source>
      <translation>Cote maximale :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="141" />
      <source>Summarise changes since</source>
      <translation>Résumer les changements depuis le</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="142" />
      <source>Changes since</source>
      <translation>Changements depuis le</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="143" />
      <source>Since:</source>
      <translation>Depuis :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="146" />
      <source>With a date, the Summary also lists what changed since then: stage changes, meetings held, commitments completed and organizations added.</source>
      <translation>Si une date est indiquée, le Résumé énumère aussi les changements survenus depuis : changements d'étape, réunions tenues, engagements terminés et organisations ajoutées.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="154" />
      <source>Prepared by</source>
      <translation>Préparé par</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="155" />
      <source>Prepared by:</source>
      <translation>Préparé par :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="156" />
      <source>Language of the workbook</source>
      <translation>Langue du classeur</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="159" />
      <source>Sheet names, headers, vocabulary and the Summary in this language; EngageTrack imports a workbook in either language</source>
      <translation>Noms des feuilles, en-têtes, vocabulaire et sommaire dans cette langue; EngageTrack importe un classeur dans l'une ou l'autre langue</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="163" />
      <source>Language:</source>
      <translation>Langue :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="165" />
      <source>Workbook file</source>
      <translation>Fichier du classeur</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="165" />
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="165" />
      <source>Choose the workbook file</source>
      <translation>Choisir le fichier du classeur</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="172" />
      <source>&amp;Export workbook</source>
      <translation>&amp;Exporter le classeur</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="254" />
      <source>Records marked %1 are left out everywhere, and so are their names in other records' rows. The workbook is marked with the highest level it actually contains.</source>
      <translation>Les éléments cotés %1 sont exclus partout, de même que leurs noms dans les lignes des autres éléments. Le classeur porte la cote la plus élevée de ce qu'il contient réellement.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="371" />
      <source>The workbook could not be written (%1). No file was written.</source>
      <translation>Impossible de créer le classeur (%1). Aucun fichier n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="173" />
      <source>Export the workbook</source>
      <translation>Exporter le classeur</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="174" />
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Entrée</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="177" />
      <source>&amp;Cancel</source>
      <translation>A&amp;nnuler</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="178" />
      <source>Cancel the export</source>
      <translation>Annuler l'exportation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="182" />
      <source>Export progress</source>
      <translation>Progression de l'exportation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="196" />
      <source>Export result</source>
      <translation>Résultat de l'exportation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="197" />
      <source>Open &amp;folder</source>
      <translation>Ouvrir le do&amp;ssier</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="198" />
      <source>Open the folder of the workbook</source>
      <translation>Ouvrir le dossier du classeur</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="262" />
      <source>Everything is included. The workbook is marked with the highest level it actually contains.</source>
      <translation>Tout est inclus. Le classeur porte la cote la plus élevée de ce qu'il contient réellement.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="271" />
      <location filename="../../engagetrack/ui/views/export.py" line="290" />
      <source>Export workbook</source>
      <translation>Exporter le classeur</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="271" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="288" />
      <source>Choose at least one sheet.</source>
      <translation>Choisissez au moins une feuille.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="332" />
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="351" />
      <source>Exported %1 rows to %2, marked %3.</source>
      <translation>%1 lignes exportées dans %2, cote %3.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/export.py" line="366" />
      <source>Cancelled; no file was written.</source>
      <translation>Exportation annulée; aucun fichier n'a été créé.</translation>
    </message>
  </context>
  <context>
    <name>FileOutput</name>
    <message>
      <location filename="../../engagetrack/ui/views/file_output.py" line="100" />
      <source>Choose the file to write.</source>
      <translation>Choisissez le fichier à créer.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/file_output.py" line="114" />
      <source>%1 already exists in %2. Replace it?</source>
      <translation>%1 existe déjà dans %2. Le remplacer?</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/file_output.py" line="129" />
      <source>Writing %1…</source>
      <translation>Création de %1…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="102" />
      <source>Main sections</source>
      <translation>Sections principales</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="172" />
      <source>That record is not shown on this tab.</source>
      <translation>Cet élément n'est pas affiché dans cet onglet.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="221" />
      <source> [read-only]</source>
      <translation> [lecture seule]</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="230" />
      <source>Nothing to add on this tab.</source>
      <translation>Rien à ajouter dans cet onglet.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="249" />
      <source>That file already exists. Choose Open to open it.</source>
      <translation>Ce fichier existe déjà. Choisissez Ouvrir pour l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="268" />
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="278" />
      <source>Backing up…</source>
      <translation>Copie de sauvegarde en cours…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="281" />
      <source>Backup written to %1</source>
      <translation>Copie de sauvegarde enregistrée dans %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="299" />
      <source>The daily backup failed: %1</source>
      <translation>La copie de sauvegarde quotidienne a échoué : %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="310" />
      <location filename="../../engagetrack/ui/main_window.py" line="316" />
      <source>Restore from backup</source>
      <translation>Restaurer une copie de sauvegarde</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="310" />
      <source>Backups (*.db)</source>
      <translation>Copies de sauvegarde (*.db)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="319" />
      <source>Replace the register with the backup %1?

A copy of the register as it is now is kept in the backups folder first.</source>
      <translation>Remplacer le registre par la copie de sauvegarde %1?

Une copie du registre dans son état actuel est d'abord conservée dans le dossier des copies de sauvegarde.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="345" />
      <source>About EngageTrack</source>
      <translation>À propos d'EngageTrack</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="351" />
      <source>&lt;h3&gt;EngageTrack %1&lt;/h3&gt;&lt;p&gt;The register and outreach tracker for the %2.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Built from commit:&lt;/b&gt; %3%4&lt;br&gt;&lt;b&gt;Data file:&lt;/b&gt; %5&lt;br&gt;&lt;b&gt;Schema version:&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;Marking scheme:&lt;/b&gt; UNCLASSIFIED &amp;lt; PROTECTED A &amp;lt; PROTECTED B&lt;/p&gt;&lt;p&gt;&lt;b&gt;The principles' source:&lt;/b&gt; %7 The French text of the principles is an unofficial translation.&lt;/p&gt;&lt;p&gt;Works offline. EngageTrack never opens a network connection.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;EngageTrack %1&lt;/h3&gt;&lt;p&gt;Registre et suivi des démarches de sensibilisation relatives aux %2.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Compilé à partir de la validation :&lt;/b&gt; %3%4&lt;br&gt;&lt;b&gt;Fichier de données :&lt;/b&gt; %5&lt;br&gt;&lt;b&gt;Version du schéma :&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;Système de cotes :&lt;/b&gt; NON CLASSIFIÉ &amp;lt; PROTÉGÉ A &amp;lt; PROTÉGÉ B&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source des principes :&lt;/b&gt; %7 Le texte français des principes est une traduction non officielle.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne. EngageTrack n'ouvre jamais de connexion réseau.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="363" />
      <source>, on %1</source>
      <translation>, le %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="370" />
      <source>&amp;Licences…</source>
      <translation>&amp;Licences…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="371" />
      <location filename="../../engagetrack/ui/main_window.py" line="380" />
      <source>Third-party licences</source>
      <translation>Licences de tiers</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="383" />
      <source>EngageTrack uses Qt and PySide6 under the LGPL-3.0, and other open-source libraries under their own licences.</source>
      <translation>EngageTrack utilise Qt et PySide6 sous licence LGPL-3.0, ainsi que d'autres bibliothèques à code source ouvert sous leurs propres licences.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="390" />
      <source>This copy runs from source: see THIRD-PARTY-LICENSES.txt in a release build, or each package's licence in the virtual environment.</source>
      <translation>Cette copie s'exécute à partir du code source : consultez THIRD-PARTY-LICENSES.txt dans une version publiée, ou la licence de chaque paquet dans l'environnement virtuel.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/main_window.py" line="398" />
      <source>The principles' source</source>
      <translation>Source des principes</translation>
    </message>
  </context>
  <context>
    <name>MeetingEditor</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="33" />
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="140" />
      <source>Edit meeting</source>
      <translation>Modifier la réunion</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="33" />
      <source>New meeting</source>
      <translation>Nouvelle réunion</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="37" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="39" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="40" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="42" />
      <source>Location</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="45" />
      <source>Lead</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="46" />
      <source>Marking</source>
      <translation>Cote</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="47" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="48" />
      <source>Outcomes</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="49" />
      <source>&amp;Date</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="50" />
      <source>&amp;Title</source>
      <translation>&amp;Titre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="51" />
      <source>&amp;Kind</source>
      <translation>T&amp;ype</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="52" />
      <source>&amp;Location</source>
      <translation>&amp;Lieu</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="53" />
      <source>L&amp;ead</source>
      <translation>Responsa&amp;ble</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="54" />
      <source>Mar&amp;king</source>
      <translation>&amp;Cote</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="55" />
      <source>&amp;Summary</source>
      <translation>Rés&amp;umé</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="56" />
      <source>O&amp;utcomes</source>
      <translation>Ré&amp;sultats</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="58" />
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="65" />
      <source>Organizations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="59" />
      <source>Contacts</source>
      <translation>Personnes-ressources</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="60" />
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="72" />
      <source>Principles discussed</source>
      <translation>Principes abordés</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="67" />
      <source>Contacts (of the chosen organizations)</source>
      <translation>Personnes-ressources (des organisations choisies)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="84" />
      <source>Add &amp;commitment from this meeting…</source>
      <translation>Ajouter un &amp;engagement issu de cette réunion…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/meeting_editor.py" line="85" />
      <source>Add commitment from this meeting</source>
      <translation>Ajouter un engagement issu de cette réunion</translation>
    </message>
  </context>
  <context>
    <name>MeetingsView</name>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="42" />
      <source>Search title, lead, location…</source>
      <translation>Rechercher un titre, un responsable, un lieu…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="43" />
      <source>Search meetings</source>
      <translation>Rechercher des réunions</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/meetings.py" line="46" />
      <source>%Ln meeting(s)</source>
      <translation>
        <numerusform>%Ln réunion</numerusform>
        <numerusform>%Ln réunions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="52" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="53" />
      <source>Held from</source>
      <translation>Tenues à partir du</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="55" />
      <source>to</source>
      <translation>au</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="56" />
      <source>Held to</source>
      <translation>Tenues jusqu'au</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="58" />
      <source>Kind filter</source>
      <translation>Filtre de type</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="59" />
      <source>All kinds</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="133" />
      <source>Delete the meeting “%1”? Commitments made there are kept, without the link.</source>
      <translation>Supprimer la réunion « %1 »? Les engagements qui y ont été pris sont conservés, mais sans le lien vers la réunion.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="72" />
      <source>&amp;New meeting…</source>
      <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="72" />
      <source>New meeting</source>
      <translation>Nouvelle réunion</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="75" />
      <location filename="../../engagetrack/ui/views/meetings.py" line="142" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="75" />
      <source>Edit meeting</source>
      <translation>Modifier la réunion</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="78" />
      <location filename="../../engagetrack/ui/views/meetings.py" line="143" />
      <source>Add &amp;commitment from this meeting…</source>
      <translation>Ajouter un &amp;engagement issu de cette réunion…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="79" />
      <source>Add commitment from this meeting</source>
      <translation>Ajouter un engagement issu de cette réunion</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="83" />
      <location filename="../../engagetrack/ui/views/meetings.py" line="145" />
      <source>&amp;Delete…</source>
      <translation>&amp;Supprimer…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="48" />
      <location filename="../../engagetrack/ui/views/meetings.py" line="83" />
      <source>Delete meeting</source>
      <translation>Supprimer la réunion</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="44" />
      <source>Meetings</source>
      <translation>Réunions</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="45" />
      <source>Number of meetings shown</source>
      <translation>Nombre de réunions affichées</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/meetings.py" line="47" />
      <source>Meeting actions</source>
      <translation>Actions sur la réunion</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="38" />
      <source>Merge organizations</source>
      <translation>Fusionner des organisations</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="37" />
      <source>Merge a duplicate into %1</source>
      <translation>Fusionner un doublon dans %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="42" />
      <source>Which organization is a duplicate of &lt;b&gt;%1&lt;/b&gt;? Type part of its name.</source>
      <translation>Quelle organisation est un doublon de &lt;b&gt;%1&lt;/b&gt;? Tapez une partie de son nom.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="48" />
      <source>Duplicate organization</source>
      <translation>Organisation en double</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="56" />
      <source>Search organizations…</source>
      <translation>Rechercher des organisations…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="63" />
      <source>What will move</source>
      <translation>Ce qui sera transféré</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="68" />
      <source>&amp;Merge</source>
      <translation>&amp;Fusionner</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="69" />
      <source>Merge</source>
      <translation>Fusionner</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="72" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="98" />
      <source>Nothing is changed until you choose a duplicate and press Merge.</source>
      <translation>Rien n'est modifié tant que vous n'avez pas choisi un doublon et cliqué sur Fusionner.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="107" />
      <source>%Ln contact(s)</source>
      <translation>
        <numerusform>%Ln personne-ressource</numerusform>
        <numerusform>%Ln personnes-ressources</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="108" />
      <source>%Ln meeting(s)</source>
      <translation>
        <numerusform>%Ln réunion</numerusform>
        <numerusform>%Ln réunions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="109" />
      <source>%Ln commitment(s)</source>
      <translation>
        <numerusform>%Ln engagement</numerusform>
        <numerusform>%Ln engagements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="110" />
      <source>%Ln assessment(s)</source>
      <translation>
        <numerusform>%Ln évaluation</numerusform>
        <numerusform>%Ln évaluations</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="115" />
      <source>Moves from &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;: %3.</source>
      <translation>Transfert de &lt;b&gt;%1&lt;/b&gt; vers &lt;b&gt;%2&lt;/b&gt; : %3.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="119" />
      <source>Where both have assessed the same principle, %1's assessment is kept unless it is Unknown.</source>
      <translation>Si les deux organisations ont une évaluation pour le même principe, celle de %1 est conservée, sauf si elle est « Inconnu ».</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="126" />
      <source>Then &lt;b&gt;%1&lt;/b&gt; is removed, with its own fields (kind, website, notes…) and its stage history (%2). The audit trail records every move.</source>
      <translation>Ensuite, &lt;b&gt;%1&lt;/b&gt; est supprimée, avec ses propres champs (type, site Web, notes…) et son historique des étapes (%2). La piste de vérification consigne chaque transfert.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="129" />
      <source>%Ln entry(ies)</source>
      <translation>
        <numerusform>%Ln entrée</numerusform>
        <numerusform>%Ln entrées</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OpenProblemDialog</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="86" />
      <source>Open &amp;read-only</source>
      <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="88" />
      <source>Open a &amp;backup…</source>
      <translation>Ouvrir une copie de &amp;sauvegarde…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="89" />
      <source>Open &amp;another file…</source>
      <translation>Ouvrir un &amp;autre fichier…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="90" />
      <source>&amp;New register…</source>
      <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="91" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
  </context>
  <context>
    <name>OrganizationDetailPanel</name>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="71" />
      <source>Selected organization</source>
      <translation>Organisation sélectionnée</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="79" />
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="80" />
      <source>Endorsed on</source>
      <translation>Date d'adhésion</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="81" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="82" />
      <source>Lead official</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="83" />
      <source>Marking</source>
      <translation>Cote</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="86" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="154" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="87" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="88" />
      <source>Sector</source>
      <translation>Secteur</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="89" />
      <source>Website</source>
      <translation>Site Web</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="109" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="114" />
      <source>Organization sections</source>
      <translation>Sections de l'organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="116" />
      <source>Contacts</source>
      <translation>Personnes-ressources</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="117" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="117" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="154" />
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="117" />
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="117" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="127" />
      <source>Add c&amp;ontact…</source>
      <translation>Ajouter une pers&amp;onne…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="128" />
      <source>Add contact</source>
      <translation>Ajouter une personne-ressource</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="129" />
      <source>Edit contact…</source>
      <translation>Modifier la personne…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="130" />
      <source>Edit contact</source>
      <translation>Modifier la personne-ressource</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="131" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="142" />
      <source>Remove contact…</source>
      <translation>Retirer la personne…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="132" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="424" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="433" />
      <source>Remove contact</source>
      <translation>Retirer la personne-ressource</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="149" />
      <source>Stage history</source>
      <translation>Historique des étapes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="150" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="154" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="150" />
      <source>Move</source>
      <translation>Déplacer</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="150" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="150" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="154" />
      <source>Meetings</source>
      <translation>Réunions</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="158" />
      <source>Commitments</source>
      <translation>Engagements</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="159" />
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="159" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="165" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="159" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="164" />
      <source>Assessments of the principles</source>
      <translation>Évaluations des principes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="165" />
      <source>Principle</source>
      <translation>Principe</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="165" />
      <source>Assessed on</source>
      <translation>Évalué le</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="180" />
      <source>Stage history: every move along the pipeline</source>
      <translation>Historique des étapes : chaque passage d'une étape à l'autre du cheminement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="187" />
      <source>Files (%1)</source>
      <translation>Fichiers (%1)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="208" />
      <source>Select an organization to see its contacts, stage history, meetings, commitments and assessments.</source>
      <translation>Sélectionnez une organisation pour voir ses personnes-ressources, son historique des étapes, ses réunions, ses engagements et ses évaluations.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="228" />
      <source>(archived)</source>
      <translation>(archivée)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="234" />
      <source>%1 since %2</source>
      <translation>%1 depuis le %2</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="265" />
      <source>No contacts yet. Add one with “Add contact…”.</source>
      <translation>Aucune personne-ressource pour l'instant. Ajoutez-en une avec « Ajouter une personne… ».</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="275" />
      <source>Contacts (%1)</source>
      <translation>Personnes (%1)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="283" />
      <source>Added as %1</source>
      <translation>Ajoutée à l'étape %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="293" />
      <source>No stage changes recorded.</source>
      <translation>Aucun changement d'étape consigné.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="295" />
      <source>History (%1)</source>
      <translation>Étapes (%1)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="303" />
      <source>… and %1 older meetings (see the Meetings tab)</source>
      <translation>… et %1 réunions plus anciennes (voir l'onglet Réunions)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="332" />
      <source>… and %1 older commitments (see the Commitments tab)</source>
      <translation>… et %1 engagements plus anciens (voir l'onglet Engagements)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="305" />
      <source>No meetings recorded.</source>
      <translation>Aucune réunion consignée.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="178" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="275" />
      <source>Contacts</source>
      <comment>detail tab</comment>
      <translation>Personnes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="179" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="295" />
      <source>History</source>
      <comment>detail tab</comment>
      <translation>Étapes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="181" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="309" />
      <source>Meetings</source>
      <comment>detail tab</comment>
      <translation>Réunions</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="182" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="338" />
      <source>Commitments</source>
      <comment>detail tab</comment>
      <translation>Engagements</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="183" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="372" />
      <source>Principles</source>
      <comment>detail tab</comment>
      <translation>Principes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="187" />
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="190" />
      <source>Files</source>
      <comment>detail tab</comment>
      <translation>Fichiers</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="308" />
      <source>Meetings (%1)</source>
      <translation>Réunions (%1)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="324" />
      <source>%1 · Overdue %2</source>
      <translation>%1 · En retard de %2</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="324" />
      <source>%Ln day(s)</source>
      <translation>
        <numerusform>%Ln jour</numerusform>
        <numerusform>%Ln jours</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="325" />
      <source>no date</source>
      <translation>sans date</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="333" />
      <source>No commitments recorded.</source>
      <translation>Aucun engagement consigné.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="337" />
      <source>Commitments (%1)</source>
      <translation>Engagements (%1)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="344" />
      <source>%Ln overdue</source>
      <translation>
        <numerusform>%Ln en retard</numerusform>
        <numerusform>%Ln en retard</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="357" />
      <source>Not assessed</source>
      <translation>Non évalué</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="371" />
      <source>Principles (%1/%2)</source>
      <translation>Principes (%1/%2)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="376" />
      <source>%1 of the %2 principles implemented</source>
      <translation>%1 des %2 principes mis en œuvre</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="424" />
      <source>Remove the contact %1?</source>
      <translation>Retirer la personne-ressource %1?</translation>
    </message>
  </context>
  <context>
    <name>OrganizationEditor</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="30" />
      <source>Edit organization</source>
      <translation>Modifier l'organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="30" />
      <source>New organization</source>
      <translation>Nouvelle organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="34" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="37" />
      <source>Likely duplicates</source>
      <translation>Doublons probables</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="39" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="41" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="43" />
      <source>Sector</source>
      <translation>Secteur</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="45" />
      <source>Website</source>
      <translation>Site Web</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="46" />
      <source>kept as text; never opened or fetched</source>
      <translation>conservé en texte; jamais ouvert ni consulté</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="47" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="50" />
      <source>Lead official</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="51" />
      <source>Initial stage</source>
      <translation>Étape initiale</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="65" />
      <source>Initial s&amp;tage</source>
      <translation>É&amp;tape initiale</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="53" />
      <source>Marking</source>
      <translation>Cote</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="54" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="56" />
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="58" />
      <source>&amp;Kind</source>
      <translation>T&amp;ype</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="59" />
      <source>&amp;Country</source>
      <translation>&amp;Pays</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="60" />
      <source>&amp;Sector</source>
      <translation>&amp;Secteur</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="61" />
      <source>&amp;Website</source>
      <translation>Site &amp;Web</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="62" />
      <source>&amp;Priority</source>
      <translation>P&amp;riorité</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="63" />
      <source>&amp;Lead official</source>
      <translation>Responsa&amp;ble</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="68" />
      <source>&amp;Marking</source>
      <translation>&amp;Cote</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="69" />
      <source>N&amp;otes</source>
      <translation>N&amp;otes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="93" />
      <source>⚠ Possible duplicate of: %1</source>
      <translation>⚠ Doublon possible de : %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="109" />
      <source>Edit %1</source>
      <translation>Modifier %1</translation>
    </message>
  </context>
  <context>
    <name>OrganizationsView</name>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="76" />
      <source>Search name, country, sector, lead official…</source>
      <translation>Rechercher un nom, un pays, un secteur, un responsable…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="77" />
      <source>Search organizations</source>
      <translation>Rechercher des organisations</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="111" />
      <source>All kinds</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="111" />
      <source>Kind filter</source>
      <translation>Filtre de type</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="116" />
      <source>All stages</source>
      <translation>Toutes les étapes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="116" />
      <source>Stage filter</source>
      <translation>Filtre d'étape</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="119" />
      <source>All priorities</source>
      <translation>Toutes les priorités</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="119" />
      <source>Priority filter</source>
      <translation>Filtre de priorité</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="122" />
      <source>All markings</source>
      <translation>Toutes les cotes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="122" />
      <source>Marking filter</source>
      <translation>Filtre de cote</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="114" />
      <source>Country filter</source>
      <translation>Filtre de pays</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="134" />
      <source>Show archived organizations</source>
      <translation>Afficher les organisations archivées</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="155" />
      <source>&amp;Merge a duplicate into this…</source>
      <translation>&amp;Fusionner un doublon dans celle-ci…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="156" />
      <location filename="../../engagetrack/ui/views/organizations.py" line="173" />
      <source>Change &amp;stage</source>
      <translation>Changer d'é&amp;tape</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="161" />
      <source>&amp;New organization…</source>
      <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="152" />
      <location filename="../../engagetrack/ui/views/organizations.py" line="167" />
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/organizations.py" line="80" />
      <source>%Ln organization(s)</source>
      <translation>
        <numerusform>%Ln organisation</numerusform>
        <numerusform>%Ln organisations</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="81" />
      <source>Organization actions</source>
      <translation>Actions sur l'organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="153" />
      <location filename="../../engagetrack/ui/views/organizations.py" line="180" />
      <location filename="../../engagetrack/ui/views/organizations.py" line="265" />
      <source>Ar&amp;chive</source>
      <translation>Ar&amp;chiver</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="154" />
      <location filename="../../engagetrack/ui/views/organizations.py" line="183" />
      <source>&amp;Delete…</source>
      <translation>&amp;Supprimer…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="162" />
      <source>New organization</source>
      <translation>Nouvelle organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="168" />
      <source>Edit organization</source>
      <translation>Modifier l'organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="170" />
      <source>Edit the selected organization (Enter or F2)</source>
      <translation>Modifier l'organisation sélectionnée (Entrée ou F2)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="174" />
      <source>Change stage</source>
      <translation>Changer d'étape</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="176" />
      <source>Move along the pipeline, with a date and a note</source>
      <translation>Faire passer à une autre étape du cheminement, avec une date et une note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="180" />
      <location filename="../../engagetrack/ui/views/organizations.py" line="269" />
      <source>Archive organization</source>
      <translation>Archiver l'organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="186" />
      <source>Delete (Del); one with meetings or commitments is archived instead</source>
      <translation>Supprimer (Suppr); une organisation qui a des réunions ou des engagements est plutôt archivée</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="189" />
      <source>&amp;Merge…</source>
      <translation>F&amp;usionner…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="190" />
      <source>Merge a duplicate into this organization</source>
      <translation>Fusionner un doublon dans cette organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="192" />
      <source>Fold a duplicate into the selected organization</source>
      <translation>Intégrer un doublon à l'organisation sélectionnée</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="315" />
      <source>Unarchive %1</source>
      <translation>Désarchiver %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="315" />
      <source>Archive %1</source>
      <translation>Archiver %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="332" />
      <source>Delete %1?

An organization with meetings or commitments is archived instead, so that no record is lost.</source>
      <translation>Supprimer %1?

Une organisation qui a des réunions ou des engagements est plutôt archivée, afin qu'aucun élément ne soit perdu.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="347" />
      <source>%1 has meetings or commitments, so it was archived instead of deleted. Tick “Show archived” to see it again.</source>
      <translation>%1 a des réunions ou des engagements; l'organisation a donc été archivée plutôt que supprimée. Cochez « Afficher les archivées » pour la revoir.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="79" />
      <source>Number of organizations shown</source>
      <translation>Nombre d'organisations affichées</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="78" />
      <source>Organizations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="133" />
      <source>Show &amp;archived</source>
      <translation>Afficher les arc&amp;hivées</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="265" />
      <source>Unar&amp;chive</source>
      <translation>Désar&amp;chiver</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="269" />
      <source>Unarchive organization</source>
      <translation>Désarchiver l'organisation</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="344" />
      <source>Archived instead</source>
      <translation>Archivée plutôt que supprimée</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="228" />
      <source>All countries</source>
      <translation>Tous les pays</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/organizations.py" line="82" />
      <location filename="../../engagetrack/ui/views/organizations.py" line="184" />
      <source>Delete organization</source>
      <translation>Supprimer l'organisation</translation>
    </message>
  </context>
  <context>
    <name>OthersChanges</name>
    <message>
      <location filename="../../engagetrack/ui/others_changes.py" line="66" />
      <source>Updated with changes by %1</source>
      <translation>Mis à jour avec les modifications de %1</translation>
    </message>
  </context>
  <context>
    <name>PipelineView</name>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="61" />
      <source>Filter organizations by name…</source>
      <translation>Filtrer les organisations par nom…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="63" />
      <source>Filter organizations</source>
      <translation>Filtrer les organisations</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="65" />
      <source>Lead official filter</source>
      <translation>Filtre des responsables</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="66" />
      <location filename="../../engagetrack/ui/views/pipeline.py" line="230" />
      <source>All lead officials</source>
      <translation>Tous les responsables</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="68" />
      <source>Priority filter</source>
      <translation>Filtre de priorité</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="69" />
      <source>All priorities</source>
      <translation>Toutes les priorités</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="73" />
      <source>&amp;Board</source>
      <translation>&amp;Cartes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="75" />
      <source>Show as board</source>
      <translation>Afficher en cartes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="77" />
      <source>&amp;Table</source>
      <translation>&amp;Tableau</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="79" />
      <source>Show as table</source>
      <translation>Afficher en tableau</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="87" />
      <source>Drag a card, or select it and press Ctrl+→ / Ctrl+←, to change its stage.</source>
      <translation>Glissez une carte, ou sélectionnez-la et appuyez sur Ctrl+→ / Ctrl+←, pour changer son étape.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="89" />
      <source>This register is open read-only: stages cannot be changed.</source>
      <translation>Ce registre est ouvert en lecture seule : les étapes ne peuvent pas être modifiées.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="110" />
      <source>Off the line</source>
      <translation>Hors cheminement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="128" />
      <source>Organizations in the pipeline</source>
      <translation>Organisations dans le cheminement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="141" />
      <source>Number of organizations shown</source>
      <translation>Nombre d'organisations affichées</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/pipeline.py" line="210" />
      <source>%Ln organization(s)</source>
      <translation>
        <numerusform>%Ln organisation</numerusform>
        <numerusform>%Ln organisations</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="274" />
      <source>%1 has no stage that way; use the card's menu (Shift+F10) to move it.</source>
      <translation>Aucune étape de ce côté de « %1 »; utilisez le menu de la carte (Maj+F10) pour la déplacer.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="319" />
      <source>Card actions</source>
      <translation>Actions sur la carte</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="320" />
      <source>&amp;Move to</source>
      <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline.py" line="327" />
      <source>&amp;Open organization</source>
      <translation>&amp;Ouvrir l'organisation</translation>
    </message>
  </context>
  <context>
    <name>PrinciplesView</name>
    <message>
      <location filename="../../engagetrack/ui/views/principles.py" line="49" />
      <source>Filter organizations by name…</source>
      <translation>Filtrer les organisations par nom…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/principles.py" line="51" />
      <source>Filter organizations</source>
      <translation>Filtrer les organisations</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/principles.py" line="52" />
      <source>&amp;Endorsers only</source>
      <translation>Adhérentes &amp;seulement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/principles.py" line="53" />
      <source>Show endorsers only</source>
      <translation>Afficher seulement les organisations adhérentes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/principles.py" line="55" />
      <source>Number of organizations shown</source>
      <translation>Nombre d'organisations affichées</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/principles.py" line="61" />
      <source>Key:</source>
      <translation>Légende :</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/principles.py" line="61" />
      <source>not assessed</source>
      <translation>non évalué</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/principles.py" line="64" />
      <source>Read-only: assessments cannot be changed.</source>
      <translation>Lecture seule : les évaluations ne peuvent pas être modifiées.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/principles.py" line="68" />
      <source>Cell text gives the status; the tint repeats it.</source>
      <translation>Le texte de la cellule indique l'état; la couleur le répète.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/principles.py" line="71" />
      <source>Principle matrix</source>
      <translation>Matrice des principes</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/principles.py" line="87" />
      <source>Totals per principle</source>
      <translation>Totaux par principe</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/principles.py" line="152" />
      <source>%Ln organization(s)</source>
      <translation>
        <numerusform>%Ln organisation</numerusform>
        <numerusform>%Ln organisations</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/record_dialog.py" line="96" />
      <source>&amp;Reload</source>
      <translation>&amp;Recharger</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/record_dialog.py" line="97" />
      <source>Reload the record</source>
      <translation>Recharger la fiche</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/record_dialog.py" line="99" />
      <source>Show the record as it is now; what you typed here is replaced</source>
      <translation>Afficher la fiche telle qu'elle est maintenant ; ce que vous avez saisi ici est remplacé</translation>
    </message>
  </context>
  <context>
    <name>RecordList</name>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="97" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/dashboard.py" line="120" />
      <source>Open the %1 tab</source>
      <translation>Ouvrir l'onglet %1</translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/search_dialog.py" line="34" />
      <source>Find</source>
      <translation>Rechercher</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/search_dialog.py" line="39" />
      <source>Find an organization, contact, meeting or commitment…</source>
      <translation>Rechercher une organisation, une personne-ressource, une réunion ou un engagement…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/search_dialog.py" line="41" />
      <source>Search everything</source>
      <translation>Tout rechercher</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/search_dialog.py" line="45" />
      <source>Search results</source>
      <translation>Résultats de la recherche</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/search_dialog.py" line="47" />
      <location filename="../../engagetrack/ui/dialogs/search_dialog.py" line="75" />
      <source>Type at least two letters.</source>
      <translation>Tapez au moins deux lettres.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/dialogs/search_dialog.py" line="88" />
      <source>%Ln result(s)</source>
      <translation>
        <numerusform>%Ln résultat</numerusform>
        <numerusform>%Ln résultats</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/search_dialog.py" line="88" />
      <source>Nothing found.</source>
      <translation>Aucun résultat.</translation>
    </message>
  </context>
  <context>
    <name>StageChangeDialog</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/stage_dialog.py" line="38" />
      <source>Change stage</source>
      <translation>Changer d'étape</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/stage_dialog.py" line="43" />
      <source>Move &lt;b&gt;%1&lt;/b&gt; from %2 to &lt;b&gt;%3&lt;/b&gt;.</source>
      <translation>Faire passer &lt;b&gt;%1&lt;/b&gt; de l'étape %2 à l'étape &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/stage_dialog.py" line="53" />
      <source>Date of the change</source>
      <translation>Date du changement</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/stage_dialog.py" line="57" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/stage_dialog.py" line="58" />
      <source>What happened, e.g. letter of endorsement received</source>
      <translation>Ce qui s'est passé, p. ex. lettre d'adhésion reçue</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/stage_dialog.py" line="59" />
      <source>&amp;Date</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/stage_dialog.py" line="60" />
      <source>&amp;Note</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/stage_dialog.py" line="39" />
      <source>Move</source>
      <translation>Déplacer</translation>
    </message>
  </context>
  <context>
    <name>StageColumn</name>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline_columns.py" line="103" />
      <source>%1 column</source>
      <translation>Colonne %1</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline_columns.py" line="119" />
      <source>%1 organizations</source>
      <translation>%1 organisations</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/views/pipeline_columns.py" line="123" />
      <source>Showing %1 of %2: filter, or use the table, to see the rest.</source>
      <translation>%1 sur %2 affichées : filtrez, ou utilisez le tableau, pour voir les autres.</translation>
    </message>
  </context>
  <context>
    <name>StatusLine</name>
    <message>
      <location filename="../../engagetrack/ui/status_line.py" line="32" />
      <source>Open file</source>
      <translation>Fichier ouvert</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/status_line.py" line="39" />
      <source>Holds: …</source>
      <translation>Contient : …</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/status_line.py" line="40" />
      <source>Highest marking held</source>
      <translation>Cote la plus élevée contenue</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/status_line.py" line="43" />
      <source>The highest security marking of any record in this register. Store and share the file accordingly.</source>
      <translation>La cote de sécurité la plus élevée parmi les éléments de ce registre. Conservez et communiquez le fichier en conséquence.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/status_line.py" line="47" />
      <source>Read-only</source>
      <translation>Lecture seule</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/status_line.py" line="47" />
      <source>Editing</source>
      <translation>Modification</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/status_line.py" line="49" />
      <source>Read-only (folder)</source>
      <translation>Lecture seule (dossier)</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/status_line.py" line="52" />
      <source>This register's folder cannot be written, so EngageTrack reads the file as it is now; changes made elsewhere appear when it is opened again.</source>
      <translation>Le dossier de ce registre n'est pas accessible en écriture : EngageTrack lit donc le fichier tel qu'il est maintenant; les modifications faites ailleurs paraîtront à la prochaine ouverture.</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/status_line.py" line="56" />
      <source>Read-only state</source>
      <translation>Mode d'accès</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/status_line.py" line="77" />
      <source>Holds: %1</source>
      <translation>Contient : %1</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="133" />
      <source>Load the &amp;demo dataset</source>
      <translation>Charger les &amp;données de démonstration</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="134" />
      <source>&amp;Import a workbook…</source>
      <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
      <location filename="../../engagetrack/ui/dialogs/startup_dialogs.py" line="135" />
      <source>Start &amp;empty</source>
      <translation>Commencer à &amp;vide</translation>
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <source>Company</source>
      <translation>Entreprise</translation>
    </message>
    <message>
      <source>Government</source>
      <translation>Gouvernement</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>ONG</translation>
    </message>
    <message>
      <source>Industry association</source>
      <translation>Association sectorielle</translation>
    </message>
    <message>
      <source>International organization</source>
      <translation>Organisation internationale</translation>
    </message>
    <message>
      <source>Law enforcement</source>
      <translation>Application de la loi</translation>
    </message>
    <message>
      <source>Academic</source>
      <translation>Milieu universitaire</translation>
    </message>
    <message>
      <source>Identified</source>
      <translation>Repérée</translation>
    </message>
    <message>
      <source>Contacted</source>
      <translation>Contactée</translation>
    </message>
    <message>
      <source>Engaged</source>
      <translation>En dialogue</translation>
    </message>
    <message>
      <source>Considering</source>
      <translation>En réflexion</translation>
    </message>
    <message>
      <source>Endorsed</source>
      <translation>Adhérente</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Refus</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>En suspens</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Élevée</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Moyenne</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Faible</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Non commencé</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Prévu</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Implemented</source>
      <translation>Mis en œuvre</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>Sans objet</translation>
    </message>
    <message>
      <source>Bilateral</source>
      <translation>Bilatérale</translation>
    </message>
    <message>
      <source>Roundtable</source>
      <translation>Table ronde</translation>
    </message>
    <message>
      <source>Ministerial</source>
      <translation>Ministérielle</translation>
    </message>
    <message>
      <source>Conference</source>
      <translation>Conférence</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Appel</translation>
    </message>
    <message>
      <source>Correspondence</source>
      <translation>Correspondance</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvert</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Abandonné</translation>
    </message>
    <message>
      <source>UNCLASSIFIED</source>
      <translation>NON CLASSIFIÉ</translation>
    </message>
    <message>
      <source>PROTECTED A</source>
      <translation>PROTÉGÉ A</translation>
    </message>
    <message>
      <source>PROTECTED B</source>
      <translation>PROTÉGÉ B</translation>
    </message>
  </context>
  <context>
    <name>columns</name>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Organization</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Principle</source>
      <translation>Principe</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Réunion</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Terminé le</translation>
    </message>
    <message>
      <source>Marking</source>
      <translation>Cote</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Organizations</source>
      <translation>Organisations</translation>
    </message>
    <message>
      <source>Lead</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Principles</source>
      <translation>Principes</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Sector</source>
      <translation>Secteur</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <source>Lead official</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Archived</source>
      <translation>Archivée</translation>
    </message>
    <message>
      <source>In stage since</source>
      <translation>À l'étape depuis</translation>
    </message>
    <message>
      <source>Next commitment due</source>
      <translation>Prochaine échéance</translation>
    </message>
  </context>
</TS>