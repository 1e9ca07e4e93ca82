// MainWindow's own wiring on a real demo database (offscreen): files dropped on the window are imported through the
// import dialog; File ▸ Export writes the week's calls; Today's "Send all…" opens the e-mail queue. (Today's
// "Print…" through the Courriers tab is walked in tst_todayview.)

#include "CallList.h"
#include "Clock.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "EmailQueueDialog.h"
#include "GuiDemoData.h"
#include "ImportDialog.h"
#include "InvoiceRepository.h"
#include "MainWindow.h"
#include "TestConfig.h"
#include "TestSupport.h"
#include "TodayView.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestMainWindowWiring final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{GuiDemoData::today()};

    QString corpusFec() const
    {
        return QStringLiteral(ENCAISSE_SHARED_CORPUS_DIR) + QStringLiteral("/fec/");
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::prepareEnvironment();
        GuiDemoData::isolateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_mainwindow_wiring"));
        Clock::setInstance(&m_clock);
        Translations::install(*qApp, QStringLiteral("fr"));
    }

    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void droppedFilesAreImported();
    void fileMenuExportsTheWeeksCalls();
    void todaySendAllOpensTheEmailQueue();
};

void TestMainWindowWiring::droppedFilesAreImported()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("drop.sqlite"))).ok());
    MainWindow window(db);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.acceptDrops());

    // The first FEC of the corpus (any one: the core tests check its figures; here only the wiring).
    QStringList fecs;
    for (const QFileInfo &info : QDir(corpusFec()).entryInfoList(QDir::Files, QDir::Name))
        fecs << info.absoluteFilePath();
    QVERIFY2(!fecs.isEmpty(), qPrintable(corpusFec()));
    const QString file = fecs.first();

    QStringList seen;
    window.setDialogRunner([&seen](QDialog &dialog) {
        auto *import = qobject_cast<ImportDialog *>(&dialog);
        if (!import)
            return int(QDialog::Rejected);
        seen << QStringLiteral("import");
        // The dialog reads the files for its preview as it opens; Import once that is done.
        if (!QTest::qWaitFor([import] { return !import->isBusy() && import->hasPreview(); }, 60000))
            return int(QDialog::Rejected);
        if (!import->startImport())
            return int(QDialog::Rejected);
        if (!QTest::qWaitFor([import] { return !import->isBusy(); }, 60000))
            return int(QDialog::Rejected);
        return int(QDialog::Accepted);
    });

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE_WITH_TIMEOUT(seen, QStringList{QStringLiteral("import")}, 60000);
    const int imported = int(CustomerRepository(db).summaries(m_clock.today()).size());
    QVERIFY(imported > 0);
    // The customer table read the store again: the imported customers are listed.
    window.showView(MainWindow::View::Customers);
    auto *customers = window.findChild<QTableView *>(QStringLiteral("customerTableView"));
    QVERIFY(customers);
    QCOMPARE(customers->model()->rowCount(), imported);

    // A text drag (no files) is not taken.
    QMimeData text;
    text.setText(QStringLiteral("bonjour"));
    QDragEnterEvent textEnter(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    textEnter.setAccepted(false);
    QApplication::sendEvent(&window, &textEnter);
    QVERIFY(!textEnter.isAccepted());
}

void TestMainWindowWiring::fileMenuExportsTheWeeksCalls()
{
    Database db;
    QVERIFY(GuiDemoData::openFilled(db, m_dir.path(), QStringLiteral("wiring")).ok());
    MainWindow window(db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString xlsx = m_dir.filePath(QStringLiteral("calls.xlsx"));
    QString suggested;
    window.setSaveFileNameAsker([&](const QString &, const QString &s) {
        suggested = s;
        return xlsx;
    });
    auto *action = window.findChild<QAction *>(QStringLiteral("exportCallsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    action->trigger();
    QVERIFY2(suggested.endsWith(QStringLiteral("2026-W48.xlsx")), qPrintable(suggested));
    QVERIFY(QFileInfo(xlsx).size() > 0);

    const auto calls = CallListBuilder(db).build(IsoWeek::containing(m_clock.today()), m_clock.today());
    QVERIFY(calls.ok());
    QVERIFY(!calls->rows.isEmpty());
    // The workbook's data rows, read back with openpyxl: one per planned call, the first customer in it.
    const QString script = QStringLiteral(
        "import openpyxl, sys\n"
        "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
        "names = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]\n"
        "print(sys.argv[2] in names)\n");
    const CommandResult result =
        TestSupport::run(QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral("-c"), script, xlsx, calls->rows.first().customerName});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QByteArray("True"));
}

void TestMainWindowWiring::todaySendAllOpensTheEmailQueue()
{
    Database db;
    QVERIFY(GuiDemoData::openFilled(db, m_dir.path(), QStringLiteral("wiring")).ok());
    MainWindow window(db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QDate shownFor;
    window.setDialogRunner([&](QDialog &dialog) {
        if (qobject_cast<EmailQueueDialog *>(&dialog))
            shownFor = m_clock.today();
        return int(QDialog::Rejected);
    });
    auto *send = window.todayView()->findChild<QPushButton *>(QStringLiteral("sendEmailsButton"));
    QVERIFY(send && send->isVisible());
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(shownFor, m_clock.today());
}

QTEST_MAIN(TestMainWindowWiring)
#include "tst_mainwindow_wiring.moc"
