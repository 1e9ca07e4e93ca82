<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="+199"/>
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+229"/>
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
    <message numerus="yes">
        <location line="+177"/>
        <source>%n call(s) of week %1 saved to %2 (%3 carried over from earlier days).</source>
        <translation>
            <numerusform>%n call of week %1 saved to %2 (%3 carried over from earlier days).</numerusform>
            <numerusform>%n calls of week %1 saved to %2 (%3 carried over from earlier days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n call(s) of week %1 saved to %2.</source>
        <translation>
            <numerusform>%n call of week %1 saved to %2.</numerusform>
            <numerusform>%n calls of week %1 saved to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallListExport</name>
    <message numerus="yes">
        <location filename="../ui/CallListExport.cpp" line="+67"/>
        <source>Writing %n call(s) to %1…</source>
        <translation>
            <numerusform>Writing %n call to %1…</numerusform>
            <numerusform>Writing %n calls to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message numerus="yes">
        <location filename="../ui/CsvMappingDialog.cpp" line="+403"/>
        <source>%n row(s) would be rejected</source>
        <translation>
            <numerusform>%n row would be rejected</numerusform>
            <numerusform>%n rows would be rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>out of %n row(s) in the file.</source>
        <translation>
            <numerusform>out of %n row in the file.</numerusform>
            <numerusform>out of %n rows in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>among the first %n row(s) of the file.</source>
        <translation>
            <numerusform>among the first %n row of the file.</numerusform>
            <numerusform>among the first %n rows of the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>All %n row(s) of the file can be imported.</source>
        <translation>
            <numerusform>All %n row of the file can be imported.</numerusform>
            <numerusform>All %n rows of the file can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The first %n row(s) of the file can be imported.</source>
        <translation>
            <numerusform>The first %n row of the file can be imported.</numerusform>
            <numerusform>The first %n rows of the file can be imported.</numerusform>
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
    <name>EmailQueueDialog</name>
    <message numerus="yes">
        <location filename="../ui/EmailQueueDialog.cpp" line="+328"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n ready</source>
        <translation>
            <numerusform>%n ready</numerusform>
            <numerusform>%n ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+153"/>
        <source>Sending %n message(s) through %1…</source>
        <translation>
            <numerusform>Sending %n message through %1…</numerusform>
            <numerusform>Sending %n messages through %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n message sent.</numerusform>
            <numerusform>%n messages sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="+650"/>
        <source>%n credit note(s)</source>
        <translation>
            <numerusform>%n credit note</numerusform>
            <numerusform>%n credit notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n opening balance(s) or unmatched payment(s)</source>
        <translation>
            <numerusform>%n opening balance or unmatched payment</numerusform>
            <numerusform>%n opening balances or unmatched payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n fault(s): nothing will be imported</source>
        <translation>
            <numerusform>%n fault: nothing will be imported</numerusform>
            <numerusform>%n faults: nothing will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ready, %n warning(s)</source>
        <translation>
            <numerusform>Ready, %n warning</numerusform>
            <numerusform>Ready, %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <location line="+73"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln row read</numerusform>
            <numerusform>%Ln rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>%Ln invoice(s) absent from the files marked paid</source>
        <translation>
            <numerusform>%Ln invoice absent from the files marked paid</numerusform>
            <numerusform>%Ln invoices absent from the files marked paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nothing was written: %n fault(s) found. Fix the file and import it again.</source>
        <translation>
            <numerusform>Nothing was written: %n fault found. Fix the file and import it again.</numerusform>
            <numerusform>Nothing was written: %n faults found. Fix the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n fault(s) found: fix the file and import it again. Nothing will be written.</source>
        <translation>
            <numerusform>%n fault found: fix the file and import it again. Nothing will be written.</numerusform>
            <numerusform>%n faults found: fix the file and import it again. Nothing will be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln credit note(s) or payment(s)</source>
        <translation>
            <numerusform>%Ln credit note or payment</numerusform>
            <numerusform>%Ln credit notes or payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln invoice(s) absent from the files would be marked paid</source>
        <translation>
            <numerusform>%Ln invoice absent from the files would be marked paid</numerusform>
            <numerusform>%Ln invoices absent from the files would be marked paid</numerusform>
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
    <name>LetterPrinting</name>
    <message numerus="yes">
        <location filename="../ui/LetterPrinting.cpp" line="+71"/>
        <source>Printing %n letter(s)…</source>
        <translation>
            <numerusform>Printing %n letter…</numerusform>
            <numerusform>Printing %n letters…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message numerus="yes">
        <location filename="../ui/LettersView.cpp" line="+480"/>
        <source>%n letter(s) to print for %1</source>
        <translation>
            <numerusform>%n letter to print for %1</numerusform>
            <numerusform>%n letters to print for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already printed (see below)</source>
        <translation>
            <numerusform>%n already printed (see below)</numerusform>
            <numerusform>%n already printed (see below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be written</source>
        <translation>
            <numerusform>%n cannot be written</numerusform>
            <numerusform>%n cannot be written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n letter(s) archived</source>
        <translation>
            <numerusform>%n letter archived</numerusform>
            <numerusform>%n letters archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not posted yet</source>
        <translation>
            <numerusform>%n not posted yet</numerusform>
            <numerusform>%n not posted yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without LRAR number</source>
        <translation>
            <numerusform>%n without LRAR number</numerusform>
            <numerusform>%n without LRAR number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s) awaited</source>
        <translation>
            <numerusform>%n receipt awaited</numerusform>
            <numerusform>%n receipts awaited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n letter(s) of that day are already printed and archived: reprint them from the list of archived letters.</source>
        <translation>
            <numerusform>%n letter of that day is already printed and archived: reprint them from the list of archived letters.</numerusform>
            <numerusform>%n letters of that day are already printed and archived: reprint them from the list of archived letters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n letter(s) printed (%1 pages) and archived.</source>
        <translation>
            <numerusform>%n letter printed (%1 pages) and archived.</numerusform>
            <numerusform>%n letters printed (%1 pages) and archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n letter(s) saved in %1. Not archived: “Print…” keeps each letter as proof and asks for the LRAR numbers.</source>
        <translation>
            <numerusform>%n letter saved in %1. Not archived: “Print…” keeps each letter as proof and asks for the LRAR numbers.</numerusform>
            <numerusform>%n letters saved in %1. Not archived: “Print…” keeps each letter as proof and asks for the LRAR numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n letter(s) marked as posted on %1</source>
        <translation>
            <numerusform>%n letter marked as posted on %1</numerusform>
            <numerusform>%n letters marked as posted on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n LRAR number(s) recorded</source>
        <translation>
            <numerusform>%n LRAR number recorded</numerusform>
            <numerusform>%n LRAR numbers recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+707"/>
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
        <location line="+178"/>
        <source>Import finished: %n invoice(s) created</source>
        <translation>
            <numerusform>Import finished: %n invoice created</numerusform>
            <numerusform>Import finished: %n invoices created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) created</source>
        <translation>
            <numerusform>%n customer created</numerusform>
            <numerusform>%n customers created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
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
        <location filename="../ui/TodayView.cpp" line="+447"/>
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
