<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConflictInboxDialog</name>
    <message numerus="yes">
        <source>%n change(s) from other workspaces wait for your decision.</source>
        <translation>
            <numerusform>%n change from another workspace waits for your decision.</numerusform>
            <numerusform>%n changes from other workspaces wait for your decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DxfLayerDialog</name>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n record added</numerusform>
            <numerusform>%n records added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) merged</source>
        <translation>
            <numerusform>%n record merged</numerusform>
            <numerusform>%n records merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted</source>
        <translation>
            <numerusform>%n record deleted</numerusform>
            <numerusform>%n records deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored</source>
        <translation>
            <numerusform>%n record restored</numerusform>
            <numerusform>%n records restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) copied</source>
        <translation>
            <numerusform>%n photo copied</numerusform>
            <numerusform>%n photos copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) already here, not copied again</source>
        <translation>
            <numerusform>%n photo already here, not copied again</numerusform>
            <numerusform>%n photos already here, not copied again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left in the conflict inbox</source>
        <translation>
            <numerusform>%n change left in the conflict inbox</numerusform>
            <numerusform>%n changes left in the conflict inbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message numerus="yes">
        <source>%n character(s) that the file cannot hold (control characters) were written as �.</source>
        <translation>
            <numerusform>%n character that the file cannot hold (a control character) was written as �.</numerusform>
            <numerusform>%n characters that the file cannot hold (control characters) were written as �.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than a spreadsheet cell holds (32,767 characters) were cut, ending in “…”.</source>
        <translation>
            <numerusform>%n cell longer than a spreadsheet cell holds (32,767 characters) was cut, ending in “…”.</numerusform>
            <numerusform>%n cells longer than a spreadsheet cell holds (32,767 characters) were cut, ending in “…”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HazardFollowUp</name>
    <message numerus="yes">
        <source>Are the controls of its %n hazard(s) in place?</source>
        <translation>
            <numerusform>Are the controls of its hazard in place?</numerusform>
            <numerusform>Are the controls of its %n hazards in place?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and mark its %n hazard(s) controlled</source>
        <translation>
            <numerusform>%1 and mark its hazard controlled</numerusform>
            <numerusform>%1 and mark its %n hazards controlled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorGridModel</name>
    <message numerus="yes">
        <source>Edit indicators (%n value(s))</source>
        <translation>
            <numerusform>Edit indicators (%n value)</numerusform>
            <numerusform>Edit indicators (%n values)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete “%1” and its %n visit(s)?
You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete “%1” and its %n visit?
You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete “%1” and its %n visits?
You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeActions</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The automatic sync did not get through; it tries again in %n minute(s).</source>
        <translation>
            <numerusform>The automatic sync did not get through; it tries again in %n minute.</numerusform>
            <numerusform>The automatic sync did not get through; it tries again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Office: %n conflict(s)</source>
        <translation>
            <numerusform>Office: %n conflict</numerusform>
            <numerusform>Office: %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message numerus="yes">
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>%n photo imported.</numerusform>
            <numerusform>%n photos imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioIndicators</name>
    <message numerus="yes">
        <source>%n enterprise(s) selected; %2 with a baseline. Latest month: %3</source>
        <translation>
            <numerusform>%n enterprise selected; %2 with a baseline. Latest month: %3</numerusform>
            <numerusform>%n enterprises selected; %2 with a baseline. Latest month: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeOverview</name>
    <message numerus="yes">
        <source>%n enterprise(s); </source>
        <translation>
            <numerusform>%n enterprise; </numerusform>
            <numerusform>%n enterprises; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hazard(s), </source>
        <translation>
            <numerusform>%n hazard, </numerusform>
            <numerusform>%n hazards, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open; </source>
        <translation>
            <numerusform>%n open; </numerusform>
            <numerusform>%n open; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n improvement project(s), </source>
        <translation>
            <numerusform>%n improvement project, </numerusform>
            <numerusform>%n improvement projects, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectsPanel</name>
    <message numerus="yes">
        <source>%n project(s): %2. By module: %3. Cost %4 %5, savings %6 %5 a month, payback %7.</source>
        <translation>
            <numerusform>%n project: %2. By module: %3. Cost %4 %5, savings %6 %5 a month, payback %7.</numerusform>
            <numerusform>%n projects: %2. By module: %3. Cost %4 %5, savings %6 %5 a month, payback %7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <source>%n item(s), %1 still to review.</source>
        <translation>
            <numerusform>%n item, %1 still to review.</numerusform>
            <numerusform>%n items, %1 still to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message numerus="yes">
        <source>Imported “%1”, version %2, with %n item(s).</source>
        <translation>
            <numerusform>Imported “%1”, version %2, with %n item.</numerusform>
            <numerusform>Imported “%1”, version %2, with %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is back, with %n record(s) deleted with it.</source>
        <translation>
            <numerusform>%1 is back, with %n record deleted with it.</numerusform>
            <numerusform>%1 is back, with %n records deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) exported to %1</source>
        <translation>
            <numerusform>%n change exported to %1</numerusform>
            <numerusform>%n changes exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkthroughModel</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceCare</name>
    <message numerus="yes">
        <source>Removed the bytes of %n photo(s) that no record refers to.
The workspace went from %2 to %3: %4 freed.</source>
        <translation>
            <numerusform>Removed the bytes of %n photo that no record refers to.
The workspace went from %2 to %3: %4 freed.</numerusform>
            <numerusform>Removed the bytes of %n photos that no record refers to.
The workspace went from %2 to %3: %4 freed.</numerusform>
        </translation>
    </message>
</context>
</TS>
