#pragma once
// EcbRateTable: the ECB main refinancing (MRO) rate history, editable, giving the L441-10 half-year reference rate.

#include "Result.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <optional>

class EcbRateTable
{
public:
    struct Entry
    {
        QDate inForceFrom;
        int rateBp = 0; // basis points: 215 = 2.15 %
        bool operator==(const Entry &) const = default;
    };

    EcbRateTable() = default;
    explicit EcbRateTable(QList<Entry> entries);

    // The history shipped with the application (DOMAIN.md §5), from 2022-07-27 to 2025-06-11.
    static EcbRateTable defaults();

    // Sorted by date, one entry per date.
    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Adds a new ECB decision, or replaces the rate of an entry with the same date.
    void add(QDate inForceFrom, int rateBp);
    // Removes the entry in force from `inForceFrom`; false if there is none.
    bool remove(QDate inForceFrom);

    // Rate of the latest entry in force on `day`. Before the first entry the first entry's rate is used, since the
    // table records decisions, not a complete past; 0 for an empty table.
    int rateInForceOn(QDate day) const;
    // L441-10 II: the rate for the first half-year is the one in force on 1 January, for the second on 1 July.
    int referenceRateForHalfYear(QDate day) const;

    // [{"from":"2025-06-11","rate":"2.15"}, …]: rates are decimal strings in percent so no double is involved.
    QJsonArray toJson() const;
    // The inverse of toJson(); the error names the entry and field at fault. An empty array is an error.
    static Result<EcbRateTable> fromJson(const QJsonArray &array);

    // "2.15" ↔ 215; accepts a dot or a comma and at most two decimals.
    static QString bpToPlain(int bp);
    static std::optional<int> parseBp(QStringView text);

    bool operator==(const EcbRateTable &) const = default;

private:
    QList<Entry> m_entries;
};
