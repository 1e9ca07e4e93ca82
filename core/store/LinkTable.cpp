#include "LinkTable.h"

Status LinkTable::replace(qint64 ownerId, const QList<qint64> &invoiceIds)
{
    // Table and column names are fixed by the repositories, never user input.
    QSqlQuery del = m_db.query(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_table, m_owner));
    del.addBindValue(ownerId);
    if (auto s = m_db.exec(del); !s)
        return s;
    QSqlQuery ins = m_db.query(QStringLiteral("INSERT INTO %1 (%2, invoice_id) VALUES (?, ?)").arg(m_table, m_owner));
    for (qint64 id : invoiceIds) {
        ins.addBindValue(ownerId);
        ins.addBindValue(id);
        if (auto s = m_db.exec(ins); !s)
            return s;
    }
    return {};
}

QList<qint64> LinkTable::invoicesOf(qint64 ownerId)
{
    QList<qint64> ids;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT invoice_id FROM %1 WHERE %2 = ? ORDER BY invoice_id").arg(m_table, m_owner));
    q.addBindValue(ownerId);
    if (!m_db.exec(q))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QHash<qint64, QList<qint64>> LinkTable::all()
{
    QHash<qint64, QList<qint64>> map;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT %2, invoice_id FROM %1 ORDER BY %2, invoice_id").arg(m_table, m_owner));
    if (!m_db.exec(q))
        return map;
    while (q.next())
        map[q.value(0).toLongLong()] << q.value(1).toLongLong();
    return map;
}
