// The foundation's headless commands, run as the real `encaisse` binary on a real SQLite file.

#include "CustomerRepository.h"
#include "InvoiceRepository.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliFoundation final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    static QJsonArray jsonArray(const CommandResult &r)
    {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
        if (e.error != QJsonParseError::NoError)
            qWarning("not JSON: %s\n%s", qPrintable(e.errorString()), r.out.left(400).constData());
        return doc.array();
    }

    static QJsonObject byKey(const QJsonArray &a, const QString &key, const QString &value)
    {
        for (const QJsonValue &v : a)
            if (v.toObject().value(key).toString() == value)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::prepareEnvironment();
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        Database db;
        QVERIFY(db.open(m_db).ok());
        CustomerRepository customers(db);
        InvoiceRepository invoices(db);
        Customer a;
        a.code = QStringLiteral("C001");
        a.name = QStringLiteral("Boulangerie Dupont");
        a.siren = QStringLiteral("732829320");
        QVERIFY(customers.insert(a).ok());
        Customer b;
        b.code = QStringLiteral("C002");
        b.name = QStringLiteral("Garage Lefèvre");
        QVERIFY(customers.insert(b).ok());
        QVERIFY(customers.setProfile(a.id, PayerProfile::Negligent, QStringLiteral("paie après relance")).ok());

        auto add = [&](qint64 customer, const QString &number, Invoice::Kind kind, qint64 amount, qint64 open, QDate due) {
            Invoice i;
            i.customerId = customer;
            i.number = number;
            i.kind = kind;
            i.issueDate = due.addDays(-30);
            i.dueDate = due;
            i.amountCents = amount;
            i.amountExclCents = amount * 10 / 12;
            i.openCents = open;
            i.status = Invoice::statusFor(amount, open);
            QVERIFY(invoices.insert(i).ok());
        };
        add(a.id, QStringLiteral("FA-1"), Invoice::Kind::Invoice, 123456, 123456, QDate(2026, 11, 1));
        add(a.id, QStringLiteral("FA-2"), Invoice::Kind::Invoice, 50000, 0, QDate(2026, 10, 1));
        add(a.id, QStringLiteral("AV-1"), Invoice::Kind::CreditNote, -7470, -7470, QDate(2026, 11, 10));
        add(b.id, QStringLiteral("FA-3"), Invoice::Kind::Invoice, 99999, 40000, QDate(2026, 12, 20));
    }

    void version()
    {
        const auto r = TestSupport::runEncaisse({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("encaisse "));
    }

    void customersJson()
    {
        const auto r = TestSupport::runEncaisse({QStringLiteral("--db"), m_db, QStringLiteral("--today"),
                                                 QStringLiteral("2026-11-25"), QStringLiteral("customers"),
                                                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = jsonArray(r);
        QCOMPARE(a.size(), 2);
        const QJsonObject dupont = byKey(a, QStringLiteral("code"), QStringLiteral("C001"));
        QCOMPARE(dupont.value(QStringLiteral("name")).toString(), QStringLiteral("Boulangerie Dupont"));
        QCOMPARE(dupont.value(QStringLiteral("siren")).toString(), QStringLiteral("732829320"));
        QCOMPARE(dupont.value(QStringLiteral("open_balance")).toString(), QStringLiteral("1159.86")); // 1234.56 - 74.70
        QCOMPARE(dupont.value(QStringLiteral("open_invoices")).toInt(), 1);
        QCOMPARE(dupont.value(QStringLiteral("profile")).toString(), QStringLiteral("negligent"));
        QCOMPARE(dupont.value(QStringLiteral("overdue")).toString(), QStringLiteral("1234.56"));
        const QJsonObject lefevre = byKey(a, QStringLiteral("code"), QStringLiteral("C002"));
        QCOMPARE(lefevre.value(QStringLiteral("name")).toString(), QStringLiteral("Garage Lefèvre"));
        QVERIFY(lefevre.value(QStringLiteral("profile")).isNull());
        QCOMPARE(lefevre.value(QStringLiteral("open_balance")).toString(), QStringLiteral("400.00"));
    }

    void invoicesJsonAndFilters()
    {
        auto run = [&](QStringList extra) {
            QStringList args{QStringLiteral("invoices"), QStringLiteral("--db"), m_db, QStringLiteral("--json")};
            args << extra;
            return TestSupport::runEncaisse(args);
        };
        auto r = run({});
        QCOMPARE(r.exitCode, 0);
        QJsonArray all = jsonArray(r);
        QCOMPARE(all.size(), 4);
        const QJsonObject credit = byKey(all, QStringLiteral("number"), QStringLiteral("AV-1"));
        QCOMPARE(credit.value(QStringLiteral("kind")).toString(), QStringLiteral("credit_note"));
        QCOMPARE(credit.value(QStringLiteral("amount")).toString(), QStringLiteral("-74.70"));
        QCOMPARE(credit.value(QStringLiteral("customer")).toString(), QStringLiteral("C001"));
        const QJsonObject fa1 = byKey(all, QStringLiteral("number"), QStringLiteral("FA-1"));
        QCOMPARE(fa1.value(QStringLiteral("issue_date")).toString(), QStringLiteral("2026-10-02"));
        QCOMPARE(fa1.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(fa1.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(fa1.value(QStringLiteral("amount")).toString(), QStringLiteral("1234.56"));
        QCOMPARE(fa1.value(QStringLiteral("open_amount")).toString(), QStringLiteral("1234.56"));
        QCOMPARE(fa1.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(byKey(all, QStringLiteral("number"), QStringLiteral("FA-3")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("partially_paid"));

        r = run({QStringLiteral("--open")});
        QCOMPARE(jsonArray(r).size(), 3); // FA-2 is paid
        r = run({QStringLiteral("--customer"), QStringLiteral("C002")});
        QCOMPARE(jsonArray(r).size(), 1);
        r = run({QStringLiteral("--open"), QStringLiteral("--customer"), QStringLiteral("C001")});
        QCOMPARE(jsonArray(r).size(), 2);
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("customers"), QStringLiteral("--xml")} << QStringLiteral("--xml");
        QTest::newRow("missing value") << QStringList{QStringLiteral("invoices"), QStringLiteral("--customer")} << QStringLiteral("--customer");
        QTest::newRow("unknown customer") << QStringList{QStringLiteral("invoices"), QStringLiteral("--customer"), QStringLiteral("ZZZ")} << QStringLiteral("ZZZ");
        QTest::newRow("bad date") << QStringList{QStringLiteral("customers"), QStringLiteral("--today"), QStringLiteral("2026-13-45")} << QStringLiteral("2026-13-45");
        QTest::newRow("bad lang") << QStringList{QStringLiteral("customers"), QStringLiteral("--lang"), QStringLiteral("de")} << QStringLiteral("de");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("customers"), QStringLiteral("extra")} << QStringLiteral("extra");
    }

    void errorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        args << QStringLiteral("--db") << m_db;
        const auto r = TestSupport::runEncaisse(args);
        QVERIFY(r.exitCode != 0);
        const QString err = QString::fromUtf8(r.err).trimmed();
        QVERIFY2(!err.contains(u'\n'), qPrintable(err));
        QVERIFY2(err.contains(needle), qPrintable(err));
        QVERIFY(r.out.isEmpty());
    }

    void unreadableDatabaseIsReported()
    {
        const QString notADb = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(notADb);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const auto r = TestSupport::runEncaisse({QStringLiteral("customers"), QStringLiteral("--db"), notADb});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QString::fromUtf8(r.err).contains(notADb));
    }
};

QTEST_GUILESS_MAIN(TestCliFoundation)
#include "tst_cli_foundation.moc"
