#include "ActionRepository.h"

#include "IdSet.h"

#include <QHash>

#include <algorithm>

namespace {
// Column order shared by INSERT and UPDATE.
void bindAction(QSqlQuery &q, const Action &action)
{
    q.addBindValue(action.customerId);
    q.addBindValue(action.plannedDate.toString(Qt::ISODate));
    q.addBindValue(action.step);
    q.addBindValue(action.channel);
    q.addBindValue(Action::statusKey(action.status));
    q.addBindValue(action.amountCents);
    q.addBindValue(Sql::timestamp(action.doneAt));
    q.addBindValue(Sql::text(action.outcome));
    q.addBindValue(Sql::text(action.comment));
    q.addBindValue(Sql::date(action.scheduledDate.isValid() ? action.scheduledDate : action.plannedDate));
    q.addBindValue(action.pinned ? 1 : 0);
}
} // namespace

Status ActionRepository::insert(Action &action)
{
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO actions (customer_id, planned_date, step, channel, status,"
                                            " amount_cents, done_at, outcome, comment, scheduled_date, pinned)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindAction(q, action);
    if (auto s = m_db.exec(q); !s)
        return s;
    q.next();
    action.id = q.value(0).toLongLong();
    return m_links.replace(action.id, action.invoiceIds);
}

Status ActionRepository::update(const Action &action)
{
    QSqlQuery q = m_db.query(QStringLiteral("UPDATE actions SET customer_id = ?, planned_date = ?, step = ?, channel = ?,"
                                            " status = ?, amount_cents = ?, done_at = ?, outcome = ?, comment = ?,"
                                            " scheduled_date = ?, pinned = ? WHERE id = ?"));
    bindAction(q, action);
    q.addBindValue(action.id);
    if (auto s = m_db.exec(q); !s)
        return s;
    return m_links.replace(action.id, action.invoiceIds);
}

QList<Action> ActionRepository::select(const QString &where, const QVariantList &binds, bool withInvoices)
{
    QList<Action> list;
    // Sorted here, not by SQLite: a day of a big file has thousands of actions, and sorting the rows with all their
    // columns in a temporary b-tree costs more than sorting the parsed list (same total order: the id breaks ties).
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, customer_id, planned_date, step, channel, status, amount_cents,"
                                            " done_at, outcome, comment, scheduled_date, pinned FROM actions WHERE ")
                             + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!m_db.exec(q))
        return list;
    // Many actions share a day and a status: each distinct text is parsed once.
    QHash<QString, QDate> dates;
    const auto date = [&dates](const QVariant &v) {
        if (v.isNull())
            return QDate();
        const QString text = v.toString();
        auto it = dates.constFind(text);
        if (it == dates.constEnd())
            it = dates.insert(text, Sql::toDate(v));
        return *it;
    };
    while (q.next()) {
        Action a;
        a.id = q.value(0).toLongLong();
        a.customerId = q.value(1).toLongLong();
        a.plannedDate = date(q.value(2));
        a.step = q.value(3).toString();
        a.channel = q.value(4).toString();
        a.status = Action::statusFromKey(q.value(5).toString());
        a.amountCents = q.value(6).toLongLong();
        a.doneAt = Sql::toTimestamp(q.value(7));
        a.outcome = q.value(8).toString();
        a.comment = q.value(9).toString();
        a.scheduledDate = date(q.value(10));
        a.pinned = q.value(11).toInt() != 0;
        list << std::move(a);
    }
    std::sort(list.begin(), list.end(), [](const Action &a, const Action &b) {
        if (a.plannedDate != b.plannedDate)
            return a.plannedDate < b.plannedDate;
        if (a.customerId != b.customerId)
            return a.customerId < b.customerId;
        return a.id < b.id;
    });
    if (!withInvoices)
        return list;
    // One query for all the links of the selected actions, not one per action.
    QHash<qint64, qsizetype> index;
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(list.at(i).id, i);
    QSqlQuery l = m_db.query(QStringLiteral("SELECT action_id, invoice_id FROM action_invoices WHERE action_id IN"
                                            " (SELECT id FROM actions WHERE ") + where
                             + QStringLiteral(") ORDER BY action_id, invoice_id"));
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

std::optional<Action> ActionRepository::findById(qint64 id)
{
    const auto list = select(QStringLiteral("id = ?"), {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Action> ActionRepository::between(const QDate &from, const QDate &to)
{
    return select(QStringLiteral("planned_date >= ? AND planned_date <= ?"),
                  {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

QList<Action> ActionRepository::withIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    return select(IdSet::in(QStringLiteral("id"), m_db.dialect()), {IdSet::json(ids)});
}

QList<Action> ActionRepository::overdue(const QDate &day)
{
    return select(QStringLiteral("planned_date < ? AND status = 'planned'"), {day.toString(Qt::ISODate)});
}

QList<Action> ActionRepository::forCustomer(qint64 customerId)
{
    return select(QStringLiteral("customer_id = ?"), {customerId});
}

