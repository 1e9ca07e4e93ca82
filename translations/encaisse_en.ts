<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="+193"/>
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+226"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n to do</numerusform>
            <numerusform>%n to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerFileDialog</name>
    <message numerus="yes">
        <location filename="../ui/CustomerFileDialog.cpp" line="+346"/>
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n open invoice</numerusform>
            <numerusform>%n open invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>oldest late invoice: %1, due %2 (%n day(s) late)</source>
        <translation>
            <numerusform>oldest late invoice: %1, due %2 (%n day late)</numerusform>
            <numerusform>oldest late invoice: %1, due %2 (%n days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1 penalties + %2 recovery indemnities on %n late invoice(s)</source>
        <translation>
            <numerusform>%1 penalties + %2 recovery indemnities on %n late invoice</numerusform>
            <numerusform>%1 penalties + %2 recovery indemnities on %n late invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardData</name>
    <message numerus="yes">
        <location filename="../ui/DashboardData.cpp" line="+406"/>
        <source>due %1 + %n day(s) usual delay</source>
        <translation>
            <numerusform>due %1 + %n day usual delay</numerusform>
            <numerusform>due %1 + %n days usual delay</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="+330"/>
        <source>%1 of %n invoice(s) due in the last 12 months paid by the due date</source>
        <translation>
            <numerusform>%1 of %n invoice due in the last 12 months paid by the due date</numerusform>
            <numerusform>%1 of %n invoices due in the last 12 months paid by the due date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 of %n promise(s) due in the last 12 months kept</source>
        <translation>
            <numerusform>%1 of %n promise due in the last 12 months kept</numerusform>
            <numerusform>%1 of %n promises due in the last 12 months kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+300"/>
        <source>%1: %n customer(s), %2 open
Click for the list.</source>
        <translation>
            <numerusform>%1: %n customer, %2 open
Click for the list.</numerusform>
            <numerusform>%1: %n customers, %2 open
Click for the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n customer(s); each profile picks its reminder scenario.</source>
        <translation>
            <numerusform>%n customer; each profile picks its reminder scenario.</numerusform>
            <numerusform>%n customers; each profile picks its reminder scenario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n more month(s)</source>
        <translation>
            <numerusform>%n more month</numerusform>
            <numerusform>%n more months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Aged balance · %1: %2 (%n customer(s))</source>
        <translation>
            <numerusform>Aged balance · %1: %2 (%n customer)</numerusform>
            <numerusform>Aged balance · %1: %2 (%n customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>DSO on %1: %2 days (%n customer(s) owing)</source>
        <translation>
            <numerusform>DSO on %1: %2 days (%n customer owing)</numerusform>
            <numerusform>DSO on %1: %2 days (%n customers owing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Already later than usual: %1 (%n customer(s))</source>
        <translation>
            <numerusform>Already later than usual: %1 (%n customer)</numerusform>
            <numerusform>Already later than usual: %1 (%n customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Week of %1: %2 expected, %3 promised (%n customer(s))</source>
        <translation>
            <numerusform>Week of %1: %2 expected, %3 promised (%n customer)</numerusform>
            <numerusform>Week of %1: %2 expected, %3 promised (%n customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1: %n customer(s), %2 open</source>
        <translation>
            <numerusform>%1: %n customer, %2 open</numerusform>
            <numerusform>%1: %n customers, %2 open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputesPromisesView</name>
    <message numerus="yes">
        <location filename="../ui/DisputesPromisesView.cpp" line="+294"/>
        <source>%n open dispute(s) · average age %1 days · %2 on hold</source>
        <translation>
            <numerusform>%n open dispute · average age %1 days · %2 on hold</numerusform>
            <numerusform>%n open disputes · average age %1 days · %2 on hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n open promise</numerusform>
            <numerusform>%n open promises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n past its date</source>
        <translation>
            <numerusform>, %n past its date</numerusform>
            <numerusform>, %n past their date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisputesPromisesViewDisputeModel</name>
    <message numerus="yes">
        <location filename="../ui/DisputesPromisesViewDisputeModel.cpp" line="+94"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message numerus="yes">
        <location filename="../ui/InvoiceTableModel.cpp" line="+231"/>
        <source>%n day(s) past the due date</source>
        <translation>
            <numerusform>%n day past the due date</numerusform>
            <numerusform>%n days past the due date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+678"/>
        <source>%1 of %n customer(s) shown</source>
        <translation>
            <numerusform>%1 of %n customer shown</numerusform>
            <numerusform>%1 of %n customers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 of %n invoice(s) shown</source>
        <translation>
            <numerusform>%1 of %n invoice shown</numerusform>
            <numerusform>%1 of %n invoices shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>Show the %n matching customer(s) in Customers</source>
        <translation>
            <numerusform>Show the %n matching customer in Customers</numerusform>
            <numerusform>Show the %n matching customers in Customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Show the %n matching invoice(s) in Invoices</source>
        <translation>
            <numerusform>Show the %n matching invoice in Invoices</numerusform>
            <numerusform>Show the %n matching invoices in Invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+205"/>
        <source>Dossier contentieux saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Dossier contentieux saved: %1 (%n page)</numerusform>
            <numerusform>Dossier contentieux saved: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n letter(s) saved in %1: print them, then record the LRAR numbers.</source>
        <translation>
            <numerusform>%n letter saved in %1: print them, then record the LRAR numbers.</numerusform>
            <numerusform>%n letters saved in %1: print them, then record the LRAR numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialogScenarioModel</name>
    <message numerus="yes">
        <location filename="../ui/SettingsDialogScenarioModel.cpp" line="+207"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n day</numerusform>
            <numerusform>+%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) after</source>
        <translation>
            <numerusform>%n day after</numerusform>
            <numerusform>%n days after</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../ui/TodayView.cpp" line="+412"/>
        <source>open for %n day(s)</source>
        <translation>
            <numerusform>open for %n day</numerusform>
            <numerusform>open for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n late)</source>
        <translation>
            <numerusform>(%n late)</numerusform>
            <numerusform>(%n late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 to collect within %n day(s)</source>
        <translation>
            <numerusform>%1 to collect within %n day</numerusform>
            <numerusform>%1 to collect within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+189"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
</TS>
