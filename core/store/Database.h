#pragma once
// Database: one open store (SQLite file), migrated to the latest schema, with transactions and backups.

#include "Result.h"
#include "Schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

class Database final
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the SQLite file, turns WAL and foreign keys on and migrates it.
    Status open(const QString &path);
    void close();
    bool isOpen() const;

    QSqlDatabase &connection() { return m_db; }
    QString path() const { return m_path; }
    SqlDialect dialect() const { return m_dialect; }
    int schemaVersion();
    // Path of the copy made before the last migration of an existing file, empty if none was needed.
    QString lastBackupPath() const { return m_lastBackup; }

    // Prepared query on this connection; errors come back through exec(query).
    QSqlQuery query(const QString &sql);
    // Runs a prepared query; on failure returns a message naming the statement.
    Status exec(QSqlQuery &q);
    Status exec(const QString &sql);

    Status begin();
    Status commit();
    void rollback();

    // PRAGMA integrity_check and foreign_key_check: empty on a sound file, else the problems found.
    QStringList integrityProblems();
    // A consistent copy of the whole database at `target` (VACUUM INTO).
    Status backupTo(const QString &target);

    // meta table access (schema_version and small facts about the file).
    QString meta(const QString &key);
    Status setMeta(const QString &key, const QString &value);

    // Migrates to `targetVersion` (latest by default). Public for tests that build older versions.
    Status migrate(int targetVersion = -1);

private:
    Status copyBeforeMigration(int fromVersion);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_lastBackup;
    SqlDialect m_dialect = SqlDialect::SQLite;
};

// Scoped transaction: rolls back unless commit() was called.
class Transaction final
{
public:
    explicit Transaction(Database &db) : m_db(db), m_status(db.begin()) {}
    ~Transaction()
    {
        if (m_status.ok() && !m_done)
            m_db.rollback();
    }
    const Status &status() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_status.ok() ? m_db.commit() : m_status;
    }

private:
    Database &m_db;
    Status m_status;
    bool m_done = false;
};

// Helpers to bind and read the portable column types.
namespace Sql {
QVariant date(const QDate &d);           // NULL for an invalid date
QDate toDate(const QVariant &v);
QVariant text(const QString &s);         // never NULL
QVariant timestamp(const QDateTime &t);  // ISO 8601 with seconds, NULL when invalid
QDateTime toTimestamp(const QVariant &v);
}
