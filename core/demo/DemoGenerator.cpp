#include "DemoGenerator.h"

#include "ActionRepository.h"
#include "CompanyRepository.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DemoNames.h"
#include "DemoRandom.h"
#include "DisputeRepository.h"
#include "EventJournal.h"
#include "FrenchCalendar.h"
#include "InvoiceRepository.h"
#include "Money.h"
#include "PaymentPlanRepository.h"
#include "PaymentRepository.h"
#include "PromiseRepository.h"
#include "SettingsRepository.h"
#include "Validators.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <array>
#include <optional>

// How the demo is made: everything is first simulated in memory (customers, invoices, then each customer's history
// played forward against its behaviour, cut at `today`), then numbered in issue order, then written in one
// transaction. Nothing dated on or after `today` is written: the past is history, the future is the planner's job.
//
// Behaviour rules (days relative to the due date D; payments and actions land on French working days, except LCR and
// direct debits which settle on D itself):
//  bon payeur      pays D-5..D; a preventive call on large invoices (≥ 6 000 € TTC, or 6 %) answered "in payment" or
//                  with a promise for D.
//  automatique     pays exactly on D by LCR or SEPA direct debit; never reminded.
//  négligent       pays D+8..D+30, always 2–6 days after a done level-1 reminder (phone, or e-mail for larger
//                  accounts) with an outcome: payment sent 40 %, promise (kept) 40 %, invoice not received 20 %.
//  mauvais payeur  pays D+30..D+75 after a ladder 7–12 days apart: level 1 (D+2..6, phone or e-mail), level 2
//                  (phone 80 %), level 3 (phone 40 %, letter 35 %, registered letter 25 %), and a mise en demeure on
//                  25 % of invoices. A promise is kept when the payment follows within 12 days, otherwise broken (at
//                  most one broken promise per invoice) and followed up the next working day; 15 % pay a part first.
//  administratif   75 % public bodies, the others large groups; pays D+25..D+50; level 1 at D+3..10 and level 2
//                  10–15 days later, answered "awaiting_approval" (75 % / 50 %), "in_payment", or
//                  "invoice_not_received" (Chorus Pro).
//  litige          40 % of invoices disputed, evenly spread (on receipt, or when reminded at D+2..7), resolved 15–60
//                  days later (partial credit note 10–30 % in 40 %, maintained 45 %, work redone 15 %), paid 5–20 days
//                  after resolution and never before D+10; no reminder while a dispute is open; undisputed invoices
//                  paid D-3..D+5.
//  insolvable      pays D..D+20 until its trouble starts (150–330 days ago), then ladders (mise en demeure on 40 %)
//                  with up to two broken promises per invoice, partial payments, unpaid invoices; 60 % agree an
//                  échéancier 25–80 days ago (down payment 10–25 %, 3–6 monthly instalments, 85 % of those due paid,
//                  older promises on those invoices cancelled); 40 % flagged (insolvency_flag, with a note).
// Around today: a few promises due in the coming days, one or two just broken (date passed, still open), preventive
// promises on invoices about to fall due, open disputes, active plans; a billing-error credit note on ~1 % of
// invoices (deducted from the payment 70 %, else left open).

namespace {

constexpr qint64 Euro = 100;
const QString Actor = QStringLiteral("démo");
const QString SourceFile = QStringLiteral("demo");

enum class Kind { Shop, Place, Firm, Group, Clinic, TownHall, Hospital, Department, School, CareHome, SocialCentre };
enum class Size { Small, Medium, Large };
enum class Special { None, UpcomingPromise, JustBroken, PreventivePromise, OpenDispute };
enum class Resolution { CreditNote, Maintained, Redone };

bool isPublic(Kind k)
{
    return k == Kind::TownHall || k == Kind::Hospital || k == Kind::Department || k == Kind::School
           || k == Kind::CareHome || k == Kind::SocialCentre;
}

struct SimCustomer
{
    Customer c;
    PayerProfile behaviour = PayerProfile::GoodPayer;
    Kind kind = Kind::Shop;
    Size size = Size::Small;
    DemoNames::City city;
    QString domain;
    qint64 typicalExcl = 0;
    qint64 contractExcl = 0; // maintenance contract billed at a fixed price, 0 if none
    int invoiceCount = 0;
    QDate firstIssue;
    bool prefersEmail = false;
    bool publicBody = false; // administrative customers: public body rather than large group
    QDate troubleFrom; // insolvent: invoices due from then on are not paid normally
    bool hasPlan = false;
    QDate planOn;
    QList<int> units;
    DemoRandom rng{0};
};

struct SimInvoice
{
    int customer = 0;
    int order = 0;
    Invoice::Kind kind = Invoice::Kind::Invoice;
    QDate issue;
    QDate due;
    qint64 excl = 0;
    qint64 amount = 0;
    QString number;
    qint64 id = 0;
    qint64 allocated = 0;
    QList<QPair<QDate, qint64>> allocations;

    qint64 remaining() const { return amount - allocated; }
    // What was still due at the start of `day`.
    qint64 openOn(QDate day) const
    {
        qint64 open = amount;
        for (const auto &a : allocations)
            if (a.first < day)
                open -= a.second;
        return open;
    }
};

struct Unit
{
    int customer = 0;
    QList<int> invoices; // same customer, same due date
    QList<int> credits;  // credit notes to deduct from its final payment
    QDate issue;
    QDate due;
    QDate payDate;       // full payment; invalid when it is not paid on its own
    QDate partialDate;
    int partialPercent = 0;
    bool troubled = false;
    bool planCovered = false;
    Special special = Special::None;
    bool disputed = false;
    bool disputeAtReminder = false;
    QDate disputeOpen;
    QDate disputeResolve;
    Resolution resolution = Resolution::Maintained;
    int creditPercent = 0;
    QString category;
    QList<int> keptPromises;
};

struct SimAction
{
    int customer = 0;
    QDateTime at;
    QString step;
    QString channel;
    QString outcome;
    QString comment;
    QList<int> invoices;
    qint64 id = 0;
};

struct SimPromise
{
    int customer = 0;
    int action = -1;
    QDate promised;
    QString means;
    Promise::Status status = Promise::Status::Open;
    QList<int> invoices;
    QString comment;
    QDateTime keptAt;
    qint64 id = 0;
};

struct SimDispute
{
    int customer = 0;
    int invoice = 0;
    QString category;
    QDateTime openedAt;
    QDate resolvedOn;
    Resolution resolution = Resolution::Maintained;
    int creditNote = -1;
    QString resolutionText;
    QString comment;
    qint64 id = 0;
};

struct SimPayment
{
    int customer = 0;
    QDateTime at;
    QString method;
    QString reference; // %REF% stands for the first invoice number, known once invoices are numbered
    bool mergeable = true;
    QList<QPair<int, qint64>> allocations;
    qint64 id = 0;
};

struct SimPlan
{
    int customer = 0;
    PaymentPlan plan;
    QList<int> invoices;
    QDateTime agreedAt;
};

struct SimEvent
{
    QDateTime at;
    int order = 0;
    Event event;
};

QString twoDigits(int n) { return QStringLiteral("%1").arg(n, 2, 10, QChar(u'0')); }

QString frenchDate(QDate d) { return d.toString(u"dd/MM/yyyy"); }

QString euros(qint64 cents) { return Money(cents).toFrench(); }

// "de Lyon", "d'Annecy", "du Puy-en-Velay".
QString ofCity(const QString &city)
{
    if (city.startsWith(u"Le "))
        return QStringLiteral("du ") + city.mid(3);
    if (city.startsWith(u"Les "))
        return QStringLiteral("des ") + city.mid(4);
    const QChar first = city.normalized(QString::NormalizationForm_D).at(0).toUpper();
    if (QStringView(u"AEIOUY").contains(first))
        return QStringLiteral("d'") + city;
    return QStringLiteral("de ") + city;
}

// ASCII letters and digits only, accents dropped, words joined by '-': "Saint-Étienne" → "saint-etienne".
QString slug(const QString &text, bool dropSmallWords = false)
{
    static const QStringList smallWords = {QStringLiteral("de"), QStringLiteral("du"), QStringLiteral("des"),
                                           QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("les"),
                                           QStringLiteral("l"), QStringLiteral("d"), QStringLiteral("et")};
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QStringList parts;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty() && !(dropSmallWords && smallWords.contains(word)))
            parts << word;
        word.clear();
    };
    for (QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            word += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else
            flush();
    }
    flush();
    return parts.join(u'-');
}

// Upper-case ASCII, as bank statements print names.
QString bankName(const QString &name)
{
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.unicode() < 128 && (c.isLetterOrNumber() || c == u' '))
            out += c.toUpper();
        else if (c == u'-' || c == u'\'' || c == u'&')
            out += u' ';
    }
    return out.simplified().left(24).trimmed();
}

int mod97(QStringView digits)
{
    int rest = 0;
    for (QChar c : digits)
        rest = (rest * 10 + (c.unicode() - u'0')) % 97;
    return rest;
}

// A French IBAN from a RIB (bank, branch, 11-digit numeric account): RIB key, then the IBAN check digits.
QString frenchIban(const QString &bank, const QString &branch, const QString &account)
{
    const qint64 key = 97 - (89 * bank.toLongLong() + 15 * branch.toLongLong() + 3 * account.toLongLong()) % 97;
    const QString bban = bank + branch + account + twoDigits(int(key));
    const int check = 98 - mod97(QString(bban + QStringLiteral("152700"))); // F = 15, R = 27, then "00"
    return QStringLiteral("FR") + twoDigits(check) + bban;
}

QString withLuhn(const QString &digits)
{
    return digits + QChar(char16_t(u'0' + Validators::luhnCheckDigit(digits)));
}

QString randomDigits(DemoRandom &rng, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += QChar(char16_t(u'0' + rng.range(0, 9)));
    return s;
}

QString phoneNumber(DemoRandom &rng, const QString &prefix)
{
    QString s = prefix;
    for (int i = 0; i < 4; ++i)
        s += u' ' + twoDigits(rng.range(i == 0 ? 10 : 0, 99));
    return s;
}

QString stepLabel(const QString &step)
{
    if (step == u"preventive") return QStringLiteral("Relance préventive");
    if (step == u"level1") return QStringLiteral("Relance de niveau 1");
    if (step == u"level2") return QStringLiteral("Relance de niveau 2");
    if (step == u"level3") return QStringLiteral("Dernière relance avant mise en demeure");
    if (step == u"formal_notice") return QStringLiteral("Mise en demeure");
    if (step == u"promise_followup") return QStringLiteral("Relance après promesse non tenue");
    if (step == u"instalment_check") return QStringLiteral("Suivi de l'échéancier");
    return step;
}

QString channelLabel(const QString &channel)
{
    if (channel == u"phone") return QStringLiteral("par téléphone");
    if (channel == u"email") return QStringLiteral("par e-mail");
    if (channel == u"letter") return QStringLiteral("par courrier");
    if (channel == u"registered_letter") return QStringLiteral("par lettre recommandée AR");
    return channel;
}

QString outcomeLabel(const QString &outcome)
{
    if (outcome == u"promise") return QStringLiteral("promesse de paiement");
    if (outcome == u"voicemail") return QStringLiteral("messagerie");
    if (outcome == u"unreachable") return QStringLiteral("injoignable");
    if (outcome == u"invoice_not_received") return QStringLiteral("facture non reçue");
    if (outcome == u"awaiting_approval") return QStringLiteral("facture en cours de validation");
    if (outcome == u"dispute") return QStringLiteral("contestation");
    if (outcome == u"in_payment") return QStringLiteral("facture en paiement");
    if (outcome == u"payment_sent") return QStringLiteral("règlement envoyé");
    return QStringLiteral("autre");
}

QString methodLabel(const QString &method)
{
    if (method == u"transfer") return QStringLiteral("virement");
    if (method == u"cheque") return QStringLiteral("chèque");
    if (method == u"lcr") return QStringLiteral("LCR");
    if (method == u"direct_debit") return QStringLiteral("prélèvement SEPA");
    if (method == u"card") return QStringLiteral("carte");
    if (method == u"cash") return QStringLiteral("espèces");
    if (method == u"promissory_note") return QStringLiteral("billet à ordre");
    return method;
}

QString categoryLabel(const QString &category)
{
    if (category == u"price") return QStringLiteral("prix");
    if (category == u"quantity") return QStringLiteral("quantité");
    if (category == u"quality") return QStringLiteral("qualité");
    if (category == u"not_delivered") return QStringLiteral("prestation non réalisée");
    if (category == u"invoice_not_received") return QStringLiteral("facture non reçue");
    if (category == u"duplicate") return QStringLiteral("doublon");
    return QStringLiteral("autre");
}

// VAT at 20 %, rounded half away from zero to the cent, in integers.
qint64 vatOf(qint64 excl)
{
    const qint64 a = excl < 0 ? -excl : excl;
    const qint64 vat = (a * 20 + 50) / 100;
    return excl < 0 ? -vat : vat;
}

qint64 withVat(qint64 excl) { return excl + vatOf(excl); }

// ---------------------------------------------------------------------------------------------------------------

class Simulation
{
public:
    explicit Simulation(const DemoOptions &options)
        : m_today(options.today), m_seed(options.seed), m_count(options.customers),
          m_rng(DemoRandom::stream(options.seed, 0))
    {
    }

    void run()
    {
        makeCompany();
        makeCustomers();
        planInvoiceCounts();
        for (int i = 0; i < m_customers.size(); ++i)
            makeInvoices(i);
        for (int i = 0; i < m_customers.size(); ++i)
            decideFates(i);
        chooseSpecials();
        for (int i = 0; i < m_customers.size(); ++i)
            tellStory(i);
        mergeActions();
        mergePayments();
        numberInvoices();
        writeResolutions();
        makeEvents();
    }

    Company company;
    QList<SimCustomer> m_customers;
    QList<SimInvoice> m_invoices;
    QList<Unit> m_units;
    QList<SimAction> m_actions;
    QList<SimPromise> m_promises;
    QList<SimDispute> m_disputes;
    QList<SimPayment> m_payments;
    QList<SimPlan> m_plans;
    QList<SimEvent> m_events;
    QList<int> m_invoiceOrder; // invoices in issue order (the numbering order)

private:
    // Calendar helpers: every simulated act lands on a working day.
    QDate wd(QDate d) const { return m_cal.nextWorkingDay(d); }
    QDate wdBack(QDate d) const
    {
        while (!m_cal.isWorkingDay(d))
            d = d.addDays(-1);
        return d;
    }
    // A working day between D+lo and D+hi.
    QDate lateBy(QDate due, int lo, int hi, DemoRandom &rng) const
    {
        const QDate target = due.addDays(rng.range(lo, hi));
        QDate d = wd(target);
        if (due.daysTo(d) > hi)
            d = wdBack(target);
        return d;
    }
    bool past(QDate d) const { return d.isValid() && d < m_today; }

    void makeCompany();
    void makeCustomers();
    void makeIdentity(SimCustomer &sc);
    void makeContacts(SimCustomer &sc);
    void planInvoiceCounts();
    void makeInvoices(int ci);
    void decideFates(int ci);
    void chooseSpecials();
    void tellStory(int ci);
    void storyGoodPayer(int ci, Unit &u);
    void storyAutomatic(int ci, Unit &u);
    void storyNegligent(int ci, Unit &u);
    void storyBadPayer(int ci, Unit &u);
    void storyAdministrative(int ci, Unit &u);
    void storyDisputer(int ci, Unit &u);
    void storyInsolvent(int ci, Unit &u);
    void makePlan(int ci);
    void ladder(int ci, Unit &u, QDate start, QDate cutoff);
    void scriptedPresent(int ci, Unit &u, QDate start, QDate cutoff, bool upcoming, const QString &prefix);
    void preventivePromise(int ci, Unit &u);
    void mergeActions();
    void mergePayments();
    void numberInvoices();
    void writeResolutions();
    void makeEvents();

    int addInvoice(int ci, Invoice::Kind kind, QDate issue, QDate due, qint64 excl);
    int addAction(int ci, QDate day, const QString &step, const QString &channel, const QString &outcome,
                  const QString &comment, const QList<int> &invoices);
    int addPromise(int ci, int action, QDate promised, const QList<int> &invoices, QDate paidOn, const QString &comment,
                   std::optional<Promise::Status> forced = std::nullopt);
    int pay(int ci, QDate day, const QList<int> &invoices, qint64 amount, const QString &method, const QString &reference,
            const QList<int> &credits = {}, bool mergeable = true);
    int payUnit(int ci, Unit &u, QDate day);
    Promise::Status promiseFate(QDate promised, QDate paidOn) const;
    QString reference(int ci, const QString &method, QDate day);
    QString outcomeComment(int ci, const QString &outcome, QDate promised);
    QString phoneOrEmail(int ci, int emailPercent);
    QString meansOf(int ci) const;
    void addEvent(const QDateTime &at, int ci, int invoice, const QString &kind, const QString &summary,
                  const QJsonObject &details);

    QDate m_today;
    quint64 m_seed;
    int m_count;
    DemoRandom m_rng;
    FrenchCalendar m_cal;
    QSet<QString> m_names;
    QSet<QString> m_sirens;
    int m_eventOrder = 0;
};

void Simulation::makeCompany()
{
    Company &c = company;
    c.name = QStringLiteral("Martin Froid Services");
    c.legalForm = QStringLiteral("SARL");
    c.capitalCents = 50'000 * Euro;
    c.siren = withLuhn(QStringLiteral("81245603"));
    c.rcsCity = QStringLiteral("Lyon");
    c.vatNumber = Validators::vatFromSiren(c.siren);
    c.address.line4 = QStringLiteral("27 avenue des Frères Lumière");
    c.address.postcode = QStringLiteral("69008");
    c.address.city = QStringLiteral("Lyon");
    c.phone = QStringLiteral("04 78 74 52 10");
    c.email = QStringLiteral("compta@martin-froid.fr");
    c.website = QStringLiteral("www.martin-froid.fr");
    c.iban = frenchIban(QStringLiteral("30004"), QStringLiteral("00823"), QStringLiteral("00010482937"));
    c.bic = QStringLiteral("BNPAFRPPXXX");
    c.signatoryName = QStringLiteral("Sophie Martin");
    c.signatoryTitle = QStringLiteral("Gérante");
    c.latePaymentClause = QStringLiteral(
        "Nos factures sont payables à la date d'échéance indiquée, sans escompte pour paiement anticipé. "
        "Conformément à l'article L441-10 du Code de commerce, tout retard de paiement entraîne de plein droit, "
        "dès le lendemain de la date d'échéance et sans qu'un rappel soit nécessaire, l'application de pénalités "
        "de retard au taux directeur de la Banque centrale européenne majoré de 10 points, ainsi qu'une indemnité "
        "forfaitaire pour frais de recouvrement de 40 € (article D441-5 du Code de commerce).");
}

// The mix of behaviours: largest remainder on the target shares, then at least 3 of each when there is room.
void Simulation::makeCustomers()
{
    struct Share
    {
        PayerProfile profile;
        int perMille;
    };
    static constexpr std::array<Share, 7> shares = {{
        {PayerProfile::GoodPayer, 300}, {PayerProfile::Negligent, 250}, {PayerProfile::Automatic, 100},
        {PayerProfile::BadPayer, 100},  {PayerProfile::Administrative, 100}, {PayerProfile::Disputer, 80},
        {PayerProfile::Insolvent, 70},
    }};
    const int n = m_count;
    std::array<int, 7> quota{};
    std::array<int, 7> remainder{};
    int assigned = 0;
    for (size_t k = 0; k < shares.size(); ++k) {
        quota[k] = n * shares[k].perMille / 1000;
        remainder[k] = n * shares[k].perMille % 1000;
        assigned += quota[k];
    }
    while (assigned < n) {
        size_t best = 0;
        for (size_t k = 1; k < shares.size(); ++k)
            if (remainder[k] > remainder[best])
                best = k;
        ++quota[best];
        remainder[best] = -1;
        ++assigned;
    }
    const int minimum = std::min(3, n / 7);
    for (size_t k = 0; k < shares.size(); ++k) {
        while (quota[k] < minimum) {
            size_t largest = 0;
            for (size_t j = 1; j < shares.size(); ++j)
                if (quota[j] > quota[largest])
                    largest = j;
            --quota[largest];
            ++quota[k];
        }
    }
    QList<PayerProfile> behaviours;
    for (size_t k = 0; k < shares.size(); ++k)
        for (int i = 0; i < quota[k]; ++i)
            behaviours << shares[k].profile;
    m_rng.shuffle(behaviours);

    bool firstInsolvent = true;
    int administrations = 0;
    for (int i = 0; i < n; ++i) {
        SimCustomer sc;
        sc.rng = DemoRandom::stream(m_seed, 1000 + quint64(i));
        sc.behaviour = behaviours.at(i);
        if (sc.behaviour == PayerProfile::Administrative)
            sc.publicBody = administrations++ % 4 != 3;
        sc.c.code = QStringLiteral("C%1").arg(i + 1, 4, 10, QChar(u'0'));
        makeIdentity(sc);
        if (sc.behaviour == PayerProfile::Insolvent) {
            // The first one always gets a plan and a flag, so that the demo shows both.
            sc.hasPlan = firstInsolvent || sc.rng.percent(60);
            sc.c.insolvencyFlag = firstInsolvent || sc.rng.percent(40);
            sc.troubleFrom = m_today.addDays(-sc.rng.range(150, 330));
            sc.planOn = wdBack(m_today.addDays(-sc.rng.range(25, 80)));
            if (sc.c.insolvencyFlag) {
                const QDate known = wdBack(sc.troubleFrom.addDays(sc.rng.range(40, 100)));
                sc.c.notes = sc.rng.percent(50)
                    ? QStringLiteral("Redressement judiciaire ouvert le %1 (BODACC) : créance déclarée au mandataire.")
                          .arg(frenchDate(known))
                    : QStringLiteral("Difficultés de trésorerie annoncées par le gérant le %1.").arg(frenchDate(known));
            }
            firstInsolvent = false;
        }
        m_customers << sc;
    }
}

void Simulation::makeIdentity(SimCustomer &sc)
{
    DemoRandom &r = sc.rng;
    using DemoNames::cities;
    // Kind and size follow the behaviour: approval circuits live in public bodies and large groups.
    switch (sc.behaviour) {
    case PayerProfile::Administrative: {
        // Three in four are public bodies (the order of the quota comes from makeCustomers), the others large groups.
        static constexpr std::array<Kind, 6> publicKinds = {Kind::TownHall, Kind::Hospital, Kind::Department,
                                                            Kind::School, Kind::CareHome, Kind::SocialCentre};
        if (sc.publicBody)
            sc.kind = publicKinds[size_t(r.weighted({36, 20, 11, 17, 11, 5}))];
        else
            sc.kind = r.percent(50) ? Kind::Group : Kind::Clinic;
        break;
    }
    case PayerProfile::GoodPayer:
        sc.kind = r.percent(8) ? Kind::TownHall : Kind(r.weighted({40, 25, 28, 7}));
        break;
    case PayerProfile::Automatic:
        sc.kind = Kind(r.weighted({30, 15, 45, 10}));
        break;
    case PayerProfile::Negligent:
        sc.kind = Kind(r.weighted({40, 30, 27, 3}));
        break;
    case PayerProfile::BadPayer:
        sc.kind = Kind(r.weighted({30, 20, 42, 8}));
        break;
    case PayerProfile::Disputer:
        sc.kind = Kind(r.weighted({25, 20, 45, 10}));
        break;
    case PayerProfile::Insolvent:
        sc.kind = Kind(r.weighted({45, 30, 25, 0}));
        break;
    }
    switch (sc.kind) {
    case Kind::Shop: case Kind::SocialCentre: case Kind::School: sc.size = Size::Small; break;
    case Kind::Place: sc.size = r.percent(25) ? Size::Medium : Size::Small; break;
    case Kind::Firm: case Kind::CareHome: sc.size = r.percent(15) ? Size::Large : Size::Medium; break;
    case Kind::TownHall: sc.size = r.percent(30) ? Size::Large : Size::Medium; break;
    case Kind::Group: case Kind::Clinic: case Kind::Hospital: case Kind::Department: sc.size = Size::Large; break;
    }

    // Name and city, unique across the demo.
    QString name;
    for (int attempt = 0; attempt < 200; ++attempt) {
        sc.city = r.pick(cities());
        if (sc.kind == Kind::Department && DemoNames::departmentWithOf(sc.city.department).isEmpty())
            continue;
        const QString surname = r.pick(DemoNames::surnames());
        switch (sc.kind) {
        case Kind::Shop: name = r.pick(DemoNames::smallShopPatterns()).arg(surname); break;
        case Kind::Place: name = r.pick(DemoNames::placePrefixes()) + u' ' + r.pick(DemoNames::placeNames()); break;
        case Kind::Firm: name = r.pick(DemoNames::mediumFirmPatterns()).arg(surname); break;
        case Kind::Group: name = r.pick(DemoNames::largeGroupPatterns()).arg(surname); break;
        case Kind::Clinic: name = r.pick(DemoNames::clinicNames()); break;
        case Kind::TownHall: name = QStringLiteral("Mairie ") + ofCity(sc.city.name); break;
        case Kind::Hospital: name = QStringLiteral("Centre hospitalier ") + ofCity(sc.city.name); break;
        case Kind::Department:
            name = QStringLiteral("Conseil départemental ") + DemoNames::departmentWithOf(sc.city.department);
            break;
        case Kind::School:
            name = (r.percent(60) ? QStringLiteral("Collège ") : QStringLiteral("Lycée "))
                   + r.pick(DemoNames::schoolNamesakes());
            break;
        case Kind::CareHome: name = QStringLiteral("EHPAD ") + r.pick(DemoNames::careHomeNames()); break;
        case Kind::SocialCentre: name = QStringLiteral("CCAS ") + ofCity(sc.city.name); break;
        }
        if (!m_names.contains(name))
            break;
    }
    if (m_names.contains(name))
        name += QStringLiteral(" (") + sc.city.name + u')';
    m_names.insert(name);
    Customer &c = sc.c;
    c.name = name;
    c.publicBody = isPublic(sc.kind);

    switch (sc.kind) {
    case Kind::Shop: {
        static const QStringList forms = {QStringLiteral("SARL"), QStringLiteral("EURL"), QStringLiteral("SAS"),
                                          QStringLiteral("SASU"), QStringLiteral("EI")};
        c.legalForm = forms.at(r.weighted({35, 15, 20, 10, 20}));
        break;
    }
    case Kind::Place: {
        static const QStringList forms = {QStringLiteral("SARL"), QStringLiteral("SAS"), QStringLiteral("SNC"),
                                          QStringLiteral("EURL")};
        c.legalForm = forms.at(r.weighted({45, 35, 10, 10}));
        break;
    }
    case Kind::Firm: {
        static const QStringList forms = {QStringLiteral("SARL"), QStringLiteral("SAS"), QStringLiteral("SA")};
        c.legalForm = forms.at(r.weighted({40, 50, 10}));
        break;
    }
    case Kind::Group: case Kind::Clinic: c.legalForm = r.percent(60) ? QStringLiteral("SAS") : QStringLiteral("SA"); break;
    case Kind::TownHall: c.legalForm = QStringLiteral("Commune"); break;
    case Kind::Hospital: c.legalForm = QStringLiteral("Établissement public de santé"); break;
    case Kind::Department: c.legalForm = QStringLiteral("Département"); break;
    case Kind::School: c.legalForm = QStringLiteral("EPLE"); break;
    case Kind::CareHome: c.legalForm = QStringLiteral("Établissement public médico-social"); break;
    case Kind::SocialCentre: c.legalForm = QStringLiteral("Établissement public administratif"); break;
    }

    // SIREN: public bodies start with their category and department (communes 21, départements 22, public
    // health and social bodies 26, schools 19), firms with 3–9.
    const QString dept = sc.city.department;
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString base;
        switch (sc.kind) {
        case Kind::TownHall: base = QStringLiteral("21") + dept + randomDigits(r, 4); break;
        case Kind::Department: base = QStringLiteral("22") + dept + QStringLiteral("000") + randomDigits(r, 1); break;
        case Kind::Hospital: case Kind::CareHome: case Kind::SocialCentre:
            base = QStringLiteral("26") + dept + randomDigits(r, 4);
            break;
        case Kind::School: base = QStringLiteral("19") + dept + randomDigits(r, 4); break;
        default: base = QString(QStringView(u"345789").at(r.range(0, 5))) + randomDigits(r, 7); break;
        }
        c.siren = withLuhn(base);
        if (!m_sirens.contains(c.siren))
            break;
    }
    m_sirens.insert(c.siren);
    const QString nic = c.publicBody ? twoDigits(0) + QStringLiteral("%1").arg(r.range(1, 99), 2, 10, QChar(u'0'))
                                     : QStringLiteral("000") + QString::number(r.range(1, 4));
    c.siret = withLuhn(c.siren + nic);
    c.vatNumber = Validators::vatFromSiren(c.siren);

    // La Poste address.
    switch (sc.kind) {
    case Kind::TownHall: c.address.line2 = QStringLiteral("Service des finances"); c.address.line3 = QStringLiteral("Hôtel de Ville"); break;
    case Kind::Hospital: c.address.line2 = QStringLiteral("Direction des finances – Fournisseurs"); break;
    case Kind::Department: c.address.line2 = QStringLiteral("Direction des finances"); c.address.line3 = QStringLiteral("Hôtel du Département"); break;
    case Kind::School: c.address.line2 = QStringLiteral("Service de gestion"); break;
    case Kind::CareHome: case Kind::SocialCentre: c.address.line2 = QStringLiteral("Service comptabilité"); break;
    case Kind::Group: case Kind::Clinic: c.address.line2 = QStringLiteral("Comptabilité fournisseurs"); break;
    case Kind::Firm: if (r.percent(30)) c.address.line2 = QStringLiteral("Service comptabilité"); break;
    case Kind::Shop: case Kind::Place: break;
    }
    if ((sc.kind == Kind::Firm || sc.kind == Kind::Group) && r.percent(45))
        c.address.line3 = r.pick(DemoNames::businessParks());
    c.address.line4 = QString::number(r.range(1, 160)) + u' ' + r.pick(DemoNames::streets());
    if ((sc.kind == Kind::Firm || sc.kind == Kind::Group) && r.percent(10))
        c.address.line5 = QStringLiteral("BP ") + QString::number(r.range(2, 380));
    c.address.postcode = sc.city.postcode;
    c.address.city = sc.city.name;

    // Web domain for the e-mail addresses.
    switch (sc.kind) {
    case Kind::TownHall: sc.domain = QStringLiteral("ville-") + slug(sc.city.name) + QStringLiteral(".fr"); break;
    case Kind::Hospital: sc.domain = QStringLiteral("ch-") + slug(sc.city.name) + QStringLiteral(".fr"); break;
    case Kind::Department: sc.domain = DemoNames::departmentSlug(dept) + QStringLiteral(".fr"); break;
    case Kind::SocialCentre: sc.domain = QStringLiteral("ccas-") + slug(sc.city.name) + QStringLiteral(".fr"); break;
    case Kind::School: {
        QString academy = QStringLiteral("ac-") + slug(sc.city.name);
        if (dept == u"01" || dept == u"42" || dept == u"69")
            academy = QStringLiteral("ac-lyon");
        else if (dept == u"07" || dept == u"26" || dept == u"38" || dept == u"73" || dept == u"74")
            academy = QStringLiteral("ac-grenoble");
        else if (dept == u"03" || dept == u"15" || dept == u"43" || dept == u"63")
            academy = QStringLiteral("ac-clermont");
        sc.domain = academy + QStringLiteral(".fr");
        break;
    }
    default: sc.domain = slug(name, true) + QStringLiteral(".fr"); break;
    }
    makeContacts(sc);

    // Payment terms (L441-10: 30 days, 45 days end of month or 60 days; public buyers 30 days, public hospitals 50).
    auto terms = [&](int days, bool eom) {
        c.paymentTermsDays = days;
        c.endOfMonth = eom;
    };
    if (sc.kind == Kind::Hospital) {
        terms(50, false);
    } else if (c.publicBody) {
        terms(30, false);
    } else {
        int w = 0;
        switch (sc.size) {
        case Size::Small: w = r.weighted({75, 10, 15}); break;
        case Size::Medium: w = r.weighted({35, 40, 25}); break;
        case Size::Large: w = r.weighted({15, 45, 40}); break;
        }
        if (w == 0) terms(30, false);
        else if (w == 1) terms(45, true);
        else terms(60, false);
    }
    if (sc.behaviour == PayerProfile::Automatic) {
        c.paymentMethod = r.percent(50) ? QStringLiteral("lcr") : QStringLiteral("direct_debit");
        c.notes = c.paymentMethod == u"lcr"
            ? QStringLiteral("LCR directe acceptée à chaque échéance (relevé LCR).")
            : QStringLiteral("Mandat de prélèvement SEPA interentreprises signé, RUM %1-%2.")
                  .arg(c.code, QString::number(r.range(10000, 99999)));
    } else if (c.publicBody) {
        c.paymentMethod = QStringLiteral("transfer");
        c.notes = QStringLiteral("Factures à déposer sur Chorus Pro (SIRET %1).").arg(c.siret);
    } else if (sc.kind == Kind::Shop || sc.kind == Kind::Place) {
        c.paymentMethod = r.percent(25) ? QStringLiteral("cheque") : QStringLiteral("transfer");
    } else {
        c.paymentMethod = r.percent(5) ? QStringLiteral("cheque") : QStringLiteral("transfer");
    }

    // Typical amount (excl. VAT) by size and kind, skewed towards the low end; some have a maintenance contract.
    qint64 lo = 150, hi = 1'500;
    switch (sc.kind) {
    case Kind::Shop: case Kind::Place: lo = 150; hi = sc.size == Size::Small ? 1'500 : 4'000; break;
    case Kind::Firm: lo = 800; hi = sc.size == Size::Large ? 15'000 : 6'000; break;
    case Kind::Group: case Kind::Clinic: lo = 2'500; hi = 20'000; break;
    case Kind::TownHall: lo = 600; hi = sc.size == Size::Large ? 12'000 : 6'000; break;
    case Kind::Hospital: lo = 2'000; hi = 18'000; break;
    case Kind::Department: lo = 3'000; hi = 25'000; break;
    case Kind::School: lo = 300; hi = 3'000; break;
    case Kind::CareHome: lo = 500; hi = 4'000; break;
    case Kind::SocialCentre: lo = 200; hi = 1'500; break;
    }
    const qint64 u = r.between(0, 1000);
    sc.typicalExcl = (lo * Euro + (hi - lo) * Euro * u * u / 1'000'000) / 100 * 100 + r.between(0, 99);
    if (sc.kind != Kind::Department && r.percent(35))
        sc.contractExcl = std::max<qint64>(60 * Euro, sc.typicalExcl * r.between(150, 400) / 1000 / Euro * Euro);
    sc.prefersEmail = sc.size != Size::Small || r.percent(30);
}

void Simulation::makeContacts(SimCustomer &sc)
{
    DemoRandom &r = sc.rng;
    const bool smallTrade = sc.kind == Kind::Shop || sc.kind == Kind::Place;
    int count = 1;
    if (smallTrade)
        count = r.percent(60) ? 1 : 2;
    else if (sc.kind == Kind::Firm)
        count = r.range(2, 3);
    else
        count = r.range(2, 3);
    // Roles in the order they are listed; the first is the primary contact (who approves and pays).
    QStringList roles;
    if (smallTrade)
        roles = {QStringLiteral("Gérant"), QStringLiteral("Comptabilité fournisseurs")};
    else if (sc.kind == Kind::Firm)
        roles = {QStringLiteral("Comptabilité fournisseurs"), QStringLiteral("Gérant"), QStringLiteral("Acheteur")};
    else
        roles = {QStringLiteral("Comptabilité fournisseurs"), QStringLiteral("Acheteur"),
                 QStringLiteral("Directeur financier")};
    for (int i = 0; i < count; ++i) {
        Contact ct;
        const bool woman = r.percent(55);
        const QString first = woman ? r.pick(DemoNames::femaleFirstNames()) : r.pick(DemoNames::maleFirstNames());
        const QString last = r.pick(DemoNames::surnames());
        ct.civility = woman ? QStringLiteral("Mme") : QStringLiteral("M.");
        ct.name = first + u' ' + last;
        QString role = roles.at(i);
        if (woman) {
            if (role == u"Gérant") role = QStringLiteral("Gérante");
            else if (role == u"Acheteur") role = QStringLiteral("Acheteuse");
            else if (role == u"Directeur financier") role = QStringLiteral("Directrice financière");
        }
        ct.role = role;
        const bool mobile = role.startsWith(u"Gérant") ? r.percent(60) : r.percent(10);
        ct.phone = phoneNumber(r, mobile ? (r.percent(60) ? QStringLiteral("06") : QStringLiteral("07")) : sc.city.phonePrefix);
        QString local = slug(first) + u'.' + slug(last);
        if (role == u"Comptabilité fournisseurs" && r.percent(40)) {
            static const QStringList generic = {QStringLiteral("compta"), QStringLiteral("comptabilite"),
                                                QStringLiteral("factures"), QStringLiteral("fournisseurs")};
            local = r.pick(generic);
            if (sc.kind == Kind::School)
                local = QStringLiteral("gestion.") + slug(sc.c.name, true);
        }
        ct.email = local + u'@' + sc.domain;
        ct.primary = i == 0;
        sc.c.contacts << ct;
    }
}

int Simulation::addInvoice(int ci, Invoice::Kind kind, QDate issue, QDate due, qint64 excl)
{
    SimInvoice inv;
    inv.customer = ci;
    inv.order = int(m_invoices.size());
    inv.kind = kind;
    inv.issue = issue;
    inv.due = due;
    inv.excl = excl;
    inv.amount = withVat(excl);
    m_invoices << inv;
    return inv.order;
}

// About 20 invoices per customer in total, shared by size and by how long each has been a customer (one in five
// arrived during the two years).
void Simulation::planInvoiceCounts()
{
    QList<qint64> weights;
    qint64 total = 0;
    for (SimCustomer &sc : m_customers) {
        DemoRandom &r = sc.rng;
        const bool newcomer = sc.behaviour != PayerProfile::Insolvent && r.percent(20);
        sc.firstIssue = newcomer ? m_today.addDays(-r.range(120, 600)) : m_today.addDays(-730 + r.range(0, 25));
        const qint64 sizeWeight = sc.size == Size::Small ? 100 : sc.size == Size::Medium ? 150 : 220;
        const qint64 w = sizeWeight * r.between(60, 140) * sc.firstIssue.daysTo(m_today);
        weights << w;
        total += w;
    }
    const qint64 target = 20LL * m_customers.size();
    for (qsizetype i = 0; i < m_customers.size(); ++i) {
        SimCustomer &sc = m_customers[i];
        const int count = int((2 * target * weights.at(i) + total) / (2 * total));
        // Enough history to show a behaviour; an insolvent customer needs some before and after its trouble began.
        const int minimum = sc.behaviour == PayerProfile::Insolvent ? 14 : sc.behaviour == PayerProfile::Disputer ? 8 : 5;
        sc.invoiceCount = std::max(minimum, count);
    }
}

// Invoices spread over the two years (or since the customer arrived), one per slot, on working days.
void Simulation::makeInvoices(int ci)
{
    SimCustomer &sc = m_customers[ci];
    DemoRandom &r = sc.rng;
    const QDate last = m_today.addDays(-1);
    const qint64 span = sc.firstIssue.daysTo(last);
    const int n = sc.invoiceCount;
    QList<int> created;
    for (int k = 0; k < n; ++k) {
        const qint64 from = span * k / n;
        const qint64 to = std::max(from, span * (k + 1) / n - 1);
        QDate issue = wd(sc.firstIssue.addDays(r.between(from, to)));
        if (issue > last)
            issue = wdBack(last);
        qint64 excl;
        if (sc.contractExcl > 0 && r.percent(50)) {
            excl = sc.contractExcl;
        } else {
            excl = sc.typicalExcl * r.between(350, 1900) / 1000;
            if (r.percent(30))
                excl = excl / Euro * Euro;
            excl = std::max<qint64>(excl, 50 * Euro);
        }
        created << addInvoice(ci, Invoice::Kind::Invoice, issue, sc.c.dueDateFor(issue), excl);
    }
    // Units: invoices of one due date are settled together; a disputed invoice stands alone. A disputer disputes
    // about 40 % of its invoices, spread evenly (error diffusion: never more than three in a row without a dispute),
    // so that even a small account shows its behaviour in any year.
    QMap<QDate, int> byDue;
    int disputeDebt = r.range(0, 99);
    for (int idx : created) {
        const SimInvoice &inv = m_invoices.at(idx);
        bool disputed = false;
        if (sc.behaviour == PayerProfile::Disputer) {
            disputeDebt += r.range(30, 50);
            disputed = disputeDebt >= 100;
            if (disputed)
                disputeDebt -= 100;
        }
        if (!disputed) {
            const auto it = byDue.constFind(inv.due);
            if (it != byDue.constEnd()) {
                m_units[*it].invoices << idx;
                continue;
            }
        }
        Unit u;
        u.customer = ci;
        u.invoices << idx;
        u.issue = inv.issue;
        u.due = inv.due;
        u.disputed = disputed;
        if (!disputed)
            byDue.insert(inv.due, int(m_units.size()));
        sc.units << int(m_units.size());
        m_units << u;
    }
    std::stable_sort(sc.units.begin(), sc.units.end(), [this](int a, int b) {
        return m_units.at(a).due < m_units.at(b).due;
    });
}

// When each unit gets paid (or not), before anything is told: the present-day highlights are chosen from these.
void Simulation::decideFates(int ci)
{
    SimCustomer &sc = m_customers[ci];
    DemoRandom &r = sc.rng;
    for (int ui : sc.units) {
        Unit &u = m_units[ui];
        const QDate due = u.due;
        switch (sc.behaviour) {
        case PayerProfile::GoodPayer: {
            QDate d = wdBack(due.addDays(-r.range(0, 5)));
            if (d <= u.issue)
                d = wd(u.issue.addDays(1));
            u.payDate = d;
            break;
        }
        case PayerProfile::Automatic: u.payDate = due; break;
        case PayerProfile::Negligent: u.payDate = lateBy(due, 8, 30, r); break;
        case PayerProfile::BadPayer: {
            u.payDate = lateBy(due, 30, 75, r);
            // A part paid first, on a single invoice (so that no invoice is settled early by it).
            if (r.percent(15) && u.invoices.size() == 1) {
                u.partialDate = wd(due.addDays(r.range(10, int(due.daysTo(u.payDate)) - 8)));
                u.partialPercent = r.range(30, 60);
            }
            break;
        }
        case PayerProfile::Administrative: u.payDate = lateBy(due, 25, 50, r); break;
        case PayerProfile::Disputer:
            if (u.disputed) {
                u.disputeAtReminder = r.percent(40);
                u.disputeOpen = u.disputeAtReminder ? wd(due.addDays(r.range(2, 7))) : wd(u.issue.addDays(r.range(5, 20)));
                u.disputeResolve = wd(u.disputeOpen.addDays(r.range(15, 60)));
                static const QStringList categories = {
                    QStringLiteral("quality"), QStringLiteral("quantity"), QStringLiteral("price"),
                    QStringLiteral("not_delivered"), QStringLiteral("invoice_not_received"),
                    QStringLiteral("duplicate"), QStringLiteral("other")};
                u.category = categories.at(r.weighted({30, 20, 20, 10, 10, 5, 5}));
                const bool paperwork = u.category == u"invoice_not_received" || u.category == u"duplicate";
                u.resolution = paperwork ? Resolution::Maintained : Resolution(r.weighted({40, 45, 15}));
                u.creditPercent = r.range(10, 30);
                QDate pay = wd(std::max(due, u.disputeResolve).addDays(r.range(5, 20)));
                const QDate floor = wd(due.addDays(r.range(10, 20)));
                u.payDate = std::max(pay, floor);
            } else {
                const int late = r.range(-3, 5);
                u.payDate = late <= 0 ? wdBack(due.addDays(late)) : wd(due.addDays(late));
            }
            break;
        case PayerProfile::Insolvent:
            if (due < sc.troubleFrom) {
                u.payDate = lateBy(due, 0, 20, r);
            } else {
                u.troubled = true;
                if (sc.hasPlan && due < sc.planOn) {
                    u.planCovered = true;
                    if (r.percent(35)) {
                        const QDate d = wd(due.addDays(r.range(15, 45)));
                        if (d < sc.planOn) {
                            u.partialDate = d;
                            u.partialPercent = r.range(20, 50);
                        }
                    }
                } else {
                    const int fate = r.weighted({30, 35, 35});
                    if (fate == 0) {
                        u.payDate = wd(due.addDays(r.range(60, 120)));
                    } else if (fate == 1) {
                        u.partialDate = wd(due.addDays(r.range(20, 50)));
                        u.partialPercent = r.range(30, 60);
                    }
                }
            }
            break;
        }
    }
}

// A few units get a scripted present: promises due in the next days, promises just broken, preventive promises on
// invoices about to fall due, disputes still open. One per customer, spread by the seed.
void Simulation::chooseSpecials()
{
    QList<int> upcoming, broken, preventive, disputes;
    for (int ui = 0; ui < m_units.size(); ++ui) {
        const Unit &u = m_units.at(ui);
        const SimCustomer &sc = m_customers.at(u.customer);
        const PayerProfile b = sc.behaviour;
        const bool unpaidToday = !u.payDate.isValid() || u.payDate >= m_today;
        const int age = int(u.due.daysTo(m_today));
        const bool ladderUnit = b == PayerProfile::BadPayer || (b == PayerProfile::Insolvent && u.troubled && !u.planCovered);
        if (unpaidToday && !u.disputed && age >= 6 && age <= 120
            && (b == PayerProfile::Negligent || ladderUnit))
            upcoming << ui;
        if (unpaidToday && ladderUnit && age >= 20 && age <= 150)
            broken << ui;
        if (age <= -2 && age >= -12 && !u.disputed
            && (b == PayerProfile::GoodPayer || b == PayerProfile::Negligent || b == PayerProfile::BadPayer))
            preventive << ui;
        if (u.disputed && u.issue.daysTo(m_today) >= 5 && u.issue.daysTo(m_today) <= 100)
            disputes << ui;
    }
    QSet<int> used;
    auto take = [&](QList<int> &candidates, int wanted, Special special) {
        m_rng.shuffle(candidates);
        int taken = 0;
        for (int ui : candidates) {
            if (taken >= wanted)
                break;
            Unit &u = m_units[ui];
            if (u.special != Special::None || used.contains(u.customer))
                continue;
            u.special = special;
            used.insert(u.customer);
            ++taken;
        }
    };
    const int n = m_count;
    take(broken, n >= 60 ? 2 : 1, Special::JustBroken);
    take(upcoming, std::max(2, n / 30), Special::UpcomingPromise);
    take(preventive, std::max(2, n / 40), Special::PreventivePromise);
    take(disputes, std::max(1, n / 60), Special::OpenDispute);
    for (Unit &u : m_units) {
        if (u.special == Special::OpenDispute) {
            // Raised on receipt and still waiting for an answer.
            u.disputeAtReminder = false;
            u.disputeOpen = wd(u.issue.addDays(m_customers[u.customer].rng.range(3, 12)));
            if (u.disputeOpen >= m_today)
                u.disputeOpen = wdBack(m_today.addDays(-1));
            u.disputeResolve = {};
            u.payDate = {};
        } else if (u.special == Special::PreventivePromise) {
            u.payDate = std::max(u.payDate, u.due); // not paid before the promised due date
        }
    }
}

Promise::Status Simulation::promiseFate(QDate promised, QDate paidOn) const
{
    if (past(paidOn) && paidOn <= promised)
        return Promise::Status::Kept;
    if (promised >= m_today)
        return Promise::Status::Open;
    // The owner sees a broken promise the next working day; until then it is still open.
    if (m_cal.nextWorkingDayAfter(promised) < m_today)
        return Promise::Status::Broken;
    return Promise::Status::Open;
}

QString Simulation::meansOf(int ci) const
{
    const QString &m = m_customers.at(ci).c.paymentMethod;
    return m == u"cheque" ? m : QStringLiteral("transfer");
}

QString Simulation::phoneOrEmail(int ci, int emailPercent)
{
    SimCustomer &sc = m_customers[ci];
    const int p = sc.prefersEmail ? emailPercent : emailPercent / 3;
    return sc.rng.percent(p) ? QStringLiteral("email") : QStringLiteral("phone");
}

QString Simulation::outcomeComment(int ci, const QString &outcome, QDate promised)
{
    SimCustomer &sc = m_customers[ci];
    DemoRandom &r = sc.rng;
    const bool pub = sc.c.publicBody;
    if (outcome == u"promise") {
        const QString means = methodLabel(meansOf(ci));
        return r.percent(50) ? QStringLiteral("S'engage à régler le %1 par %2").arg(frenchDate(promised), means)
                             : QStringLiteral("Promet un %1 pour le %2").arg(means, frenchDate(promised));
    }
    if (outcome == u"payment_sent") {
        static const QStringList l = {QStringLiteral("Oubli de leur part : règlement envoyé ce jour"),
                                      QStringLiteral("Facture retrouvée sous une pile, paiement lancé"),
                                      QStringLiteral("Règlement parti hier selon le client")};
        return r.pick(l);
    }
    if (outcome == u"invoice_not_received") {
        if (pub)
            return QStringLiteral("Facture introuvable dans Chorus Pro : redéposée ce jour");
        static const QStringList l = {QStringLiteral("Facture non reçue : copie renvoyée par e-mail"),
                                      QStringLiteral("Dit ne pas avoir reçu la facture, duplicata envoyé")};
        return r.pick(l);
    }
    if (outcome == u"awaiting_approval") {
        static const QStringList pl = {QStringLiteral("Facture en circuit de validation : service fait à certifier"),
                                       QStringLiteral("En attente de la signature de l'ordonnateur"),
                                       QStringLiteral("Mandatement en cours au service financier"),
                                       QStringLiteral("Bon de commande à rapprocher, validation en cours")};
        static const QStringList gl = {QStringLiteral("Facture en attente de validation par le service achats"),
                                       QStringLiteral("Bon de réception manquant, validation en cours au siège"),
                                       QStringLiteral("Facture bloquée au rapprochement commande, en cours de déblocage")};
        return r.pick(pub ? pl : gl);
    }
    if (outcome == u"in_payment") {
        if (pub)
            return QStringLiteral("Mandat émis, paiement par le comptable public sous quelques jours");
        static const QStringList l = {QStringLiteral("Facture validée, dans le prochain lot de paiements"),
                                      QStringLiteral("Paiement en cours selon la comptable"),
                                      QStringLiteral("Virement programmé en fin de semaine")};
        return r.pick(l);
    }
    if (outcome == u"voicemail") {
        static const QStringList l = {QStringLiteral("Messagerie : message laissé"),
                                      QStringLiteral("Absent, message laissé à l'accueil")};
        return r.pick(l);
    }
    if (outcome == u"unreachable") {
        static const QStringList l = {QStringLiteral("Personne ne décroche"), QStringLiteral("Ligne occupée à trois reprises")};
        return r.pick(l);
    }
    return {};
}

QString Simulation::reference(int ci, const QString &method, QDate day)
{
    SimCustomer &sc = m_customers[ci];
    DemoRandom &r = sc.rng;
    if (method == u"cheque")
        return QStringLiteral("CHQ N° %1").arg(r.range(1000000, 9999999));
    if (method == u"lcr")
        return QStringLiteral("LCR ÉCH. %1 %REF%").arg(frenchDate(day));
    if (method == u"direct_debit")
        return QStringLiteral("PRLV SEPA %REF%");
    if (sc.c.publicBody)
        return QStringLiteral("VIR DGFIP MANDAT %1-%2 %REF%").arg(day.year()).arg(r.range(100, 9999), 5, 10, QChar(u'0'));
    return QStringLiteral("VIR SEPA ") + bankName(sc.c.name) + QStringLiteral(" %REF%");
}

int Simulation::addAction(int ci, QDate day, const QString &step, const QString &channel, const QString &outcome,
                          const QString &comment, const QList<int> &invoices)
{
    DemoRandom &r = m_customers[ci].rng;
    QTime t;
    if (channel == u"phone")
        t = QTime(r.percent(50) ? r.range(9, 11) : r.range(14, 16), r.range(0, 59));
    else if (channel == u"email")
        t = QTime(r.range(8, 17), r.range(0, 59));
    else
        t = QTime(r.range(10, 15), r.range(0, 59));
    SimAction a;
    a.customer = ci;
    a.at = QDateTime(day, t);
    a.step = step;
    a.channel = channel;
    a.outcome = outcome;
    a.comment = comment;
    a.invoices = invoices;
    m_actions << a;
    return int(m_actions.size() - 1);
}

int Simulation::addPromise(int ci, int action, QDate promised, const QList<int> &invoices, QDate paidOn,
                           const QString &comment, std::optional<Promise::Status> forced)
{
    SimPromise p;
    p.customer = ci;
    p.action = action;
    p.promised = promised;
    p.means = meansOf(ci);
    p.status = forced ? *forced : promiseFate(promised, paidOn);
    p.invoices = invoices;
    p.comment = comment;
    m_promises << p;
    return int(m_promises.size() - 1);
}

// Allocates `amount` (or, with amount < 0, everything still open) to the invoices oldest first; credit notes are
// deducted from a full settlement. Returns the payment index, or -1 when there was nothing to pay.
int Simulation::pay(int ci, QDate day, const QList<int> &invoices, qint64 amount, const QString &method,
                    const QString &reference, const QList<int> &credits, bool mergeable)
{
    if (!past(day))
        return -1;
    SimPayment p;
    p.customer = ci;
    p.at = QDateTime(day, QTime(8, m_customers[ci].rng.range(5, 55)));
    p.method = method;
    p.reference = reference;
    p.mergeable = mergeable;
    qint64 left = amount;
    qint64 total = 0;
    for (int idx : invoices) {
        SimInvoice &inv = m_invoices[idx];
        qint64 part = inv.remaining();
        if (amount >= 0)
            part = std::min(part, left);
        if (part <= 0)
            continue;
        p.allocations << qMakePair(idx, part);
        inv.allocated += part;
        inv.allocations << qMakePair(day, part);
        left -= part;
        total += part;
    }
    if (amount < 0) {
        for (int idx : credits) {
            SimInvoice &cn = m_invoices[idx];
            const qint64 credit = cn.remaining(); // negative
            if (credit >= 0 || cn.issue > day || total + credit < 10 * Euro)
                continue;
            p.allocations << qMakePair(idx, credit);
            cn.allocated += credit;
            cn.allocations << qMakePair(day, credit);
            total += credit;
        }
    }
    if (p.allocations.isEmpty())
        return -1;
    m_payments << p;
    return int(m_payments.size() - 1);
}

int Simulation::payUnit(int ci, Unit &u, QDate day)
{
    const QString &method = m_customers.at(ci).c.paymentMethod;
    const int p = pay(ci, day, u.invoices, -1, method, reference(ci, method, day), u.credits);
    if (p >= 0)
        for (int pi : u.keptPromises)
            m_promises[pi].keptAt = m_payments.at(p).at.addSecs(60);
    return p;
}

void Simulation::tellStory(int ci)
{
    SimCustomer &sc = m_customers[ci];
    DemoRandom &r = sc.rng;
    for (int ui : sc.units) {
        Unit &u = m_units[ui];
        // A billing error now and then: a small credit note, usually deducted from the payment, sometimes left
        // to be used later.
        if (sc.behaviour != PayerProfile::Automatic && r.perMille(12)) {
            const QDate day = wd(u.issue.addDays(r.range(3, 15)));
            if (past(day)) {
                const qint64 excl = -(m_invoices.at(u.invoices.first()).excl * r.range(5, 20) / 100);
                const int cn = addInvoice(ci, Invoice::Kind::CreditNote, day, day, excl);
                if (r.percent(70))
                    u.credits << cn;
            }
        }
        switch (sc.behaviour) {
        case PayerProfile::GoodPayer: storyGoodPayer(ci, u); break;
        case PayerProfile::Automatic: storyAutomatic(ci, u); break;
        case PayerProfile::Negligent: storyNegligent(ci, u); break;
        case PayerProfile::BadPayer: storyBadPayer(ci, u); break;
        case PayerProfile::Administrative: storyAdministrative(ci, u); break;
        case PayerProfile::Disputer: storyDisputer(ci, u); break;
        case PayerProfile::Insolvent: storyInsolvent(ci, u); break;
        }
    }
    if (sc.behaviour == PayerProfile::Insolvent && sc.hasPlan)
        makePlan(ci);
}

// The product's core move: a friendly call a few days before the due date that ends with a promise.
void Simulation::preventivePromise(int ci, Unit &u)
{
    DemoRandom &r = m_customers[ci].rng;
    const QDate day = wdBack(m_today.addDays(-r.range(1, 3)));
    const QDate promised = u.due;
    const int a = addAction(ci, day, QStringLiteral("preventive"), QStringLiteral("phone"), QStringLiteral("promise"),
                            QStringLiteral("Facture bien reçue et validée ; ") + outcomeComment(ci, QStringLiteral("promise"), promised).toLower(),
                            u.invoices);
    addPromise(ci, a, promised, u.invoices, u.payDate, QStringLiteral("Obtenue lors de la relance préventive"));
}

// A late unit with a scripted present: the last call ended with a promise either for the coming days (upcoming) or,
// a week or so ago, for a date now past that nothing honoured (just broken: still open, the follow-up is due).
// The usual ladder runs first, up to that call.
void Simulation::scriptedPresent(int ci, Unit &u, QDate start, QDate cutoff, bool upcoming, const QString &prefix)
{
    DemoRandom &r = m_customers[ci].rng;
    QDate day = wdBack(m_today.addDays(upcoming ? -r.range(1, 3) : -r.range(8, 12)));
    const qsizetype actionsBefore = m_actions.size();
    const qsizetype promisesBefore = m_promises.size();
    if (start.isValid())
        ladder(ci, u, start, std::min(day, cutoff));
    int levels = 0;
    for (qsizetype i = actionsBefore; i < m_actions.size(); ++i)
        if (m_actions.at(i).step.startsWith(u"level") || m_actions.at(i).step == u"formal_notice")
            ++levels;
    if (m_promises.size() > promisesBefore) {
        const SimPromise &last = m_promises.last();
        if (last.status == Promise::Status::Open)
            return; // the ladder already left a pending promise
        day = std::max(day, m_cal.nextWorkingDayAfter(last.promised));
    }
    if (!past(day) || day <= u.due)
        return;
    QDate promised = upcoming ? wd(m_today.addDays(r.range(1, 7))) : wdBack(m_today.addDays(-r.range(1, 3)));
    if (promised <= day)
        promised = wd(day.addDays(2));
    const QString step = levels < 3 ? QStringLiteral("level%1").arg(levels + 1) : QStringLiteral("promise_followup");
    const QString comment = outcomeComment(ci, QStringLiteral("promise"), promised);
    const int a = addAction(ci, day, step, QStringLiteral("phone"), QStringLiteral("promise"),
                            prefix.isEmpty() ? comment : prefix + comment.toLower(), u.invoices);
    addPromise(ci, a, promised, u.invoices, {}, {}, Promise::Status::Open);
}

void Simulation::storyGoodPayer(int ci, Unit &u)
{
    DemoRandom &r = m_customers[ci].rng;
    if (u.special == Special::PreventivePromise) {
        preventivePromise(ci, u);
        return;
    }
    qint64 amount = 0;
    for (int idx : u.invoices)
        amount += m_invoices.at(idx).amount;
    if (amount >= 6'000 * Euro || r.percent(6)) {
        // Large invoices get a courtesy call before the due date: "no reminder, except to detect a dispute".
        const QDate day = wdBack(u.due.addDays(-r.range(7, 12)));
        if (day > u.issue.addDays(2) && day < u.payDate && past(day)) {
            const bool promise = r.percent(40);
            const QString outcome = promise ? QStringLiteral("promise") : QStringLiteral("in_payment");
            const int a = addAction(ci, day, QStringLiteral("preventive"), QStringLiteral("phone"), outcome,
                                    outcomeComment(ci, outcome, u.due), u.invoices);
            if (promise)
                u.keptPromises << addPromise(ci, a, u.due, u.invoices, u.payDate, {});
        }
    }
    payUnit(ci, u, u.payDate);
}

void Simulation::storyAutomatic(int ci, Unit &u)
{
    payUnit(ci, u, u.payDate);
}

void Simulation::storyNegligent(int ci, Unit &u)
{
    DemoRandom &r = m_customers[ci].rng;
    if (u.special == Special::PreventivePromise) {
        preventivePromise(ci, u);
        return;
    }
    if (u.special == Special::UpcomingPromise) {
        scriptedPresent(ci, u, {}, m_today, true, {});
        return;
    }
    // Pays only once reminded: the level-1 reminder comes 2–6 days before the payment.
    const QDate pd = u.payDate;
    QDate day = wdBack(pd.addDays(-r.range(2, 6)));
    if (day <= u.due)
        day = wd(u.due.addDays(1));
    if (day >= pd)
        day = wdBack(pd.addDays(-1));
    if (past(day)) {
        const QString channel = phoneOrEmail(ci, 60);
        const int w = r.weighted({40, 40, 20});
        const QString outcome = w == 0 ? QStringLiteral("payment_sent")
                                : w == 1 ? QStringLiteral("promise")
                                         : QStringLiteral("invoice_not_received");
        const int a = addAction(ci, day, QStringLiteral("level1"), channel, outcome, outcomeComment(ci, outcome, pd),
                                u.invoices);
        if (outcome == u"promise")
            u.keptPromises << addPromise(ci, a, pd, u.invoices, pd, {});
    }
    payUnit(ci, u, pd);
}

// The escalation ladder of firm scenarios: level 1, 2, 3, mise en demeure; promises and their follow-ups.
// Stops at `cutoff` (the payment, the plan or today) and returns nothing: the caller pays.
void Simulation::ladder(int ci, Unit &u, QDate start, QDate cutoff)
{
    SimCustomer &sc = m_customers[ci];
    DemoRandom &r = sc.rng;
    const QDate paidOn = u.payDate;
    const bool insolvent = sc.behaviour == PayerProfile::Insolvent;
    // A mise en demeure only for some invoices; a broken promise at most once (twice for a customer in trouble).
    const int lastLevel = r.percent(insolvent ? 40 : 25) ? 4 : 3;
    const int maxBroken = insolvent ? 2 : 1;
    QDate cursor = start;
    int level = 1;
    bool followup = false;
    int broken = 0;
    while (cursor < cutoff && cursor < m_today && (followup || level <= lastLevel)) {
        QString step, channel;
        if (followup) {
            step = QStringLiteral("promise_followup");
            channel = QStringLiteral("phone");
        } else if (level == 1) {
            step = QStringLiteral("level1");
            channel = phoneOrEmail(ci, 60);
        } else if (level == 2) {
            step = QStringLiteral("level2");
            channel = r.percent(80) ? QStringLiteral("phone") : QStringLiteral("email");
        } else if (level == 3) {
            step = QStringLiteral("level3");
            const int w = r.weighted({40, 35, 25});
            channel = w == 0 ? QStringLiteral("phone") : w == 1 ? QStringLiteral("letter") : QStringLiteral("registered_letter");
        } else {
            step = QStringLiteral("formal_notice");
            channel = QStringLiteral("registered_letter");
        }
        QString outcome;
        if (channel == u"phone") {
            static const QStringList outcomes = {QStringLiteral("voicemail"), QStringLiteral("promise"),
                                                 QStringLiteral("in_payment"), QStringLiteral("unreachable")};
            outcome = outcomes.at(r.weighted({35, 25, 25, 15}));
        } else if (channel == u"email") {
            const int w = r.weighted({45, 30, 25});
            outcome = w == 0 ? QString() : w == 1 ? QStringLiteral("in_payment") : QStringLiteral("promise");
        }
        QDate promised;
        if (outcome == u"promise") {
            if (paidOn.isValid() && paidOn > cursor && cursor.daysTo(paidOn) <= 12)
                promised = paidOn; // kept
            else if (broken < maxBroken)
                promised = wd(cursor.addDays(insolvent ? r.range(5, 12) : r.range(3, 8)));
            else
                outcome = channel == u"phone" ? QStringLiteral("in_payment") : QString();
        }
        QString comment;
        if (channel == u"letter")
            comment = QStringLiteral("Lettre de relance envoyée avec relevé de compte");
        else if (channel == u"registered_letter")
            comment = step == u"formal_notice"
                ? QStringLiteral("Mise en demeure envoyée en recommandé AR (article 1344 du Code civil)")
                : QStringLiteral("Dernière relance envoyée en recommandé AR, pénalités et indemnité de 40 € rappelées");
        else if (outcome.isEmpty())
            comment = QStringLiteral("Relance envoyée, pas de réponse");
        else if (insolvent && outcome == u"in_payment")
            comment = QStringLiteral("Trésorerie tendue : attend le règlement de son propre client");
        else
            comment = outcomeComment(ci, outcome, promised);
        const int a = addAction(ci, cursor, step, channel, outcome, comment, u.invoices);
        if (!followup)
            ++level;
        if (outcome == u"promise") {
            const int p = addPromise(ci, a, promised, u.invoices, paidOn, {});
            const Promise::Status st = m_promises.at(p).status;
            if (st == Promise::Status::Kept) {
                u.keptPromises << p;
                return;
            }
            if (st == Promise::Status::Open)
                return; // pending, or broken so recently that the follow-up is not due yet
            // Broken: follow up the next working day (seed 004).
            ++broken;
            cursor = m_cal.nextWorkingDayAfter(promised);
            followup = true;
            continue;
        }
        followup = false;
        cursor = wd(cursor.addDays(r.range(7, 12)));
    }
}

void Simulation::storyBadPayer(int ci, Unit &u)
{
    DemoRandom &r = m_customers[ci].rng;
    if (u.special == Special::PreventivePromise) {
        preventivePromise(ci, u);
        return;
    }
    const QDate start = wd(u.due.addDays(r.range(2, 6)));
    const QDate cutoff = std::min(u.payDate, m_today);
    if (u.special == Special::UpcomingPromise || u.special == Special::JustBroken)
        scriptedPresent(ci, u, start, cutoff, u.special == Special::UpcomingPromise, {});
    else
        ladder(ci, u, start, cutoff);
    if (u.partialDate.isValid() && u.partialDate < cutoff) {
        qint64 open = 0;
        for (int idx : u.invoices)
            open += m_invoices.at(idx).remaining();
        const qint64 part = open * u.partialPercent / 100 / Euro * Euro;
        const QString &method = m_customers.at(ci).c.paymentMethod;
        pay(ci, u.partialDate, u.invoices, part, method, reference(ci, method, u.partialDate));
    }
    if (u.special == Special::None)
        payUnit(ci, u, u.payDate);
}

void Simulation::storyAdministrative(int ci, Unit &u)
{
    SimCustomer &sc = m_customers[ci];
    DemoRandom &r = sc.rng;
    const QDate pd = u.payDate;
    const QDate limit = std::min(wdBack(pd.addDays(-2)), m_today);
    const QDate first = wd(u.due.addDays(r.range(3, 10)));
    if (first < limit) {
        const QString outcome = QList<QString>{QStringLiteral("awaiting_approval"), QStringLiteral("invoice_not_received"),
                                               QStringLiteral("in_payment")}
                                    .at(r.weighted({75, 10, 15}));
        addAction(ci, first, QStringLiteral("level1"), phoneOrEmail(ci, 60), outcome, outcomeComment(ci, outcome, pd),
                  u.invoices);
        const QDate second = wd(first.addDays(r.range(10, 15)));
        if (second < limit) {
            const int w = r.weighted({50, 40, 10});
            const QString o2 = w == 0 ? QStringLiteral("awaiting_approval")
                               : w == 1 ? QStringLiteral("in_payment")
                                        : QStringLiteral("promise");
            const int a = addAction(ci, second, QStringLiteral("level2"), QStringLiteral("phone"), o2,
                                    outcomeComment(ci, o2, pd), u.invoices);
            if (o2 == u"promise")
                u.keptPromises << addPromise(ci, a, pd, u.invoices, pd, {});
        }
    }
    payUnit(ci, u, pd);
}

void Simulation::storyDisputer(int ci, Unit &u)
{
    SimCustomer &sc = m_customers[ci];
    DemoRandom &r = sc.rng;
    if (!u.disputed) {
        payUnit(ci, u, u.payDate);
        return;
    }
    const int invoice = u.invoices.first();
    static const QMap<QString, QStringList> details = {
        {QStringLiteral("quality"), {QStringLiteral("Compresseur bruyant depuis l'intervention"),
                                     QStringLiteral("Température de la chambre froide instable"),
                                     QStringLiteral("Fuite constatée deux jours après la visite")}},
        {QStringLiteral("quantity"), {QStringLiteral("Conteste le nombre d'heures facturées"),
                                      QStringLiteral("Deux déplacements facturés, un seul effectué")}},
        {QStringLiteral("price"), {QStringLiteral("Tarif différent du devis accepté"),
                                   QStringLiteral("Conteste la majoration d'intervention urgente")}},
        {QStringLiteral("not_delivered"), {QStringLiteral("Pièce facturée non posée selon le client"),
                                           QStringLiteral("Filtre non remplacé selon le client")}},
        {QStringLiteral("invoice_not_received"), {QStringLiteral("Dit ne jamais avoir reçu la facture")}},
        {QStringLiteral("duplicate"), {QStringLiteral("Facture en double avec la précédente selon le client")}},
        {QStringLiteral("other"), {QStringLiteral("Exige le bon d'intervention signé avant tout paiement")}},
    };
    const QString detail = r.pick(details.value(u.category));
    if (past(u.disputeOpen)) {
        QDateTime openedAt(u.disputeOpen, QTime(r.range(9, 16), r.range(0, 59)));
        if (u.disputeAtReminder) {
            const int a = addAction(ci, u.disputeOpen, QStringLiteral("level1"), QStringLiteral("phone"),
                                    QStringLiteral("dispute"), QStringLiteral("Conteste la facture : ") + detail.toLower(),
                                    u.invoices);
            openedAt = m_actions.at(a).at.addSecs(300);
        }
        SimDispute d;
        d.customer = ci;
        d.invoice = invoice;
        d.category = u.category;
        d.openedAt = openedAt;
        d.comment = detail;
        if (past(u.disputeResolve)) {
            d.resolvedOn = u.disputeResolve;
            d.resolution = u.resolution;
            if (u.resolution == Resolution::CreditNote) {
                const qint64 excl = -(m_invoices.at(invoice).excl * u.creditPercent / 100);
                d.creditNote = addInvoice(ci, Invoice::Kind::CreditNote, u.disputeResolve, u.disputeResolve, excl);
                u.credits << d.creditNote;
            }
            // Once settled, a precise reminder with the proof, ending with a promise.
            const QDate pd = u.payDate;
            if (pd.isValid() && u.disputeResolve.daysTo(pd) > 8) {
                const QDate day = wd(u.disputeResolve.addDays(r.range(3, 6)));
                if (day < pd && past(day)) {
                    const int a = addAction(ci, day, QStringLiteral("level2"), QStringLiteral("phone"),
                                            QStringLiteral("promise"),
                                            QStringLiteral("Litige clos, justificatifs renvoyés ; ")
                                                + outcomeComment(ci, QStringLiteral("promise"), pd).toLower(),
                                            u.invoices);
                    u.keptPromises << addPromise(ci, a, pd, u.invoices, pd, {});
                }
            }
        }
        m_disputes << d;
    }
    if (u.payDate.isValid())
        payUnit(ci, u, u.payDate);
}

void Simulation::storyInsolvent(int ci, Unit &u)
{
    SimCustomer &sc = m_customers[ci];
    DemoRandom &r = sc.rng;
    if (!u.troubled) {
        const QDate pd = u.payDate;
        if (u.due.daysTo(pd) > 7) {
            QDate day = wdBack(pd.addDays(-r.range(2, 5)));
            if (day <= u.due)
                day = wd(u.due.addDays(1));
            if (day < pd && past(day)) {
                const QString outcome = r.percent(50) ? QStringLiteral("promise") : QStringLiteral("payment_sent");
                const int a = addAction(ci, day, QStringLiteral("level1"), phoneOrEmail(ci, 50), outcome,
                                        outcomeComment(ci, outcome, pd), u.invoices);
                if (outcome == u"promise")
                    u.keptPromises << addPromise(ci, a, pd, u.invoices, pd, {});
            }
        }
        payUnit(ci, u, pd);
        return;
    }
    QDate cutoff = m_today;
    if (u.planCovered)
        cutoff = std::min(cutoff, sc.planOn);
    if (u.payDate.isValid())
        cutoff = std::min(cutoff, u.payDate);
    const QDate start = wd(u.due.addDays(r.range(3, 8)));
    if (u.special == Special::UpcomingPromise || u.special == Special::JustBroken)
        scriptedPresent(ci, u, start, cutoff, u.special == Special::UpcomingPromise,
                        QStringLiteral("Demande un délai, trésorerie très tendue ; "));
    else
        ladder(ci, u, start, cutoff);
    if (u.partialDate.isValid() && past(u.partialDate) && (!u.planCovered || u.partialDate < sc.planOn)) {
        qint64 open = 0;
        for (int idx : u.invoices)
            open += m_invoices.at(idx).remaining();
        const qint64 part = open * u.partialPercent / 100 / Euro * Euro;
        pay(ci, u.partialDate, u.invoices, part, QStringLiteral("transfer"),
            QStringLiteral("VIR SEPA ") + bankName(sc.c.name) + QStringLiteral(" ACOMPTE %REF%"));
    }
    if (u.payDate.isValid())
        payUnit(ci, u, u.payDate);
}

// The échéancier: an immediate partial payment, then monthly instalments, on everything open when it was agreed.
void Simulation::makePlan(int ci)
{
    SimCustomer &sc = m_customers[ci];
    DemoRandom &r = sc.rng;
    QList<int> invoices;
    for (int ui : sc.units)
        if (m_units.at(ui).planCovered)
            invoices << m_units.at(ui).invoices;
    std::stable_sort(invoices.begin(), invoices.end(), [this](int a, int b) {
        return m_invoices.at(a).issue < m_invoices.at(b).issue;
    });
    qint64 open = 0;
    for (int idx : invoices)
        open += m_invoices.at(idx).remaining();
    if (open < 300 * Euro || !past(sc.planOn)) {
        sc.hasPlan = false;
        return;
    }
    const qint64 down = std::max<qint64>(100 * Euro, open * r.range(10, 25) / 100 / Euro * Euro);
    const qint64 rest = open - down;
    const int n = r.range(3, 6);
    const qint64 each = rest / n / Euro * Euro;
    const QString name = bankName(sc.c.name);

    // The plan supersedes the promises still running on those invoices.
    for (SimPromise &p : m_promises) {
        if (p.customer != ci || p.status == Promise::Status::Kept || p.promised < sc.planOn)
            continue;
        for (int idx : p.invoices)
            if (invoices.contains(idx))
                p.status = Promise::Status::Cancelled;
    }
    // Agreed on the phone after the last reminders; the plan row and the journal keep it (no reminder step fits).
    SimPlan sp;
    sp.customer = ci;
    sp.invoices = invoices;
    sp.agreedAt = QDateTime(sc.planOn, QTime(r.range(10, 16), r.range(0, 59)));
    PaymentPlan &plan = sp.plan;
    plan.agreedOn = sc.planOn;
    plan.downPaymentCents = down;
    plan.downPaymentDate = sc.planOn;
    plan.status = PaymentPlan::Status::Active;
    plan.comment = QStringLiteral("Échéancier amiable de %1 : acompte de %2 versé à la signature, %3 mensualités,"
                                  " accord confirmé par écrit")
                       .arg(euros(open), euros(down))
                       .arg(n);
    pay(ci, sc.planOn, invoices, down, QStringLiteral("transfer"),
        QStringLiteral("VIR SEPA ") + name + QStringLiteral(" ACOMPTE ÉCHÉANCIER"), {}, false);
    for (int k = 1; k <= n; ++k) {
        Instalment in;
        in.dueDate = sc.planOn.addMonths(k);
        in.amountCents = k < n ? each : rest - each * (n - 1);
        if (past(in.dueDate)) {
            if (r.percent(85)) {
                const QDate paid = wd(in.dueDate.addDays(r.range(0, 4)));
                if (past(paid)) {
                    pay(ci, paid, invoices, in.amountCents, QStringLiteral("transfer"),
                        QStringLiteral("VIR SEPA %1 ÉCHÉANCE %2/%3").arg(name).arg(k).arg(n), {}, false);
                    in.paidCents = in.amountCents;
                    in.paidOn = paid;
                }
            } else {
                const QDate day = m_cal.nextWorkingDayAfter(in.dueDate);
                if (past(day))
                    addAction(ci, day, QStringLiteral("instalment_check"), QStringLiteral("phone"),
                              QStringLiteral("voicemail"),
                              QStringLiteral("Mensualité %1/%2 non reçue : message laissé au gérant").arg(k).arg(n),
                              invoices);
            }
        }
        plan.instalments << in;
    }
    m_plans << sp;
}

// One message per customer, not one per invoice (DOMAIN §3): reminders of one customer at the same step, on the same
// day, by the same channel and with the same answer become one action covering all their invoices. Actions that
// carry a promise or a dispute stay apart, so that each keeps its own story.
void Simulation::mergeActions()
{
    QList<SimAction> merged;
    QList<int> newIndex(m_actions.size(), -1);
    QMap<QString, int> index;
    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        const SimAction &a = m_actions.at(i);
        const bool mergeable = a.outcome != u"promise" && a.outcome != u"dispute";
        const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                                .arg(a.customer)
                                .arg(a.at.date().toString(Qt::ISODate), a.step, a.channel, a.outcome);
        if (mergeable) {
            const auto it = index.constFind(key);
            if (it != index.constEnd()) {
                merged[*it].invoices << a.invoices;
                newIndex[i] = *it;
                continue;
            }
            index.insert(key, int(merged.size()));
        }
        newIndex[i] = int(merged.size());
        merged << a;
    }
    for (SimPromise &p : m_promises)
        p.action = newIndex.at(p.action);
    m_actions = merged;
}

// One transfer for several invoices: same customer, same day, same means.
void Simulation::mergePayments()
{
    QList<SimPayment> merged;
    QMap<QString, int> index; // customer|date|method → position in merged
    for (const SimPayment &p : m_payments) {
        const QString key = QStringLiteral("%1|%2|%3").arg(p.customer).arg(p.at.date().toString(Qt::ISODate), p.method);
        if (p.mergeable) {
            const auto it = index.constFind(key);
            if (it != index.constEnd()) {
                merged[*it].allocations << p.allocations;
                continue;
            }
            index.insert(key, int(merged.size()));
        }
        merged << p;
    }
    m_payments = merged;
}

// FA-YYYY-NNNNN and AV-YYYY-NNNNN, one sequence per year, in issue order.
void Simulation::numberInvoices()
{
    m_invoiceOrder.clear();
    for (int i = 0; i < m_invoices.size(); ++i)
        m_invoiceOrder << i;
    std::stable_sort(m_invoiceOrder.begin(), m_invoiceOrder.end(), [this](int a, int b) {
        const SimInvoice &x = m_invoices.at(a);
        const SimInvoice &y = m_invoices.at(b);
        if (x.issue != y.issue)
            return x.issue < y.issue;
        if (x.customer != y.customer)
            return x.customer < y.customer;
        return x.order < y.order;
    });
    QMap<QString, int> sequences;
    for (int idx : m_invoiceOrder) {
        SimInvoice &inv = m_invoices[idx];
        const QString prefix = inv.kind == Invoice::Kind::CreditNote ? QStringLiteral("AV") : QStringLiteral("FA");
        const QString key = prefix + QString::number(inv.issue.year());
        const int seq = ++sequences[key];
        inv.number = QStringLiteral("%1-%2-%3").arg(prefix).arg(inv.issue.year()).arg(seq, 5, 10, QChar(u'0'));
    }
    for (SimPayment &p : m_payments) {
        QString first;
        for (const auto &al : p.allocations)
            if (al.second > 0) {
                first = m_invoices.at(al.first).number;
                break;
            }
        p.reference.replace(QStringLiteral("%REF%"), first);
        p.reference = p.reference.trimmed();
    }
}

void Simulation::writeResolutions()
{
    for (SimDispute &d : m_disputes) {
        if (!d.resolvedOn.isValid())
            continue;
        switch (d.resolution) {
        case Resolution::CreditNote: {
            const SimInvoice &cn = m_invoices.at(d.creditNote);
            d.resolutionText = QStringLiteral("Réclamation en partie fondée : avoir %1 de %2 accordé")
                                   .arg(cn.number, euros(-cn.amount));
            break;
        }
        case Resolution::Maintained:
            d.resolutionText = d.category == u"invoice_not_received" || d.category == u"duplicate"
                ? QStringLiteral("Facture renvoyée avec justificatifs : réclamation close, facture maintenue")
                : QStringLiteral("Réclamation non fondée (bon d'intervention signé) : facture maintenue");
            break;
        case Resolution::Redone:
            d.resolutionText = QStringLiteral("Intervention complémentaire faite sans frais : facture maintenue");
            break;
        }
    }
}

void Simulation::addEvent(const QDateTime &at, int ci, int invoice, const QString &kind, const QString &summary,
                          const QJsonObject &details)
{
    SimEvent e;
    e.at = at;
    e.order = m_eventOrder++;
    e.event.occurredAt = at;
    e.event.customerId = ci;          // replaced by the id once written
    e.event.invoiceId = invoice;      // idem (index into m_invoices)
    e.event.kind = kind;
    e.event.summary = summary;
    e.event.details = details;
    e.event.actor = Actor;
    m_events << e;
}

// The journal, per invoice: reminders and their outcomes, promises made / kept / broken, disputes, payments, plans.
// Ids in `details` are indexes until written (see DemoGenerator::generate).
void Simulation::makeEvents()
{
    for (int ai = 0; ai < m_actions.size(); ++ai) {
        const SimAction &a = m_actions.at(ai);
        for (int idx : a.invoices) {
            const SimInvoice &inv = m_invoices.at(idx);
            QJsonObject d{{QStringLiteral("action"), ai}, {QStringLiteral("step"), a.step},
                          {QStringLiteral("channel"), a.channel}};
            addEvent(a.at, a.customer, idx, QStringLiteral("reminder_sent"),
                     QStringLiteral("%1 %2 — %3, %4 restant dû")
                         .arg(stepLabel(a.step), channelLabel(a.channel), inv.number, euros(inv.openOn(a.at.date()))),
                     d);
            if (!a.outcome.isEmpty() && a.outcome != u"other") {
                d.insert(QStringLiteral("outcome"), a.outcome);
                const QString who = a.channel == u"phone" ? QStringLiteral("Appel") : QStringLiteral("Réponse du client");
                addEvent(a.at.addSecs(180), a.customer, idx, QStringLiteral("call_outcome"),
                         QStringLiteral("%1 : %2 — %3 (%4)").arg(who, outcomeLabel(a.outcome), a.comment, inv.number), d);
            }
        }
    }
    for (int pi = 0; pi < m_promises.size(); ++pi) {
        const SimPromise &p = m_promises.at(pi);
        const QDateTime made = m_actions.at(p.action).at.addSecs(240);
        for (int idx : p.invoices) {
            const SimInvoice &inv = m_invoices.at(idx);
            const QJsonObject d{{QStringLiteral("promise"), pi},
                                {QStringLiteral("promised_date"), p.promised.toString(Qt::ISODate)},
                                {QStringLiteral("means"), p.means}};
            addEvent(made, p.customer, idx, QStringLiteral("promise_made"),
                     QStringLiteral("Promesse de paiement pour le %1 par %2 — %3, %4")
                         .arg(frenchDate(p.promised), methodLabel(p.means), inv.number, euros(inv.openOn(made.date()))),
                     d);
            if (p.status == Promise::Status::Kept && p.keptAt.isValid())
                addEvent(p.keptAt, p.customer, idx, QStringLiteral("promise_kept"),
                         QStringLiteral("Promesse tenue : règlement reçu le %1 — %2")
                             .arg(frenchDate(p.keptAt.date()), inv.number),
                         d);
            if (p.status == Promise::Status::Broken)
                addEvent(QDateTime(m_cal.nextWorkingDayAfter(p.promised), QTime(8, 45)), p.customer, idx,
                         QStringLiteral("promise_broken"),
                         QStringLiteral("Promesse non tenue : rien reçu au %1 — %2").arg(frenchDate(p.promised), inv.number),
                         d);
        }
    }
    for (int di = 0; di < m_disputes.size(); ++di) {
        const SimDispute &ds = m_disputes.at(di);
        const SimInvoice &inv = m_invoices.at(ds.invoice);
        QJsonObject d{{QStringLiteral("dispute"), di}, {QStringLiteral("category"), ds.category}};
        addEvent(ds.openedAt, ds.customer, ds.invoice, QStringLiteral("dispute_opened"),
                 QStringLiteral("Litige ouvert (%1) — %2 : %3").arg(categoryLabel(ds.category), inv.number, ds.comment), d);
        if (ds.resolvedOn.isValid())
            addEvent(QDateTime(ds.resolvedOn, QTime(15, 30)), ds.customer, ds.invoice, QStringLiteral("dispute_resolved"),
                     QStringLiteral("Litige clos — %1 : %2").arg(inv.number, ds.resolutionText), d);
    }
    for (int pi = 0; pi < m_payments.size(); ++pi) {
        const SimPayment &p = m_payments.at(pi);
        for (const auto &al : p.allocations) {
            const SimInvoice &inv = m_invoices.at(al.first);
            const QJsonObject d{{QStringLiteral("payment"), pi}, {QStringLiteral("method"), p.method},
                                {QStringLiteral("amount_cents"), al.second}};
            if (inv.kind == Invoice::Kind::CreditNote) {
                addEvent(p.at, p.customer, al.first, QStringLiteral("payment_received"),
                         QStringLiteral("Avoir %1 de %2 déduit du règlement du %3")
                             .arg(inv.number, euros(-al.second), frenchDate(p.at.date())),
                         d);
                continue;
            }
            const qint64 after = inv.openOn(p.at.date().addDays(1));
            addEvent(p.at, p.customer, al.first, QStringLiteral("payment_received"),
                     QStringLiteral("Règlement reçu par %1 : %2 sur %3%4")
                         .arg(methodLabel(p.method), euros(al.second), inv.number,
                              after > 0 ? QStringLiteral(", reste %1 dû").arg(euros(after))
                                        : QStringLiteral(", facture soldée")),
                     d);
        }
    }
    for (int pi = 0; pi < m_plans.size(); ++pi) {
        const SimPlan &sp = m_plans.at(pi);
        for (int idx : sp.invoices) {
            const QJsonObject d{{QStringLiteral("plan"), pi},
                                {QStringLiteral("down_payment_cents"), sp.plan.downPaymentCents}};
            addEvent(sp.agreedAt, sp.customer, idx, QStringLiteral("payment_plan"),
                     QStringLiteral("Échéancier accepté : acompte de %1 puis %2 mensualités — %3")
                         .arg(euros(sp.plan.downPaymentCents))
                         .arg(sp.plan.instalments.size())
                         .arg(m_invoices.at(idx).number),
                     d);
        }
    }
    std::stable_sort(m_events.begin(), m_events.end(), [](const SimEvent &a, const SimEvent &b) {
        if (a.at != b.at)
            return a.at < b.at;
        return a.order < b.order;
    });
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

DemoGenerator::DemoGenerator(Database &db) : m_db(db) {}

QString DemoGenerator::behaviourSettingKey(const QString &customerCode)
{
    return QStringLiteral("demo_behaviour:") + customerCode;
}

Status DemoGenerator::generate(const DemoOptions &options, const std::function<bool(int, int)> &progress)
{
    m_stats = {};
    // Messages name no file: callers (the CLI, the GUI) put the database path in front.
    if (!m_db.isOpen())
        return Status::failure(QStringLiteral("la base de données n'est pas ouverte"));
    if (!options.today.isValid())
        return Status::failure(QStringLiteral("démo impossible : la date du jour est manquante"));
    if (options.customers < 1 || options.customers > 100000)
        return Status::failure(
            QStringLiteral("démo impossible : %1 clients demandés, il en faut de 1 à 100 000").arg(options.customers));
    CustomerRepository customerRepo(m_db);
    if (const int existing = customerRepo.count(); existing > 0)
        return Status::failure(QStringLiteral("la base contient déjà %1 client(s) : la démo ne s'écrit que dans une"
                                              " base vide")
                                   .arg(existing));

    Simulation sim(options);
    sim.run();

    const int total = 1 + int(sim.m_customers.size() + sim.m_invoices.size() + sim.m_actions.size()
                              + sim.m_promises.size() + sim.m_disputes.size() + sim.m_payments.size()
                              + sim.m_plans.size() + sim.m_events.size());
    int done = 0;
    bool cancelled = false;
    auto step = [&](int rows = 1) {
        const int before = done;
        done += rows;
        if (progress && (done / 250 != before / 250 || done == total || before == 0))
            cancelled = !progress(done, total);
        return !cancelled;
    };
    const Status cancelledStatus = Status::failure(QStringLiteral("annulé"));
    if (progress && !progress(0, total))
        return cancelledStatus;

    Transaction tx(m_db);
    if (!tx.status().ok())
        return tx.status();

    if (auto s = CompanyRepository(m_db).save(sim.company); !s)
        return s;
    SettingsRepository settings(m_db);
    if (auto s = settings.setValue(QStringLiteral("demo_seed"), QString::number(options.seed)); !s)
        return s;
    if (auto s = settings.setValue(QStringLiteral("demo_today"), options.today.toString(Qt::ISODate)); !s)
        return s;
    if (!step())
        return cancelledStatus;

    QList<qint64> customerIds;
    for (SimCustomer &sc : sim.m_customers) {
        if (auto s = customerRepo.insert(sc.c); !s)
            return s;
        customerIds << sc.c.id;
        if (auto s = settings.setValue(behaviourSettingKey(sc.c.code), payerProfileKey(sc.behaviour)); !s)
            return s;
        if (!step())
            return cancelledStatus;
    }
    // One customer put on hold by hand, as happens while an expert looks at a dispute.
    for (const SimCustomer &sc : sim.m_customers) {
        if (sc.behaviour != PayerProfile::Disputer)
            continue;
        if (auto s = customerRepo.setPause(sc.c.id, options.today.addDays(10),
                                           QStringLiteral("En attente du rapport de l'expert sur l'installation"));
            !s)
            return s;
        break;
    }

    InvoiceRepository invoiceRepo(m_db);
    for (int idx : sim.m_invoiceOrder) {
        SimInvoice &si = sim.m_invoices[idx];
        Invoice inv;
        inv.customerId = customerIds.at(si.customer);
        inv.number = si.number;
        inv.kind = si.kind;
        inv.issueDate = si.issue;
        inv.dueDate = si.due;
        inv.amountExclCents = si.excl;
        inv.amountCents = si.amount;
        inv.openCents = si.amount - si.allocated;
        inv.status = Invoice::statusFor(inv.amountCents, inv.openCents);
        inv.sourceFile = SourceFile;
        if (auto s = invoiceRepo.insert(inv); !s)
            return s;
        si.id = inv.id;
        if (si.kind == Invoice::Kind::CreditNote)
            ++m_stats.creditNotes;
        else
            ++m_stats.invoices;
        if (!step())
            return cancelledStatus;
    }
    auto invoiceIds = [&](const QList<int> &indexes) {
        QList<qint64> ids;
        for (int i : indexes)
            ids << sim.m_invoices.at(i).id;
        return ids;
    };
    auto openOn = [&](const QList<int> &indexes, QDate day) {
        qint64 open = 0;
        for (int i : indexes)
            open += sim.m_invoices.at(i).openOn(day);
        return open;
    };

    // Actions in time order, so that ids follow the calendar.
    QList<int> actionOrder;
    for (int i = 0; i < sim.m_actions.size(); ++i)
        actionOrder << i;
    std::stable_sort(actionOrder.begin(), actionOrder.end(),
                     [&](int a, int b) { return sim.m_actions.at(a).at < sim.m_actions.at(b).at; });
    ActionRepository actionRepo(m_db);
    for (int ai : actionOrder) {
        SimAction &sa = sim.m_actions[ai];
        Action a;
        a.customerId = customerIds.at(sa.customer);
        a.plannedDate = sa.at.date();
        a.step = sa.step;
        a.channel = sa.channel;
        a.status = Action::Status::Done;
        a.amountCents = openOn(sa.invoices, sa.at.date());
        a.invoiceIds = invoiceIds(sa.invoices);
        a.doneAt = sa.at;
        a.outcome = sa.outcome;
        a.comment = sa.comment;
        if (auto s = actionRepo.insert(a); !s)
            return s;
        sa.id = a.id;
        ++m_stats.actions;
        if (!step())
            return cancelledStatus;
    }

    QList<int> promiseOrder;
    for (int i = 0; i < sim.m_promises.size(); ++i)
        promiseOrder << i;
    std::stable_sort(promiseOrder.begin(), promiseOrder.end(), [&](int a, int b) {
        return sim.m_actions.at(sim.m_promises.at(a).action).at < sim.m_actions.at(sim.m_promises.at(b).action).at;
    });
    PromiseRepository promiseRepo(m_db);
    for (int pi : promiseOrder) {
        SimPromise &sp = sim.m_promises[pi];
        const SimAction &sa = sim.m_actions.at(sp.action);
        Promise p;
        p.customerId = customerIds.at(sp.customer);
        p.madeOn = sa.at.date();
        p.promisedDate = sp.promised;
        p.amountCents = openOn(sp.invoices, p.madeOn);
        p.means = sp.means;
        p.status = sp.status;
        p.invoiceIds = invoiceIds(sp.invoices);
        p.actionId = sa.id;
        p.comment = sp.comment;
        if (auto s = promiseRepo.insert(p); !s)
            return s;
        sp.id = p.id;
        ++m_stats.promises;
        if (!step())
            return cancelledStatus;
    }

    QList<int> disputeOrder;
    for (int i = 0; i < sim.m_disputes.size(); ++i)
        disputeOrder << i;
    std::stable_sort(disputeOrder.begin(), disputeOrder.end(),
                     [&](int a, int b) { return sim.m_disputes.at(a).openedAt < sim.m_disputes.at(b).openedAt; });
    DisputeRepository disputeRepo(m_db);
    for (int di : disputeOrder) {
        SimDispute &sd = sim.m_disputes[di];
        Dispute d;
        d.customerId = customerIds.at(sd.customer);
        d.invoiceId = sim.m_invoices.at(sd.invoice).id;
        d.category = sd.category;
        d.openedOn = sd.openedAt.date();
        d.resolvedOn = sd.resolvedOn;
        d.resolution = sd.resolutionText;
        d.comment = sd.comment;
        if (auto s = disputeRepo.insert(d); !s)
            return s;
        sd.id = d.id;
        ++m_stats.disputes;
        if (!step())
            return cancelledStatus;
    }

    QList<int> paymentOrder;
    for (int i = 0; i < sim.m_payments.size(); ++i)
        paymentOrder << i;
    std::stable_sort(paymentOrder.begin(), paymentOrder.end(),
                     [&](int a, int b) { return sim.m_payments.at(a).at < sim.m_payments.at(b).at; });
    PaymentRepository paymentRepo(m_db);
    for (int pi : paymentOrder) {
        SimPayment &sp = sim.m_payments[pi];
        Payment p;
        p.customerId = customerIds.at(sp.customer);
        p.date = sp.at.date();
        p.method = sp.method;
        p.reference = sp.reference;
        p.sourceFile = SourceFile;
        for (const auto &al : sp.allocations) {
            p.allocations << PaymentAllocation{sim.m_invoices.at(al.first).id, al.second};
            p.amountCents += al.second;
        }
        if (auto s = paymentRepo.insert(p); !s)
            return s;
        sp.id = p.id;
        ++m_stats.payments;
        if (!step())
            return cancelledStatus;
    }

    PaymentPlanRepository planRepo(m_db);
    QList<qint64> planIds;
    for (SimPlan &sp : sim.m_plans) {
        PaymentPlan plan = sp.plan;
        plan.customerId = customerIds.at(sp.customer);
        if (auto s = planRepo.insert(plan); !s)
            return s;
        planIds << plan.id;
        if (!step())
            return cancelledStatus;
    }

    // Journal last: its details point at the rows written above.
    EventJournal journal(m_db);
    auto swapId = [](QJsonObject &d, const QString &from, const QString &to, auto &&idOf) {
        if (d.contains(from)) {
            const int index = d.value(from).toInt();
            d.remove(from);
            d.insert(to, double(idOf(index)));
        }
    };
    for (SimEvent &se : sim.m_events) {
        Event e = se.event;
        e.customerId = customerIds.at(int(se.event.customerId));
        e.invoiceId = sim.m_invoices.at(int(se.event.invoiceId)).id;
        swapId(e.details, QStringLiteral("action"), QStringLiteral("action_id"),
               [&](int i) { return sim.m_actions.at(i).id; });
        swapId(e.details, QStringLiteral("promise"), QStringLiteral("promise_id"),
               [&](int i) { return sim.m_promises.at(i).id; });
        swapId(e.details, QStringLiteral("dispute"), QStringLiteral("dispute_id"),
               [&](int i) { return sim.m_disputes.at(i).id; });
        swapId(e.details, QStringLiteral("payment"), QStringLiteral("payment_id"),
               [&](int i) { return sim.m_payments.at(i).id; });
        swapId(e.details, QStringLiteral("plan"), QStringLiteral("plan_id"), [&](int i) { return planIds.at(i); });
        if (auto s = journal.append(e); !s)
            return s;
        ++m_stats.events;
        if (!step())
            return cancelledStatus;
    }

    if (auto s = tx.commit(); !s) {
        m_stats = {};
        return s;
    }
    m_stats.customers = int(sim.m_customers.size());
    return {};
}
