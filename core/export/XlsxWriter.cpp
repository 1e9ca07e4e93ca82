#include "XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <xlsxwriter.h>

#include <vector>

namespace {

QByteArray utf8(QStringView s) { return s.toUtf8(); }

uint8_t lxwAlign(XlsxStyle::Align a)
{
    switch (a) {
    case XlsxStyle::Align::Left: return LXW_ALIGN_LEFT;
    case XlsxStyle::Align::Center: return LXW_ALIGN_CENTER;
    case XlsxStyle::Align::Right: return LXW_ALIGN_RIGHT;
    case XlsxStyle::Align::General: break;
    }
    return LXW_ALIGN_NONE;
}

// Excel header/footer text: "&" starts a control code, so literal ampersands are doubled.
QString escapeHeaderText(const QString &s)
{
    QString out = s;
    out.replace(u'&', QStringLiteral("&&"));
    return out;
}

QString frenchError(lxw_error e)
{
    switch (e) {
    case LXW_ERROR_CREATING_XLSX_FILE:
        return QStringLiteral("le fichier ne peut pas être créé (dossier inexistant, protégé ou disque plein)");
    case LXW_ERROR_CREATING_TMPFILE:
        return QStringLiteral("fichier temporaire impossible à créer (dossier temporaire plein ou protégé)");
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return QStringLiteral("mémoire insuffisante");
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        return QStringLiteral("cellule hors des limites d'une feuille Excel");
    case LXW_ERROR_SHEETNAME_ALREADY_USED:
        return QStringLiteral("nom de feuille déjà utilisé");
    default:
        break;
    }
    return QStringLiteral("erreur de libxlsxwriter : %1").arg(QString::fromUtf8(lxw_strerror(e)));
}

} // namespace

XlsxWriter::XlsxWriter(const QString &path, const Options &options) : m_path(path)
{
    // Written beside the target and renamed at the end, so that a failed export never leaves half a file
    // (nor destroys the previous one).
    const QFileInfo target(path);
    m_tempPath = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".")
                 + QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".part");
    // Checked here so that the user gets one clear message (libxlsxwriter would only fail at close, on stderr).
    QFile probe(m_tempPath);
    if (!probe.open(QIODevice::WriteOnly)) {
        m_firstError = QStringLiteral("%1 : le fichier ne peut pas être créé (%2)").arg(path, probe.errorString());
        return;
    }
    probe.close();
    lxw_workbook_options lxwOptions{};
    lxwOptions.constant_memory = options.constantMemory ? LXW_TRUE : LXW_FALSE;
    lxwOptions.tmpdir = nullptr;
    lxwOptions.use_zip64 = LXW_FALSE;
    const QByteArray file = QFile::encodeName(m_tempPath);
    m_workbook = workbook_new_opt(file.constData(), &lxwOptions);
    if (!m_workbook) {
        m_firstError = QStringLiteral("%1 : classeur impossible à créer").arg(path);
        return;
    }
    QByteArray title = utf8(options.title), subject = utf8(options.subject), author = utf8(options.author),
               company = utf8(options.company);
    lxw_doc_properties props{};
    props.title = options.title.isEmpty() ? nullptr : title.data();
    props.subject = options.subject.isEmpty() ? nullptr : subject.data();
    props.author = options.author.isEmpty() ? nullptr : author.data();
    props.company = options.company.isEmpty() ? nullptr : company.data();
    noteError(workbook_set_properties(m_workbook, &props), QStringLiteral("propriétés du document"));
}

XlsxWriter::~XlsxWriter()
{
    if (m_workbook && !m_closed)
        lxw_workbook_free(m_workbook);
    QFile::remove(m_tempPath); // gone already after a successful close()
}

void XlsxWriter::noteError(int lxwError, const QString &what)
{
    if (lxwError == LXW_NO_ERROR || !m_firstError.isEmpty())
        return;
    m_firstError = QStringLiteral("%1 : %2 (%3)").arg(m_path, frenchError(lxw_error(lxwError)), what);
}

XlsxWriter::Sheet XlsxWriter::addSheet(const QString &name)
{
    QString clean;
    for (QChar c : name)
        if (!QStringView(u"[]:*?/\\").contains(c))
            clean += c;
    clean = clean.trimmed().left(31);
    if (clean.isEmpty())
        clean = QStringLiteral("Feuille");
    lxw_worksheet *ws = nullptr;
    if (m_workbook) {
        ws = workbook_add_worksheet(m_workbook, utf8(clean).constData());
        if (!ws)
            noteError(LXW_ERROR_SHEETNAME_ALREADY_USED, clean);
    }
    return Sheet(this, ws);
}

XlsxWriter::Format XlsxWriter::addFormat(const XlsxStyle &style)
{
    if (style == XlsxStyle())
        return 0;
    for (qsizetype i = 0; i < m_styles.size(); ++i)
        if (m_styles.at(i) == style)
            return Format(i + 1);
    lxw_format *f = m_workbook ? workbook_add_format(m_workbook) : nullptr;
    if (f) {
        if (style.bold)
            format_set_bold(f);
        if (style.italic)
            format_set_italic(f);
        if (style.wrap)
            format_set_text_wrap(f);
        if (style.alignTop)
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        if (style.align != XlsxStyle::Align::General)
            format_set_align(f, lxwAlign(style.align));
        if (style.fontSize > 0)
            format_set_font_size(f, style.fontSize);
        if (style.fontColor)
            format_set_font_color(f, lxw_color_t(*style.fontColor));
        if (style.background) {
            format_set_pattern(f, LXW_PATTERN_SOLID);
            format_set_bg_color(f, lxw_color_t(*style.background));
        }
        switch (style.border) {
        case XlsxStyle::Border::Thin: format_set_border(f, LXW_BORDER_THIN); break;
        case XlsxStyle::Border::TopThin: format_set_top(f, LXW_BORDER_THIN); break;
        case XlsxStyle::Border::BottomThin: format_set_bottom(f, LXW_BORDER_THIN); break;
        case XlsxStyle::Border::None: break;
        }
        if (!style.numberFormat.isEmpty())
            format_set_num_format(f, utf8(style.numberFormat).constData());
    }
    m_styles << style;
    m_formats << f;
    return Format(m_styles.size());
}

Status XlsxWriter::close()
{
    if (m_closed)
        return Status::failure(QStringLiteral("%1 : classeur déjà écrit").arg(m_path));
    m_closed = true;
    if (!m_workbook)
        return Status::failure(m_firstError);
    if (!m_firstError.isEmpty()) {
        lxw_workbook_free(m_workbook);
        QFile::remove(m_tempPath);
        return Status::failure(m_firstError);
    }
    const lxw_error e = workbook_close(m_workbook); // writes and frees
    if (e != LXW_NO_ERROR) {
        QFile::remove(m_tempPath);
        return Status::failure(QStringLiteral("%1 : %2").arg(m_path, frenchError(e)));
    }
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        QFile::remove(m_tempPath);
        return Status::failure(QStringLiteral("%1 : le fichier existant ne peut pas être remplacé (ouvert dans Excel ?)").arg(m_path));
    }
    if (!QFile::rename(m_tempPath, m_path)) {
        QFile::remove(m_tempPath);
        return Status::failure(QStringLiteral("%1 : le fichier ne peut pas être écrit").arg(m_path));
    }
    return {};
}

bool XlsxWriter::isFormulaLike(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString XlsxWriter::cleanText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        // XML 1.0 forbids C0 controls other than tab, line feed and carriage return, and U+FFFE/U+FFFF.
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF)
            continue;
        out += c;
    }
    constexpr qsizetype ExcelMaxChars = 32767;
    if (out.size() > ExcelMaxChars) {
        out.truncate(ExcelMaxChars);
        if (out.back().isHighSurrogate())
            out.chop(1);
    }
    return out;
}

// --- Sheet -------------------------------------------------------------------------------------------------------

namespace {
lxw_format *formatOf(const QList<lxw_format *> &formats, XlsxWriter::Format f)
{
    return f > 0 && f <= formats.size() ? formats.at(f - 1) : nullptr;
}
} // namespace

void XlsxWriter::Sheet::text(int row, int col, QStringView value, Format format)
{
    if (!m_sheet)
        return;
    lxw_format *f = formatOf(m_owner->m_formats, format);
    const QString clean = cleanText(value);
    if (clean.isEmpty()) {
        if (f)
            m_owner->noteError(worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(col), f), QStringLiteral("cellule vide"));
        return;
    }
    // worksheet_write_string always stores a string cell (t="s" or inline string): a leading "=" is data, and
    // nothing in this wrapper ever writes a formula. libxlsxwriter 1.1 has no quote-prefix format to add on top.
    m_owner->noteError(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(col), utf8(clean).constData(), f),
                       QStringLiteral("texte ligne %1").arg(row + 1));
}

void XlsxWriter::Sheet::number(int row, int col, double value, Format format)
{
    if (!m_sheet)
        return;
    m_owner->noteError(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), value,
                                              formatOf(m_owner->m_formats, format)),
                       QStringLiteral("nombre ligne %1").arg(row + 1));
}

void XlsxWriter::Sheet::money(int row, int col, qint64 cents, Format format)
{
    // The one place an amount becomes a double: a spreadsheet cell only holds IEEE doubles, and Excel must see a
    // real number to sum and sort it. Everything upstream stays in integer cents; cents / 100 is exact to the
    // cent for any amount below 2^53 cents, and the euro number format shows two decimals.
    number(row, col, double(cents) / 100.0, format);
}

void XlsxWriter::Sheet::date(int row, int col, const QDate &day, Format format)
{
    if (!m_sheet)
        return;
    lxw_format *f = formatOf(m_owner->m_formats, format);
    if (!day.isValid()) {
        if (f)
            m_owner->noteError(worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(col), f), QStringLiteral("date vide"));
        return;
    }
    lxw_datetime dt{day.year(), day.month(), day.day(), 0, 0, 0.0};
    m_owner->noteError(worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(col), &dt, f),
                       QStringLiteral("date ligne %1").arg(row + 1));
}

void XlsxWriter::Sheet::blank(int row, int col, Format format)
{
    if (!m_sheet)
        return;
    m_owner->noteError(worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(col), formatOf(m_owner->m_formats, format)),
                       QStringLiteral("cellule vide"));
}

void XlsxWriter::Sheet::setColumn(int firstCol, int lastCol, double width, Format format)
{
    if (!m_sheet)
        return;
    m_owner->noteError(worksheet_set_column(m_sheet, lxw_col_t(firstCol), lxw_col_t(lastCol), width,
                                            formatOf(m_owner->m_formats, format)),
                       QStringLiteral("largeur de colonne"));
}

void XlsxWriter::Sheet::setRowHeight(int row, double height, Format format)
{
    if (!m_sheet)
        return;
    m_owner->noteError(worksheet_set_row(m_sheet, lxw_row_t(row), height, formatOf(m_owner->m_formats, format)),
                       QStringLiteral("hauteur de ligne"));
}

void XlsxWriter::Sheet::freezePanes(int row, int col)
{
    if (m_sheet)
        worksheet_freeze_panes(m_sheet, lxw_row_t(row), lxw_col_t(col));
}

void XlsxWriter::Sheet::autoFilter(int firstRow, int firstCol, int lastRow, int lastCol)
{
    if (!m_sheet)
        return;
    m_owner->noteError(worksheet_autofilter(m_sheet, lxw_row_t(firstRow), lxw_col_t(firstCol), lxw_row_t(lastRow),
                                            lxw_col_t(lastCol)),
                       QStringLiteral("filtre automatique"));
}

void XlsxWriter::Sheet::pageSetup(bool landscape, int pagesWide)
{
    if (!m_sheet)
        return;
    if (landscape)
        worksheet_set_landscape(m_sheet);
    else
        worksheet_set_portrait(m_sheet);
    constexpr uint8_t PaperA4 = 9;
    worksheet_set_paper(m_sheet, PaperA4);
    worksheet_fit_to_pages(m_sheet, uint16_t(pagesWide), 0); // as many pages tall as needed
}

void XlsxWriter::Sheet::repeatRows(int firstRow, int lastRow)
{
    if (!m_sheet)
        return;
    m_owner->noteError(worksheet_repeat_rows(m_sheet, lxw_row_t(firstRow), lxw_row_t(lastRow)),
                       QStringLiteral("lignes répétées à l'impression"));
}

void XlsxWriter::Sheet::repeatColumns(int firstCol, int lastCol)
{
    if (!m_sheet)
        return;
    m_owner->noteError(worksheet_repeat_columns(m_sheet, lxw_col_t(firstCol), lxw_col_t(lastCol)),
                       QStringLiteral("colonnes répétées à l'impression"));
}

void XlsxWriter::Sheet::headerFooter(const QString &header, const QString &footerCodes)
{
    if (!m_sheet)
        return;
    if (!header.isEmpty()) {
        const QString text = QStringLiteral("&L") + escapeHeaderText(header).left(200);
        const QByteArray h = utf8(text);
        m_owner->noteError(worksheet_set_header(m_sheet, h.constData()), QStringLiteral("en-tête de page"));
    }
    if (!footerCodes.isEmpty())
        m_owner->noteError(worksheet_set_footer(m_sheet, utf8(footerCodes).constData()), QStringLiteral("pied de page"));
}

void XlsxWriter::Sheet::margins(double left, double right, double top, double bottom)
{
    if (m_sheet)
        worksheet_set_margins(m_sheet, left, right, top, bottom);
}

void XlsxWriter::Sheet::listValidation(int firstRow, int lastRow, int col, const QStringList &values, const QString &title,
                                       const QString &message)
{
    if (!m_sheet || values.isEmpty() || lastRow < firstRow)
        return;
    std::vector<QByteArray> bytes;
    for (const QString &v : values)
        bytes.push_back(utf8(v));
    std::vector<char *> list;
    for (QByteArray &b : bytes)
        list.push_back(b.data());
    list.push_back(nullptr);
    const QByteArray t = utf8(title.left(32)), m = utf8(message.left(255));
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = list.data();
    v.input_title = t.isEmpty() ? nullptr : const_cast<char *>(t.constData());
    v.input_message = m.isEmpty() ? nullptr : const_cast<char *>(m.constData());
    v.error_type = LXW_VALIDATION_ERROR_TYPE_INFORMATION; // a suggestion: free text stays possible
    m_owner->noteError(worksheet_data_validation_range(m_sheet, lxw_row_t(firstRow), lxw_col_t(col), lxw_row_t(lastRow),
                                                       lxw_col_t(col), &v),
                       QStringLiteral("liste de choix"));
}
