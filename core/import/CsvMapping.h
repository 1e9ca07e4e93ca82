#pragma once
// CsvMapping: how a CSV / spreadsheet export maps onto receivables, and the named presets kept in the settings table.
//
// Columns are referenced by header name (compared case- and accent-insensitively, punctuation ignored: "N° facture"
// matches "n facture") or by 1-based index ("3" or "#3"). An empty reference means "find it from the header" with the
// French/English synonyms of CsvParser. Format fields left empty (or -1) are detected from the file.
//
// JSON form (setting "csv_mapping.<name>"):
//   {"columns": {"number": "N° facture", "customerName": "Client", "issueDate": "3", "amount": "Montant TTC"},
//    "delimiter": ";", "encoding": "windows-1252", "decimalSeparator": ",", "dateFormat": "dd/MM/yyyy",
//    "skipLines": 3}

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

class Database;

struct CsvMapping
{
    enum class Field {
        CustomerCode,
        CustomerName,
        Siren,
        VatNumber,
        Number,
        Kind,      // optional: "avoir" / "credit note" → credit note
        IssueDate,
        DueDate,   // optional
        Amount,    // incl. VAT
        AmountExcl, // optional
        OpenAmount, // optional: defaults to the amount
        Currency,   // optional: EUR
    };
    static constexpr int FieldCount = 12;

    std::array<QString, FieldCount> columns; // per Field: header name, 1-based index, or empty (automatic)

    QString delimiter;        // ";", ",", "\t", "|" or empty (detected)
    QString encoding;         // "utf-8", "windows-1252" or empty (detected line by line)
    QString decimalSeparator; // "," or "." or empty (detected)
    QString dateFormat;       // "dd/MM/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yy" or empty (detected)
    int skipLines = -1;       // preamble lines before the header; -1: the header is found by its column names

    QString &column(Field f) { return columns[size_t(f)]; }
    const QString &column(Field f) const { return columns[size_t(f)]; }

    // JSON key of a field ("number", "customerName"...) and its French label ("N° de facture").
    static QString fieldKey(Field f);
    static QString fieldLabel(Field f);
    static std::optional<Field> fieldFromKey(QStringView key);
    static QStringList dateFormats(); // the supported date formats, in detection order

    QJsonObject toJson() const;
    // Refuses unknown keys and values with a French reason in *error.
    static std::optional<CsvMapping> fromJson(const QJsonObject &json, QString *error = nullptr);
    // JSON text as stored in the settings (compact).
    QString toJsonText() const;
    static std::optional<CsvMapping> fromJsonText(const QString &text, QString *error = nullptr);

    bool operator==(const CsvMapping &) const = default;
};

// Named presets in the settings table: key "csv_mapping.<name>", value the mapping's JSON.
class CsvMappingStore final
{
public:
    explicit CsvMappingStore(Database &db) : m_db(db) {}

    static QString keyFor(const QString &name) { return QStringLiteral("csv_mapping.") + name; }

    QStringList names();                                                  // sorted
    std::optional<CsvMapping> load(const QString &name, QString *error = nullptr); // unknown name: error naming it
    bool save(const QString &name, const CsvMapping &mapping, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr); // unknown name: error naming it

    // ImportOptions::csvMapping as the parser wants it: empty stays empty (automatic), JSON text stays as is, a
    // preset name becomes its JSON. std::nullopt, with the reason in *error, for an unknown name.
    std::optional<QString> resolve(const QString &nameOrJson, QString *error = nullptr);

private:
    Database &m_db;
};
