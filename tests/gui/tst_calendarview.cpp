// CalendarView: the week and month of planned actions on a real demo database (offscreen); moving an action by hand
// (drop or "Déplacer au…") pins it on a working day and refuses weekends, holidays and past days.

#include "ActionListModel.h"
#include "ActionRepository.h"
#include "CalendarMonthModel.h"
#include "CalendarView.h"
#include "Clock.h"
#include "Database.h"
#include "GuiDemoData.h"
#include "MainWindow.h"
#include "ReminderPlanner.h"
#include "TestSupport.h"
#include "TodayView.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

class TestCalendarView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void weekShowsTheWorkingDays();
    void dropPinsTheAction();
    void moveToAskedDay();
    void refusesWeekendsHolidaysAndPast();
    void monthShowsCustomersPerDay();
    void navigates();
    void fromTheMainWindow();

private:
    CalendarView &showCalendar();
    // Today's first action still to do in the week view (Wednesday is column 2).
    QModelIndex firstPlannedToday();

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    FixedClock m_clock{GuiDemoData::today()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CalendarView> m_calendar;
};

void TestCalendarView::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    GuiDemoData::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_calendarview"));
    Clock::setInstance(&m_clock);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
}

void TestCalendarView::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_dir.isValid());
    const Status opened = GuiDemoData::openFilled(*m_db, m_dir.path(), QStringLiteral("calendar"));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestCalendarView::cleanup()
{
    m_calendar.reset();
    m_db.reset();
}

void TestCalendarView::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

CalendarView &TestCalendarView::showCalendar()
{
    m_calendar = std::make_unique<CalendarView>(*m_db);
    m_calendar->resize(1366, 700);
    m_calendar->show();
    m_calendar->reload();
    [&] { QVERIFY(QTest::qWaitForWindowExposed(m_calendar.get())); }();
    return *m_calendar;
}

QModelIndex TestCalendarView::firstPlannedToday()
{
    ActionListModel *model = m_calendar->dayModel(2);
    for (int row = 0; row < model->rowCount(); ++row)
        if (!model->item(row).isDone())
            return model->index(row, 0);
    return {};
}

void TestCalendarView::weekShowsTheWorkingDays()
{
    CalendarView &calendar = showCalendar();
    QCOMPARE(calendar.mode(), CalendarView::Mode::Week);
    QCOMPARE(calendar.weekStart(), QDate(2026, 11, 23));
    QCOMPARE(calendar.findChild<QLabel *>(QStringLiteral("calendarTitleLabel"))->text(),
             QStringLiteral("Semaine 48 — lun. 23 nov. au ven. 27 nov. 2026"));
    // Each column holds its own day's actions; today's are those of the Aujourd'hui view.
    for (int d = 0; d < CalendarView::WorkingDays; ++d)
        for (const AgendaItem &item : calendar.dayModel(d)->items())
            QCOMPARE(item.action.plannedDate, QDate(2026, 11, 23).addDays(d));
    const TodayData today = TodayData::load(*m_db, GuiDemoData::today());
    QCOMPARE(calendar.dayModel(2)->rowCount(), int(today.calls.size() + today.emails.size() + today.letters.size()));
    QVERIFY(calendar.findChild<QLabel *>(QStringLiteral("dayHeader2"))->text().contains(QStringLiteral("aujourd'hui")));
    // Days already past show what was done; nothing late stays behind (it is carried to today).
    for (const AgendaItem &item : calendar.dayModel(0)->items())
        QVERIFY(item.isDone() || item.action.pinned);
    // Compact cards: a channel glyph and the customer.
    const QModelIndex first = calendar.dayModel(2)->index(0, 0);
    QVERIFY(QStringList({QStringLiteral("☎"), QStringLiteral("✉"), QStringLiteral("✎")})
                .contains(first.data(ActionListModel::GlyphRole).toString()));
}

void TestCalendarView::dropPinsTheAction()
{
    CalendarView &calendar = showCalendar();
    const QModelIndex index = firstPlannedToday();
    QVERIFY(index.isValid());
    const qint64 id = index.data(ActionListModel::ActionIdRole).toLongLong();
    const QString customer = index.data(ActionListModel::TitleRole).toString();

    // What a drag from Wednesday onto Friday's column carries and does.
    ActionListModel *wednesday = calendar.dayModel(2);
    ActionListModel *friday = calendar.dayModel(4);
    QVERIFY(wednesday->flags(index) & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(wednesday->mimeData({index}));
    QVERIFY(friday->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    friday->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {});

    const std::optional<Action> moved = ActionRepository(*m_db).findById(id);
    QVERIFY(moved);
    QVERIFY(moved->pinned);
    QCOMPARE(moved->plannedDate, QDate(2026, 11, 27));
    QVERIFY(calendar.message().contains(QStringLiteral("vendredi 27 novembre")));
    QVERIFY(friday->rowOfAction(id) >= 0);
    QCOMPARE(wednesday->rowOfAction(id), -1);

    // The planner leaves it there, and it is no longer on today's list.
    const TodayData today = TodayData::load(*m_db, GuiDemoData::today());
    for (const QList<AgendaItem> *list : {&today.calls, &today.emails, &today.letters})
        for (const AgendaItem &item : *list)
            QVERIFY2(item.action.id != id, qPrintable(customer));
    ReminderPlanner planner(*m_db);
    const auto week = planner.sync(GuiDemoData::today(), QDate(2026, 11, 23), QDate(2026, 11, 27));
    QVERIFY(week.ok());
    QCOMPARE(ActionRepository(*m_db).findById(id)->plannedDate, QDate(2026, 11, 27));
}

void TestCalendarView::moveToAskedDay()
{
    CalendarView &calendar = showCalendar();
    QSignalSpy changed(&calendar, &CalendarView::actionsChanged);
    const QModelIndex index = firstPlannedToday();
    const qint64 id = index.data(ActionListModel::ActionIdRole).toLongLong();
    QListView *list = calendar.dayList(2);
    auto *move = calendar.findChild<QPushButton *>(QStringLiteral("moveButton"));
    QVERIFY(!move->isEnabled());
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QVERIFY(move->isEnabled());
    QCOMPARE(move->text(), QStringLiteral("Déplacer au…"));

    QDate asked;
    calendar.setDateAsker([&asked](QDate current) {
        asked = current;
        return QDate(2026, 11, 26);
    });
    QTest::mouseClick(move, Qt::LeftButton);
    QCOMPARE(asked, GuiDemoData::today());
    const std::optional<Action> moved = ActionRepository(*m_db).findById(id);
    QVERIFY(moved->pinned);
    QCOMPARE(moved->plannedDate, QDate(2026, 11, 26));
    QCOMPARE(changed.count(), 1);
    QVERIFY(calendar.dayModel(3)->rowOfAction(id) >= 0);
    // The card says it was moved by hand.
    const QModelIndex card = calendar.dayModel(3)->index(calendar.dayModel(3)->rowOfAction(id), 0);
    QVERIFY(card.data(ActionListModel::StepLineRole).toString().contains(QStringLiteral("déplacée à la main")));

    // Cancelling the question changes nothing.
    calendar.setDateAsker([](QDate) { return QDate(); });
    QListView *thursday = calendar.dayList(3);
    thursday->setCurrentIndex(card);
    QVERIFY(!calendar.moveSelectedAction());
    QCOMPARE(ActionRepository(*m_db).findById(id)->plannedDate, QDate(2026, 11, 26));
}

void TestCalendarView::refusesWeekendsHolidaysAndPast()
{
    CalendarView &calendar = showCalendar();
    const qint64 id = firstPlannedToday().data(ActionListModel::ActionIdRole).toLongLong();
    const Action before = *ActionRepository(*m_db).findById(id);

    QVERIFY(!calendar.moveActions({id}, QDate(2026, 11, 28))); // Saturday
    QVERIFY2(calendar.message().contains(QStringLiteral("Samedi 28 novembre")), qPrintable(calendar.message()));
    QVERIFY(calendar.message().contains(QStringLiteral("week-end")));
    QVERIFY(!calendar.moveActions({id}, QDate(2026, 12, 25))); // Christmas, a Friday
    QVERIFY2(calendar.message().contains(QStringLiteral("férié")), qPrintable(calendar.message()));
    QVERIFY(!calendar.moveActions({id}, QDate(2026, 11, 24))); // yesterday
    QVERIFY(calendar.message().contains(QStringLiteral("déjà passé")));

    const Action after = *ActionRepository(*m_db).findById(id);
    QCOMPARE(after.plannedDate, before.plannedDate);
    QCOMPARE(after.pinned, before.pinned);
    // Days already past accept no drop.
    QVERIFY(!calendar.dayModel(1)->dropDay().isValid());
    QVERIFY(calendar.dayModel(3)->dropDay().isValid());
}

void TestCalendarView::monthShowsCustomersPerDay()
{
    CalendarView &calendar = showCalendar();
    QTest::mouseClick(calendar.findChild<QToolButton *>(QStringLiteral("monthButton")), Qt::LeftButton);
    QCOMPARE(calendar.mode(), CalendarView::Mode::Month);
    CalendarMonthModel *model = calendar.monthModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(calendar.findChild<QLabel *>(QStringLiteral("calendarTitleLabel"))->text(), QStringLiteral("Novembre 2026"));
    // November 2026 starts on a Sunday: the grid runs from Monday 26 October to Sunday 6 December.
    QCOMPARE(model->firstShown(), QDate(2026, 10, 26));
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->columnCount(), int(CalendarMonthModel::ColumnCount));
    QCOMPARE(model->headerData(CalendarMonthModel::Monday, Qt::Horizontal).toString(), QStringLiteral("Lundi"));

    const QModelIndex today = model->indexOf(GuiDemoData::today());
    QVERIFY(today.data(CalendarMonthModel::TodayRole).toBool());
    const TodayData data = TodayData::load(*m_db, GuiDemoData::today());
    const int count = int(data.calls.size() + data.emails.size() + data.letters.size());
    QCOMPARE(today.data(CalendarMonthModel::CountRole).toInt(), count);
    const QStringList entries = today.data(CalendarMonthModel::EntriesRole).toStringList();
    QCOMPARE(entries.size(), count);
    QVERIFY(entries.first().startsWith(QStringLiteral("☎")) || entries.first().startsWith(QStringLiteral("✉"))
            || entries.first().startsWith(QStringLiteral("✎")));
    // 11 November is a public holiday; weekends hold nothing.
    QCOMPARE(model->indexOf(QDate(2026, 11, 11)).data(CalendarMonthModel::HolidayRole).toString(),
             QStringLiteral("Armistice 1918"));
    QCOMPARE(model->indexOf(QDate(2026, 11, 28)).data(CalendarMonthModel::CountRole).toInt(), 0);

    // A double click on a day opens its week.
    QTableView *table = calendar.monthTable();
    const QModelIndex thursday = model->indexOf(QDate(2026, 12, 3));
    const QPoint centre = table->visualRect(thursday).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(calendar.mode(), CalendarView::Mode::Week);
    QCOMPARE(calendar.weekStart(), QDate(2026, 11, 30));
}

void TestCalendarView::navigates()
{
    CalendarView &calendar = showCalendar();
    QTest::mouseClick(calendar.findChild<QToolButton *>(QStringLiteral("nextButton")), Qt::LeftButton);
    QCOMPARE(calendar.weekStart(), QDate(2026, 11, 30));
    QVERIFY(calendar.dayModel(0)->rowCount() + calendar.dayModel(1)->rowCount() + calendar.dayModel(2)->rowCount()
                + calendar.dayModel(3)->rowCount() + calendar.dayModel(4)->rowCount()
            > 0);
    QTest::mouseClick(calendar.findChild<QToolButton *>(QStringLiteral("todayButton")), Qt::LeftButton);
    QCOMPARE(calendar.weekStart(), QDate(2026, 11, 23));
    QTest::mouseClick(calendar.findChild<QToolButton *>(QStringLiteral("previousButton")), Qt::LeftButton);
    QCOMPARE(calendar.weekStart(), QDate(2026, 11, 16));
}

void TestCalendarView::fromTheMainWindow()
{
    MainWindow window(*m_db);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::View::Calendar);
    CalendarView *calendar = window.calendarView();
    QVERIFY(calendar->dayModel(2)->rowCount() > 0);
    // A move in the calendar shows on Today when going back to it.
    const QModelIndex index = calendar->dayModel(2)->index(0, 0);
    const qint64 id = index.data(ActionListModel::ActionIdRole).toLongLong();
    QVERIFY(window.todayView()->selectAction(id));
    QVERIFY(calendar->moveActions({id}, QDate(2026, 11, 30)));
    window.showView(MainWindow::View::Today);
    QVERIFY(!window.todayView()->selectAction(id));
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestCalendarView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_calendarview.moc"
