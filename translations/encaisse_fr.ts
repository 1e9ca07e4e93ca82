<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionCardDelegate</name>
    <message>
        <location filename="../ui/ActionCardDelegate.cpp" line="+57"/>
        <source>Result ▾</source>
        <translation>Résultat ▾</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>Record what the customer said (R)</source>
        <translation>Noter ce que le client a répondu (R)</translation>
    </message>
</context>
<context>
    <name>ActionListModel</name>
    <message>
        <location filename="../ui/ActionListModel.cpp" line="+92"/>
        <source>No contact on file</source>
        <translation>Aucun contact enregistré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payment plan instalment</source>
        <translation>Échéance du plan de règlement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 due %2</source>
        <extracomment>An invoice and its due date in a list: &quot;FA-1042 due 2 Dec&quot; / &quot;FA-1042 éch. 2 déc.&quot;</extracomment>
        <translation>%1 éch. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>call no. %1</source>
        <extracomment>The second, third... call at the same step after voicemail: &quot;2e appel&quot;</extracomment>
        <translation>%1e appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>late since %1</source>
        <translation>en retard depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved by hand</source>
        <translation>déplacée à la main</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not classified yet: the profile comes from the payment history.</source>
        <translation>Pas encore classé&#xa0;: le profil se déduit de l&apos;historique des paiements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set by hand: %1</source>
        <translation>Fixé à la main&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="+199"/>
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n autre</numerusform>
            <numerusform>+ %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+244"/>
        <source>Move to…</source>
        <translation>Déplacer au…</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Move the selected action to another working day (or drag it to another day)</source>
        <translation>Déplacer l&apos;action choisie à un autre jour ouvré (ou la faire glisser sur un autre jour)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export calls (Excel)…</source>
        <translation>Exporter les appels (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the calls of the week shown to an Excel workbook, with the questions to ask and columns to fill in</source>
        <translation>Enregistre les appels de la semaine affichée dans un classeur Excel, avec les questions à poser et des colonnes à remplir</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The calendar could not be brought up to date: %1</source>
        <translation>Le calendrier n&apos;a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Week %1 — %2 to %3</source>
        <extracomment>The week shown: &quot;Week 48 — Mon 23 Nov to Fri 27 Nov 2026&quot;</extracomment>
        <translation>Semaine %1 — %2 au %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Public holiday: %1</source>
        <translation>Jour férié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing planned</source>
        <translation>Rien de prévu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n à faire</numerusform>
            <numerusform>%n à faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n faite</numerusform>
            <numerusform>%n faites</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 is a weekend day: no reminder goes out then. The action stays where it was.</source>
        <translation>%1 tombe un week-end&#xa0;: aucune relance ne part ce jour-là. L&apos;action reste où elle était.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a public holiday (%2): no reminder goes out then. The action stays where it was.</source>
        <translation>%1 est un jour férié (%2)&#xa0;: aucune relance ne part ce jour-là. L&apos;action reste où elle était.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already past: choose today or a later working day.</source>
        <translation>%1 est déjà passé&#xa0;: choisissez aujourd&apos;hui ou un jour ouvré à venir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>The action could not be moved: %1</source>
        <translation>L&apos;action n&apos;a pas pu être déplacée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved to %1. The calendar will leave it there.</source>
        <translation>Déplacée au %1. Le calendrier la laissera à cette date.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Working days only: weekends and public holidays are refused.</source>
        <translation>Jours ouvrés seulement&#xa0;: les week-ends et les jours fériés sont refusés.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No call is planned in week %1: the workbook saved to %2 only has its headers.</source>
        <translation>Aucun appel prévu la semaine %1 : le classeur enregistré dans %2 ne contient que ses en-têtes.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n call(s) of week %1 saved to %2 (%3 carried over from earlier days).</source>
        <translation>
            <numerusform>%n appel de la semaine %1 enregistré dans %2 (%3 reporté de jours précédents).</numerusform>
            <numerusform>%n appels de la semaine %1 enregistrés dans %2 (dont %3 reportés de jours précédents).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n call(s) of week %1 saved to %2.</source>
        <translation>
            <numerusform>%n appel de la semaine %1 enregistré dans %2.</numerusform>
            <numerusform>%n appels de la semaine %1 enregistrés dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallListExport</name>
    <message>
        <location filename="../ui/CallListExport.cpp" line="+33"/>
        <source>There is no week %1.</source>
        <translation>La semaine %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the calls of week %1</source>
        <translation>Exporter les appels de la semaine %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listing the calls of week %1…</source>
        <translation>Liste des appels de la semaine %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The calls of week %1 could not be listed: %2</source>
        <translation>Les appels de la semaine %1 n&apos;ont pas pu être listés : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Writing %n call(s) to %1…</source>
        <translation>
            <numerusform>Écriture de %n appel dans %1…</numerusform>
            <numerusform>Écriture de %n appels dans %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The call list could not be saved: %1</source>
        <translation>La liste d&apos;appels n&apos;a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call list could not be saved to %1: %2</source>
        <translation>La liste d&apos;appels n&apos;a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export the week&apos;s calls</source>
        <translation>Exporter les appels de la semaine</translation>
    </message>
</context>
<context>
    <name>CollectionText</name>
    <message>
        <location filename="../ui/CollectionText.cpp" line="+8"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+93"/>
        <source>Promise to pay</source>
        <translation>Promesse obtenue</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Voicemail</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Invoice not received</source>
        <translation>Facture non reçue</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Awaiting approval</source>
        <translation>En attente de validation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment in progress</source>
        <translation>Paiement en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already paid</source>
        <translation>Déjà payé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>The customer commits to a date and a means of payment; reminders wait until then.</source>
        <translation>Le client s&apos;engage sur une date et un moyen de paiement&#xa0;; les relances attendent jusque-là.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tried again on the next working day.</source>
        <translation>Nouvel essai le jour ouvré suivant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the invoice again by e-mail.</source>
        <translation>Renvoyez la facture par e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disputed invoices leave the reminders until the dispute is settled.</source>
        <translation>Les factures en litige sortent des relances jusqu&apos;au règlement du litige.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts as a promise for a few days: reminders wait for the payment.</source>
        <translation>Vaut promesse pendant quelques jours&#xa0;: les relances attendent le paiement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LCR (bill of exchange)</source>
        <translation>LCR (lettre de change)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promissory note</source>
        <translation>Billet à ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not delivered</source>
        <translation>Non livré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate invoice</source>
        <translation>Facture en double</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered letter</source>
        <translation>Lettre recommandée AR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder done</source>
        <translation>Relance faite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry undone</source>
        <translation>Saisie annulée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promise kept</source>
        <translation>Promesse tenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise broken</source>
        <translation>Promesse non tenue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute opened</source>
        <translation>Litige ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute settled</source>
        <translation>Litige clos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter printed</source>
        <translation>Courrier imprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter sent</source>
        <translation>Courrier envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail failed</source>
        <translation>E-mail en échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment received</source>
        <translation>Règlement reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment plan</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile computed</source>
        <translation>Profil calculé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile set by hand</source>
        <translation>Profil fixé à la main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders paused</source>
        <translation>Relances suspendues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>not classified</source>
        <translation>non classé</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../ui/CsvMappingDialog.cpp" line="+53"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UTF-8 mixed with Windows-1252</source>
        <translation>UTF-8 mêlé de Windows-1252</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none seen</source>
        <translation>aucune vue</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer name</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice number</source>
        <translation>N° de facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type (invoice or credit note)</source>
        <translation>Type (facture ou avoir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount incl. VAT</source>
        <translation>Montant TTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount still due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Column mapping – %1</source>
        <translation>Correspondance des colonnes – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the column of %1 that holds each field. Fields marked * are needed; the others are read when present. The preview shows how the first rows would be imported.</source>
        <translation>Choisissez la colonne de %1 qui contient chaque information. Celles marquées * sont obligatoires ; les autres sont lues si elles existent. L&apos;aperçu montre comment les premières lignes seraient importées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format</source>
        <translation>Format des dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header line</source>
        <translation>Ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save preset</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this mapping</source>
        <translation>Utiliser cette correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>This mapping cannot read the file: %1</source>
        <translation>Cette correspondance ne permet pas de lire le fichier : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the header line or pick the columns above.</source>
        <translation>Indiquez la ligne d&apos;en-tête ou choisissez les colonnes ci-dessus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mandatory columns not found: %1. Choose them above.</source>
        <translation>Colonnes obligatoires introuvables : %1. Choisissez-les ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) would be rejected</source>
        <translation>
            <numerusform>%n ligne serait refusée</numerusform>
            <numerusform>%n lignes seraient refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>out of %n row(s) in the file.</source>
        <translation>
            <numerusform>sur %n ligne dans le fichier.</numerusform>
            <numerusform>sur %n lignes dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>among the first %n row(s) of the file.</source>
        <translation>
            <numerusform>parmi la première ligne du fichier.</numerusform>
            <numerusform>parmi les %n premières lignes du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Further down: %1</source>
        <translation>Plus loin : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n row(s) of the file can be imported.</source>
        <translation>
            <numerusform>La ligne du fichier peut être importée.</numerusform>
            <numerusform>Les %n lignes du fichier peuvent être importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The first %n row(s) of the file can be imported.</source>
        <translation>
            <numerusform>La première ligne du fichier peut être importée.</numerusform>
            <numerusform>Les %n premières lignes du fichier peuvent être importées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+77"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+39"/>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” (not found)</source>
        <translation>« %1 » (introuvable)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows-1252 (ANSI, Latin-1)</source>
        <translation>Windows-1252 (ANSI, Latin-1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma (1 234,56)</source>
        <translation>Virgule (1 234,56)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point (1,234.56)</source>
        <translation>Point (1,234.56)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic (line %1)</source>
        <translation>Automatique (ligne %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read with: delimiter %1 · %2 · decimal separator %3 · dates like %4 · header on line %5</source>
        <translation>Lu avec : séparateur %1 · %2 · séparateur décimal %3 · dates comme %4 · en-tête ligne %5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Rejected: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type a name for the preset.</source>
        <translation>Saisissez un nom pour le modèle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The preset “%1” could not be saved: %2</source>
        <translation>Le modèle « %1 » n&apos;a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preset “%1” saved.</source>
        <translation>Modèle « %1 » enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preset “%1” loaded.</source>
        <translation>Modèle « %1 » chargé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preset “%1” deleted.</source>
        <translation>Modèle « %1 » supprimé.</translation>
    </message>
</context>
<context>
    <name>CustomerFileDialog</name>
    <message>
        <location filename="../ui/CustomerFileDialog.cpp" line="+261"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Payment plan</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Change profile…</source>
        <translation>Changer de profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the payer profile by hand, with the reason (written in the history)</source>
        <translation>Fixer le profil payeur à la main, avec la raison (inscrite dans l&apos;historique)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause reminders…</source>
        <translation>Suspendre les relances…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminder until a date, with the reason (written in the history)</source>
        <translation>Plus aucune relance jusqu&apos;à une date, avec la raison (inscrite dans l&apos;historique)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume now</source>
        <translation>Reprendre maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mise en demeure…</source>
        <translation>Mise en demeure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the formal notice (registered letter) as a PDF, penalties to today</source>
        <translation>Rédiger la mise en demeure (lettre recommandée AR) en PDF, pénalités calculées à ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier contentieux…</source>
        <translation>Dossier contentieux…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything a court or a collection agency needs: claim, statement, history and letters, in one PDF</source>
        <translation>Tout ce qu&apos;il faut au tribunal ou à une société de recouvrement&#xa0;: créance, relevé, historique et courriers, en un seul PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payment plan agreed with this customer.</source>
        <translation>Aucun échéancier convenu avec ce client.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer file — %1</source>
        <translation>Fiche client — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From the history: %1 — %2</source>
        <translation>D&apos;après l&apos;historique&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not classified yet: the profile comes from the payment history.</source>
        <translation>Pas encore classé&#xa0;: le profil se déduit de l&apos;historique des paiements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set by hand: %1</source>
        <translation>Fixé à la main&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SIREN %1</source>
        <translation>SIREN %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Open balance &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Reste dû &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open invoice(s)</source>
        <translation>
            <numerusform>%n facture ouverte</numerusform>
            <numerusform>%n factures ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overdue %1</source>
        <translation>dont échu %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>oldest late invoice: %1, due %2 (%n day(s) late)</source>
        <translation>
            <numerusform>plus ancienne facture en retard&#xa0;: %1, échue le %2 (%n jour de retard)</numerusform>
            <numerusform>plus ancienne facture en retard&#xa0;: %1, échue le %2 (%n jours de retard)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reminders paused until %1.</source>
        <translation>Relances suspendues jusqu&apos;au %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders paused until %1: %2</source>
        <translation>Relances suspendues jusqu&apos;au %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days end of month</source>
        <translation>%1 jours fin de mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual means of payment</source>
        <translation>Moyen de paiement habituel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late-payment penalty rate</source>
        <translation>Taux de pénalités de retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (contractual)</source>
        <translation>%1 (contractuel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal default: ECB rate + 10 points (L441-10)</source>
        <translation>Taux légal par défaut&#xa0;: taux BCE + 10 points (L441-10)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>none today</source>
        <translation>aucune à ce jour</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 penalties + %2 recovery indemnities on %n late invoice(s)</source>
        <translation>
            <numerusform>%1 de pénalités + %2 d&apos;indemnités forfaitaires sur %n facture en retard</numerusform>
            <numerusform>%1 de pénalités + %2 d&apos;indemnités forfaitaires sur %n factures en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Penalties to date</source>
        <translation>Pénalités à ce jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes (Chorus Pro)</source>
        <translation>Oui (Chorus Pro)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known difficulties</source>
        <translation>Difficultés connues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes: insolvency proceedings or cash trouble</source>
        <translation>Oui&#xa0;: procédure collective ou trésorerie tendue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>active</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>soldé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defaulted</source>
        <translation>non respecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan agreed on %1 (%2)</source>
        <translation>Plan convenu le %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down payment %1</source>
        <translation>acompte %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Payment plan (%1)</source>
        <translation>Échéancier (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+15"/>
        <location line="+4"/>
        <source>The profile could not be changed: %1</source>
        <translation>Le profil n&apos;a pas pu être changé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <location line="+4"/>
        <source>The reminders could not be paused: %1</source>
        <translation>Les relances n&apos;ont pas pu être suspendues&#xa0;: %1</translation>
    </message>
</context>
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
    <name>DashboardData</name>
    <message>
        <location filename="../ui/DashboardData.cpp" line="+231"/>
        <source>of which %1 disputed</source>
        <translation>dont %1 en litige</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>promised for %1 (%2)</source>
        <translation>promis pour le %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>due %1 + %n day(s) usual delay</source>
        <translation>
            <numerusform>échéance %1 + %n jour de retard habituel</numerusform>
            <numerusform>échéance %1 + %n jours de retard habituel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
</context>
<context>
    <name>DashboardDataModel</name>
    <message>
        <location filename="../ui/DashboardDataModel.cpp" line="+56"/>
        <source> +%1</source>
        <translation> +%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/DashboardView.cpp" line="+319"/>
        <source>Paid on time</source>
        <translation>Payées à l&apos;échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises kept</source>
        <translation>Promesses tenues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open disputes</source>
        <translation>Litiges ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+15"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>No invoice fell due in the last 12 months</source>
        <translation>Aucune facture échue sur les 12 derniers mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>%1 of %n invoice(s) due in the last 12 months paid by the due date</source>
        <translation>
            <numerusform>%1 sur %n facture échue en 12 mois payée à l&apos;échéance</numerusform>
            <numerusform>%1 sur %n factures échues en 12 mois payées à l&apos;échéance</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No promise fell due in the last 12 months</source>
        <translation>Aucune promesse arrivée à date sur les 12 derniers mois</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n promise(s) due in the last 12 months kept</source>
        <translation>
            <numerusform>%1 sur %n promesse arrivée à date en 12 mois tenue</numerusform>
            <numerusform>%1 sur %n promesses arrivées à date en 12 mois tenues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>average age %1 d · oldest %2 d · %3 on hold</source>
        <translation>âge moyen %1&#xa0;j · le plus ancien %2&#xa0;j · %3 bloqués</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing disputed</source>
        <translation>Aucun litige</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of sales still to be collected on %1 (count-back)</source>
        <translation>Jours de ventes restant à encaisser au %1 (méthode par épuisement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoices due in the last 12 months and paid in full by their due date.</source>
        <translation>Factures échues sur les 12 derniers mois et payées entièrement à leur échéance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises whose date fell in the last 12 months: kept against kept or broken.</source>
        <translation>Promesses arrivées à date sur les 12 derniers mois&#xa0;: tenues sur tenues ou non tenues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days sales outstanding, count-back method: the receivables are matched against each month&apos;s sales, newest first; click a point of the DSO chart for the detail.</source>
        <translation>Délai moyen de paiement (DSO), méthode par épuisement&#xa0;: l&apos;encours est rapproché des ventes de chaque mois, en remontant depuis le plus récent&#xa0;; cliquez un point du graphique DSO pour le détail.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>Not due</source>
        <translation>Non échu</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>1–30 d</source>
        <translation>1–30&#xa0;j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 d</source>
        <translation>31–60&#xa0;j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 d</source>
        <translation>61–90&#xa0;j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt; 90 d</source>
        <translation>&gt; 90&#xa0;j</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not classified</source>
        <translation>non classé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aged balance</source>
        <translation>Balance âgée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+127"/>
        <source>%.0f k€</source>
        <translation>%.0f&#xa0;k€</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+127"/>
        <source>%.0f €</source>
        <translation>%.0f&#xa0;€</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>%1 · %2: %3
Click for the customers behind it.</source>
        <translation>%1 · %2&#xa0;: %3
Cliquez pour voir les clients concernés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open balance %1 · late %2, of which %3 disputed</source>
        <translation>Encours %1 · en retard %2, dont %3 en litige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is owed to you today.</source>
        <translation>Personne ne vous doit rien aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DSO month by month (days)</source>
        <translation>DSO mois par mois (jours)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%.0f d</source>
        <translation>%.0f&#xa0;j</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 days, receivables %3
Click for the detail.</source>
        <translation>%1&#xa0;: %2 jours, encours %3
Cliquez pour le détail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From %1 to %2. Count-back: the receivables at each month end matched against the sales of the months before.</source>
        <translation>De %1 à %2. Méthode par épuisement&#xa0;: l&apos;encours de chaque fin de mois rapproché des ventes des mois précédents.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cash expected per week (from Monday)</source>
        <translation>Encaissements attendus par semaine (du lundi)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promised</source>
        <translation>Promis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date + usual delay</source>
        <translation>Échéance + retard habituel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Week of %1: %2, of which %3 promised
Click for the customers.</source>
        <translation>Semaine du %1&#xa0;: %2, dont %3 promis
Cliquez pour voir les clients.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;a href=&quot;overdue&quot;&gt;%1 already later than usual&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;overdue&quot;&gt;%1 déjà plus en retard que d&apos;habitude&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 disputed</source>
        <translation>%1 en litige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 after these 8 weeks</source>
        <translation>%1 après ces 8 semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From due dates, open promises and each customer&apos;s usual delay.</source>
        <translation>D&apos;après les échéances, les promesses en cours et le retard habituel de chaque client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the bars: %1.</source>
        <translation>Hors des barres&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers by payer profile</source>
        <translation>Clients par profil de payeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%1: %n customer(s), %2 open
Click for the list.</source>
        <translation>
            <numerusform>%1&#xa0;: %n client, %2 d&apos;encours
Cliquez pour la liste.</numerusform>
            <numerusform>%1&#xa0;: %n clients, %2 d&apos;encours
Cliquez pour la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n customer(s); each profile picks its reminder scenario.</source>
        <translation>
            <numerusform>%n client&#xa0;; chaque profil choisit son scénario de relance.</numerusform>
            <numerusform>%n clients&#xa0;; chaque profil choisit son scénario de relance.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: %2 of %3 of sales → %4 d</source>
        <translation>%1&#xa0;: %2 sur %3 de ventes → %4&#xa0;j</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of sales → %3 d</source>
        <translation>%1&#xa0;: %2 de ventes → %3&#xa0;j</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more month(s)</source>
        <translation>
            <numerusform>%n mois de plus</numerusform>
            <numerusform>%n mois de plus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivables on %1: %2.</source>
        <translation>Encours au %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted back: %1.</source>
        <translation>En remontant&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO = %1 days.</source>
        <translation>DSO = %1 jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sales on record run out first: the true figure is higher.</source>
        <translation>Les ventes enregistrées s&apos;épuisent avant l&apos;encours&#xa0;: le chiffre réel est plus élevé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Aged balance · %1: %2 (%n customer(s))</source>
        <translation>
            <numerusform>Balance âgée · %1&#xa0;: %2 (%n client)</numerusform>
            <numerusform>Balance âgée · %1&#xa0;: %2 (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open invoices not due yet; unused credit notes of the last 30 days count here too.</source>
        <translation>Factures ouvertes pas encore échues&#xa0;; les avoirs non utilisés des 30 derniers jours comptent ici aussi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open invoices this many days past their due date; credit notes count from their own date. Disputed invoices are included and shown in grey in the chart.</source>
        <translation>Factures ouvertes en retard de ce nombre de jours&#xa0;; les avoirs comptent depuis leur propre date. Les factures en litige sont incluses, en gris dans le graphique.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>DSO on %1: %2 days (%n customer(s) owing)</source>
        <translation>
            <numerusform>DSO au %1&#xa0;: %2 jours (%n client débiteur)</numerusform>
            <numerusform>DSO au %1&#xa0;: %2 jours (%n clients débiteurs)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected on</source>
        <translation>Attendu le</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Already later than usual: %1 (%n customer(s))</source>
        <translation>
            <numerusform>Déjà plus en retard que d&apos;habitude&#xa0;: %1 (%n client)</numerusform>
            <numerusform>Déjà plus en retard que d&apos;habitude&#xa0;: %1 (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These invoices are past the date each customer usually pays by: no date can be forecast. They are for reminders, not for the cash plan.</source>
        <translation>Ces factures ont dépassé la date à laquelle le client paie d&apos;habitude&#xa0;: aucune date ne peut être prévue. Elles sont à relancer, pas à compter dans la trésorerie.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Week of %1: %2 expected, %3 promised (%n customer(s))</source>
        <translation>
            <numerusform>Semaine du %1&#xa0;: %2 attendus, %3 promis (%n client)</numerusform>
            <numerusform>Semaine du %1&#xa0;: %2 attendus, %3 promis (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each open invoice is expected on the date of an open promise covering it, otherwise at its due date plus the customer&apos;s usual delay (its own weighted lateness, or its profile&apos;s). Credit notes are deducted; disputed invoices are left out.</source>
        <translation>Chaque facture ouverte est attendue à la date de la promesse en cours qui la couvre, sinon à son échéance plus le retard habituel du client (son propre retard moyen pondéré, ou celui de son profil). Les avoirs sont déduits&#xa0;; les factures en litige sont écartées.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: %n customer(s), %2 open</source>
        <translation>
            <numerusform>%1&#xa0;: %n client, %2 d&apos;encours</numerusform>
            <numerusform>%1&#xa0;: %n clients, %2 d&apos;encours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each customer&apos;s profile is computed from its own payment history; the column on the right says why.</source>
        <translation>Le profil de chaque client se déduit de son propre historique de paiement&#xa0;; la colonne de droite dit pourquoi.</translation>
    </message>
</context>
<context>
    <name>DisputesPromisesView</name>
    <message>
        <location filename="../ui/DisputesPromisesView.cpp" line="+218"/>
        <source>Resolution: say how the dispute was settled.</source>
        <translation>Résolution&#xa0;: indiquez comment le litige a été réglé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select the dispute to resolve.</source>
        <translation>Sélectionnez le litige à résoudre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not resolved: %1</source>
        <translation>Non résolu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dispute on %1 (%2) resolved and kept in the customer&apos;s history.</source>
        <translation>Litige sur %1 (%2) résolu et conservé dans l&apos;historique du client.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No open dispute.</source>
        <translation>Aucun litige ouvert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open dispute(s) · average age %1 days · %2 on hold</source>
        <translation>
            <numerusform>%n litige ouvert · âge moyen %1 jours · %2 bloqués</numerusform>
            <numerusform>%n litiges ouverts · âge moyen %1 jours · %2 bloqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n open promise(s)</source>
        <translation>
            <numerusform>%n promesse en cours</numerusform>
            <numerusform>%n promesses en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n past its date</source>
        <translation>
            <numerusform>, dont %n échue</numerusform>
            <numerusform>, dont %n échues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · kept: %1 · broken: %2</source>
        <translation> · tenues&#xa0;: %1 · non tenues&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open disputes</source>
        <translation>Litiges ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was settled: credit note issued, goods delivered, invoice confirmed…</source>
        <translation>Comment il a été réglé&#xa0;: avoir émis, marchandise livrée, facture confirmée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the selected dispute with this resolution; the invoice goes back into the reminders and the customer&apos;s history keeps the resolution.</source>
        <translation>Clôt le litige sélectionné avec cette résolution&#xa0;; la facture revient dans les relances et l&apos;historique du client garde la résolution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises to pay</source>
        <translation>Promesses de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Non tenues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
</context>
<context>
    <name>DisputesPromisesViewDisputeModel</name>
    <message numerus="yes">
        <location filename="../ui/DisputesPromisesViewDisputeModel.cpp" line="+94"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Days since the dispute was opened</source>
        <translation>Jours depuis l&apos;ouverture du litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is still open on the disputed invoice</source>
        <translation>Ce qui reste dû sur la facture en litige</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>DisputesPromisesViewPromiseModel</name>
    <message>
        <location filename="../ui/DisputesPromisesViewPromiseModel.cpp" line="+80"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept</source>
        <translation>tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broken</source>
        <translation>non tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>open, date passed</source>
        <translation>ouverte, échue</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing received by the promised date: follow up on the next working day.</source>
        <translation>Rien reçu à la date promise&#xa0;: relancez le jour ouvré suivant.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised for</source>
        <translation>Promise pour le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>EmailQueueDialog</name>
    <message>
        <location filename="../ui/EmailQueueDialog.cpp" line="+260"/>
        <source>The e-mails of the day could not be prepared: %1</source>
        <translation>Les e-mails du jour n&apos;ont pas pu être préparés : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>E-mails to send</source>
        <translation>E-mails à envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails for %1</source>
        <translation>E-mails du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in my mail program</source>
        <translation>Ouvrir dans ma messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a new message in your own mail program (attachments are not carried over)</source>
        <translation>Ouvre un nouveau message dans votre propre logiciel de messagerie (les pièces jointes ne suivent pas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as .eml…</source>
        <translation>Enregistrer en .eml…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the complete message, attachments included, to open and send from your mail program</source>
        <translation>Enregistre le message complet, pièces jointes comprises, à ouvrir et envoyer depuis votre messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops after the message being sent</source>
        <translation>S&apos;arrête après le message en cours d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send all</source>
        <translation>Tout envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry failed</source>
        <translation>Renvoyer les échecs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m sent</source>
        <translation>%v sur %m envoyés</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No e-mail account is set up, so nothing can be sent from here: set one up in Settings ▸ E-mail account. Meanwhile each message can still be opened in your mail program or saved as an .eml file.</source>
        <translation>Aucun compte de messagerie n&apos;est réglé : rien ne peut partir d&apos;ici. Réglez-en un dans Paramètres ▸ Compte de messagerie. En attendant, chaque message peut être ouvert dans votre messagerie ou enregistré en fichier .eml.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+224"/>
        <source>The e-mail account cannot be used: %1. Correct it in Settings ▸ E-mail account.</source>
        <translation>Le compte de messagerie est inutilisable : %1. Corrigez-le dans Paramètres ▸ Compte de messagerie.</translation>
    </message>
    <message numerus="yes">
        <location line="-214"/>
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
            <numerusform>%n prêt</numerusform>
            <numerusform>%n prêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent as %1 through %2:%3</source>
        <translation>expédiés au nom de %1 par %2:%3</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No e-mail is planned for this day.</source>
        <translation>Aucun e-mail n&apos;est prévu ce jour-là.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no address)</source>
        <translation>(pas d&apos;adresse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cc:</source>
        <translation>Cc :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoices:</source>
        <translation>Factures :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message-ID:</source>
        <translation>Message-ID :</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No attachment</source>
        <translation>Aucune pièce jointe</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Sending cancelled: nothing was sent.</source>
        <translation>Envoi annulé : rien n&apos;est parti.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping after the message being sent…</source>
        <translation>Arrêt après le message en cours d&apos;envoi…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to send.</source>
        <translation>Rien à envoyer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No e-mail account is set up: set one up in Settings ▸ E-mail account, or open each message in your mail program, or save it as an .eml file.</source>
        <translation>Aucun compte de messagerie n&apos;est réglé : réglez-en un dans Paramètres ▸ Compte de messagerie, ou ouvrez chaque message dans votre messagerie, ou enregistrez-le en fichier .eml.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the password of %1 from the keychain…</source>
        <translation>Lecture du mot de passe de %1 dans le trousseau…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SMTP password could not be read from the keychain: %1</source>
        <translation>Le mot de passe SMTP n&apos;a pas pu être lu dans le trousseau : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+51"/>
        <source>The failure could not be written to the journal: %1</source>
        <translation>L&apos;échec n&apos;a pas pu être inscrit au journal : %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>A batch is already being sent.</source>
        <translation>Un envoi est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sending %n message(s) through %1…</source>
        <translation>
            <numerusform>Envoi de %n message par %1…</numerusform>
            <numerusform>Envoi de %n messages par %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>sent (%1) but not written to the journal: %2</source>
        <translation>envoyé (%1) mais non inscrit au journal : %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sending cancelled: %1 sent, %2 failed, %3 not sent.</source>
        <translation>Envoi annulé : %1 envoyé(s), %2 en échec, %3 non envoyé(s).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent, %2 failed. Each failed message says what went wrong; once it is fixed, click Retry failed.</source>
        <translation>%1 envoyé(s), %2 en échec. Chaque message en échec dit ce qui n&apos;a pas marché ; une fois le problème réglé, cliquez sur Renvoyer les échecs.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>%n message envoyé.</numerusform>
            <numerusform>%n messages envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No mail program could be opened. Save the message as .eml instead and open that file with your mail program.</source>
        <translation>Aucun logiciel de messagerie n&apos;a pu être ouvert. Enregistrez plutôt le message en .eml et ouvrez ce fichier avec votre messagerie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message to %1 opens in your mail program: send it from there.</source>
        <translation>Le message pour %1 s&apos;ouvre dans votre messagerie : envoyez-le de là.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message to %1 opens in your mail program. Attach the PDFs yourself (%2), or use Save as .eml, which keeps them.</source>
        <translation>Le message pour %1 s&apos;ouvre dans votre messagerie. Joignez-y vous-même les PDF (%2), ou utilisez Enregistrer en .eml, qui les garde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the e-mail as .eml</source>
        <translation>Enregistrer l&apos;e-mail en .eml</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail message (*.eml)</source>
        <translation>Message électronique (*.eml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message could not be saved: %1</source>
        <translation>Le message n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %1: open it with your mail program to send it.</source>
        <translation>Enregistré dans %1 : ouvrez-le avec votre messagerie pour l&apos;envoyer.</translation>
    </message>
</context>
<context>
    <name>EmailQueueModel</name>
    <message>
        <location filename="../ui/EmailQueueModel.cpp" line="+51"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(no address)</source>
        <translation>(pas d&apos;adresse)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>What the reminded invoices still owe</source>
        <translation>Ce qui reste dû sur les factures relancées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="+258"/>
        <location line="+1"/>
        <source>Import receivables</source>
        <translation>Importer des créances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FEC from the accounting program, Factur-X or UBL e-invoices, CSV exports. Nothing is written before you click Import.</source>
        <translation>FEC du logiciel comptable, factures électroniques Factur-X ou UBL, exports CSV. Rien n&apos;est enregistré avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes, payments</source>
        <translation>Avoirs, règlements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open amount</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column mapping…</source>
        <translation>Correspondance des colonnes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which column of the CSV file holds each field</source>
        <translation>Choisir la colonne du fichier CSV qui contient chaque information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the files again</source>
        <translation>Relire les fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the files contain</source>
        <translation>Contenu des fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New and changed invoices (delta)</source>
        <translation>Factures nouvelles et modifiées (delta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the new invoices and updates the ones that changed; nothing else is touched.</source>
        <translation>Ajoute les nouvelles factures et met à jour celles qui ont changé ; rien d&apos;autre n&apos;est touché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All the open invoices (stock)</source>
        <translation>Toutes les factures ouvertes (stock)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices of these customers that are absent from the files will be marked paid.</source>
        <translation>Les factures de ces clients absentes des fichiers seront marquées payées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 ne peut pas être importé : %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No file to import.</source>
        <translation>Aucun fichier à importer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+141"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the files… %1 of %2</source>
        <translation>Lecture des fichiers… %1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking what the import would change…</source>
        <translation>Calcul de ce que l&apos;import changerait…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing to the database…</source>
        <translation>Enregistrement dans la base…</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+2"/>
        <source>Factur-X XML (CII)</source>
        <translation>Factur-X XML (CII)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Factur-X PDF</source>
        <translation>Factur-X PDF</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n credit note(s)</source>
        <translation>
            <numerusform>%n avoir</numerusform>
            <numerusform>%n avoirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n opening balance(s) or unmatched payment(s)</source>
        <translation>
            <numerusform>%n à-nouveau ou règlement non lettré</numerusform>
            <numerusform>%n à-nouveaux ou règlements non lettrés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items in %1 are not counted in this total.</source>
        <translation>Les pièces en %1 ne sont pas comptées dans ce total.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not read yet: check the column mapping</source>
        <translation>Pas encore lu : vérifiez la correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fault(s): nothing will be imported</source>
        <translation>
            <numerusform>%n erreur : rien ne sera importé</numerusform>
            <numerusform>%n erreurs : rien ne sera importé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ready, %n warning(s)</source>
        <translation>
            <numerusform>Prêt, %n avertissement</numerusform>
            <numerusform>Prêt, %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove these files from the list to import the others.</source>
        <translation>Retirez ces fichiers de la liste pour importer les autres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+46"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Reading the files: nothing is written.</source>
        <translation>Lecture des fichiers : rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Import report</source>
        <translation>Compte rendu d&apos;import</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Importing… Cancel stops it and writes nothing.</source>
        <translation>Import en cours… Annuler l&apos;arrête sans rien enregistrer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import saved.</source>
        <translation>Import enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+73"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln ligne lue</numerusform>
            <numerusform>%Ln lignes lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Customers: %1 created, %2 updated, %3 unchanged</source>
        <translation>Clients — créés : %1 · complétés : %2 · inchangés : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoices and credit notes: %1 created, %2 updated, %3 unchanged</source>
        <translation>Factures et avoirs — créés : %1 · mis à jour : %2 · inchangés : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln invoice(s) absent from the files marked paid</source>
        <translation>
            <numerusform>%Ln facture absente des fichiers marquée payée</numerusform>
            <numerusform>%Ln factures absentes des fichiers marquées payées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Nothing was written: %n fault(s) found. Fix the file and import it again.</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré : %n erreur trouvée. Corrigez le fichier et importez-le de nouveau.</numerusform>
            <numerusform>Rien n&apos;a été enregistré : %n erreurs trouvées. Corrigez le fichier et importez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preview could not be made: %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu être établi : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview cancelled. Nothing was written.</source>
        <translation>Aperçu annulé. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No file to read.</source>
        <translation>Aucun fichier à lire.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n fault(s) found: fix the file and import it again. Nothing will be written.</source>
        <translation>
            <numerusform>%n erreur trouvée : corrigez le fichier et importez-le de nouveau. Rien ne sera enregistré.</numerusform>
            <numerusform>%n erreurs trouvées : corrigez le fichier et importez-le de nouveau. Rien ne sera enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For a CSV file, “Column mapping…” says which column holds what; the preview shows at once which rows would be rejected.</source>
        <translation>Pour un fichier CSV, « Correspondance des colonnes… » indique quelle colonne contient quoi ; l&apos;aperçu montre aussitôt les lignes qui seraient refusées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Found: %1, %2, %3 · open amount %4 · %5</source>
        <translation>Trouvé : %1, %2, %3 · reste dû %4 · %5</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln facture</numerusform>
            <numerusform>%Ln factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln credit note(s) or payment(s)</source>
        <translation>
            <numerusform>%Ln avoir ou règlement</numerusform>
            <numerusform>%Ln avoirs ou règlements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview: nothing has been written yet. Click Import to save these changes.</source>
        <translation>Aperçu : rien n&apos;est encore enregistré. Cliquez sur Importer pour enregistrer ces changements.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers: %1 to create, %2 to complete, %3 unchanged</source>
        <translation>Clients — à créer : %1 · à compléter : %2 · inchangés : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoices and credit notes: %1 to create, %2 to update, %3 unchanged</source>
        <translation>Factures et avoirs — à créer : %1 · à mettre à jour : %2 · inchangés : %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln invoice(s) absent from the files would be marked paid</source>
        <translation>
            <numerusform>%Ln facture absente des fichiers serait marquée payée</numerusform>
            <numerusform>%Ln factures absentes des fichiers seraient marquées payées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview: nothing has been written yet.</source>
        <translation>Aperçu : rien n&apos;est encore enregistré.</translation>
    </message>
</context>
<context>
    <name>InvoiceFilterBar</name>
    <message>
        <location filename="../ui/InvoiceFilterBar.cpp" line="+44"/>
        <source>Invoice PDF</source>
        <translation>PDF de la facture</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Invoice %1 no longer exists.</source>
        <translation>La facture %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PDF is attached to invoice %1.</source>
        <translation>Aucun PDF n&apos;est joint à la facture %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No temporary folder to open the PDF of invoice %1 from.</source>
        <translation>Pas de dossier temporaire pour ouvrir le PDF de la facture %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF of invoice %1 could not be written to %2: %3</source>
        <translation>Le PDF de la facture %1 n&apos;a pas pu être écrit dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No PDF viewer could open invoice %1; the file is %2.</source>
        <translation>Aucune visionneuse PDF n&apos;a pu ouvrir la facture %1&#xa0;; le fichier est %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select an invoice to open its PDF (Ctrl+O)</source>
        <translation>Sélectionnez une facture pour ouvrir son PDF (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open %1 in the PDF viewer (Ctrl+O)</source>
        <translation>Ouvrir %1 dans la visionneuse PDF (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No PDF is attached to invoice %1</source>
        <translation>Aucun PDF n&apos;est joint à la facture %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All (%1)</source>
        <translation>Toutes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (%1)</source>
        <translation>Ouvertes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed (%1)</source>
        <translation>En litige (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised (%1)</source>
        <translation>Promises (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every invoice, credit note and payment</source>
        <translation>Toutes les factures, avoirs et règlements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is still open, paid in part or not at all</source>
        <translation>Ce qui reste ouvert, payé en partie ou pas du tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and past the due date</source>
        <translation>Ouvertes et échues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with a dispute: left out of reminders and penalties</source>
        <translation>Ouvertes avec un litige&#xa0;: hors relances et pénalités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open and covered by a promise to pay not yet due or checked</source>
        <translation>Ouvertes et couvertes par une promesse de paiement pas encore échue ni vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
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
    <name>LetterPrinting</name>
    <message>
        <location filename="../ui/LetterPrinting.cpp" line="+34"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>no letter to print</source>
        <translation>aucun courrier à imprimer</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Printing %n letter(s)…</source>
        <translation>
            <numerusform>Impression de %n courrier…</numerusform>
            <numerusform>Impression de %n courriers…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the printer reported an error</source>
        <translation>l&apos;imprimante a signalé une erreur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the archived letter is empty</source>
        <translation>le courrier archivé est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no file was chosen to print to</source>
        <translation>aucun fichier n&apos;a été choisi pour l&apos;impression</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>this computer has no “lp” command to send a PDF to the printer</source>
        <translation>cet ordinateur n&apos;a pas de commande « lp » pour envoyer un PDF à l&apos;imprimante</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the print system did not answer (lp)</source>
        <translation>le système d&apos;impression n&apos;a pas répondu (lp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the print system refused the letter: %1</source>
        <translation>le système d&apos;impression a refusé le courrier : %1</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <location filename="../ui/LettersView.cpp" line="+361"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Preparing the letters…</source>
        <translation>Préparation des courriers…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+71"/>
        <source>The letters of %1 could not be prepared: %2</source>
        <translation>Les courriers du %1 n&apos;ont pas pu être préparés : %2</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+75"/>
        <source>No letter to print for %1</source>
        <translation>Aucun courrier à imprimer pour le %1</translation>
    </message>
    <message numerus="yes">
        <location line="-73"/>
        <source>%n letter(s) to print for %1</source>
        <translation>
            <numerusform>%n courrier à imprimer pour le %1</numerusform>
            <numerusform>%n courriers à imprimer pour le %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n registered</source>
        <translation>
            <numerusform>%n recommandé</numerusform>
            <numerusform>%n recommandés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 claimed</source>
        <translation>%1 réclamés</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already printed (see below)</source>
        <translation>
            <numerusform>%n déjà imprimé (voir plus bas)</numerusform>
            <numerusform>%n déjà imprimés (voir plus bas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cannot be written</source>
        <translation>
            <numerusform>%n impossible à rédiger</numerusform>
            <numerusform>%n impossibles à rédiger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No letter archived yet: printing the day&apos;s letters keeps each one here, byte for byte.</source>
        <translation>Aucun courrier archivé pour l&apos;instant : imprimer les courriers du jour conserve ici chacun d&apos;eux, à l&apos;octet près.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n letter(s) archived</source>
        <translation>
            <numerusform>%n courrier archivé</numerusform>
            <numerusform>%n courriers archivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not posted yet</source>
        <translation>
            <numerusform>%n pas encore posté</numerusform>
            <numerusform>%n pas encore postés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n without LRAR number</source>
        <translation>
            <numerusform>%n sans n° LRAR</numerusform>
            <numerusform>%n sans n° LRAR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s) awaited</source>
        <translation>
            <numerusform>%n accusé de réception attendu</numerusform>
            <numerusform>%n accusés de réception attendus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+123"/>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message numerus="yes">
        <location line="-131"/>
        <source>%n letter(s) of that day are already printed and archived: reprint them from the list of archived letters.</source>
        <translation>
            <numerusform>%n courrier de ce jour est déjà imprimé et archivé : réimprimez-le depuis la liste des courriers archivés.</numerusform>
            <numerusform>%n courriers de ce jour sont déjà imprimés et archivés : réimprimez-les depuis la liste des courriers archivés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These letters cannot be written:
%1</source>
        <translation>Ces courriers ne peuvent pas être rédigés :
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These letters cannot be written and are left out:
%1</source>
        <translation>Ces courriers ne peuvent pas être rédigés et sont laissés de côté :
%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+54"/>
        <source>Letters of %1</source>
        <translation>Courriers du %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+7"/>
        <source>Printing cancelled: nothing was archived.</source>
        <translation>Impression annulée : rien n&apos;a été archivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The letters could not be printed: %1</source>
        <translation>Les courriers n&apos;ont pas pu être imprimés : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n letter(s) printed (%1 pages) and archived.</source>
        <translation>
            <numerusform>%n courrier imprimé (%1 pages) et archivé.</numerusform>
            <numerusform>%n courriers imprimés (%1 pages) et archivés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed, but these letters could not be archived:
%1</source>
        <translation>Imprimés, mais ces courriers n&apos;ont pas pu être archivés :
%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preview: letters of %1</source>
        <translation>Aperçu : courriers du %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print and archive…</source>
        <translation>Imprimer et archiver…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The letters could not be shown: %1</source>
        <translation>Les courriers n&apos;ont pas pu être affichés : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the day&apos;s letters as PDF</source>
        <translation>Enregistrer les courriers du jour en PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the letters…</source>
        <translation>Écriture des courriers…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: no file written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+140"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message numerus="yes">
        <location line="-137"/>
        <source>%n letter(s) saved in %1. Not archived: “Print…” keeps each letter as proof and asks for the LRAR numbers.</source>
        <translation>
            <numerusform>%n courrier enregistré dans %1. Non archivé : « Imprimer… » conserve chaque courrier comme preuve et demande les n° LRAR.</numerusform>
            <numerusform>%n courriers enregistrés dans %1. Non archivés : « Imprimer… » conserve chaque courrier comme preuve et demande les n° LRAR.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+40"/>
        <source>Record posting</source>
        <translation>Enregistrer l&apos;envoi</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>These letters are posted and numbered already: nothing to record.</source>
        <translation>Ces courriers sont déjà postés et numérotés : rien à enregistrer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not recorded: the letters stay as they were; “Record posting…” takes the numbers later.</source>
        <translation>Rien d&apos;enregistré : les courriers restent en l&apos;état ; « Enregistrer l&apos;envoi… » prendra les numéros plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LRAR numbers</source>
        <translation>Numéros LRAR</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n letter(s) marked as posted on %1</source>
        <translation>
            <numerusform>%n courrier noté comme posté le %1</numerusform>
            <numerusform>%n courriers notés comme postés le %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n LRAR number(s) recorded</source>
        <translation>
            <numerusform>%n n° LRAR enregistré</numerusform>
            <numerusform>%n n° LRAR enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded.</source>
        <translation>Rien d&apos;enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded:
%1</source>
        <translation>Non enregistré :
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+36"/>
        <source>Receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Letter %1 is not in the archive.</source>
        <translation>Le courrier %1 n&apos;est pas dans l&apos;archive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This letter is not marked as posted yet: record its posting first.</source>
        <translation>Ce courrier n&apos;est pas encore noté comme posté : enregistrez d&apos;abord son envoi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt came back</source>
        <translation>Accusé de réception revenu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · posted on %3</source>
        <translation>%1 · %2 · posté le %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LRAR number %1</source>
        <translation>LRAR n° %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The avis de réception came back for: %1</source>
        <translation>L&apos;avis de réception est revenu pour : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Came back on:</source>
        <translation>&amp;Revenu le :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The receipt could not be recorded: %1</source>
        <translation>L&apos;accusé de réception n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt recorded (came back on %2): %1</source>
        <translation>Accusé de réception enregistré (revenu le %2) : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <location line="+9"/>
        <source>Open the letter</source>
        <translation>Ouvrir le courrier</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The archived letter cannot be opened: %1</source>
        <translation>Le courrier archivé ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No application opened %1: open it from that folder.</source>
        <translation>Aucune application n&apos;a ouvert %1 : ouvrez-le depuis ce dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter opened from the archive (SHA-256 %1 checked).</source>
        <translation>Courrier ouvert depuis l&apos;archive (SHA-256 %1 vérifié).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Reprint</source>
        <translation>Réimpression</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The archived letter cannot be reopened: %1</source>
        <translation>Le courrier archivé ne peut pas être rouvert : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The letter could not be sent to the printer: %1. It opens in your PDF viewer instead: print it from there.</source>
        <translation>Le courrier n&apos;a pas pu être envoyé à l&apos;imprimante : %1. Il s&apos;ouvre à la place dans votre lecteur PDF : imprimez-le depuis celui-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter reprinted identically (SHA-256 %1).</source>
        <translation>Courrier réimprimé à l&apos;identique (SHA-256 %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letters to print</source>
        <translation>Courriers à imprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day whose letters are listed (today by default)</source>
        <translation>Le jour dont les courriers sont listés (aujourd&apos;hui par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print preview of the whole batch</source>
        <translation>Aperçu avant impression de tout le lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints every letter in one job, keeps each one in the archive as printed and asks for the LRAR numbers</source>
        <translation>Imprime tous les courriers en un seul travail, conserve chacun dans l&apos;archive tel qu&apos;imprimé et demande les n° LRAR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One PDF holding the whole batch (not archived)</source>
        <translation>Un seul PDF avec tout le lot (non archivé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed and sent letters</source>
        <translation>Courriers imprimés et envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To fill in</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not posted yet</source>
        <translation>Pas encore postés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No LRAR number</source>
        <translation>Sans n° LRAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt yet</source>
        <translation>Sans accusé de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record posting…</source>
        <translation>Enregistrer l&apos;&amp;envoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks printed letters as posted and takes the LRAR numbers read off La Poste&apos;s slips (the selected letters, else every one still waiting)</source>
        <translation>Note les courriers imprimés comme postés et prend les n° LRAR lus sur les bordereaux de La Poste (les courriers sélectionnés, sinon tous ceux en attente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt &amp;came back…</source>
        <translation>A&amp;R revenu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records the day the avis de réception came back</source>
        <translation>Enregistre le jour où l&apos;avis de réception est revenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the letter as archived (its SHA-256 checked)</source>
        <translation>Ouvre le courrier tel qu&apos;archivé (son SHA-256 vérifié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprin&amp;t…</source>
        <translation>&amp;Réimprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the archived letter again, byte for byte</source>
        <translation>Imprime à nouveau le courrier archivé, à l&apos;octet près</translation>
    </message>
</context>
<context>
    <name>LettersViewArchiveModel</name>
    <message>
        <location filename="../ui/LettersViewArchiveModel.cpp" line="+86"/>
        <source>printed, not sent</source>
        <translation>imprimé, non envoyé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to fill in</source>
        <translation>à saisir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · %2 (double-click: customer file)</source>
        <translation>%1 · %2 (double-clic : fiche client)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent: the letter is locked; only its LRAR number (if missing) and its receipt date can still be added.</source>
        <translation>Envoyé : le courrier est verrouillé ; seuls son n° LRAR (s&apos;il manque) et la date de l&apos;accusé de réception peuvent encore être ajoutés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed and archived, not marked as posted yet: “Record posting…”</source>
        <translation>Imprimé et archivé, pas encore noté comme posté : « Enregistrer l&apos;envoi… »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number read off La Poste&apos;s slip: “Record posting…”</source>
        <translation>Saisir le numéro lu sur le bordereau de La Poste : « Enregistrer l&apos;envoi… »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the avis de réception comes back: “Receipt came back…”</source>
        <translation>Quand l&apos;avis de réception revient : « AR revenu… »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the PDF kept: %1</source>
        <translation>SHA-256 du PDF conservé : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Number of the registered letter (lettre recommandée avec accusé de réception)</source>
        <translation>Numéro de la lettre recommandée avec accusé de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day the avis de réception came back</source>
        <translation>Jour où l&apos;avis de réception est revenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint of the PDF kept: the proof that the letter reopened is the one sent</source>
        <translation>Empreinte du PDF conservé : la preuve que le courrier rouvert est celui envoyé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted on</source>
        <translation>Posté le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LRAR number</source>
        <translation>N° LRAR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>AR reçu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>LettersViewBatchModel</name>
    <message>
        <location filename="../ui/LettersViewBatchModel.cpp" line="+41"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>cannot be written</source>
        <translation>impossible à rédiger</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This letter cannot be written: %1</source>
        <translation>Ce courrier ne peut pas être rédigé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 (double-click: customer file)</source>
        <translation>%1 · %2 (double-clic : fiche client)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open amounts, plus late-payment penalties to the letter&apos;s date and the 40 € indemnities</source>
        <translation>Montants restant dus, plus les pénalités de retard à la date du courrier et les indemnités de 40 €</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>What the letter asks for</source>
        <translation>Ce que réclame le courrier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>LrarNumbersDialog</name>
    <message>
        <location filename="../ui/LrarNumbersDialog.cpp" line="+38"/>
        <source>Registered letters: numbers and posting</source>
        <translation>Lettres recommandées : numéros et envoi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tick the letters you posted and type the number of each registered letter as printed on La Poste&apos;s slip (for instance RA 123 456 789 FR or 1A 123 456 7890 1). A number can also be typed later from the Letters tab; a letter left unticked stays printed, not sent.</source>
        <translation>Cochez les courriers postés et saisissez le numéro de chaque lettre recommandée tel qu&apos;imprimé sur le bordereau de La Poste (par exemple RA 123 456 789 FR ou 1A 123 456 7890 1). Un numéro peut aussi être saisi plus tard depuis l&apos;onglet Courriers ; un courrier non coché reste imprimé, non envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the number of each registered letter as printed on La Poste&apos;s slip (for instance RA 123 456 789 FR or 1A 123 456 7890 1).</source>
        <translation>Saisissez le numéro de chaque lettre recommandée tel qu&apos;imprimé sur le bordereau de La Poste (par exemple RA 123 456 789 FR ou 1A 123 456 7890 1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Posted on:</source>
        <translation>&amp;Postés le :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Posted</source>
        <translation>Posté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent on %1</source>
        <translation>Envoyé le %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>LRAR number</source>
        <translation>N° LRAR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ordinary mail: no number</source>
        <translation>lettre simple : pas de numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registered letter&apos;s number on La Poste&apos;s slip: 2 letters, 9 digits, 2 letters (RA 123 456 789 FR) or 13 characters (1A 123 456 7890 1). Spaces do not matter.</source>
        <translation>Le numéro de la lettre recommandée sur le bordereau de La Poste : 2 lettres, 9 chiffres, 2 lettres (RA 123 456 789 FR) ou 13 caractères (1A 123 456 7890 1). Les espaces ne comptent pas.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mark as sent</source>
        <translation>Noter comme envoyés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the numbers</source>
        <translation>Enregistrer les numéros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>« %1 »: the check digit (the 9th digit) does not match the others: read the number off the slip again.</source>
        <translation>« %1 » : la clé de contrôle (le 9e chiffre) ne correspond pas aux autres : relisez le numéro sur le bordereau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>« %1 » is not an LRAR number: La Poste&apos;s slip shows 2 letters, 9 digits and 2 letters (RA 123 456 789 FR) or 13 characters (1A 123 456 7890 1).</source>
        <translation>« %1 » n&apos;est pas un numéro de recommandé : le bordereau de La Poste porte 2 lettres, 9 chiffres et 2 lettres (RA 123 456 789 FR) ou 13 caractères (1A 123 456 7890 1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: number %2 is already typed for %3; each registered letter has its own slip.</source>
        <translation>%1 : le numéro %2 est déjà saisi pour %3 ; chaque lettre recommandée a son propre bordereau.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+555"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disputes &amp;&amp; promises</source>
        <translation>Litiges &amp;&amp; promesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+553"/>
        <location line="+4"/>
        <location line="+19"/>
        <location line="+11"/>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <location line="-586"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search customers and invoices… (Ctrl+F)</source>
        <translation>Rechercher clients et factures… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, a code, a SIREN, an invoice number or an amount; Enter shows the matching customers</source>
        <translation>Tapez un nom, un code, un SIREN, un numéro de facture ou un montant&#xa0;; Entrée affiche les clients trouvés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo the last outcome</source>
        <translation>&amp;Annuler la dernière saisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the customer file</source>
        <translation>&amp;Ouvrir la fiche client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a FEC, Factur-X or UBL e-invoices, or a CSV export (you can also drop the files on the window)</source>
        <translation>Importer un FEC, des factures électroniques Factur-X ou UBL, ou un export CSV (vous pouvez aussi déposer les fichiers sur la fenêtre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export the week&apos;s calls (Excel)…</source>
        <translation>&amp;Exporter les appels de la semaine (Excel)…</translation>
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
        <location line="+83"/>
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
        <location line="+20"/>
        <source>Open balance: %1</source>
        <translation>Reste dû&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
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
        <location line="+4"/>
        <source>J / K: next / previous · Enter: customer file · R: record the outcome · Ctrl+Z: undo</source>
        <translation>J / K&#xa0;: suivant / précédent · Entrée&#xa0;: fiche client · R&#xa0;: noter le résultat · Ctrl+Z&#xa0;: annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag an action to another day, or select it and choose “Move to…”; double-click a customer to open the file</source>
        <translation>Faites glisser une action sur un autre jour, ou choisissez-la puis «&#xa0;Déplacer au…&#xa0;»&#xa0;; double-clic&#xa0;: fiche client</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Show the %n matching customer(s) in Customers</source>
        <translation>
            <numerusform>Voir le client trouvé dans Clients</numerusform>
            <numerusform>Voir les %n clients trouvés dans Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Show the %n matching invoice(s) in Invoices</source>
        <translation>
            <numerusform>Voir la facture trouvée dans Factures</numerusform>
            <numerusform>Voir les %n factures trouvées dans Factures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for “%1”</source>
        <translation>Rien trouvé pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounting and e-invoice files (*.txt *.csv *.xml *.pdf *.fec *.tsv);;All files (*)</source>
        <translation>Fichiers comptables et factures électroniques (*.txt *.csv *.xml *.pdf *.fec *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Import finished: %n invoice(s) created</source>
        <translation>
            <numerusform>Import terminé : %n facture créée</numerusform>
            <numerusform>Import terminé : %n factures créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n customer(s) created</source>
        <translation>
            <numerusform>%n client créé</numerusform>
            <numerusform>%n clients créés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Calls of week %1 saved: %2</source>
        <translation>Appels de la semaine %1 enregistrés : %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+11"/>
        <source>Mise en demeure</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The mise en demeure could not be written: %1</source>
        <translation>La mise en demeure n&apos;a pas pu être rédigée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the mise en demeure</source>
        <translation>Enregistrer la mise en demeure</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <location line="+46"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Mise en demeure saved: %1 (print it and send it by registered letter)</source>
        <translation>Mise en demeure enregistrée&#xa0;: %1 (à imprimer et envoyer en recommandé AR)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Dossier contentieux</source>
        <translation>Dossier contentieux</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The dossier could not be written: %1</source>
        <translation>Le dossier n&apos;a pas pu être rédigé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the dossier contentieux</source>
        <translation>Enregistrer le dossier contentieux</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the dossier…</source>
        <translation>Rédaction du dossier…</translation>
    </message>
    <message>
        <location line="-958"/>
        <location line="+989"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>Dossier contentieux saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Dossier contentieux enregistré&#xa0;: %1 (%n page)</numerusform>
            <numerusform>Dossier contentieux enregistré&#xa0;: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <source>The letters could not be prepared: %1</source>
        <translation>Les courriers n&apos;ont pas pu être préparés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No letter to print for %1.</source>
        <translation>Aucun courrier à imprimer pour le %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the day&apos;s letters</source>
        <translation>Enregistrer les courriers du jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the letters…</source>
        <translation>Préparation des courriers…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing the letters…</source>
        <translation>Rédaction des courriers…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n letter(s) saved in %1: print them, then record the LRAR numbers.</source>
        <translation>
            <numerusform>%n courrier enregistré dans %1&#xa0;: imprimez-le, puis notez le numéro de recommandé.</numerusform>
            <numerusform>%n courriers enregistrés dans %1&#xa0;: imprimez-les, puis notez les numéros de recommandé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
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
    <name>OutcomeForm</name>
    <message>
        <location filename="../ui/OutcomeForm.cpp" line="+127"/>
        <source>Result ▾</source>
        <translation>Résultat ▾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what the customer said: one click (R from the list)</source>
        <translation>Noter ce que le client a répondu&#xa0;: un clic (R depuis la liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised &amp;date:</source>
        <translation>&amp;Date promise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Means:</source>
        <translation>&amp;Moyen&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Promise to pay: when, and how?</source>
        <translation>Promesse de paiement&#xa0;: quand, et comment&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute: what is wrong?</source>
        <translation>Litige&#xa0;: qu&apos;est-ce qui ne va pas&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../ui/PauseDialog.cpp" line="+15"/>
        <source>Pause the reminders</source>
        <translation>Suspendre les relances</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Commercial agreement</source>
        <translation>Accord commercial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dispute being settled</source>
        <translation>Litige en cours de règlement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer closed for holidays</source>
        <translation>Client fermé pour congés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insolvency proceedings</source>
        <translation>Procédure collective</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment plan being negotiated</source>
        <translation>Échéancier en négociation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reminder goes out until that day included; the calendar picks up again the next working day. The pause is written in the customer&apos;s history.</source>
        <translation>Aucune relance ne part jusqu&apos;à ce jour inclus&#xa0;; le calendrier reprend le jour ouvré suivant. La suspension est inscrite dans l&apos;historique du client.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause &amp;until:</source>
        <translation>Suspendre &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProfileOverrideDialog</name>
    <message>
        <location filename="../ui/ProfileOverrideDialog.cpp" line="+19"/>
        <source>Change the payer profile</source>
        <translation>Changer le profil payeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the payment history: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>D&apos;après l&apos;historique des paiements&#xa0;: &lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not classified yet from the payment history.</source>
        <translation>Pas encore classé d&apos;après l&apos;historique des paiements.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As computed (%1)</source>
        <translation>Calculé (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why? e.g. “pays by LCR since the new contract”</source>
        <translation>Pourquoi&#xa0;? ex. «&#xa0;paie par LCR depuis le nouveau contrat&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile chooses the reminder scenario. A profile set by hand stays until you give it back to the computation; the change is written in the customer&apos;s history.</source>
        <translation>Le profil choisit le scénario de relance. Un profil fixé à la main reste en place jusqu&apos;à ce que vous le rendiez au calcul&#xa0;; le changement est inscrit dans l&apos;historique du client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+66"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms and penalties</source>
        <translation>Délais et pénalités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder calendar</source>
        <translation>Calendrier des relances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payer profiles</source>
        <translation>Profils de payeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECB rates</source>
        <translation>Taux BCE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail account</source>
        <translation>Compte de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter templates</source>
        <translation>Modèles de courriers</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The settings could not be read: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Your company as it appears on letters, e-mails and formal notices.</source>
        <translation>Votre entreprise telle qu&apos;elle apparaît sur les courriers, e-mails et mises en demeure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose &amp;logo…</source>
        <translation>Choisir le &amp;logo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PNG or JPEG image, printed at the top left of your letters</source>
        <translation>Une image PNG ou JPEG, imprimée en haut à gauche de vos lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SARL, SAS, EURL…</source>
        <translation>SARL, SAS, EURL…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share capital (€)</source>
        <translation>Capital social (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>9 digits, e.g. 732 829 320</source>
        <translation>9 chiffres, par ex. 732 829 320</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCS registry</source>
        <translation>Greffe du RCS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The city of the trade register: RCS Lyon</source>
        <translation>La ville du registre du commerce&#xa0;: RCS Lyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FR + 2-digit key + SIREN, e.g. FR44732829320</source>
        <translation>FR + clé de 2 chiffres + SIREN, par ex. FR44732829320</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number and street: 12 rue des Lilas</source>
        <translation>Numéro et voie&#xa0;: 12 rue des Lilas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building, floor</source>
        <translation>Bâtiment, étage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service comptabilité…</source>
        <translation>Service comptabilité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PO box, locality</source>
        <translation>BP, lieu-dit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed on reminders and formal notices: how to pay you</source>
        <translation>Imprimé sur les relances et mises en demeure&#xa0;: comment vous payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s title</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gérante, Président…</source>
        <translation>Gérante, Président…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Late-payment clause</source>
        <translation>Clause de pénalités de retard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Default payment terms (days)</source>
        <translation>Délai de paiement par défaut (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For customers without terms of their own. The law allows at most 60 days from the invoice date (Code de commerce L441-10).</source>
        <translation>Pour les clients sans délai propre. La loi permet au plus 60 jours à compter de la date de facture (Code de commerce L441-10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late-payment penalties run from the day after the due date: ECB rate of the half-year plus the margin below, unless a customer&apos;s contract sets its own rate (never below 3 × the legal interest rate).</source>
        <translation>Les pénalités de retard courent dès le lendemain de l&apos;échéance&#xa0;: taux BCE du semestre plus la marge ci-dessous, sauf si le contrat d&apos;un client fixe son propre taux (jamais moins de 3 × le taux d&apos;intérêt légal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Margin over the ECB rate (points)</source>
        <translation>Marge sur le taux BCE (points)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10,00 by default (L441-10 II)</source>
        <translation>10,00 par défaut (L441-10 II)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal interest rate (%)</source>
        <translation>Taux d&apos;intérêt légal (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rate for professional creditors, updated each half-year; it sets the floor of contractual rates</source>
        <translation>Le taux des créanciers professionnels, mis à jour chaque semestre&#xa0;; il fixe le plancher des taux contractuels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixed recovery indemnity (€)</source>
        <translation>Indemnité forfaitaire de recouvrement (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per invoice paid late: 40,00 € (D441-5)</source>
        <translation>Par facture payée en retard&#xa0;: 40,00&#xa0;€ (D441-5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preventive reminders go by phone to accounts with few, large invoices and by e-mail to the others.</source>
        <translation>Les relances préventives se font par téléphone pour les comptes à peu de grosses factures, par e-mail pour les autres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call when at most this many open invoices</source>
        <translation>Appeler jusqu&apos;à ce nombre de factures ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and at least this amount (€)</source>
        <translation>…et à partir de ce montant (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call in July about invoices due in August</source>
        <translation>Appeler en juillet pour les factures échéant en août</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summer campaign</source>
        <translation>Campagne d&apos;été</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Summer campaign start</source>
        <translation>Début de la campagne d&apos;été</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summer campaign start (day / month)</source>
        <translation>Début de la campagne d&apos;été (jour / mois)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls tried again when nobody answers</source>
        <translation>Appels renouvelés quand personne ne répond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail or unreachable: tried again the next working day, this many times</source>
        <translation>Messagerie ou injoignable&#xa0;: nouvel essai le jour ouvré suivant, autant de fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between two steps on an invoice, at least</source>
        <translation>Jours au moins entre deux étapes sur une facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days reminders wait after “payment sent”</source>
        <translation>Jours d&apos;attente des relances après «&#xa0;paiement envoyé&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good Friday and 26 December are holidays (Alsace-Moselle)</source>
        <translation>Vendredi saint et 26 décembre fériés (Alsace-Moselle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each customer&apos;s profile is computed from its own history with these thresholds; run the classification again after changing them.</source>
        <translation>Le profil de chaque client se calcule sur son propre historique avec ces seuils&#xa0;; relancez la classification après les avoir changés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History looked at (months)</source>
        <translation>Historique examiné (mois)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoices issued in the last N months</source>
        <translation>Factures émises sur les N derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late from (days after the due date)</source>
        <translation>En retard à partir de (jours après l&apos;échéance)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid more than N days late counts as late</source>
        <translation>Payée plus de N jours après l&apos;échéance&#xa0;: compte comme en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>négligent: share of invoices paid late (%)</source>
        <translation>négligent&#xa0;: part des factures payées en retard (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mauvais payeur: weighted lateness from (days)</source>
        <translation>mauvais payeur&#xa0;: retard moyen pondéré à partir de (jours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average lateness weighted by amount</source>
        <translation>Retard moyen pondéré par les montants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mauvais payeur: or broken promises from</source>
        <translation>mauvais payeur&#xa0;: ou promesses non tenues à partir de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>litige: share of invoices disputed (%)</source>
        <translation>litige&#xa0;: part des factures en litige (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>litige: and at least this many disputes</source>
        <translation>litige&#xa0;: et au moins ce nombre de litiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administratif: share of “awaiting approval” answers (%)</source>
        <translation>administratif&#xa0;: part des réponses «&#xa0;en attente de validation&#xa0;» (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatique: share paid on time (%)</source>
        <translation>automatique&#xa0;: part payée à l&apos;échéance (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LCR or direct debit customers</source>
        <translation>Clients en LCR ou prélèvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insolvable: open invoices late by (days)</source>
        <translation>insolvable&#xa0;: factures ouvertes en retard de (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insolvable: at least this many of them</source>
        <translation>insolvable&#xa0;: au moins ce nombre d&apos;entre elles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insolvable: used to pay within (days)</source>
        <translation>insolvable&#xa0;: payait avant (jours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted lateness in the older half of the history</source>
        <translation>Retard moyen pondéré sur la moitié la plus ancienne de l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insolvable: then pays after (days)</source>
        <translation>insolvable&#xa0;: puis paie après (jours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weighted lateness in the recent half, open invoices counted as late so far</source>
        <translation>Retard moyen pondéré sur la moitié récente, factures ouvertes comptées avec leur retard à ce jour</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scenario name</source>
        <translation>Nom du scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An inactive scenario plans no reminder for the customers of this profile</source>
        <translation>Un scénario inactif ne prévoit aucune relance pour les clients de ce profil</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add a step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the &amp;default scenario</source>
        <translation>Revenir au scénario par &amp;défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each step is timed from the due date (negative: before it) or from the previous step, and escalates: préventive, relances 1 to 3, mise en demeure, contentieux. Double-click a cell to change it.</source>
        <translation>Chaque étape se compte depuis l&apos;échéance (négatif&#xa0;: avant) ou depuis l&apos;étape précédente, et monte d&apos;un cran&#xa0;: préventive, relances 1 à 3, mise en demeure, contentieux. Double-cliquez une cellule pour la modifier.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Add a rate</source>
        <translation>&amp;Ajouter un taux</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ECB main refinancing rate, each decision with the day it applies from. Penalties use the rate in force on 1 January for the first half-year and on 1 July for the second. Add the ECB&apos;s new decisions here.</source>
        <translation>Le taux de refinancement principal de la BCE, chaque décision avec sa date d&apos;effet. Les pénalités prennent le taux en vigueur au 1er janvier pour le premier semestre et au 1er juillet pour le second. Ajoutez ici les nouvelles décisions de la BCE.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The account reminders are sent from. Leave the server empty to write e-mails with your own mail program instead. The password is kept in the system keychain, never in Encaisse&apos;s files.</source>
        <translation>Le compte d&apos;où partent les relances. Laissez le serveur vide pour écrire les e-mails avec votre propre messagerie. Le mot de passe est gardé dans le trousseau du système, jamais dans les fichiers d&apos;Encaisse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>smtp.example.fr</source>
        <translation>smtp.example.fr</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (a relay on this computer only)</source>
        <translation>Aucune (relais sur cet ordinateur uniquement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Atelier Martin — Comptabilité</source>
        <translation>Atelier Martin — Comptabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>Adresse d&apos;expédition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply-to address</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: where customers&apos; answers go</source>
        <translation>Facultatif&#xa0;: où arrivent les réponses des clients</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: file not found</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a PNG or JPEG image</source>
        <translation>%1 : ce n&apos;est pas une image PNG ou JPEG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the image cannot be read (%2)</source>
        <translation>%1 : l&apos;image est illisible (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the image cannot be converted to PNG</source>
        <translation>%1 : l&apos;image ne peut pas être convertie en PNG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose your logo</source>
        <translation>Choisir votre logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Images PNG ou JPEG (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logo: %1</source>
        <translation>Logo : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+173"/>
        <source>“%1” is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+104"/>
        <source>must be between %1 and %2</source>
        <translation>doit être entre %1 et %2</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>“%1” is not a rate in percent (e.g. 10,00)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un taux en pourcentage (par ex. 10,00)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between %1 % and %2 %</source>
        <translation>doit être entre %1&#xa0;% et %2&#xa0;%</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>required: it heads every letter and e-mail</source>
        <translation>obligatoire&#xa0;: elle figure en tête de chaque courrier et e-mail</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>does not match the SIREN %1 (it would be %2)</source>
        <translation>ne correspond pas au SIREN %1 (ce serait %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a French postcode (5 digits)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code postal français (5 chiffres)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+168"/>
        <location line="+2"/>
        <source>“%1” is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>“%1” is not a BIC: 8 or 11 letters and digits, e.g. BNPAFRPPXXX</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un BIC&#xa0;: 8 ou 11 lettres et chiffres, par ex. BNPAFRPPXXX</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at most 60 days from the invoice date (L441-10)</source>
        <translation>60 jours au plus à compter de la date de facture (L441-10)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>required (40,00 € by law)</source>
        <translation>obligatoire (40,00&#xa0;€ selon la loi)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1/%2 is not a day of every year</source>
        <translation>le %1/%2 n&apos;existe pas chaque année</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be more than “%1” (%2)</source>
        <translation>doit dépasser «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scenario “%1”, name: required</source>
        <translation>Scénario «&#xa0;%1&#xa0;», nom&#xa0;: obligatoire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario “%1”, step %2</source>
        <translation>Scénario «&#xa0;%1&#xa0;», étape %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unknown step “%2”</source>
        <translation>%1&#xa0;: étape inconnue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2” must come before “%3”: the steps escalate</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit venir avant «&#xa0;%3&#xa0;»&#xa0;: les étapes vont crescendo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the first step counts from the due date, there is no previous step</source>
        <translation>%1&#xa0;: la première étape se compte depuis l&apos;échéance, il n&apos;y a pas d&apos;étape précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, when: at least 1 day after the previous step</source>
        <translation>%1, quand&#xa0;: au moins 1 jour après l&apos;étape précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, when: between %2 and %3 days from the due date</source>
        <translation>%1, quand&#xa0;: entre %2 et %3 jours de l&apos;échéance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, channel: unknown channel “%2”</source>
        <translation>%1, canal&#xa0;: canal inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, template: required, in lower-case letters, digits and _ (e.g. level1)</source>
        <translation>%1, modèle&#xa0;: obligatoire, en minuscules, chiffres et _ (par ex. level1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, minimum amount: %2</source>
        <translation>%1, montant minimum&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ECB rates: the table needs at least one rate</source>
        <translation>Taux BCE&#xa0;: la table doit contenir au moins un taux</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ECB rates, row %1, date: required</source>
        <translation>Taux BCE, ligne %1, date&#xa0;: obligatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ECB rates, row %1, date: %2 is already in the table</source>
        <translation>Taux BCE, ligne %1, date&#xa0;: le %2 figure déjà dans la table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ECB rates, row %1, rate: “%2” is not a rate between -1,00 and 20,00 % (e.g. 2,15)</source>
        <translation>Taux BCE, ligne %1, taux&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un taux entre -1,00 et 20,00&#xa0;% (par ex. 2,15)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>required to send e-mails (or empty the other fields)</source>
        <translation>obligatoire pour envoyer des e-mails (ou videz les autres champs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a server name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required: customers see it</source>
        <translation>obligatoire&#xa0;: les clients la voient</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>required with a password</source>
        <translation>obligatoire avec un mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>without encryption only a relay on this computer (localhost) is accepted: choose STARTTLS or TLS</source>
        <translation>sans chiffrement, seul un relais sur cet ordinateur (localhost) est accepté&#xa0;: choisissez STARTTLS ou TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a password never travels unencrypted: choose STARTTLS or TLS</source>
        <translation>un mot de passe ne circule jamais en clair&#xa0;: choisissez STARTTLS ou TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail account: %1</source>
        <translation>Compte de messagerie&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Template “%1”: %2</source>
        <translation>Modèle « %1 » : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings are saved, but not the template: %1</source>
        <translation>Les paramètres sont enregistrés, mais pas le modèle : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings are saved, but the password could not be kept in the system keychain: %1</source>
        <translation>Les paramètres sont enregistrés, mais le mot de passe n&apos;a pas pu être gardé dans le trousseau du système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialogEcbRateModel</name>
    <message>
        <location filename="../ui/SettingsDialogEcbRateModel.cpp" line="+67"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>In force from</source>
        <translation>En vigueur depuis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECB main refinancing rate</source>
        <translation>Taux de refinancement principal BCE</translation>
    </message>
</context>
<context>
    <name>SettingsDialogScenarioModel</name>
    <message>
        <location filename="../ui/SettingsDialogScenarioModel.cpp" line="+135"/>
        <source>Preventive reminder</source>
        <translation>Relance préventive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder 1</source>
        <translation>Relance 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder 2</source>
        <translation>Relance 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder 3 (last)</source>
        <translation>Relance 3 (dernière)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Litigation</source>
        <translation>Contentieux</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Phone or e-mail, by account</source>
        <translation>Téléphone ou e-mail selon le compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered letter</source>
        <translation>Lettre recommandée AR</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Last reminder before formal notice</source>
        <translation>Dernière relance avant mise en demeure</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>+%n day(s)</source>
        <translation>
            <numerusform>+%n jour</numerusform>
            <numerusform>+%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n jour avant</numerusform>
            <numerusform>%n jours avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) after</source>
        <translation>
            <numerusform>%n jour après</numerusform>
            <numerusform>%n jours après</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days after the previous step was done</source>
        <translation>Jours après l&apos;étape précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days from the due date (negative: before it)</source>
        <translation>Jours depuis l&apos;échéance (négatif&#xa0;: avant)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted from the previous step rather than from the due date</source>
        <translation>Compté depuis l&apos;étape précédente plutôt que depuis l&apos;échéance</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The message or letter template the step uses</source>
        <translation>Le modèle de message ou de courrier de l&apos;étape</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The step only applies from this open amount (empty: always)</source>
        <translation>L&apos;étape ne s&apos;applique qu&apos;à partir de ce reste dû (vide&#xa0;: toujours)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After previous</source>
        <translation>Après la précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum amount</source>
        <translation>Montant minimum</translation>
    </message>
</context>
<context>
    <name>TemplateEditorPage</name>
    <message>
        <location filename="../ui/TemplateEditorPage.cpp" line="+106"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save &amp;template</source>
        <translation>Enregistrer le &amp;modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters and e-mails written from now on use this text</source>
        <translation>Les lettres et e-mails rédigés désormais utiliseront ce texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to de&amp;fault…</source>
        <translation>Revenir au modèle d&apos;&amp;origine…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the text shipped with Encaisse</source>
        <translation>Revenir au texte fourni avec Encaisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placeholder</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replaced by</source>
        <translation>Remplacé par</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click a placeholder to insert it at the cursor</source>
        <translation>Double-cliquez sur un champ pour l&apos;insérer au curseur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer whose open invoices fill the preview (customers with open invoices)</source>
        <translation>Le client dont les factures ouvertes remplissent l&apos;aperçu (clients ayant des factures ouvertes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click to see the page at full size</source>
        <translation>Double-cliquez pour voir la page en taille réelle</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Placeholders: double-click one to insert it at the cursor.</source>
        <translation>Champs : double-cliquez sur l&apos;un d&apos;eux pour l&apos;insérer au curseur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview for</source>
        <translation>Aperçu pour</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1 (customised)</source>
        <translation>%1 (personnalisé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own version: “Reset to default” brings back Encaisse&apos;s text</source>
        <translation>Votre version : « Revenir au modèle d&apos;origine » rétablit le texte d&apos;Encaisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text shipped with Encaisse</source>
        <translation>Le texte fourni avec Encaisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventive reminder</source>
        <translation>Relance préventive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder 1</source>
        <translation>Relance 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder 2</source>
        <translation>Relance 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder 3 (last)</source>
        <translation>Relance 3 (dernière)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise follow-up</source>
        <translation>Suivi de promesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan instalment</source>
        <translation>Échéance d&apos;un plan de règlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summer campaign</source>
        <translation>Campagne d&apos;été</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The e-mail&apos;s text: {placeholder}, {?condition}…{/condition}, a blank line between paragraphs, lines starting with “– ” make a list</source>
        <translation>Le texte de l&apos;e-mail : {champ}, {?condition}…{/condition}, une ligne vide entre les paragraphes, les lignes commençant par « – » forment une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Titre : and Objet : lines, then --- and the letter&apos;s text: {placeholder}, **bold**, {pluriel:several|one}, a blank line between paragraphs</source>
        <translation>Lignes « Titre : » et « Objet : », puis --- et le texte de la lettre : {champ}, **gras**, {pluriel:plusieurs|une}, une ligne vide entre les paragraphes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (on a line of its own)</source>
        <translation>%1 (seul sur sa ligne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First text for several invoices, second for one</source>
        <translation>Premier texte pour plusieurs factures, second pour une seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold text between the two pairs of stars</source>
        <translation>Texte en gras entre les deux paires d&apos;étoiles</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>unknown placeholder “{%1}”</source>
        <translation>champ inconnu : « {%1} »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{/%1}” closes no “{?%1}”</source>
        <translation>« {/%1} » ne ferme aucun « {?%1} »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a placeholder</source>
        <translation>« %1 » n&apos;est pas un champ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{?%1}” is not closed by “{/%1}”</source>
        <translation>« {?%1} » n&apos;est pas fermé par « {/%1} »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>E-mail: %1</source>
        <translation>E-mail : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not saved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” cannot be saved: %2</source>
        <translation>« %1 » ne peut pas être enregistré : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” could not be saved: %2</source>
        <translation>« %1 » n&apos;a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reset the template</source>
        <translation>Revenir au modèle d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace “%1” with the text shipped with Encaisse? Your own version of it, saved or not, will be lost.</source>
        <translation>Remplacer « %1 » par le texte fourni avec Encaisse ? Votre version, enregistrée ou non, sera perdue.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” could not be reset: %2</source>
        <translation>« %1 » n&apos;a pas pu être rétabli : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Unsaved template</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Your changes to “%1” cannot be saved as they are:
%2

Discard them?</source>
        <translation>Vos modifications de « %1 » ne peuvent pas être enregistrées en l&apos;état :
%2

Les abandonner ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save your changes to “%1”?</source>
        <translation>Enregistrer vos modifications de « %1 » ?</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 (%2) – %3 due</source>
        <translation>%1 (%2) – %3 dus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No customer with open invoices</source>
        <translation>Aucun client n&apos;a de facture ouverte</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No customer has open invoices: the preview needs one to fill the letter. Import or enter invoices, then come back here.</source>
        <translation>Aucun client n&apos;a de facture ouverte : l&apos;aperçu en a besoin pour remplir la lettre. Importez ou saisissez des factures, puis revenez ici.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No preview: %1</source>
        <translation>Pas d&apos;aperçu : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+100"/>
        <source>No preview for this customer: %1</source>
        <translation>Pas d&apos;aperçu pour ce client : %1</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 – page %2 of %3</source>
        <translation>%1 – page %2 sur %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No customer has open invoices: the preview needs one to fill the e-mail. Import or enter invoices, then come back here.</source>
        <translation>Aucun client n&apos;a de facture ouverte : l&apos;aperçu en a besoin pour remplir l&apos;e-mail. Importez ou saisissez des factures, puis revenez ici.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;b&gt;Subject:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Objet :&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="+93"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../ui/TodayView.cpp" line="+345"/>
        <source>Send all…</source>
        <translation>Tout envoyer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview and send today&apos;s reminder e-mails in one batch</source>
        <translation>Vérifier puis envoyer d&apos;un coup les relances par e-mail du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print today&apos;s letters in one PDF</source>
        <translation>Imprimer les courriers du jour en un seul PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest news</source>
        <translation>Dernières nouvelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open invoices</source>
        <translation>Factures ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the customer file (Enter)</source>
        <translation>Ouvrir la fiche client (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a call to see what to ask.</source>
        <translation>Choisissez un appel pour voir quoi demander.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No call to make today.</source>
        <translation>Aucun appel à passer aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None today.</source>
        <translation>Rien aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The calendar could not be brought up to date: %1</source>
        <translation>Le calendrier n&apos;a pas pu être mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Promised for %1 (%2): not kept</source>
        <translation>Promis pour %1 (%2)&#xa0;: non tenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised for %1 (%2): check the payment</source>
        <translation>Promis pour %1 (%2)&#xa0;: vérifier le paiement</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>open for %n day(s)</source>
        <translation>
            <numerusform>ouvert depuis %n jour</numerusform>
            <numerusform>ouvert depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Calls (%1)</source>
        <translation>Appels (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails (%1)</source>
        <translation>E-mails (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters (%1)</source>
        <translation>Courriers (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises to check (%1)</source>
        <translation>Promesses à vérifier (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes (%1)</source>
        <translation>Litiges (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>next working day: %1</source>
        <translation>prochain jour ouvré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
            <numerusform>(%n en retard)</numerusform>
            <numerusform>(%n en retard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n faite</numerusform>
            <numerusform>%n faites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 to collect within %n day(s)</source>
        <translation>
            <numerusform>%1 à encaisser d&apos;ici %n jour</numerusform>
            <numerusform>%1 à encaisser d&apos;ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open invoices falling due in the next %1 days, plus the promises dated in that window for invoices already late; disputed invoices are left out.</source>
        <translation>Factures ouvertes arrivant à échéance dans les %1 prochains jours, plus les promesses datées dans cette période pour des factures déjà en retard&#xa0;; les factures en litige sont exclues.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>↶ Undo: %1</source>
        <translation>↶ Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↶ Undo</source>
        <translation>↶ Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the last recorded outcome back to do (Ctrl+Z)</source>
        <translation>Remettre à faire la dernière saisie (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Not classified yet: the profile comes from the payment history.</source>
        <translation>Pas encore classé&#xa0;: le profil se déduit de l&apos;historique des paiements.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set by hand: %1</source>
        <translation>Fixé à la main&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No contact on file.</source>
        <translation>Aucun contact enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ctrl+Z puts it back to do.</source>
        <translation>Ctrl+Z la remet à faire.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing recorded yet.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open invoices (%1)</source>
        <translation>Factures ouvertes (%1)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saved: %1. Ctrl+Z puts it back.</source>
        <translation>Enregistré&#xa0;: %1. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing to undo: %1</source>
        <translation>Rien à annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undone: the last outcome is back to do.</source>
        <translation>Annulé&#xa0;: la dernière saisie est de nouveau à faire.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undone: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+75"/>
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
