#include "CsvParser.h"

#include "ImportText.h"
#include "Importer.h"
#include "LineReader.h"
#include "Money.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace {

using Field = CsvMapping::Field;
constexpr int SampleLines = 40; // physical lines read for detection

// Header text reduced for matching: lower case, no accents, punctuation as spaces ("N° facture" → "n facture").
QString headerKey(QStringView text)
{
    QString folded = ImportText::foldForMatching(text);
    QString out;
    out.reserve(folded.size());
    bool space = false;
    for (const QChar c : std::as_const(folded)) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            out += c;
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

const QHash<QString, Field> &synonyms()
{
    static const QHash<QString, Field> table = [] {
        QHash<QString, Field> t;
        const auto add = [&t](Field f, std::initializer_list<const char16_t *> names) {
            for (const char16_t *n : names)
                t.insert(headerKey(QStringView(n)), f);
        };
        add(Field::Number, {u"N° facture", u"No facture", u"Num facture", u"Numéro", u"Numéro facture",
                            u"Numéro de facture", u"N° de facture", u"Facture", u"N° pièce", u"Pièce", u"Référence",
                            u"Réf", u"N° document", u"Invoice", u"Invoice number", u"Invoice no", u"Number", u"N°"});
        add(Field::CustomerCode, {u"Code client", u"Code", u"Réf client", u"Référence client", u"N° client",
                                  u"Numéro client", u"Compte client", u"Compte", u"Customer code", u"Customer id",
                                  u"Client id", u"Code tiers"});
        add(Field::CustomerName, {u"Client", u"Nom client", u"Nom du client", u"Raison sociale", u"Nom", u"Société",
                                  u"Dénomination", u"Tiers", u"Customer", u"Customer name", u"Company"});
        add(Field::Siren, {u"SIREN", u"N° SIREN", u"SIRET", u"N° SIRET"});
        add(Field::VatNumber, {u"TVA intracommunautaire", u"N° TVA", u"N° TVA intracommunautaire", u"Numéro TVA",
                               u"TVA intra", u"VAT", u"VAT number", u"VAT id"});
        add(Field::Kind, {u"Type", u"Type de document", u"Type pièce", u"Nature", u"Kind", u"Document type"});
        add(Field::IssueDate, {u"Date", u"Date facture", u"Date de facture", u"Date d'émission", u"Date émission",
                               u"Date pièce", u"Invoice date", u"Issue date"});
        add(Field::DueDate, {u"Échéance", u"Date d'échéance", u"Date échéance", u"Date limite de paiement",
                             u"Due date", u"Due"});
        add(Field::Amount, {u"Montant TTC", u"Total TTC", u"TTC", u"Montant", u"Total", u"Net à payer", u"Amount",
                            u"Total amount", u"Amount incl VAT", u"Total incl VAT"});
        add(Field::AmountExcl, {u"Montant HT", u"Total HT", u"HT", u"Net HT", u"Amount excl VAT", u"Total excl VAT"});
        add(Field::OpenAmount, {u"Reste dû", u"Reste à payer", u"Restant dû", u"Montant restant", u"Solde",
                                u"Solde dû", u"Montant dû", u"Open amount", u"Amount due", u"Balance", u"Balance due"});
        add(Field::Currency, {u"Devise", u"Monnaie", u"Currency"});
        return t;
    }();
    return table;
}

// ---- Record splitting -------------------------------------------------------------------------------------------

// Splits decoded physical lines into records, quotes spanning lines.
class RecordSplitter
{
public:
    explicit RecordSplitter(QChar delimiter) : m_delim(delimiter) {}

    // Feeds one physical line; true when a record is complete (then take()).
    bool feed(QStringView line, int lineNumber)
    {
        if (!m_inRecord) {
            m_fields.clear();
            m_current.clear();
            m_quotedField = false;
            m_firstLine = lineNumber;
            m_inRecord = true;
        } else {
            m_current += u'\n'; // inside quotes: the line break belongs to the field
        }
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (m_inQuotes) {
                if (c == u'"') {
                    if (i + 1 < line.size() && line[i + 1] == u'"') {
                        m_current += u'"';
                        ++i;
                    } else {
                        m_inQuotes = false;
                    }
                } else {
                    m_current += c;
                }
            } else if (c == m_delim) {
                pushField();
            } else if (c == u'"' && m_current.trimmed().isEmpty() && !m_quotedField) {
                m_current.clear();
                m_inQuotes = true;
                m_quotedField = true;
            } else {
                m_current += c;
            }
        }
        if (m_inQuotes)
            return false;
        pushField();
        m_inRecord = false;
        return true;
    }
    bool pending() const { return m_inRecord; }
    // Ends an unterminated quoted record at the end of the file.
    void finish()
    {
        m_inQuotes = false;
        pushField();
        m_inRecord = false;
    }
    QStringList take() { return std::move(m_fields); }
    int firstLine() const { return m_firstLine; }

private:
    void pushField()
    {
        m_fields << (m_quotedField ? m_current : m_current.trimmed());
        m_current.clear();
        m_quotedField = false;
    }

    QChar m_delim;
    QStringList m_fields;
    QString m_current;
    bool m_inQuotes = false;
    bool m_quotedField = false;
    bool m_inRecord = false;
    int m_firstLine = 0;
};

// Reads a file's physical lines decoded (BOM dropped, UTF-8 or Windows-1252 per line or as forced).
class DecodedLines
{
public:
    DecodedLines(QIODevice &dev, const QString &forcedEncoding) : m_reader(dev), m_forced(forcedEncoding) {}

    bool next(QString &out)
    {
        QByteArrayView raw;
        if (!m_reader.next(raw))
            return false;
        if (m_reader.lineNumber() == 1 && raw.startsWith("\xEF\xBB\xBF")) {
            raw = raw.sliced(3);
            m_bom = true;
        }
        bool utf8;
        if (m_forced == u"utf-8")
            utf8 = true;
        else if (m_forced == u"windows-1252")
            utf8 = false;
        else
            utf8 = m_decoder.isUtf8(raw);
        if (!ImportText::isAscii(raw))
            (utf8 ? m_utf8Lines : m_legacyLines)++;
        out = ImportText::LineDecoder::decode(raw, utf8);
        return true;
    }
    int lineNumber() const { return int(m_reader.lineNumber()); }
    qint64 bytesRead() const { return m_reader.bytesRead(); }
    bool readError() const { return m_reader.readError(); }
    QString encoding() const
    {
        if (m_forced == u"windows-1252")
            return m_forced;
        if (m_legacyLines > 0)
            return m_utf8Lines > 0 || m_bom ? QStringLiteral("mixed") : QStringLiteral("windows-1252");
        return m_bom ? QStringLiteral("utf-8-bom") : QStringLiteral("utf-8");
    }

private:
    LineReader m_reader;
    ImportText::LineDecoder m_decoder;
    QString m_forced;
    bool m_bom = false;
    int m_utf8Lines = 0;
    int m_legacyLines = 0;
};

// ---- Detection ----------------------------------------------------------------------------------------------------

QChar detectDelimiter(const QStringList &lines)
{
    static constexpr std::array<char16_t, 4> candidates = {u';', u',', u'\t', u'|'};
    QChar best = u';';
    int bestScore = -1;
    int bestFields = 0;
    for (const char16_t cand : candidates) {
        QHash<int, int> counts; // field count → lines
        RecordSplitter s{QChar(cand)};
        int line = 0;
        for (const QString &l : lines) {
            if (l.trimmed().isEmpty())
                continue;
            if (s.feed(l, ++line)) {
                const int n = int(s.take().size());
                if (n >= 2)
                    ++counts[n];
            }
        }
        int score = 0;
        int fields = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (it.value() > score || (it.value() == score && it.key() > fields)) {
                score = it.value();
                fields = it.key();
            }
        if (score > bestScore || (score == bestScore && fields > bestFields)) {
            best = QChar(cand);
            bestScore = score;
            bestFields = fields;
        }
    }
    return best;
}

// How many cells name a known column: a synonym, or a header name the mapping refers to.
int headerMatches(const QStringList &cells, const CsvMapping &mapping)
{
    QStringList named;
    for (const QString &ref : mapping.columns)
        if (!ref.isEmpty())
            named << headerKey(ref);
    int n = 0;
    for (const QString &c : cells) {
        const QString key = headerKey(c);
        if (!key.isEmpty() && (synonyms().contains(key) || named.contains(key)))
            ++n;
    }
    return n;
}

// A date in one of the supported formats; invalid when the text does not fit it or names no real day.
QDate parseDate(QStringView text, const QString &format)
{
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{2}|\\d{4})(?:[ T].*)?$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?$"));
    if (format == u"yyyy-MM-dd") {
        const auto m = iso.match(text.toString());
        if (!m.hasMatch())
            return {};
        return QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    const auto m = dmy.match(text.toString());
    if (!m.hasMatch())
        return {};
    const QChar sep = format.at(2);
    if (m.capturedView(2) != QStringView(&sep, 1))
        return {};
    const bool shortYear = format.endsWith(u"/yy");
    const QStringView y = m.capturedView(4);
    if (shortYear != (y.size() == 2))
        return {};
    const int year = shortYear ? 2000 + y.toInt() : y.toInt();
    return QDate(year, m.capturedView(3).toInt(), m.capturedView(1).toInt());
}

// The format reading the most sample dates (a bad cell does not hide the file's format); ties: detection order.
QString detectDateFormat(const QStringList &samples)
{
    QString best;
    int bestCount = 0;
    for (const QString &f : CsvMapping::dateFormats()) {
        int n = 0;
        for (const QString &s : samples)
            if (!s.isEmpty() && parseDate(s, f).isValid())
                ++n;
        if (n > bestCount) {
            best = f;
            bestCount = n;
        }
    }
    return best;
}

QChar detectDecimal(const QStringList &samples)
{
    static const QRegularExpression commaDecimal(QStringLiteral(",\\d{1,2}\\s*(?:€|EUR)?\\s*-?\\)?$"));
    static const QRegularExpression dotDecimal(QStringLiteral("\\.\\d{1,2}\\s*(?:€|EUR)?\\s*-?\\)?$"));
    int comma = 0;
    int dot = 0;
    for (const QString &s : samples) {
        if (commaDecimal.match(s).hasMatch())
            ++comma;
        else if (dotDecimal.match(s).hasMatch())
            ++dot;
    }
    return dot > comma ? u'.' : u',';
}

// "dd/MM/yyyy" → "jj/mm/aaaa", for messages.
QString dateFormatLabel(const QString &f)
{
    QString s = f;
    s.replace(QStringLiteral("dd"), QStringLiteral("jj"));
    s.replace(QStringLiteral("MM"), QStringLiteral("mm"));
    s.replace(u'y', u'a');
    return s;
}

// Amount text ready for Money::parseCents once the decimal separator is known: the other separator is dropped where
// it groups thousands ("1.234,56" → "1234,56"), currency marks are removed.
QString normalizeAmount(QString text, QChar decimal)
{
    text.remove(u'€');
    text.remove(QStringLiteral("EUR"), Qt::CaseInsensitive);
    text = text.trimmed();
    const QChar other = decimal == u',' ? u'.' : u',';
    if (!text.contains(other))
        return text;
    static const QRegularExpression grouping(QStringLiteral("^[-+(]?\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?\\)?-?$"));
    if (!grouping.match(text).hasMatch())
        return text;
    const qsizetype dec = text.lastIndexOf(decimal);
    for (qsizetype i = text.size() - 1; i >= 0; --i)
        if (text.at(i) == other && (dec < 0 || i < dec))
            text.remove(i, 1);
    return text;
}

struct Record
{
    QStringList cells;
    int line = 0;
};

// What detection (and the mapping) settled before the rows are read.
struct Layout
{
    CsvFormat format;
    QStringList header;
    std::array<int, CsvMapping::FieldCount> columnOf{};
    QStringList missing;
    QList<Record> sample; // data records read during detection
    QString error;

    int col(Field f) const { return columnOf[size_t(f)]; }
    QString columnName(Field f) const
    {
        const int c = col(f);
        return c >= 0 && c < header.size() && !header.at(c).isEmpty() ? header.at(c) : CsvMapping::fieldLabel(f);
    }
};

bool isMandatoryMissing(const Layout &l, Field f)
{
    switch (f) {
    case Field::Number:
    case Field::IssueDate:
    case Field::Amount:
        return l.col(f) < 0;
    case Field::CustomerName:
        return l.col(Field::CustomerName) < 0 && l.col(Field::CustomerCode) < 0;
    default:
        return false;
    }
}

QString quotedList(const QStringList &cells)
{
    QStringList q;
    for (const QString &c : cells)
        q << QStringLiteral("« %1 »").arg(c);
    return q.join(QStringLiteral(", "));
}

// Reads the first lines, settles delimiter, header, columns, decimal separator and date format.
Layout detectLayout(const QString &path, const CsvMapping &mapping)
{
    Layout l;
    l.columnOf.fill(-1);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        l.error = QStringLiteral("lecture impossible : %1").arg(f.errorString());
        return l;
    }
    DecodedLines lines(f, mapping.encoding);
    QStringList raw;
    QList<int> rawLines;
    QString text;
    while (raw.size() < SampleLines && lines.next(text)) {
        raw << text;
        rawLines << lines.lineNumber();
    }
    if (raw.isEmpty()) {
        l.error = QStringLiteral("le fichier est vide");
        return l;
    }
    l.format.encoding = lines.encoding();
    l.format.delimiter = mapping.delimiter.isEmpty() ? detectDelimiter(raw) : mapping.delimiter.at(0);

    RecordSplitter split(l.format.delimiter);
    QList<Record> records;
    for (qsizetype i = 0; i < raw.size(); ++i)
        if (split.feed(raw.at(i), rawLines.at(i)))
            records.append({split.take(), split.firstLine()});
    if (split.pending() && raw.size() < SampleLines) {
        split.finish();
        records.append({split.take(), split.firstLine()});
    }
    qsizetype headerIndex = -1;
    for (qsizetype i = 0; i < records.size() && headerIndex < 0; ++i) {
        if (mapping.skipLines >= 0 ? records.at(i).line > mapping.skipLines : headerMatches(records.at(i).cells, mapping) >= 2)
            headerIndex = i;
    }
    if (headerIndex < 0) {
        l.error = mapping.skipLines >= 0
                      ? QStringLiteral("aucune ligne d'en-tête après les %1 lignes à ignorer").arg(mapping.skipLines)
                      : QStringLiteral("aucune ligne d'en-tête reconnue dans les %1 premières lignes (colonnes attendues"
                                       " : N° facture, Client ou Code client, Date, Montant TTC…)")
                            .arg(SampleLines);
        return l;
    }
    l.header = records.at(headerIndex).cells;
    l.format.headerLine = records.at(headerIndex).line;
    for (qsizetype i = headerIndex + 1; i < records.size(); ++i)
        l.sample << records.at(i);

    // Columns: explicit references first, then synonyms for the fields left.
    for (int fi = 0; fi < CsvMapping::FieldCount; ++fi) {
        const QString ref = mapping.columns[size_t(fi)];
        if (ref.isEmpty())
            continue;
        QString digits = ref.startsWith(u'#') ? ref.mid(1) : ref;
        bool isIndex = false;
        const int index = digits.toInt(&isIndex);
        if (isIndex && index >= 1) {
            if (index > l.header.size()) {
                l.error = QStringLiteral("colonne n° %1 (%2) absente : l'en-tête (ligne %3) n'a que %4 colonnes")
                              .arg(index)
                              .arg(CsvMapping::fieldLabel(Field(fi)))
                              .arg(l.format.headerLine)
                              .arg(l.header.size());
                return l;
            }
            l.columnOf[size_t(fi)] = index - 1;
            continue;
        }
        const QString key = headerKey(ref);
        for (int c = 0; c < l.header.size(); ++c)
            if (headerKey(l.header.at(c)) == key) {
                l.columnOf[size_t(fi)] = c;
                break;
            }
        if (l.columnOf[size_t(fi)] < 0) {
            l.error = QStringLiteral("colonne « %1 » (%2) introuvable ; en-tête lu ligne %3 : %4")
                          .arg(ref, CsvMapping::fieldLabel(Field(fi)))
                          .arg(l.format.headerLine)
                          .arg(quotedList(l.header));
            return l;
        }
    }
    for (int c = 0; c < l.header.size(); ++c) {
        const auto it = synonyms().constFind(headerKey(l.header.at(c)));
        if (it == synonyms().cend() || !mapping.columns[size_t(*it)].isEmpty() || l.columnOf[size_t(*it)] >= 0)
            continue;
        if (std::find(l.columnOf.begin(), l.columnOf.end(), c) != l.columnOf.end())
            continue; // already taken by an explicit reference
        l.columnOf[size_t(*it)] = c;
    }
    for (int fi = 0; fi < CsvMapping::FieldCount; ++fi)
        if (isMandatoryMissing(l, Field(fi)))
            l.missing << (Field(fi) == Field::CustomerName ? QStringLiteral("Client ou Code client")
                                                           : CsvMapping::fieldLabel(Field(fi)));

    // Decimal separator and date format from the sample rows.
    QStringList amounts;
    QStringList dates;
    for (const Record &r : std::as_const(l.sample)) {
        for (Field f : {Field::Amount, Field::AmountExcl, Field::OpenAmount})
            if (l.col(f) >= 0 && l.col(f) < r.cells.size())
                amounts << r.cells.at(l.col(f)).trimmed();
        for (Field f : {Field::IssueDate, Field::DueDate})
            if (l.col(f) >= 0 && l.col(f) < r.cells.size())
                dates << r.cells.at(l.col(f)).trimmed();
    }
    l.format.decimalSeparator = mapping.decimalSeparator.isEmpty() ? detectDecimal(amounts) : mapping.decimalSeparator.at(0);
    l.format.dateFormat = mapping.dateFormat.isEmpty() ? detectDateFormat(dates) : mapping.dateFormat;
    return l;
}

CsvMapping mappingFromOptions(const ImportOptions &options, QString *error)
{
    const QString t = options.csvMapping.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.startsWith(u'{')) {
        *error = QStringLiteral("modèle de correspondance CSV « %1 » inconnu").arg(t);
        return {};
    }
    QString why;
    const auto m = CsvMapping::fromJsonText(t, &why);
    if (!m)
        *error = why;
    return m.value_or(CsvMapping{});
}

// Reads the rows after the header into the batch.
class RowReader
{
public:
    RowReader(const QString &path, const Layout &layout, const CsvMapping &mapping, const CsvParser::Progress &progress)
        : m_path(path), m_layout(layout), m_mapping(mapping), m_progress(progress)
    {
        m_batch.file = path;
        m_batch.format = QStringLiteral("csv");
    }

    ImportBatch run()
    {
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly)) {
            error(0, {}, QStringLiteral("lecture impossible : %1").arg(f.errorString()));
            return finish();
        }
        DecodedLines lines(f, m_mapping.encoding);
        RecordSplitter split(m_layout.format.delimiter);
        QString text;
        qint64 nextTick = 1 << 20;
        while (lines.next(text)) {
            if (lines.lineNumber() < m_layout.format.headerLine)
                continue;
            if (split.feed(text, lines.lineNumber())) {
                if (split.firstLine() > m_layout.format.headerLine)
                    row(split.take(), split.firstLine());
                else
                    split.take();
            }
            if (m_progress && lines.bytesRead() >= nextTick) {
                nextTick = lines.bytesRead() + (1 << 20);
                if (!m_progress(lines.bytesRead())) {
                    m_batch.cancelled = true;
                    return m_batch;
                }
            }
        }
        if (split.pending()) {
            const int first = split.firstLine();
            split.finish();
            error(first, {}, QStringLiteral("guillemet ouvert jamais refermé : la fin du fichier est atteinte"));
        }
        if (lines.readError())
            error(0, {}, QStringLiteral("erreur de lecture du fichier"));
        if (m_progress && !m_progress(lines.bytesRead()))
            m_batch.cancelled = true;
        return finish();
    }

private:
    ImportBatch finish()
    {
        if (m_errorCount > CsvParser::MaxListedErrors)
            m_batch.errors.append({m_path, 0, {},
                                   QStringLiteral("%1 autres erreurs non listées").arg(m_errorCount - CsvParser::MaxListedErrors)});
        if (!m_batch.errors.isEmpty()) {
            m_batch.items.clear();
            m_batch.customers.clear();
        }
        return m_batch;
    }

    void error(int line, const QString &field, const QString &message)
    {
        ++m_errorCount;
        if (m_batch.errors.size() < CsvParser::MaxListedErrors)
            m_batch.errors.append({m_path, line, field, message});
    }

    QString cell(const QStringList &cells, Field f) const
    {
        const int c = m_layout.col(f);
        return c >= 0 && c < cells.size() ? cells.at(c).trimmed() : QString();
    }

    std::optional<qint64> amount(const QStringList &cells, Field f, int line)
    {
        const QString t = cell(cells, f);
        QString why;
        const auto cents = Money::parseCents(normalizeAmount(t, m_layout.format.decimalSeparator), &why);
        if (!cents)
            error(line, m_layout.columnName(f), QStringLiteral("« %1 » n'est pas un montant").arg(t));
        return cents;
    }

    QDate date(const QStringList &cells, Field f, int line)
    {
        const QString t = cell(cells, f);
        QDate d;
        if (!m_layout.format.dateFormat.isEmpty()) {
            d = parseDate(t, m_layout.format.dateFormat);
        } else {
            for (const QString &fmt : CsvMapping::dateFormats())
                if ((d = parseDate(t, fmt)).isValid())
                    break;
        }
        if (!d.isValid())
            error(line, m_layout.columnName(f),
                  m_layout.format.dateFormat.isEmpty()
                      ? QStringLiteral("« %1 » n'est pas une date").arg(t)
                      : QStringLiteral("« %1 » n'est pas une date valide (format attendu %2)")
                            .arg(t, dateFormatLabel(m_layout.format.dateFormat)));
        return d;
    }

    void row(const QStringList &cells, int line)
    {
        if (std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            return;
        const QString number = cell(cells, Field::Number);
        const QString code = cell(cells, Field::CustomerCode);
        QString name = cell(cells, Field::CustomerName);
        if (number.isEmpty() && code.isEmpty() && name.isEmpty()) {
            m_batch.warnings.append({m_path, line, {},
                                     QStringLiteral("ligne ignorée : ni numéro de facture ni client (%1)")
                                         .arg(cells.join(QStringLiteral(" | ")).simplified())});
            return;
        }
        ++m_batch.rowsRead;
        const int errorsBefore = m_errorCount;
        if (number.isEmpty())
            error(line, m_layout.columnName(Field::Number), QStringLiteral("numéro de facture manquant"));
        if (code.isEmpty() && name.isEmpty())
            error(line, m_layout.columnName(Field::CustomerName), QStringLiteral("client manquant"));

        ImportedItem item;
        item.number = number;
        item.line = line;
        if (cell(cells, Field::IssueDate).isEmpty())
            error(line, m_layout.columnName(Field::IssueDate), QStringLiteral("date de facture manquante"));
        else
            item.issueDate = date(cells, Field::IssueDate, line);
        if (m_layout.col(Field::DueDate) >= 0 && !cell(cells, Field::DueDate).isEmpty())
            item.dueDate = date(cells, Field::DueDate, line);

        bool credit = false;
        const QString kindText = cell(cells, Field::Kind);
        if (!kindText.isEmpty()) {
            const QString k = headerKey(kindText);
            if (k.contains(u"avoir") || k.contains(u"credit") || k == u"av")
                credit = true;
            else if (!(k.contains(u"facture") || k.contains(u"invoice") || k == u"fa" || k == u"f"))
                error(line, m_layout.columnName(Field::Kind),
                      QStringLiteral("type « %1 » inconnu (facture ou avoir)").arg(kindText));
        }
        std::optional<qint64> amountCents;
        if (cell(cells, Field::Amount).isEmpty())
            error(line, m_layout.columnName(Field::Amount), QStringLiteral("montant manquant"));
        else
            amountCents = amount(cells, Field::Amount, line);
        std::optional<qint64> exclCents = qint64(0);
        if (m_layout.col(Field::AmountExcl) >= 0 && !cell(cells, Field::AmountExcl).isEmpty())
            exclCents = amount(cells, Field::AmountExcl, line);
        std::optional<qint64> openCents;
        if (m_layout.col(Field::OpenAmount) >= 0 && !cell(cells, Field::OpenAmount).isEmpty())
            openCents = amount(cells, Field::OpenAmount, line);

        QString currency = cell(cells, Field::Currency).toUpper();
        if (currency.isEmpty() || currency == u"€")
            currency = QStringLiteral("EUR");
        static const QRegularExpression iso4217(QStringLiteral("^[A-Z]{3}$"));
        if (!iso4217.match(currency).hasMatch())
            error(line, m_layout.columnName(Field::Currency),
                  QStringLiteral("« %1 » n'est pas un code de devise (EUR, USD…)").arg(cell(cells, Field::Currency)));

        ImportedCustomer customer;
        customer.code = code;
        customer.name = name.isEmpty() ? code : name;
        customer.line = line;
        QString siren = cell(cells, Field::Siren);
        siren.remove(u' ');
        siren.remove(u'.');
        siren.remove(u'\u00A0');
        if (!siren.isEmpty()) {
            static const QRegularExpression digits(QStringLiteral("^(\\d{9}|\\d{14})$"));
            if (!digits.match(siren).hasMatch())
                error(line, m_layout.columnName(Field::Siren),
                      QStringLiteral("« %1 » n'est pas un SIREN (9 chiffres) ni un SIRET (14 chiffres)")
                          .arg(cell(cells, Field::Siren)));
            customer.siren = siren.left(9);
        }
        customer.vatNumber = cell(cells, Field::VatNumber).toUpper().remove(u' ');

        if (m_errorCount != errorsBefore || !amountCents || !exclCents)
            return;

        credit = credit || *amountCents < 0;
        const auto sign = [credit](qint64 v) { return credit ? -qAbs(v) : v; };
        item.kind = credit ? Invoice::Kind::CreditNote : Invoice::Kind::Invoice;
        item.amountCents = sign(*amountCents);
        item.amountExclCents = sign(*exclCents);
        item.openCents = openCents ? sign(*openCents) : item.amountCents;
        item.currency = currency;
        if (qAbs(item.openCents) > qAbs(item.amountCents)) {
            error(line, m_layout.columnName(Field::OpenAmount),
                  QStringLiteral("le reste dû (%1) dépasse le montant (%2)")
                      .arg(centsToFrench(item.openCents), centsToFrench(item.amountCents)));
            return;
        }
        if (item.dueDate.isValid() && item.dueDate < item.issueDate)
            m_batch.warnings.append({m_path, line, m_layout.columnName(Field::DueDate),
                                     QStringLiteral("échéance antérieure à la date de facture")});

        const QString customerKey = code.isEmpty() ? u"n:" + headerKey(customer.name) : u"c:" + code;
        auto it = m_customerIndex.constFind(customerKey);
        if (it == m_customerIndex.cend()) {
            it = m_customerIndex.insert(customerKey, int(m_batch.customers.size()));
            m_batch.customers.append(customer);
        } else {
            ImportedCustomer &known = m_batch.customers[*it];
            if (known.siren.isEmpty())
                known.siren = customer.siren;
            if (known.vatNumber.isEmpty())
                known.vatNumber = customer.vatNumber;
        }
        item.customerIndex = *it;
        const QString itemKey = QString::number(*it) + u'\x1f' + QString::number(int(item.kind)) + u'\x1f' + number;
        const auto dup = m_itemLines.constFind(itemKey);
        if (dup != m_itemLines.cend()) {
            error(line, m_layout.columnName(Field::Number),
                  QStringLiteral("%1 « %2 » déjà lu ligne %3")
                      .arg(credit ? QStringLiteral("avoir") : QStringLiteral("facture"), number)
                      .arg(*dup));
            return;
        }
        m_itemLines.insert(itemKey, line);
        m_batch.items.append(item);
    }

    QString m_path;
    const Layout &m_layout;
    const CsvMapping &m_mapping;
    CsvParser::Progress m_progress;
    ImportBatch m_batch;
    QHash<QString, int> m_customerIndex;
    QHash<QString, int> m_itemLines;
    int m_errorCount = 0;
};

} // namespace

std::optional<CsvMapping::Field> CsvParser::fieldForHeader(QStringView header)
{
    const auto it = synonyms().constFind(headerKey(header));
    if (it == synonyms().cend())
        return std::nullopt;
    return *it;
}

ImportBatch CsvParser::parse(const QString &path, const ImportOptions &options, const Progress &progress)
{
    QString error;
    const CsvMapping mapping = mappingFromOptions(options, &error);
    if (!error.isEmpty()) {
        ImportBatch b;
        b.file = path;
        b.format = QStringLiteral("csv");
        b.errors.append({path, 0, QStringLiteral("--mapping"), error});
        return b;
    }
    return parseWith(path, mapping, progress);
}

ImportBatch CsvParser::parseWith(const QString &path, const CsvMapping &mapping, const Progress &progress)
{
    const Layout layout = detectLayout(path, mapping);
    if (!layout.error.isEmpty() || !layout.missing.isEmpty()) {
        ImportBatch b;
        b.file = path;
        b.format = QStringLiteral("csv");
        if (!layout.error.isEmpty())
            b.errors.append({path, layout.format.headerLine, {}, layout.error});
        else
            b.errors.append({path, layout.format.headerLine, {},
                             QStringLiteral("colonnes obligatoires introuvables : %1 ; en-tête lu : %2")
                                 .arg(layout.missing.join(QStringLiteral(", ")), quotedList(layout.header))});
        return b;
    }
    return RowReader(path, layout, mapping, progress).run();
}

CsvPreview CsvParser::preview(const QString &path, const CsvMapping &mapping, int maxRows)
{
    const Layout layout = detectLayout(path, mapping);
    CsvPreview p;
    p.format = layout.format;
    p.header = layout.header;
    p.missing = layout.missing;
    p.error = layout.error;
    for (int c : layout.columnOf)
        p.columnOf << c;
    for (const Record &r : layout.sample) {
        if (p.rows.size() >= maxRows)
            break;
        if (std::all_of(r.cells.begin(), r.cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue;
        p.rows << r.cells;
        p.rowLines << r.line;
    }
    p.autoMapping.delimiter = QString(layout.format.delimiter);
    p.autoMapping.encoding = layout.format.encoding == u"windows-1252" ? layout.format.encoding : QString();
    p.autoMapping.decimalSeparator = QString(layout.format.decimalSeparator);
    p.autoMapping.dateFormat = layout.format.dateFormat;
    p.autoMapping.skipLines = layout.format.headerLine > 0 ? layout.format.headerLine - 1 : -1;
    for (int fi = 0; fi < CsvMapping::FieldCount; ++fi) {
        const int c = layout.columnOf[size_t(fi)];
        if (c >= 0 && c < layout.header.size())
            p.autoMapping.columns[size_t(fi)] = layout.header.at(c).isEmpty() ? QString::number(c + 1) : layout.header.at(c);
    }
    return p;
}
