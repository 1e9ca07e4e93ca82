#pragma once
// IdSet: "column IN (these ids)" with one bound parameter (the ids as a JSON array), for the batch reads that would
// otherwise ask once per row; any number of ids, still a bound parameter.

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

} // namespace IdSet
