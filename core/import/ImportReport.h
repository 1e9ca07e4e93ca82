#pragma once
// ImportReport: what one import run read, created, updated, left unchanged, marked paid and refused, as JSON for the
// command line and plain French for people.

#include "ImportBatch.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One file of the run.
struct ImportFileSummary
{
    QString file;   // path as given
    QString format; // fec, facturx, ubl, csv
    int rowsRead = 0;
    QString sha256;
};

class ImportReport final
{
public:
    QList<ImportFileSummary> files;
    QString format; // the files' format; several joined by commas
    QString mode;   // stock or delta
    qint64 rowsRead = 0;
    int customersCreated = 0;
    int customersUpdated = 0;
    int customersUnchanged = 0;
    int invoicesCreated = 0;
    int invoicesUpdated = 0;
    int invoicesUnchanged = 0;
    int markedPaid = 0;
    QStringList markedPaidNumbers; // stock mode: open items absent from the files, now paid
    QList<ImportIssue> rejected;   // any entry here: nothing was written
    QList<ImportIssue> warnings;
    bool committed = false;
    bool cancelled = false;

    bool hasRejections() const { return !rejected.isEmpty(); }
    // Adds another report's counters (one file's share into the run's total).
    void add(const ImportReport &other);

    // snake_case keys: files, format, mode, rows_read, customers_created, customers_updated, customers_unchanged,
    // invoices_created, invoices_updated, invoices_unchanged, marked_paid, marked_paid_numbers,
    // rejected [{file, line, field, message}], warnings [same], committed, cancelled.
    QJsonObject toJson() const;
    QString toText() const;

    static QJsonObject issueJson(const ImportIssue &issue);
};
