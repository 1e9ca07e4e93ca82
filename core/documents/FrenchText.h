#pragma once
// FrenchText: the wording letters need: long dates, amounts in figures and in words, lists, identifiers.

#include <QDate>
#include <QString>
#include <QStringList>

namespace FrenchText {
// "25 novembre 2026", "1er décembre 2026".
QString longDate(const QDate &date);
// "25/11/2026".
QString shortDate(const QDate &date);
// "1 234,56 €" (U+202F between thousands, U+00A0 before the symbol), as Money::toFrench prints it.
QString euros(qint64 cents);
// "a", "a et b", "a, b et c".
QString joinAnd(const QStringList &items);
// "812 456 037" from "812456037"; other input is returned trimmed.
QString formatSiren(const QString &siren);
// Cardinal number in words, traditional spelling (quatre-vingts, deux cents, mille, deux millions).
QString numberInWords(qint64 n);
// "mille deux cent trente-quatre euros et cinquante-six centimes", "un million d'euros", "zéro euro".
QString amountInWords(qint64 cents);
// "Mme Claire Dubois", "M. Dubois"...: civility and name joined, empty parts dropped.
QString personName(const QString &civility, const QString &name);
}
