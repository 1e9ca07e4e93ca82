#pragma once
// CallList: the week's planned phone calls, one row per call with everything needed on the phone (DOMAIN.md §1:
// "once a week she exports the week's call list to Excel"), and its Excel rendering.

#include "Database.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One ISO 8601 week ("2026-W49": Monday 30 November to Sunday 6 December 2026).
struct IsoWeek
{
    int year = 0;
    int week = 0;

    QDate monday() const;
    QDate sunday() const { return monday().addDays(6); }
    bool isValid() const { return monday().isValid(); }
    QString toString() const; // "2026-W49"
    static IsoWeek containing(const QDate &day);
    // "2026-W49" or "2026-w49"; invalid for a malformed text or a week the year does not have (W53).
    static IsoWeek parse(QStringView text);
};

struct CallListRow
{
    qint64 actionId = 0;
    qint64 customerId = 0;
    QDate day;                // the agenda day
    QDate scheduledDate;      // earlier than day when the call was carried forward
    bool overdue = false;
    QString customerCode;
    QString customerName;
    QString contactName;      // "Mme Durand"
    QString contactRole;
    QString phone;
    QString email;
    QString profile;          // French label, or "non classé"
    QString step;             // French label of the step
    QStringList invoiceNumbers;
    qint64 totalDueCents = 0; // open amount of the invoices the call is about
    QDate oldestDueDate;
    int daysFromDue = 0;      // day − oldest due date: negative before the due date, positive when late
    QString lastAction;       // "Relance 1 par téléphone le 12/11/2026", empty if none
    QString lastOutcome;      // "messagerie — rappeler après 14 h"
    QString currentPromise;   // "virement le 30/11/2026 (1 234,56 €)", empty if none
    QStringList questions;
};

struct CallList
{
    IsoWeek week;
    QDate today;
    QString companyName;
    QList<CallListRow> rows; // overdue calls first, then by day, then by amount (largest first)

    qint64 totalDueCents() const;
    int overdueCount() const;
};

class CallListBuilder final
{
public:
    explicit CallListBuilder(Database &db) : m_db(db) {}

    // Brings the calendar up to date for the week's working days (ReminderPlanner::sync, as seen on `today`) and
    // lists its planned phone actions.
    Result<CallList> build(const IsoWeek &week, const QDate &today);

private:
    Database &m_db;
};

namespace CallListXlsx {
// The column headers, in order (French).
const QStringList &headers();
// Writes the call list as one sheet: title row with the week and the company, bold frozen header, autofilter, euro
// and date formats, wrapped questions, empty columns to fill in, landscape A4 with the header on every page.
Status write(const CallList &list, const QString &path);
}
