#include "SettingsDialogValues.h"

#include "CompanyRepository.h"
#include "Database.h"
#include "EcbRateRepository.h"
#include "ScenarioRepository.h"
#include "SettingsRepository.h"

QString SettingsDialogValues::paymentTermsKey()
{
    return SettingsRepository::defaultPaymentTermsDays();
}

QString SettingsDialogValues::penaltyMarginKey()
{
    return QStringLiteral("penalty.margin_bp");
}

QString SettingsDialogValues::legalInterestKey()
{
    return QStringLiteral("penalty.legal_interest_bp");
}

QString SettingsDialogValues::indemnityKey()
{
    return QStringLiteral("penalty.indemnity_cents");
}

const QList<SettingsDialogValues::Threshold> &SettingsDialogValues::thresholdFields()
{
    // Keys as ProfileThresholds::load() reads them; ranges wide enough for any sensible business.
    static const QList<Threshold> fields = {
        {"window_months", &ProfileThresholds::windowMonths, 3, 36},
        {"late_days", &ProfileThresholds::lateDays, 0, 60},
        {"late_share_pct", &ProfileThresholds::lateSharePct, 1, 100},
        {"bad_payer_weighted_days", &ProfileThresholds::badPayerWeightedDays, 1, 365},
        {"broken_promises_bad_payer", &ProfileThresholds::brokenPromisesBadPayer, 1, 20},
        {"dispute_share_pct", &ProfileThresholds::disputeSharePct, 1, 100},
        {"min_disputes", &ProfileThresholds::minDisputes, 1, 50},
        {"approval_share_pct", &ProfileThresholds::approvalSharePct, 1, 100},
        {"automatic_on_time_pct", &ProfileThresholds::automaticOnTimePct, 1, 100},
        {"insolvent_overdue_days", &ProfileThresholds::insolventOverdueDays, 30, 365},
        {"insolvent_min_overdue", &ProfileThresholds::insolventMinOverdue, 1, 50},
        {"steady_lateness_days", &ProfileThresholds::steadyLatenessDays, 0, 365},
        {"collapse_lateness_days", &ProfileThresholds::collapseLatenessDays, 1, 365},
    };
    return fields;
}

PenaltySettings SettingsDialogValues::loadPenalty(SettingsRepository &settings)
{
    // As CustomerPenalties::calculatorFor() reads them.
    PenaltySettings p;
    p.marginBp = settings.intValue(penaltyMarginKey(), p.marginBp);
    p.legalInterestRateBp = settings.intValue(legalInterestKey(), p.legalInterestRateBp);
    p.indemnityCents = settings.intValue(indemnityKey(), int(p.indemnityCents));
    return p;
}

Result<SettingsDialogValues> SettingsDialogValues::load(Database &db)
{
    using R = Result<SettingsDialogValues>;
    SettingsDialogValues v;
    v.company = CompanyRepository(db).load();
    SettingsRepository settings(db);
    v.paymentTermsDays = settings.intValue(paymentTermsKey(), v.paymentTermsDays);
    v.penalty = loadPenalty(settings);
    v.planner = PlannerSettings::load(settings);
    v.thresholds = ProfileThresholds::load(settings);
    v.smtp = SmtpSettings::load(settings);
    // Both repositories write their defaults on first use: keep that inside one transaction too.
    Transaction tx(db);
    if (!tx.status())
        return R::failure(tx.status().error());
    auto scenarios = ScenarioRepository(db).loadAll();
    if (!scenarios)
        return R::failure(scenarios.error());
    v.scenarios = std::move(scenarios).value();
    auto rates = EcbRateRepository(db).load();
    if (!rates)
        return R::failure(rates.error());
    v.ecbRates = std::move(rates).value();
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return v;
}

Status SettingsDialogValues::save(Database &db) const
{
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    if (auto s = CompanyRepository(db).save(company); !s)
        return s;
    SettingsRepository settings(db);
    const QList<std::pair<QString, QString>> values = {
        {paymentTermsKey(), QString::number(paymentTermsDays)},
        {penaltyMarginKey(), QString::number(penalty.marginBp)},
        {legalInterestKey(), QString::number(penalty.legalInterestRateBp)},
        {indemnityKey(), QString::number(penalty.indemnityCents)},
    };
    for (const auto &[key, value] : values)
        if (auto s = settings.setValue(key, value); !s)
            return s;
    if (auto s = planner.save(settings); !s)
        return s;
    for (const Threshold &t : thresholdFields())
        if (auto s = settings.setValue(QStringLiteral("profile.") + QLatin1String(t.key), QString::number(thresholds.*t.field));
            !s)
            return s;
    ScenarioRepository scenarioRepository(db);
    for (PayerProfile profile : AllPayerProfiles) {
        auto it = scenarios.constFind(profile);
        if (it == scenarios.constEnd())
            continue;
        Scenario scenario = *it;
        if (auto s = scenarioRepository.save(scenario); !s)
            return s;
    }
    if (auto s = EcbRateRepository(db).save(ecbRates); !s)
        return s;
    if (auto s = smtp.save(settings); !s)
        return s;
    return tx.commit();
}
