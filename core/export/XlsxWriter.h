#pragma once
// XlsxWriter: a small RAII wrapper over libxlsxwriter. Text cells are always strings (never formulas), amounts go in
// from integer cents, dates are real Excel dates; errors come back in French from close().

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// How a cell looks. Equal styles share one format in the workbook.
struct XlsxStyle
{
    enum class Align { General, Left, Center, Right };
    enum class Border { None, Thin, TopThin, BottomThin };

    bool bold = false;
    bool italic = false;
    bool wrap = false;
    bool alignTop = false;
    Align align = Align::General;
    double fontSize = 0;                  // 0: the default (Calibri 11)
    std::optional<quint32> fontColor;     // 0xRRGGBB
    std::optional<quint32> background;    // 0xRRGGBB, solid fill
    Border border = Border::None;
    QString numberFormat;                 // Excel format code; empty: General

    bool operator==(const XlsxStyle &) const = default;
};

class XlsxWriter final
{
public:
    // Excel number formats used by the exports (a real number or date underneath, formatted for French readers).
    static QString euroFormat() { return QStringLiteral("#,##0.00\\ \"€\";\\-#,##0.00\\ \"€\""); }
    static QString dateFormat() { return QStringLiteral("dd/mm/yyyy"); }
    static QString signedDaysFormat() { return QStringLiteral("+0;\\-0;0"); }

    // A format handle; 0 is the workbook's default format.
    using Format = int;

    // One worksheet of the workbook; a cheap handle that stays valid while the writer lives.
    class Sheet
    {
    public:
        // Text is always written as a string cell: "=HYPERLINK(…)", "+33…", "-5" or "@x" stay text, never a formula.
        // Characters XML cannot carry are dropped and text is cut at Excel's 32 767 characters. Empty text with the
        // default format writes nothing.
        void text(int row, int col, QStringView text, Format format = 0);
        void number(int row, int col, double value, Format format = 0);
        // An amount held in integer cents (see the .cpp for the one place cents become a double).
        void money(int row, int col, qint64 cents, Format format = 0);
        // A real date (serial number) shown with `format`; an invalid date writes a blank cell.
        void date(int row, int col, const QDate &day, Format format = 0);
        void blank(int row, int col, Format format);

        void setColumn(int firstCol, int lastCol, double width, Format format = 0);
        void setRowHeight(int row, double height, Format format = 0);
        void freezePanes(int row, int col);
        void autoFilter(int firstRow, int firstCol, int lastRow, int lastCol);
        // Landscape or portrait on A4, fitted to one page wide.
        void pageSetup(bool landscape, int pagesWide = 1);
        void repeatRows(int firstRow, int lastRow);
        void repeatColumns(int firstCol, int lastCol);
        // Page header/footer text; "&" in the text is escaped, "&P"/"&N" codes may be given with `codes`.
        void headerFooter(const QString &header, const QString &footerCodes);
        void margins(double left, double right, double top, double bottom);
        // A drop-down list on [firstRow, lastRow] × col (free text still allowed, with a warning).
        void listValidation(int firstRow, int lastRow, int col, const QStringList &values, const QString &title,
                            const QString &message);

        lxw_worksheet *raw() const { return m_sheet; }

    private:
        friend class XlsxWriter;
        Sheet(XlsxWriter *owner, lxw_worksheet *sheet) : m_owner(owner), m_sheet(sheet) {}
        XlsxWriter *m_owner = nullptr;
        lxw_worksheet *m_sheet = nullptr;
    };

    struct Options
    {
        // Rows are flushed to disk as they are written: far less memory for long lists, but every row must be
        // written in order and a row's cells left to right.
        bool constantMemory = false;
        QString title;   // document properties
        QString subject;
        QString author;
        QString company;
    };

    // Opens a workbook that close() will write to `path` (through a temporary file next to it, renamed on success).
    XlsxWriter(const QString &path, const Options &options);
    ~XlsxWriter(); // discards an unclosed workbook: no partial file is left behind
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // Sheet names are cut to 31 characters and cleaned of []:*?/\ as Excel requires.
    Sheet addSheet(const QString &name);
    Format addFormat(const XlsxStyle &style);
    // Writes the file. The first error met while building (if any) is reported instead.
    Status close();

    // True for text a spreadsheet could take for a formula (=, +, -, @, or a leading tab / carriage return).
    static bool isFormulaLike(QStringView text);
    // The text as written: XML-illegal control characters removed, cut at 32 767 characters.
    static QString cleanText(QStringView text);

private:
    void noteError(int lxwError, const QString &what);

    QString m_path;
    QString m_tempPath;
    lxw_workbook *m_workbook = nullptr;
    QList<XlsxStyle> m_styles;      // index + 1 = Format
    QList<lxw_format *> m_formats;
    QString m_firstError;
    bool m_closed = false;
};
