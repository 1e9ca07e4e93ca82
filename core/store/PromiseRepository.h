#pragma once
// PromiseRepository: promises to pay and the invoices they cover.

#include "Database.h"
#include "LinkTable.h"
#include "Promise.h"
#include "Result.h"

class PromiseRepository final
{
public:
    explicit PromiseRepository(Database &db) : m_db(db), m_links(db, QStringLiteral("promise_invoices"), QStringLiteral("promise_id")) {}

    Status insert(Promise &promise);
    Status setStatus(qint64 promiseId, Promise::Status status);
    QList<Promise> forCustomer(qint64 customerId);
    QList<Promise> open();
    // The open promises dated on or before `day`: the ones to check.
    QList<Promise> openDueBy(const QDate &day);

private:
    QList<Promise> select(const QString &where, const QVariantList &binds);

    Database &m_db;
    LinkTable m_links;
};
