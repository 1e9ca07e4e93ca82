#include "PayerProfile.h"

QString payerProfileKey(PayerProfile p)
{
    switch (p) {
    case PayerProfile::Negligent: return QStringLiteral("negligent");
    case PayerProfile::BadPayer: return QStringLiteral("bad_payer");
    case PayerProfile::Insolvent: return QStringLiteral("insolvent");
    case PayerProfile::Administrative: return QStringLiteral("administrative");
    case PayerProfile::Disputer: return QStringLiteral("disputer");
    case PayerProfile::Automatic: return QStringLiteral("automatic");
    case PayerProfile::GoodPayer: return QStringLiteral("good_payer");
    }
    return {};
}

std::optional<PayerProfile> payerProfileFromKey(QStringView key)
{
    for (PayerProfile p : AllPayerProfiles)
        if (payerProfileKey(p) == key)
            return p;
    return std::nullopt;
}

QString payerProfileFrench(PayerProfile p)
{
    switch (p) {
    case PayerProfile::Negligent: return QStringLiteral("négligent");
    case PayerProfile::BadPayer: return QStringLiteral("mauvais payeur");
    case PayerProfile::Insolvent: return QStringLiteral("insolvable");
    case PayerProfile::Administrative: return QStringLiteral("administratif");
    case PayerProfile::Disputer: return QStringLiteral("litige");
    case PayerProfile::Automatic: return QStringLiteral("automatique");
    case PayerProfile::GoodPayer: return QStringLiteral("bon payeur");
    }
    return {};
}
