#include "EcbRateRepository.h"

Result<EcbRateTable> EcbRateRepository::load()
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT in_force_from, rate_bp FROM ecb_rates ORDER BY in_force_from"));
    if (auto s = m_db.exec(q); !s)
        return Result<EcbRateTable>::failure(s.error());
    EcbRateTable table;
    while (q.next())
        table.add(Sql::toDate(q.value(0)), q.value(1).toInt());
    if (!table.isEmpty())
        return table;
    table = EcbRateTable::defaults();
    if (auto s = save(table); !s)
        return Result<EcbRateTable>::failure(s.error());
    return table;
}

Status EcbRateRepository::save(const EcbRateTable &table)
{
    if (auto s = m_db.exec(QStringLiteral("DELETE FROM ecb_rates")); !s)
        return s;
    QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO ecb_rates (in_force_from, rate_bp) VALUES (?, ?)"));
    for (const EcbRateTable::Entry &e : table.entries()) {
        q.addBindValue(e.inForceFrom.toString(Qt::ISODate));
        q.addBindValue(e.rateBp);
        if (auto s = m_db.exec(q); !s)
            return s;
    }
    return {};
}
