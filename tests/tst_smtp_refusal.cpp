// SmtpClient against a real aiosmtpd that refuses some recipients (RCPT TO answered 550): the error says, in French,
// that the server refused that address, with the server and its reply; it never claims the connection was cut.

#include "SmtpClient.h"
#include "TestSupport.h"
#include "data/mail/LocalSmtpServer.h"

#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

namespace {

// The test sink (tests/data/mail/mailsink.py) refusing every address that contains "refuse"; the reply names the
// address in angle brackets unless the address contains "anonymous".
const char *const RefusingSinkModule = R"PY(
from mailsink import MailSink


class RefusingSink(MailSink):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if "refuse" in address:
            if "anonymous" in address:
                return "550 5.1.1 Recipient address rejected: User unknown"
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"
)PY";

class RefusingServer final
{
public:
    ~RefusingServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    bool start(QString *error)
    {
        QFile module(m_dir.filePath(QStringLiteral("refusingsink.py")));
        if (!module.open(QIODevice::WriteOnly) || module.write(RefusingSinkModule) < 0) {
            *error = module.errorString();
            return false;
        }
        module.close();
        m_port = LocalSmtpServer::freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), m_dir.path() + u':' + QStringLiteral(ENCAISSE_TEST_DATA_DIR "/mail"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"), QStringLiteral("-l"),
                         QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-c"),
                         QStringLiteral("refusingsink.RefusingSink"), outDir()});
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("aiosmtpd ne démarre pas");
            return false;
        }
        for (int i = 0; i < 200; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
            if (probe.waitForConnected(100)) {
                probe.abort();
                return true;
            }
            if (m_process.state() != QProcess::Running) {
                *error = QStringLiteral("aiosmtpd s'est arrêté (code %1)").arg(m_process.exitCode());
                return false;
            }
            QThread::msleep(50);
        }
        *error = QStringLiteral("aiosmtpd n'écoute pas sur le port %1").arg(m_port);
        return false;
    }

    int port() const { return m_port; }
    QString outDir() const { return m_dir.filePath(QStringLiteral("out")); }
    int messageCount() const { return int(QDir(outDir()).entryList({QStringLiteral("*.eml")}, QDir::Files).size()); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

SmtpSettings settingsFor(const RefusingServer &server)
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.security = SmtpSettings::Security::None;
    s.from = {QStringLiteral("Atelier Martin"), QStringLiteral("relances@atelier-martin.example")};
    s.connectTimeoutSeconds = 5;
    s.timeoutSeconds = 20;
    return s;
}

MailMessage message(const QList<MailAddress> &to, const QList<MailAddress> &cc = {})
{
    MailMessage m;
    m.to = to;
    m.cc = cc;
    m.subject = QStringLiteral("Relance facture FA-1042");
    m.text = QStringLiteral("Bonjour,\n\nLa facture FA-1042 reste impayée.\n");
    return m;
}

} // namespace

class TestSmtpRefusal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::prepareEnvironment(); }

    void refusedRecipientIsNamed()
    {
        RefusingServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString refused = QStringLiteral("refuse@boulangerie-dupont.example");
        SmtpClient client(settingsFor(server));
        const auto receipt = client.send(message({{QStringLiteral("Compta"), QStringLiteral("compta@boulangerie-dupont.example")}},
                                                 {{QString(), refused}}));
        QVERIFY(!receipt.ok());
        const QString e = receipt.error();
        QVERIFY2(e.contains(QStringLiteral("le serveur SMTP 127.0.0.1:%1 a refusé l'adresse de destinataire « %2 »")
                                .arg(server.port())
                                .arg(refused)),
                 qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("réponse du serveur : « 550 5.1.1 <%1>: Recipient address rejected: User unknown »")
                                .arg(refused)),
                 qPrintable(e));
        QVERIFY2(!e.contains(QStringLiteral("coupée")) && !e.contains(QStringLiteral("RCPT failed")), qPrintable(e));
        QCOMPARE(server.messageCount(), 0);
        // The same client then sends to an address the server accepts.
        const auto ok = client.send(message({{QString(), QStringLiteral("compta@boulangerie-dupont.example")}}));
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
    }

    void refusalWithoutTheAddressInTheReply()
    {
        RefusingServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString refused = QStringLiteral("refuse-anonymous@boulangerie-dupont.example");
        const auto receipt = SmtpClient(settingsFor(server)).send(message({{QString(), refused}}));
        QVERIFY(!receipt.ok());
        const QString e = receipt.error();
        QVERIFY2(e.contains(QStringLiteral("a refusé l'adresse de destinataire « %1 »").arg(refused)), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("« 550 5.1.1 Recipient address rejected: User unknown »")), qPrintable(e));
        QVERIFY2(!e.contains(QStringLiteral("coupée")), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestSmtpRefusal)
#include "tst_smtp_refusal.moc"
