#pragma once
// PlannerSettings: the thresholds of the reminder calendar, stored in the settings table (defaults documented here).

#include "Result.h"

class SettingsRepository;

struct PlannerSettings
{
    // Preventive channel (seed 001): an account with few, large open invoices gets a call, one with many an e-mail.
    int preventivePhoneMaxInvoices = 3;      // at most this many open invoices on the account → phone
    qint64 preventivePhoneMinCents = 150000; // and at least 1 500 € in the action → phone; otherwise e-mail
    // Summer campaign (seed 002): from this day, call about every invoice due in August.
    bool summerCampaign = true;
    int summerCampaignMonth = 7;
    int summerCampaignDay = 1;
    // A call that reached nobody (voicemail, unreachable) is tried again the next working day, this many times.
    int maxNoAnswerAttempts = 3;
    // When catching up, two steps on the same invoice stay at least this many days apart.
    int minGapDays = 3;
    // "In payment" / "payment sent" outcomes suspend reminders this many days (an implied promise).
    int paymentInProgressDays = 5;
    // Alsace-Moselle adds Good Friday and 26 December to the public holidays.
    bool alsaceMoselle = false;

    static PlannerSettings load(SettingsRepository &settings);
    Status save(SettingsRepository &settings) const;
};
