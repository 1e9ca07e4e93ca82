#pragma once
// CalendarMonthModel: a month as weeks (rows) of days (columns Monday to Sunday), each day with the customers to
// contact and their channel, for the calendar's month view.

#include "AgendaItem.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

class CalendarMonthModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        DateRole = Qt::UserRole + 200, // QDate
        InMonthRole,                   // bool
        TodayRole,                     // bool
        HolidayRole,                   // QString: the public holiday's name, empty otherwise
        CountRole,                     // int: actions that day
        EntriesRole,                   // QStringList: "☎ Boulangerie Dupont", in the day's order
        LateRole,                      // bool: some action that day is late and still to do
        DoneCountRole,                 // int
    };

    explicit CalendarMonthModel(QObject *parent = nullptr);

    // The month holding `month` (any day of it), with the actions of the days shown (the weeks overlap the months
    // before and after); `holidays` names the public holidays by day.
    void setMonth(QDate month, QDate today, const QList<AgendaItem> &items, const QHash<QDate, QString> &holidays);
    QDate month() const { return m_first; }
    // The first and last days shown (Monday of the first week, Sunday of the last).
    QDate firstShown() const { return m_gridStart; }
    QDate lastShown() const { return m_gridStart.addDays(7 * m_weeks - 1); }
    // The grid for the month holding `month`, without data (to know which range to read).
    static QDate gridStart(QDate month);
    static int weekCount(QDate month);
    QModelIndex indexOf(QDate day) const;
    QList<AgendaItem> itemsOn(QDate day) const { return m_items.value(day); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QDate dateAt(const QModelIndex &index) const;

    QDate m_first;
    QDate m_today;
    QDate m_gridStart;
    int m_weeks = 0;
    QHash<QDate, QList<AgendaItem>> m_items;
    QHash<QDate, QString> m_holidays;
};
