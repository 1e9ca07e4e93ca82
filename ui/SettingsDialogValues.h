#pragma once
// SettingsDialogValues: everything the Paramètres dialog edits, read from the store in one go and written back in
// ONE transaction: company identity, default payment terms, penalty settings, planner and profile thresholds, the
// scenarios, the ECB rate table and the SMTP account (never its password, which lives in the system keychain).

#include "Company.h"
#include "EcbRateTable.h"
#include "PayerProfiler.h"
#include "PenaltyCalculator.h"
#include "PlannerSettings.h"
#include "Result.h"
#include "Scenario.h"
#include "SmtpSettings.h"

#include <QHash>
#include <QList>

class Database;
class SettingsRepository;

struct SettingsDialogValues
{
    // A profile threshold: its settings key ("profile.<key>"), its field and the range the dialog accepts.
    struct Threshold
    {
        const char *key;
        int ProfileThresholds::*field;
        int minimum;
        int maximum;
    };

    Company company;
    int paymentTermsDays = 30;
    PenaltySettings penalty; // margin, legal interest rate and indemnity (the contractual rate is per customer)
    PlannerSettings planner;
    ProfileThresholds thresholds;
    QHash<PayerProfile, Scenario> scenarios;
    EcbRateTable ecbRates;
    SmtpSettings smtp;

    static Result<SettingsDialogValues> load(Database &db);
    // Writes every value in one transaction: all or nothing.
    Status save(Database &db) const;

    // Settings keys (the same ones CustomerPenalties, PlannerSettings and ProfileThresholds read).
    static QString paymentTermsKey();
    static QString penaltyMarginKey();
    static QString legalInterestKey();
    static QString indemnityKey();
    static const QList<Threshold> &thresholdFields();
    static PenaltySettings loadPenalty(SettingsRepository &settings);
};
