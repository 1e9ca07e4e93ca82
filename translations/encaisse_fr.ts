<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../ui/CustomerTableModel.cpp" line="+82"/>
        <source>Not classified yet: the profile comes from the payment history.</source>
        <translation>Pas encore classé&#xa0;: le profil se déduit de l&apos;historique des paiements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>Reminders paused until %1.</source>
        <translation>Relances suspendues jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open amount of the invoices due before %1.</source>
        <translation>Reste dû des factures arrivées à échéance avant le %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open invoices</source>
        <translation>Factures ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open balance</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Échu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest due date</source>
        <translation>Plus ancienne échéance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer&apos;s code in your accounts</source>
        <translation>Le code du client dans votre comptabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN number (9 digits)</source>
        <translation>Numéro SIREN (9 chiffres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City of the billing address</source>
        <translation>Ville de l&apos;adresse de facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this customer pays; hover a profile to see why</source>
        <translation>Comment ce client paie&#x202f;; survolez un profil pour savoir pourquoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices not fully paid yet</source>
        <translation>Factures pas encore entièrement réglées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything still to be paid, credit notes deducted</source>
        <translation>Tout ce qui reste à payer, avoirs déduits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of the open balance that is past its due date</source>
        <translation>La part du reste dû dont l&apos;échéance est dépassée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date of the oldest invoice still open</source>
        <translation>Échéance de la plus ancienne facture encore ouverte</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../ui/InvoiceTableModel.cpp" line="+178"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening balance</source>
        <translation>Report à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmatched payment</source>
        <translation>Règlement non lettré</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unused</source>
        <translation>Non imputé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly used</source>
        <translation>Partiellement imputé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly paid</source>
        <translation>Partiellement réglée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Imputé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Réglée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n day(s) past the due date</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Échéance dans %n jour</numerusform>
            <numerusform>Échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An open dispute is attached: no reminders or penalties until it is settled.</source>
        <translation>Un litige est en cours&#xa0;: ni relance ni pénalités tant qu&apos;il n&apos;est pas réglé.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open balance</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice or credit note number</source>
        <translation>Numéro de la facture ou de l&apos;avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer code and name</source>
        <translation>Code et nom du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice, credit note, opening balance or unmatched payment</source>
        <translation>Facture, avoir, report à nouveau ou règlement non lettré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of issue</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the payment is due</source>
        <translation>Date à laquelle le paiement est dû</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount including VAT; credit notes are negative</source>
        <translation>Montant TTC&#x202f;; les avoirs sont négatifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is still to be paid on it</source>
        <translation>Ce qui reste à payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, partly paid, paid, cancelled or disputed</source>
        <translation>Ouverte, partiellement réglée, réglée, annulée ou en litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since the due date, for what is still to be paid</source>
        <translation>Jours écoulés depuis l&apos;échéance, pour ce qui reste à payer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+278"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Search by code, name, SIREN, city, profile or amount (Ctrl+F)</source>
        <translation>Rechercher par code, nom, SIREN, ville, profil ou montant (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by number, customer, date, amount or status (Ctrl+F)</source>
        <translation>Rechercher par numéro, client, date, montant ou statut (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open only</source>
        <translation>Ouvertes uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide paid and cancelled invoices</source>
        <translation>Masquer les factures réglées et annulées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Invoices</source>
        <translation>&amp;Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Encaisse</source>
        <translation>À &amp;propos d&apos;Encaisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encaisse</source>
        <translation>Encaisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encaisse — %1</source>
        <translation>Encaisse — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today: %1</source>
        <extracomment>The date in the status bar, e.g. &quot;Today: Tuesday 25 November 2025&quot;</extracomment>
        <translation>Aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No customers yet: import your accounts, or try the demo data with “encaisse demo”.</source>
        <translation>Aucun client pour l&apos;instant&#xa0;: importez votre comptabilité, ou essayez les données de démonstration avec «&#xa0;encaisse demo&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n customer(s) shown</source>
        <translation>
            <numerusform>%1 sur %n client affiché</numerusform>
            <numerusform>%1 sur %n clients affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Open balance: %1</source>
        <translation>Reste dû&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Overdue: %1</source>
        <translation>Échu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%1 of %n invoice(s) shown</source>
        <translation>
            <numerusform>%1 sur %n facture affichée</numerusform>
            <numerusform>%1 sur %n factures affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n facture</numerusform>
            <numerusform>%n factures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>About Encaisse</source>
        <translation>À propos d&apos;Encaisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Encaisse %1&lt;/h3&gt;&lt;p&gt;Get paid on time: whom to call today and what to say, what to send, who owes you most and since when.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Encaisse %1&lt;/h3&gt;&lt;p&gt;Être payé à temps&#xa0;: qui appeler aujourd&apos;hui et quoi lui dire, quoi envoyer, qui vous doit le plus et depuis quand.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+69"/>
        <source>Encaisse</source>
        <translation>Encaisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database could not be opened:
%1</source>
        <translation>Impossible d&apos;ouvrir la base de données&#xa0;:
%1</translation>
    </message>
</context>
</TS>
