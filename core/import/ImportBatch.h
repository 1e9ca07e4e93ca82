#pragma once
// ImportBatch: what one parser read from one file, before anything touches the store.
// Parsers (FEC, Factur-X/CII, UBL, CSV) produce it; the Importer applies batches in one transaction.

#include "Invoice.h"
#include "PostalAddress.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// One fault in an input file, located precisely enough for the user to fix it.
struct ImportIssue
{
    QString file;    // path as given by the user
    int line = 0;    // 1-based physical line; 0 when not line-based (XML: the element path goes in `field`)
    QString field;   // column name or XML element ("Debit", "ram:DueDateDateTime")
    QString message; // plain French

    // "fichier.txt, ligne 12, colonne Debit : « 12,3x » n'est pas un montant"
    QString toString() const;
};

// A customer as the file describes it.
struct ImportedCustomer
{
    QString code;      // the file's own key (FEC CompAuxNum or CompteNum); empty for e-invoices
    QString name;
    QString siren;
    QString vatNumber;
    PostalAddress address;
    QString email;
    int line = 0;
};

// An open item (or, in stock/delta comparisons, any item) as the file describes it.
struct ImportedItem
{
    int customerIndex = -1; // index into ImportBatch::customers
    QString number;
    Invoice::Kind kind = Invoice::Kind::Invoice;
    QDate issueDate;
    QDate dueDate;          // invalid: derived from the customer's payment terms when applied
    QString currency = QStringLiteral("EUR");
    qint64 amountExclCents = 0;
    qint64 amountCents = 0; // negative for credit notes and payments
    qint64 openCents = 0;   // what is still open (signed like amountCents)
    QByteArray pdf;         // the e-invoice PDF to keep with the invoice, if any
    QString pdfFileName;
    int line = 0;
};

struct ImportBatch
{
    QString file;
    QString format;        // fec, facturx, cii, ubl, csv
    int rowsRead = 0;      // data lines (FEC, CSV) or documents (XML, PDF)
    QList<ImportedCustomer> customers;
    QList<ImportedItem> items;
    QList<ImportIssue> errors;   // any error: the file is refused whole
    QList<ImportIssue> warnings; // kept in the report, nothing refused
    bool cancelled = false;      // the progress callback asked to stop: the batch is incomplete

    bool ok() const { return errors.isEmpty(); }
};
