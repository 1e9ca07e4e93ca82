#pragma once
// CalendarView: "Calendrier": the planned actions by week (one column per working day, drag an action to another
// day) or by month (the customers to contact each day). An action moved by hand is pinned: the planner leaves it
// there. Never on a weekend or a public holiday.

#include "AgendaItem.h"
#include "CallList.h"

#include <QDate>
#include <QList>
#include <QWidget>
#include <functional>

class ActionCardDelegate;
class ActionListModel;
class CalendarMonthModel;
class Database;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

class CalendarView final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Week, Month };
    static constexpr int WorkingDays = 5;

    // `db` must be open and outlive the view.
    explicit CalendarView(Database &db, QWidget *parent = nullptr);
    ~CalendarView() override;

    // Brings the calendar up to date over the days shown and reads them again.
    void reload();
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Shows the week (or month) holding `day`.
    void showDate(QDate day);
    QDate anchor() const { return m_anchor; }
    // Monday of the week shown.
    QDate weekStart() const;

    // The day columns of the week view (Monday = 0 … Friday = 4), and their models.
    QListView *dayList(int weekday) const { return m_dayLists.at(weekday); }
    ActionListModel *dayModel(int weekday) const { return m_dayModels.at(weekday); }
    QTableView *monthTable() const { return m_monthTable; }
    CalendarMonthModel *monthModel() const { return m_monthModel; }

    // Moves planned actions to `day` by hand (pinned, so the planner leaves them there). Refuses a weekend, a public
    // holiday or a day already past, with a message; returns whether they moved.
    bool moveActions(const QList<qint64> &actionIds, QDate day);
    // Moves the action selected in the week view to a day asked for ("Move to…").
    bool moveSelectedAction();
    // Seam for the "Move to…" question: returns the chosen day, or a null date when cancelled.
    void setDateAsker(std::function<QDate(QDate current)> asker) { m_askDate = std::move(asker); }
    // The message shown after a move (or a refusal), or an export.
    QString message() const;

    // "Export calls (Excel)…": the calls of the week shown (in the month view: the week of the selected day) written
    // to a workbook (CallListExport); the message says where, and how many calls. Returns the path, empty if none.
    QString exportCalls();
    // The ISO week the export takes.
    IsoWeek exportWeek() const;
    // Seam for the file question: returns the chosen path, or an empty text when cancelled.
    void setSaveFileNameAsker(std::function<QString(const QString &title, const QString &suggested)> asker)
    {
        m_askFileName = std::move(asker);
    }
    // "+ 5 more": the last line of a month day too small for its customers.
    static QString moreText(int count);

signals:
    void actionsChanged();
    void customerFileRequested(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createWeekPage();
    QWidget *createMonthPage();
    void retranslate();
    void updateTitle();
    void updateDayHeaders();
    void updateMoveButton();
    void showMessage(const QString &text, bool error);
    void step(int direction);
    qint64 selectedActionId() const;
    QDate askDate(QDate current);

    Database &m_db;
    Mode m_mode = Mode::Week;
    QDate m_anchor;
    QDate m_today;
    std::function<QDate(QDate)> m_askDate;
    std::function<QString(const QString &, const QString &)> m_askFileName;
    QHash<QDate, QString> m_holidays;

    QToolButton *m_previousButton = nullptr;
    QToolButton *m_todayButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QLabel *m_titleLabel = nullptr;
    QToolButton *m_weekButton = nullptr;
    QToolButton *m_monthButton = nullptr;
    QPushButton *m_moveButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QStackedWidget *m_stack = nullptr;

    QList<QLabel *> m_dayHeaders;
    QList<QListView *> m_dayLists;
    QList<ActionListModel *> m_dayModels;
    ActionCardDelegate *m_delegate = nullptr;

    QTableView *m_monthTable = nullptr;
    CalendarMonthModel *m_monthModel = nullptr;
};
