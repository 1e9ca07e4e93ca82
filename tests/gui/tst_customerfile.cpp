// CustomerFileDialog: the customer file on a real demo database (offscreen): opened from the customers list, the
// timeline newest first, a profile override stored and journaled, a pause that takes the customer off the agenda,
// and the mise en demeure written as a PDF that names the customer.

#include "ActionListModel.h"
#include "Clock.h"
#include "CustomerFileDialog.h"
#include "CustomerRepository.h"
#include "CustomerTableModel.h"
#include "Database.h"
#include "EventJournal.h"
#include "GuiDemoData.h"
#include "MainWindow.h"
#include "PauseDialog.h"
#include "ProfileOverrideDialog.h"
#include "TestSupport.h"
#include "TimelineModel.h"
#include "TodayView.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestCustomerFile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void opensFromTheCustomerList();
    void headerAndTabs();
    void timelineNewestFirst();
    void overrideIsStoredAndJournaled();
    void pauseTakesTheCustomerOffTheAgenda();
    void formalNoticeAndDossierAsPdf();

private:
    MainWindow &showWindow();
    // The customer of today's first call, and its file.
    CustomerFileDialog *openFirstCallersFile(qint64 *customerId);
    static void typeText(QWidget *widget, const QString &text);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    FixedClock m_clock{GuiDemoData::today()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestCustomerFile::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    GuiDemoData::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_customerfile"));
    Clock::setInstance(&m_clock);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
}

void TestCustomerFile::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_dir.isValid());
    const Status opened = GuiDemoData::openFilled(*m_db, m_dir.path(), QStringLiteral("file"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestCustomerFile::cleanup()
{
    m_window.reset();
    m_db.reset();
}

void TestCustomerFile::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

MainWindow &TestCustomerFile::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->resize(1366, 768);
    m_window->show();
    [&] { QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); }();
    return *m_window;
}

CustomerFileDialog *TestCustomerFile::openFirstCallersFile(qint64 *customerId)
{
    MainWindow &window = showWindow();
    const TodayData &data = window.todayView()->data();
    if (data.calls.isEmpty())
        return nullptr;
    *customerId = data.calls.first().action.customerId;
    return window.openCustomerFile(*customerId);
}

void TestCustomerFile::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void TestCustomerFile::opensFromTheCustomerList()
{
    MainWindow &window = showWindow();
    window.showView(MainWindow::View::Customers);
    auto *table = window.findChild<QTableView *>(QStringLiteral("customerTableView"));
    QVERIFY(table->model()->rowCount() > 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, CustomerTableModel::Name));
    const QString name = table->model()->index(0, CustomerTableModel::Name).data().toString();
    QTest::keyClick(table, Qt::Key_Return);
    const std::optional<Customer> customer = CustomerRepository(*m_db).findByCode(
        table->model()->index(0, CustomerTableModel::Code).data().toString());
    QVERIFY(customer);
    CustomerFileDialog *file = window.customerFile(customer->id);
    QVERIFY(file);
    QTRY_VERIFY(file->isVisible());
    QCOMPARE(file->findChild<QLabel *>(QStringLiteral("customerNameLabel"))->text(), name);
    QCOMPARE(file->windowTitle(), QStringLiteral("Fiche client — %1").arg(name));
    // Opening it again raises the same window.
    QCOMPARE(window.openCustomerFile(customer->id), file);
}

void TestCustomerFile::headerAndTabs()
{
    qint64 id = 0;
    CustomerFileDialog *file = openFirstCallersFile(&id);
    QVERIFY(file);
    const Customer customer = *CustomerRepository(*m_db).findById(id);
    QTabWidget *tabs = file->tabs();
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->tabText(CustomerFileDialog::InvoicesTab), QStringLiteral("Factures"));
    QCOMPARE(tabs->tabText(CustomerFileDialog::HistoryTab), QStringLiteral("Historique"));
    QCOMPARE(tabs->tabText(CustomerFileDialog::ContactsTab), QStringLiteral("Contacts"));
    QCOMPARE(tabs->tabText(CustomerFileDialog::TermsTab), QStringLiteral("Conditions"));
    QVERIFY(tabs->tabText(CustomerFileDialog::PlanTab).startsWith(QStringLiteral("Échéancier")));

    const QString identity = file->findChild<QLabel *>(QStringLiteral("identityLabel"))->text();
    QVERIFY(identity.startsWith(customer.code));
    if (!customer.siren.isEmpty())
        QVERIFY(identity.contains(QStringLiteral("SIREN")));
    auto *badge = file->findChild<QLabel *>(QStringLiteral("profileBadge"));
    QVERIFY(badge->text().startsWith(payerProfileFrench(*customer.effectiveProfile())));
    QVERIFY(badge->toolTip().contains(customer.profileExplanation));
    const QString balance = file->findChild<QLabel *>(QStringLiteral("balanceLabel"))->text();
    QVERIFY2(balance.contains(QStringLiteral("Reste dû")), qPrintable(balance));

    // Invoices: the open ones first.
    auto *invoices = file->findChild<QTableView *>(QStringLiteral("fileInvoiceTable"));
    QVERIFY(invoices->model()->rowCount() > 0);
    bool seenClosed = false;
    for (int row = 0; row < invoices->model()->rowCount(); ++row) {
        const QString status = invoices->model()->index(row, 7).data().toString();
        const bool closed = status == QStringLiteral("Réglée") || status == QStringLiteral("Imputé")
                            || status == QStringLiteral("Annulée");
        if (closed)
            seenClosed = true;
        else
            QVERIFY2(!seenClosed, qPrintable(status));
    }
    // Contacts and terms.
    auto *contacts = file->findChild<QTableWidget *>(QStringLiteral("contactTable"));
    QCOMPARE(contacts->rowCount(), int(customer.contacts.size()));
    const QString terms = file->findChild<QLabel *>(QStringLiteral("termsLabel"))->text();
    QVERIFY2(terms.contains(QStringLiteral("Délai de paiement")), qPrintable(terms));
    QVERIFY(terms.contains(QStringLiteral("Taux de pénalités")));
}

void TestCustomerFile::timelineNewestFirst()
{
    qint64 id = 0;
    CustomerFileDialog *file = openFirstCallersFile(&id);
    QVERIFY(file);
    file->tabs()->setCurrentIndex(CustomerFileDialog::HistoryTab);
    auto *view = file->findChild<QTableView *>(QStringLiteral("timelineTable"));
    auto *model = qobject_cast<TimelineModel *>(view->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->rowCount() > 0);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->entry(row - 1).occurredAt >= model->entry(row).occurredAt);
    // Every line is dated and says who did it.
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(!model->index(row, TimelineModel::Date).data().toString().isEmpty());
        QVERIFY(!model->index(row, TimelineModel::Actor).data().toString().isEmpty());
    }
    QCOMPARE(model->headerData(TimelineModel::Actor, Qt::Horizontal).toString(), QStringLiteral("Par"));
    // The journal's per-invoice copies fold into one line.
    int events = 0;
    for (const Event &e : EventJournal(*m_db).forCustomer(id))
        events += e.kind.isEmpty() ? 0 : 1;
    QVERIFY(model->rowCount() <= events);
}

void TestCustomerFile::overrideIsStoredAndJournaled()
{
    qint64 id = 0;
    CustomerFileDialog *file = openFirstCallersFile(&id);
    QVERIFY(file);
    const Customer before = *CustomerRepository(*m_db).findById(id);
    const PayerProfile wanted =
        before.effectiveProfile() == PayerProfile::BadPayer ? PayerProfile::Negligent : PayerProfile::BadPayer;

    // The modal dialog, answered through its widgets.
    bool asked = false;
    m_window->setCustomerFileDialogRunner([&](QDialog &dialog) {
        auto *profileDialog = qobject_cast<ProfileOverrideDialog *>(&dialog);
        if (!profileDialog)
            return int(QDialog::Rejected);
        asked = true;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("profileCombo"));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        combo->setCurrentIndex(combo->findData(payerProfileKey(wanted)));
        reason->clear();
        if (ok->isEnabled())
            return int(QDialog::Rejected); // a profile set by hand must say why
        typeText(reason, QStringLiteral("Retards délibérés, confirmé par l'expert-comptable"));
        if (!ok->isEnabled())
            return int(QDialog::Rejected);
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(file->findChild<QPushButton *>(QStringLiteral("changeProfileButton")), Qt::LeftButton);
    QVERIFY(asked);

    const Customer after = *CustomerRepository(*m_db).findById(id);
    QCOMPARE(after.profileOverride, std::optional<PayerProfile>(wanted));
    QCOMPARE(after.profileOverrideReason, QStringLiteral("Retards délibérés, confirmé par l'expert-comptable"));
    const Event last = EventJournal(*m_db).forCustomer(id).first();
    QCOMPARE(last.kind, QStringLiteral("profile_override"));
    QCOMPARE(last.actor, QStringLiteral("moi"));
    QVERIFY2(last.summary.contains(payerProfileFrench(wanted)), qPrintable(last.summary));
    QCOMPARE(last.details.value(QStringLiteral("profile")).toString(), payerProfileKey(wanted));

    // On screen: the badge, and the history's first line.
    QVERIFY(file->findChild<QLabel *>(QStringLiteral("profileBadge"))->text().startsWith(payerProfileFrench(wanted)));
    auto *timeline = qobject_cast<TimelineModel *>(file->findChild<QTableView *>(QStringLiteral("timelineTable"))->model());
    QCOMPARE(timeline->entry(0).kind, QStringLiteral("profile_override"));
    QCOMPARE(timeline->index(0, TimelineModel::Kind).data().toString(), QStringLiteral("Profil fixé à la main"));

    // Back to the computation.
    QVERIFY(file->overrideProfile(std::nullopt, QString()));
    QVERIFY(!CustomerRepository(*m_db).findById(id)->profileOverride);
    QCOMPARE(EventJournal(*m_db).forCustomer(id).first().kind, QStringLiteral("profile_override"));
}

void TestCustomerFile::pauseTakesTheCustomerOffTheAgenda()
{
    qint64 id = 0;
    CustomerFileDialog *file = openFirstCallersFile(&id);
    QVERIFY(file);
    const auto onAgenda = [this](qint64 customerId) {
        const TodayData &data = m_window->todayView()->data();
        for (const QList<AgendaItem> *list : {&data.calls, &data.emails, &data.letters})
            for (const AgendaItem &item : *list)
                if (item.action.customerId == customerId && !item.action.pinned)
                    return true;
        return false;
    };
    QVERIFY(onAgenda(id));
    QVERIFY(!file->findChild<QWidget *>(QStringLiteral("pauseBanner"))->isVisible());

    m_window->setCustomerFileDialogRunner([](QDialog &dialog) {
        auto *pause = qobject_cast<PauseDialog *>(&dialog);
        if (!pause)
            return int(QDialog::Rejected);
        auto *until = dialog.findChild<QDateEdit *>(QStringLiteral("untilEdit"));
        until->setDate(QDate(2026, 12, 15));
        auto *reason = dialog.findChild<QComboBox *>(QStringLiteral("pauseReasonCombo"));
        reason->lineEdit()->clear();
        QTest::keyClicks(reason->lineEdit(), QStringLiteral("Accord commercial"));
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(file->findChild<QPushButton *>(QStringLiteral("pauseButton")), Qt::LeftButton);

    const Customer paused = *CustomerRepository(*m_db).findById(id);
    QCOMPARE(paused.pausedUntil, QDate(2026, 12, 15));
    QCOMPARE(paused.pauseReason, QStringLiteral("Accord commercial"));
    const Event last = EventJournal(*m_db).forCustomer(id).first();
    QCOMPARE(last.kind, QStringLiteral("pause"));
    QVERIFY(last.summary.contains(QStringLiteral("15/12/2026")));
    QVERIFY(file->findChild<QWidget *>(QStringLiteral("pauseBanner"))->isVisible());
    QCOMPARE(file->findChild<QLabel *>(QStringLiteral("pauseLabel"))->text(),
             QStringLiteral("Relances suspendues jusqu'au 15/12/2026\u00A0: Accord commercial"));
    // Today was in front: it read the agenda again, without this customer.
    QVERIFY(!onAgenda(id));

    // Resuming puts the customer back.
    QTest::mouseClick(file->findChild<QPushButton *>(QStringLiteral("resumeButton")), Qt::LeftButton);
    QVERIFY(!CustomerRepository(*m_db).findById(id)->pausedUntil.isValid());
    QVERIFY(onAgenda(id));
    QVERIFY(!file->findChild<QWidget *>(QStringLiteral("pauseBanner"))->isVisible());
}

void TestCustomerFile::formalNoticeAndDossierAsPdf()
{
    qint64 id = 0;
    CustomerFileDialog *file = openFirstCallersFile(&id);
    QVERIFY(file);
    const Customer customer = *CustomerRepository(*m_db).findById(id);
    QStringList suggested;
    m_window->setSaveFileNameAsker([this, &suggested](const QString &, const QString &proposal) {
        suggested << proposal;
        return m_dir.filePath(QFileInfo(proposal).fileName());
    });
    QStringList messages;
    m_window->setMessageHandler([&messages](const QString &, const QString &text) { messages << text; });

    QTest::mouseClick(file->findChild<QPushButton *>(QStringLiteral("formalNoticeButton")), Qt::LeftButton);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    QCOMPARE(suggested.size(), 1);
    QVERIFY2(suggested.first().endsWith(QStringLiteral("mise-en-demeure-%1-2026-11-25.pdf").arg(customer.code)),
             qPrintable(suggested.first()));
    const QString notice = m_dir.filePath(QFileInfo(suggested.first()).fileName());
    QVERIFY(QFile::exists(notice));
    const CommandResult text = TestSupport::run(QStringLiteral("pdftotext"), {notice, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    const QString content = QString::fromUtf8(text.out);
    QVERIFY2(content.contains(QStringLiteral("MISE EN DEMEURE")), qPrintable(content.left(400)));
    QVERIFY2(content.simplified().contains(customer.name.simplified(), Qt::CaseInsensitive), qPrintable(content.left(800)));

    QTest::mouseClick(file->findChild<QPushButton *>(QStringLiteral("dossierButton")), Qt::LeftButton);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    QCOMPARE(suggested.size(), 2);
    QVERIFY(suggested.last().contains(QStringLiteral("dossier-contentieux-") + customer.code));
    QVERIFY(QFile::exists(m_dir.filePath(QFileInfo(suggested.last()).fileName())));

    // Cancelling the file question writes nothing.
    m_window->setSaveFileNameAsker([](const QString &, const QString &) { return QString(); });
    QVERIFY(m_window->writeFormalNotice(id).isEmpty());
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestCustomerFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_customerfile.moc"
