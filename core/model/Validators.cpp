#include "Validators.h"

#include <array>

namespace Validators {

namespace {

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isAsciiUpper(QChar c) { return c >= u'A' && c <= u'Z'; }
int digitValue(QChar c) { return c.unicode() - u'0'; }

// « value » n'est pas un <what> valide : <why>. The value is shown as typed so the user recognises it.
QString invalid(QStringView text, QStringView what, const QString &why)
{
    return QStringLiteral("« %1 » n'est pas un %2 valide : %3").arg(text.trimmed().toString(), what.toString(), why);
}

// First character that is not an ASCII digit, or a null QChar.
QChar firstNonDigit(QStringView digits)
{
    for (QChar c : digits)
        if (!isAsciiDigit(c))
            return c;
    return {};
}

// Digits and length of a SIREN or SIRET; an empty Status means the shape is right.
Status checkDigits(QStringView text, const QString &digits, qsizetype expected, QStringView what)
{
    if (digits.isEmpty())
        return Status::failure(QStringLiteral("Le %1 est vide : il faut %2 chiffres").arg(what.toString()).arg(expected));
    if (const QChar c = firstNonDigit(digits); !c.isNull())
        return Status::failure(invalid(text, what, QStringLiteral("le caractère « %1 » n'est pas un chiffre").arg(c)));
    if (digits.size() != expected)
        return Status::failure(invalid(text, what, QStringLiteral("il faut %1 chiffres, il y en a %2").arg(expected).arg(digits.size())));
    return {};
}

// Luhn over a string of ASCII digits: from the right, every second digit is doubled (minus 9 above 9).
int luhnSum(QStringView digits, bool doubleRightmost)
{
    int sum = 0;
    bool doubled = doubleRightmost;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitValue(digits.at(i));
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum;
}

bool luhnValid(QStringView digits) { return luhnSum(digits, false) % 10 == 0; }

int digitSum(QStringView digits)
{
    int sum = 0;
    for (QChar c : digits)
        sum += digitValue(c);
    return sum;
}

int vatKey(QStringView siren)
{
    int rest = 0;
    for (QChar c : siren)
        rest = (rest * 10 + digitValue(c)) % 97;
    return (12 + 3 * rest) % 97;
}

QString twoDigits(int n) { return QStringLiteral("%1").arg(n, 2, 10, QChar(u'0')); }

// Upper case, without spaces, dots or hyphens: the electronic form of an IBAN or VAT number.
QString compactUpper(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace() && c != u'.' && c != u'-')
            out.append(c.toUpper());
    return out;
}

struct IbanLength
{
    char16_t country[3];
    int length;
};

// SWIFT IBAN registry, SEPA countries and neighbours.
constexpr std::array<IbanLength, 37> kIbanLengths{{
    {u"AD", 24}, {u"AT", 20}, {u"BE", 16}, {u"BG", 22}, {u"CH", 21}, {u"CY", 28}, {u"CZ", 24}, {u"DE", 22},
    {u"DK", 18}, {u"EE", 20}, {u"ES", 24}, {u"FI", 18}, {u"FR", 27}, {u"GB", 22}, {u"GI", 23}, {u"GR", 27},
    {u"HR", 21}, {u"HU", 28}, {u"IE", 22}, {u"IS", 26}, {u"IT", 27}, {u"LI", 21}, {u"LT", 20}, {u"LU", 20},
    {u"LV", 21}, {u"MC", 27}, {u"MT", 31}, {u"NL", 18}, {u"NO", 15}, {u"PL", 28}, {u"PT", 25}, {u"RO", 24},
    {u"SE", 24}, {u"SI", 19}, {u"SK", 24}, {u"SM", 27}, {u"VA", 22},
}};

int ibanLength(QStringView country)
{
    for (const IbanLength &entry : kIbanLengths)
        if (country == QStringView(entry.country, 2))
            return entry.length;
    return 0;
}

} // namespace

QString normalizeDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace() && c != u'.')
            out.append(c);
    return out;
}

Status siren(QStringView text)
{
    static constexpr QStringView what = u"SIREN";
    const QString digits = normalizeDigits(text);
    if (Status shape = checkDigits(text, digits, 9, what); !shape)
        return shape;
    if (!luhnValid(digits))
        return Status::failure(invalid(text, what, QStringLiteral("la clé de contrôle (Luhn) est fausse")));
    return {};
}

Status siret(QStringView text)
{
    static constexpr QStringView what = u"SIRET";
    const QString digits = normalizeDigits(text);
    if (Status shape = checkDigits(text, digits, 14, what); !shape)
        return shape;
    if (luhnValid(digits)) {
        // Both checks must hold: a SIRET starts with its company's SIREN.
        if (!luhnValid(QStringView(digits).left(9)))
            return Status::failure(invalid(text, what,
                QStringLiteral("le SIREN qu'il contient (%1) a une clé de contrôle (Luhn) fausse").arg(digits.left(9))));
        return {};
    }
    if (digits.startsWith(u"356000000")) {
        if (digitSum(digits) % 5 == 0)
            return {};
        return Status::failure(invalid(text, what,
            QStringLiteral("pour La Poste (356 000 000), la somme des chiffres doit être un multiple de 5, elle vaut %1")
                .arg(digitSum(digits))));
    }
    return Status::failure(invalid(text, what, QStringLiteral("la clé de contrôle (Luhn) est fausse")));
}

Status frenchVat(QStringView text)
{
    static constexpr QStringView what = u"numéro de TVA intracommunautaire français";
    const QString vat = compactUpper(text);
    if (vat.isEmpty())
        return Status::failure(QStringLiteral("Le numéro de TVA est vide : il faut FR, une clé de 2 chiffres et le SIREN"));
    if (!vat.startsWith(u"FR"))
        return Status::failure(invalid(text, what, QStringLiteral("il doit commencer par FR")));
    if (vat.size() != 13)
        return Status::failure(invalid(text, what,
            QStringLiteral("il faut FR suivi de 11 caractères (clé de 2 chiffres et SIREN), il y en a %1").arg(vat.size() - 2)));
    const QStringView key = QStringView(vat).mid(2, 2);
    const QStringView sirenPart = QStringView(vat).mid(4);
    if (const QChar c = firstNonDigit(sirenPart); !c.isNull())
        return Status::failure(invalid(text, what,
            QStringLiteral("le SIREN « %1 » contient le caractère « %2 », qui n'est pas un chiffre").arg(sirenPart.toString(), QString(c))));
    if (!firstNonDigit(key).isNull())
        return Status::failure(invalid(text, what,
            QStringLiteral("la clé « %1 » n'est pas numérique (ancien format alphanumérique, non pris en charge)").arg(key.toString())));
    if (!luhnValid(sirenPart))
        return Status::failure(invalid(text, what,
            QStringLiteral("le SIREN %1 a une clé de contrôle (Luhn) fausse").arg(sirenPart.toString())));
    const int expected = vatKey(sirenPart);
    if (key.toInt() != expected)
        return Status::failure(invalid(text, what,
            QStringLiteral("la clé %1 ne correspond pas au SIREN %2 (clé attendue : %3)")
                .arg(key.toString(), sirenPart.toString(), twoDigits(expected))));
    return {};
}

Status iban(QStringView text)
{
    static constexpr QStringView what = u"IBAN";
    const QString s = compactUpper(text);
    if (s.isEmpty())
        return Status::failure(QStringLiteral("L'IBAN est vide"));
    if (s.size() < 2 || !isAsciiUpper(s.at(0)) || !isAsciiUpper(s.at(1)))
        return Status::failure(invalid(text, what, QStringLiteral("il doit commencer par le code du pays en deux lettres (FR…)")));
    for (QChar c : s)
        if (!isAsciiDigit(c) && !isAsciiUpper(c))
            return Status::failure(invalid(text, what, QStringLiteral("le caractère « %1 » n'est pas permis").arg(c)));
    const QStringView country = QStringView(s).left(2);
    if (const int expected = ibanLength(country); expected > 0) {
        if (s.size() != expected)
            return Status::failure(invalid(text, what,
                QStringLiteral("un IBAN %1 compte %2 caractères, celui-ci en a %3").arg(country.toString()).arg(expected).arg(s.size())));
    } else if (s.size() < 15 || s.size() > 34) {
        return Status::failure(invalid(text, what,
            QStringLiteral("un IBAN compte de 15 à 34 caractères, celui-ci en a %1").arg(s.size())));
    }
    if (!isAsciiDigit(s.at(2)) || !isAsciiDigit(s.at(3)))
        return Status::failure(invalid(text, what, QStringLiteral("la clé (3e et 4e caractères) doit être de deux chiffres")));
    const QStringView check = QStringView(s).mid(2, 2);
    if (check == u"00" || check == u"01" || check == u"99")
        return Status::failure(invalid(text, what, QStringLiteral("la clé %1 n'existe pas (de 02 à 98)").arg(check.toString())));
    // ISO 13616: move the first four characters to the end, letters become 10..35, the number mod 97 must be 1.
    // Reduced one digit at a time so that nothing overflows whatever the length.
    const QString rearranged = s.mid(4) + s.left(4);
    int rest = 0;
    for (QChar c : rearranged) {
        if (isAsciiDigit(c)) {
            rest = (rest * 10 + digitValue(c)) % 97;
        } else {
            rest = (rest * 100 + (c.unicode() - u'A' + 10)) % 97;
        }
    }
    if (rest != 1)
        return Status::failure(invalid(text, what, QStringLiteral("la clé de contrôle est fausse")));
    return {};
}

QString formatIban(QStringView text)
{
    const QString s = compactUpper(text);
    QString out;
    out.reserve(s.size() + s.size() / 4);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(u' ');
        out.append(s.at(i));
    }
    return out;
}

QString vatFromSiren(QStringView siren)
{
    const QString digits = normalizeDigits(siren);
    if (digits.size() != 9 || !firstNonDigit(digits).isNull())
        return {};
    return QStringLiteral("FR") + twoDigits(vatKey(digits)) + digits;
}

int luhnCheckDigit(QStringView digitsWithoutCheck)
{
    if (digitsWithoutCheck.isEmpty() || !firstNonDigit(digitsWithoutCheck).isNull())
        return -1;
    // The check digit will take the rightmost place, so the current rightmost digit is the first one doubled.
    return (10 - luhnSum(digitsWithoutCheck, true) % 10) % 10;
}

} // namespace Validators
