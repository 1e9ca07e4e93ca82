#include "DisputeRepository.h"

Status DisputeRepository::insert(Dispute &dispute)
{
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO disputes (customer_id, invoice_id, category, opened_on,"
                                            " resolved_on, resolution, comment) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(dispute.customerId);
    q.addBindValue(dispute.invoiceId);
    q.addBindValue(dispute.category);
    q.addBindValue(dispute.openedOn.toString(Qt::ISODate));
    q.addBindValue(Sql::date(dispute.resolvedOn));
    q.addBindValue(Sql::text(dispute.resolution));
    q.addBindValue(Sql::text(dispute.comment));
    if (auto s = m_db.exec(q); !s)
        return s;
    q.next();
    dispute.id = q.value(0).toLongLong();
    return {};
}

Status DisputeRepository::resolve(qint64 disputeId, const QDate &on, const QString &resolution)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE disputes SET resolved_on = ?, resolution = ? WHERE id = ?"));
    q.addBindValue(on.toString(Qt::ISODate));
    q.addBindValue(Sql::text(resolution));
    q.addBindValue(disputeId);
    return m_db.exec(q);
}

QList<Dispute> DisputeRepository::select(const QString &where, const QVariantList &binds)
{
    QList<Dispute> list;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, customer_id, invoice_id, category, opened_on, resolved_on,"
                                            " resolution, comment FROM disputes WHERE ")
                             + where + QStringLiteral(" ORDER BY opened_on, id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        Dispute d;
        d.id = q.value(0).toLongLong();
        d.customerId = q.value(1).toLongLong();
        d.invoiceId = q.value(2).toLongLong();
        d.category = q.value(3).toString();
        d.openedOn = Sql::toDate(q.value(4));
        d.resolvedOn = Sql::toDate(q.value(5));
        d.resolution = q.value(6).toString();
        d.comment = q.value(7).toString();
        list << d;
    }
    return list;
}

QList<Dispute> DisputeRepository::forCustomer(qint64 customerId) { return select(QStringLiteral("customer_id = ?"), {customerId}); }

QList<Dispute> DisputeRepository::open() { return select(QStringLiteral("resolved_on IS NULL"), {}); }
