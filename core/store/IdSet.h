#pragma once
// IdSet: "column IN (these ids)" with one bound parameter (the ids as a JSON array), for the batch reads that would
// otherwise ask once per row; any number of ids, still a bound parameter.

#include "Database.h"
#include "Schema.h"

#include <QList>
#include <QString>

namespace IdSet {

inline QString in(const QString &column, SqlDialect dialect)
{
    return dialect == SqlDialect::SQLite ? column + QStringLiteral(" IN (SELECT value FROM json_each(?))")
                                         : column + QStringLiteral(" IN (SELECT json_array_elements_text(?::json)::bigint)");
}

// The value to bind for in().
inline QString json(const QList<qint64> &ids)
{
    QString text = QStringLiteral("[");
    text.reserve(ids.size() * 7 + 2);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            text += u',';
        text += QString::number(ids.at(i));
    }
    return text + u']';
}

// Prepares `sql` followed by in(column), binds the ids and runs it into `q`; false (nothing run) when there are no
// ids or the query failed. For batch reads: `if (!IdSet::select(db, q, "SELECT ... WHERE ", "id", ids)) return map;`
inline bool select(Database &db, QSqlQuery &q, const QString &sql, const QString &column, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return false;
    q = db.query(sql + in(column, db.dialect()));
    q.addBindValue(json(ids));
    return static_cast<bool>(db.exec(q));
}

} // namespace IdSet
