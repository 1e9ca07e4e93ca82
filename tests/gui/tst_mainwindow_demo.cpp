// The main window on a real demo database (DemoGenerator): it opens, and the customer table filters as one types.

#include "Clock.h"
#include "CustomerRepository.h"
#include "CustomerTableModel.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindowDemo final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2026, 11, 25)};

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::prepareEnvironment();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        Clock::setInstance(&m_clock);
        Translations::install(*qApp, QStringLiteral("fr"));
    }

    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void filtersTheDemoCustomers()
    {
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("demo.sqlite"))).ok());
        DemoOptions options;
        options.seed = 7;
        options.today = m_clock.today();
        QVERIFY(DemoGenerator(db).generate(options).ok());
        const auto summaries = CustomerRepository(db).summaries(m_clock.today());
        QCOMPARE(summaries.size(), 150);

        MainWindow window(db);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(MainWindow::View::Customers);
        auto *edit = window.findChild<QLineEdit *>(QStringLiteral("customerSearchEdit"));
        auto *view = window.findChild<QTableView *>(QStringLiteral("customerTableView"));
        QVERIFY(edit && view);
        QCOMPARE(view->model()->rowCount(), 150);

        // The code of one demo customer matches exactly that customer.
        const QString code = summaries.at(41).code;
        QTest::keyClicks(edit, code);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, CustomerTableModel::Code).data().toString(), code);
        QCOMPARE(view->model()->index(0, CustomerTableModel::Name).data().toString(), summaries.at(41).name);

        // "mairie" finds every town hall of the demo, and only them.
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("mairie"));
        int townHalls = 0;
        for (const CustomerSummary &s : summaries)
            townHalls += s.name.contains(QStringLiteral("Mairie"), Qt::CaseInsensitive);
        QVERIFY(townHalls > 0);
        QCOMPARE(view->model()->rowCount(), townHalls);
        edit->clear();
        QCOMPARE(view->model()->rowCount(), 150);
    }
};

QTEST_MAIN(TestMainWindowDemo)
#include "tst_mainwindow_demo.moc"
