#pragma once
// InvoiceRepository: invoices, credit notes and opening balances, with their attached PDF.

#include "Database.h"
#include "Invoice.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <optional>

// An invoice with its customer's code and name, as lists and exports show it.
struct InvoiceRow
{
    Invoice invoice;
    QString customerCode;
    QString customerName;
    bool disputed = false; // an open dispute is attached
};

struct InvoiceFilter
{
    bool openOnly = false;
    qint64 customerId = 0; // 0: all customers
    QDate dueBefore;       // only invoices due strictly before this day (late ones)
};

class InvoiceRepository final
{
public:
    explicit InvoiceRepository(Database &db) : m_db(db) {}

    Status insert(Invoice &invoice);
    Status update(const Invoice &invoice);
    Status setOpenAmount(qint64 invoiceId, qint64 openCents, Invoice::Status status);
    std::optional<Invoice> findById(qint64 id);
    // The invoices among `ids` that exist, in one query whatever the number of ids.
    QHash<qint64, Invoice> findByIds(const QList<qint64> &ids);
    std::optional<Invoice> find(qint64 customerId, const QString &number, Invoice::Kind kind);
    QList<Invoice> forCustomer(qint64 customerId, bool openOnly = false);
    QList<InvoiceRow> list(const InvoiceFilter &filter = {});
    int count();

    Status attachPdf(qint64 invoiceId, const QString &fileName, const QByteArray &data);
    QByteArray pdf(qint64 invoiceId, QString *fileName = nullptr);

private:
    Database &m_db;
};
