#pragma once
// DemoGenerator: writes a realistic, reproducible demo business (company, customers following the seven payer
// behaviours, two years of invoices, payments, reminders, promises, disputes, plans and the event journal).

#include "Result.h"

#include <QDate>
#include <QString>
#include <functional>

class Database;

struct DemoOptions
{
    quint64 seed = 1;
    QDate today;         // every date derives from it; the wall clock is never read
    int customers = 150;
};

class DemoGenerator final
{
public:
    explicit DemoGenerator(Database &db);

    // Writes the whole demo business in ONE transaction; refuses (failure, nothing written) a database that
    // already has customers. `progress` is called now and then with rows written so far and the total; returning
    // false cancels: everything is rolled back and the failure reads "annulé".
    Status generate(const DemoOptions &options, const std::function<bool(int done, int total)> &progress = {});

    // What the last successful generate() wrote.
    struct Stats
    {
        int customers = 0;
        int invoices = 0;    // kind invoice
        int creditNotes = 0; // kind credit_note
        int payments = 0;
        int actions = 0;
        int promises = 0;
        int disputes = 0;
        int events = 0;
    };
    Stats stats() const { return m_stats; }

    // The settings key holding the behaviour a demo customer was generated with ("demo_behaviour:C0042"); its
    // value is a payer profile key. This is the ground truth a classifier can be checked against.
    static QString behaviourSettingKey(const QString &customerCode);

private:
    Database &m_db;
    Stats m_stats;
};
