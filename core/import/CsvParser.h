#pragma once
// CsvParser: reads a CSV / spreadsheet export of invoices (one row per invoice or credit note) into an ImportBatch.
//
// Detection (each overridable by a CsvMapping): the delimiter (; , tab |: the one giving the most lines with the same
// field count over the first lines, ';' winning ties), the encoding line by line (UTF-8 with or without BOM, else
// Windows-1252), the header (the first line with at least two cells named like known columns: "N° facture",
// "Client", "Date", "Montant TTC"...; the lines before it are a preamble and skipped), the decimal separator and the
// date format (dd/mm/yyyy, yyyy-mm-dd, dd.mm.yyyy, dd/mm/yy, dd-mm-yyyy) from the first data rows.
// Quoted fields may hold the delimiter, doubled quotes and line breaks.
// Rows: a negative amount or a kind like "avoir" makes a credit note with negative amounts; the open amount defaults
// to the amount; the due date, when absent, is left to the customer's terms. Customers are gathered by code, else by
// name. Every bad cell is an ImportIssue with its line and column name; any error refuses the whole file.
//
// ImportOptions::csvMapping: empty (automatic mapping) or the JSON of a CsvMapping; a preset NAME is resolved to its
// JSON by the Importer (CsvMappingStore::resolve), so a name reaching the parser is reported as unknown.

#include "CsvMapping.h"
#include "ImportBatch.h"

#include <QList>
#include <QStringList>
#include <functional>

struct ImportOptions;

// What detection found in a file (or what the mapping imposed).
struct CsvFormat
{
    QChar delimiter = u';';
    QString encoding;          // "utf-8-bom", "utf-8", "windows-1252" or "mixed" (UTF-8 with Windows-1252 lines)
    QChar decimalSeparator = u',';
    QString dateFormat;        // one of CsvMapping::dateFormats(); empty when no date was seen
    int headerLine = 0;        // 1-based physical line of the header; 0 when none was found
};

// For the GUI's live-preview dialog.
struct CsvPreview
{
    CsvFormat format;
    QStringList header;
    QList<QStringList> rows;   // the first data rows, cells as text
    QList<int> rowLines;       // their 1-based physical lines
    // The mapping in effect: per CsvMapping::Field, the 0-based column index, or -1 when unmapped.
    QList<int> columnOf;
    CsvMapping autoMapping;    // columns by header name, format as detected: a starting point for a preset
    QStringList missing;       // labels of mandatory fields found in no column
    QString error;             // why the file cannot be previewed (unreadable, no header...), empty when fine
};

class CsvParser final
{
public:
    using Progress = std::function<bool(qint64 bytesRead)>;

    static ImportBatch parse(const QString &path, const ImportOptions &options, const Progress &progress = {});
    static ImportBatch parseWith(const QString &path, const CsvMapping &mapping, const Progress &progress = {});

    static CsvPreview preview(const QString &path, const CsvMapping &mapping = {}, int maxRows = 20);

    // The field a header cell names by the built-in synonyms, if any ("Date d'échéance" → DueDate).
    static std::optional<CsvMapping::Field> fieldForHeader(QStringView header);

    static constexpr int MaxListedErrors = 10000;
};
