#pragma once
// Validators: checks for French company identifiers (SIREN, SIRET, VAT) and IBANs, with French messages.

#include "Result.h"

#include <QString>
#include <QStringView>

namespace Validators {

// Removes the separators people type or paste inside numbers: spaces (incl. U+00A0, U+202F, tabs) and dots.
// Other characters are kept so that the validators can name them.
QString normalizeDigits(QStringView text);

// SIREN: 9 digits, Luhn check digit. Spaces and dots are ignored.
Status siren(QStringView text);
// SIRET: 14 digits (SIREN + NIC), Luhn over the 14 digits and over the SIREN. La Poste (SIREN 356000000) numbers
// its establishments differently: a 356000000… SIRET that fails Luhn is valid when its digit sum is a multiple of 5
// (the head office, 356 000 000 00048, passes Luhn).
Status siret(QStringView text);
// French intra-community VAT number: "FR" + 2-digit key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97.
// Spaces, dots, hyphens and lower case are accepted. Old alphanumeric keys are rejected with their own message.
Status frenchVat(QStringView text);
// IBAN: country code, 2 check digits, BBAN; mod 97 = 1; length checked per country (15 to 34 when unknown).
// Spaces, dots, hyphens and lower case are accepted.
Status iban(QStringView text);

// "FR76 3000 6000 0112 3456 7890 189": upper case, groups of 4 separated by a space (print form of an IBAN).
QString formatIban(QStringView text);

// "FR44732829320" from "732829320" (spaces ignored); an empty string when the input is not 9 digits.
QString vatFromSiren(QStringView siren);

// The Luhn check digit (0–9) to append to digitsWithoutCheck so that the whole number passes Luhn,
// or -1 when the input is empty or holds a non-digit. Used to make valid SIRENs for demo data:
//     const QString base = QStringLiteral("73282932"); // 8 digits
//     const QString siren = base + QChar(u'0' + Validators::luhnCheckDigit(base)); // "732829320"
// A SIRET is built the same way from its SIREN and the first 4 digits of the NIC.
int luhnCheckDigit(QStringView digitsWithoutCheck);

} // namespace Validators
