<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
