#pragma once
// PayerProfile: the seven payer behaviours of DOMAIN.md §4 (seed 003), with stable keys for storage and JSON.

#include <QString>
#include <array>
#include <optional>

enum class PayerProfile {
    Negligent,     // pays, but only once reminded
    BadPayer,      // delays on purpose
    Insolvent,     // cannot pay for now
    Administrative,// approval circuits swallow reminders
    Disputer,      // always claims a dispute
    Automatic,     // LCR, direct debit
    GoodPayer,     // pays on or before the due date
};

inline constexpr std::array<PayerProfile, 7> AllPayerProfiles = {
    PayerProfile::Negligent, PayerProfile::BadPayer,  PayerProfile::Insolvent, PayerProfile::Administrative,
    PayerProfile::Disputer,  PayerProfile::Automatic, PayerProfile::GoodPayer};

// Storage/JSON key: "negligent", "bad_payer", "insolvent", "administrative", "disputer", "automatic", "good_payer".
QString payerProfileKey(PayerProfile p);
std::optional<PayerProfile> payerProfileFromKey(QStringView key);
// French label as the owner-manager says it: "négligent", "mauvais payeur", ...
QString payerProfileFrench(PayerProfile p);
