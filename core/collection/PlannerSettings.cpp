#include "PlannerSettings.h"

#include "SettingsRepository.h"

PlannerSettings PlannerSettings::load(SettingsRepository &s)
{
    PlannerSettings p;
    p.preventivePhoneMaxInvoices = s.intValue(QStringLiteral("planner.preventive_phone_max_invoices"), p.preventivePhoneMaxInvoices);
    p.preventivePhoneMinCents = s.value(QStringLiteral("planner.preventive_phone_min_cents"),
                                        QString::number(p.preventivePhoneMinCents)).toLongLong();
    p.summerCampaign = s.intValue(QStringLiteral("planner.summer_campaign"), p.summerCampaign ? 1 : 0) != 0;
    p.summerCampaignMonth = s.intValue(QStringLiteral("planner.summer_campaign_month"), p.summerCampaignMonth);
    p.summerCampaignDay = s.intValue(QStringLiteral("planner.summer_campaign_day"), p.summerCampaignDay);
    p.maxNoAnswerAttempts = s.intValue(QStringLiteral("planner.max_no_answer_attempts"), p.maxNoAnswerAttempts);
    p.minGapDays = s.intValue(QStringLiteral("planner.min_gap_days"), p.minGapDays);
    p.paymentInProgressDays = s.intValue(QStringLiteral("planner.payment_in_progress_days"), p.paymentInProgressDays);
    p.alsaceMoselle = s.intValue(QStringLiteral("planner.alsace_moselle"), p.alsaceMoselle ? 1 : 0) != 0;
    return p;
}

Status PlannerSettings::save(SettingsRepository &s) const
{
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("planner.preventive_phone_max_invoices"), QString::number(preventivePhoneMaxInvoices)},
        {QStringLiteral("planner.preventive_phone_min_cents"), QString::number(preventivePhoneMinCents)},
        {QStringLiteral("planner.summer_campaign"), QString::number(summerCampaign ? 1 : 0)},
        {QStringLiteral("planner.summer_campaign_month"), QString::number(summerCampaignMonth)},
        {QStringLiteral("planner.summer_campaign_day"), QString::number(summerCampaignDay)},
        {QStringLiteral("planner.max_no_answer_attempts"), QString::number(maxNoAnswerAttempts)},
        {QStringLiteral("planner.min_gap_days"), QString::number(minGapDays)},
        {QStringLiteral("planner.payment_in_progress_days"), QString::number(paymentInProgressDays)},
        {QStringLiteral("planner.alsace_moselle"), QString::number(alsaceMoselle ? 1 : 0)},
    };
    for (const auto &[key, value] : values)
        if (auto st = s.setValue(key, value); !st)
            return st;
    return {};
}
