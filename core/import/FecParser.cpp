#include "FecParser.h"

#include "ImportText.h"
#include "LineReader.h"
#include "Money.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>
#include <vector>

namespace {

enum Column {
    JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef,
    PieceDate, EcritureLib, Debit, Credit, EcritureLet, DateLet, ValidDate, MontantDevise, Idevise, Montant, Sens,
    ColumnCount
};

const std::array<QStringView, ColumnCount> CanonicalNames = {
    u"JournalCode", u"JournalLib", u"EcritureNum", u"EcritureDate", u"CompteNum", u"CompteLib", u"CompAuxNum",
    u"CompAuxLib", u"PieceRef", u"PieceDate", u"EcritureLib", u"Debit", u"Credit", u"EcritureLet", u"DateLet",
    u"ValidDate", u"Montantdevise", u"Idevise", u"Montant", u"Sens"};

// Header names as folded by ImportText::foldForMatching (case and accents ignored), with the variants seen in exports.
const QHash<QString, Column> &headerNames()
{
    static const QHash<QString, Column> names = [] {
        QHash<QString, Column> h;
        for (int c = 0; c < ColumnCount; ++c)
            h.insert(CanonicalNames[size_t(c)].toString().toCaseFolded(), Column(c));
        h.insert(QStringLiteral("compteauxnum"), CompAuxNum);
        h.insert(QStringLiteral("compteauxlib"), CompAuxLib);
        h.insert(QStringLiteral("montant devise"), MontantDevise);
        h.insert(QStringLiteral("ecriturelettrage"), EcritureLet);
        return h;
    }();
    return names;
}

constexpr int MaxFields = 64;

// Splits on the separator byte; returns the number of fields (MaxFields + 1 when there are more).
int split(QByteArrayView line, char sep, std::array<QByteArrayView, MaxFields> &fields)
{
    int n = 0;
    qsizetype start = 0;
    const char *data = line.data();
    const qsizetype size = line.size();
    for (;;) {
        const void *hit = start < size ? std::memchr(data + start, sep, size_t(size - start)) : nullptr;
        const qsizetype end = hit ? static_cast<const char *>(hit) - data : size;
        if (n == MaxFields)
            return MaxFields + 1;
        fields[size_t(n++)] = line.sliced(start, end - start);
        if (!hit)
            return n;
        start = end + 1;
    }
}

bool isBlank(QByteArrayView bytes)
{
    for (char c : bytes)
        if (c != ' ' && c != '\t' && c != '\0' && c != '\x1a')
            return false;
    return true;
}

int digits(QByteArrayView s, qsizetype from, qsizetype count)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

// AAAAMMJJ (the norm); AAAA-MM-JJ and JJ/MM/AAAA are tolerated. Invalid QDate when not a real date.
QDate parseDate(QByteArrayView s)
{
    int y = -1, m = -1, d = -1;
    if (s.size() == 8) {
        y = digits(s, 0, 4);
        m = digits(s, 4, 2);
        d = digits(s, 6, 2);
    } else if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
        y = digits(s, 0, 4);
        m = digits(s, 5, 2);
        d = digits(s, 8, 2);
    } else if (s.size() == 10 && s[2] == '/' && s[5] == '/') {
        d = digits(s, 0, 2);
        m = digits(s, 3, 2);
        y = digits(s, 6, 4);
    }
    if (y < 1900 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d); // invalid for 31/02 and the like
}

// "1234,56", "-0000000074,70", "12.5", "100": the forms FEC exports use, without allocating. Anything else goes
// through Money::parseCents (thousands separators, trailing minus...).
bool parseAmount(QByteArrayView s, qint64 &cents, QString &error)
{
    if (s.isEmpty()) {
        cents = 0;
        return true;
    }
    qsizetype i = 0;
    bool negative = false;
    if (s[0] == '-' || s[0] == '+') {
        negative = s[0] == '-';
        ++i;
    }
    qint64 units = 0;
    int significant = 0;
    const qsizetype intStart = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (units > 0 || s[i] != '0')
            ++significant;
        units = units * 10 + (s[i] - '0');
        ++i;
        if (significant > 15)
            break;
    }
    bool fast = significant <= 15 && i > intStart;
    qint64 fraction = 0;
    if (fast && i < s.size()) {
        if (s[i] == ',' || s[i] == '.') {
            ++i;
            const qsizetype fracStart = i;
            while (i < s.size() && i - fracStart < 2 && s[i] >= '0' && s[i] <= '9') {
                fraction = fraction * 10 + (s[i] - '0');
                ++i;
            }
            if (i - fracStart == 1)
                fraction *= 10;
            fast = i - fracStart >= 1 && i == s.size();
        } else {
            fast = false;
        }
    }
    if (fast) {
        cents = units * 100 + fraction;
        if (negative)
            cents = -cents;
        return true;
    }
    const auto parsed = Money::parseCents(QString::fromLatin1(s), &error);
    if (!parsed)
        return false;
    cents = *parsed;
    return true;
}

QByteArray upperAscii(QByteArrayView s)
{
    QByteArray out(s.data(), s.size());
    for (char &c : out)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return out;
}

bool containsNoCase(QByteArrayView haystack, const char *needle)
{
    const qsizetype n = qsizetype(std::strlen(needle));
    for (qsizetype i = 0; i + n <= haystack.size(); ++i) {
        qsizetype k = 0;
        while (k < n) {
            char c = haystack[i + k];
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            if (c != needle[k])
                break;
            ++k;
        }
        if (k == n)
            return true;
    }
    return false;
}

// « A nouveau », « Report à nouveau », « A-nouveaux »: an opening-balance label.
bool labelIsOpening(const QString &folded)
{
    static const QRegularExpression re(QStringLiteral("(^|[^a-z])a[ -]?nouveaux?($|[^a-z])"));
    return re.match(folded).hasMatch();
}

// A credit in the sales journal is a credit note, unless its label says it is a payment.
bool labelIsSettlement(const QString &folded)
{
    static const QRegularExpression re(QStringLiteral(
        "(^|[^a-z])(reglements?|rglt|regl|paiements?|encaissements?|virements?|vir|cheques?|chq|remises?|lcr|"
        "prelevements?|prlv|cb|especes)($|[^a-z])"));
    return re.match(folded).hasMatch();
}

// A PieceRef that identifies nothing: empty, zeros, « sans », « néant ».
bool isPlaceholderRef(const QString &ref)
{
    if (ref.isEmpty())
        return true;
    bool zeros = true;
    for (QChar c : ref)
        if (c != u'0')
            zeros = false;
    if (zeros)
        return true;
    static const QSet<QString> placeholders = {QStringLiteral("sans"), QStringLiteral("neant"), QStringLiteral("-"),
                                               QStringLiteral("--"),   QStringLiteral("/"),     QStringLiteral("."),
                                               QStringLiteral("na"),   QStringLiteral("n/a"),   QStringLiteral("nc"),
                                               QStringLiteral("?")};
    return placeholders.contains(ImportText::foldForMatching(ref));
}

struct JournalInfo
{
    bool opening = false;
    bool sales = false;
};

JournalInfo classifyJournal(const QByteArray &upperCode, const QString &label)
{
    static const QSet<QByteArray> openingCodes = {"AN", "ANO", "AN0", "RAN", "RANO", "ANX", "ANOU", "OUV", "ANV"};
    static const QSet<QByteArray> salesCodes = {"V", "VT", "VTE", "VTS", "VENTE", "VENTES"};
    const QString folded = ImportText::foldForMatching(label);
    JournalInfo info;
    info.opening = openingCodes.contains(upperCode) || folded.contains(QStringLiteral("nouveau"))
                   || folded.contains(QStringLiteral("ouverture"));
    info.sales = upperCode.startsWith("VE") || salesCodes.contains(upperCode) || folded.contains(QStringLiteral("vente"));
    return info;
}

enum Direction : quint8 { OpeningDebit, OpeningCredit, DebitSide, CreditSide };

// Interns byte strings into one arena and numbers them densely: far less memory and no allocation per key, where a
// QHash<QByteArray, int> would cost an allocation and ~100 bytes per key (a million-line FEC has ~10⁵ pieces).
class ByteIndex
{
public:
    // The id of `key`, adding it if new (*added says which).
    int intern(QByteArrayView key, bool *added = nullptr)
    {
        if (m_slots.empty() || (m_offsets.size() + 1) * 2 > m_slots.size())
            grow();
        const quint64 h = hashOf(key);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            const int id = m_slots[i];
            if (id < 0) {
                const int fresh = int(m_offsets.size());
                m_offsets.push_back(m_arena.size());
                m_hashes.push_back(h);
                m_arena.append(key.data(), size_t(key.size()));
                m_slots[i] = fresh;
                if (added)
                    *added = true;
                return fresh;
            }
            if (m_hashes[size_t(id)] == h && this->key(id) == key) {
                if (added)
                    *added = false;
                return id;
            }
        }
    }
    QByteArrayView key(int id) const
    {
        const size_t begin = m_offsets[size_t(id)];
        const size_t end = size_t(id) + 1 < m_offsets.size() ? m_offsets[size_t(id) + 1] : m_arena.size();
        return QByteArrayView(m_arena.data() + begin, qsizetype(end - begin));
    }
    int size() const { return int(m_offsets.size()); }

private:
    static quint64 hashOf(QByteArrayView key) { return quint64(qHashBits(key.data(), size_t(key.size()), 0x5eed)); }
    void grow()
    {
        const size_t capacity = std::max<size_t>(1024, m_slots.size() * 2);
        m_slots.assign(capacity, -1);
        const size_t mask = capacity - 1;
        for (int id = 0; id < int(m_offsets.size()); ++id) {
            size_t i = size_t(m_hashes[size_t(id)]) & mask;
            while (m_slots[i] >= 0)
                i = (i + 1) & mask;
            m_slots[i] = id;
        }
    }

    std::string m_arena;
    std::vector<size_t> m_offsets;
    std::vector<quint64> m_hashes;
    std::vector<int> m_slots; // open addressing, power-of-two size, at most half full
};

struct CustomerAcc
{
    QString code;
    QString name;
    int line = 0;
};

struct JournalAcc
{
    QString code; // upper case
    JournalInfo info;
};

// Lines of one customer, entry, PieceRef and direction. Its key in m_pieceKeys holds the journal, entry number and
// PieceRef bytes, decoded only for the pieces that end up open.
struct Piece
{
    int customer = 0;
    int journal = 0;
    int firstLine = 0;
    int firstJd = 0;
    qint64 amount = 0;
    qint64 open = 0;
    Direction direction = DebitSide;
    bool settlementLabel = false;
    bool utf8 = true;
};

struct Line411
{
    int piece;
    int group;
    int line;
    int jd;       // PieceDate, else EcritureDate
    qint64 cents; // Debit − Credit
};

struct EntrySums
{
    qint64 debit = 0;
    qint64 credit = 0;
    int firstLine = 0;
    QString label; // "VE 00000012", for the message
};

class Parser
{
public:
    Parser(const QString &path, const FecParser::Progress &progress) : m_path(path), m_progress(progress)
    {
        m_batch.file = path;
        m_batch.format = QStringLiteral("fec");
    }

    ImportBatch run();

private:
    void error(int line, QStringView field, const QString &message)
    {
        m_failed = true;
        ++m_errorCount;
        if (m_batch.errors.size() < FecParser::MaxListedErrors)
            m_batch.errors.append({m_path, line, field.toString(), message});
    }
    QStringView fieldName(Column c) const
    {
        return m_headerIndex[c] >= 0 ? QStringView(m_headerNames.at(m_headerIndex[c])) : CanonicalNames[size_t(c)];
    }
    bool readHeader(QByteArrayView line, int lineNumber);
    void readLine(QByteArrayView line, int lineNumber);
    void flushEntry();
    void checkEntries();
    void buildItems();

    QString m_path;
    FecParser::Progress m_progress;
    ImportBatch m_batch;
    bool m_failed = false;
    qint64 m_errorCount = 0;

    char m_sep = '\t';
    int m_columns = 0;
    std::array<int, ColumnCount> m_headerIndex{};
    QStringList m_headerNames;
    bool m_bySens = false;
    ImportText::LineDecoder m_decoder;
    std::array<QByteArrayView, MaxFields> m_fields;

    int m_legacyLines = 0;
    QList<int> m_legacyLineNumbers;

    // Entry balance: the current entry (lines of one entry are normally contiguous) and the parts of entries seen
    // before that did not balance on their own. Balanced parts are dropped, so memory stays small.
    std::string m_curJournal;
    std::string m_curNumber;
    qint64 m_curDebit = 0;
    qint64 m_curCredit = 0;
    int m_curFirstLine = 0;
    bool m_curUtf8 = true;
    bool m_hasCur = false;
    QHash<QByteArray, EntrySums> m_openEntries;
    QSet<QByteArray> m_taintedEntries; // an amount could not be read: its balance is not checked

    QHash<QByteArray, int> m_journalIndex; // raw JournalCode → m_journals
    std::vector<JournalAcc> m_journals;
    QHash<QByteArray, int> m_customerIndex;
    std::vector<CustomerAcc> m_customers;
    ByteIndex m_pieceKeys; // customer, direction, journal, EcritureNum, PieceRef → m_pieces
    std::vector<Piece> m_pieces;
    ByteIndex m_groupKeys; // CompteNum, CompAuxNum, EcritureLet → m_groupNet
    std::vector<qint64> m_groupNet;
    std::vector<Line411> m_lettered;
    std::string m_scratch;
};

bool Parser::readHeader(QByteArrayView line, int lineNumber)
{
    if (line.contains('\t'))
        m_sep = '\t';
    else if (line.contains('|'))
        m_sep = '|';
    else if (line.contains(';'))
        m_sep = ';';
    else {
        error(lineNumber, {}, QStringLiteral("en-tête sans séparateur (tabulation ou « | ») : ce n'est pas un FEC"));
        return false;
    }
    m_headerIndex.fill(-1);
    const int n = split(line, m_sep, m_fields);
    if (n > MaxFields) {
        error(lineNumber, {}, QStringLiteral("en-tête de plus de %1 colonnes").arg(MaxFields));
        return false;
    }
    const bool utf8 = m_decoder.isUtf8(line);
    for (int i = 0; i < n; ++i)
        m_headerNames << ImportText::LineDecoder::decode(ImportText::trimmed(m_fields[size_t(i)]), utf8);
    while (!m_headerNames.isEmpty() && m_headerNames.constLast().isEmpty())
        m_headerNames.removeLast(); // trailing separator
    m_columns = int(m_headerNames.size());
    const auto &known = headerNames();
    for (int i = 0; i < m_columns; ++i) {
        const auto it = known.constFind(ImportText::foldForMatching(m_headerNames.at(i)));
        if (it == known.constEnd())
            continue; // extra columns (DateRglt, ModeRglt, NatOp, IdClient...) are allowed and ignored
        if (m_headerIndex[*it] >= 0) {
            error(lineNumber, m_headerNames.at(i), QStringLiteral("colonne présente deux fois dans l'en-tête"));
            continue;
        }
        m_headerIndex[*it] = i;
    }
    if (m_headerIndex[JournalCode] < 0 && m_headerIndex[CompteNum] < 0 && m_headerIndex[EcritureNum] < 0) {
        error(lineNumber, {}, QStringLiteral("en-tête FEC introuvable (JournalCode, EcritureNum, CompteNum…) : "
                                             "ce fichier n'est pas un fichier des écritures comptables"));
        return false;
    }
    const bool debitCredit = m_headerIndex[Debit] >= 0 || m_headerIndex[Credit] >= 0;
    const bool sens = !debitCredit && (m_headerIndex[Montant] >= 0 || m_headerIndex[Sens] >= 0);
    m_bySens = sens;
    QList<Column> required = {JournalCode, EcritureNum, EcritureDate, CompteNum, CompteLib, PieceRef, EcritureLib,
                              EcritureLet};
    if (sens)
        required << Montant << Sens;
    else
        required << Debit << Credit;
    for (Column c : required)
        if (m_headerIndex[c] < 0)
            error(lineNumber, CanonicalNames[size_t(c)], QStringLiteral("colonne obligatoire absente de l'en-tête"));
    return !m_failed;
}

void Parser::flushEntry()
{
    if (!m_hasCur)
        return;
    m_hasCur = false;
    // Fast path: a balanced entry, and no earlier unbalanced part that it could complete.
    if (m_curDebit == m_curCredit && m_openEntries.isEmpty())
        return;
    const QByteArray key = upperAscii(QByteArrayView(m_curJournal.data(), qsizetype(m_curJournal.size()))) + '\x1f'
                           + QByteArrayView(m_curNumber.data(), qsizetype(m_curNumber.size()));
    auto it = m_openEntries.find(key);
    if (it == m_openEntries.end()) {
        if (m_curDebit != m_curCredit) {
            const QByteArrayView journal(m_curJournal.data(), qsizetype(m_curJournal.size()));
            const QByteArrayView number(m_curNumber.data(), qsizetype(m_curNumber.size()));
            m_openEntries.insert(key, {m_curDebit, m_curCredit, m_curFirstLine,
                                       ImportText::LineDecoder::decode(journal, m_curUtf8) + u' '
                                           + ImportText::LineDecoder::decode(number, m_curUtf8)});
        }
        return;
    }
    it->debit += m_curDebit;
    it->credit += m_curCredit;
    if (it->debit == it->credit)
        m_openEntries.erase(it);
}

void Parser::checkEntries()
{
    flushEntry();
    QList<EntrySums> unbalanced;
    for (auto it = m_openEntries.cbegin(); it != m_openEntries.cend(); ++it)
        if (!m_taintedEntries.contains(it.key()))
            unbalanced << it.value();
    std::sort(unbalanced.begin(), unbalanced.end(), [](const EntrySums &a, const EntrySums &b) {
        return a.firstLine < b.firstLine;
    });
    for (const EntrySums &e : unbalanced) {
        error(e.firstLine, fieldName(EcritureNum),
              QStringLiteral("écriture %1 déséquilibrée : débit %2, crédit %3 (écart %4)")
                  .arg(e.label, centsToFrench(e.debit), centsToFrench(e.credit), centsToFrench(e.debit - e.credit)));
    }
}

void Parser::readLine(QByteArrayView line, int lineNumber)
{
    int n = split(line, m_sep, m_fields);
    // A trailing separator, or empty cells past the last column, are not columns.
    while (n > m_columns && n <= MaxFields && isBlank(m_fields[size_t(n - 1)]))
        --n;
    if (n != m_columns) {
        // The entry this line belongs to is incomplete: do not also report it as unbalanced.
        const int j = m_headerIndex[JournalCode];
        const int e = m_headerIndex[EcritureNum];
        if (n <= MaxFields && j >= 0 && e >= 0 && n > std::max(j, e))
            m_taintedEntries.insert(upperAscii(ImportText::trimmed(m_fields[size_t(j)])) + '\x1f'
                                    + ImportText::trimmed(m_fields[size_t(e)]));
        error(lineNumber, {},
              n > MaxFields ? QStringLiteral("plus de %1 colonnes, %2 attendues").arg(MaxFields).arg(m_columns)
                            : QStringLiteral("%1 colonnes au lieu des %2 de l'en-tête").arg(n).arg(m_columns));
        return;
    }
    const bool utf8 = m_decoder.isUtf8(line);
    if (!utf8) {
        ++m_legacyLines;
        if (m_legacyLineNumbers.size() < 5)
            m_legacyLineNumbers << lineNumber;
    }
    auto field = [&](Column c) -> QByteArrayView {
        const int i = m_headerIndex[c];
        return i >= 0 ? ImportText::trimmed(m_fields[size_t(i)]) : QByteArrayView();
    };
    auto text = [&](QByteArrayView bytes) { return ImportText::LineDecoder::decode(bytes, utf8); };
    bool ok = true;

    const QByteArrayView journal = field(JournalCode);
    const QByteArrayView number = field(EcritureNum);
    if (journal.isEmpty()) {
        error(lineNumber, fieldName(JournalCode), QStringLiteral("code journal vide"));
        ok = false;
    }
    if (number.isEmpty()) {
        error(lineNumber, fieldName(EcritureNum), QStringLiteral("numéro d'écriture vide"));
        ok = false;
    }
    const QByteArrayView account = field(CompteNum);
    if (account.isEmpty()) {
        error(lineNumber, fieldName(CompteNum), QStringLiteral("numéro de compte vide"));
        ok = false;
    }
    const QDate entryDate = parseDate(field(EcritureDate));
    if (!entryDate.isValid()) {
        const QByteArrayView raw = field(EcritureDate);
        error(lineNumber, fieldName(EcritureDate),
              raw.isEmpty() ? QStringLiteral("date d'écriture vide")
                            : QStringLiteral("« %1 » n'est pas une date valide (AAAAMMJJ attendu)").arg(text(raw)));
        ok = false;
    }
    QDate pieceDate;
    for (Column c : {PieceDate, DateLet, ValidDate}) {
        const QByteArrayView raw = field(c);
        if (raw.isEmpty())
            continue;
        const QDate d = parseDate(raw);
        if (!d.isValid()) {
            error(lineNumber, fieldName(c), QStringLiteral("« %1 » n'est pas une date valide (AAAAMMJJ attendu)").arg(text(raw)));
            ok = false;
        } else if (c == PieceDate) {
            pieceDate = d;
        }
    }

    qint64 debit = 0;
    qint64 credit = 0;
    bool amountsOk = true;
    QString why;
    if (!m_bySens) {
        for (Column c : {Debit, Credit}) {
            qint64 &target = c == Debit ? debit : credit;
            if (!parseAmount(field(c), target, why)) {
                error(lineNumber, fieldName(c), why);
                amountsOk = false;
            }
        }
    } else {
        qint64 amount = 0;
        if (!parseAmount(field(Montant), amount, why)) {
            error(lineNumber, fieldName(Montant), why);
            amountsOk = false;
        }
        const QByteArrayView sens = field(Sens);
        if (sens == "D" || sens == "d" || sens == "+1" || sens == "1" || sens == "+")
            debit = amount;
        else if (sens == "C" || sens == "c" || sens == "-1" || sens == "-")
            credit = amount;
        else {
            error(lineNumber, fieldName(Sens),
                  QStringLiteral("sens « %1 » inconnu (D, C, +1 ou -1 attendu)").arg(text(sens)));
            amountsOk = false;
        }
    }

    // Entry balance, per JournalCode + EcritureNum.
    if (!journal.isEmpty() && !number.isEmpty()) {
        if (!m_hasCur || journal != QByteArrayView(m_curJournal.data(), qsizetype(m_curJournal.size()))
            || number != QByteArrayView(m_curNumber.data(), qsizetype(m_curNumber.size()))) {
            flushEntry();
            m_curJournal.assign(journal.data(), size_t(journal.size()));
            m_curNumber.assign(number.data(), size_t(number.size()));
            m_curDebit = 0;
            m_curCredit = 0;
            m_curFirstLine = lineNumber;
            m_curUtf8 = utf8;
            m_hasCur = true;
        }
        if (amountsOk) {
            m_curDebit += debit;
            m_curCredit += credit;
        } else {
            m_taintedEntries.insert(upperAscii(journal) + '\x1f' + number);
        }
    }
    if (!ok || !amountsOk)
        return;
    if (m_failed || !account.startsWith("411"))
        return;

    // A receivable line.
    const qint64 cents = debit - credit;
    if (cents == 0)
        return;
    const QByteArrayView aux = field(CompAuxNum);
    const QByteArrayView customerKey = aux.isEmpty() ? account : aux;
    int customer;
    {
        const auto it = m_customerIndex.constFind(QByteArray::fromRawData(customerKey.data(), customerKey.size()));
        if (it != m_customerIndex.constEnd()) {
            customer = *it;
        } else {
            customer = int(m_customers.size());
            m_customerIndex.insert(customerKey.toByteArray(), customer);
            m_customers.push_back({text(customerKey), {}, lineNumber});
        }
    }
    if (m_customers[size_t(customer)].name.isEmpty())
        m_customers[size_t(customer)].name = text(aux.isEmpty() ? field(CompteLib) : field(CompAuxLib));

    int journalId;
    {
        const auto it = m_journalIndex.constFind(QByteArray::fromRawData(journal.data(), journal.size()));
        if (it != m_journalIndex.constEnd()) {
            journalId = *it;
        } else {
            const QByteArray upper = upperAscii(journal);
            journalId = int(m_journals.size());
            m_journalIndex.insert(journal.toByteArray(), journalId);
            m_journals.push_back({text(upper), classifyJournal(upper, text(field(JournalLib)))});
        }
    }
    const JournalInfo journalInfo = m_journals[size_t(journalId)].info;
    const QByteArrayView label = field(EcritureLib);
    bool opening = journalInfo.opening;
    if (!opening && containsNoCase(label, "nouveau"))
        opening = labelIsOpening(ImportText::foldForMatching(text(label)));
    const Direction direction = opening ? (cents > 0 ? OpeningDebit : OpeningCredit) : (cents > 0 ? DebitSide : CreditSide);
    const bool settlement = direction == CreditSide && journalInfo.sales
                            && labelIsSettlement(ImportText::foldForMatching(text(label)));
    const int jd = int((pieceDate.isValid() ? pieceDate : entryDate).toJulianDay());

    // Piece key: customer, direction, journal, entry number, PieceRef (the last three as written).
    const QByteArrayView ref = field(PieceRef);
    m_scratch.clear();
    m_scratch.append(reinterpret_cast<const char *>(&customer), sizeof customer);
    m_scratch.push_back(char(direction));
    m_scratch.append(reinterpret_cast<const char *>(&journalId), sizeof journalId);
    m_scratch.append(number.data(), size_t(number.size()));
    m_scratch.push_back('\x1f');
    m_scratch.append(ref.data(), size_t(ref.size()));
    bool added = false;
    const int piece = m_pieceKeys.intern(QByteArrayView(m_scratch.data(), qsizetype(m_scratch.size())), &added);
    if (added) {
        Piece p;
        p.customer = customer;
        p.journal = journalId;
        p.direction = direction;
        p.firstLine = lineNumber;
        p.firstJd = jd;
        p.utf8 = utf8;
        m_pieces.push_back(p);
    }
    Piece &p = m_pieces[size_t(piece)];
    p.settlementLabel = p.settlementLabel || settlement;
    p.firstJd = std::min(p.firstJd, jd);

    p.amount += cents;
    const QByteArrayView letter = field(EcritureLet);
    if (letter.isEmpty()) {
        p.open += cents; // unlettered: open for its whole amount
        return;
    }
    {
        m_scratch.clear();
        m_scratch.append(account.data(), size_t(account.size()));
        m_scratch.push_back('\x1f');
        m_scratch.append(aux.data(), size_t(aux.size()));
        m_scratch.push_back('\x1f');
        m_scratch.append(letter.data(), size_t(letter.size()));
        const int group = m_groupKeys.intern(QByteArrayView(m_scratch.data(), qsizetype(m_scratch.size())), &added);
        if (added)
            m_groupNet.push_back(0);
        m_groupNet[size_t(group)] += cents;
        // Lettered: its open part is known once the whole group has been read.
        m_lettered.push_back({piece, group, lineNumber, jd, cents});
    }
}

void Parser::buildItems()
{
    // Open part of the lettered lines (see the rule in FecParser.h); unlettered ones are in their piece already.
    std::vector<int> slotOfGroup(m_groupNet.size(), -1);
    std::vector<std::vector<int>> partial; // lines of the groups that do not net to zero
    for (size_t i = 0; i < m_lettered.size(); ++i) {
        const Line411 &l = m_lettered[i];
        if (m_groupNet[size_t(l.group)] == 0)
            continue; // closed group: nothing open
        int &slot = slotOfGroup[size_t(l.group)];
        if (slot < 0) {
            slot = int(partial.size());
            partial.emplace_back();
        }
        partial[size_t(slot)].push_back(int(i));
    }
    for (std::vector<int> &lines : partial) {
        const bool debitsStay = m_groupNet[size_t(m_lettered[size_t(lines.front())].group)] > 0;
        qint64 available = 0; // what the smaller side can settle
        std::vector<int> larger;
        for (int i : lines) {
            const qint64 c = m_lettered[size_t(i)].cents;
            if ((c > 0) == debitsStay)
                larger.push_back(i);
            else
                available += c > 0 ? c : -c;
        }
        std::sort(larger.begin(), larger.end(), [&](int a, int b) {
            const Line411 &x = m_lettered[size_t(a)];
            const Line411 &y = m_lettered[size_t(b)];
            return x.jd != y.jd ? x.jd < y.jd : x.line < y.line;
        });
        for (int i : larger) {
            const Line411 &l = m_lettered[size_t(i)];
            const qint64 magnitude = l.cents > 0 ? l.cents : -l.cents;
            const qint64 settled = std::min(available, magnitude);
            available -= settled;
            m_pieces[size_t(l.piece)].open += l.cents > 0 ? l.cents - settled : l.cents + settled;
        }
    }
    // What only the open amounts needed can go before the items are built.
    std::vector<Line411>().swap(m_lettered);
    std::vector<qint64>().swap(m_groupNet);
    m_groupKeys = ByteIndex();

    // Items: pieces with something open, numbered uniquely per customer and kind.
    struct Candidate
    {
        int piece;
        Invoice::Kind kind;
        bool placeholderRef; // number from the entry, not from PieceRef
        int level = 0;       // 0: plainest number; higher: more specific, to tell apart items that share one
        QString number;
    };
    // The number at a level: PieceRef, PieceRef/EcritureNum, PieceRef/Journal-EcritureNum, …/L<line>; or, when
    // PieceRef is a placeholder, EcritureNum, Journal-EcritureNum, …/L<line>.
    auto numberAt = [this](const Candidate &c) -> QString {
        const Piece &p = m_pieces[size_t(c.piece)];
        // The key is customer (4 bytes), direction (1), journal id (4), EcritureNum, 0x1f, PieceRef.
        const QByteArrayView key = m_pieceKeys.key(c.piece).sliced(9);
        const qsizetype cut = key.indexOf('\x1f');
        const QString entryNumber = ImportText::LineDecoder::decode(key.first(cut), p.utf8);
        const QString entry = m_journals[size_t(p.journal)].code + u'-' + entryNumber;
        const QString line = QStringLiteral("/L%1").arg(p.firstLine);
        if (c.placeholderRef) {
            switch (c.level) {
            case 0: return entryNumber;
            case 1: return entry;
            default: return entry + line;
            }
        }
        const QString ref = ImportText::LineDecoder::decode(key.sliced(cut + 1), p.utf8);
        switch (c.level) {
        case 0: return ref;
        case 1: return ref + u'/' + entryNumber;
        case 2: return ref + u'/' + entry;
        default: return ref + u'/' + entry + line;
        }
    };
    std::vector<Candidate> candidates;
    for (size_t i = 0; i < m_pieces.size(); ++i) {
        const Piece &p = m_pieces[i];
        if (p.open == 0)
            continue;
        Candidate c;
        c.piece = int(i);
        switch (p.direction) {
        case OpeningDebit:
        case OpeningCredit: c.kind = Invoice::Kind::OpeningBalance; break;
        case DebitSide: c.kind = Invoice::Kind::Invoice; break;
        case CreditSide:
            c.kind = m_journals[size_t(p.journal)].info.sales && !p.settlementLabel ? Invoice::Kind::CreditNote
                                                                                   : Invoice::Kind::Payment;
            break;
        }
        const QByteArrayView key = m_pieceKeys.key(int(i)).sliced(9);
        c.placeholderRef = isPlaceholderRef(ImportText::LineDecoder::decode(key.sliced(key.indexOf('\x1f') + 1), p.utf8));
        c.number = numberAt(c);
        candidates.push_back(std::move(c));
    }
    // Items of one customer and kind that share a number all move to the next level, until every number differs.
    for (bool bumped = true; bumped;) {
        bumped = false;
        QHash<QString, int> uses;
        auto keyOf = [this](const Candidate &c) -> QString {
            return c.number + u'\x1f' + QString::number(m_pieces[size_t(c.piece)].customer) + u'\x1f'
                   + QString::number(int(c.kind));
        };
        for (const Candidate &c : candidates)
            ++uses[keyOf(c)];
        for (Candidate &c : candidates) {
            const int maxLevel = c.placeholderRef ? 2 : 3;
            if (uses.value(keyOf(c)) > 1 && c.level < maxLevel) {
                ++c.level;
                c.number = numberAt(c);
                bumped = true;
            }
        }
    }

    m_batch.customers.reserve(qsizetype(m_customers.size()));
    for (const CustomerAcc &c : m_customers) {
        ImportedCustomer ic;
        ic.code = c.code;
        ic.name = c.name.isEmpty() ? c.code : c.name;
        ic.line = c.line;
        m_batch.customers << ic;
    }
    m_batch.items.reserve(qsizetype(candidates.size()));
    for (const Candidate &c : candidates) {
        const Piece &p = m_pieces[size_t(c.piece)];
        ImportedItem item;
        item.customerIndex = p.customer;
        item.number = c.number;
        item.kind = c.kind;
        item.issueDate = QDate::fromJulianDay(qint64(p.firstJd));
        item.amountCents = p.amount;
        item.openCents = p.open;
        item.line = p.firstLine;
        m_batch.items << item;
    }
    std::sort(m_batch.items.begin(), m_batch.items.end(),
              [](const ImportedItem &a, const ImportedItem &b) { return a.line < b.line; });
}

ImportBatch Parser::run()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        error(0, {}, QStringLiteral("lecture impossible : %1").arg(file.errorString()));
        return std::move(m_batch);
    }
    LineReader reader(file);
    QByteArrayView line;
    bool headerSeen = false;
    qint64 reported = 0;
    int sinceCheck = 0;
    while (reader.next(line)) {
        const int lineNumber = int(reader.lineNumber());
        if (lineNumber == 1 && (line.startsWith("\xFF\xFE") || line.startsWith("\xFE\xFF"))) {
            error(1, {}, QStringLiteral("fichier en UTF-16 : enregistrez-le en UTF-8 ou ISO-8859-15"));
            return std::move(m_batch);
        }
        if (reader.lastLineTooLong()) {
            error(lineNumber, {}, QStringLiteral("ligne de plus d'un million de caractères : ce n'est pas un FEC"));
            if (!headerSeen)
                return std::move(m_batch);
            continue;
        }
        if (++sinceCheck >= 1024) {
            sinceCheck = 0;
            if (m_progress && reader.bytesRead() - reported >= (1 << 20)) {
                reported = reader.bytesRead();
                if (!m_progress(reported)) {
                    m_batch.cancelled = true;
                    m_batch.items.clear();
                    return std::move(m_batch);
                }
            }
        }
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3); // UTF-8 byte order mark
        if (isBlank(line))
            continue;
        if (!headerSeen) {
            headerSeen = true;
            if (!readHeader(line, lineNumber))
                return std::move(m_batch);
            continue;
        }
        // A line of nothing but separators (some exports end that way) is blank too.
        bool onlySeparators = true;
        for (char c : line)
            if (c != m_sep && c != ' ' && c != '\t') {
                onlySeparators = false;
                break;
            }
        if (onlySeparators)
            continue;
        ++m_batch.rowsRead;
        readLine(line, lineNumber);
    }
    if (reader.readError())
        error(int(reader.lineNumber()), {}, QStringLiteral("erreur de lecture : %1").arg(file.errorString()));
    if (!headerSeen) {
        error(0, {}, QStringLiteral("fichier vide"));
        return std::move(m_batch);
    }
    if (m_progress && !m_progress(reader.bytesRead())) {
        m_batch.cancelled = true;
        return std::move(m_batch);
    }
    checkEntries();
    if (m_errorCount > m_batch.errors.size())
        m_batch.errors.append({m_path, 0, {},
                               QStringLiteral("… et %1 autres erreurs non listées").arg(m_errorCount - m_batch.errors.size())});
    std::stable_sort(m_batch.errors.begin(), m_batch.errors.end(), [](const ImportIssue &a, const ImportIssue &b) {
        return (a.line == 0 ? INT_MAX : a.line) < (b.line == 0 ? INT_MAX : b.line);
    });
    if (m_legacyLines > 0) {
        QStringList numbers;
        for (int n : std::as_const(m_legacyLineNumbers))
            numbers << QString::number(n);
        if (m_legacyLines > m_legacyLineNumbers.size())
            numbers << QStringLiteral("…");
        m_batch.warnings.append({m_path, m_legacyLineNumbers.first(), {},
                                 QStringLiteral("%1 ligne(s) hors UTF-8 lue(s) en Windows-1252 (lignes %2)")
                                     .arg(m_legacyLines)
                                     .arg(numbers.join(QStringLiteral(", ")))});
    }
    if (m_failed)
        return std::move(m_batch);
    if (m_batch.rowsRead == 0)
        m_batch.warnings.append({m_path, 0, {}, QStringLiteral("aucune écriture après l'en-tête")});
    buildItems();
    return std::move(m_batch);
}

} // namespace

ImportBatch FecParser::parse(const QString &path, const Progress &progress)
{
    Parser parser(path, progress);
    return parser.run();
}

bool FecParser::looksLikeHeader(QByteArrayView firstLine)
{
    return containsNoCase(firstLine, "journalcode")
           && (containsNoCase(firstLine, "ecriturenum") || containsNoCase(firstLine, "comptenum"));
}
