<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_CA">
<context>
    <name />
    <message>
        <location filename="../../engagetrack/ui/app.py" line="58" />
        <source>New register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/app.py" line="60" />
        <source>EngageTrack register (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/app.py" line="65" />
        <source>Open register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/app.py" line="67" />
        <source>EngageTrack register (*.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/app.py" line="103" />
        <source>The demo dataset is loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/app.py" line="162" />
        <source>Restored. The register as it was is kept in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="46" />
        <source>created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="46" />
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="46" />
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/widgets.py" line="103" />
        <source>set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/widgets.py" line="180" />
        <source>Filter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/widgets.py" line="182" />
        <source>Filter {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/widgets.py" line="242" />
        <source>{0} chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/commitments_table.py" line="65" />
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/commitments_table.py" line="69" />
        <source>{0} · Overdue {1} days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/commitments_table.py" line="71" />
        <source>{0} · Overdue 1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/commitments_table.py" line="75" />
        <source>{0} · due in {1} days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/commitments_table.py" line="77" />
        <source>{0} · due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/lazy_table.py" line="104" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/meetings_table.py" line="27" />
        <source>P1–P11 (all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/meetings_table.py" line="53" />
        <source>{0} · Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/meetings_table.py" line="59" />
        <source>Planned: this meeting has not taken place yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/pipeline_board.py" line="50" />
        <source>{0} years in stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/pipeline_board.py" line="51" />
        <source>1 day in stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/pipeline_board.py" line="51" />
        <source>{0} days in stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/pipeline_board.py" line="56" />
        <source>No commitment due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/pipeline_board.py" line="58" />
        <source>⚠ Overdue since {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/pipeline_board.py" line="59" />
        <source>Next due {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/pipeline_board.py" line="99" />
        <source>{0} priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/pipeline_board.py" line="100" />
        <source>lead: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/pipeline_board.py" line="100" />
        <location filename="../../engagetrack/ui/models/pipeline_board.py" line="215" />
        <source>no lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/pipeline_board.py" line="254" />
        <source>{0} ({1} days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/principles_matrix.py" line="46" />
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/principles_matrix.py" line="78" />
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/principles_matrix.py" line="122" />
        <source>Not assessed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/principles_matrix.py" line="124" />
        <source>Status: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/principles_matrix.py" line="126" />
        <source>Evidence: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/principles_matrix.py" line="128" />
        <source>Source: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/principles_matrix.py" line="130" />
        <source>Assessed on {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/principles_matrix.py" line="131" />
        <source>Double-click or press Enter to edit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/principles_matrix.py" line="207" />
        <source>Implemented / shown</source>
        <translation>Mis en œuvre / affichés</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/principles_matrix.py" line="218" />
        <source>{0}: {1} of the {2} organizations shown have implemented it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/principles_matrix.py" line="222" />
        <source>{0}: {1} of {2} implemented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/charts.py" line="86" />
        <source>Endorsers over time</source>
        <translation>Adhérents au fil du temps</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/charts.py" line="87" />
        <source>Principle coverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/charts.py" line="108" />
        <source>%1: %2 endorsers in all, %3 new that year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/charts.py" line="113" />
        <source>Endorsers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/charts.py" line="114" />
        <source>Endorsers in all at the end of each year; the last bar is this year so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/charts.py" line="117" />
        <source>%1 endorsers have no endorsement date and are not counted here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/charts.py" line="126" />
        <source>Implemented</source>
        <translation type="unfinished">Mis en œuvre</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/charts.py" line="128" />
        <source>P%1: %2: %3 endorsers implement it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/models/organizations_table.py" line="42" />
        <source>{0} (archived)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="69" />
        <source>{0} — {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="70" />
        <source>Assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="81" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="82" />
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="84" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="86" />
        <source>Where the evidence comes from (report, statement, URL as text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="89" />
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="93" />
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="94" />
        <source>&amp;Evidence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="95" />
        <source>S&amp;ource</source>
        <translation>S&amp;ource</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="96" />
        <source>&amp;Assessed on</source>
        <translation>É&amp;valué le</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="100" />
        <source>History of this assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="102" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="108" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="109" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/assessment_editor.py" line="126" />
        <source>Never assessed before.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommitmentEditor</name>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="47" />
        <source>Edit commitment</source>
        <translation>Modifier l'engagement</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="47" />
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="57" />
        <source>Organization</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="58" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="60" />
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="61" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="61" />
        <source>(no meeting)</source>
        <translation>(aucune réunion)</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="64" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="65" />
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="66" />
        <source>Due on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="67" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="68" />
        <source>Completed</source>
        <translation type="unfinished">Terminé le</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="69" />
        <source>Completed on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="71" />
        <source>Left empty, marking a commitment Done fills in today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="72" />
        <source>Marking</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="73" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="75" />
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="76" />
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="77" />
        <source>&amp;Principle</source>
        <translation>&amp;Principe</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="78" />
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="79" />
        <source>O&amp;wner</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="80" />
        <source>D&amp;ue</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="81" />
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="82" />
        <source>&amp;Completed on</source>
        <translation>&amp;Terminé le</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="83" />
        <source>Mar&amp;king</source>
        <translation>Co&amp;te</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="84" />
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="89" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="91" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="111" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/commitment_editor.py" line="156" />
        <source>Choose who made the commitment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="49" />
        <source>Search description, owner, organization…</source>
        <translation>Rechercher une description, un responsable, une organisation…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="51" />
        <source>Search commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="53" />
        <source>Status filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="54" />
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="55" />
        <source>Open or in progress</source>
        <translation>Ouverts ou en cours</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="56" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="57" />
        <source>Due in the next 30 days</source>
        <translation>Échéance dans les 30 prochains jours</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="61" />
        <source>Owner filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="62" />
        <location filename="../../engagetrack/ui/views/commitments.py" line="179" />
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="64" />
        <source>Organization filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="64" />
        <source>All organizations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="67" />
        <location filename="../../engagetrack/ui/views/commitments.py" line="68" />
        <source>Due from</source>
        <translation>Échéance du</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="69" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="70" />
        <source>Due to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="71" />
        <source>C&amp;lear filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="72" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="75" />
        <source>&amp;New commitment…</source>
        <translation>&amp;Nouvel engagement…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="76" />
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="77" />
        <location filename="../../engagetrack/ui/views/commitments.py" line="334" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="78" />
        <source>Edit commitment</source>
        <translation>Modifier l'engagement</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="79" />
        <location filename="../../engagetrack/ui/views/commitments.py" line="345" />
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="80" />
        <location filename="../../engagetrack/ui/views/commitments.py" line="307" />
        <source>Delete commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="82" />
        <source>Set status of the selected commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="83" />
        <source>Set the status of the selected commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="84" />
        <source>Set status…</source>
        <translation>Changer l'état…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="88" />
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="98" />
        <source>Number of commitments shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="241" />
        <source>1 commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="241" />
        <source>{0} commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="280" />
        <source>Status not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="286" />
        <source>Set status to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="308" />
        <source>Delete the commitment “{0}”? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="318" />
        <source>Not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="333" />
        <source>Commitment actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="335" />
        <source>Set &amp;status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/commitments.py" line="343" />
        <source>Go to &amp;organization</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="37" />
        <source>Edit contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="37" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="44" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="46" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="48" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="50" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="51" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="52" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="53" />
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="54" />
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="55" />
        <source>&amp;Phone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/contact_editor.py" line="56" />
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="126" />
        <source>Organizations in the register</source>
        <translation>Organisations au registre</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="127" />
        <source>Endorsers of the principles</source>
        <translation>Adhérents aux principes</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="128" />
        <source>Open commitments</source>
        <translation>Engagements ouverts</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="129" />
        <source>Overdue commitments</source>
        <translation>Engagements en retard</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="136" />
        <source>Organizations by stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="144" />
        <source>Endorsers, newest first</source>
        <translation>Adhérents, les plus récents d'abord</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="146" />
        <source>Planned meetings (next 60 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="161" />
        <source>Endorsers over time: in all at the end of each year (this year so far)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="231" />
        <source>including %1 archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="237" />
        <source>%1 of them endorsed in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="272" />
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="274" />
        <source>tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="275" />
        <source>in %1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="279" />
        <source>Overdue 1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="279" />
        <source>Overdue %1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="285" />
        <source>archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="287" />
        <source>date not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="317" />
        <source>%1 (%2) · Planned · %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="141" />
        <source>Overdue commitments, most overdue first</source>
        <translation>Engagements en retard, les plus anciens d'abord</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="143" />
        <source>Due in the next 30 days</source>
        <translation>Échéance dans les 30 prochains jours</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="148" />
        <source>Recent meetings (last 30 days)</source>
        <translation>Réunions récentes (30 derniers jours)</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="156" />
        <source>Principle coverage: endorsers implementing each principle</source>
        <translation>Couverture : adhérents qui mettent en œuvre chaque principe</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="241" />
        <source>open or in progress</source>
        <translation>ouverts ou en cours</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="244" />
        <source>%1 more due in the next 30 days</source>
        <translation>%1 autres à échéance d'ici 30 jours</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="247" />
        <source>By stage: </source>
        <translation>Par étape : </translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="293" />
        <source>Nothing is overdue.</source>
        <translation>Rien n'est en retard.</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="294" />
        <source>… and %1 more overdue: see Commitments</source>
        <translation>… et %1 autres en retard : voir Engagements</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="299" />
        <source>Due %1 (%2) · %3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="305" />
        <source>Nothing falls due in the next 30 days.</source>
        <translation>Rien n'arrive à échéance d'ici 30 jours.</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="306" />
        <source>… and %1 more: see Commitments</source>
        <translation>… et %1 autres : voir Engagements</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="311" />
        <source>No endorsers yet.</source>
        <translation>Aucun adhérent pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="312" />
        <source>… and %1 more: see Organizations</source>
        <translation>… et %1 autres : voir Organisations</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="323" />
        <source>No meetings planned in the next 60 days.</source>
        <translation>Aucune réunion prévue d'ici 60 jours.</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="324" />
        <location filename="../../engagetrack/ui/views/dashboard.py" line="332" />
        <source>… and %1 more: see Meetings</source>
        <translation>… et %1 autres : voir Réunions</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="331" />
        <source>No meetings in the last 30 days.</source>
        <translation>Aucune réunion au cours des 30 derniers jours.</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="82" />
        <source>&lt;b&gt;The ministerial workbook&lt;/b&gt;: a Summary for the briefing binder, then the register sheet by sheet (workbook format v1, which EngageTrack can import back), then the overdue commitments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="90" />
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="96" />
        <source>Include the %1 sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="101" />
        <source>What goes in</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="104" />
        <source>Marking ceiling</source>
        <translation>Cote maximale</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="111" />
        <source>Marking ceiling:</source>
        <translation>Cote maximale :</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="113" />
        <source>Summarise changes since</source>
        <translation>Résumer les changements depuis</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="114" />
        <source>Changes since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="115" />
        <source>Since:</source>
        <translation>Depuis :</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="118" />
        <source>With a date, the Summary also lists what changed since then: stage changes, meetings held, commitments completed and organizations added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="126" />
        <source>Prepared by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="127" />
        <source>Prepared by:</source>
        <translation>Préparé par :</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="131" />
        <source>Workbook file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="133" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="134" />
        <source>Choose the workbook file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="136" />
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="141" />
        <source>&amp;Export workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="208" />
        <source>Records marked %1 are left out everywhere, and so are their names in other records' rows. The workbook is marked with the highest level it actually contains.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="288" />
        <source>%1 already exists in %2. Replace it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="355" />
        <source>The workbook could not be written (%1). No file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="142" />
        <source>Export the workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="143" />
        <source>Ctrl+Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="146" />
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="147" />
        <source>Cancel the export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="151" />
        <source>Export progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="165" />
        <source>Export result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="166" />
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="167" />
        <source>Open the folder of the workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="214" />
        <source>Everything is included. The workbook is marked with the highest level it actually contains.</source>
        <translation>Tout est inclus. Le classeur porte la cote la plus élevée de ce qu'il contient réellement.</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="225" />
        <location filename="../../engagetrack/ui/views/export.py" line="287" />
        <source>Export workbook</source>
        <translation>Exporter le classeur</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="227" />
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="245" />
        <source>Choose the file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="252" />
        <source>Choose at least one sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="263" />
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="309" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="334" />
        <source>Exported %1 rows to %2, marked %3.</source>
        <translation>%1 lignes exportées dans %2, cote %3.</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/export.py" line="350" />
        <source>Cancelled; no file was written.</source>
        <translation>Annulé; aucun fichier n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="82" />
        <source>Main sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="138" />
        <source>That record is not shown on this tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="165" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="168" />
        <source>&amp;New register…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="171" />
        <source>Create a new, empty register file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="175" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="177" />
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="180" />
        <source>&amp;Backup now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="183" />
        <source>Restore from bac&amp;kup…</source>
        <translation>Restaurer une sau&amp;vegarde…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="188" />
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="192" />
        <source>&amp;Export workbook…</source>
        <translation>&amp;Exporter le classeur…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="196" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="204" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="205" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="207" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="213" />
        <source>&amp;New record</source>
        <translation>&amp;Nouvel élément</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="216" />
        <source>Add a record on the current tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="222" />
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="225" />
        <source>Search every organization, contact, meeting and commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="230" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="234" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="239" />
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="242" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="243" />
        <source>&amp;About EngageTrack</source>
        <translation>À &amp;propos d'EngageTrack</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="245" />
        <source>The &amp;principles' source</source>
        <translation>&amp;Source des principes</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="247" />
        <source>&amp;Data folder</source>
        <translation>Dossier des &amp;données</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="255" />
        <source>EngageTrack will use %1 the next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="268" />
        <source>Open file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="271" />
        <source>Highest marking held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="273" />
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="273" />
        <source>Editing</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="275" />
        <source>Read-only state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="298" />
        <source>Holds: %1</source>
        <translation>Contient : %1</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="301" />
        <source>The highest security marking of any record in this register. Store and share the file accordingly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="307" />
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="317" />
        <source>Nothing to add on this tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="333" />
        <source>New register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="335" />
        <source>EngageTrack register (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="341" />
        <source>That file already exists. Choose Open to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="350" />
        <source>Open register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="352" />
        <source>EngageTrack register (*.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="366" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="376" />
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="380" />
        <source>Backup written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="399" />
        <source>The daily backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="410" />
        <location filename="../../engagetrack/ui/main_window.py" line="416" />
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="410" />
        <source>Backups (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="418" />
        <source>Replace the register with the backup %1?

A copy of the register as it is now is kept in the backups folder first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="443" />
        <source>About EngageTrack</source>
        <translation>À propos d'EngageTrack</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="445" />
        <source>&lt;h3&gt;EngageTrack %1&lt;/h3&gt;&lt;p&gt;The register and outreach tracker for the %2.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data file:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Schema version:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Marking scheme:&lt;/b&gt; UNCLASSIFIED &amp;lt; PROTECTED A &amp;lt; PROTECTED B&lt;/p&gt;&lt;p&gt;&lt;b&gt;The principles' source:&lt;/b&gt; %5 The French text of the principles is an unofficial translation.&lt;/p&gt;&lt;p&gt;Works offline. EngageTrack never opens a network connection.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/main_window.py" line="461" />
        <source>The principles' source</source>
        <translation type="unfinished" />
    </message>
<message><source>Dashboard</source><translation>Tableau de bord</translation></message><message><source>Organizations</source><translation>Organisations</translation></message><message><source>Pipeline</source><translation>Cheminement</translation></message><message><source>Meetings</source><translation>Réunions</translation></message><message><source>Commitments</source><translation>Engagements</translation></message><message><source>Principles</source><translation>Principes</translation></message><message><source>Export</source><translation>Exportation</translation></message></context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="49" />
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="195" />
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="49" />
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="58" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="60" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="61" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="63" />
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="66" />
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="67" />
        <source>Marking</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="68" />
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="69" />
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="70" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="71" />
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="72" />
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="73" />
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="74" />
        <source>L&amp;ead</source>
        <translation>Res&amp;ponsable</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="75" />
        <source>Mar&amp;king</source>
        <translation>Co&amp;te</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="76" />
        <source>&amp;Summary</source>
        <translation>Rés&amp;umé</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="77" />
        <source>O&amp;utcomes</source>
        <translation>Ré&amp;sultats</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="79" />
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="84" />
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="80" />
        <source>Contacts</source>
        <translation>Personnes-ressources</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="81" />
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="86" />
        <source>Principles discussed</source>
        <translation>Principes abordés</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="85" />
        <source>Contacts (of the chosen organizations)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="100" />
        <source>Add &amp;commitment from this meeting…</source>
        <translation>Ajouter un &amp;engagement issu de cette réunion…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="101" />
        <source>Add commitment from this meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="106" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/meeting_editor.py" line="108" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="45" />
        <source>Search title, lead, location…</source>
        <translation>Rechercher un titre, un responsable, un lieu…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="47" />
        <source>Search meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="48" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="49" />
        <source>Held from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="51" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="52" />
        <source>Held to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="54" />
        <source>Kind filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="55" />
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="59" />
        <source>Organization filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="59" />
        <source>All organizations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="62" />
        <source>C&amp;lear filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="63" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="65" />
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="66" />
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="67" />
        <location filename="../../engagetrack/ui/views/meetings.py" line="274" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="68" />
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="69" />
        <location filename="../../engagetrack/ui/views/meetings.py" line="275" />
        <source>Add &amp;commitment from this meeting…</source>
        <translation>Ajouter un &amp;engagement issu de cette réunion…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="70" />
        <source>Add commitment from this meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="71" />
        <location filename="../../engagetrack/ui/views/meetings.py" line="277" />
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="72" />
        <location filename="../../engagetrack/ui/views/meetings.py" line="249" />
        <source>Delete meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="74" />
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="84" />
        <source>Number of meetings shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="206" />
        <source>1 meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="206" />
        <source>{0} meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="251" />
        <source>Delete the meeting “{0}”? Commitments made there are kept, without the link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="262" />
        <source>Not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/meetings.py" line="273" />
        <source>Meeting actions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="37" />
        <source>Merge a duplicate into {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="38" />
        <source>Merge organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="42" />
        <source>Which organization is a duplicate of &lt;b&gt;{0}&lt;/b&gt;? Type part of its name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="47" />
        <source>Duplicate organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="55" />
        <source>Search organizations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="62" />
        <source>What will move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="67" />
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="68" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="71" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="100" />
        <source>Nothing is changed until you choose a duplicate and press Merge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="109" />
        <source>1 contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="109" />
        <source>{0} contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="110" />
        <source>1 meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="110" />
        <source>{0} meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="111" />
        <source>1 commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="111" />
        <source>{0} commitments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="112" />
        <source>1 assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="112" />
        <source>{0} assessments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="117" />
        <source>Moves from &lt;b&gt;{0}&lt;/b&gt; to &lt;b&gt;{1}&lt;/b&gt;: {2}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="120" />
        <source>Where both have assessed the same principle, {0}'s assessment is kept unless it is Unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="125" />
        <source>Then &lt;b&gt;{0}&lt;/b&gt; is removed, with its own fields (kind, website, notes…) and its stage history ({1}). The audit trail records every move.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="129" />
        <source>1 entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="129" />
        <source>{0} entries</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <location filename="../../engagetrack/ui/startup_dialogs.py" line="82" />
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/startup_dialogs.py" line="84" />
        <source>Open a &amp;backup…</source>
        <translation>Ouvrir une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/startup_dialogs.py" line="85" />
        <source>Open &amp;another file…</source>
        <translation>Ouvrir un &amp;autre fichier…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/startup_dialogs.py" line="86" />
        <source>&amp;New register…</source>
        <translation>&amp;Nouveau registre…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/startup_dialogs.py" line="87" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="46" />
        <source>Edit organization</source>
        <translation>Modifier l'organisation</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="46" />
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="55" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="58" />
        <source>Likely duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="60" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="62" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="64" />
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="66" />
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="67" />
        <source>kept as text; never opened or fetched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="68" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="71" />
        <source>Lead official</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="72" />
        <source>Initial stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="86" />
        <source>Initial s&amp;tage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="74" />
        <source>Marking</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="75" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="77" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="79" />
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="80" />
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="81" />
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="82" />
        <source>&amp;Website</source>
        <translation>Site &amp;Web</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="83" />
        <source>&amp;Priority</source>
        <translation>P&amp;riorité</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="84" />
        <source>&amp;Lead official</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="87" />
        <source>&amp;Marking</source>
        <translation>&amp;Cote</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="88" />
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="94" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="96" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="136" />
        <source>⚠ Possible duplicate of: %1</source>
        <translation>⚠ Doublon possible de : %1</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/dialogs/organization_editor.py" line="185" />
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="208" />
        <source>Search name, country, sector, lead official…</source>
        <translation>Rechercher un nom, un pays, un secteur, un responsable…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="210" />
        <source>Search organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="212" />
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="212" />
        <source>Kind filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="217" />
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="217" />
        <source>Stage filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="220" />
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="220" />
        <source>Priority filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="223" />
        <source>All markings</source>
        <translation>Toutes les cotes</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="223" />
        <source>Marking filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="215" />
        <source>Country filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="225" />
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archivées</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="226" />
        <source>Show archived organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="227" />
        <source>C&amp;lear filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="228" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="251" />
        <source>&amp;Merge a duplicate into this…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="252" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="260" />
        <source>Change &amp;stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="255" />
        <source>&amp;New organization…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="248" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="257" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="249" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="264" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="798" />
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chiver</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="250" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="266" />
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="256" />
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="258" />
        <source>Edit organization</source>
        <translation>Modifier l'organisation</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="259" />
        <source>Edit the selected organization (Enter or F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="261" />
        <source>Change stage</source>
        <translation>Changer d'étape</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="262" />
        <source>Move along the pipeline, with a date and a note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="265" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="802" />
        <source>Archive organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="269" />
        <source>Delete (Del); one with meetings or commitments is archived instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="271" />
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="272" />
        <source>Merge a duplicate into this organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="273" />
        <source>Fold a duplicate into the selected organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="280" />
        <source>Number of organizations shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="293" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="946" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="949" />
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="379" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="387" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="387" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="424" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="387" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="387" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="397" />
        <source>Add c&amp;ontact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="398" />
        <source>Add contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="399" />
        <source>Edit contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="400" />
        <source>Edit contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="401" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="412" />
        <source>Remove contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="477" />
        <source>Select an organization to see its contacts, stage history, meetings, commitments and assessments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="503" />
        <source>{0} since {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="535" />
        <source>No contacts yet. Add one with “Add contact…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="544" />
        <source>Contacts ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="551" />
        <source>Added as {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="561" />
        <source>No stage changes recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="562" />
        <source>History ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="571" />
        <source>No meetings recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="575" />
        <source>… and {0} older meetings (see the Meetings tab)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="577" />
        <source>Meetings ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="592" />
        <source>{0} · Overdue 1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="594" />
        <source>{0} · Overdue {1} days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="605" />
        <source>No commitments recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="609" />
        <source>… and {0} older commitments (see the Commitments tab)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="612" />
        <source>Commitments ({0})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="618" />
        <source>1 overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="618" />
        <source>{0} overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="633" />
        <source>Not assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="646" />
        <source>Principles ({0}/{1})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="650" />
        <source>{0} of the {1} principles implemented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="718" />
        <source>{0} organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="798" />
        <source>Unar&amp;chive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="802" />
        <source>Unarchive organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="865" />
        <source>Unarchive {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="865" />
        <source>Archive {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="883" />
        <source>Delete {0}?

An organization with meetings or commitments is archived instead, so that no record is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="896" />
        <source>Archived instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="898" />
        <source>{0} has meetings or commitments, so it was archived instead of deleted. Tick “Show archived” to see it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="935" />
        <source>Remove the contact {0}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="341" />
        <source>Selected organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="384" />
        <source>Organization sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="386" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="448" />
        <source>Contacts</source>
        <translation>Personnes-ressources</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="419" />
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="420" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="424" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="420" />
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="420" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="420" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="424" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="451" />
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="428" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="452" />
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="429" />
        <source>Due</source>
        <translation type="unfinished">Échéance</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="429" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="435" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="429" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="434" />
        <source>Assessments of the principles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="435" />
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="435" />
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="449" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="450" />
        <source>Stage history: every move along the pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="453" />
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="356" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="424" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="349" />
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="350" />
        <source>Endorsed on</source>
        <translation>Adhésion le</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="351" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="352" />
        <source>Lead official</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="357" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="358" />
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="359" />
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="353" />
        <source>Marking</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="596" />
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="679" />
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="716" />
        <source>1 organization</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="267" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="881" />
        <source>Delete organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/organizations.py" line="402" />
        <location filename="../../engagetrack/ui/views/organizations.py" line="935" />
        <source>Remove contact</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="147" />
        <source>Filter organizations by name…</source>
        <translation>Filtrer les organisations par nom…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="149" />
        <source>Filter organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="151" />
        <source>Lead official filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="152" />
        <location filename="../../engagetrack/ui/views/pipeline.py" line="314" />
        <source>All lead officials</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="154" />
        <source>Priority filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="155" />
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="159" />
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="161" />
        <source>Show as board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="163" />
        <source>&amp;Table</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="165" />
        <source>Show as table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="173" />
        <source>Drag a card, or select it and press Ctrl+→ / Ctrl+←, to change its stage.</source>
        <translation>Glissez une carte, ou choisissez-la et appuyez sur Ctrl+→ / Ctrl+←, pour changer son étape.</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="192" />
        <source>Off the line</source>
        <translation>Hors cheminement</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="210" />
        <source>Organizations in the pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="221" />
        <source>Number of organizations shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="291" />
        <source>1 organization</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="293" />
        <source>{0} organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="357" />
        <source>{0} has no stage that way; use the card's menu (Shift+F10) to move it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="399" />
        <source>Card actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="400" />
        <source>&amp;Move to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="406" />
        <source>&amp;Open organization</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrinciplesView</name>
    <message>
        <location filename="../../engagetrack/ui/views/principles.py" line="46" />
        <source>Filter organizations by name…</source>
        <translation>Filtrer les organisations par nom…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/principles.py" line="48" />
        <source>Filter organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/principles.py" line="49" />
        <source>&amp;Endorsers only</source>
        <translation>&amp;Adhérents seulement</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/principles.py" line="50" />
        <source>Show endorsers only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/principles.py" line="52" />
        <source>Number of organizations shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/principles.py" line="59" />
        <source>Key:</source>
        <translation>Légende :</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/principles.py" line="59" />
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/principles.py" line="63" />
        <source>Cell text gives the status; the tint repeats it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/principles.py" line="66" />
        <source>Principle matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/principles.py" line="82" />
        <source>Totals per principle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/principles.py" line="148" />
        <source>1 organization</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/principles.py" line="148" />
        <source>{0} organizations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="86" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/dashboard.py" line="107" />
        <source>Open the %1 tab</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../engagetrack/ui/search.py" line="38" />
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/search.py" line="43" />
        <source>Find an organization, contact, meeting or commitment…</source>
        <translation>Trouver une organisation, une personne, une réunion ou un engagement…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/search.py" line="45" />
        <source>Search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/search.py" line="49" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/search.py" line="51" />
        <location filename="../../engagetrack/ui/search.py" line="79" />
        <source>Type at least two letters.</source>
        <translation>Tapez au moins deux lettres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../engagetrack/ui/search.py" line="92" />
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/search.py" line="92" />
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>StageChangeDialog</name>
    <message>
        <location filename="../../engagetrack/ui/editors/stage_dialog.py" line="44" />
        <source>Change stage</source>
        <translation>Changer d'étape</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/stage_dialog.py" line="48" />
        <source>Move &lt;b&gt;{0}&lt;/b&gt; from {1} to &lt;b&gt;{2}&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/stage_dialog.py" line="59" />
        <source>Date of the change</source>
        <translation>Date du changement</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/stage_dialog.py" line="63" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/stage_dialog.py" line="64" />
        <source>What happened, e.g. letter of endorsement received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/stage_dialog.py" line="66" />
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/stage_dialog.py" line="67" />
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/stage_dialog.py" line="71" />
        <location filename="../../engagetrack/ui/editors/stage_dialog.py" line="72" />
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/editors/stage_dialog.py" line="73" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="109" />
        <source>{0} column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="125" />
        <source>{0} organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/views/pipeline.py" line="128" />
        <source>Showing {0} of {1}: filter, or use the table, to see the rest.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../engagetrack/ui/startup_dialogs.py" line="111" />
        <source>Load the &amp;demo dataset</source>
        <translation>Charger les &amp;données de démonstration</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/startup_dialogs.py" line="112" />
        <source>&amp;Import a workbook…</source>
        <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/startup_dialogs.py" line="113" />
        <source>Start &amp;empty</source>
        <translation>Commencer à &amp;vide</translation>
    </message>
</context>
<context>
    <name>_Choices</name>
    <message>
        <location filename="../../engagetrack/ui/startup_dialogs.py" line="45" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../engagetrack/ui/import_flow.py" line="31" />
        <location filename="../../engagetrack/ui/import_flow.py" line="37" />
        <location filename="../../engagetrack/ui/import_flow.py" line="48" />
        <location filename="../../engagetrack/ui/import_flow.py" line="65" />
        <location filename="../../engagetrack/ui/import_flow.py" line="78" />
        <location filename="../../engagetrack/ui/import_flow.py" line="88" />
        <location filename="../../engagetrack/ui/import_flow.py" line="103" />
        <location filename="../../engagetrack/ui/import_flow.py" line="110" />
        <location filename="../../engagetrack/ui/import_flow.py" line="115" />
        <source>Import workbook</source>
        <translation>Importer un classeur</translation>
    </message>
    <message>
        <location filename="../../engagetrack/ui/import_flow.py" line="31" />
        <source>This register is open read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/import_flow.py" line="39" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/import_flow.py" line="45" />
        <source>Checking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/import_flow.py" line="61" />
        <source>
… and %1 more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/import_flow.py" line="67" />
        <source>The workbook was not imported: nothing was changed. Correct these rows and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/import_flow.py" line="79" />
        <source>Import %1?

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../engagetrack/ui/import_flow.py" line="111" />
        <source>Imported.

%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>vocabulary</name><message><source>Company</source><translation>Entreprise</translation></message><message><source>Government</source><translation>Gouvernement</translation></message><message><source>NGO</source><translation>ONG</translation></message><message><source>Industry association</source><translation>Association sectorielle</translation></message><message><source>International organization</source><translation>Organisation internationale</translation></message><message><source>Law enforcement</source><translation>Forces de l'ordre</translation></message><message><source>Academic</source><translation>Milieu universitaire</translation></message><message><source>Identified</source><translation>Repérée</translation></message><message><source>Contacted</source><translation>Contactée</translation></message><message><source>Engaged</source><translation>En dialogue</translation></message><message><source>Considering</source><translation>En réflexion</translation></message><message><source>Endorsed</source><translation>Adhérente</translation></message><message><source>Declined</source><translation>Refus</translation></message><message><source>On hold</source><translation>En suspens</translation></message><message><source>High</source><translation>Élevée</translation></message><message><source>Medium</source><translation>Moyenne</translation></message><message><source>Low</source><translation>Faible</translation></message><message><source>Unknown</source><translation>Inconnu</translation></message><message><source>Not started</source><translation>Non commencé</translation></message><message><source>Planned</source><translation>Prévu</translation></message><message><source>In progress</source><translation>En cours</translation></message><message><source>Implemented</source><translation>Mis en œuvre</translation></message><message><source>Not applicable</source><translation>Sans objet</translation></message><message><source>Bilateral</source><translation>Bilatérale</translation></message><message><source>Roundtable</source><translation>Table ronde</translation></message><message><source>Ministerial</source><translation>Ministérielle</translation></message><message><source>Conference</source><translation>Conférence</translation></message><message><source>Call</source><translation>Appel</translation></message><message><source>Correspondence</source><translation>Correspondance</translation></message><message><source>Other</source><translation>Autre</translation></message><message><source>Open</source><translation>Ouvert</translation></message><message><source>Done</source><translation>Fait</translation></message><message><source>Dropped</source><translation>Abandonné</translation></message><message><source>UNCLASSIFIED</source><translation>NON CLASSIFIÉ</translation></message><message><source>PROTECTED A</source><translation>PROTÉGÉ A</translation></message><message><source>PROTECTED B</source><translation>PROTÉGÉ B</translation></message></context><context><name>columns</name><message><source>Name</source><translation>Nom</translation></message><message><source>Kind</source><translation>Type</translation></message><message><source>Country</source><translation>Pays</translation></message><message><source>Sector</source><translation>Secteur</translation></message><message><source>Stage</source><translation>Étape</translation></message><message><source>Since</source><translation>Depuis</translation></message><message><source>Priority</source><translation>Priorité</translation></message><message><source>Lead official</source><translation>Responsable</translation></message><message><source>Marking</source><translation>Cote</translation></message><message><source>Archived</source><translation>Archivée</translation></message><message><source>Date</source><translation>Date</translation></message><message><source>Title</source><translation>Titre</translation></message><message><source>Organizations</source><translation>Organisations</translation></message><message><source>Lead</source><translation>Responsable</translation></message><message><source>Location</source><translation>Lieu</translation></message><message><source>Principles</source><translation>Principes</translation></message><message><source>Due</source><translation>Échéance</translation></message><message><source>Status</source><translation>État</translation></message><message><source>Organization</source><translation>Organisation</translation></message><message><source>Description</source><translation>Description</translation></message><message><source>Owner</source><translation>Responsable</translation></message><message><source>Principle</source><translation>Principe</translation></message><message><source>Meeting</source><translation>Réunion</translation></message><message><source>Completed</source><translation>Terminé le</translation></message><message><source>Lead official </source><translation>Responsable</translation></message><message><source>Days in stage</source><translation>Jours à l'étape</translation></message><message><source>Next due</source><translation>Prochaine échéance</translation></message></context></TS>