// SmtpClient against a real aiosmtpd (tests/data/mail) that refuses some recipients (RCPT TO answered 550): the error says, in French,
// that the server refused that address, with the server and its reply; it never claims the connection was cut.

#include "SmtpClient.h"
#include "TestSupport.h"
#include "data/mail/LocalSmtpServer.h"

#include <QTest>

namespace {

SmtpSettings settingsFor(const LocalSmtpServer &server)
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
        LocalSmtpServer server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        const QString refused = QStringLiteral("refuse@boulangerie-dupont.example");
        server.refuse({refused});
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
        LocalSmtpServer server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        const QString refused = QStringLiteral("refuse-anonymous@boulangerie-dupont.example");
        // A reply that does not name the address: the client names it from the message.
        server.refuse({refused}, QStringLiteral("550 5.1.1 Recipient address rejected: User unknown"));
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
