// Journey 3 (issue 7): "export the week's calls and read the file back", through the real main window on the demo
// database of Wednesday 25/11/2026: Calendrier, click "Export calls (Excel)…", and the workbook holds the calls the
// week view shows, read back by two independent readers (openpyxl and xlsx2csv); in the month view, the week of the
// day selected.

#include "ActionListModel.h"
#include "CalendarMonthModel.h"
#include "CalendarView.h"
#include "CallList.h"
#include "Clock.h"
#include "GuiDemoData.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

namespace {

// Customer names (column C) and codes (column D) of the data rows, the header row, as openpyxl reads them.
const char *const ReadScript = R"PY(
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
rows = list(ws.iter_rows(values_only=True))
print(json.dumps({"title": rows[0][0], "header": [str(v) for v in rows[2]],
                  "customers": [r[2] for r in rows[3:]], "codes": [r[3] for r in rows[3:]],
                  "amounts": [r[11] for r in rows[3:]]}))
)PY";

QJsonObject readWithOpenpyxl(const QString &path)
{
    const CommandResult r = TestSupport::run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(ReadScript), path});
    if (r.exitCode != 0)
        qWarning("openpyxl: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestJourneyExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::prepareEnvironment();
        QVERIFY(m_settingsDir.isValid() && m_dir.isValid());
        GuiDemoData::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_journey_export"));
        Clock::setInstance(&m_clock);
    }

    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void exportsTheWeekShownAndReadsItBack()
    {
        Database db;
        const Status opened = GuiDemoData::openFilled(db, m_dir.path(), QStringLiteral("journey"));
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        MainWindow window(db);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showView(MainWindow::View::Calendar);
        CalendarView *calendar = window.calendarView();
        QVERIFY(calendar && calendar->isVisible());
        QCOMPARE(calendar->mode(), CalendarView::Mode::Week);
        QCOMPARE(calendar->weekStart(), QDate(2026, 11, 23));

        // The calls the week view shows, still to make.
        QStringList shownCodes;
        for (int d = 0; d < CalendarView::WorkingDays; ++d)
            for (const AgendaItem &item : calendar->dayModel(d)->items())
                if (item.action.channel == u"phone" && item.action.status == Action::Status::Planned)
                    shownCodes << item.customerCode;
        QVERIFY2(!shownCodes.isEmpty(), "the demo week has calls to make");

        QString suggestion;
        const QString chosen = m_dir.filePath(QStringLiteral("semaine.xlsx"));
        calendar->setSaveFileNameAsker([&](const QString &, const QString &suggested) {
            suggestion = suggested;
            return chosen;
        });
        auto *button = calendar->findChild<QPushButton *>(QStringLiteral("exportCallsButton"));
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);

        QCOMPARE(QFileInfo(suggestion).fileName(), QStringLiteral("appels-2026-W48.xlsx"));
        QVERIFY(QFileInfo::exists(chosen));
        // Where it went and how many calls, in the calendar's message line.
        auto *message = calendar->findChild<QLabel *>(QStringLiteral("calendarMessageLabel"));
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->text().contains(chosen), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QString::number(shownCodes.size())), qPrintable(message->text()));
        if (const QString dir = qEnvironmentVariable("ENCAISSE_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(window.grab().save(dir + QStringLiteral("/mail-calendar-export.png")));

        // openpyxl: one row per call the week shows, no more, no less.
        const QJsonObject book = readWithOpenpyxl(chosen);
        QVERIFY(book.value(QStringLiteral("title")).toString().contains(QStringLiteral("semaine 48")));
        QCOMPARE(strings(book.value(QStringLiteral("header"))), CallListXlsx::headers());
        QStringList codes = strings(book.value(QStringLiteral("codes")));
        std::sort(codes.begin(), codes.end());
        std::sort(shownCodes.begin(), shownCodes.end());
        QCOMPARE(codes, shownCodes);
        for (const QJsonValue &amount : book.value(QStringLiteral("amounts")).toArray())
            QVERIFY(amount.isDouble() && amount.toDouble() > 0);

        // xlsx2csv, a second reader: every customer name is there, the header too.
        const CommandResult csv = TestSupport::run(QStringLiteral("xlsx2csv"), {chosen});
        QCOMPARE(csv.exitCode, 0);
        const QString text = QString::fromUtf8(csv.out);
        QVERIFY(text.contains(QStringLiteral("Questions à poser")));
        const QStringList customers = strings(book.value(QStringLiteral("customers")));
        QCOMPARE(customers.size(), shownCodes.size());
        for (const QString &name : customers)
            QVERIFY2(text.contains(name), qPrintable(name));

        // In the month view, the week of the day selected: Wednesday 2 December is in week 49.
        QTest::mouseClick(calendar->findChild<QToolButton *>(QStringLiteral("monthButton")), Qt::LeftButton);
        QCOMPARE(calendar->mode(), CalendarView::Mode::Month);
        const QModelIndex december2 = calendar->monthModel()->indexOf(QDate(2026, 12, 2));
        QVERIFY(december2.isValid());
        QTest::mouseClick(calendar->monthTable()->viewport(), Qt::LeftButton, {},
                          calendar->monthTable()->visualRect(december2).center());
        QCOMPARE(calendar->exportWeek().toString(), QStringLiteral("2026-W49"));
        const QString next = m_dir.filePath(QStringLiteral("semaine-49.xlsx"));
        calendar->setSaveFileNameAsker([&](const QString &, const QString &suggested) {
            suggestion = suggested;
            return next;
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(QFileInfo(suggestion).fileName(), QStringLiteral("appels-2026-W49.xlsx"));
        const QJsonObject week49 = readWithOpenpyxl(next);
        QVERIFY(week49.value(QStringLiteral("title")).toString().contains(QStringLiteral("semaine 49")));
        const auto expected = CallListBuilder(db).build(IsoWeek::parse(u"2026-W49"), m_clock.today());
        QVERIFY(expected.ok());
        QStringList expectedCodes;
        for (const CallListRow &r : expected->rows)
            expectedCodes << r.customerCode;
        QCOMPARE(strings(week49.value(QStringLiteral("codes"))), expectedCodes);
        QVERIFY(calendar->message().contains(next));

        // Cancelled at the file question: nothing written, the message stays as it was.
        const QString before = calendar->message();
        calendar->setSaveFileNameAsker([](const QString &, const QString &) { return QString(); });
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(calendar->message(), before);
    }

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    FixedClock m_clock{GuiDemoData::today()};
};

QTEST_MAIN(TestJourneyExport)
#include "tst_journey_export.moc"
