#include "Importer.h"

#include "Clock.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "EventJournal.h"
#include "CiiParser.h"
#include "CsvMapping.h"
#include "CsvParser.h"
#include "FacturXParser.h"
#include "FecParser.h"
#include "UblParser.h"
#include "ImportText.h"
#include "InvoiceRepository.h"
#include "SettingsRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <atomic>
#include <future>
#include <type_traits>
#include <vector>

namespace {

// Wraps a parser taking (path), (path, options) or (path, options, progress) into an Importer::ParserFn.
template <typename F>
Importer::ParserFn adapt(F f)
{
    return [f](const QString &path, const ImportOptions &options, const Importer::ParseProgress &progress) {
        if constexpr (std::is_invocable_r_v<ImportBatch, F, const QString &, const ImportOptions &,
                                            const Importer::ParseProgress &>)
            return f(path, options, progress);
        else if constexpr (std::is_invocable_r_v<ImportBatch, F, const QString &, const FecParser::Progress &>)
            return f(path, progress);
        else if constexpr (std::is_invocable_r_v<ImportBatch, F, const QString &, const ImportOptions &>)
            return f(path, options);
        else
            return f(path);
    };
}

struct ParserEntry
{
    QString format;
    Importer::ParserFn parse;
};

// The registered parsers. To add one, one line: {QStringLiteral("ubl"), adapt(&UblParser::parse)}; adapt() accepts
// parse(path), parse(path, progress), parse(path, options) or parse(path, options, progress). Detection gives
// "facturx" to PDFs and to bare CII XML alike, so that entry must look at the file (%PDF or not).
const QList<ParserEntry> &parserTable()
{
    static const QList<ParserEntry> table = {
        {QStringLiteral("fec"), adapt(&FecParser::parse)},
        {QStringLiteral("ubl"), adapt(&UblParser::parse)},
        {QStringLiteral("csv"), adapt(&CsvParser::parse)},
        // A Factur-X PDF, or the bare CII XML inside one.
        {QStringLiteral("facturx"), adapt([](const QString &path) {
             QFile f(path);
             const bool pdf = f.open(QIODevice::ReadOnly) && f.read(5).startsWith("%PDF");
             return pdf ? FacturXParser::parse(path) : CiiParser::parse(path);
         })},
    };
    return table;
}

// Hex SHA-256 of a file, read in chunks; empty when unreadable or stopped.
QString sha256Of(const QString &path, const std::atomic<bool> &stop)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (stop.load(std::memory_order_relaxed))
            return {};
        const qint64 n = f.read(chunk.data(), chunk.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString normalizedVat(const QString &vat)
{
    QString v = vat.toUpper();
    v.remove(u' ');
    return v;
}

QString itemKey(qint64 customerId, Invoice::Kind kind, const QString &number)
{
    return QString::number(customerId) + u'\x1f' + QString::number(int(kind)) + u'\x1f' + number;
}

const QString InvoiceSelect = QStringLiteral(
    "SELECT id, customer_id, number, kind, issue_date, due_date, currency, amount_excl_cents, amount_cents, open_cents,"
    " status, source_file, pdf_file_name FROM invoices");

Invoice invoiceFromRow(const QSqlQuery &q)
{
    Invoice inv;
    inv.id = q.value(0).toLongLong();
    inv.customerId = q.value(1).toLongLong();
    inv.number = q.value(2).toString();
    inv.kind = Invoice::kindFromKey(q.value(3).toString()).value_or(Invoice::Kind::Invoice);
    inv.issueDate = Sql::toDate(q.value(4));
    inv.dueDate = Sql::toDate(q.value(5));
    inv.currency = q.value(6).toString();
    inv.amountExclCents = q.value(7).toLongLong();
    inv.amountCents = q.value(8).toLongLong();
    inv.openCents = q.value(9).toLongLong();
    inv.status = Invoice::statusFromKey(q.value(10).toString()).value_or(Invoice::Status::Open);
    inv.sourceFile = q.value(11).toString();
    inv.pdfFileName = q.value(12).toString();
    return inv;
}

// The run's state while it applies the batches (inside the transaction).
class Applier
{
public:
    Applier(Database &db, const ImportOptions &options, const Importer::Progress &progress, qint64 totalBytes)
        : m_db(db), m_options(options), m_progress(progress), m_total(totalBytes), m_customers(db), m_invoices(db)
    {
    }

    // False on a database error (in *error) or a cancel (m_cancelled).
    bool apply(const QList<ImportBatch> &batches, QList<ImportReport> &fileReports, QString *error);
    bool cancelled() const { return m_cancelled; }

private:
    int matchCustomer(const ImportedCustomer &ic, QList<ImportIssue> &warnings, const QString &file);
    QString generateCode(const ImportedCustomer &ic) const;
    void indexCustomer(int index);
    bool fillBlanks(Customer &c, const ImportedCustomer &ic) const;
    // The invoices of these customers, into m_existing and m_existingIndex.
    bool loadInvoices(const QList<qint64> &customerIds, QString *error);
    bool tick();

    Database &m_db;
    const ImportOptions &m_options;
    const Importer::Progress &m_progress;
    qint64 m_total;
    bool m_cancelled = false;
    int m_ticks = 0;
    CustomerRepository m_customers;
    InvoiceRepository m_invoices;

    std::vector<Customer> m_known;
    QHash<QString, int> m_byCode;
    QHash<QString, int> m_bySiren;
    QHash<QString, int> m_byVat;
    QHash<QString, QList<int>> m_byName;
    QSet<QString> m_codesInRun; // codes the files carry: such customers are not taken by name
    QSet<int> m_claimed;        // matched by code in this run

    std::vector<Invoice> m_existing;
    QHash<QString, int> m_existingIndex;
};

bool Applier::tick()
{
    if (++m_ticks % 2048 != 0 || !m_progress)
        return true;
    if (!m_progress(m_total, m_total))
        m_cancelled = true;
    return !m_cancelled;
}

void Applier::indexCustomer(int index)
{
    const Customer &c = m_known[size_t(index)];
    m_byCode.insert(c.code, index);
    if (!c.siren.isEmpty() && !m_bySiren.contains(c.siren))
        m_bySiren.insert(c.siren, index);
    const QString vat = normalizedVat(c.vatNumber);
    if (!vat.isEmpty() && !m_byVat.contains(vat))
        m_byVat.insert(vat, index);
    QList<int> &sameName = m_byName[ImportText::foldForMatching(c.name)];
    if (!sameName.contains(index))
        sameName << index;
}

int Applier::matchCustomer(const ImportedCustomer &ic, QList<ImportIssue> &warnings, const QString &file)
{
    if (!ic.code.isEmpty()) {
        const auto it = m_byCode.constFind(ic.code);
        if (it != m_byCode.constEnd()) {
            m_claimed.insert(*it);
            return *it;
        }
    }
    if (!ic.siren.isEmpty()) {
        const auto it = m_bySiren.constFind(ic.siren);
        if (it != m_bySiren.constEnd())
            return *it;
    }
    if (!ic.vatNumber.isEmpty()) {
        const auto it = m_byVat.constFind(normalizedVat(ic.vatNumber));
        if (it != m_byVat.constEnd())
            return *it;
    }
    const QString folded = ImportText::foldForMatching(ic.name);
    if (folded.isEmpty())
        return -1;
    QList<int> candidates;
    for (int i : m_byName.value(folded)) {
        const Customer &c = m_known[size_t(i)];
        // Two accounts of one FEC with the same label stay two customers.
        if (!ic.code.isEmpty() && (m_claimed.contains(i) || m_codesInRun.contains(c.code)))
            continue;
        // A file that names the buyer's SIREN does not take a customer known under another SIREN.
        if (!ic.siren.isEmpty() && !c.siren.isEmpty() && c.siren != ic.siren)
            continue;
        candidates << i;
    }
    if (candidates.isEmpty())
        return -1;
    if (candidates.size() > 1)
        warnings.append({file, ic.line, {},
                         QStringLiteral("plusieurs clients s'appellent « %1 » : rattaché à %2")
                             .arg(ic.name, m_known[size_t(candidates.first())].code)});
    return candidates.first();
}

QString Applier::generateCode(const ImportedCustomer &ic) const
{
    QString base;
    if (!ic.siren.isEmpty()) {
        base = QStringLiteral("C-") + ic.siren;
    } else {
        const QString folded = ImportText::foldForMatching(ic.name);
        for (QChar ch : folded) {
            if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'))
                base += ch.toUpper();
            if (base.size() == 10)
                break;
        }
        base = QStringLiteral("C-") + (base.isEmpty() ? QStringLiteral("CLIENT") : base);
    }
    QString code = base;
    for (int n = 2; m_byCode.contains(code); ++n)
        code = base + u'-' + QString::number(n);
    return code;
}

bool Applier::fillBlanks(Customer &c, const ImportedCustomer &ic) const
{
    bool changed = false;
    auto fill = [&](QString &target, const QString &value) {
        if (target.isEmpty() && !value.isEmpty()) {
            target = value;
            changed = true;
        }
    };
    fill(c.name, ic.name);
    fill(c.siren, ic.siren);
    fill(c.vatNumber, ic.vatNumber);
    if (c.address.isEmpty() && !ic.address.isEmpty()) {
        c.address = ic.address;
        changed = true;
    }
    if (!ic.email.isEmpty()) {
        bool known = false;
        for (const Contact &ct : std::as_const(c.contacts))
            known = known || ct.email.compare(ic.email, Qt::CaseInsensitive) == 0;
        if (!known && c.contacts.isEmpty()) {
            Contact ct;
            ct.email = ic.email;
            ct.role = QStringLiteral("Comptabilité fournisseurs");
            ct.primary = true;
            c.contacts << ct;
            changed = true;
        }
    }
    return changed;
}

bool Applier::loadInvoices(const QList<qint64> &customerIds, QString *error)
{
    // One query per 500 customers (portable IN lists), on the (customer_id, number, kind) index.
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < customerIds.size(); from += Chunk) {
        const qsizetype n = std::min(Chunk, customerIds.size() - from);
        QString sql = InvoiceSelect + QStringLiteral(" WHERE customer_id IN (?");
        for (qsizetype i = 1; i < n; ++i)
            sql += QStringLiteral(", ?");
        sql += u')';
        QSqlQuery q = m_db.query(sql);
        for (qsizetype i = 0; i < n; ++i)
            q.bindValue(int(i), customerIds.at(from + i));
        if (auto s = m_db.exec(q); !s) {
            *error = s.error();
            return false;
        }
        while (q.next()) {
            Invoice inv = invoiceFromRow(q);
            m_existingIndex.insert(itemKey(inv.customerId, inv.kind, inv.number), int(m_existing.size()));
            m_existing.push_back(std::move(inv));
        }
    }
    return true;
}

bool Applier::apply(const QList<ImportBatch> &batches, QList<ImportReport> &fileReports, QString *error)
{
    const int defaultTerms = SettingsRepository(m_db).intValue(SettingsRepository::defaultPaymentTermsDays(), 30);
    const QList<Customer> all = m_customers.all();
    m_known.assign(all.cbegin(), all.cend());
    for (int i = 0; i < int(m_known.size()); ++i)
        indexCustomer(i);
    for (const ImportBatch &b : batches)
        for (const ImportedCustomer &ic : b.customers)
            if (!ic.code.isEmpty())
                m_codesInRun.insert(ic.code);

    // Customers, file by file.
    QList<QList<int>> resolved; // batch → customer index in the file → index in m_known
    QHash<qint64, int> fileOfCustomer; // customer id → first file that mentions it (stock-mode attribution)
    for (int b = 0; b < batches.size(); ++b) {
        const ImportBatch &batch = batches.at(b);
        ImportReport &r = fileReports[b];
        QList<int> map;
        map.reserve(batch.customers.size());
        for (const ImportedCustomer &ic : batch.customers) {
            int index = matchCustomer(ic, r.warnings, batch.file);
            if (index < 0) {
                Customer c;
                c.code = ic.code.isEmpty() ? generateCode(ic) : ic.code;
                c.name = ic.name.isEmpty() ? c.code : ic.name;
                c.siren = ic.siren;
                c.vatNumber = ic.vatNumber;
                c.address = ic.address;
                c.paymentTermsDays = defaultTerms;
                fillBlanks(c, ic); // the e-mail contact
                if (auto s = m_customers.insert(c); !s) {
                    *error = s.error();
                    return false;
                }
                index = int(m_known.size());
                m_known.push_back(c);
                indexCustomer(index);
                if (!ic.code.isEmpty())
                    m_claimed.insert(index);
                ++r.customersCreated;
            } else {
                Customer &c = m_known[size_t(index)];
                if (fillBlanks(c, ic)) {
                    if (auto s = m_customers.update(c); !s) {
                        *error = s.error();
                        return false;
                    }
                    indexCustomer(index);
                    ++r.customersUpdated;
                } else {
                    ++r.customersUnchanged;
                }
            }
            map << index;
            if (!fileOfCustomer.contains(m_known[size_t(index)].id))
                fileOfCustomer.insert(m_known[size_t(index)].id, b);
            if (!tick())
                return false;
        }
        resolved << map;
    }

    // Items: the existing ones of the customers the files mention, looked up in a hash.
    if (!loadInvoices(fileOfCustomer.keys(), error))
        return false;
    QSqlQuery insert = m_db.query(QStringLiteral(
        "INSERT INTO invoices (customer_id, number, kind, issue_date, due_date, currency, amount_excl_cents,"
        " amount_cents, open_cents, status, source_file, pdf_file_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id"));
    QSqlQuery update = m_db.query(QStringLiteral(
        "UPDATE invoices SET issue_date = ?, due_date = ?, currency = ?, amount_excl_cents = ?, amount_cents = ?,"
        " open_cents = ?, status = ?, source_file = ? WHERE id = ?"));
    auto bind = [](QSqlQuery &q, const QVariantList &values) {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
    };
    QSet<qint64> seen;
    for (int b = 0; b < batches.size(); ++b) {
        const ImportBatch &batch = batches.at(b);
        ImportReport &r = fileReports[b];
        const QString sourceFile = QFileInfo(batch.file).fileName();
        for (const ImportedItem &item : batch.items) {
            if (item.customerIndex < 0 || item.customerIndex >= resolved.at(b).size()) {
                *error = QStringLiteral("%1, ligne %2 : élément sans client").arg(sourceFile).arg(item.line);
                return false;
            }
            const Customer &customer = m_known[size_t(resolved.at(b).at(item.customerIndex))];
            const QString key = itemKey(customer.id, item.kind, item.number);
            const auto found = m_existingIndex.constFind(key);
            const Invoice::Status status = Invoice::statusFor(item.amountCents, item.openCents);
            const QString currency = item.currency.isEmpty() ? QStringLiteral("EUR") : item.currency;
            if (found != m_existingIndex.constEnd()) {
                Invoice &e = m_existing[size_t(*found)];
                seen.insert(e.id);
                const QDate due = item.dueDate.isValid()                                      ? item.dueDate
                                  : (e.issueDate == item.issueDate && e.dueDate.isValid()) ? e.dueDate
                                                                                           : customer.dueDateFor(item.issueDate);
                const qint64 excl = item.amountExclCents != 0 ? item.amountExclCents : e.amountExclCents;
                const bool changed = e.amountCents != item.amountCents || e.amountExclCents != excl
                                     || e.openCents != item.openCents || e.issueDate != item.issueDate
                                     || e.dueDate != due || e.currency != currency || e.status != status;
                const bool newPdf = !item.pdf.isEmpty() && e.pdfFileName != item.pdfFileName;
                if (changed) {
                    e.issueDate = item.issueDate;
                    e.dueDate = due;
                    e.currency = currency;
                    e.amountExclCents = excl;
                    e.amountCents = item.amountCents;
                    e.openCents = item.openCents;
                    e.status = status;
                    e.sourceFile = sourceFile;
                    bind(update, {e.issueDate.toString(Qt::ISODate), e.dueDate.toString(Qt::ISODate), e.currency,
                                  e.amountExclCents, e.amountCents, e.openCents, Invoice::statusKey(e.status),
                                  e.sourceFile, e.id});
                    if (auto s = m_db.exec(update); !s) {
                        *error = QStringLiteral("facture %1 : %2").arg(e.number, s.error());
                        return false;
                    }
                }
                if (newPdf) {
                    if (auto s = m_invoices.attachPdf(e.id, item.pdfFileName, item.pdf); !s) {
                        *error = QStringLiteral("facture %1 : %2").arg(e.number, s.error());
                        return false;
                    }
                    e.pdfFileName = item.pdfFileName;
                }
                if (changed || newPdf)
                    ++r.invoicesUpdated;
                else
                    ++r.invoicesUnchanged;
            } else {
                Invoice n;
                n.customerId = customer.id;
                n.number = item.number;
                n.kind = item.kind;
                n.issueDate = item.issueDate;
                n.dueDate = item.dueDate.isValid() ? item.dueDate : customer.dueDateFor(item.issueDate);
                n.currency = currency;
                n.amountExclCents = item.amountExclCents;
                n.amountCents = item.amountCents;
                n.openCents = item.openCents;
                n.status = status;
                n.sourceFile = sourceFile;
                if (!n.issueDate.isValid() || !n.dueDate.isValid()) {
                    *error = QStringLiteral("%1, ligne %2 : pièce %3 sans date").arg(sourceFile).arg(item.line).arg(item.number);
                    return false;
                }
                bind(insert, {n.customerId, n.number, Invoice::kindKey(n.kind), n.issueDate.toString(Qt::ISODate),
                              n.dueDate.toString(Qt::ISODate), n.currency, n.amountExclCents, n.amountCents,
                              n.openCents, Invoice::statusKey(n.status), n.sourceFile, QStringLiteral("")});
                if (auto s = m_db.exec(insert); !s) {
                    *error = QStringLiteral("facture %1 : %2").arg(n.number, s.error());
                    return false;
                }
                insert.next();
                n.id = insert.value(0).toLongLong();
                insert.finish();
                if (!item.pdf.isEmpty()) {
                    if (auto s = m_invoices.attachPdf(n.id, item.pdfFileName, item.pdf); !s) {
                        *error = QStringLiteral("facture %1 : %2").arg(n.number, s.error());
                        return false;
                    }
                    n.pdfFileName = item.pdfFileName;
                }
                seen.insert(n.id);
                m_existingIndex.insert(key, int(m_existing.size()));
                m_existing.push_back(std::move(n));
                ++r.invoicesCreated;
            }
            if (!tick())
                return false;
        }
    }

    // Stock: what the files no longer list is paid.
    if (m_options.mode == u"stock") {
        QSqlQuery paid = m_db.query(QStringLiteral("UPDATE invoices SET open_cents = 0, status = 'paid' WHERE id = ?"));
        std::vector<int> closing;
        for (int i = 0; i < int(m_existing.size()); ++i) {
            const Invoice &e = m_existing[size_t(i)];
            if (e.isOpen() && fileOfCustomer.contains(e.customerId) && !seen.contains(e.id))
                closing.push_back(i);
        }
        std::sort(closing.begin(), closing.end(), [&](int a, int b) {
            const Invoice &x = m_existing[size_t(a)];
            const Invoice &y = m_existing[size_t(b)];
            return x.customerId != y.customerId ? x.customerId < y.customerId : x.number < y.number;
        });
        for (int i : closing) {
            Invoice &e = m_existing[size_t(i)];
            paid.bindValue(0, e.id);
            if (auto s = m_db.exec(paid); !s) {
                *error = QStringLiteral("facture %1 : %2").arg(e.number, s.error());
                return false;
            }
            e.openCents = 0;
            e.status = Invoice::Status::Paid;
            ImportReport &r = fileReports[fileOfCustomer.value(e.customerId)];
            ++r.markedPaid;
            r.markedPaidNumbers << e.number;
            if (!tick())
                return false;
        }
    }
    return true;
}

QString describeXmlRoot(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("lecture impossible : %1").arg(f.errorString());
        return {};
    }
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            const QStringView root = xml.name();
            if (root == u"CrossIndustryInvoice" || root == u"CrossIndustryDocument")
                return QStringLiteral("facturx");
            if (root == u"Invoice" || root == u"CreditNote")
                return QStringLiteral("ubl");
            *error = QStringLiteral("document XML qui n'est pas une facture (élément racine « %1 »)").arg(root.toString());
            return {};
        }
    }
    *error = QStringLiteral("XML mal formé (ligne %1) : %2").arg(xml.lineNumber()).arg(xml.errorString());
    return {};
}

} // namespace

QStringList Importer::formats()
{
    return {QStringLiteral("auto"), QStringLiteral("fec"), QStringLiteral("facturx"), QStringLiteral("ubl"),
            QStringLiteral("csv")};
}

QStringList Importer::modes() { return {QStringLiteral("stock"), QStringLiteral("delta")}; }

Importer::ParserFn Importer::parserFor(const QString &format)
{
    for (const ParserEntry &e : parserTable())
        if (e.format == format)
            return e.parse;
    return {};
}

QString Importer::detectFormat(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("lecture impossible : %1").arg(f.errorString());
        return {};
    }
    QByteArray head = f.read(8192);
    f.close();
    if (head.startsWith("%PDF"))
        return QStringLiteral("facturx");
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    const QByteArray start = head.trimmed();
    if (start.startsWith('<'))
        return describeXmlRoot(path, error);
    qsizetype end = 0;
    while (end < head.size() && head.at(end) != '\n' && head.at(end) != '\r')
        ++end;
    if (FecParser::looksLikeHeader(QByteArrayView(head).first(end)))
        return QStringLiteral("fec");
    return QStringLiteral("csv");
}

ImportReport Importer::run(const QStringList &files, const ImportOptions &options, const Progress &progress)
{
    ImportReport report;
    report.mode = options.mode;
    if (!modes().contains(options.mode)) {
        report.rejected.append({{}, 0, QStringLiteral("--mode"),
                                QStringLiteral("mode « %1 » inconnu (stock ou delta)").arg(options.mode)});
        return report;
    }
    if (!formats().contains(options.format)) {
        report.rejected.append({{}, 0, QStringLiteral("--format"),
                                QStringLiteral("format « %1 » inconnu (auto, fec, facturx, ubl ou csv)").arg(options.format)});
        return report;
    }
    if (files.isEmpty()) {
        report.rejected.append({{}, 0, {}, QStringLiteral("aucun fichier à importer")});
        return report;
    }

    // --mapping NAME: the preset is read from this store here, the CSV parser gets its JSON.
    ImportOptions resolved = options;
    if (!options.csvMapping.isEmpty()) {
        QString why;
        const auto json = CsvMappingStore(m_db).resolve(options.csvMapping, &why);
        if (!json) {
            report.rejected.append({{}, 0, QStringLiteral("--mapping"), why});
            return report;
        }
        resolved.csvMapping = *json;
    }

    qint64 total = 0;
    for (const QString &f : files)
        total += QFileInfo(f).size();
    qint64 done = 0;
    QList<ImportBatch> batches;
    QStringList hashes; // of the batches, in order
    QStringList formatsSeen;
    for (const QString &path : files) {
        QString why;
        const QString format = options.format == u"auto" ? detectFormat(path, &why) : options.format;
        const qint64 size = QFileInfo(path).size();
        if (format.isEmpty()) {
            report.files.append({path, {}, 0, {}});
            report.rejected.append({path, 0, {}, why});
            done += size;
            continue;
        }
        if (!formatsSeen.contains(format))
            formatsSeen << format;
        const ParserFn parse = parserFor(format);
        if (!parse) {
            report.files.append({path, format, 0, {}});
            report.rejected.append({path, 0, {},
                                    QStringLiteral("le format « %1 » n'est pas encore pris en charge par cette version")
                                        .arg(format)});
            done += size;
            continue;
        }
        const qint64 base = done;
        // The file's SHA-256 is computed on a helper thread while it is parsed: Qt's implementation costs about as
        // much CPU as the parse itself.
        std::atomic<bool> stopHashing{false};
        std::future<QString> hash = std::async(std::launch::async, [path, &stopHashing] { return sha256Of(path, stopHashing); });
        ImportBatch batch = parse(path, resolved, [&](qint64 bytes) { return !progress || progress(base + bytes, total); });
        done = base + size;
        if (batch.cancelled || (progress && !progress(done, total))) {
            stopHashing = true;
            hash.wait();
            report.cancelled = true;
            report.format = formatsSeen.join(u',');
            return report;
        }
        if (!batch.ok())
            stopHashing = true;
        const QString sha = hash.get();
        if (batch.format.isEmpty())
            batch.format = format;
        report.files.append({path, batch.format, batch.rowsRead, sha});
        report.rowsRead += batch.rowsRead;
        report.rejected += batch.errors;
        report.warnings += batch.warnings;
        if (batch.ok()) {
            batches << std::move(batch);
            hashes << sha;
        }
    }
    report.format = formatsSeen.join(u',');
    if (report.hasRejections())
        return report;
    applyParsed(batches, hashes, options, progress, total, report);
    return report;
}

ImportReport Importer::apply(const QList<ImportBatch> &batches, const ImportOptions &options, const Progress &progress)
{
    ImportReport report;
    report.mode = options.mode;
    if (!modes().contains(options.mode)) {
        report.rejected.append({{}, 0, QStringLiteral("--mode"),
                                QStringLiteral("mode « %1 » inconnu (stock ou delta)").arg(options.mode)});
        return report;
    }
    QStringList formatsSeen;
    QStringList hashes;
    for (const ImportBatch &b : batches) {
        const std::atomic<bool> never{false};
        const QString sha = QFileInfo(b.file).isFile() ? sha256Of(b.file, never) : QString();
        report.files.append({b.file, b.format, b.rowsRead, sha});
        report.rowsRead += b.rowsRead;
        report.rejected += b.errors;
        report.warnings += b.warnings;
        hashes << sha;
        if (!formatsSeen.contains(b.format))
            formatsSeen << b.format;
    }
    report.format = formatsSeen.join(u',');
    if (report.hasRejections())
        return report;
    applyParsed(batches, hashes, options, progress, 0, report);
    return report;
}

void Importer::applyParsed(const QList<ImportBatch> &batches, const QStringList &hashes, const ImportOptions &options,
                           const Progress &progress, qint64 total, ImportReport &report)
{
    Transaction tx(m_db);
    if (!tx.status().ok()) {
        report.rejected.append({{}, 0, {}, tx.status().error()});
        return;
    }
    QList<ImportReport> fileReports(batches.size());
    Applier applier(m_db, options, progress, total);
    QString error;
    if (!applier.apply(batches, fileReports, &error)) {
        if (applier.cancelled())
            report.cancelled = true;
        else
            report.rejected.append({{}, 0, {}, error});
        return; // the transaction rolls back
    }

    // One `imports` row and one journal event per file.
    QSqlQuery row = m_db.query(QStringLiteral(
        "INSERT INTO imports (imported_at, file_name, sha256, format, mode, report) VALUES (?, ?, ?, ?, ?, ?)"));
    EventJournal journal(m_db);
    const QString now = Clock::instance().now().toString(Qt::ISODate);
    for (int b = 0; b < batches.size(); ++b) {
        const ImportBatch &batch = batches.at(b);
        ImportReport &r = fileReports[b];
        r.files = {{batch.file, batch.format, batch.rowsRead, hashes.at(b)}};
        r.format = batch.format;
        r.mode = options.mode;
        r.rowsRead = batch.rowsRead;
        r.warnings = batch.warnings + r.warnings;
        r.committed = true;
        const QJsonObject json = r.toJson();
        row.bindValue(0, now);
        row.bindValue(1, QFileInfo(batch.file).fileName());
        row.bindValue(2, Sql::text(hashes.at(b)));
        row.bindValue(3, Sql::text(batch.format));
        row.bindValue(4, options.mode);
        row.bindValue(5, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        if (auto s = m_db.exec(row); !s) {
            report.rejected.append({batch.file, 0, {}, s.error()});
            return;
        }
        Event e;
        e.kind = QStringLiteral("import");
        e.actor = QStringLiteral("import");
        e.summary = QStringLiteral("Import %1 de %2 : %3 ligne(s), %4 client(s) créé(s), %5 facture(s) créée(s), "
                                   "%6 mise(s) à jour, %7 soldée(s)")
                        .arg(batch.format.toUpper(), QFileInfo(batch.file).fileName())
                        .arg(batch.rowsRead)
                        .arg(r.customersCreated)
                        .arg(r.invoicesCreated)
                        .arg(r.invoicesUpdated)
                        .arg(r.markedPaid);
        e.details = json;
        if (auto s = journal.append(e); !s) {
            report.rejected.append({batch.file, 0, {}, s.error()});
            return;
        }
    }
    if (progress && !progress(total, total)) {
        report.cancelled = true;
        return;
    }
    if (auto s = tx.commit(); !s) {
        report.rejected.append({{}, 0, {}, s.error()});
        return;
    }
    for (int b = 0; b < batches.size(); ++b) {
        ImportReport counters = fileReports.at(b);
        counters.rowsRead = 0; // counted while parsing
        // The parser's warnings are in the report already; add the customer-matching ones that follow them.
        counters.warnings = counters.warnings.mid(batches.at(b).warnings.size());
        report.add(counters);
    }
    report.committed = true;
}
