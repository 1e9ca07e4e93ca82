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
    // may contain %PK%, %BLOB%, %APPEND_ONLY(table)%, %PLAN_INPUT_FUNCTION% and %PLAN_INPUT(table)% (a write to the table
    // bumps plan_state.inputs_version) macros expanded per dialect
    QStringList statements;
};

namespace Schema {
const std::vector<Migration> &migrations();
int latestVersion();
// Expands the dialect macros of one statement; may yield several statements (triggers).
QStringList expand(const QString &statement, SqlDialect dialect);
}
