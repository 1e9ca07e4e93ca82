#include "EventJournal.h"

#include "Clock.h"

#include <QJsonDocument>

Status EventJournal::append(Event &event)
{
    if (!event.occurredAt.isValid())
        event.occurredAt = Clock::instance().now();
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO events (occurred_at, customer_id, invoice_id, kind, summary, details,"
                                            " actor) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(Sql::timestamp(event.occurredAt));
    q.addBindValue(event.customerId ? QVariant(event.customerId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(event.invoiceId ? QVariant(event.invoiceId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(event.kind);
    q.addBindValue(Sql::text(event.summary));
    q.addBindValue(QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
    q.addBindValue(Sql::text(event.actor));
    if (auto s = m_db.exec(q); !s)
        return s;
    q.next();
    event.id = q.value(0).toLongLong();
    return {};
}

Status EventJournal::appendPerInvoice(Event event, const QList<qint64> &invoiceIds)
{
    if (invoiceIds.isEmpty())
        return append(event);
    for (qint64 id : invoiceIds) {
        Event e = event;
        e.invoiceId = id;
        if (auto s = append(e); !s)
            return s;
    }
    return {};
}

QList<Event> EventJournal::select(const QString &where, const QVariantList &binds)
{
    QList<Event> list;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, occurred_at, customer_id, invoice_id, kind, summary, details, actor"
                                            " FROM events WHERE ")
                             + where + QStringLiteral(" ORDER BY occurred_at DESC, id DESC"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!m_db.exec(q))
        return list;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.occurredAt = Sql::toTimestamp(q.value(1));
        e.customerId = q.value(2).toLongLong();
        e.invoiceId = q.value(3).toLongLong();
        e.kind = q.value(4).toString();
        e.summary = q.value(5).toString();
        e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.actor = q.value(7).toString();
        list << e;
    }
    return list;
}

QList<Event> EventJournal::forCustomer(qint64 customerId) { return select(QStringLiteral("customer_id = ?"), {customerId}); }

QList<Event> EventJournal::forInvoice(qint64 invoiceId) { return select(QStringLiteral("invoice_id = ?"), {invoiceId}); }

int EventJournal::count()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT count(*) FROM events"));
    if (!m_db.exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}
