// `encaisse import` and `encaisse gen-fec`, run as the real binary on real files.

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString corpusFec(const QString &name) { return QStringLiteral(ENCAISSE_SHARED_CORPUS_DIR "/fec/") + name; }
QString fixture(const QString &name) { return QStringLiteral(ENCAISSE_TEST_DATA_DIR "/fec/") + name; }

QJsonObject jsonObject(const CommandResult &r)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s\n%s", qPrintable(e.errorString()), r.out.left(400).constData(), r.err.constData());
    return doc.object();
}

} // namespace

class TestCliImport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { TestSupport::prepareEnvironment(); }

    void importCorpusJson()
    {
        const QString db = m_dir.filePath(QStringLiteral("a.sqlite"));
        const QString file = corpusFec(QStringLiteral("0000000001FEC20220831.txt"));
        const auto r = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("import"), file,
                                                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonObject(r);
        for (const char *key : {"files", "format", "mode", "rows_read", "customers_created", "customers_updated",
                                "customers_unchanged", "invoices_created", "invoices_updated", "invoices_unchanged",
                                "marked_paid", "marked_paid_numbers", "rejected", "warnings", "committed"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("fec"));
        QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("delta"));
        QCOMPARE(o.value(QStringLiteral("rows_read")).toInt(), 5422);
        QCOMPARE(o.value(QStringLiteral("customers_created")).toInt(), 17);
        QCOMPARE(o.value(QStringLiteral("invoices_created")).toInt(), 42);
        QCOMPARE(o.value(QStringLiteral("rejected")).toArray().size(), 0);
        QCOMPARE(o.value(QStringLiteral("committed")).toBool(), true);
        const QJsonObject f = o.value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(f.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(f.value(QStringLiteral("sha256")).toString().size(), 64);

        // The balances the other commands show: CPRO00's 411 lines sum to 27 123,29.
        const auto customers = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("customers"),
                                                         QStringLiteral("--json")});
        QCOMPARE(customers.exitCode, 0);
        bool found = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(customers.out).array()) {
            if (v.toObject().value(QStringLiteral("code")).toString() == u"CPRO00") {
                QCOMPARE(v.toObject().value(QStringLiteral("open_balance")).toString(), QStringLiteral("27123.29"));
                found = true;
            }
        }
        QVERIFY(found);

        // Again, in stock mode: nothing changes, nothing is marked paid.
        const auto again = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("import"), file,
                                                     QStringLiteral("--mode"), QStringLiteral("stock"),
                                                     QStringLiteral("--format"), QStringLiteral("fec"),
                                                     QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject a = jsonObject(again);
        QCOMPARE(a.value(QStringLiteral("invoices_unchanged")).toInt(), 42);
        QCOMPARE(a.value(QStringLiteral("invoices_created")).toInt(), 0);
        QCOMPARE(a.value(QStringLiteral("marked_paid")).toInt(), 0);
        QCOMPARE(a.value(QStringLiteral("mode")).toString(), QStringLiteral("stock"));
    }

    void importTextIsFrench()
    {
        const QString db = m_dir.filePath(QStringLiteral("b.sqlite"));
        const auto r = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("import"),
                                                 corpusFec(QStringLiteral("111111111FEC20221231.TXT"))});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Lignes lues : 934")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Clients : 34 créés")));
        QVERIFY(text.contains(QStringLiteral("Windows-1252")));
        QVERIFY(text.contains(QStringLiteral("Import enregistré.")));
    }

    void rejectedExitsOne()
    {
        const QString db = m_dir.filePath(QStringLiteral("c.sqlite"));
        const auto r = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("import"),
                                                 fixture(QStringLiteral("tab_lf.txt")),
                                                 fixture(QStringLiteral("broken.txt")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = jsonObject(r);
        QCOMPARE(o.value(QStringLiteral("committed")).toBool(), false);
        const QJsonArray rejected = o.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 6);
        const QJsonObject first = rejected.first().toObject();
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("Debit"));
        QVERIFY(first.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("broken.txt")));
        // Nothing written: the good file of the same run is not there either.
        const auto invoices = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("invoices"),
                                                        QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(invoices.out).array().size(), 0);

        const auto text = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("import"),
                                                    fixture(QStringLiteral("broken.txt"))});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("broken.txt, ligne 4, colonne Debit")));
    }

    void usageErrors()
    {
        const QString db = m_dir.filePath(QStringLiteral("d.sqlite"));
        const QString file = fixture(QStringLiteral("tab_lf.txt"));
        auto r = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("import"), file,
                                           QStringLiteral("--mode"), QStringLiteral("full")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--mode"));
        r = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("import"), file, QStringLiteral("--format"),
                                      QStringLiteral("xls")});
        QCOMPARE(r.exitCode, 2);
        r = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("import")});
        QCOMPARE(r.exitCode, 2);
        r = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("gen-fec"), QStringLiteral("--lines"),
                                      QStringLiteral("100")});
        QCOMPARE(r.exitCode, 2);
    }

    void generateThenImport()
    {
        const QString db = m_dir.filePath(QStringLiteral("e.sqlite"));
        const QString fec = m_dir.filePath(QStringLiteral("gen.txt"));
        const auto g = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("gen-fec"),
                                                 QStringLiteral("--lines"), QStringLiteral("5000"), QStringLiteral("-o"),
                                                 fec, QStringLiteral("--seed"), QStringLiteral("11")});
        QCOMPARE(g.exitCode, 0);
        QVERIFY(QFile::exists(fec));
        const auto r = TestSupport::runEncaisse({QStringLiteral("--db"), db, QStringLiteral("import"), fec,
                                                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = jsonObject(r);
        QVERIFY(o.value(QStringLiteral("rows_read")).toInt() > 4500);
        QVERIFY(o.value(QStringLiteral("invoices_created")).toInt() > 0);
        QCOMPARE(o.value(QStringLiteral("customers_created")).toInt(), 20);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
