// EmailQueueDialog on the demo database of Wednesday 25/11/2026 (nine reminder e-mails that day): the whole batch
// goes to a real SMTP server (python3 -m aiosmtpd, STARTTLS with a throw-away certificate, AUTH) from the dialog's
// worker thread; what arrived is read back with Python's e-mail parser (subject, recipient, accents, the attached
// PDF), each state and Message-ID is in the invoices' journal. A recipient the server refuses fails with the
// server's words and goes once the server accepts it (Retry failed); Cancel stops the batch; without an account the
// dialog says where to set one, and mailto: and .eml still work.

#include "ActionRepository.h"
#include "Clock.h"
#include "EmailQueue.h"
#include "EmailQueueDialog.h"
#include "EmailQueueModel.h"
#include "EventJournal.h"
#include "GuiDemoData.h"
#include "InvoiceRepository.h"
#include "SettingsRepository.h"
#include "SmtpPassword.h"
#include "TestSupport.h"
#include "../data/mail/LocalSmtpServer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrlQuery>
#include <memory>

namespace {

const QString SmtpUser = QStringLiteral("atelier");
const QString SmtpPasswordText = QStringLiteral("mot-de-passe-ü");

// Bytes that stand for an invoice PDF, with bytes above 0x7F and CR/LF, which base64 must carry unchanged.
QByteArray samplePdf()
{
    QByteArray pdf("%PDF-1.4\n%\xE2\xE3\xCF\xD3\r\n1 0 obj << /Type /Catalog >> endobj\n");
    for (int i = 0; i < 3000; ++i)
        pdf.append(char(i * 37 % 256));
    pdf.append("\n%%EOF\n");
    return pdf;
}

} // namespace

class TestEmailQueueDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void listsAndPreviewsTheDay();
    void sendsTheDayThenRetriesTheRefusedOne();
    void cancelStopsTheBatch();
    void closingWhileSendingRecordsWhatLeft();
    void destroyingWhileSendingRecordsWhatLeft();
    void withoutAccountMailtoAndEmlStillWork();
    void aDayWithoutEmails();

private:
    SmtpSettings settingsFor(int port) const;
    std::unique_ptr<EmailQueueDialog> openDialog();
    int rowOfAction(EmailQueueDialog &dialog, qint64 actionId) const;
    QList<Event> journalOf(qint64 invoiceId, const QString &kind);
    int journalledSends();
    void screenshot(QWidget &widget, const QString &name);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QTemporaryDir m_certDir;
    QString m_cert, m_key;
    FixedClock m_clock{GuiDemoData::today()};
    std::unique_ptr<Database> m_db;
    QList<QueuedEmail> m_expected; // the day's queue as the core builds it
    QString m_pdfName;
    qint64 m_pdfInvoiceId = 0;
};

void TestEmailQueueDialog::initTestCase()
{
    TestSupport::prepareEnvironment();
    QVERIFY(m_settingsDir.isValid() && m_dir.isValid() && m_certDir.isValid());
    GuiDemoData::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_emailqueuedialog"));
    Clock::setInstance(&m_clock);
    QString error;
    QVERIFY2(LocalSmtpServer::makeCertificate(m_certDir.path(), &m_cert, &m_key, &error), qPrintable(error));
    // Never the user's keychain: the dialog gets its password from the test or from here.
    qputenv(SmtpPassword::EnvironmentVariable, SmtpPasswordText.toUtf8());
}

void TestEmailQueueDialog::init()
{
    m_db = std::make_unique<Database>();
    const Status opened = GuiDemoData::openFilled(*m_db, m_dir.path(), QStringLiteral("mail"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    auto built = EmailQueue(*m_db).build(GuiDemoData::today(), GuiDemoData::today(),
                                         MailAddress{QStringLiteral("Atelier"), QStringLiteral("compta@atelier.example")});
    QVERIFY2(built.ok(), qPrintable(built.error()));
    m_expected = *built;
    // The demo day has several e-mails to send, each to a customer with an address.
    QVERIFY2(m_expected.size() >= 4, qPrintable(QString::number(m_expected.size())));
    for (const QueuedEmail &item : std::as_const(m_expected))
        QCOMPARE(item.state, QueuedEmail::State::Ready);
    // The import keeps invoice PDFs; the demo has none: give the first message's first invoice one, with a French
    // name, so that an attachment travels.
    m_pdfInvoiceId = m_expected.first().action.invoiceIds.first();
    m_pdfName = QStringLiteral("Facture %1 – échéance dépassée.pdf").arg(InvoiceRepository(*m_db).findById(m_pdfInvoiceId)->number);
    QVERIFY(InvoiceRepository(*m_db).attachPdf(m_pdfInvoiceId, m_pdfName, samplePdf()).ok());
}

void TestEmailQueueDialog::cleanup()
{
    m_db.reset();
}

void TestEmailQueueDialog::cleanupTestCase()
{
    qunsetenv(SmtpPassword::EnvironmentVariable);
    Clock::setInstance(nullptr);
}

SmtpSettings TestEmailQueueDialog::settingsFor(int port) const
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = SmtpSettings::Security::StartTls;
    s.user = SmtpUser;
    s.caFile = m_cert; // the test certificate, trusted on top of the system's
    s.from = MailAddress{QStringLiteral("Atelier Martin — Comptabilité"), QStringLiteral("compta@atelier-martin.example")};
    s.connectTimeoutSeconds = 5;
    s.timeoutSeconds = 30;
    return s;
}

std::unique_ptr<EmailQueueDialog> TestEmailQueueDialog::openDialog()
{
    auto dialog = std::make_unique<EmailQueueDialog>(*m_db, GuiDemoData::today());
    dialog->resize(1200, 720);
    dialog->show();
    [&] { QVERIFY(QTest::qWaitForWindowExposed(dialog.get())); }();
    return dialog;
}

int TestEmailQueueDialog::rowOfAction(EmailQueueDialog &dialog, qint64 actionId) const
{
    for (int row = 0; row < dialog.model()->rowCount(); ++row)
        if (dialog.model()->item(row).action.id == actionId)
            return row;
    return -1;
}

QList<Event> TestEmailQueueDialog::journalOf(qint64 invoiceId, const QString &kind)
{
    QList<Event> out;
    for (const Event &e : EventJournal(*m_db).forInvoice(invoiceId))
        if (e.kind == kind)
            out << e;
    return out;
}

void TestEmailQueueDialog::screenshot(QWidget &widget, const QString &name)
{
    // scripts or a person looking at the dialog: ENCAISSE_SCREENSHOT_DIR=/tmp ctest -R emailqueuedialog
    const QString dir = qEnvironmentVariable("ENCAISSE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget.grab().save(dir + QStringLiteral("/mail-%1.png").arg(name)));
}

void TestEmailQueueDialog::listsAndPreviewsTheDay()
{
    auto dialog = openDialog();
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog->loadError().isEmpty());
    QCOMPARE(dialog->model()->rowCount(), int(m_expected.size()));
    for (const QueuedEmail &expected : std::as_const(m_expected)) {
        const int row = rowOfAction(*dialog, expected.action.id);
        QVERIFY(row >= 0);
        const auto cell = [&](int column) { return dialog->model()->index(row, column).data().toString(); };
        QCOMPARE(cell(EmailQueueModel::Customer), expected.customerName);
        QCOMPARE(cell(EmailQueueModel::Recipient), expected.message.to.first().address);
        QCOMPARE(cell(EmailQueueModel::Subject), expected.message.subject);
        QCOMPARE(cell(EmailQueueModel::State), QStringLiteral("Ready"));
        QCOMPARE(dialog->model()->index(row, 0).data(EmailQueueModel::StateKeyRole).toString(), QStringLiteral("ready"));
        // The invoices by number, the amount in French typography.
        for (qint64 id : expected.action.invoiceIds)
            QVERIFY(cell(EmailQueueModel::Invoices).contains(InvoiceRepository(*m_db).findById(id)->number));
        QVERIFY(cell(EmailQueueModel::Amount).endsWith(QStringLiteral("\u00A0€")));
    }
    QCOMPARE(dialog->pendingCount(), int(m_expected.size()));

    // No account in the demo's settings: the dialog says where to set one, and Send all is off.
    auto *account = dialog->findChild<QLabel *>(QStringLiteral("smtpAccountLabel"));
    QVERIFY(account && account->isVisible());
    QVERIFY(account->text().contains(QStringLiteral("Settings ▸ E-mail account")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("sendAllButton"))->isEnabled());

    // The preview follows the selection: subject, recipient, the HTML body, the attachments.
    const int pdfRow = rowOfAction(*dialog, m_expected.first().action.id);
    const int otherRow = rowOfAction(*dialog, m_expected.at(1).action.id);
    QTest::mouseClick(dialog->table()->viewport(), Qt::LeftButton, {},
                      dialog->table()->visualRect(dialog->model()->index(otherRow, EmailQueueModel::Subject)).center());
    auto *subject = dialog->findChild<QLabel *>(QStringLiteral("previewSubjectLabel"));
    auto *headers = dialog->findChild<QLabel *>(QStringLiteral("previewHeadersLabel"));
    auto *attachments = dialog->findChild<QListWidget *>(QStringLiteral("previewAttachmentsList"));
    QCOMPARE(subject->text(), m_expected.at(1).message.subject);
    QVERIFY(headers->text().contains(m_expected.at(1).message.to.first().address));
    const QString body = dialog->previewBrowser()->toPlainText();
    for (const QString &number : dialog->model()->invoiceNumbers(otherRow))
        QVERIFY2(body.contains(number), qPrintable(body));
    QVERIFY(!m_expected.at(1).message.html.isEmpty());
    QVERIFY(dialog->previewBrowser()->toHtml().contains(QStringLiteral("<table"))); // the invoices table of the template

    dialog->selectRow(pdfRow);
    QCOMPARE(subject->text(), m_expected.first().message.subject);
    QVERIFY(attachments->isVisible());
    QVERIFY(attachments->count() >= 1);
    QVERIFY(attachments->item(0)->text().contains(m_pdfName));
    screenshot(*dialog, QStringLiteral("preview"));
}

void TestEmailQueueDialog::sendsTheDayThenRetriesTheRefusedOne()
{
    LocalSmtpServer server;
    QString error;
    QVERIFY2(server.start({LocalSmtpServer::Tls::StartTls, m_cert, m_key, SmtpUser, SmtpPasswordText}, &error), qPrintable(error));
    const QueuedEmail &refusedItem = m_expected.at(2);
    const QString refusedAddress = refusedItem.message.to.first().address;
    server.refuse({refusedAddress});

    auto dialog = openDialog();
    QSignalSpy changed(dialog.get(), &EmailQueueDialog::emailsChanged);
    dialog->setSmtpSettings(settingsFor(server.port()), SmtpPasswordText);
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("smtpAccountLabel"))->isVisible());
    auto *send = dialog->findChild<QPushButton *>(QStringLiteral("sendAllButton"));
    QVERIFY(send->isEnabled());

    const int total = int(m_expected.size());
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(dialog->isSending());
    QVERIFY(!send->isEnabled()); // one batch at a time
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("sendProgressBar"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSending(), 90000);

    QCOMPARE(dialog->sentCount(), total - 1);
    QCOMPARE(dialog->failedCount(), 1);
    QCOMPARE(server.messageCount(), total - 1);
    QCOMPARE(changed.count(), 1);

    // What arrived: each message to its customer, French subject intact, both parts, the PDF byte for byte.
    QHash<QString, const QueuedEmail *> byRecipient;
    for (const QueuedEmail &item : std::as_const(m_expected))
        byRecipient.insert(item.message.to.first().address, &item);
    bool sawPdf = false, sawAccent = false;
    const QByteArray pdfSha = QCryptographicHash::hash(samplePdf(), QCryptographicHash::Sha256).toHex();
    for (int n = 1; n <= server.messageCount(); ++n) {
        const QJsonObject envelope = server.envelope(n);
        QVERIFY(envelope.value(QStringLiteral("tls")).toBool());
        QCOMPARE(envelope.value(QStringLiteral("login")).toString(), SmtpUser);
        const QString rcpt = envelope.value(QStringLiteral("rcpt_tos")).toArray().at(0).toString();
        QVERIFY2(byRecipient.contains(rcpt), qPrintable(rcpt));
        QVERIFY(rcpt != refusedAddress);
        const QueuedEmail &expected = *byRecipient.value(rcpt);
        const QJsonObject mail = parseMimeWithPython(server.messagePath(n));
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(), expected.message.subject);
        QVERIFY(mail.value(QStringLiteral("to")).toString().contains(rcpt));
        QVERIFY(mail.value(QStringLiteral("from")).toString().contains(QStringLiteral("Atelier Martin — Comptabilité")));
        QVERIFY(mail.value(QStringLiteral("defects")).toArray().isEmpty());
        sawAccent = sawAccent || expected.message.subject.contains(QStringLiteral("é"));
        QStringList types;
        for (const QJsonValue &p : mail.value(QStringLiteral("parts")).toArray()) {
            const QJsonObject part = p.toObject();
            types << part.value(QStringLiteral("type")).toString();
            if (part.value(QStringLiteral("type")).toString() == u"text/plain" || part.value(QStringLiteral("type")).toString() == u"text/html")
                QVERIFY(part.value(QStringLiteral("text")).toString().contains(
                    InvoiceRepository(*m_db).findById(expected.action.invoiceIds.first())->number));
            if (part.value(QStringLiteral("type")).toString() == u"application/pdf" && part.value(QStringLiteral("filename")).toString() == m_pdfName) {
                QCOMPARE(part.value(QStringLiteral("sha256")).toString().toLatin1(), pdfSha);
                sawPdf = true;
            }
        }
        QVERIFY2(types.contains(QStringLiteral("text/plain")) && types.contains(QStringLiteral("text/html")),
                 qPrintable(types.join(u',')));

        // The journal of each invoice the message covers holds its Message-ID; the action is done.
        const QString messageId = mail.value(QStringLiteral("message-id")).toString();
        QVERIFY(!messageId.isEmpty());
        for (qint64 invoiceId : expected.action.invoiceIds) {
            const QList<Event> sent = journalOf(invoiceId, QStringLiteral("email_sent"));
            QCOMPARE(sent.size(), 1);
            QCOMPARE(sent.first().details.value(QStringLiteral("message_id")).toString(), messageId);
        }
        QCOMPARE(ActionRepository(*m_db).findById(expected.action.id)->status, Action::Status::Done);
        const int row = rowOfAction(*dialog, expected.action.id);
        QCOMPARE(dialog->model()->index(row, 0).data(EmailQueueModel::StateKeyRole).toString(), QStringLiteral("sent"));
    }
    QVERIFY(sawPdf);
    QVERIFY(sawAccent);

    // The refused one: failed, with which server and what it said, in French; journalled; its action still planned.
    const int failedRow = rowOfAction(*dialog, refusedItem.action.id);
    const QString failure = dialog->model()->stateText(failedRow);
    QVERIFY2(failure.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())), qPrintable(failure));
    QVERIFY2(failure.contains(refusedAddress) && failure.contains(QStringLiteral("550")), qPrintable(failure));
    QCOMPARE(dialog->model()->index(failedRow, 0).data(EmailQueueModel::StateKeyRole).toString(), QStringLiteral("failed"));
    const QList<Event> failedEvents = journalOf(refusedItem.action.invoiceIds.first(), QStringLiteral("email_failed"));
    QCOMPARE(failedEvents.size(), 1);
    QVERIFY(failedEvents.first().details.value(QStringLiteral("error")).toString().contains(QStringLiteral("550")));
    const QString failedMessageId = failedEvents.first().details.value(QStringLiteral("message_id")).toString();
    QVERIFY(!failedMessageId.isEmpty());
    QCOMPARE(ActionRepository(*m_db).findById(refusedItem.action.id)->status, Action::Status::Planned);
    dialog->selectRow(failedRow);
    screenshot(*dialog, QStringLiteral("after-send"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("previewStateLabel"))->text().contains(QStringLiteral("550")));
    QVERIFY(dialog->statusText().contains(QStringLiteral("1 failed")));
    auto *retry = dialog->findChild<QPushButton *>(QStringLiteral("retryFailedButton"));
    QVERIFY(retry->isVisible() && retry->isEnabled());

    // Fixed on the server's side: Retry failed sends only that one, with the same Message-ID.
    server.refuse({});
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSending(), 60000);
    QCOMPARE(dialog->failedCount(), 0);
    QCOMPARE(dialog->sentCount(), total);
    QCOMPARE(server.messageCount(), total);
    QCOMPARE(server.envelope(total).value(QStringLiteral("rcpt_tos")).toArray().at(0).toString(), refusedAddress);
    QCOMPARE(parseMimeWithPython(server.messagePath(total)).value(QStringLiteral("message-id")).toString(), failedMessageId);
    const QList<Event> sentAfterRetry = journalOf(refusedItem.action.invoiceIds.first(), QStringLiteral("email_sent"));
    QCOMPARE(sentAfterRetry.size(), 1);
    QCOMPARE(sentAfterRetry.first().details.value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(ActionRepository(*m_db).findById(refusedItem.action.id)->status, Action::Status::Done);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!retry->isVisible());
    QVERIFY(!send->isEnabled()); // nothing left to send

    // Sending all again sends nothing twice.
    dialog->sendAll();
    QVERIFY(!dialog->isSending());
    QCOMPARE(server.messageCount(), total);
}

void TestEmailQueueDialog::cancelStopsTheBatch()
{
    LocalSmtpServer server;
    QString error;
    QVERIFY2(server.start({LocalSmtpServer::Tls::StartTls, m_cert, m_key, SmtpUser, SmtpPasswordText}, &error), qPrintable(error));
    // A slow server: Cancel is clicked while the first message is on the wire.
    server.setDelay(0.5);
    auto dialog = openDialog();
    dialog->setSmtpSettings(settingsFor(server.port()), SmtpPasswordText);
    const int total = int(m_expected.size());

    dialog->sendAll();
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelSendButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSending(), 60000);
    // It stops after the message on the wire at most.
    QVERIFY2(dialog->sentCount() <= 1, qPrintable(QString::number(dialog->sentCount())));
    QCOMPARE(dialog->failedCount(), 0);
    QCOMPARE(dialog->pendingCount(), total - dialog->sentCount());
    QCOMPARE(server.messageCount(), dialog->sentCount());
    QVERIFY2(dialog->statusText().contains(QStringLiteral("cancelled")), qPrintable(dialog->statusText()));
    QVERIFY(!cancel->isVisible());
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        QVERIFY(dialog->model()->index(row, 0).data(EmailQueueModel::StateKeyRole).toString() != u"sending");

    // The rest goes with the next Send all; nothing is sent twice.
    server.setDelay(0);
    dialog->sendAll();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSending(), 90000);
    QCOMPARE(dialog->sentCount(), total);
    QCOMPARE(server.messageCount(), total);
}

int TestEmailQueueDialog::journalledSends()
{
    int n = 0;
    for (const QueuedEmail &item : std::as_const(m_expected))
        n += int(journalOf(item.action.invoiceIds.first(), QStringLiteral("email_sent")).size());
    return n;
}

void TestEmailQueueDialog::closingWhileSendingRecordsWhatLeft()
{
    LocalSmtpServer server;
    QString error;
    QVERIFY2(server.start({LocalSmtpServer::Tls::StartTls, m_cert, m_key, SmtpUser, SmtpPasswordText}, &error), qPrintable(error));
    // The account as the app keeps it: in the settings, the password from the keychain's stand-in (the environment).
    SettingsRepository repo(*m_db);
    QVERIFY(settingsFor(server.port()).save(repo).ok());
    server.setDelay(0.2);
    auto dialog = openDialog();
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("smtpAccountLabel"))->isVisible());
    dialog->sendAll();
    QVERIFY(dialog->isSending());
    QTRY_VERIFY_WITH_TIMEOUT(server.messageCount() >= 1, 30000);
    // Closing stops after the message on the wire, records it, then the window goes.
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 60000);
    QVERIFY(!dialog->isSending());
    QVERIFY(journalledSends() >= 1);
    QCOMPARE(journalledSends(), server.messageCount());
    QCOMPARE(dialog->sentCount(), server.messageCount());
    QVERIFY(dialog->sentCount() < int(m_expected.size())); // it did stop early
}

void TestEmailQueueDialog::destroyingWhileSendingRecordsWhatLeft()
{
    LocalSmtpServer server;
    QString error;
    QVERIFY2(server.start({LocalSmtpServer::Tls::StartTls, m_cert, m_key, SmtpUser, SmtpPasswordText}, &error), qPrintable(error));
    server.setDelay(0.2);
    {
        auto dialog = openDialog();
        dialog->setSmtpSettings(settingsFor(server.port()), SmtpPasswordText);
        dialog->sendAll();
        QVERIFY(dialog->isSending());
        QTRY_VERIFY_WITH_TIMEOUT(server.messageCount() >= 1, 30000);
    }
    // The window went mid-batch: every message that left is in the journal all the same.
    QVERIFY(server.messageCount() >= 1);
    QCOMPARE(journalledSends(), server.messageCount());
}

void TestEmailQueueDialog::withoutAccountMailtoAndEmlStillWork()
{
    auto dialog = openDialog();
    const QueuedEmail &first = m_expected.first();
    const int row = rowOfAction(*dialog, first.action.id);
    dialog->selectRow(row);

    // Send all without an account: nothing goes, the message says where to set one.
    dialog->sendAll();
    QVERIFY(!dialog->isSending());
    QCOMPARE(dialog->sentCount(), 0);
    QVERIFY(dialog->statusText().contains(QStringLiteral("Settings ▸ E-mail account")));

    // "Open in my mail program": a mailto: URL to the customer with the subject and the plain text.
    QList<QUrl> opened;
    dialog->setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openInMailProgramButton")), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    const QUrl url = opened.first();
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(url.path(), first.message.to.first().address);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), first.message.subject);
    QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).replace(QStringLiteral("\r\n"), QStringLiteral("\n")),
             QString(dialog->model()->item(row).message.text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    // The PDF cannot travel in a mailto: link: the message says so and names it.
    QVERIFY2(dialog->statusText().contains(m_pdfName), qPrintable(dialog->statusText()));
    // No mail program: a clear message.
    dialog->setUrlOpener([](const QUrl &) { return false; });
    QVERIFY(!dialog->openInMailProgram(row));
    QVERIFY(dialog->statusText().contains(QStringLiteral(".eml")));

    // "Save as .eml…": the complete message, attachment included, suggested in Documents.
    QString askedTitle, askedSuggestion;
    const QString emlPath = m_dir.filePath(QStringLiteral("relance"));
    dialog->setSaveFileNameAsker([&](const QString &title, const QString &suggested) {
        askedTitle = title;
        askedSuggestion = suggested;
        return emlPath;
    });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveEmlButton")), Qt::LeftButton);
    QVERIFY(!askedTitle.isEmpty());
    QCOMPARE(QFileInfo(askedSuggestion).absolutePath(),
             QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absoluteFilePath());
    QCOMPARE(QFileInfo(askedSuggestion).fileName(),
             QStringLiteral("2026-11-25_%1_%2.eml").arg(first.customerCode, first.action.step));
    QVERIFY2(QFileInfo::exists(emlPath + QStringLiteral(".eml")), qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(emlPath + QStringLiteral(".eml")));
    const QJsonObject eml = parseMimeWithPython(emlPath + QStringLiteral(".eml"));
    QCOMPARE(eml.value(QStringLiteral("subject")).toString(), first.message.subject);
    QVERIFY(eml.value(QStringLiteral("to")).toString().contains(first.message.to.first().address));
    QCOMPARE(eml.value(QStringLiteral("x-unsent")).toString(), QStringLiteral("1"));
    QVERIFY(eml.value(QStringLiteral("defects")).toArray().isEmpty());
    bool pdf = false, html = false;
    for (const QJsonValue &p : eml.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject part = p.toObject();
        if (part.value(QStringLiteral("type")).toString() == u"text/html")
            html = part.value(QStringLiteral("text")).toString().contains(dialog->model()->invoiceNumbers(row).first());
        if (part.value(QStringLiteral("filename")).toString() == m_pdfName)
            pdf = part.value(QStringLiteral("sha256")).toString().toLatin1()
                  == QCryptographicHash::hash(samplePdf(), QCryptographicHash::Sha256).toHex();
    }
    QVERIFY(html);
    QVERIFY(pdf);

    // A folder that does not exist: the message names the file.
    const QString badPath = m_dir.filePath(QStringLiteral("absent/relance.eml"));
    dialog->setSaveFileNameAsker([&](const QString &, const QString &) { return badPath; });
    QVERIFY(!dialog->saveAsEml(row));
    QVERIFY2(dialog->statusText().contains(badPath), qPrintable(dialog->statusText()));
    // Cancelled: nothing happens.
    dialog->setSaveFileNameAsker([](const QString &, const QString &) { return QString(); });
    QVERIFY(!dialog->saveAsEml(row));

    // Nothing of this went to the journal as sent.
    QVERIFY(journalOf(first.action.invoiceIds.first(), QStringLiteral("email_sent")).isEmpty());
    QCOMPARE(ActionRepository(*m_db).findById(first.action.id)->status, Action::Status::Planned);
}

void TestEmailQueueDialog::aDayWithoutEmails()
{
    // Thursday 26 November: the demo plans no e-mail that day.
    const QDate thursday(2026, 11, 26);
    auto built = EmailQueue(*m_db).build(GuiDemoData::today(), thursday, MailAddress{{}, QStringLiteral("a@b.example")});
    QVERIFY(built.ok());
    QVERIFY(built->isEmpty());
    EmailQueueDialog dialog(*m_db, thursday);
    dialog.setSmtpSettings(settingsFor(25), SmtpPasswordText);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.model()->rowCount(), 0);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("previewSubjectLabel"))->text(), QStringLiteral("No e-mail is planned for this day."));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("sendAllButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("openInMailProgramButton"))->isEnabled());
    QVERIFY(!dialog.openInMailProgram(0));
    dialog.sendAll();
    QVERIFY(!dialog.isSending());
    QCOMPARE(dialog.statusText(), QStringLiteral("Nothing to send."));
}

QTEST_MAIN(TestEmailQueueDialog)
#include "tst_emailqueuedialog.moc"
