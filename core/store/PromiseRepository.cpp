#include "PromiseRepository.h"

#include <QHash>

Status PromiseRepository::insert(Promise &promise)
{
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO promises (customer_id, made_on, promised_date, amount_cents, means,"
                                            " status, action_id, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(promise.customerId);
    q.addBindValue(promise.madeOn.toString(Qt::ISODate));
    q.addBindValue(promise.promisedDate.toString(Qt::ISODate));
    q.addBindValue(promise.amountCents);
    q.addBindValue(Sql::text(promise.means));
    q.addBindValue(Promise::statusKey(promise.status));
    q.addBindValue(promise.actionId ? QVariant(promise.actionId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(Sql::text(promise.comment));
    if (auto s = m_db.exec(q); !s)
        return s;
    q.next();
    promise.id = q.value(0).toLongLong();
    return m_links.replace(promise.id, promise.invoiceIds);
}

Status PromiseRepository::setStatus(qint64 promiseId, Promise::Status status)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE promises SET status = ? WHERE id = ?"));
    q.addBindValue(Promise::statusKey(status));
    q.addBindValue(promiseId);
    return m_db.exec(q);
}

QList<Promise> PromiseRepository::select(const QString &where, const QVariantList &binds)
{
    QList<Promise> list;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, customer_id, made_on, promised_date, amount_cents, means, status,"
                                            " action_id, comment FROM promises WHERE ")
                             + where + QStringLiteral(" ORDER BY promised_date, id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        Promise p;
        p.id = q.value(0).toLongLong();
        p.customerId = q.value(1).toLongLong();
        p.madeOn = Sql::toDate(q.value(2));
        p.promisedDate = Sql::toDate(q.value(3));
        p.amountCents = q.value(4).toLongLong();
        p.means = q.value(5).toString();
        p.status = Promise::statusFromKey(q.value(6).toString());
        p.actionId = q.value(7).toLongLong();
        p.comment = q.value(8).toString();
        list << p;
    }
    // One query for all the links of the selected promises, not one per promise.
    if (list.isEmpty())
        return list;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(list.at(i).id, i);
    QSqlQuery l = m_db.query(QStringLiteral("SELECT promise_id, invoice_id FROM promise_invoices WHERE promise_id IN"
                                            " (SELECT id FROM promises WHERE ") + where
                             + QStringLiteral(") ORDER BY promise_id, invoice_id"));
    for (const QVariant &v : binds)
        l.addBindValue(v);
    if (m_db.exec(l)) {
        while (l.next()) {
            const auto it = index.constFind(l.value(0).toLongLong());
            if (it != index.constEnd())
                list[*it].invoiceIds << l.value(1).toLongLong();
        }
    }
    return list;
}

QList<Promise> PromiseRepository::forCustomer(qint64 customerId) { return select(QStringLiteral("customer_id = ?"), {customerId}); }

QList<Promise> PromiseRepository::open() { return select(QStringLiteral("status = 'open'"), {}); }
