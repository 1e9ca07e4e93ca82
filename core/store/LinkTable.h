#pragma once
// LinkTable: the many-to-many "X covers these invoices" tables (action_invoices, promise_invoices, letter_invoices).

#include "Database.h"

#include <QHash>
#include <QList>

class LinkTable final
{
public:
    LinkTable(Database &db, QString table, QString ownerColumn)
        : m_db(db), m_table(std::move(table)), m_owner(std::move(ownerColumn)) {}

    Status replace(qint64 ownerId, const QList<qint64> &invoiceIds);
    QList<qint64> invoicesOf(qint64 ownerId);
    // All links at once, for list queries that would otherwise ask once per row.
    QHash<qint64, QList<qint64>> all();

private:
    Database &m_db;
    QString m_table;
    QString m_owner;
};
