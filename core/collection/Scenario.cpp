#include "Scenario.h"

namespace {
ScenarioStep s(const char *step, int offset, const char *channel, const char *templateKey, qint64 minCents = 0,
               bool fromPrevious = false)
{
    return {QString::fromLatin1(step), offset, fromPrevious, QString::fromLatin1(channel), QString::fromLatin1(templateKey),
            minCents};
}
} // namespace

const QStringList &Scenario::stepOrder()
{
    static const QStringList order = {QStringLiteral("preventive"), QStringLiteral("level1"), QStringLiteral("level2"),
                                      QStringLiteral("level3"), QStringLiteral("formal_notice"),
                                      QStringLiteral("litigation")};
    return order;
}

int Scenario::rank(const QString &step) { return int(stepOrder().indexOf(step)); }

Scenario Scenario::defaultFor(PayerProfile profile)
{
    Scenario sc;
    sc.profile = profile;
    sc.name = QStringLiteral("Scénario %1").arg(payerProfileFrench(profile));
    switch (profile) {
    case PayerProfile::Negligent:
        // Remind early and commercially (seed 003): preventive at J-10, then courteous steps.
        sc.steps = {s("preventive", -10, "auto", "preventive"), s("level1", 3, "email", "level1"),
                    s("level2", 12, "phone", "level2"), s("level3", 25, "letter", "level3"),
                    s("formal_notice", 35, "registered_letter", "formal_notice"),
                    s("litigation", 50, "phone", "litigation")};
        break;
    case PayerProfile::BadPayer:
        // Firm, short intervals; penalties and registered letters soon.
        sc.steps = {s("preventive", -7, "phone", "preventive"), s("level1", 1, "phone", "level1"),
                    s("level2", 5, "email", "level2"), s("level3", 10, "registered_letter", "level3"),
                    s("formal_notice", 15, "registered_letter", "formal_notice"),
                    s("litigation", 30, "phone", "litigation")};
        break;
    case PayerProfile::Insolvent:
        // Demanding and close follow-up, aiming at a payment plan with an immediate partial payment.
        sc.steps = {s("preventive", -10, "phone", "preventive"), s("level1", 1, "phone", "level1"),
                    s("level2", 7, "phone", "level2"), s("level3", 14, "registered_letter", "level3"),
                    s("formal_notice", 21, "registered_letter", "formal_notice"),
                    s("litigation", 45, "phone", "litigation")};
        break;
    case PayerProfile::Administrative:
        // Approval circuits: check early that the invoice is in the circuit, then patient but steady steps.
        sc.steps = {s("preventive", -15, "phone", "preventive"), s("level1", 5, "email", "level1"),
                    s("level2", 15, "phone", "level2"), s("level3", 30, "letter", "level3"),
                    s("formal_notice", 45, "registered_letter", "formal_notice"),
                    s("litigation", 60, "phone", "litigation")};
        break;
    case PayerProfile::Disputer:
        // Precise reminders with proof, then registered letters quickly.
        sc.steps = {s("preventive", -10, "email", "preventive"), s("level1", 2, "email", "level1"),
                    s("level2", 7, "registered_letter", "level2"), s("level3", 14, "registered_letter", "level3"),
                    s("formal_notice", 21, "registered_letter", "formal_notice"),
                    s("litigation", 35, "phone", "litigation")};
        break;
    case PayerProfile::Automatic:
        // LCR or direct debit: no reminder.
        break;
    case PayerProfile::GoodPayer:
        // Only a preventive check on large invoices, to detect a dispute early.
        sc.steps = {s("preventive", -7, "phone", "preventive", 500000)};
        break;
    }
    return sc;
}

QString Scenario::stepFrench(const QString &step)
{
    if (step == u"preventive")
        return QStringLiteral("Relance préventive");
    if (step == u"level1")
        return QStringLiteral("Relance 1");
    if (step == u"level2")
        return QStringLiteral("Relance 2");
    if (step == u"level3")
        return QStringLiteral("Dernière relance avant mise en demeure");
    if (step == u"formal_notice")
        return QStringLiteral("Mise en demeure");
    if (step == u"litigation")
        return QStringLiteral("Contentieux");
    if (step == SpecialSteps::PromiseFollowUp)
        return QStringLiteral("Suivi de promesse non tenue");
    if (step == SpecialSteps::InstalmentCheck)
        return QStringLiteral("Contrôle d'échéance du plan");
    if (step == SpecialSteps::SummerCampaign)
        return QStringLiteral("Campagne d'été");
    return step;
}

QString Scenario::channelFrench(const QString &channel)
{
    if (channel == u"phone")
        return QStringLiteral("téléphone");
    if (channel == u"email")
        return QStringLiteral("e-mail");
    if (channel == u"letter")
        return QStringLiteral("courrier");
    if (channel == u"registered_letter")
        return QStringLiteral("lettre recommandée AR");
    if (channel == u"auto")
        return QStringLiteral("téléphone ou e-mail selon le compte");
    return channel;
}
