#pragma once
// PayerProfiler: classifies each customer into one of the seven payer profiles (DOMAIN.md §4, seed 003) from its own
// history, with a plain-French explanation giving the figures behind it.

#include "Database.h"
#include "PayerProfile.h"
#include "Result.h"

#include <QHash>
#include <QJsonObject>

class SettingsRepository;

// Every threshold is a setting ("profile.<name>"); the defaults are documented in the README.
struct ProfileThresholds
{
    int windowMonths = 12;           // history looked at: invoices issued in the last N months
    int lateDays = 5;                // paid more than N days after the due date counts as late
    int lateSharePct = 40;           // négligent: at least this share of paid invoices late...
    int badPayerWeightedDays = 30;   // mauvais payeur: weighted average lateness from N days
    int brokenPromisesBadPayer = 2;  // ...or this many broken promises
    int disputeSharePct = 20;        // litige: at least this share of invoices disputed...
    int minDisputes = 2;             // ...and at least this many disputes
    int approvalSharePct = 30;       // administratif (private body): share of call outcomes "awaiting approval"
    int automaticOnTimePct = 80;     // automatique: LCR/direct debit and at least this share paid on time
    int insolventOverdueDays = 90;   // insolvable: open invoices this late...
    int insolventMinOverdue = 1;     // ...at least this many of them, with partial payments or broken promises
    int steadyLatenessDays = 20;     // insolvable: paid within N days (weighted) in the older half of the window...
    int collapseLatenessDays = 45;   // ...then N days or more in the recent half (open invoices count as late so far)

    static ProfileThresholds load(SettingsRepository &settings);
};

// The figures behind one classification.
struct PayerFigures
{
    int invoices = 0;            // invoices issued in the window
    int paid = 0;                // of which paid
    int paidLate = 0;            // paid more than lateDays late
    int paidLateAfterReminder = 0;
    int weightedLateness = 0;    // days, weighted by amount, over paid invoices (early payments count as 0)
    int disputes = 0;            // invoices disputed in the window
    int brokenPromises = 0;
    int keptPromises = 0;
    int partialPayments = 0;     // invoices paid in several parts or still partly open
    int outcomes = 0;            // completed calls and reminders
    int awaitingApproval = 0;    // of which "awaiting approval"
    int openVeryLate = 0;        // open invoices more than insolventOverdueDays late
    int olderLateness = -1;      // weighted lateness of invoices due in the older half of the window (-1: none)
    int recentLateness = -1;     // same for the recent half, open overdue invoices counted as late so far
    bool planAgreed = false;     // an échéancier active or defaulted
    bool automaticMeans = false;
    bool publicBody = false;
    bool insolvencyFlag = false;

    QJsonObject toJson() const;
};

struct Classification
{
    qint64 customerId = 0;
    PayerProfile profile = PayerProfile::Negligent;
    QString explanation; // plain French with the figures
    PayerFigures figures;
};

class PayerProfiler final
{
public:
    explicit PayerProfiler(Database &db, ProfileThresholds thresholds = {});

    // Classifies every customer as of `today` (read-only).
    Result<QList<Classification>> classifyAll(const QDate &today);
    // The rule itself, on figures: public for tests and for the "why" tooltip.
    static Classification classify(const PayerFigures &f, const ProfileThresholds &thresholds);
    // Classifies and stores the profiles; a change of profile is journaled. Returns the classifications.
    Result<QList<Classification>> run(const QDate &today);

private:
    Database &m_db;
    ProfileThresholds m_t;
};
