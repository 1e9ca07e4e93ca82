#pragma once
// ReminderPlanner: the calendar. Turns scenarios, open invoices, promises, disputes, pauses and plans into
// one action per customer per day, never on a weekend or holiday, carrying overdue actions forward.

#include "Action.h"
#include "Database.h"
#include "FrenchCalendar.h"
#include "PlannerSettings.h"
#include "Result.h"
#include "Scenario.h"

#include <QHash>
#include <QList>

// An action the scenarios ask for, before it is stored.
struct PlannedAction
{
    qint64 customerId = 0;
    QDate date;          // the agenda day (today for an overdue step)
    QDate scheduledDate; // the day the scenario asked for
    QString step;
    QString channel;
    QString templateKey;
    QList<qint64> invoiceIds;
    qint64 amountCents = 0;
};

class ReminderPlanner final
{
public:
    explicit ReminderPlanner(Database &db, PlannerSettings settings = {});

    // The actions the scenarios ask for in [from, to] as seen on `today` (read-only). Overdue steps stand on the
    // first working day from `today` when that day is in the range.
    Result<QList<PlannedAction>> compute(const QDate &today, const QDate &from, const QDate &to);

    // Brings the stored actions in line, in one transaction: promises past their date become kept or broken (a broken
    // one gets a follow-up call the next working day), overdue actions are carried forward, planned actions are added,
    // updated or removed; done actions are never touched. Returns the stored actions of [from, to].
    // Does nothing but read when the same day, window and settings were synced and nothing the calendar reads was
    // written since (plan_state, kept by triggers): a second sync would change nothing.
    Result<QList<Action>> sync(const QDate &today, const QDate &from, const QDate &to);

    // True when sync(today, from, to) would do nothing but read the stored actions: the plan is current.
    bool isCurrent(const QDate &today, const QDate &from, const QDate &to);

    // The agenda day for overdue work seen on `today`: today if it is a working day, else the next one.
    QDate carryDay(const QDate &today) const { return m_calendar.nextWorkingDay(today); }
    const FrenchCalendar &calendar() const { return m_calendar; }

private:
    Status settlePromises(const QDate &today);
    QString settingsKey() const;

    Database &m_db;
    PlannerSettings m_settings;
    FrenchCalendar m_calendar;
};
