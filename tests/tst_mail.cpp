// core/mail against real components: messages sent by SmtpClient (libcurl) to a real local SMTP server
// (python3 -m aiosmtpd, tests/data/mail/mailsink.py) in clear on localhost, with STARTTLS and with SMTPS, a test
// certificate trusted through the added-CA option or not trusted at all, AUTH PLAIN and LOGIN; what arrived is read
// back with Python's e-mail parser. Templates, .eml files, mailto: URLs, the GUI's worker and the send queue with
// its journal on a real SQLite file.

#include "ActionRepository.h"
#include "Clock.h"
#include "CompanyRepository.h"
#include "CustomerRepository.h"
#include "EmailComposer.h"
#include "EmailQueue.h"
#include "EmailTemplates.h"
#include "EmlWriter.h"
#include "EventJournal.h"
#include "InvoiceRepository.h"
#include "MailBatchSender.h"
#include "MailtoUrl.h"
#include "MimeEncoding.h"
#include "SettingsRepository.h"
#include "SmtpClient.h"
#include "SmtpPassword.h"
#include "TestSupport.h"
#include "data/mail/LocalSmtpServer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTimeZone>
#include <QTest>
#include <memory>

namespace {

QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

QString sha256(const QByteArray &b) { return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex()); }

// A real one-page PDF (with accents in it).
QByteArray makePdf(const QString &text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(text);
        QPainter painter(&writer);
        painter.drawText(QPointF(200, 400), text);
    }
    return bytes;
}

const QString Accented = QStringLiteral("Facture n° FA-1042 – échéance dépassée : règlement attendu « avant Noël » 🎄");

MailMessage sampleMessage(const QByteArray &pdf)
{
    MailMessage m;
    m.from = {QStringLiteral("Élodie Martin — Atelier Martin"), QStringLiteral("relances@atelier-martin.example")};
    m.to << MailAddress{QStringLiteral("Mme Françoise Dupont"), QStringLiteral("compta@boulangerie-dupont.example")};
    m.cc << MailAddress{QStringLiteral("Dupont, Jean"), QStringLiteral("jean@boulangerie-dupont.example")};
    m.bcc << MailAddress{QString(), QStringLiteral("archive@atelier-martin.example")};
    m.subject = Accented;
    m.text = QStringLiteral("Bonjour Madame Dupont,\n\nLa facture n° FA-1042 (1 234,56 €) reste impayée.\n"
                            ".Une ligne qui commence par un point.\nFrom the start of a line.\n"
                            "Une très longue ligne pour vérifier les coupures douces du quoted-printable : ")
             + QString(120, u'é') + QStringLiteral("\n\nBien cordialement,\nÉlodie");
    m.html = QStringLiteral("<!DOCTYPE html><html><body><p>Bonjour Madame Dupont,</p><p>La facture n° FA-1042 "
                            "(1&nbsp;234,56&nbsp;€) reste <b>impayée</b>.</p></body></html>");
    m.attachments << MailAttachment{QStringLiteral("Facture FA-1042 – échue.pdf"), QStringLiteral("application/pdf"), pdf};
    return m;
}

// Decodes RFC 2047 B-encoded words (what Mime::encodeHeaderText writes) back to text.
QString decodeWords(const QByteArray &header)
{
    QByteArray utf8;
    for (QByteArray word : header.split(' ')) {
        word = word.trimmed();
        if (word.startsWith("=?UTF-8?B?") && word.endsWith("?="))
            utf8 += QByteArray::fromBase64(word.mid(10, word.size() - 12));
    }
    return QString::fromUtf8(utf8);
}

QJsonObject part(const QJsonObject &mail, const QString &type)
{
    for (const QJsonValue &p : mail.value(QStringLiteral("parts")).toArray())
        if (p.toObject().value(QStringLiteral("type")).toString() == type)
            return p.toObject();
    return {};
}

QStringList partTypes(const QJsonObject &mail)
{
    QStringList types;
    for (const QJsonValue &p : mail.value(QStringLiteral("parts")).toArray())
        types << p.toObject().value(QStringLiteral("type")).toString();
    return types;
}

} // namespace

class TestMail final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_certDir;
    QString m_cert, m_key;
    QByteArray m_pdf;

    SmtpSettings settingsFor(const LocalSmtpServer &server, SmtpSettings::Security security)
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = server.port();
        s.security = security;
        s.from = {QStringLiteral("Atelier Martin"), QStringLiteral("relances@atelier-martin.example")};
        s.connectTimeoutSeconds = 5;
        s.timeoutSeconds = 20;
        return s;
    }

    // Checks what arrived against what was sent.
    void checkArrived(const LocalSmtpServer &server, int n, const SmtpReceipt &receipt)
    {
        const QByteArray raw = server.message(n);
        QVERIFY(!raw.isEmpty());
        QCOMPARE(raw, receipt.mime); // the bytes libcurl sent are the bytes the server stored
        const QJsonObject mail = parseMimeWithPython(server.messagePath(n));
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(), Accented);
        QCOMPARE(mail.value(QStringLiteral("from")).toString(),
                 QStringLiteral("Élodie Martin — Atelier Martin <relances@atelier-martin.example>"));
        QCOMPARE(mail.value(QStringLiteral("to")).toString(), QStringLiteral("Mme Françoise Dupont <compta@boulangerie-dupont.example>"));
        QCOMPARE(mail.value(QStringLiteral("cc")).toString(), QStringLiteral("\"Dupont, Jean\" <jean@boulangerie-dupont.example>"));
        QCOMPARE(mail.value(QStringLiteral("message-id")).toString(), receipt.messageId);
        QVERIFY(receipt.messageId.startsWith(u'<') && receipt.messageId.endsWith(QStringLiteral("@atelier-martin.example>")));
        QCOMPARE(mail.value(QStringLiteral("mime-version")).toString(), QStringLiteral("1.0"));
        QVERIFY(!mail.value(QStringLiteral("date")).toString().isEmpty());
        QVERIFY(mail.value(QStringLiteral("defects")).toArray().isEmpty());
        QVERIFY(mail.value(QStringLiteral("ascii_only")).toBool()); // accents travel encoded, never raw 8-bit
        QVERIFY(!mail.value(QStringLiteral("header_block")).toString().contains(QStringLiteral("archive@"))); // Bcc hidden
        QVERIFY(mail.value(QStringLiteral("header_block")).toString().contains(QStringLiteral("Subject: =?UTF-8?B?")));
        QCOMPARE(partTypes(mail), (QStringList{QStringLiteral("multipart/mixed"), QStringLiteral("multipart/alternative"),
                                               QStringLiteral("text/plain"), QStringLiteral("text/html"),
                                               QStringLiteral("application/pdf")}));
        const QJsonObject text = part(mail, QStringLiteral("text/plain"));
        QCOMPARE(text.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(text.value(QStringLiteral("cte")).toString(), QStringLiteral("quoted-printable"));
        QString expected = sampleMessage({}).text;
        QCOMPARE(text.value(QStringLiteral("text")).toString().replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed(),
                 expected.trimmed());
        const QJsonObject html = part(mail, QStringLiteral("text/html"));
        QVERIFY(html.value(QStringLiteral("text")).toString().contains(QStringLiteral("reste <b>impayée</b>")));
        const QJsonObject pdf = part(mail, QStringLiteral("application/pdf"));
        QCOMPARE(pdf.value(QStringLiteral("filename")).toString(), QStringLiteral("Facture FA-1042 – échue.pdf"));
        QCOMPARE(pdf.value(QStringLiteral("disposition")).toString(), QStringLiteral("attachment"));
        QCOMPARE(pdf.value(QStringLiteral("cte")).toString(), QStringLiteral("base64"));
        QCOMPARE(pdf.value(QStringLiteral("size")).toInt(), int(m_pdf.size()));
        QCOMPARE(pdf.value(QStringLiteral("sha256")).toString(), sha256(m_pdf));
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::prepareEnvironment();
        QString error;
        QVERIFY2(LocalSmtpServer::makeCertificate(m_certDir.path(), &m_cert, &m_key, &error), qPrintable(error));
        m_pdf = makePdf(QStringLiteral("Facture FA-1042 — 1 234,56 €"));
        QVERIFY(m_pdf.startsWith("%PDF"));
        qunsetenv(SmtpPassword::EnvironmentVariable);
    }

    // --- MIME pieces -------------------------------------------------------------------------------------------

    void headerWords()
    {
        QCOMPARE(Mime::encodeHeaderText(u"Plain ASCII subject"), QByteArray("Plain ASCII subject"));
        const QByteArray encoded = Mime::encodeHeaderText(Accented);
        QVERIFY(encoded.startsWith("=?UTF-8?B?"));
        for (const QByteArray &line : encoded.split('\n'))
            QVERIFY2(line.size() <= 78 - 9, line.constData()); // "Subject: " + one word fits in 78 columns
        QCOMPARE(decodeWords(QByteArray(encoded).replace("\r\n", "")), Accented);
        // No header injection: line breaks in a value never end the header.
        const QByteArray injected = Mime::encodeHeaderText(u"Relance\r\nBcc: victim@example.com");
        QVERIFY(!injected.contains("\r\nBcc"));
        QCOMPARE(Mime::formatAddress({QStringLiteral("Dupont, Jean"), QStringLiteral("j@x.example")}),
                 QByteArray("\"Dupont, Jean\" <j@x.example>"));
        QCOMPARE(Mime::formatAddress({QString(), QStringLiteral("j@x.example")}), QByteArray("j@x.example"));
        QVERIFY(Mime::formatAddress({QStringLiteral("Élodie"), QStringLiteral("e@x.example")}).startsWith("=?UTF-8?B?"));
        QVERIFY(!MailAddress({}, QStringLiteral("a@b@c")).isValid());
        QVERIFY(!MailAddress({}, QStringLiteral("a b@c.example")).isValid());
        QVERIFY(!MailAddress({}, QStringLiteral("x@y>\r\nRCPT TO:<z@w")).isValid());
        QVERIFY(MailAddress({}, QStringLiteral("prenom.nom+relance@sous.domaine.example")).isValid());
        const QString id = Mime::newMessageId(QStringLiteral("a@atelier-martin.example"), QDateTime(d("2026-11-25"), QTime(9, 0)));
        QVERIFY(id.startsWith(QStringLiteral("<20261125")) && id.endsWith(QStringLiteral("@atelier-martin.example>")));
        QVERIFY(id != Mime::newMessageId(QStringLiteral("a@atelier-martin.example"), QDateTime(d("2026-11-25"), QTime(9, 0))));
        QCOMPARE(Mime::formatDate(QDateTime(d("2026-11-25"), QTime(9, 5, 7), QTimeZone(3600))),
                 QByteArray("Wed, 25 Nov 2026 09:05:07 +0100"));
    }

    void quotedPrintable()
    {
        const QByteArray qp = Mime::quotedPrintable(QStringLiteral("é=x \n.dot\nFrom here\n") + QString(100, u'a'));
        for (const QByteArray &line : qp.split('\n'))
            QVERIFY(line.trimmed().size() <= 76);
        QVERIFY(qp.startsWith("=C3=A9=3Dx=20\r\n=2Edot\r\n=46rom here\r\n"));
    }

    void emlFile()
    {
        QTemporaryDir dir;
        MailMessage m = sampleMessage(m_pdf);
        const QString path = dir.filePath(QStringLiteral("relance.eml"));
        QVERIFY(EmlWriter::save(m, path).ok());
        QVERIFY(!m.messageId.isEmpty());
        const QJsonObject mail = parseMimeWithPython(path);
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(), Accented);
        QCOMPARE(mail.value(QStringLiteral("message-id")).toString(), m.messageId);
        QCOMPARE(mail.value(QStringLiteral("x-unsent")).toString(), QStringLiteral("1"));
        QVERIFY(mail.value(QStringLiteral("defects")).toArray().isEmpty());
        QVERIFY(mail.value(QStringLiteral("ascii_only")).toBool());
        QVERIFY2(mail.value(QStringLiteral("max_line")).toInt() <= 78, qPrintable(mail.value(QStringLiteral("header_block")).toString()));
        QCOMPARE(partTypes(mail).size(), 5);
        QCOMPARE(part(mail, QStringLiteral("application/pdf")).value(QStringLiteral("sha256")).toString(), sha256(m_pdf));
        QCOMPARE(part(mail, QStringLiteral("application/pdf")).value(QStringLiteral("filename")).toString(),
                 QStringLiteral("Facture FA-1042 – échue.pdf"));
        QCOMPARE(part(mail, QStringLiteral("text/plain")).value(QStringLiteral("text")).toString().replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed(),
                 m.text.trimmed());
    }

    void mailto()
    {
        MailMessage m;
        m.to << MailAddress{QStringLiteral("Mme Dupont"), QStringLiteral("compta@dupont.example")};
        m.cc << MailAddress{{}, QStringLiteral("jean+x@dupont.example")};
        m.subject = QStringLiteral("Facture n° 12 & co");
        m.text = QStringLiteral("Bonjour,\nMerci.");
        QCOMPARE(MailtoUrl::build(m), QStringLiteral("mailto:compta@dupont.example?cc=jean%2Bx@dupont.example"
                                                     "&subject=Facture%20n%C2%B0%2012%20%26%20co&body=Bonjour%2C%0D%0AMerci."));
    }

    // --- templates ------------------------------------------------------------------------------------------------

    void templates()
    {
        EmailContext c;
        c.values = {{QStringLiteral("civilite"), QStringLiteral("Madame")},
                    {QStringLiteral("nom_contact"), QStringLiteral("<script>alert(1)</script>")},
                    {QStringLiteral("numero"), QStringLiteral("FA-1")},
                    {QStringLiteral("numeros"), QStringLiteral("FA-1 et FA-2")},
                    {QStringLiteral("date_facture"), QStringLiteral("01/11/2026")},
                    {QStringLiteral("montant_ttc"), QStringLiteral("1 200,00 €")},
                    {QStringLiteral("date_echeance"), QStringLiteral("05/12/2026")},
                    {QStringLiteral("iban"), QStringLiteral("FR76 3000 6000 0112 3456 7890 189")},
                    {QStringLiteral("bic"), QStringLiteral("AGRIFRPP")},
                    {QStringLiteral("signataire"), QStringLiteral("Élodie Martin")},
                    {QStringLiteral("raison_sociale"), QStringLiteral("Atelier Martin & Fils")},
                    {QStringLiteral("total_du"), QStringLiteral("1 700,00 €")}};
        c.invoices = {{QStringLiteral("FA-1"), d("2026-11-01"), d("2026-12-05"), 120000, 120000},
                      {QStringLiteral("FA-2"), d("2026-11-03"), d("2026-12-07"), 50000, 50000}};
        c.totalOpenCents = 170000;
        c.conditions = {QStringLiteral("une"), QStringLiteral("iban")};
        const EmailTemplate preventive = EmailTemplates::defaultFor(QStringLiteral("preventive"));
        RenderedEmail one = EmailTemplates::render(preventive, c);
        QCOMPARE(one.subject, QStringLiteral("Facture FA-1 – échéance du 05/12/2026"));
        QVERIFY(one.text.startsWith(QStringLiteral("Bonjour Madame <script>alert(1)</script>,\n\nMerci pour votre confiance. "
                                                   "La facture n° FA-1 du 01/11/2026, d'un montant de 1 200,00 € TTC, arrive à échéance le 05/12/2026.")));
        QVERIFY(one.text.contains(QStringLiteral("Nos coordonnées bancaires : IBAN FR76 3000 6000 0112 3456 7890 189 – BIC AGRIFRPP.")));
        QVERIFY(one.text.contains(QStringLiteral("– que vous avez bien reçu la facture et la marchandise")));
        QVERIFY(one.text.endsWith(QStringLiteral("Bien cordialement,\nÉlodie Martin\nAtelier Martin & Fils\n")));
        QVERIFY(!one.text.contains(u'<' + QStringLiteral("p")) && !one.text.contains(u'{'));
        // HTML: every value escaped, lists and paragraphs as markup.
        QVERIFY(one.html.contains(QStringLiteral("Bonjour Madame &lt;script&gt;alert(1)&lt;/script&gt;,")));
        QVERIFY(!one.html.contains(QStringLiteral("<script>")));
        QVERIFY(one.html.contains(QStringLiteral("Atelier Martin &amp; Fils")));
        QVERIFY(one.html.contains(QStringLiteral("<li>que la facture a été validée par vos services ;</li>")));
        QVERIFY(one.html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        QVERIFY(!one.html.contains(QStringLiteral("<table")));

        c.conditions = {QStringLiteral("plusieurs")};
        RenderedEmail many = EmailTemplates::render(preventive, c);
        QCOMPARE(many.subject, QStringLiteral("Factures FA-1 et FA-2 – échéances à venir"));
        QVERIFY2(many.text.contains(QStringLiteral("Les factures suivantes arrivent à échéance :\n\n  N°        Date        Échéance")),
                 qPrintable(many.text));
        QVERIFY2(many.text.contains(QStringLiteral("  FA-2      03/11/2026  07/12/2026")), qPrintable(many.text));
        QVERIFY(many.text.contains(QStringLiteral("Total dû")));
        QVERIFY(many.text.contains(QStringLiteral("Pour que leur règlement se passe")));
        QVERIFY(!many.text.contains(QStringLiteral("IBAN"))); // no IBAN known: no line
        QVERIFY(many.html.contains(QStringLiteral("<table")));
        QVERIFY(many.html.contains(QStringLiteral(">FA-2</td>")));

        // The user's own version, from the settings, wins; unknown placeholders stay visible.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("t.sqlite"))).ok());
        SettingsRepository settings(db);
        QVERIFY(EmailTemplates::save(settings, {QStringLiteral("level1"), QStringLiteral("Rappel {numero}"),
                                                QStringLiteral("Bonjour {inconnu},\n\n{?une}Une facture.{/une}{?!une}Plusieurs.{/une}")})
                    .ok());
        const RenderedEmail custom = EmailTemplates::render(EmailTemplates::load(settings, QStringLiteral("level1")), c);
        QCOMPARE(custom.subject, QStringLiteral("Rappel FA-1"));
        QCOMPARE(custom.text, QStringLiteral("Bonjour {inconnu},\n\nPlusieurs.\n"));
        QVERIFY(EmailTemplates::resetToDefault(settings, QStringLiteral("level1")).ok());
        QCOMPARE(EmailTemplates::load(settings, QStringLiteral("level1")).body, EmailTemplates::defaultFor(QStringLiteral("level1")).body);
        for (const QString &step : EmailTemplates::steps()) {
            const RenderedEmail r = EmailTemplates::render(EmailTemplates::defaultFor(step), c);
            QVERIFY2(!r.subject.isEmpty() && !r.text.contains(QStringLiteral("{?")), qPrintable(step));
        }
    }

    // --- SMTP ------------------------------------------------------------------------------------------------------

    void sendsInClearToLocalhost()
    {
        LocalSmtpServer server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        SmtpClient client(settingsFor(server, SmtpSettings::Security::None));
        auto receipt = client.send(sampleMessage(m_pdf));
        QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
        QVERIFY(server.waitForMessages(1));
        checkArrived(server, 1, *receipt);
        QVERIFY(receipt->serverReply.startsWith(QStringLiteral("250")));
        const QJsonObject envelope = server.envelope(1);
        QCOMPARE(envelope.value(QStringLiteral("mail_from")).toString(), QStringLiteral("relances@atelier-martin.example"));
        QCOMPARE(envelope.value(QStringLiteral("rcpt_tos")).toArray().size(), 3); // To, Cc and Bcc
        QVERIFY(!envelope.value(QStringLiteral("tls")).toBool());
        // A second message on the same client (connection reused or not), a new Message-ID.
        auto second = client.send(sampleMessage(m_pdf));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(second->messageId != receipt->messageId);
        QVERIFY(server.waitForMessages(2));
    }

    void startTlsWithTrustedTestCertificate_data()
    {
        QTest::addColumn<QString>("auth");
        QTest::newRow("AUTH PLAIN") << "PLAIN";
        QTest::newRow("AUTH LOGIN") << "LOGIN";
    }

    void startTlsWithTrustedTestCertificate()
    {
        QFETCH(QString, auth);
        LocalSmtpServer server;
        QString error;
        QVERIFY2(server.start({LocalSmtpServer::Tls::StartTls, m_cert, m_key, QStringLiteral("atelier"),
                               QStringLiteral("s3cret-àé")},
                              &error),
                 qPrintable(error));
        SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
        s.caFile = m_cert; // trusted on top of the system's certificates
        s.user = QStringLiteral("atelier");
        s.password = QStringLiteral("s3cret-àé");
        s.authMethod = auth;
        QVERIFY(SmtpClient(s).testConnection().ok());
        SmtpClient client(s);
        auto receipt = client.send(sampleMessage(m_pdf));
        QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
        QVERIFY(server.waitForMessages(1));
        checkArrived(server, 1, *receipt);
        const QJsonObject envelope = server.envelope(1);
        QVERIFY(envelope.value(QStringLiteral("tls")).toBool());
        QCOMPARE(envelope.value(QStringLiteral("login")).toString(), QStringLiteral("atelier"));
        QVERIFY2(server.authLog().contains(auth + QStringLiteral(" atelier ok")), qPrintable(server.authLog()));
    }

    void untrustedCertificateIsRefused()
    {
        LocalSmtpServer server;
        QString error;
        QVERIFY2(server.start({LocalSmtpServer::Tls::StartTls, m_cert, m_key, {}, {}}, &error), qPrintable(error));
        // No added certificate: the self-signed one is not trusted, and nothing can switch the check off.
        SmtpClient client(settingsFor(server, SmtpSettings::Security::StartTls));
        auto receipt = client.send(sampleMessage(m_pdf));
        QVERIFY(!receipt.ok());
        QVERIFY2(receipt.error().contains(QStringLiteral("certificat du serveur SMTP 127.0.0.1:%1 n'est pas reconnu").arg(server.port())),
                 qPrintable(receipt.error()));
        QVERIFY2(receipt.error().contains(QStringLiteral("smtp.ca_file")), qPrintable(receipt.error()));
        QTest::qWait(300);
        QCOMPARE(server.messageCount(), 0);
    }

    void trustedCertificateForAnotherNameIsRefused()
    {
        // Trusted through the added-CA option, but issued for another host: the host name check still refuses it.
        QString cert, key, error;
        QVERIFY2(LocalSmtpServer::makeCertificate(m_certDir.path(), &cert, &key, &error, QStringLiteral("DNS:smtp.other.example"),
                                                  QStringLiteral("other")),
                 qPrintable(error));
        LocalSmtpServer server;
        QVERIFY2(server.start({LocalSmtpServer::Tls::StartTls, cert, key, {}, {}}, &error), qPrintable(error));
        SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
        s.caFile = cert;
        auto receipt = SmtpClient(s).send(sampleMessage(m_pdf));
        QVERIFY(!receipt.ok());
        QVERIFY2(receipt.error().contains(QStringLiteral("n'est pas reconnu")), qPrintable(receipt.error()));
        QVERIFY2(receipt.error().contains(QStringLiteral("127.0.0.1")), qPrintable(receipt.error()));
        QCOMPARE(server.messageCount(), 0);
    }

    void wrongPasswordIsRefused()
    {
        LocalSmtpServer server;
        QString error;
        QVERIFY2(server.start({LocalSmtpServer::Tls::StartTls, m_cert, m_key, QStringLiteral("atelier"), QStringLiteral("bon")}, &error),
                 qPrintable(error));
        SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
        s.caFile = m_cert;
        s.user = QStringLiteral("atelier");
        s.password = QStringLiteral("mauvais");
        auto receipt = SmtpClient(s).send(sampleMessage(m_pdf));
        QVERIFY(!receipt.ok());
        QVERIFY2(receipt.error().contains(QStringLiteral("identifiant ou mot de passe SMTP refusé")), qPrintable(receipt.error()));
        QVERIFY(receipt.error().contains(QStringLiteral("535")));
    }

    void smtpsImplicitTls()
    {
        LocalSmtpServer server;
        QString error;
        QVERIFY2(server.start({LocalSmtpServer::Tls::Implicit, m_cert, m_key, {}, {}}, &error), qPrintable(error));
        SmtpSettings s = settingsFor(server, SmtpSettings::Security::Tls);
        QCOMPARE(s.url(), QStringLiteral("smtps://127.0.0.1:%1").arg(server.port()));
        s.caFile = m_cert;
        auto receipt = SmtpClient(s).send(sampleMessage(m_pdf));
        QVERIFY2(receipt.ok(), qPrintable(receipt.error()));
        QVERIFY(server.waitForMessages(1));
        checkArrived(server, 1, *receipt);
        QVERIFY(server.envelope(1).value(QStringLiteral("tls")).toBool());
    }

    void clearErrors()
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = LocalSmtpServer::freePort();
        s.security = SmtpSettings::Security::None;
        s.from = {{}, QStringLiteral("a@atelier.example")};
        s.connectTimeoutSeconds = 3;
        auto r = SmtpClient(s).send(sampleMessage(m_pdf));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("connexion impossible au serveur SMTP 127.0.0.1:%1").arg(s.port)), qPrintable(r.error()));
        // Settings that would weaken security are refused before any connection.
        s.host = QStringLiteral("smtp.example.com");
        QVERIFY(SmtpClient(s).send(sampleMessage(m_pdf)).error().contains(QStringLiteral("sans chiffrement")));
        s.host = QStringLiteral("localhost");
        s.user = QStringLiteral("x");
        QVERIFY(SmtpClient(s).send(sampleMessage(m_pdf)).error().contains(QStringLiteral("mot de passe ne part jamais sans chiffrement")));
        s.security = SmtpSettings::Security::StartTls;
        s.caFile = QStringLiteral("/nonexistent/ca.pem");
        QVERIFY(SmtpClient(s).send(sampleMessage(m_pdf)).error().contains(QStringLiteral("certificat ajouté illisible")));
        MailMessage noOne = sampleMessage(m_pdf);
        noOne.to.clear();
        noOne.cc.clear();
        noOne.bcc.clear();
        s.caFile.clear();
        QCOMPARE(SmtpClient(s).send(noOne).error(), QStringLiteral("aucun destinataire"));
    }

    void settingsRoundTripWithoutPassword()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("s.sqlite"))).ok());
        SettingsRepository repo(db);
        SmtpSettings s;
        s.host = QStringLiteral("smtp.example.com");
        s.port = 465;
        s.security = SmtpSettings::Security::Tls;
        s.user = QStringLiteral("relances@atelier.example");
        s.password = QStringLiteral("never-stored");
        s.from = {QStringLiteral("Atelier Martin"), QStringLiteral("relances@atelier.example")};
        s.caFile = QStringLiteral("/etc/ssl/certs/extra.pem");
        QVERIFY(s.save(repo).ok());
        const SmtpSettings back = SmtpSettings::load(repo);
        QCOMPARE(back.host, s.host);
        QCOMPARE(back.port, 465);
        QCOMPARE(back.security, SmtpSettings::Security::Tls);
        QCOMPARE(back.user, s.user);
        QCOMPARE(back.from.name, s.from.name);
        QCOMPARE(back.caFile, s.caFile);
        QVERIFY(back.password.isEmpty());
        // Nowhere in the database file.
        db.close();
        QFile file(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("never-stored"));
        // Headless: the environment variable stands in for the keychain.
        qputenv(SmtpPassword::EnvironmentVariable, "from-env");
        auto pw = SmtpPassword::read(QStringLiteral("relances@atelier.example"));
        qunsetenv(SmtpPassword::EnvironmentVariable);
        QVERIFY(pw.ok());
        QCOMPARE(*pw, QStringLiteral("from-env"));
    }

    void keychainAnswersOrFailsClearly()
    {
        // Whatever this machine offers (a Secret Service, or no keychain at all as in CI), reading never hangs and a
        // failure says in French what to do.
        QElapsedTimer timer;
        timer.start();
        auto pw = SmtpPassword::read(QStringLiteral("encaisse-test-absent@example.invalid"), 5000);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(!pw.ok()); // nobody stored a password for this account
        QVERIFY2(pw.error().contains(QStringLiteral("trousseau")), qPrintable(pw.error()));
    }

    void workerThreadForTheGui()
    {
        LocalSmtpServer server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        MailBatchSender sender;
        QSignalSpy progress(&sender, &MailBatchSender::progress);
        QSignalSpy done(&sender, &MailBatchSender::messageFinished);
        QSignalSpy finished(&sender, &MailBatchSender::finished);
        MailMessage bad = sampleMessage(m_pdf);
        bad.to = {MailAddress{{}, QStringLiteral("not an address")}};
        QVERIFY(sender.start(settingsFor(server, SmtpSettings::Security::None), {sampleMessage(m_pdf), bad, sampleMessage(m_pdf)}));
        QVERIFY(!sender.start(settingsFor(server, SmtpSettings::Security::None), {})); // one batch at a time
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(done.size(), 3);
        QVERIFY(done.at(0).at(1).toBool());
        QVERIFY(!done.at(1).at(1).toBool());
        QVERIFY(done.at(1).at(3).toString().contains(QStringLiteral("adresse de destinataire invalide")));
        QVERIFY(server.waitForMessages(2));
        QCOMPARE(parseMimeWithPython(server.messagePath(1)).value(QStringLiteral("message-id")).toString(),
                 done.at(0).at(2).toString());
    }

    // --- the send queue on a real database --------------------------------------------------------------------------

    void queueSendsRecordsAndRetries()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("q.sqlite"))).ok());
        FixedClock clock(d("2026-11-25")); // Wednesday
        Clock::setInstance(&clock);
        auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });

        Company company;
        company.name = QStringLiteral("Atelier Martin SARL");
        company.iban = QStringLiteral("FR7630006000011234567890189");
        company.bic = QStringLiteral("AGRIFRPP");
        company.signatoryName = QStringLiteral("Élodie Martin");
        company.signatoryTitle = QStringLiteral("gérante");
        QVERIFY(CompanyRepository(db).save(company).ok());
        // Four small invoices due Saturday 5 December: preventive at J-10 = today, by e-mail (many invoices).
        Customer c;
        c.code = QStringLiteral("C0042");
        c.name = QStringLiteral("Boulangerie Dupont & Fils");
        c.profile = PayerProfile::Negligent;
        c.contacts << Contact{0, 0, QStringLiteral("Mme"), QStringLiteral("Françoise Dupont"), QStringLiteral("Comptabilité"),
                              QString(), QStringLiteral("compta@boulangerie-dupont.example"), true};
        QVERIFY(CustomerRepository(db).insert(c).ok());
        QList<qint64> ids;
        InvoiceRepository invoices(db);
        for (int i = 1; i <= 4; ++i) {
            Invoice inv;
            inv.customerId = c.id;
            inv.number = QStringLiteral("FA-10%1").arg(i);
            inv.issueDate = d("2026-11-05");
            inv.dueDate = d("2026-12-05");
            inv.amountCents = 30000 + i;
            inv.openCents = inv.amountCents;
            QVERIFY(invoices.insert(inv).ok());
            ids << inv.id;
        }
        QVERIFY(invoices.attachPdf(ids.at(0), QStringLiteral("FA-101.pdf"), m_pdf).ok());
        const QByteArray pdf2 = makePdf(QStringLiteral("Facture FA-102"));
        QVERIFY(invoices.attachPdf(ids.at(1), QStringLiteral("FA-102 été.pdf"), pdf2).ok());
        // A customer without any e-mail address.
        Customer silent;
        silent.code = QStringLiteral("C0043");
        silent.name = QStringLiteral("Garage sans e-mail");
        silent.profile = PayerProfile::Negligent;
        QVERIFY(CustomerRepository(db).insert(silent).ok());
        for (int i = 1; i <= 4; ++i) {
            Invoice inv;
            inv.customerId = silent.id;
            inv.number = QStringLiteral("FG-%1").arg(i);
            inv.issueDate = d("2026-11-05");
            inv.dueDate = d("2026-12-05");
            inv.amountCents = inv.openCents = 10000;
            QVERIFY(invoices.insert(inv).ok());
        }

        const MailAddress from{QStringLiteral("Atelier Martin"), QStringLiteral("relances@atelier-martin.example")};
        EmailQueue queue(db);
        auto built = queue.build(d("2026-11-25"), d("2026-11-25"), from);
        QVERIFY2(built.ok(), qPrintable(built.error()));
        QList<QueuedEmail> items = built.value();
        QCOMPARE(items.size(), 2);
        QueuedEmail &mail = items[0].customerCode == u"C0042" ? items[0] : items[1];
        const QueuedEmail &skipped = items[0].customerCode == u"C0042" ? items[1] : items[0];
        QCOMPARE(skipped.state, QueuedEmail::State::Skipped);
        QVERIFY(skipped.warnings.join(QString()).contains(QStringLiteral("pas d'adresse e-mail")));
        // Preview: the step's template filled from the store.
        QCOMPARE(mail.action.step, QStringLiteral("preventive"));
        QCOMPARE(mail.message.to.first().address, QStringLiteral("compta@boulangerie-dupont.example"));
        QCOMPARE(mail.message.subject, QStringLiteral("Factures FA-101, FA-102, FA-103 et FA-104 – échéances à venir"));
        QVERIFY(mail.message.text.startsWith(QStringLiteral("Bonjour Madame Françoise Dupont,")));
        QVERIFY(mail.message.text.contains(QStringLiteral("IBAN FR76 3000 6000 0112 3456 7890 189 – BIC AGRIFRPP")));
        QVERIFY(mail.message.text.contains(QStringLiteral("Total dû")));
        QVERIFY(mail.message.text.contains(QStringLiteral("1\u202f200,10\u00a0€")));
        QVERIFY(mail.message.text.endsWith(QStringLiteral("Élodie Martin, gérante\nAtelier Martin SARL\n")));
        QVERIFY(mail.message.html.contains(QStringLiteral("<td style=")));
        QCOMPARE(mail.message.attachments.size(), 2);
        QCOMPARE(mail.message.attachments.at(1).fileName, QStringLiteral("FA-102 été.pdf"));
        QCOMPARE(mail.warnings, QStringList{QStringLiteral("pas de PDF pour les factures FA-103 et FA-104 : elles ne sont pas jointes")});

        // The server is down: the failure is journalled, the action stays to do.
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = LocalSmtpServer::freePort();
        s.security = SmtpSettings::Security::StartTls;
        s.caFile = m_cert;
        s.user = QStringLiteral("atelier");
        s.password = QStringLiteral("pw");
        s.from = from;
        s.connectTimeoutSeconds = 3;
        {
            SmtpClient down(s);
            QList<std::pair<int, int>> steps;
            const EmailBatchSummary first = queue.sendPending(items, down, [&](int done, int total, const QueuedEmail &) {
                steps << std::pair{done, total};
                return true;
            });
            QCOMPARE(first.sent, 0);
            QCOMPARE(first.failed, 1);
            QCOMPARE(first.skipped, 1);
            QCOMPARE(steps, (QList<std::pair<int, int>>{{1, 1}}));
        }
        QCOMPARE(mail.state, QueuedEmail::State::Failed);
        QVERIFY(mail.error.contains(QStringLiteral("connexion impossible")));
        const QString firstId = mail.message.messageId;
        QVERIFY(!firstId.isEmpty());
        EventJournal journal(db);
        for (qint64 id : ids) {
            const QList<Event> events = journal.forInvoice(id);
            QVERIFY(!events.isEmpty());
            QCOMPARE(events.first().kind, QStringLiteral("email_failed"));
            QCOMPARE(events.first().details.value(QStringLiteral("message_id")).toString(), firstId);
        }
        QCOMPARE(ActionRepository(db).findById(mail.action.id)->status, Action::Status::Planned);

        // Retry once the server is up: sent, with the same Message-ID, journalled per invoice, action done.
        LocalSmtpServer server;
        QString error;
        QVERIFY2(server.start({LocalSmtpServer::Tls::StartTls, m_cert, m_key, QStringLiteral("atelier"), QStringLiteral("pw")}, &error),
                 qPrintable(error));
        s.port = server.port();
        SmtpClient up(s);
        const EmailBatchSummary second = queue.sendPending(items, up);
        QCOMPARE(second.sent, 1);
        QCOMPARE(second.failed, 0);
        QCOMPARE(mail.state, QueuedEmail::State::Sent);
        QCOMPARE(mail.attempts, 2);
        QCOMPARE(mail.messageId, firstId);
        QVERIFY(server.waitForMessages(1));
        const QJsonObject arrived = parseMimeWithPython(server.messagePath(1));
        QCOMPARE(arrived.value(QStringLiteral("message-id")).toString(), firstId);
        QCOMPARE(arrived.value(QStringLiteral("subject")).toString(), mail.message.subject);
        QCOMPARE(arrived.value(QStringLiteral("to")).toString(), QStringLiteral("Françoise Dupont <compta@boulangerie-dupont.example>"));
        QCOMPARE(partTypes(arrived), (QStringList{QStringLiteral("multipart/mixed"), QStringLiteral("multipart/alternative"),
                                                  QStringLiteral("text/plain"), QStringLiteral("text/html"),
                                                  QStringLiteral("application/pdf"), QStringLiteral("application/pdf")}));
        QVERIFY(part(arrived, QStringLiteral("text/html")).value(QStringLiteral("text")).toString().contains(QStringLiteral("<table")));
        QVERIFY(part(arrived, QStringLiteral("text/plain")).value(QStringLiteral("text")).toString().contains(QStringLiteral("Bonjour Madame Françoise Dupont,")));
        QStringList names;
        for (const QJsonValue &p : arrived.value(QStringLiteral("parts")).toArray())
            if (!p.toObject().value(QStringLiteral("filename")).toString().isEmpty())
                names << p.toObject().value(QStringLiteral("filename")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("FA-101.pdf"), QStringLiteral("FA-102 été.pdf")}));
        for (qint64 id : ids) {
            const QList<Event> events = journal.forInvoice(id);
            bool sent = false;
            for (const Event &e : events)
                if (e.kind == u"email_sent") {
                    sent = true;
                    QCOMPARE(e.details.value(QStringLiteral("message_id")).toString(), firstId);
                    QCOMPARE(e.details.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
                    QCOMPARE(e.details.value(QStringLiteral("attempts")).toInt(), 2);
                    QCOMPARE(e.customerId, c.id);
                }
            QVERIFY(sent);
        }
        const auto done = ActionRepository(db).findById(mail.action.id);
        QCOMPARE(done->status, Action::Status::Done);
        QCOMPARE(done->outcome, QStringLiteral("other"));
        QCOMPARE(done->comment, QStringLiteral("e-mail envoyé"));
        // Nothing left for the day: a new batch is empty (no e-mail goes twice).
        auto again = queue.build(d("2026-11-25"), d("2026-11-25"), from);
        QVERIFY(again.ok());
        for (const QueuedEmail &item : *again)
            QVERIFY(item.customerCode != u"C0042");
        // Sent items are never sent again by a further call.
        QCOMPARE(queue.sendPending(items, up).sent, 0);
        QTest::qWait(200);
        QCOMPARE(server.messageCount(), 1);
    }

    void firmerStepsAttachAStatement()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("r.sqlite"))).ok());
        FixedClock clock(d("2026-11-25"));
        Clock::setInstance(&clock);
        auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });
        Company company;
        company.name = QStringLiteral("Atelier Martin SARL");
        company.address.line4 = QStringLiteral("27 avenue des Frères Lumière");
        company.address.postcode = QStringLiteral("69008");
        company.address.city = QStringLiteral("Lyon");
        QVERIFY(CompanyRepository(db).save(company).ok());
        Customer c;
        c.code = QStringLiteral("C0007");
        c.address.line4 = QStringLiteral("3 rue du Moulin");
        c.address.postcode = QStringLiteral("38200");
        c.address.city = QStringLiteral("Vienne");
        c.name = QStringLiteral("Garage Lefèvre");
        c.contacts << Contact{0, 0, QStringLiteral("M."), QStringLiteral("Paul Lefèvre"), QStringLiteral("Gérant"), QString(),
                              QStringLiteral("paul@garage-lefevre.example"), true};
        QVERIFY(CustomerRepository(db).insert(c).ok());
        Invoice inv;
        inv.customerId = c.id;
        inv.number = QStringLiteral("FA-0999");
        inv.issueDate = d("2026-09-15");
        inv.dueDate = d("2026-10-15");
        inv.amountCents = inv.openCents = 1248035;
        QVERIFY(InvoiceRepository(db).insert(inv).ok());
        Action earlier;
        earlier.customerId = c.id;
        earlier.plannedDate = earlier.scheduledDate = d("2026-10-20");
        earlier.step = QStringLiteral("level1");
        earlier.channel = QStringLiteral("email");
        earlier.status = Action::Status::Done;
        earlier.doneAt = QDateTime(d("2026-10-20"), QTime(9, 0));
        earlier.outcome = QStringLiteral("other");
        earlier.invoiceIds = {inv.id};
        QVERIFY(ActionRepository(db).insert(earlier).ok());
        Action level2;
        level2.customerId = c.id;
        level2.plannedDate = level2.scheduledDate = d("2026-11-25");
        level2.step = QStringLiteral("level2");
        level2.channel = QStringLiteral("email");
        level2.amountCents = inv.openCents;
        level2.invoiceIds = {inv.id};
        auto composed = EmailComposer(db).compose(level2, d("2026-11-25"), {QString(), QStringLiteral("r@atelier.example")});
        QVERIFY2(composed.ok(), qPrintable(composed.error()));
        QCOMPARE(composed->message.subject, QStringLiteral("Deuxième relance – facture impayée"));
        QVERIFY2(composed->message.text.contains(QStringLiteral("Malgré notre relance du 20/10/2026, la facture suivante reste impayée :")),
                 qPrintable(composed->message.text));
        QVERIFY(composed->message.text.contains(QStringLiteral("soit un total de 12\u202f480,35\u00a0€ TTC.")));
        QVERIFY2(composed->message.text.contains(QStringLiteral("Vous trouverez ci-joint un relevé de votre compte.")),
                 qPrintable(composed->warnings.join(u'\n')));
        const MailAttachment &statement = composed->message.attachments.last();
        QCOMPARE(statement.fileName, QStringLiteral("Relevé de compte C0007 au 25-11-2026.pdf"));
        QVERIFY(statement.data.startsWith("%PDF"));
        // Level 3 names every reminder and the penalty rate of the day (ECB 2,15 % + 10 points).
        level2.step = QStringLiteral("level3");
        auto level3 = EmailComposer(db).compose(level2, d("2026-11-25"), {QString(), QStringLiteral("r@atelier.example")});
        QVERIFY(level3.ok());
        QVERIFY2(level3->message.text.contains(QStringLiteral("Nous vous avons relancé le 20/10/2026 au sujet de la facture suivante")),
                 qPrintable(level3->message.text));
        QVERIFY(level3->message.text.contains(QStringLiteral("au taux de 12,15 %")));
    }
};

QTEST_MAIN(TestMail)
#include "tst_mail.moc"
