#pragma once
// ActionRepository: planned and completed reminders (the calendar's output and the record of what was done).

#include "Action.h"
#include "Database.h"
#include "LinkTable.h"
#include "Result.h"

#include <QHash>

class ActionRepository final
{
public:
    explicit ActionRepository(Database &db) : m_db(db), m_links(db, QStringLiteral("action_invoices"), QStringLiteral("action_id")) {}

    Status insert(Action &action);
    Status update(const Action &action);
    std::optional<Action> findById(qint64 id);
    // Actions planned in [from, to], any status, ordered by date then customer.
    QList<Action> between(const QDate &from, const QDate &to);
    // These actions (those that exist), with their invoices, in between() order.
    QList<Action> withIds(const QList<qint64> &ids);
    // Planned (not done) actions dated before `day`: the ones to carry forward.
    QList<Action> overdue(const QDate &day);
    QList<Action> forCustomer(qint64 customerId);

private:
    QList<Action> select(const QString &where, const QVariantList &binds, bool withInvoices = true);

    Database &m_db;
    LinkTable m_links;
};
