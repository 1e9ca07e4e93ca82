#pragma once
// Scenario: the escalating reminder steps for one payer profile (préventive → relances → mise en demeure → contentieux).

#include "PayerProfile.h"

#include <QList>
#include <QString>

struct ScenarioStep
{
    QString step;            // preventive, level1, level2, level3, formal_notice, litigation
    int offsetDays = 0;      // from the due date (negative: before it), or from the previous step
    bool fromPrevious = false;
    QString channel;         // auto (preventive rule: phone or e-mail), phone, email, letter, registered_letter
    QString templateKey;     // message or letter template ("preventive_email", "formal_notice"...)
    qint64 minAmountCents = 0; // the step only applies from this open amount (per customer and day)
};

struct Scenario
{
    qint64 id = 0;
    PayerProfile profile = PayerProfile::Negligent;
    QString name;
    bool active = true;
    QList<ScenarioStep> steps;

    // The scenario DOMAIN.md §3–4 recommends for a profile.
    static Scenario defaultFor(PayerProfile profile);
    // Every step key in escalation order, and where a key stands (-1 for the special actions below).
    static const QStringList &stepOrder();
    static int rank(const QString &step);
    // French label of a step ("Relance 2", "Mise en demeure", "Suivi de promesse"...).
    static QString stepFrench(const QString &step);
    static QString channelFrench(const QString &channel);
};

// Actions that are not scenario steps.
namespace SpecialSteps {
inline const QString PromiseFollowUp = QStringLiteral("promise_followup");
inline const QString InstalmentCheck = QStringLiteral("instalment_check");
inline const QString SummerCampaign = QStringLiteral("summer_campaign");
}
