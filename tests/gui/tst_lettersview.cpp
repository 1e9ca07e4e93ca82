// LettersView ("Courriers"): the day's letters of the demo business (25/11/2026: six letters, four of them registered)
// printed in one job to a PDF file, read back with pdftotext/pdfinfo; each letter archived byte for byte with its
// SHA-256, the LRAR numbers typed in the real dialog, the planned actions completed; receipts, reopening and
// reprinting from the archive; a cancelled print archives nothing; a wrong LRAR number is refused.

#include "ActionRepository.h"
#include "Clock.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "GuiDemoData.h"
#include "LetterArchive.h"
#include "LetterBatch.h"
#include "LetterComposer.h"
#include "LetterRenderer.h"
#include "LetterRepository.h"
#include "LettersView.h"
#include "LettersViewArchiveModel.h"
#include "LettersViewBatchModel.h"
#include "LrarNumbersDialog.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <functional>
#include <memory>

namespace {

QString readPdfText(const QString &path)
{
    const CommandResult r = TestSupport::run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    return r.exitCode == 0 ? QString::fromUtf8(r.out) : QString();
}

int pdfPages(const QString &path)
{
    const CommandResult r = TestSupport::run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// An S10 number ("RR 123 456 785 FR") from an 8-digit serial, its check digit computed here.
QString s10(const QString &serial, const QString &prefix = QStringLiteral("RR"))
{
    const int weights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += serial.at(i).digitValue() * weights[i];
    int check = 11 - sum % 11;
    check = check == 10 ? 0 : check == 11 ? 5 : check;
    return prefix + serial + QString::number(check) + QStringLiteral("FR");
}

} // namespace

class TestLettersView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void listsTheDayLetters();
    void printsTheDayInOneJobAndArchives();
    void receiptDateShowsUp();
    void reopenedAndReprintedIdentically();
    void cancelledPrintArchivesNothing();
    void invalidLrarNumberIsRefused();
    void normalisesNumbers_data();
    void normalisesNumbers();
    void numbersTypedLater();
    void savesTheDayAsOnePdf();
    void previewShowsEveryPage();
    void doubleClickAsksForTheCustomerFile();
    void modelsPassTester();
    void screenshot();

private:
    LettersView &showView();
    QString outputPath(const QString &name) const { return m_dir.filePath(name); }
    void printToFile(const QString &path);
    // Answers the LRAR dialog: `number(letterId, registered)` gives what to type (empty: nothing), then OK.
    void answerLrarDialog(const std::function<QString(qint64, bool)> &number, bool untickFirst = false);
    // Prints the day to `path` and types numbers for every registered letter.
    QList<Letter> printEverything(const QString &path);
    QList<Letter> archivedLetters();
    template <typename T> T *child(QWidget *parent, const QString &name);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    FixedClock m_clock{GuiDemoData::today()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LettersView> m_view;
    QStringList m_messages;
    QStringList m_dialogErrors; // what the LRAR dialog said when OK was refused
};

void TestLettersView::initTestCase()
{
    TestSupport::prepareEnvironment();
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_dir.isValid());
    GuiDemoData::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_lettersview"));
    Clock::setInstance(&m_clock);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
}

void TestLettersView::init()
{
    m_clock.setToday(GuiDemoData::today());
    m_messages.clear();
    m_dialogErrors.clear();
    if (QByteArray(QTest::currentTestFunction()) == "normalisesNumbers")
        return; // no store involved
    m_db = std::make_unique<Database>();
    const Status opened = GuiDemoData::openFilled(*m_db, m_dir.path(), QStringLiteral("letters"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestLettersView::cleanup()
{
    m_view.reset();
    m_db.reset();
}

void TestLettersView::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

template <typename T> T *TestLettersView::child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    [&] { QVERIFY2(widget, qPrintable(name)); }();
    return widget;
}

LettersView &TestLettersView::showView()
{
    m_view = std::make_unique<LettersView>(*m_db);
    m_view->setMessageHandler([this](const QString &, const QString &text) { m_messages << text; });
    m_view->setUrlOpener([](const QUrl &) { return true; });
    m_view->resize(1366, 700);
    m_view->show();
    [&] { QVERIFY(QTest::qWaitForWindowExposed(m_view.get())); }();
    return *m_view;
}

void TestLettersView::printToFile(const QString &path)
{
    m_view->setPrintDialogRunner([path](QPrinter &printer) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        return true;
    });
}

void TestLettersView::answerLrarDialog(const std::function<QString(qint64, bool)> &number, bool untickFirst)
{
    m_view->setDialogRunner([this, number, untickFirst](QDialog &dialog) {
        auto *lrar = qobject_cast<LrarNumbersDialog *>(&dialog);
        if (!lrar)
            return int(QDialog::Rejected);
        dialog.show();
        const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^lrarEdit_\\d+$")));
        bool first = true;
        for (QLineEdit *edit : edits) {
            const qint64 id = edit->objectName().mid(9).toLongLong();
            const auto letter = LetterRepository(*m_db).findById(id);
            if (!letter)
                continue;
            if (untickFirst && first) {
                if (auto *posted = dialog.findChild<QCheckBox *>(LrarNumbersDialog::postedCheckName(id)))
                    posted->setChecked(false);
                first = false;
                continue;
            }
            first = false;
            const QString typed = number(id, letter->channel == u"registered_letter");
            edit->clear();
            if (!typed.isEmpty())
                QTest::keyClicks(edit, typed);
        }
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("lrarButtonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (dialog.result() != QDialog::Accepted)
            m_dialogErrors << lrar->errorText();
        return dialog.result();
    });
}

QList<Letter> TestLettersView::archivedLetters()
{
    QList<Letter> out;
    LetterRepository repository(*m_db);
    for (const Customer &c : CustomerRepository(*m_db).all())
        for (const Letter &l : repository.forCustomer(c.id))
            out << *repository.findById(l.id);
    return out;
}

QList<Letter> TestLettersView::printEverything(const QString &path)
{
    printToFile(path);
    int serial = 10000000;
    answerLrarDialog([&serial](qint64, bool registered) { return registered ? s10(QString::number(serial++)) : QString(); });
    const int printed = m_view->printDay(GuiDemoData::today());
    [&] { QCOMPARE(printed, 6); }();
    return archivedLetters();
}

void TestLettersView::listsTheDayLetters()
{
    const auto requests = LetterBatch(*m_db).requests(GuiDemoData::today());
    QVERIFY2(requests.ok(), qPrintable(requests.error()));
    QCOMPARE(requests->size(), 6); // the demo plans six letters that day (four registered)
    LettersView &view = showView();
    QCOMPARE(view.displayedDay(), GuiDemoData::today());
    LettersViewBatchModel *model = view.batchModel();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->registeredCount(), 4);
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, LettersViewBatchModel::Customer).data().toString();
    QVERIFY2(names.contains(QStringLiteral("Cave Dufour")), qPrintable(names.join(u',')));
    // A mise en demeure claims the open amounts plus penalties and indemnities: more than the invoices alone.
    for (int row = 0; row < model->rowCount(); ++row) {
        const LettersViewBatchModel::Row &r = model->letterRow(row);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.letter.totalCents > 0);
        QCOMPARE(model->index(row, LettersViewBatchModel::Invoices).data().toString(),
                 QString::number(r.letter.invoiceIds.size()));
    }
    auto *summary = child<QLabel>(&view, QStringLiteral("batchSummaryLabel"));
    // (The English plural forms come with the lead's merge of the translations: "letter(s)" until then.)
    QVERIFY2(summary->text().contains(QRegularExpression(QStringLiteral("^6 letter(s|\\(s\\)) to print for Wednesday 25 November "
                                                                        "· 4 registered · "))),
             qPrintable(summary->text()));
    QVERIFY(child<QPushButton>(&view, QStringLiteral("printLettersButton"))->isEnabled());
    // Another day: 30/11 has one letter.
    view.setDisplayedDay(QDate(2026, 11, 30));
    QCOMPARE(model->rowCount(), 1);
    view.setDisplayedDay(GuiDemoData::today());
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(view.archiveModel()->rowCount(), 0);
}

void TestLettersView::printsTheDayInOneJobAndArchives()
{
    const auto requests = LetterBatch(*m_db).requests(GuiDemoData::today());
    QVERIFY(requests.ok());
    QStringList names;
    for (const LetterRequest &r : *requests)
        names << CustomerRepository(*m_db).findById(r.customerId)->name;
    LettersView &view = showView();
    QSignalSpy changed(&view, &LettersView::lettersChanged);
    const QString path = outputPath(QStringLiteral("printed-day.pdf"));
    printToFile(path);
    QHash<qint64, QString> typed;
    int serial = 20000000;
    answerLrarDialog([&](qint64 id, bool registered) {
        if (!registered)
            return QString();
        // Typed as people do: lower case, odd spacing; stored normalised.
        const QString number = s10(QString::number(serial++));
        typed.insert(id, number);
        return number.toLower().insert(5, u' ');
    });
    QCOMPARE(view.printDay(GuiDemoData::today()), 6);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
    QVERIFY(changed.count() >= 1);

    // One document holding every letter.
    const QString text = readPdfText(path);
    QVERIFY2(!text.isEmpty(), "pdftotext read the printed file");
    for (const QString &name : std::as_const(names))
        QVERIFY2(text.contains(name), qPrintable(name));
    QCOMPARE(text.count(QStringLiteral("Lettre recommandée avec accusé de réception")), 4);
    QVERIFY(text.contains(QStringLiteral("MISE EN DEMEURE")));

    // Each letter archived as printed, hashed, sent today with its number; the pages add up to the job's.
    const QList<Letter> letters = archivedLetters();
    QCOMPARE(letters.size(), 6);
    int pages = 0;
    QCOMPARE(typed.size(), 4);
    for (const Letter &l : letters) {
        QVERIFY(!l.pdf.isEmpty());
        QCOMPARE(l.sha256, LetterRepository::sha256Hex(l.pdf));
        QCOMPARE(l.sentOn, GuiDemoData::today());
        const QString one = outputPath(QStringLiteral("letter-%1.pdf").arg(l.id));
        QFile f(one);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(l.pdf);
        f.close();
        pages += pdfPages(one);
        if (typed.contains(l.id)) {
            const QString expected = typed.value(l.id);
            QCOMPARE(l.lrarNumber, expected.left(2) + u' ' + expected.mid(2, 3) + u' ' + expected.mid(5, 3) + u' '
                                       + expected.mid(8, 3) + u' ' + expected.right(2));
            QCOMPARE(l.channel, QStringLiteral("registered_letter"));
        } else {
            QVERIFY(l.lrarNumber.isEmpty());
            QCOMPARE(l.channel, QStringLiteral("letter"));
        }
    }
    QCOMPARE(pdfPages(path), pages);

    // The planned actions are done; nothing is left to print; the archive lists the six letters.
    ActionRepository actions(*m_db);
    for (const LetterRequest &r : *requests) {
        QVERIFY(r.actionId > 0);
        QCOMPARE(actions.findById(r.actionId)->status, Action::Status::Done);
    }
    // None of them is offered again. (What the calendar plans next is its business: after a mise en demeure it
    // currently plans a new "dernière relance" for Cave Dufour, reported to the planner's owner.)
    QSet<qint64> printedActions;
    for (const LetterRequest &r : *requests)
        printedActions.insert(r.actionId);
    for (int row = 0; row < view.batchModel()->rowCount(); ++row)
        QVERIFY(!printedActions.contains(view.batchModel()->letterRow(row).request.actionId));
    const auto after = LetterBatch(*m_db).requests(GuiDemoData::today());
    QVERIFY(after.ok());
    for (const LetterRequest &r : *after)
        QVERIFY(!printedActions.contains(r.actionId));
    LettersViewArchiveModel *archive = view.archiveModel();
    QCOMPARE(archive->rowCount(), 6);
    QStringList numbers;
    for (int row = 0; row < archive->rowCount(); ++row) {
        numbers << archive->index(row, LettersViewArchiveModel::LrarNumber).data().toString();
        QCOMPARE(archive->index(row, LettersViewArchiveModel::SentOn).data().toString(), QStringLiteral("25/11/2026"));
        const Letter &l = archive->letterRow(row).letter;
        QCOMPARE(archive->index(row, LettersViewArchiveModel::Sha256).data().toString(), l.sha256.left(12));
    }
    for (const QString &number : std::as_const(typed)) {
        const QString spaced = number.left(2) + u' ' + number.mid(2, 3) + u' ' + number.mid(5, 3) + u' ' + number.mid(8, 3)
            + u' ' + number.right(2);
        QVERIFY2(numbers.contains(spaced), qPrintable(numbers.join(u',')));
    }
    auto *summary = child<QLabel>(&view, QStringLiteral("archiveSummaryLabel"));
    QVERIFY2(summary->text().contains(QRegularExpression(QStringLiteral("^6 letter(s|\\(s\\)) archived"))), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QRegularExpression(QStringLiteral("4 receipt(s|\\(s\\)) awaited"))), qPrintable(summary->text()));
}

void TestLettersView::receiptDateShowsUp()
{
    LettersView &view = showView();
    const QList<Letter> letters = printEverything(outputPath(QStringLiteral("receipt.pdf")));
    qint64 registered = 0;
    for (const Letter &l : letters)
        if (l.channel == u"registered_letter")
            registered = l.id;
    QVERIFY(registered);

    // Two days later the avis de réception comes back, dated the day before.
    m_clock.setToday(QDate(2026, 11, 27));
    view.reload();
    view.setArchiveFilter(LettersView::ArchiveFilter::NoReceipt);
    auto *table = child<QTableView>(&view, QStringLiteral("archiveTableView"));
    QCOMPARE(table->model()->rowCount(), 4);
    int proxyRow = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(LettersViewArchiveModel::LetterIdRole).toLongLong() == registered)
            proxyRow = row;
    QVERIFY(proxyRow >= 0);
    const QRect rect = table->visualRect(table->model()->index(proxyRow, LettersViewArchiveModel::Level));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(view.selectedLetterIds(), QList<qint64>{registered});
    auto *receipt = child<QPushButton>(&view, QStringLiteral("receiptButton"));
    QVERIFY(receipt->isEnabled());
    view.setDialogRunner([](QDialog &dialog) {
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("receiptDateEdit"));
        if (!date || date->date() != QDate(2026, 11, 27) || date->minimumDate() != QDate(2026, 11, 25))
            return int(QDialog::Rejected);
        date->setDate(QDate(2026, 11, 26));
        return int(QDialog::Accepted);
    });
    QSignalSpy changed(&view, &LettersView::lettersChanged);
    QTest::mouseClick(receipt, Qt::LeftButton);
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(LetterRepository(*m_db).findById(registered)->receiptOn, QDate(2026, 11, 26));
    // Filtered out of "no receipt yet", shown with its date in the full list.
    QCOMPARE(table->model()->rowCount(), 3);
    view.setArchiveFilter(LettersView::ArchiveFilter::All);
    const int row = view.archiveModel()->rowOf(registered);
    QCOMPARE(view.archiveModel()->index(row, LettersViewArchiveModel::Receipt).data().toString(), QStringLiteral("26/11/2026"));
    auto *status = child<QLabel>(&view, QStringLiteral("lettersStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("26/11/2026")), qPrintable(status->text()));

    // A receipt before the letter was posted is refused, and said so.
    view.setDialogRunner([](QDialog &dialog) {
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("receiptDateEdit"));
        date->setMinimumDate(QDate(2026, 1, 1)); // the dialog would not offer it: force it to test the core's guard
        date->setDate(QDate(2026, 11, 20));
        return int(QDialog::Accepted);
    });
    QVERIFY(!view.recordReceipt(registered));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.constFirst().contains(QStringLiteral("could not be recorded")), qPrintable(m_messages.constFirst()));
    QCOMPARE(LetterRepository(*m_db).findById(registered)->receiptOn, QDate(2026, 11, 26));
}

void TestLettersView::reopenedAndReprintedIdentically()
{
    LettersView &view = showView();
    const QList<Letter> letters = printEverything(outputPath(QStringLiteral("reopen.pdf")));
    const Letter &stored = letters.constFirst();
    QList<QUrl> opened;
    view.setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QVERIFY(view.openLetter(stored.id));
    QCOMPARE(opened.size(), 1);
    QFile file(opened.constFirst().toLocalFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), stored.pdf);
    file.close();
    QVERIFY(opened.constFirst().toLocalFile().endsWith(u".pdf"));

    // Double-click on the letter (not its customer) opens it too.
    auto *table = child<QTableView>(&view, QStringLiteral("archiveTableView"));
    const QModelIndex date = table->model()->index(0, LettersViewArchiveModel::LetterDate);
    const qint64 firstId = date.data(LettersViewArchiveModel::LetterIdRole).toLongLong();
    // A double-click is a press and release, then the double-click (QTest sends only the latter).
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(date).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(date).center());
    QCOMPARE(opened.size(), 2);
    QFile second(opened.last().toLocalFile());
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(second.readAll(), LetterRepository(*m_db).findById(firstId)->pdf);

    // Reprinting gives the same bytes, not a new rendering.
    const QString reprint = outputPath(QStringLiteral("reprint.pdf"));
    printToFile(reprint);
    QVERIFY(view.reprintLetter(stored.id));
    QFile again(reprint);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const QByteArray bytes = again.readAll();
    QCOMPARE(bytes, stored.pdf);
    QCOMPARE(LetterRepository::sha256Hex(bytes), stored.sha256);
    QCOMPARE(archivedLetters().size(), 6); // no new letter archived
}

void TestLettersView::cancelledPrintArchivesNothing()
{
    LettersView &view = showView();
    QSignalSpy changed(&view, &LettersView::lettersChanged);
    const QString path = outputPath(QStringLiteral("cancelled.pdf"));
    bool asked = false;
    view.setPrintDialogRunner([&asked](QPrinter &) {
        asked = true;
        return false;
    });
    view.setDialogRunner([](QDialog &) {
        QTest::qFail("no LRAR dialog after a cancelled print", __FILE__, __LINE__);
        return int(QDialog::Rejected);
    });
    QCOMPARE(view.printDay(GuiDemoData::today()), 0);
    QVERIFY(asked);
    QVERIFY(!QFile::exists(path));
    QVERIFY(archivedLetters().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(view.batchModel()->rowCount(), 6);
    const auto requests = LetterBatch(*m_db).requests(GuiDemoData::today());
    QCOMPARE(requests->size(), 6);
    for (const LetterRequest &r : *requests)
        QCOMPARE(ActionRepository(*m_db).findById(r.actionId)->status, Action::Status::Planned);
    QVERIFY(child<QLabel>(&view, QStringLiteral("lettersStatusLabel"))->text().contains(QStringLiteral("nothing was archived")));
}

void TestLettersView::invalidLrarNumberIsRefused()
{
    LettersView &view = showView();
    printToFile(outputPath(QStringLiteral("invalid.pdf")));
    QStringList attempts = {QStringLiteral("12345"), QStringLiteral("RR 123 456 784 FR"), QStringLiteral("rr 123 456 785 fr")};
    qint64 target = 0;
    view.setDialogRunner([&](QDialog &dialog) {
        auto *lrar = qobject_cast<LrarNumbersDialog *>(&dialog);
        dialog.show();
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^lrarEdit_\\d+$")))) {
            const qint64 id = edit->objectName().mid(9).toLongLong();
            if (LetterRepository(*m_db).findById(id)->channel == u"registered_letter") {
                target = id;
                auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("lrarButtonBox"))->button(QDialogButtonBox::Ok);
                for (const QString &attempt : std::as_const(attempts)) {
                    edit->clear();
                    QTest::keyClicks(edit, attempt);
                    QTest::mouseClick(ok, Qt::LeftButton);
                    if (dialog.result() == QDialog::Accepted)
                        break;
                    m_dialogErrors << lrar->errorText();
                    if (!dialog.isVisible() || !child<QLabel>(&dialog, QStringLiteral("lrarErrorLabel"))->isVisible())
                        m_dialogErrors << QStringLiteral("the dialog closed or hid its error");
                }
                break;
            }
        }
        return dialog.result();
    });
    QCOMPARE(view.printDay(GuiDemoData::today()), 6);
    QCOMPARE(m_dialogErrors.size(), 2);
    QVERIFY2(m_dialogErrors.at(0).contains(QStringLiteral("« 12345 » is not an LRAR number")), qPrintable(m_dialogErrors.at(0)));
    QVERIFY2(m_dialogErrors.at(0).contains(QStringLiteral("RA 123 456 789 FR")), qPrintable(m_dialogErrors.at(0)));
    QVERIFY2(m_dialogErrors.at(1).contains(QStringLiteral("check digit")), qPrintable(m_dialogErrors.at(1)));
    const auto letter = LetterRepository(*m_db).findById(target);
    QCOMPARE(letter->lrarNumber, QStringLiteral("RR 123 456 785 FR"));
    QVERIFY(letter->isSent());
}

void TestLettersView::normalisesNumbers_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("S10 spaced") << QStringLiteral("RR 123 456 785 FR") << QStringLiteral("RR 123 456 785 FR");
    QTest::newRow("S10 compact lower") << QStringLiteral("rr123456785fr") << QStringLiteral("RR 123 456 785 FR");
    QTest::newRow("S10 UPU example") << QStringLiteral("AA473124829GB") << QStringLiteral("AA 473 124 829 GB");
    QTest::newRow("S10 computed") << s10(QStringLiteral("00000002")).toLower() << QString(s10(QStringLiteral("00000002")))
        .insert(2, u' ').insert(6, u' ').insert(10, u' ').insert(14, u' ');
    QTest::newRow("S10 wrong check") << QStringLiteral("RR123456784FR") << QString();
    QTest::newRow("La Poste 13") << QStringLiteral("1a 123 456 7890 1") << QStringLiteral("1A 123 456 7890 1");
    QTest::newRow("La Poste hyphens") << QStringLiteral("2C-12345678901") << QStringLiteral("2C 123 456 7890 1");
    QTest::newRow("too short") << QStringLiteral("1A 123") << QString();
    QTest::newRow("letters in digits") << QStringLiteral("RR 12A 456 785 FR") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestLettersView::normalisesNumbers()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QString error;
    QCOMPARE(LrarNumbersDialog::normalisedNumber(typed, &error), expected);
    QCOMPARE(error.isEmpty(), !expected.isEmpty());
}

void TestLettersView::numbersTypedLater()
{
    LettersView &view = showView();
    printToFile(outputPath(QStringLiteral("later.pdf")));
    // Printed, but the posting is put off ("Later").
    view.setDialogRunner([](QDialog &dialog) { return qobject_cast<LrarNumbersDialog *>(&dialog) ? int(QDialog::Rejected) : -1; });
    QCOMPARE(view.printDay(GuiDemoData::today()), 6);
    QList<Letter> letters = archivedLetters();
    QCOMPARE(letters.size(), 6);
    for (const Letter &l : std::as_const(letters))
        QVERIFY(!l.isSent());

    // The printed letters are not offered for printing again: they are in the archive, to post.
    QCOMPARE(view.batchModel()->rowCount(), 0);
    QCOMPARE(view.batchModel()->day().alreadyPrinted, 6);
    QCOMPARE(view.printDay(GuiDemoData::today()), 0);
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.constFirst().contains(QStringLiteral("already printed")), qPrintable(m_messages.constFirst()));
    auto *table = child<QTableView>(&view, QStringLiteral("archiveTableView"));
    view.setArchiveFilter(LettersView::ArchiveFilter::NotPosted);
    QCOMPARE(table->model()->rowCount(), 6);
    view.setArchiveFilter(LettersView::ArchiveFilter::NoNumber);
    QCOMPARE(table->model()->rowCount(), 4);

    // "Record posting…" with nothing selected: every letter still waiting. The first stays at the office; the
    // others are posted without their numbers.
    table->clearSelection();
    auto *posting = child<QPushButton>(&view, QStringLiteral("recordPostingButton"));
    QVERIFY(posting->isEnabled());
    answerLrarDialog([](qint64, bool) { return QString(); }, true);
    QSignalSpy changed(&view, &LettersView::lettersChanged);
    QTest::mouseClick(posting, Qt::LeftButton);
    QVERIFY2(m_dialogErrors.isEmpty(), qPrintable(m_dialogErrors.join(u'\n')));
    QCOMPARE(changed.count(), 1);
    view.setArchiveFilter(LettersView::ArchiveFilter::NotPosted);
    QCOMPARE(table->model()->rowCount(), 1);
    const qint64 kept = table->model()->index(0, 0).data(LettersViewArchiveModel::LetterIdRole).toLongLong();
    view.setArchiveFilter(LettersView::ArchiveFilter::NoNumber);
    QCOMPARE(table->model()->rowCount(), 4);

    // The numbers, read off the slips later: added to the letters sent (setLrarNumber), and the last one posted.
    int serial = 30000000;
    QHash<qint64, QString> typed;
    answerLrarDialog([&](qint64 id, bool registered) {
        if (!registered)
            return QString();
        typed.insert(id, s10(QString::number(serial++)));
        return typed.value(id);
    });
    QTest::mouseClick(posting, Qt::LeftButton);
    QVERIFY2(m_dialogErrors.isEmpty(), qPrintable(m_dialogErrors.join(u'\n')));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(typed.size(), 4);
    for (const Letter &l : archivedLetters()) {
        QVERIFY(l.isSent());
        QCOMPARE(l.sentOn, GuiDemoData::today());
        if (l.channel == u"registered_letter")
            QCOMPARE(QString(l.lrarNumber).remove(u' '), typed.value(l.id));
        else
            QVERIFY(l.lrarNumber.isEmpty());
    }
    QVERIFY(LetterRepository(*m_db).findById(kept)->isSent());
    QVERIFY(!posting->isEnabled());
    // Once numbered, a letter is locked.
    QCOMPARE(view.recordPosting({letters.constFirst().id}), 0);
    QVERIFY(m_messages.last().contains(QStringLiteral("nothing to record")));
}

void TestLettersView::savesTheDayAsOnePdf()
{
    LettersView &view = showView();
    const QString path = outputPath(QStringLiteral("day.pdf"));
    QString suggested;
    view.setSaveFileNameAsker([&](const QString &, const QString &s) {
        suggested = s;
        return path;
    });
    QCOMPARE(view.saveDayAsPdf(GuiDemoData::today()), path);
    QVERIFY(suggested.endsWith(QStringLiteral("courriers-2026-11-25.pdf")));
    const QString text = readPdfText(path);
    QCOMPARE(text.count(QStringLiteral("Lettre recommandée avec accusé de réception")), 4);
    QVERIFY(text.contains(QStringLiteral("Cave Dufour")));
    QVERIFY(pdfPages(path) >= 6);
    QVERIFY(archivedLetters().isEmpty()); // a file is no proof of sending
    QCOMPARE(view.batchModel()->rowCount(), 6);
}

void TestLettersView::previewShowsEveryPage()
{
    LettersView &view = showView();
    // Pages the batch takes, from the same letters as a PDF.
    const auto day = LettersViewBatchModel::load(*m_db, GuiDemoData::today());
    QVERIFY(day.ok());
    const QString reference = outputPath(QStringLiteral("reference.pdf"));
    QVERIFY(LetterRenderer::writePdf(day->letters(), reference).ok());
    const int expected = pdfPages(reference);
    QVERIFY(expected >= 6);
    int pages = -1;
    bool printHidden = false;
    bool ownPrint = false;
    view.setPreviewRunner([&](QPrintPreviewDialog &dialog) {
        auto *preview = dialog.findChild<QPrintPreviewWidget *>();
        if (!preview)
            return;
        preview->updatePreview();
        pages = preview->pageCount();
        printHidden = true;
        for (QAction *action : dialog.findChildren<QAction *>())
            if (action->text() == u"Print" && action->isVisible())
                printHidden = false;
        ownPrint = dialog.findChild<QAction *>(QStringLiteral("previewPrintAction")) != nullptr;
    });
    view.previewDay(GuiDemoData::today());
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(u'\n')));
    QCOMPARE(pages, expected);
    QVERIFY2(printHidden, "the preview's own Print (which would not archive) is hidden");
    QVERIFY(ownPrint);
    QVERIFY(archivedLetters().isEmpty());
}

void TestLettersView::doubleClickAsksForTheCustomerFile()
{
    LettersView &view = showView();
    QSignalSpy spy(&view, &LettersView::customerFileRequested);
    auto *table = child<QTableView>(&view, QStringLiteral("batchTableView"));
    const QModelIndex index = table->model()->index(0, LettersViewBatchModel::Customer);
    const qint64 expected = index.data(LettersViewBatchModel::CustomerIdRole).toLongLong();
    QVERIFY(expected > 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), expected);
}

void TestLettersView::modelsPassTester()
{
    LettersView &view = showView();
    QAbstractItemModelTester batch(view.batchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester archive(view.archiveModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    printEverything(outputPath(QStringLiteral("tester.pdf")));
    view.reload();
    QCOMPARE(view.archiveModel()->rowCount(), 6);
    QCOMPARE(view.archiveModel()->headerData(LettersViewArchiveModel::LrarNumber, Qt::Horizontal).toString(),
             QStringLiteral("LRAR number"));
}

void TestLettersView::screenshot()
{
    // History: letters sent earlier in the month (one with its receipt back, one still without its number), so that
    // both sections are filled while today's batch is still to print.
    LetterComposer composer(*m_db);
    LetterArchive archive(*m_db);
    QSet<qint64> today;
    const auto requests = LetterBatch(*m_db).requests(GuiDemoData::today());
    QVERIFY(requests.ok());
    for (const LetterRequest &r : *requests)
        today.insert(r.customerId);
    const struct
    {
        const char *level;
        QDate date;
        const char *lrar;
        QDate receipt;
    } history[] = {
        {"level2", QDate(2026, 11, 9), "", {}},
        {"formal_notice", QDate(2026, 11, 12), "RR 100 000 012 FR", QDate(2026, 11, 16)},
        {"level3", QDate(2026, 11, 18), "", {}},
    };
    QList<CustomerSummary> customers = CustomerRepository(*m_db).summaries(GuiDemoData::today());
    int archived = 0;
    for (const auto &h : history) {
        m_clock.setToday(h.date);
        while (!customers.isEmpty()) {
            const CustomerSummary c = customers.takeFirst();
            if (today.contains(c.id) || c.overdueCents <= 0)
                continue;
            LetterRequest request;
            request.customerId = c.id;
            request.level = QString::fromLatin1(h.level);
            request.date = h.date;
            request.lrarNumber = QString::fromLatin1(h.lrar);
            auto letter = composer.compose(request);
            if (!letter)
                continue; // nothing late yet on that day
            const auto pdf = LetterRenderer::toPdf({*letter});
            QVERIFY(pdf.ok());
            const auto id = archive.archiveSent(*letter, *pdf, h.date);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            if (h.receipt.isValid())
                QVERIFY(archive.recordReceipt(*id, h.receipt).ok());
            ++archived;
            break;
        }
    }
    QCOMPARE(archived, 3);
    m_clock.setToday(GuiDemoData::today());
    LettersView &view = showView();
    view.resize(1366, 720);
    QCOMPARE(view.batchModel()->rowCount(), 6);
    QCOMPARE(view.archiveModel()->rowCount(), 3);
    QCoreApplication::processEvents();
    const QPixmap shot = view.grab();
    QVERIFY(!shot.isNull());
    const QString folder = qEnvironmentVariable("ENCAISSE_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QVERIFY(shot.save(QDir(folder).filePath(QStringLiteral("letters-view.png"))));
        // And the LRAR dialog as it comes after printing.
        printToFile(QDir(folder).filePath(QStringLiteral("letters-printed.pdf")));
        view.setDialogRunner([&folder](QDialog &dialog) {
            dialog.show();
            QCoreApplication::processEvents();
            dialog.grab().save(QDir(folder).filePath(QStringLiteral("letters-lrar-dialog.png")));
            return int(QDialog::Rejected);
        });
        QCOMPARE(view.printDay(GuiDemoData::today()), 6);
        QCoreApplication::processEvents();
        QVERIFY(view.grab().save(QDir(folder).filePath(QStringLiteral("letters-view-after.png"))));
    }
}

QTEST_MAIN(TestLettersView)
#include "tst_lettersview.moc"
