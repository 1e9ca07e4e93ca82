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
    // One query: each promise with its invoice links (one row per link, the promise's columns read once). The link
    // table has no column of its own but the two ids, so `where` names the promise's columns unambiguously.
    QList<Promise> list;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT p.id, p.customer_id, p.made_on, p.promised_date, p.amount_cents,"
                                            " p.means, p.status, p.action_id, p.comment, pi.invoice_id FROM promises p"
                                            " LEFT JOIN promise_invoices pi ON pi.promise_id = p.id WHERE ")
                             + where + QStringLiteral(" ORDER BY p.promised_date, p.id, pi.invoice_id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!m_db.exec(q))
        return list;
    qint64 previousId = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (list.isEmpty() || id != previousId) {
            previousId = id;
            Promise p;
            p.id = id;
            p.customerId = q.value(1).toLongLong();
            p.madeOn = Sql::toDate(q.value(2));
            p.promisedDate = Sql::toDate(q.value(3));
            p.amountCents = q.value(4).toLongLong();
            p.means = q.value(5).toString();
            p.status = Promise::statusFromKey(q.value(6).toString());
            p.actionId = q.value(7).toLongLong();
            p.comment = q.value(8).toString();
            list << std::move(p);
        }
        if (const QVariant link = q.value(9); !link.isNull())
            list.last().invoiceIds << link.toLongLong();
    }
    return list;
}

QList<Promise> PromiseRepository::forCustomer(qint64 customerId) { return select(QStringLiteral("customer_id = ?"), {customerId}); }

QList<Promise> PromiseRepository::open() { return select(QStringLiteral("status = 'open'"), {}); }

QList<Promise> PromiseRepository::openDueBy(const QDate &day)
{
    return select(QStringLiteral("status = 'open' AND p.promised_date <= ?"), {day.toString(Qt::ISODate)});
}
