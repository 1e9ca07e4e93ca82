// The calendar's commands run as the real binary on a demo database: agenda, done, undo, classify, penalties.

#include "CustomerRepository.h"
#include "Database.h"
#include "InvoiceRepository.h"
#include "Money.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliCollection final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    const QString m_today = QStringLiteral("2026-11-25");

    CommandResult run(QStringList args)
    {
        args << QStringLiteral("--db") << m_db << QStringLiteral("--today") << m_today;
        return TestSupport::runEncaisse(args);
    }

    static QJsonDocument json(const CommandResult &r)
    {
        QJsonParseError e;
        const auto doc = QJsonDocument::fromJson(r.out, &e);
        if (e.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s / %s", qPrintable(e.errorString()), r.out.left(300).constData(), r.err.constData());
        return doc;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::prepareEnvironment();
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const auto r = run({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void classifyGivesEveryCustomerAProfileWithItsReasons()
    {
        const auto r = run({QStringLiteral("classify"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = json(r).array();
        QCOMPARE(a.size(), 150);
        QSet<QString> seen;
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("code")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("explanation")).toString().isEmpty());
            seen.insert(o.value(QStringLiteral("profile")).toString());
        }
        QCOMPARE(seen.size(), 7);
        // customers --json now carries the profile too.
        const QJsonArray customers = json(run({QStringLiteral("customers"), QStringLiteral("--json")})).array();
        QVERIFY(!customers.first().toObject().value(QStringLiteral("profile")).isNull());
    }

    void agendaContract()
    {
        const auto r = run({QStringLiteral("agenda"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = json(r).array();
        QVERIFY2(a.size() > 3, r.out.left(300).constData());
        QSet<QString> customersToday;
        bool anyPhoneWithQuestions = false;
        for (const QJsonValue &v : a) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "date", "customer", "channel", "step", "invoices", "amount", "overdue"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QCOMPARE(o.value(QStringLiteral("date")).toString(), m_today);
            // One action per customer per day.
            QVERIFY(!customersToday.contains(o.value(QStringLiteral("customer")).toString()));
            customersToday.insert(o.value(QStringLiteral("customer")).toString());
            QVERIFY(o.value(QStringLiteral("amount")).toString().contains(u'.'));
            if (o.value(QStringLiteral("channel")).toString() == u"phone")
                anyPhoneWithQuestions = anyPhoneWithQuestions || !o.value(QStringLiteral("questions")).toArray().isEmpty();
        }
        QVERIFY(anyPhoneWithQuestions);
        // A week ahead: never on a weekend.
        const QJsonArray week = json(run({QStringLiteral("agenda"), QStringLiteral("--days"), QStringLiteral("7"), QStringLiteral("--json")})).array();
        for (const QJsonValue &v : week) {
            const QDate day = QDate::fromString(v.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
            QVERIFY2(day.dayOfWeek() < 6, qPrintable(day.toString()));
        }
        QVERIFY(week.size() >= a.size());
    }

    void doneWithPromiseThenUndo()
    {
        const QJsonArray before = json(run({QStringLiteral("agenda"), QStringLiteral("--json")})).array();
        QJsonObject target;
        for (const QJsonValue &v : before)
            if (v.toObject().value(QStringLiteral("status")).toString() == u"planned")
                target = v.toObject();
        QVERIFY(!target.isEmpty());
        const QString id = QString::number(target.value(QStringLiteral("id")).toInteger());
        auto r = run({QStringLiteral("done"), id, QStringLiteral("--outcome"), QStringLiteral("promise"),
                      QStringLiteral("--promise-date"), QStringLiteral("2026-12-04"), QStringLiteral("--means"),
                      QStringLiteral("transfer"), QStringLiteral("--comment"), QStringLiteral("Mme Dupont confirme le virement")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Done twice is refused.
        r = run({QStringLiteral("done"), id, QStringLiteral("--outcome"), QStringLiteral("other")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QString::fromUtf8(r.err).contains(id));
        // Today it shows as done with its outcome; tomorrow the customer is not reminded (promise until 4 Dec).
        const QJsonArray after = json(run({QStringLiteral("agenda"), QStringLiteral("--json")})).array();
        bool shownDone = false;
        for (const QJsonValue &v : after)
            if (QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == id)
                shownDone = v.toObject().value(QStringLiteral("status")).toString() == u"done"
                            && v.toObject().value(QStringLiteral("outcome")).toString() == u"promise";
        QVERIFY(shownDone);
        const QJsonArray next = json(run({QStringLiteral("agenda"), QStringLiteral("--date"), QStringLiteral("2026-11-26"),
                                          QStringLiteral("--days"), QStringLiteral("6"), QStringLiteral("--json")})).array();
        for (const QJsonValue &v : next)
            QVERIFY(v.toObject().value(QStringLiteral("customer")) != target.value(QStringLiteral("customer")));
        // Undo puts it back.
        r = run({QStringLiteral("undo")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QString::fromUtf8(r.out).contains(id));
    }

    void doneErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("no outcome") << QStringList{QStringLiteral("done"), QStringLiteral("1")} << QStringLiteral("--outcome");
        QTest::newRow("unknown action") << QStringList{QStringLiteral("done"), QStringLiteral("999999"), QStringLiteral("--outcome"), QStringLiteral("other")} << QStringLiteral("999999");
        QTest::newRow("bad outcome") << QStringList{QStringLiteral("done"), QStringLiteral("1"), QStringLiteral("--outcome"), QStringLiteral("maybe")} << QStringLiteral("maybe");
        QTest::newRow("promise without date") << QStringList{QStringLiteral("done"), QStringLiteral("1"), QStringLiteral("--outcome"), QStringLiteral("promise"), QStringLiteral("--means"), QStringLiteral("cheque")} << QStringLiteral("--promise-date");
        QTest::newRow("penalties without customer") << QStringList{QStringLiteral("penalties")} << QStringLiteral("--customer");
    }

    void doneErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const auto r = run(args);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(QString::fromUtf8(r.err).contains(needle), r.err.constData());
    }

    void penaltiesContract()
    {
        // The customer with the largest overdue amount.
        const QJsonArray customers = json(run({QStringLiteral("customers"), QStringLiteral("--json")})).array();
        QString code;
        qint64 best = 0;
        for (const QJsonValue &v : customers) {
            const qint64 overdue = Money::parseCents(v.toObject().value(QStringLiteral("overdue")).toString()).value_or(0);
            if (overdue > best) {
                best = overdue;
                code = v.toObject().value(QStringLiteral("code")).toString();
            }
        }
        QVERIFY(!code.isEmpty());
        const auto r = run({QStringLiteral("penalties"), QStringLiteral("--customer"), code, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r).object();
        const QJsonArray lines = o.value(QStringLiteral("invoices")).toArray();
        QVERIFY(!lines.isEmpty());
        qint64 penalties = 0;
        qint64 indemnities = 0;
        for (const QJsonValue &v : lines) {
            const QJsonObject l = v.toObject();
            for (const char *key : {"number", "days_late", "rate", "penalty", "indemnity"})
                QVERIFY2(l.contains(QLatin1String(key)), key);
            QVERIFY(l.value(QStringLiteral("days_late")).toInt() > 0);
            if (l.value(QStringLiteral("excluded")).toBool())
                continue;
            // In H2 2026 the default rate is ECB 2.15 % + 10 = 12.15 %.
            QCOMPARE(l.value(QStringLiteral("rate")).toString(), QStringLiteral("12.15"));
            QCOMPARE(l.value(QStringLiteral("indemnity")).toString(), QStringLiteral("40.00"));
            penalties += Money::parseCents(l.value(QStringLiteral("penalty")).toString()).value_or(-1);
            indemnities += 4000;
        }
        QCOMPARE(Money::parseCents(o.value(QStringLiteral("total_penalties")).toString()).value_or(-1), penalties);
        QCOMPARE(Money::parseCents(o.value(QStringLiteral("total_indemnities")).toString()).value_or(-1), indemnities);
        QCOMPARE(Money::parseCents(o.value(QStringLiteral("total")).toString()).value_or(-1), penalties + indemnities);
    }
};

QTEST_GUILESS_MAIN(TestCliCollection)
#include "tst_cli_collection.moc"
