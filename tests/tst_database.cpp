// Database: a real SQLite file opened, migrated, re-opened, backed up and guarded.

#include "CustomerRepository.h"
#include "Database.h"
#include "EventJournal.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::prepareEnvironment(); }

    void freshFileGetsLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        Database db;
        const Status s = db.open(path);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(db.schemaVersion(), Schema::latestVersion());
        QVERIFY2(db.lastBackupPath().isEmpty(), "a new file needs no backup");

        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(db.integrityProblems().isEmpty());
    }

    void reopenKeepsDataAndMakesNoBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            Customer c;
            c.code = QStringLiteral("C1");
            c.name = QStringLiteral("Boulangerie Dupont");
            QVERIFY(CustomerRepository(db).insert(c).ok());
        }
        Database db;
        QVERIFY(db.open(path).ok());
        QVERIFY(db.lastBackupPath().isEmpty());
        QCOMPARE(CustomerRepository(db).count(), 1);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 0);
    }

    void migrationFromPreviousVersionBacksUpFirst()
    {
        if (Schema::latestVersion() < 2)
            QSKIP("only one schema version exists so far");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // Build the file at the previous version by hand, with data in it.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
            for (const Migration &m : Schema::migrations()) {
                if (m.version >= Schema::latestVersion())
                    break;
                for (const QString &st : m.statements)
                    for (const QString &sql : Schema::expand(st, SqlDialect::SQLite))
                        QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('schema_version', '%1')").arg(Schema::latestVersion() - 1)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (code, name) VALUES ('C9', 'Garage Lefèvre')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Database db;
        const Status s = db.open(path);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(db.schemaVersion(), Schema::latestVersion());
        QVERIFY(!db.lastBackupPath().isEmpty());
        QVERIFY(QFile::exists(db.lastBackupPath()));
        QCOMPARE(CustomerRepository(db).findByCode(QStringLiteral("C9"))->name, QStringLiteral("Garage Lefèvre"));
        // The backup is the file as it was: still at the previous version.
        {
            QSqlDatabase bak = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bak"));
            bak.setDatabaseName(db.lastBackupPath());
            QVERIFY(bak.open());
            QSqlQuery q(bak);
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next());
            QCOMPARE(q.value(0).toInt(), Schema::latestVersion() - 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bak"));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray content = QByteArray("Ceci n'est pas une base SQLite, juste un texte assez long pour l'en-tête.\n").repeated(20);
        f.write(content);
        f.close();
        Database db;
        const Status s = db.open(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(path), qPrintable(s.error()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content); // untouched
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.setMeta(QStringLiteral("schema_version"), QString::number(Schema::latestVersion() + 5)).ok());
        }
        Database db;
        const Status s = db.open(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("plus récent")), qPrintable(s.error()));
    }

    void journalIsAppendOnly()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("j.sqlite"))).ok());
        Event e;
        e.kind = QStringLiteral("note");
        e.summary = QStringLiteral("Appel à M. Durand");
        e.occurredAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
        EventJournal journal(db);
        QVERIFY(journal.append(e).ok());
        QVERIFY(e.id > 0);
        QVERIFY(!db.exec(QStringLiteral("UPDATE events SET summary = 'falsifié'")).ok());
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM events")).ok());
        QCOMPARE(journal.count(), 1);
        QCOMPARE(journal.forCustomer(0).size(), 0);
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("fk.sqlite"))).ok());
        const Status s = db.exec(QStringLiteral("INSERT INTO invoices (customer_id, number, kind, issue_date, due_date,"
                                                " amount_cents, open_cents, status) VALUES (999, 'F1', 'invoice',"
                                                " '2026-01-01', '2026-01-31', 100, 100, 'open')"));
        QVERIFY(!s.ok());
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("tx.sqlite"))).ok());
        {
            Transaction tx(db);
            QVERIFY(tx.status().ok());
            Customer c;
            c.code = QStringLiteral("C1");
            c.name = QStringLiteral("Perdu");
            QVERIFY(CustomerRepository(db).insert(c).ok());
        } // no commit
        QCOMPARE(CustomerRepository(db).count(), 0);
        {
            Transaction tx(db);
            Customer c;
            c.code = QStringLiteral("C2");
            c.name = QStringLiteral("Gardé");
            QVERIFY(CustomerRepository(db).insert(c).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(CustomerRepository(db).count(), 1);
    }

    void backupToMakesAConsistentCopy()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("src.sqlite"))).ok());
        Customer c;
        c.code = QStringLiteral("C1");
        c.name = QStringLiteral("Café de la Gare");
        QVERIFY(CustomerRepository(db).insert(c).ok());
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(db.backupTo(copy).ok());
        QVERIFY(!db.backupTo(copy).ok()); // never overwrites
        Database other;
        QVERIFY(other.open(copy).ok());
        QCOMPARE(CustomerRepository(other).findByCode(QStringLiteral("C1"))->name, QStringLiteral("Café de la Gare"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
