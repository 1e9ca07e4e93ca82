#include "InvoiceRepository.h"

#include "IdSet.h"

namespace {

const QString InvoiceColumns = QStringLiteral(
    "i.id, i.customer_id, i.number, i.kind, i.issue_date, i.due_date, i.currency, i.amount_excl_cents,"
    " i.amount_cents, i.open_cents, i.status, i.source_file, i.pdf_file_name");

Invoice fromRow(const QSqlQuery &q, int i = 0)
{
    Invoice inv;
    inv.id = q.value(i++).toLongLong();
    inv.customerId = q.value(i++).toLongLong();
    inv.number = q.value(i++).toString();
    inv.kind = Invoice::kindFromKey(q.value(i++).toString()).value_or(Invoice::Kind::Invoice);
    inv.issueDate = Sql::toDate(q.value(i++));
    inv.dueDate = Sql::toDate(q.value(i++));
    inv.currency = q.value(i++).toString();
    inv.amountExclCents = q.value(i++).toLongLong();
    inv.amountCents = q.value(i++).toLongLong();
    inv.openCents = q.value(i++).toLongLong();
    inv.status = Invoice::statusFromKey(q.value(i++).toString()).value_or(Invoice::Status::Open);
    inv.sourceFile = q.value(i++).toString();
    inv.pdfFileName = q.value(i++).toString();
    return inv;
}

void bindInvoice(QSqlQuery &q, const Invoice &inv)
{
    q.addBindValue(inv.customerId);
    q.addBindValue(inv.number);
    q.addBindValue(Invoice::kindKey(inv.kind));
    q.addBindValue(inv.issueDate.toString(Qt::ISODate));
    q.addBindValue(inv.dueDate.toString(Qt::ISODate));
    q.addBindValue(inv.currency);
    q.addBindValue(inv.amountExclCents);
    q.addBindValue(inv.amountCents);
    q.addBindValue(inv.openCents);
    q.addBindValue(Invoice::statusKey(inv.status));
    q.addBindValue(Sql::text(inv.sourceFile));
    q.addBindValue(Sql::text(inv.pdfFileName));
}

} // namespace

Status InvoiceRepository::insert(Invoice &invoice)
{
    if (!invoice.issueDate.isValid() || !invoice.dueDate.isValid())
        return Status::failure(QStringLiteral("facture %1 : date d'émission ou d'échéance manquante").arg(invoice.number));
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO invoices (customer_id, number, kind, issue_date, due_date, currency, amount_excl_cents,"
        " amount_cents, open_cents, status, source_file, pdf_file_name)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindInvoice(q, invoice);
    if (auto s = m_db.exec(q); !s)
        return Status::failure(QStringLiteral("facture %1 : %2").arg(invoice.number, s.error()));
    q.next();
    invoice.id = q.value(0).toLongLong();
    return {};
}

Status InvoiceRepository::update(const Invoice &invoice)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE invoices SET customer_id = ?, number = ?, kind = ?, issue_date = ?, due_date = ?, currency = ?,"
        " amount_excl_cents = ?, amount_cents = ?, open_cents = ?, status = ?, source_file = ?, pdf_file_name = ?"
        " WHERE id = ?"));
    bindInvoice(q, invoice);
    q.addBindValue(invoice.id);
    if (auto s = m_db.exec(q); !s)
        return Status::failure(QStringLiteral("facture %1 : %2").arg(invoice.number, s.error()));
    return {};
}

Status InvoiceRepository::setOpenAmount(qint64 invoiceId, qint64 openCents, Invoice::Status status)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE invoices SET open_cents = ?, status = ? WHERE id = ?"));
    q.addBindValue(openCents);
    q.addBindValue(Invoice::statusKey(status));
    q.addBindValue(invoiceId);
    return m_db.exec(q);
}

std::optional<Invoice> InvoiceRepository::findById(qint64 id)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT ") + InvoiceColumns + QStringLiteral(" FROM invoices i WHERE i.id = ?"));
    q.addBindValue(id);
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QHash<qint64, Invoice> InvoiceRepository::findByIds(const QList<qint64> &ids)
{
    QHash<qint64, Invoice> map;
    QSqlQuery q;
    if (!IdSet::select(m_db, q, QStringLiteral("SELECT ") + InvoiceColumns + QStringLiteral(" FROM invoices i WHERE "),
                       QStringLiteral("i.id"), ids))
        return map;
    map.reserve(ids.size());
    while (q.next()) {
        Invoice inv = fromRow(q);
        map.insert(inv.id, std::move(inv));
    }
    return map;
}

std::optional<Invoice> InvoiceRepository::find(qint64 customerId, const QString &number, Invoice::Kind kind)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT ") + InvoiceColumns
                             + QStringLiteral(" FROM invoices i WHERE i.customer_id = ? AND i.number = ? AND i.kind = ?"));
    q.addBindValue(customerId);
    q.addBindValue(number);
    q.addBindValue(Invoice::kindKey(kind));
    if (!m_db.exec(q) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<Invoice> InvoiceRepository::forCustomer(qint64 customerId, bool openOnly)
{
    QList<Invoice> list;
    QString sql = QStringLiteral("SELECT ") + InvoiceColumns + QStringLiteral(" FROM invoices i WHERE i.customer_id = ?");
    if (openOnly)
        sql += QStringLiteral(" AND i.status IN ('open', 'partially_paid')");
    sql += QStringLiteral(" ORDER BY i.due_date, i.number");
    QSqlQuery q = m_db.query(sql);
    q.addBindValue(customerId);
    if (!m_db.exec(q))
        return list;
    while (q.next())
        list << fromRow(q);
    return list;
}

QList<InvoiceRow> InvoiceRepository::list(const InvoiceFilter &filter)
{
    QList<InvoiceRow> rows;
    QString sql = QStringLiteral("SELECT ") + InvoiceColumns
                  + QStringLiteral(", c.code, c.name, EXISTS (SELECT 1 FROM disputes d WHERE d.invoice_id = i.id"
                                   " AND d.resolved_on IS NULL)"
                                   " FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE 1 = 1");
    QVariantList binds;
    if (filter.openOnly)
        sql += QStringLiteral(" AND i.status IN ('open', 'partially_paid')");
    if (filter.customerId) {
        sql += QStringLiteral(" AND i.customer_id = ?");
        binds << filter.customerId;
    }
    if (filter.dueBefore.isValid()) {
        sql += QStringLiteral(" AND i.due_date < ?");
        binds << filter.dueBefore.toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY c.code, i.issue_date, i.number");
    QSqlQuery q = m_db.query(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!m_db.exec(q))
        return rows;
    while (q.next()) {
        InvoiceRow r;
        r.invoice = fromRow(q);
        r.customerCode = q.value(13).toString();
        r.customerName = q.value(14).toString();
        r.disputed = q.value(15).toInt() != 0;
        rows << r;
    }
    return rows;
}

int InvoiceRepository::count()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT count(*) FROM invoices"));
    if (!m_db.exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Status InvoiceRepository::attachPdf(qint64 invoiceId, const QString &fileName, const QByteArray &data)
{
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO invoice_documents (invoice_id, file_name, data) VALUES (?, ?, ?)"
                                            " ON CONFLICT (invoice_id) DO UPDATE SET file_name = excluded.file_name,"
                                            " data = excluded.data"));
    q.addBindValue(invoiceId);
    q.addBindValue(fileName);
    q.addBindValue(data);
    if (auto s = m_db.exec(q); !s)
        return s;
    QSqlQuery u = m_db.query(QStringLiteral("UPDATE invoices SET pdf_file_name = ? WHERE id = ?"));
    u.addBindValue(fileName);
    u.addBindValue(invoiceId);
    return m_db.exec(u);
}

QByteArray InvoiceRepository::pdf(qint64 invoiceId, QString *fileName)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT file_name, data FROM invoice_documents WHERE invoice_id = ?"));
    q.addBindValue(invoiceId);
    if (!m_db.exec(q) || !q.next())
        return {};
    if (fileName)
        *fileName = q.value(0).toString();
    return q.value(1).toByteArray();
}
