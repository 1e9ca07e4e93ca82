#pragma once
// Schema: the ordered list of migrations; each one is a list of SQL statements written once for both dialects.

#include <QString>
#include <QStringList>
#include <vector>

enum class SqlDialect { SQLite, PostgreSQL };

struct Migration
{
    int version;
    QString description;
    QStringList statements; // may contain %PK%, %BLOB% and %APPEND_ONLY(table)% macros expanded per dialect
};

namespace Schema {
const std::vector<Migration> &migrations();
int latestVersion();
// Expands the dialect macros of one statement; may yield several statements (triggers).
QStringList expand(const QString &statement, SqlDialect dialect);
}
