#pragma once
// TodayViewData: everything the Aujourd'hui view shows, read in one go: the day's actions by channel (the calendar
// brought up to date first), the promises to check, the open disputes and the cash expected in the next 15 days.

#include "AgendaItem.h"
#include "Promise.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class Database;

struct PromiseToCheck
{
    Promise promise;
    QString customerName;
    bool broken = false;    // its date passed without the money
    qint64 openCents = 0;   // still due on its invoices
};

// The open disputes of one customer (one customer, one line).
struct DisputeGroup
{
    qint64 customerId = 0;
    QString customerName;
    QStringList invoiceNumbers;
    QStringList categories; // CallGuide::disputeCategories() keys, each once
    QDate openedOn;         // the oldest
    qint64 openCents = 0;
};

struct TodayData
{
    static constexpr int ExpectedDays = 15;

    QDate today;
    QDate day; // the agenda day: today, or the next working day on a weekend or holiday
    QList<AgendaItem> calls;
    QList<AgendaItem> emails;
    QList<AgendaItem> letters; // letters and registered letters
    QList<PromiseToCheck> promises;
    QList<DisputeGroup> disputes;
    // Open invoices falling due within ExpectedDays, plus promises dated in that window for invoices already late.
    qint64 expectedCents = 0;
    QString error; // the calendar could not be brought up to date

    // Counted over the three lists (while details are pending, as counted when the day was read).
    int plannedCount() const;
    int lateCount() const;
    int doneCount() const;

    // Brings the calendar up to date (ReminderPlanner::sync) and reads the day as seen on `today`.
    static TodayData load(Database &db, QDate today);
    // The same, but the agenda details (customer, contact, invoices, attempt) are read only for the first
    // `detailedRows` items of each list, the ones a screen shows; the other items are in place and counted but carry
    // only part of their action (from the stored plan: id, customer, status, amount) until completeDetails(). A big
    // day (thousands of actions) paints without waiting for them all.
    static TodayData loadFirstRows(Database &db, QDate today, int detailedRows);
    // The same with a number of rows per list (a list of full cards shows fewer rows than a compact one).
    struct FirstRows
    {
        int calls = -1;
        int emails = -1;
        int letters = -1;
    };
    static TodayData loadFirstRows(Database &db, QDate today, FirstRows detailedRows);
    bool detailsPending() const { return m_detailsPending; }
    // Reads the details still missing (nothing when there are none).
    void completeDetails(Database &db);

private:
    static TodayData load(Database &db, QDate today, int detailedRows);
    static TodayData load(Database &db, QDate today, FirstRows detailedRows);
    // The day's lists from the stored plan: the order and the counts from one query of small columns, whole actions
    // for the first rows of each list only.
    bool loadStoredDay(Database &db, FirstRows detailedRows, QSet<qint64> &followUps);
    void loadPromisesAndDisputes(Database &db, const QSet<qint64> &followUps);
    struct Counts
    {
        int planned = 0;
        int late = 0;
        int done = 0;
    };
    bool m_detailsPending = false;
    bool m_actionsPending = false; // the items without details carry only their action's id, customer and status
    Counts m_pendingCounts;        // the counts while the items without details cannot tell them
};
