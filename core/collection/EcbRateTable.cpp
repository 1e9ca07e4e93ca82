#include "EcbRateTable.h"

#include <QJsonObject>
#include <algorithm>

EcbRateTable::EcbRateTable(QList<Entry> entries)
{
    for (const Entry &e : entries)
        add(e.inForceFrom, e.rateBp);
}

EcbRateTable EcbRateTable::defaults()
{
    // ECB main refinancing operations rate, date each decision took effect (DOMAIN.md §5). The rate was 0 % from
    // 2016-03-16 until the July 2022 rise: without that entry, H2 2022 (rate on 1 July 2022) would wrongly use 0.50 %.
    return EcbRateTable({
        {QDate(2016, 3, 16), 0},
        {QDate(2022, 7, 27), 50},
        {QDate(2022, 9, 14), 125},
        {QDate(2022, 11, 2), 200},
        {QDate(2022, 12, 21), 250},
        {QDate(2023, 2, 8), 300},
        {QDate(2023, 3, 22), 350},
        {QDate(2023, 5, 10), 375},
        {QDate(2023, 6, 21), 400},
        {QDate(2023, 8, 2), 425},
        {QDate(2023, 9, 20), 450},
        {QDate(2024, 6, 12), 425},
        {QDate(2024, 9, 18), 365},
        {QDate(2024, 10, 23), 340},
        {QDate(2024, 12, 18), 315},
        {QDate(2025, 2, 5), 290},
        {QDate(2025, 3, 12), 265},
        {QDate(2025, 4, 23), 240},
        {QDate(2025, 6, 11), 215},
    });
}

void EcbRateTable::add(QDate inForceFrom, int rateBp)
{
    if (!inForceFrom.isValid())
        return;
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), inForceFrom,
                               [](const Entry &e, QDate d) { return e.inForceFrom < d; });
    if (it != m_entries.end() && it->inForceFrom == inForceFrom)
        it->rateBp = rateBp;
    else
        m_entries.insert(it, Entry{inForceFrom, rateBp});
}

bool EcbRateTable::remove(QDate inForceFrom)
{
    return m_entries.removeIf([&](const Entry &e) { return e.inForceFrom == inForceFrom; }) > 0;
}

int EcbRateTable::rateInForceOn(QDate day) const
{
    if (m_entries.isEmpty())
        return 0;
    // First entry that starts after `day`; the one before it is in force.
    auto it = std::upper_bound(m_entries.cbegin(), m_entries.cend(), day,
                               [](QDate d, const Entry &e) { return d < e.inForceFrom; });
    if (it == m_entries.cbegin())
        return m_entries.first().rateBp;
    return std::prev(it)->rateBp;
}

int EcbRateTable::referenceRateForHalfYear(QDate day) const
{
    if (!day.isValid())
        return rateInForceOn(day);
    return rateInForceOn(QDate(day.year(), day.month() <= 6 ? 1 : 7, 1));
}

QString EcbRateTable::bpToPlain(int bp)
{
    const int a = bp < 0 ? -bp : bp;
    return (bp < 0 ? QStringLiteral("-") : QString()) + QString::number(a / 100) + u'.'
        + QString::number(a % 100).rightJustified(2, u'0');
}

std::optional<int> EcbRateTable::parseBp(QStringView text)
{
    QStringView t = text.trimmed();
    bool negative = false;
    if (t.startsWith(u'-')) {
        negative = true;
        t = t.mid(1);
    }
    const qsizetype sep = std::max(t.indexOf(u'.'), t.indexOf(u','));
    const QStringView intPart = sep < 0 ? t : t.left(sep);
    const QStringView fracPart = sep < 0 ? QStringView() : t.mid(sep + 1);
    if (intPart.isEmpty() || intPart.size() > 4 || fracPart.size() > 2 || (sep >= 0 && fracPart.isEmpty()))
        return std::nullopt;
    auto allDigits = [](QStringView s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (!allDigits(intPart) || !allDigits(fracPart))
        return std::nullopt;
    int bp = intPart.toInt() * 100;
    if (!fracPart.isEmpty())
        bp += fracPart.toInt() * (fracPart.size() == 1 ? 10 : 1);
    return negative ? -bp : bp;
}

QJsonArray EcbRateTable::toJson() const
{
    QJsonArray array;
    for (const Entry &e : m_entries)
        array.append(QJsonObject{{QStringLiteral("from"), e.inForceFrom.toString(Qt::ISODate)},
                                 {QStringLiteral("rate"), bpToPlain(e.rateBp)}});
    return array;
}

Result<EcbRateTable> EcbRateTable::fromJson(const QJsonArray &array)
{
    if (array.isEmpty())
        return Result<EcbRateTable>::failure(QStringLiteral("Table des taux BCE : aucun taux"));
    EcbRateTable table;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("Table des taux BCE, entrée %1").arg(i + 1);
        if (!array.at(i).isObject())
            return Result<EcbRateTable>::failure(where + QStringLiteral(" : un objet {from, rate} est attendu"));
        const QJsonObject o = array.at(i).toObject();
        const QString fromText = o.value(QStringLiteral("from")).toString();
        const QDate from = QDate::fromString(fromText, Qt::ISODate);
        if (!from.isValid())
            return Result<EcbRateTable>::failure(
                where + QStringLiteral(", champ « from » : date « %1 » invalide (AAAA-MM-JJ attendu)").arg(fromText));
        const QString rateText = o.value(QStringLiteral("rate")).toString();
        const std::optional<int> bp = parseBp(rateText);
        if (!bp)
            return Result<EcbRateTable>::failure(
                where + QStringLiteral(", champ « rate » : taux « %1 » invalide (ex. \"2.15\")").arg(rateText));
        for (const Entry &e : table.m_entries)
            if (e.inForceFrom == from)
                return Result<EcbRateTable>::failure(
                    where + QStringLiteral(", champ « from » : date %1 en double").arg(fromText));
        table.add(from, *bp);
    }
    return table;
}
