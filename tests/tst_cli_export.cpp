// export-calls, aged-balance, send-emails and mail-settings run as the real binary on a demo database; workbooks
// read back with openpyxl, messages received by a real local SMTP server (aiosmtpd) over STARTTLS with AUTH.

#include "TestSupport.h"
#include "data/mail/LocalSmtpServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

qint64 cents(const QJsonValue &v)
{
    // "1234.56" / "-74.70": exact, without going through a double.
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d+)\\.(\\d{2})$"));
    const auto m = re.match(v.toString());
    if (!m.hasMatch()) {
        qWarning("not an amount: %s", qPrintable(v.toString()));
        return 0;
    }
    const qint64 c = m.captured(2).toLongLong() * 100 + m.captured(3).toLongLong();
    return m.captured(1).isEmpty() ? c : -c;
}

const char *const SheetScript = R"PY(
import datetime, json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.active
rows = [[(c.value.date().isoformat() if isinstance(c.value, datetime.datetime) else c.value) for c in r] for r in ws.iter_rows()]
print(json.dumps({"title": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": rows}))
)PY";

} // namespace

class TestCliExport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_today = QStringLiteral("2026-11-30");

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

    static QJsonObject sheet(const QString &path)
    {
        const CommandResult r = TestSupport::run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(SheetScript), path});
        if (r.exitCode != 0)
            qWarning("openpyxl: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::prepareEnvironment();
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        m_today = QStringLiteral("2026-11-25");
        const auto r = run({QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_today = QStringLiteral("2026-11-30"); // Monday of week 49
    }

    void exportCalls()
    {
        const QString path = m_dir.filePath(QStringLiteral("appels S49.xlsx"));
        const auto r = run({QStringLiteral("export-calls"), QStringLiteral("--week"), QStringLiteral("2026-W49"), QStringLiteral("-o"), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("pour la semaine 2026-W49"), r.out.constData());
        const auto listed = run({QStringLiteral("export-calls"), QStringLiteral("--week"), QStringLiteral("2026-W49"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject list = json(listed).object();
        QCOMPARE(list.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W49"));
        QCOMPARE(list.value(QStringLiteral("company")).toString(), QStringLiteral("Martin Froid Services"));
        const QJsonArray calls = list.value(QStringLiteral("calls")).toArray();
        QVERIFY(calls.size() > 5);

        const QJsonObject wb = sheet(path);
        QCOMPARE(wb.value(QStringLiteral("title")).toString(), QStringLiteral("Semaine 49"));
        QCOMPARE(wb.value(QStringLiteral("freeze")).toString(), QStringLiteral("D4"));
        const QJsonArray rows = wb.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3 + calls.size());
        QVERIFY(rows.at(0).toArray().at(0).toString().contains(QStringLiteral("Martin Froid Services")));
        QCOMPARE(rows.at(2).toArray().at(0).toString(), QStringLiteral("Jour"));
        qint64 total = 0;
        bool overdueDone = false;
        for (int i = 0; i < calls.size(); ++i) {
            const QJsonObject call = calls.at(i).toObject();
            const QJsonArray row = rows.at(3 + i).toArray();
            QCOMPARE(row.at(0).toString(), call.value(QStringLiteral("day")).toString());
            QCOMPARE(row.at(2).toString(), call.value(QStringLiteral("customer_name")).toString());
            QCOMPARE(qRound64(row.at(11).toDouble() * 100), cents(call.value(QStringLiteral("total_due"))));
            QCOMPARE(row.at(17).toString().count(u'•'), call.value(QStringLiteral("questions")).toArray().size());
            total += cents(call.value(QStringLiteral("total_due")));
            // Overdue calls come first.
            const bool overdue = call.value(QStringLiteral("overdue")).toBool();
            QVERIFY(!(overdue && overdueDone));
            overdueDone = overdueDone || !overdue;
        }
        QCOMPARE(total, cents(list.value(QStringLiteral("total_due"))));

        // Usage errors: one line, exit code 2.
        const auto badWeek = run({QStringLiteral("export-calls"), QStringLiteral("--week"), QStringLiteral("2026-49"), QStringLiteral("-o"), path});
        QCOMPARE(badWeek.exitCode, 2);
        QVERIFY(badWeek.err.contains("2026-W49"));
        const auto noFile = run({QStringLiteral("export-calls")});
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY(noFile.err.contains("-o FICHIER.xlsx"));
        const auto unwritable = run({QStringLiteral("export-calls"), QStringLiteral("-o"), QStringLiteral("/nonexistent-dir/a.xlsx")});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY(unwritable.err.startsWith("encaisse: /nonexistent-dir/a.xlsx : le fichier ne peut pas être créé"));
    }

    void agedBalance()
    {
        const auto r = run({QStringLiteral("aged-balance"), QStringLiteral("--date"), QStringLiteral("2026-11-25"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject b = json(r).object();
        QCOMPARE(b.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-25"));
        const QStringList keys = {QStringLiteral("not_due"), QStringLiteral("days_1_30"), QStringLiteral("days_31_60"),
                                  QStringLiteral("days_61_90"), QStringLiteral("over_90")};
        QCOMPARE(b.value(QStringLiteral("buckets")).toArray().toVariantList(), QVariant(keys).toList());
        const QJsonArray customers = b.value(QStringLiteral("customers")).toArray();
        QVERIFY(customers.size() > 50);
        QHash<QString, qint64> sums;
        qint64 grand = 0;
        for (const QJsonValue &v : customers) {
            const QJsonObject o = v.toObject();
            qint64 line = 0;
            for (const QString &k : keys) {
                sums[k] += cents(o.value(k));
                line += cents(o.value(k));
            }
            QCOMPARE(cents(o.value(QStringLiteral("total"))), line);
            grand += line;
        }
        const QJsonObject totals = b.value(QStringLiteral("totals")).toObject();
        for (const QString &k : keys)
            QCOMPARE(cents(totals.value(k)), sums.value(k));
        QCOMPARE(cents(totals.value(QStringLiteral("total"))), grand);
        // The balance is the customers' open balance.
        const auto list = run({QStringLiteral("customers"), QStringLiteral("--json")});
        qint64 open = 0;
        for (const QJsonValue &v : json(list).array())
            open += cents(v.toObject().value(QStringLiteral("open_balance")));
        QCOMPARE(grand, open);

        // The same in Excel: the totals row holds the same figures.
        const QString path = m_dir.filePath(QStringLiteral("balance.xlsx"));
        const auto x = run({QStringLiteral("aged-balance"), QStringLiteral("--date"), QStringLiteral("2026-11-25"), QStringLiteral("-o"), path});
        QVERIFY2(x.exitCode == 0, x.err.constData());
        const QJsonArray rows = sheet(path).value(QStringLiteral("rows")).toArray();
        const QJsonArray totalRow = rows.at(3 + customers.size()).toArray();
        QCOMPARE(totalRow.at(1).toString(), QStringLiteral("Total"));
        for (int i = 0; i < keys.size(); ++i)
            QCOMPARE(qRound64(totalRow.at(2 + i).toDouble() * 100), cents(totals.value(keys.at(i))));
        QCOMPARE(qRound64(totalRow.at(7).toDouble() * 100), grand);

        const auto text = run({QStringLiteral("aged-balance"), QStringLiteral("--date"), QStringLiteral("2026-11-25")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Non échu"));
        QVERIFY(text.out.contains("Total"));
        QCOMPARE(run({QStringLiteral("aged-balance"), QStringLiteral("--json"), QStringLiteral("-o"), path}).exitCode, 2);
    }

    void sendEmails()
    {
        m_today = QStringLiteral("2026-11-25");
        // A dry run composes the day's messages and changes nothing.
        const auto dry = run({QStringLiteral("send-emails"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        const QJsonArray planned = json(dry).object().value(QStringLiteral("emails")).toArray();
        QVERIFY(planned.size() > 5);
        int sendable = 0;
        for (const QJsonValue &v : planned) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("subject")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("html")).toString().contains(QStringLiteral("<html lang=\"fr\">")));
            sendable += o.value(QStringLiteral("state")).toString() == u"ready" ? 1 : 0;
        }
        QCOMPARE(json(run({QStringLiteral("send-emails"), QStringLiteral("--dry-run"), QStringLiteral("--json")})).object()
                     .value(QStringLiteral("emails")).toArray().size(),
                 planned.size());

        // .eml files for one's own mail program.
        const QString emlDir = m_dir.filePath(QStringLiteral("eml"));
        const auto saved = run({QStringLiteral("send-emails"), QStringLiteral("--save-eml"), emlDir});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const QStringList files = QDir(emlDir).entryList({QStringLiteral("*.eml")});
        QCOMPARE(files.size(), sendable);
        const QJsonObject eml = parseMimeWithPython(QDir(emlDir).filePath(files.first()));
        QCOMPARE(eml.value(QStringLiteral("x-unsent")).toString(), QStringLiteral("1"));
        QCOMPARE(eml.value(QStringLiteral("content_type")).toString(), QStringLiteral("multipart/mixed"));

        // Without an SMTP account, sending says what to do.
        const auto unset = run({QStringLiteral("send-emails")});
        QCOMPARE(unset.exitCode, 1);
        QVERIFY(unset.err.contains("mail-settings --from"));

        // A real server over STARTTLS with a test certificate and a password.
        QTemporaryDir certDir;
        QString cert, key, error;
        QVERIFY2(LocalSmtpServer::makeCertificate(certDir.path(), &cert, &key, &error), qPrintable(error));
        LocalSmtpServer server;
        QVERIFY2(server.start({LocalSmtpServer::Tls::StartTls, cert, key, QStringLiteral("relances"), QStringLiteral("mot de passe")}, &error),
                 qPrintable(error));
        const auto settings = run({QStringLiteral("mail-settings"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                   QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--security"),
                                   QStringLiteral("starttls"), QStringLiteral("--user"), QStringLiteral("relances"),
                                   QStringLiteral("--from"), QStringLiteral("relances@martin-froid.example"),
                                   QStringLiteral("--from-name"), QStringLiteral("Martin Froid — Relances"),
                                   QStringLiteral("--ca-file"), cert});
        QVERIFY2(settings.exitCode == 0, settings.err.constData());
        QVERIFY(settings.out.contains("Serveur : 127.0.0.1:"));
        QCOMPARE(run({QStringLiteral("mail-settings"), QStringLiteral("--security"), QStringLiteral("rot13")}).exitCode, 2);
        qputenv("ENCAISSE_SMTP_PASSWORD", "mot de passe");
        auto unsetPassword = qScopeGuard([] { qunsetenv("ENCAISSE_SMTP_PASSWORD"); });
        const auto tested = run({QStringLiteral("mail-settings"), QStringLiteral("--test")});
        QVERIFY2(tested.exitCode == 0 && tested.out.contains("Connexion réussie"), tested.err.constData());

        const auto sent = run({QStringLiteral("send-emails"), QStringLiteral("--json")});
        QVERIFY2(sent.exitCode == 0, sent.err.constData());
        const QJsonObject report = json(sent).object();
        QCOMPARE(report.value(QStringLiteral("sent")).toInt(), sendable);
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(server.waitForMessages(sendable, 30000));
        QCOMPARE(server.messageCount(), sendable);
        // Each message arrived with the Message-ID the command reports.
        QSet<QString> reported, received;
        for (const QJsonValue &v : report.value(QStringLiteral("emails")).toArray())
            if (v.toObject().value(QStringLiteral("state")).toString() == u"sent")
                reported.insert(v.toObject().value(QStringLiteral("message_id")).toString());
        for (int n = 1; n <= sendable; ++n) {
            const QJsonObject mail = parseMimeWithPython(server.messagePath(n));
            received.insert(mail.value(QStringLiteral("message-id")).toString());
            QCOMPARE(mail.value(QStringLiteral("from")).toString(), QStringLiteral("Martin Froid — Relances <relances@martin-froid.example>"));
            QVERIFY(server.envelope(n).value(QStringLiteral("tls")).toBool());
            QCOMPARE(server.envelope(n).value(QStringLiteral("login")).toString(), QStringLiteral("relances"));
        }
        QCOMPARE(received, reported);
        // The actions are done: a second run finds nothing left to send for the day.
        const auto agenda = run({QStringLiteral("agenda"), QStringLiteral("--json")});
        int doneEmails = 0;
        for (const QJsonValue &v : json(agenda).array()) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("channel")).toString() == u"email" && a.value(QStringLiteral("status")).toString() == u"done"
                && a.value(QStringLiteral("outcome")).toString() == u"other")
                ++doneEmails;
        }
        QVERIFY(doneEmails >= sendable);
        // Never two e-mails to one customer the same day, even if the calendar asks for another step once the first
        // is done.
        const auto again = run({QStringLiteral("send-emails"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(json(again).object().value(QStringLiteral("sent")).toInt(), 0);
        for (const QJsonValue &v : json(again).object().value(QStringLiteral("emails")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("skipped"));
        QCOMPARE(server.messageCount(), sendable);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
