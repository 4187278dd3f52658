<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>R6: individual #%1, %n counted record(s): %2.</source>
        <translation type="obsolete">
            <numerusform>R6: individual #%1, %n counted record: %2.</numerusform>
            <numerusform>R6: individual #%1, %n counted records: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n record(s): %2.</source>
        <translation type="obsolete">
            <numerusform>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n record: %2.</numerusform>
            <numerusform>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n records: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeactivateCommand</name>
    <message numerus="yes">
        <source>Dry run: %n record(s) would be deactivated; nothing was changed.</source>
        <translation>
            <numerusform>Dry run: %n record would be deactivated; nothing was changed.</numerusform>
            <numerusform>Dry run: %n records would be deactivated; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n record(s):</source>
        <translation>
            <numerusform>Deactivated %n record:</numerusform>
            <numerusform>Deactivated %n records:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionCommands</name>
    <message numerus="yes">
        <source>Re-activated %n user(s) in Headcount (the export&apos;s own Is_Active applies again).</source>
        <translation>
            <numerusform>Re-activated %n user in Headcount (the export&apos;s own Is_Active applies again).</numerusform>
            <numerusform>Re-activated %n users in Headcount (the export&apos;s own Is_Active applies again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared the IT-user flag of %n user(s).</source>
        <translation>
            <numerusform>Cleared the IT-user flag of %n user.</numerusform>
            <numerusform>Cleared the IT-user flag of %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n user(s) as IT users (not counted).</source>
        <translation>
            <numerusform>Marked %n user as IT users (not counted).</numerusform>
            <numerusform>Marked %n users as IT users (not counted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) match automatically again.</source>
        <translation>
            <numerusform>%n user matches automatically again.</numerusform>
            <numerusform>%n users match automatically again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n user(s) from automatic matching (only links join them).</source>
        <translation>
            <numerusform>Split %n user from automatic matching (only links join them).</numerusform>
            <numerusform>Split %n users from automatic matching (only links join them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message numerus="yes">
        <source>fitted over %n day(s) with counts in the last %1 days; %2 a day</source>
        <translation>
            <numerusform>fitted over %n day with counts in the last %1 days; %2 a day</numerusform>
            <numerusform>fitted over %n days with counts in the last %1 days; %2 a day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>do not reach 80 % of the capacity within %n day(s)</source>
        <translation>
            <numerusform>do not reach 80 % of the capacity within %n day</numerusform>
            <numerusform>do not reach 80 % of the capacity within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not 100 % within %n day(s)</source>
        <translation>
            <numerusform>not 100 % within %n day</numerusform>
            <numerusform>not 100 % within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message numerus="yes">
        <source>Imported groups from %1 into runtime %2 of %3: %n group(s)</source>
        <translation>
            <numerusform>Imported groups from %1 into runtime %2 of %3: %n group</numerusform>
            <numerusform>Imported groups from %1 into runtime %2 of %3: %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n membership(s) (replacing %1).</source>
        <translation>
            <numerusform>, %n membership (replacing %1).</numerusform>
            <numerusform>, %n memberships (replacing %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n repeated line(s) ignored</source>
        <translation>
            <numerusform>  %n repeated line ignored</numerusform>
            <numerusform>  %n repeated lines ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n bad row(s) skipped</source>
        <translation>
            <numerusform>  %n bad row skipped</numerusform>
            <numerusform>  %n bad rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n member(s) match no user of the runtime: %1</source>
        <translation>
            <numerusform>  %n member matches no user of the runtime: %1</numerusform>
            <numerusform>  %n members match no user of the runtime: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <source>%n snapshot(s) stored; the last of each day is shown.</source>
        <translation>
            <numerusform>%n snapshot stored; the last of each day is shown.</numerusform>
            <numerusform>%n snapshots stored; the last of each day is shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%n more short row(s) not listed</source>
        <translation>
            <numerusform>%n more short row not listed</numerusform>
            <numerusform>%n more short rows not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryCommands</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the workspace is damaged: %n problem(s) found; restore a backup</source>
        <translation>
            <numerusform>the workspace is damaged: %n problem found; restore a backup</numerusform>
            <numerusform>the workspace is damaged: %n problems found; restore a backup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1 (%n record(s))</source>
        <translation>
            <numerusform>wrote %1 (%n record)</numerusform>
            <numerusform>wrote %1 (%n records)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message numerus="yes">
        <source>wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>wrote %1 (%n page)</numerusform>
            <numerusform>wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>R6: individual #%1, %n counted record(s): %2.</source>
        <translation>
            <numerusform>R6: individual #%1, %n counted record: %2.</numerusform>
            <numerusform>R6: individual #%1, %n counted records: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n record(s): %2.</source>
        <translation>
            <numerusform>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n record: %2.</numerusform>
            <numerusform>R12: %1&apos;s console merges it (same e-mail or username over the default tenants) into one user with %n records: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message numerus="yes">
        <source>Removed runtime %1 (%n record(s)) from %2.</source>
        <translation>
            <numerusform>Removed runtime %1 (%n record) from %2.</numerusform>
            <numerusform>Removed runtime %1 (%n records) from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) of %1 set to kind %2.</source>
        <translation>
            <numerusform>%n tenant of %1 set to kind %2.</numerusform>
            <numerusform>%n tenants of %1 set to kind %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n owned domain(s) to %1; it now has %2.</source>
        <translation>
            <numerusform>Added %n owned domain to %1; it now has %2.</numerusform>
            <numerusform>Added %n owned domains to %1; it now has %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n owned domain(s) from %1; it now has %2.</source>
        <translation>
            <numerusform>Removed %n owned domain from %1; it now has %2.</numerusform>
            <numerusform>Removed %n owned domains from %1; it now has %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::DomainsView</name>
    <message numerus="yes">
        <source>%n external domain(s) in all</source>
        <translation>
            <numerusform>%n external domain in all</numerusform>
            <numerusform>%n external domains in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more refused.</source>
        <translation>
            <numerusform>%n more refused.</numerusform>
            <numerusform>%n more refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add T&amp;yped Domains (%n)</source>
        <translation>
            <numerusform>Add T&amp;yped Domains (%n)</numerusform>
            <numerusform>Add T&amp;yped Domains (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n domain(s)</source>
        <translation>
            <numerusform>Add %n domain</numerusform>
            <numerusform>Add %n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n domain(s)</source>
        <translation>
            <numerusform>Remove %n domain</numerusform>
            <numerusform>Remove %n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardFilePage</name>
    <message numerus="yes">
        <source>Existing runtime: %Ln record(s), last import %1. The import replaces or merges them in one transaction.</source>
        <translation>
            <numerusform>Existing runtime: %Ln record, last import %1. The import replaces or merges them in one transaction.</numerusform>
            <numerusform>Existing runtime: %Ln records, last import %1. The import replaces or merges them in one transaction.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardMappingPage</name>
    <message numerus="yes">
        <source>line %1, %Ln column(s)</source>
        <translation>
            <numerusform>line %1, %Ln column</numerusform>
            <numerusform>line %1, %Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key(s) in the records</source>
        <translation>
            <numerusform>%Ln key in the records</numerusform>
            <numerusform>%Ln keys in the records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln previewed row(s) read cleanly with this mapping.</source>
        <translation>
            <numerusform>The %Ln previewed row read cleanly with this mapping.</numerusform>
            <numerusform>The %Ln previewed rows read cleanly with this mapping.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln previewed row(s) have a problem with this mapping (tinted; hover for the reason). The validation step lists every problem in the file.</source>
        <translation>
            <numerusform>%1 of the %Ln previewed row have a problem with this mapping (tinted; hover for the reason). The validation step lists every problem in the file.</numerusform>
            <numerusform>%1 of the %Ln previewed rows have a problem with this mapping (tinted; hover for the reason). The validation step lists every problem in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardProgressPage</name>
    <message numerus="yes">
        <source>Nothing was imported: %1 has %Ln row(s) that cannot be read. The workspace is unchanged. Correct the file, or import it again and choose to skip bad rows.</source>
        <translation>
            <numerusform>Nothing was imported: %1 has %Ln row that cannot be read. The workspace is unchanged. Correct the file, or import it again and choose to skip bad rows.</numerusform>
            <numerusform>Nothing was imported: %1 has %Ln rows that cannot be read. The workspace is unchanged. Correct the file, or import it again and choose to skip bad rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardSummaryPage</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ImportWizardValidationPage</name>
    <message numerus="yes">
        <source>%1 records can be imported; %Ln row(s) cannot:</source>
        <translation>
            <numerusform>%1 records can be imported; %Ln row cannot:</numerusform>
            <numerusform>%1 records can be imported; %Ln rows cannot:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;kip bad rows (import the %1 good records; the %Ln bad row(s) are left out)</source>
        <translation>
            <numerusform>S&amp;kip bad rows (import the %1 good records; the %Ln bad row are left out)</numerusform>
            <numerusform>S&amp;kip bad rows (import the %1 good records; the %Ln bad rows are left out)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::InfrastructureDialog</name>
    <message numerus="yes">
        <source>Remove infrastructure %1? Its %n runtime(s), %2 records, owned domains and decisions are deleted, and this cannot be undone.</source>
        <translation>
            <numerusform>Remove infrastructure %1? Its %n runtime, %2 records, owned domains and decisions are deleted, and this cannot be undone.</numerusform>
            <numerusform>Remove infrastructure %1? Its %n runtimes, %2 records, owned domains and decisions are deleted, and this cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::MessageText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ReclaimView</name>
    <message numerus="yes">
        <source>No counted user has gone %Ln day(s) without a login.</source>
        <translation>
            <numerusform>No counted user has gone %Ln day without a login.</numerusform>
            <numerusform>No counted user has gone %Ln days without a login.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s) not logged in for %1 days or more.</source>
        <translation>
            <numerusform>%Ln candidate not logged in for %1 days or more.</numerusform>
            <numerusform>%Ln candidates not logged in for %1 days or more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ReportActions</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::ReportHtml</name>
    <message numerus="yes">
        <source>Unique individuals at the end of each day shown (%n day(s) with changes stored).</source>
        <translation>
            <numerusform>Unique individuals at the end of each day shown (%n day with changes stored).</numerusform>
            <numerusform>Unique individuals at the end of each day shown (%n days with changes stored).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::RuntimeCountsModel</name>
    <message numerus="yes">
        <source>%n counted internal record(s) in %1</source>
        <translation>
            <numerusform>%n counted internal record in %1</numerusform>
            <numerusform>%n counted internal records in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n counted external record(s) in %1</source>
        <translation>
            <numerusform>%n counted external record in %1</numerusform>
            <numerusform>%n counted external records in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n counted record(s) in %1</source>
        <translation>
            <numerusform>%n counted record in %1</numerusform>
            <numerusform>%n counted records in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What %1&apos;s own console shows: %n user(s)</source>
        <translation>
            <numerusform>What %1&apos;s own console shows: %n user</numerusform>
            <numerusform>What %1&apos;s own console shows: %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::RuntimesView</name>
    <message numerus="yes">
        <source>Remove runtime %1 and its %n record(s)? The administrator&apos;s decisions about them go too, and this cannot be undone.</source>
        <translation>
            <numerusform>Remove runtime %1 and its %n record? The administrator&apos;s decisions about them go too, and this cannot be undone.</numerusform>
            <numerusform>Remove runtime %1 and its %n records? The administrator&apos;s decisions about them go too, and this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setting the kind of %n tenant(s) to %1 and recounting…</source>
        <translation>
            <numerusform>Setting the kind of %n tenant to %1 and recounting…</numerusform>
            <numerusform>Setting the kind of %n tenants to %1 and recounting…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the kind of %n tenant(s) to %1</source>
        <translation>
            <numerusform>Set the kind of %n tenant to %1</numerusform>
            <numerusform>Set the kind of %n tenants to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::TrendChartWidget</name>
    <message numerus="yes">
        <source>%n snapshot(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n snapshot from %1 to %2.</numerusform>
            <numerusform>%n snapshots from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::UsersView</name>
    <message numerus="yes">
        <source>Kind %1 · %n record(s)</source>
        <translation>
            <numerusform>Kind %1 · %n record</numerusform>
            <numerusform>Kind %1 · %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="vanished">
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hc::WorkspaceSession</name>
    <message numerus="yes">
        <source>Deactivate %n user(s)</source>
        <translation>
            <numerusform>Deactivate %n user</numerusform>
            <numerusform>Deactivate %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activate %n user(s)</source>
        <translation>
            <numerusform>Activate %n user</numerusform>
            <numerusform>Activate %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n user(s) as IT users</source>
        <translation>
            <numerusform>Mark %n user as IT users</numerusform>
            <numerusform>Mark %n users as IT users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the IT flag of %n user(s)</source>
        <translation>
            <numerusform>Clear the IT flag of %n user</numerusform>
            <numerusform>Clear the IT flag of %n users</numerusform>
        </translation>
    </message>
</context>
</TS>
