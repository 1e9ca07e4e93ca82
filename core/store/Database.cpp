#include "Database.h"

#include "Clock.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

namespace {
QAtomicInt s_connectionCounter;

QString describe(const QSqlError &e)
{
    QString s = e.databaseText();
    if (s.isEmpty())
        s = e.text();
    return s;
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("encaisse-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database() { close(); }

Status Database::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Status::failure(QStringLiteral("%1 : impossible de créer le dossier %2").arg(path, info.absolutePath()));
    if (info.exists() && info.isDir())
        return Status::failure(QStringLiteral("%1 : c'est un dossier, pas un fichier de base de données").arg(path));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return Status::failure(QStringLiteral("%1 : ouverture impossible (%2)").arg(path, describe(m_db.lastError())));
    m_dialect = SqlDialect::SQLite;

    // Refuse a file that is not SQLite before anything writes to it.
    {
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QString why = describe(probe.lastError());
            probe = QSqlQuery();
            close();
            return Status::failure(QStringLiteral("%1 : ce n'est pas une base Encaisse lisible (%2)").arg(path, why));
        }
    }
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
                               "PRAGMA synchronous = NORMAL"}) {
        if (auto s = exec(QString::fromLatin1(pragma)); !s)
            return s;
    }
    if (auto s = migrate(); !s) {
        close();
        return s;
    }
    return {};
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const { return m_db.isValid() && m_db.isOpen(); }

QSqlQuery Database::query(const QString &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qWarning("SQL prepare failed: %s (%s)", qPrintable(sql), qPrintable(describe(q.lastError())));
    return q;
}

Status Database::exec(QSqlQuery &q)
{
    if (!q.exec())
        return Status::failure(QStringLiteral("erreur de base de données : %1 (requête : %2)")
                                   .arg(describe(q.lastError()), q.lastQuery().left(120)));
    return {};
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Status::failure(QStringLiteral("erreur de base de données : %1 (requête : %2)")
                                   .arg(describe(q.lastError()), sql.left(120)));
    return {};
}

Status Database::begin()
{
    if (!m_db.transaction())
        return Status::failure(QStringLiteral("transaction impossible : %1").arg(describe(m_db.lastError())));
    return {};
}

Status Database::commit()
{
    if (!m_db.commit()) {
        const QString why = describe(m_db.lastError());
        m_db.rollback();
        return Status::failure(QStringLiteral("enregistrement impossible : %1").arg(why));
    }
    return {};
}

void Database::rollback() { m_db.rollback(); }

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString Database::meta(const QString &key)
{
    QSqlQuery q = query(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

Status Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q = query(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q);
}

Status Database::copyBeforeMigration(int fromVersion)
{
    m_lastBackup.clear();
    if (fromVersion == 0)
        return {}; // a new, empty file: nothing to keep
    // Fold the WAL into the main file so that the copy holds everything.
    if (auto s = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
        return s;
    const QString stamp = Clock::instance().now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(fromVersion).arg(stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.v%2-%3-%4.bak").arg(m_path).arg(fromVersion).arg(stamp).arg(n);
    if (!QFile::copy(m_path, target))
        return Status::failure(QStringLiteral("%1 : copie de sauvegarde impossible vers %2 avant la mise à jour du schéma")
                                   .arg(m_path, target));
    m_lastBackup = target;
    return {};
}

Status Database::migrate(int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = Schema::latestVersion();
    if (auto s = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")); !s)
        return s;
    const int current = schemaVersion();
    if (current > Schema::latestVersion())
        return Status::failure(QStringLiteral("%1 : schéma version %2, plus récent que cette version d'Encaisse (%3) ;"
                                              " mettez Encaisse à jour")
                                   .arg(m_path).arg(current).arg(Schema::latestVersion()));
    if (current >= targetVersion)
        return {};
    if (auto s = copyBeforeMigration(current); !s)
        return s;

    Transaction tx(*this);
    if (!tx.status().ok())
        return tx.status();
    for (const Migration &m : Schema::migrations()) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        for (const QString &statement : m.statements) {
            for (const QString &sql : Schema::expand(statement, m_dialect)) {
                if (auto s = exec(sql); !s)
                    return Status::failure(QStringLiteral("%1 : migration %2 (%3) échouée : %4")
                                               .arg(m_path).arg(m.version).arg(m.description, s.error()));
            }
        }
        if (auto s = setMeta(QStringLiteral("schema_version"), QString::number(m.version)); !s)
            return s;
    }
    return tx.commit();
}

QStringList Database::integrityProblems()
{
    QStringList problems;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok")
                problems << line;
        }
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            problems << QStringLiteral("clé étrangère rompue : table %1, ligne %2 → %3")
                            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    return problems;
}

Status Database::backupTo(const QString &target)
{
    if (QFile::exists(target))
        return Status::failure(QStringLiteral("%1 existe déjà").arg(target));
    QSqlQuery q = query(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    return exec(q);
}

namespace Sql {

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate toDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QVariant text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

QVariant timestamp(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime toTimestamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

} // namespace Sql
