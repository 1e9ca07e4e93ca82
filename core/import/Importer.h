#pragma once
// Importer: detects each file's format, parses every file, then applies all the batches to the store in ONE
// transaction: customers matched or created, items created / updated / left unchanged, stock-mode closing of the
// items the files no longer list, one `imports` row and one journal event per file. A fault in any file, a database
// error or a cancel: nothing is written, and the report lists every fault.
//
// Matching. Customers: by code (FEC CompAuxNum/CompteNum), then SIREN, then VAT number, then name (case and accents
// ignored; a customer whose code the run already claimed is never taken by name); otherwise created, with the app's
// default payment terms (setting "payment_terms_days", 30 days out of the box) and, when the file has no code, one
// made from the SIREN ("C-732829320") or the name. An existing customer only gets the blanks filled (SIREN, VAT,
// address, e-mail): names typed in the app are never overwritten by an export's truncated labels.
// Items: by (customer, number, kind): unchanged when amount, amount excl. VAT, open amount, dates, currency and status
// are all equal; updated when one differs; created otherwise. Due date: the file's, else the existing item's when
// its issue date did not move, else the customer's terms applied to the issue date (Customer::dueDateFor).
// Mode stock: the open items (open, partially paid) of the customers the files mention, absent from the files, are
// marked paid and listed in the report. Mode delta: only adds and updates. Re-importing a file changes nothing.

#include "ImportBatch.h"
#include "ImportReport.h"

#include <QString>
#include <QStringList>
#include <functional>

class Database;

struct ImportOptions
{
    QString format = QStringLiteral("auto"); // auto, fec, facturx, ubl, csv
    QString mode = QStringLiteral("delta");  // stock or delta
    QString csvMapping;                      // name of a saved CSV column mapping (--mapping)
};

class Importer final
{
public:
    // done and total are bytes over all the files; returning false cancels (rollback, nothing written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Bytes read so far in the file being parsed; returning false cancels.
    using ParseProgress = std::function<bool(qint64 bytesRead)>;
    // One parser: the batch read from one file. Registered by format key in the table in Importer.cpp.
    using ParserFn = std::function<ImportBatch(const QString &path, const ImportOptions &options,
                                               const ParseProgress &progress)>;

    explicit Importer(Database &db) : m_db(db) {}

    ImportReport run(const QStringList &files, const ImportOptions &options, const Progress &progress = {});
    // The second half of run(), for batches parsed already (a preview the user confirmed, a PDF dropped as bytes):
    // refused whole if any batch has errors. options.format is not used.
    ImportReport apply(const QList<ImportBatch> &batches, const ImportOptions &options, const Progress &progress = {});

    // The format of one file from its first bytes: "facturx" (PDF, or XML whose root is CrossIndustryInvoice),
    // "ubl" (XML Invoice or CreditNote), "fec" (a JournalCode… header) or "csv". Empty, with a French reason in
    // *error, when the file cannot be read or is XML but no invoice.
    static QString detectFormat(const QString &path, QString *error = nullptr);
    static QStringList formats(); // what --format accepts: auto, fec, facturx, ubl, csv
    static QStringList modes();   // stock, delta
    // The parser registered for `format`, or an empty function.
    static ParserFn parserFor(const QString &format);

private:
    void applyParsed(const QList<ImportBatch> &batches, const QStringList &hashes, const ImportOptions &options,
                     const Progress &progress, qint64 total, ImportReport &report);

    Database &m_db;
};
