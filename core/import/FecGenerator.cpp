#include "FecGenerator.h"

#include <QDate>
#include <QFile>

#include <algorithm>
#include <map>
#include <vector>

namespace {

// splitmix64: tiny, fully specified, the same on every platform.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed ^ 0x9E3779B97F4A7C15ULL) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

const char *const Trades[] = {"Boulangerie", "Garage", "Épicerie", "Menuiserie", "Café", "Hôtel", "Pharmacie",
                              "Cabinet", "Transports", "Ets", "Plomberie", "Fromagerie", "Librairie", "Imprimerie",
                              "Serrurerie", "Bâtiment", "Traiteur", "Fleuriste"};
const char *const Surnames[] = {"Dupont", "Lefèvre", "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard",
                                "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Garçon", "Mercier",
                                "Blanc", "Guérin", "Boyer", "Chevalier", "François", "Rousseau", "Faure", "André",
                                "Gauthier", "Lemaître", "Noël", "Perrin", "Brun", "Roussel", "Clément", "Giraud"};
const char *const Forms[] = {"SARL", "SAS", "EURL", "SA", "", ""};

struct Customer
{
    QByteArray code;
    QByteArray name;
    int lateness;    // typical days between invoice and payment
    int neverPays;   // percent of invoices never paid
    bool monthly;    // pays everything on the 10th of the next month, in one transfer
    int letters = 0; // lettering codes used so far
};

struct Pending
{
    int customer;
    qint64 cents;
    QByteArray letter; // empty: a partial payment, left unlettered
    QByteArray ref;
};

QByteArray letterCode(int n)
{
    // AA, AB, … ZZ, AAA, …: two letters at least, like accounting programs.
    QByteArray s;
    int width = 2;
    int capacity = 26 * 26;
    while (n >= capacity) {
        n -= capacity;
        ++width;
        capacity *= 26;
    }
    s.resize(width);
    for (int i = width - 1; i >= 0; --i) {
        s[i] = char('A' + n % 26);
        n /= 26;
    }
    return s;
}

QByteArray amount(qint64 cents)
{
    QByteArray s = QByteArray::number(cents / 100);
    const int c = int(cents % 100);
    s += ',';
    s += char('0' + c / 10);
    s += char('0' + c % 10);
    return s;
}

class Writer
{
public:
    explicit Writer(QFile &file) : m_file(file) { m_buffer.reserve(1 << 21); }
    bool ok() const { return m_ok; }
    qint64 lines() const { return m_lines; }

    void header()
    {
        m_buffer += "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\t"
                    "PieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\t"
                    "Idevise\n";
    }

    void line(const char *journal, const char *journalLib, int number, const QByteArray &date, const char *account,
              const char *accountLib, const QByteArray &aux, const QByteArray &auxLib, const QByteArray &ref,
              const QByteArray &label, qint64 debit, qint64 credit, const QByteArray &letter = {},
              const QByteArray &dateLet = {})
    {
        m_buffer += journal;
        m_buffer += '\t';
        m_buffer += journalLib;
        m_buffer += '\t';
        m_buffer += QByteArray::number(number);
        m_buffer += '\t';
        m_buffer += date;
        m_buffer += '\t';
        m_buffer += account;
        m_buffer += '\t';
        m_buffer += accountLib;
        m_buffer += '\t';
        m_buffer += aux;
        m_buffer += '\t';
        m_buffer += auxLib;
        m_buffer += '\t';
        m_buffer += ref;
        m_buffer += '\t';
        m_buffer += date;
        m_buffer += '\t';
        m_buffer += label;
        m_buffer += '\t';
        m_buffer += amount(debit);
        m_buffer += '\t';
        m_buffer += amount(credit);
        m_buffer += '\t';
        m_buffer += letter;
        m_buffer += '\t';
        m_buffer += dateLet;
        m_buffer += '\t';
        m_buffer += date;
        m_buffer += "\t\t\n";
        ++m_lines;
        if (m_buffer.size() > (1 << 20))
            flush();
    }

    void flush()
    {
        if (m_ok && !m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }

private:
    QFile &m_file;
    QByteArray m_buffer;
    qint64 m_lines = 0;
    bool m_ok = true;
};

QByteArray ymd(const QDate &d) { return d.toString(QStringLiteral("yyyyMMdd")).toLatin1(); }

} // namespace

Result<qint64> FecGenerator::write(const QString &path, const FecGeneratorOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Result<qint64>::failure(QStringLiteral("%1 : écriture impossible (%2)").arg(path, file.errorString()));
    Random rng(options.seed);
    Writer out(file);
    out.header();

    const qint64 target = std::max<qint64>(options.lines, 10);
    const int customerCount = int(std::clamp<qint64>(target / 400, 20, 5000));
    std::vector<Customer> customers;
    customers.reserve(size_t(customerCount));
    for (int i = 0; i < customerCount; ++i) {
        Customer c;
        c.code = "C" + QByteArray::number(i + 1).rightJustified(5, '0');
        QByteArray name = QByteArray(Trades[rng.below(int(std::size(Trades)))]) + ' '
                          + Surnames[rng.below(int(std::size(Surnames)))];
        const QByteArray form = Forms[rng.below(int(std::size(Forms)))];
        if (!form.isEmpty())
            name = form + ' ' + name;
        c.name = name;
        const int profile = rng.below(100);
        c.lateness = profile < 50 ? rng.between(20, 40) : profile < 85 ? rng.between(45, 75) : rng.between(80, 150);
        c.neverPays = profile < 90 ? 1 : 15;
        c.monthly = rng.chance(15);
        customers.push_back(c);
    }

    const QDate first(options.year, 1, 1);
    const QDate last(options.year, 12, 31);
    const int days = int(first.daysTo(last)) + 1;
    int anNumber = 0, veNumber = 0, bqNumber = 0, odNumber = 0, invoiceSeq = 0;
    std::map<int, std::vector<Pending>> payments; // day index → payments received that day
    qint64 scheduledPaymentLines = 0;

    auto schedule = [&](int customer, qint64 ttc, int issueDay, const QByteArray &ref, QByteArray &letter,
                        QByteArray &dateLet) {
        Customer &c = customers[size_t(customer)];
        if (rng.chance(c.neverPays))
            return; // never paid: stays open
        int payDay;
        if (c.monthly) {
            const QDate issued = first.addDays(issueDay);
            const QDate tenth = QDate(issued.year(), issued.month(), 1).addMonths(1).addDays(9);
            payDay = int(first.daysTo(tenth)) + rng.below(3);
        } else {
            payDay = issueDay + std::max(1, c.lateness + rng.between(-10, 10));
        }
        if (payDay >= days)
            return; // paid after the year end: open in this FEC
        const bool partial = rng.chance(4);
        if (!partial) {
            // Monthly payers settle several invoices with one transfer and one lettering code.
            auto &today = payments[payDay];
            if (c.monthly) {
                for (Pending &p : today) {
                    if (p.customer == customer && !p.letter.isEmpty()) {
                        p.cents += ttc;
                        letter = p.letter;
                        dateLet = ymd(first.addDays(payDay));
                        return;
                    }
                }
            }
            letter = letterCode(c.letters++);
            dateLet = ymd(first.addDays(payDay));
            today.push_back({customer, ttc, letter, ref});
        } else {
            payments[payDay].push_back({customer, ttc / 2, {}, ref});
        }
        scheduledPaymentLines += 2;
    };

    // Opening balances: last year's unpaid invoices, most of them paid in the first weeks.
    const QByteArray firstDate = ymd(first);
    for (int i = 0; i < customerCount; ++i) {
        if (!rng.chance(30))
            continue;
        Customer &c = customers[size_t(i)];
        const qint64 ttc = qint64(rng.between(100, 800000));
        const QByteArray ref = "F" + QByteArray::number(options.year - 1) + '-' + QByteArray::number(rng.between(1, 99999)).rightJustified(6, '0');
        QByteArray letter, dateLet;
        schedule(i, ttc, rng.between(0, 20), ref, letter, dateLet);
        ++anNumber;
        out.line("AN", "A nouveaux", anNumber, firstDate, "411000", "Clients", c.code, c.name, ref,
                 "Report à nouveau " + ref, ttc, 0, letter, dateLet);
        out.line("AN", "A nouveaux", anNumber, firstDate, "890000", "Bilan d'ouverture", {}, {}, ref,
                 "Report à nouveau " + ref, 0, ttc);
    }

    double carry = 0;
    for (int day = 0; day < days; ++day) {
        const QDate date = first.addDays(day);
        const QByteArray d = ymd(date);
        // Receipts first.
        auto due = payments.find(day);
        if (due != payments.end()) {
            for (const Pending &p : due->second) {
                const Customer &c = customers[size_t(p.customer)];
                ++bqNumber;
                const QByteArray ref = "VIR" + QByteArray::number(bqNumber).rightJustified(7, '0');
                const QByteArray label = (p.letter.isEmpty() ? "Acompte " : "Règlement ") + p.ref;
                out.line("BQ", "Banque", bqNumber, d, "512000", "Banque", {}, {}, ref, label, p.cents, 0);
                out.line("BQ", "Banque", bqNumber, d, "411000", "Clients", c.code, c.name, ref, label, 0, p.cents,
                         p.letter, p.letter.isEmpty() ? QByteArray() : d);
                scheduledPaymentLines -= 2;
            }
            payments.erase(due);
        }
        // New sales, paced so that the year ends near the requested number of lines (about 5 lines per sale:
        // 3 in VE, 2 in BQ when paid, some OD).
        const int daysLeft = days - day;
        const double budget = double(target - out.lines() - scheduledPaymentLines);
        carry += std::max(0.0, budget / daysLeft / 5.2);
        const int sales = int(carry);
        carry -= sales;
        for (int s = 0; s < sales; ++s) {
            const int ci = rng.below(customerCount);
            const Customer &c = customers[size_t(ci)];
            const qint64 ht = qint64(rng.between(2000, 40000)) * (rng.chance(20) ? 10 : 1);
            const int ratePermille = rng.chance(80) ? 200 : rng.chance(50) ? 100 : 55;
            const qint64 vat = (ht * ratePermille + 500) / 1000;
            const qint64 ttc = ht + vat;
            ++veNumber;
            const bool creditNote = rng.chance(3);
            const QByteArray ref = (creditNote ? "AV" : "F") + QByteArray::number(options.year) + '-'
                                   + QByteArray::number(++invoiceSeq).rightJustified(6, '0');
            QByteArray letter, dateLet;
            if (creditNote) {
                const QByteArray label = "Avoir " + ref;
                out.line("VE", "Ventes", veNumber, d, "411000", "Clients", c.code, c.name, ref, label, 0, ttc);
                out.line("VE", "Ventes", veNumber, d, "706000", "Prestations de services", {}, {}, ref, label, ht, 0);
                out.line("VE", "Ventes", veNumber, d, "445710", "TVA collectée", {}, {}, ref, label, vat, 0);
                continue;
            }
            schedule(ci, ttc, day, ref, letter, dateLet);
            const QByteArray label = "Facture " + ref + ' ' + c.name;
            out.line("VE", "Ventes", veNumber, d, "411000", "Clients", c.code, c.name, ref, label, ttc, 0, letter, dateLet);
            if (rng.chance(25)) {
                const qint64 goods = ht / 3;
                out.line("VE", "Ventes", veNumber, d, "707000", "Ventes de marchandises", {}, {}, ref, label, 0, goods);
                out.line("VE", "Ventes", veNumber, d, "706000", "Prestations de services", {}, {}, ref, label, 0, ht - goods);
            } else {
                out.line("VE", "Ventes", veNumber, d, "706000", "Prestations de services", {}, {}, ref, label, 0, ht);
            }
            out.line("VE", "Ventes", veNumber, d, "445710", "TVA collectée", {}, {}, ref, label, 0, vat);
            // Now and then a supplier invoice or bank fees in OD.
            if (rng.chance(8)) {
                ++odNumber;
                const QByteArray odRef = "OD" + QByteArray::number(odNumber).rightJustified(6, '0');
                if (rng.chance(60)) {
                    const qint64 cost = qint64(rng.between(1000, 200000));
                    const qint64 tax = cost / 5;
                    const QByteArray supplier = "F" + QByteArray::number(rng.between(1, 60)).rightJustified(4, '0');
                    out.line("OD", "Opérations diverses", odNumber, d, "606300", "Fournitures", {}, {}, odRef,
                             "Achat fournitures", cost, 0);
                    out.line("OD", "Opérations diverses", odNumber, d, "445660", "TVA déductible", {}, {}, odRef,
                             "Achat fournitures", tax, 0);
                    out.line("OD", "Opérations diverses", odNumber, d, "401000", "Fournisseurs", supplier,
                             "Fournisseur " + supplier, odRef, "Achat fournitures", 0, cost + tax);
                } else {
                    const qint64 fees = qint64(rng.between(150, 4500));
                    out.line("OD", "Opérations diverses", odNumber, d, "627000", "Services bancaires", {}, {}, odRef,
                             "Frais bancaires", fees, 0);
                    out.line("OD", "Opérations diverses", odNumber, d, "512000", "Banque", {}, {}, odRef,
                             "Frais bancaires", 0, fees);
                }
            }
        }
    }
    out.flush();
    if (!out.ok() || !file.flush())
        return Result<qint64>::failure(QStringLiteral("%1 : écriture impossible (%2)").arg(path, file.errorString()));
    return out.lines();
}
