<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name />
    <message numerus="yes">
      <location filename="../../engagetrack/ui/models/commitments_table.py" line="66" />
      <location filename="../../engagetrack/ui/models/commitments_table.py" line="69" />
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="257" />
      <source>%Ln day(s)</source>
      <translation>
        <numerusform>%Ln day</numerusform>
        <numerusform>%Ln days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/models/pipeline_board.py" line="52" />
      <source>%Ln day(s) in stage</source>
      <translation>
        <numerusform>%Ln day in stage</numerusform>
        <numerusform>%Ln days in stage</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/widgets.py" line="248" />
      <source>%Ln chosen</source>
      <translation>
        <numerusform>%Ln chosen</numerusform>
        <numerusform>%Ln chosen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CommitmentsView</name>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/commitments.py" line="52" />
      <source>%Ln commitment(s)</source>
      <translation>
        <numerusform>%Ln commitment</numerusform>
        <numerusform>%Ln commitments</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/dashboard.py" line="314" />
      <source>in %Ln day(s)</source>
      <translation>
        <numerusform>in %Ln day</numerusform>
        <numerusform>in %Ln days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/dashboard.py" line="319" />
      <source>%Ln day(s)</source>
      <translation>
        <numerusform>%Ln day</numerusform>
        <numerusform>%Ln days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MeetingsView</name>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/meetings.py" line="46" />
      <source>%Ln meeting(s)</source>
      <translation>
        <numerusform>%Ln meeting</numerusform>
        <numerusform>%Ln meetings</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="107" />
      <source>%Ln contact(s)</source>
      <translation>
        <numerusform>%Ln contact</numerusform>
        <numerusform>%Ln contacts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="108" />
      <source>%Ln meeting(s)</source>
      <translation>
        <numerusform>%Ln meeting</numerusform>
        <numerusform>%Ln meetings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="109" />
      <source>%Ln commitment(s)</source>
      <translation>
        <numerusform>%Ln commitment</numerusform>
        <numerusform>%Ln commitments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="110" />
      <source>%Ln assessment(s)</source>
      <translation>
        <numerusform>%Ln assessment</numerusform>
        <numerusform>%Ln assessments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/dialogs/merge_dialog.py" line="129" />
      <source>%Ln entry(ies)</source>
      <translation>
        <numerusform>%Ln entry</numerusform>
        <numerusform>%Ln entries</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OrganizationDetailPanel</name>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="324" />
      <source>%Ln day(s)</source>
      <translation>
        <numerusform>%Ln day</numerusform>
        <numerusform>%Ln days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/organization_detail.py" line="344" />
      <source>%Ln overdue</source>
      <translation>
        <numerusform>%Ln overdue</numerusform>
        <numerusform>%Ln overdue</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>OrganizationsView</name>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/organizations.py" line="80" />
      <source>%Ln organization(s)</source>
      <translation>
        <numerusform>%Ln organization</numerusform>
        <numerusform>%Ln organizations</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PipelineView</name>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/pipeline.py" line="210" />
      <source>%Ln organization(s)</source>
      <translation>
        <numerusform>%Ln organization</numerusform>
        <numerusform>%Ln organizations</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PrinciplesView</name>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/views/principles.py" line="152" />
      <source>%Ln organization(s)</source>
      <translation>
        <numerusform>%Ln organization</numerusform>
        <numerusform>%Ln organizations</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SearchDialog</name>
    <message numerus="yes">
      <location filename="../../engagetrack/ui/dialogs/search_dialog.py" line="88" />
      <source>%Ln result(s)</source>
      <translation>
        <numerusform>%Ln result</numerusform>
        <numerusform>%Ln results</numerusform>
      </translation>
    </message>
  </context>
</TS>