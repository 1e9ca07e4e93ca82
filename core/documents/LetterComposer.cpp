#include "LetterComposer.h"

#include "CallGuide.h"
#include "CompanyRepository.h"
#include "CustomerPenalties.h"
#include "CustomerRepository.h"
#include "EventJournal.h"
#include "FrenchText.h"
#include "InvoiceRepository.h"
#include "LetterLevel.h"
#include "LetterTables.h"
#include "PenaltyCalculator.h"
#include "Scenario.h"
#include "SettingsRepository.h"
#include "TemplateExpander.h"
#include "TemplateStore.h"
#include "Validators.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace {

using FrenchText::euros;
using FrenchText::shortDate;
using LetterTables::eurosShort;
using LetterTables::invoiceTable;
using LetterTables::penaltyTable;
using LetterTables::dueSoonTable;
using LetterTables::statementTable;

const QString Dots = QStringLiteral("……………………………………");

LetterBlock tableBlock(int index)
{
    LetterBlock b;
    b.kind = LetterBlock::Kind::Table;
    b.table = index;
    return b;
}

LetterBlock textBlock(LetterBlock::Kind kind, const QString &text, bool bold = false)
{
    LetterBlock b;
    b.kind = kind;
    b.runs << TextRun{text, bold};
    return b;
}

// "12 octobre, 3 novembre et 18 novembre 2026": the year only where it changes.
QString datesFrench(const QList<QDate> &dates)
{
    QStringList parts;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QDate d = dates.at(i);
        const bool lastOfYear = i + 1 == dates.size() || dates.at(i + 1).year() != d.year();
        QString s = FrenchText::longDate(d);
        if (!lastOfYear)
            s.chop(5); // " 2026"
        parts << s;
    }
    return FrenchText::joinAnd(parts);
}

bool isManagerRole(const QString &role)
{
    static const QRegularExpression re(QStringLiteral("g[ée]rant|directeur|directrice|pr[ée]sident|dirigeant|pdg|dg\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(role).hasMatch();
}

const Contact *primaryContact(const Customer &c)
{
    for (const Contact &ct : c.contacts)
        if (ct.primary)
            return &ct;
    return c.contacts.isEmpty() ? nullptr : &c.contacts.first();
}

QString oneLine(const QStringList &lines) { return lines.join(QStringLiteral(", ")); }

} // namespace

LetterComposer::LetterComposer(Database &db) : m_db(db) {}

QStringList LetterComposer::addressLines(const PostalAddress &a)
{
    QStringList lines;
    for (const QString &l : {a.line2, a.line3, a.line4, a.line5})
        if (!l.trimmed().isEmpty())
            lines << l.trimmed();
    const QString city = QString(a.postcode.trimmed() + u' ' + a.city.trimmed()).trimmed();
    if (!city.isEmpty())
        lines << city;
    if (!a.country.trimmed().isEmpty() && a.country.trimmed().toUpper() != u"FR")
        lines << a.country.trimmed().toUpper();
    return lines;
}

QString LetterComposer::legalLine(const Company &c)
{
    QStringList parts;
    QString form = c.legalForm.trimmed();
    if (c.capitalCents > 0)
        form += (form.isEmpty() ? QStringLiteral("Capital de ") : QStringLiteral(" au capital de ")) + eurosShort(c.capitalCents);
    if (!form.isEmpty())
        parts << form;
    if (!c.siren.trimmed().isEmpty())
        parts << QStringLiteral("SIREN ") + FrenchText::formatSiren(c.siren);
    if (!c.rcsCity.trimmed().isEmpty())
        parts << QStringLiteral("RCS ") + c.rcsCity.trimmed();
    return parts.join(QStringLiteral(" – "));
}

Status LetterComposer::loadOnce()
{
    if (m_loaded)
        return {};
    m_company = CompanyRepository(m_db).load();
    if (m_company.name.trimmed().isEmpty() || m_company.address.isEmpty())
        return Status::failure(QStringLiteral("votre société n'est pas renseignée (nom et adresse au moins) : "
                                              "complétez-la avant d'imprimer des lettres"));
    SettingsRepository settings(m_db);
    m_deadlineDays = std::clamp(settings.intValue(deadlineDaysKey(), 8), 1, 90);
    m_place = settings.value(placeKey()).trimmed();
    if (m_place.isEmpty())
        m_place = m_company.address.city.trimmed();
    m_attachInvoices = settings.intValue(attachInvoicesKey(), 1) != 0;
    m_preventiveDays = std::clamp(settings.intValue(preventiveDaysKey(), 30), 1, 366);
    m_loaded = true;
    return {};
}

Result<LetterTemplate> LetterComposer::templateFor(const QString &level)
{
    if (const auto it = m_templates.constFind(level); it != m_templates.constEnd())
        return *it;
    auto t = TemplateStore(m_db).load(LetterLevel::templateKey(level));
    if (t)
        m_templates.insert(level, *t);
    return t;
}

Status LetterComposer::useTemplateText(const QString &level, const QString &text)
{
    const Result<LetterTemplate> parsed = LetterTemplate::parse(text);
    if (!parsed)
        return Status::failure(parsed.error());
    m_templates.insert(level, *parsed);
    return {};
}

Result<ComposedLetter> LetterComposer::compose(const LetterRequest &req)
{
    using R = Result<ComposedLetter>;
    if (!LetterLevel::isValid(req.level))
        return R::failure(QStringLiteral("niveau de lettre inconnu : « %1 »").arg(req.level));
    if (!req.date.isValid())
        return R::failure(QStringLiteral("la lettre n'a pas de date"));
    if (auto s = loadOnce(); !s)
        return R::failure(s.error());
    const auto found = CustomerRepository(m_db).findById(req.customerId);
    if (!found)
        return R::failure(QStringLiteral("client %1 introuvable").arg(req.customerId));
    const Customer &customer = *found;
    const QString &level = req.level;
    if (level == LetterLevel::FormalNotice && m_company.siren.trimmed().isEmpty())
        return R::failure(QStringLiteral("une mise en demeure doit indiquer votre SIREN : renseignez-le dans votre société"));
    auto tpl = templateFor(level);
    if (!tpl)
        return R::failure(tpl.error());

    // The invoices, as the level needs them.
    const QSet<qint64> wanted(req.invoiceIds.cbegin(), req.invoiceIds.cend());
    auto isWanted = [&](qint64 id) { return wanted.isEmpty() || wanted.contains(id); };
    QList<LetterLine> lines;
    CustomerClaim claim;
    InvoiceFilter filter;
    filter.openOnly = true;
    filter.customerId = customer.id;
    const QList<InvoiceRow> openRows = InvoiceRepository(m_db).list(filter);
    const bool usesClaim = level != LetterLevel::Preventive && level != LetterLevel::Statement;
    if (usesClaim) {
        auto c = CustomerPenalties::claim(m_db, customer.id, req.date, level != LetterLevel::Acknowledgement);
        if (!c)
            return R::failure(c.error());
        claim = *c;
        for (const CustomerClaimLine &cl : std::as_const(claim.lines)) {
            if (cl.penalty.excluded || !isWanted(cl.invoiceId)) // disputed invoices are left out (DOMAIN.md §5)
                continue;
            LetterLine l = LetterTables::fromClaim(cl);
            lines << l;
        }
    } else {
        for (const InvoiceRow &row : openRows) {
            const Invoice &inv = row.invoice;
            if (!isWanted(inv.id) || inv.openCents == 0)
                continue;
            if (level == LetterLevel::Preventive
                && (inv.kind != Invoice::Kind::Invoice || inv.openCents < 0 || row.disputed || inv.dueDate < req.date
                    || (wanted.isEmpty() && inv.dueDate > req.date.addDays(m_preventiveDays))))
                continue;
            LetterLine l = LetterTables::fromInvoice(inv, req.date);
            lines << l;
        }
        std::sort(lines.begin(), lines.end(), [](const LetterLine &a, const LetterLine &b) {
            const QDate da = a.dueDate.isValid() ? a.dueDate : a.issueDate;
            const QDate db = b.dueDate.isValid() ? b.dueDate : b.issueDate;
            return da != db ? da < db : a.number < b.number;
        });
    }
    if (lines.isEmpty()) {
        if (level == LetterLevel::Preventive)
            return R::failure(QStringLiteral("%1 (%2) : aucune facture à échoir à rappeler").arg(customer.name, customer.code));
        if (level == LetterLevel::Statement)
            return R::failure(QStringLiteral("%1 (%2) : aucune pièce ouverte, pas de relevé à envoyer").arg(customer.name, customer.code));
        return R::failure(QStringLiteral("%1 (%2) : aucune facture échue et hors litige à réclamer au %3")
                              .arg(customer.name, customer.code, shortDate(req.date)));
    }

    qint64 totalOpen = 0;
    qint64 totalPenalties = 0;
    qint64 totalIndemnities = 0;
    qint64 overdue = 0;
    QList<int> rates;
    QList<qint64> invoiceIds;
    QStringList numbers;
    for (const LetterLine &l : std::as_const(lines)) {
        totalOpen += l.openCents;
        totalPenalties += l.penaltyCents;
        totalIndemnities += l.indemnityCents;
        if (l.daysLate > 0)
            overdue += l.openCents;
        for (int r : l.ratesBp)
            if (!rates.contains(r))
                rates << r;
        if (l.kind == Invoice::Kind::Invoice || l.kind == Invoice::Kind::OpeningBalance)
            numbers << l.number;
        invoiceIds << l.invoiceId;
    }
    std::sort(rates.begin(), rates.end());
    const qint64 totalGeneral = totalOpen + totalPenalties + totalIndemnities;

    // The penalty terms in force for this customer.
    auto calculator = CustomerPenalties::calculatorFor(m_db, customer.id);
    if (!calculator)
        return R::failure(calculator.error());
    const PenaltySettings &ps = calculator->settings();
    if (rates.isEmpty())
        rates << calculator->rateForDay(req.date.addDays(1));

    // Earlier reminders about these invoices, from the journal (calls that reached nobody do not count).
    QList<QDate> reminderDates;
    {
        const QSet<qint64> ids(invoiceIds.cbegin(), invoiceIds.cend());
        QSet<QDate> seen;
        for (const Event &e : EventJournal(m_db).forCustomer(customer.id)) {
            const QDate on = e.occurredAt.date();
            if (!on.isValid() || on >= req.date || (e.invoiceId && !ids.contains(e.invoiceId)))
                continue;
            const QString step = e.details.value(QStringLiteral("step")).toString();
            const QString outcome = e.details.value(QStringLiteral("outcome")).toString();
            // Reminders after the due date (level 1 on), whatever the channel; a sent letter journals its level as step.
            const bool reminder = (e.kind == u"letter_sent" || e.kind == u"reminder_sent" || e.kind == u"action_done"
                                   || e.kind == u"call_outcome")
                && Scenario::rank(step) >= 1 && (outcome.isEmpty() || CallGuide::isConclusive(outcome));
            if (reminder && !seen.contains(on)) {
                seen.insert(on);
                reminderDates << on;
            }
        }
        std::sort(reminderDates.begin(), reminderDates.end());
        if (reminderDates.size() > 4)
            reminderDates = reminderDates.mid(reminderDates.size() - 4); // the last four say enough
    }

    // Recipient: the La Poste block; the last reminder and the mise en demeure go to the person who runs the company.
    PostalAddress to = customer.address;
    const Contact *contact = primaryContact(customer);
    if (level == LetterLevel::Level3 || level == LetterLevel::FormalNotice || level == LetterLevel::Acknowledgement) {
        const Contact *manager = nullptr;
        for (const Contact &ct : customer.contacts)
            if (!manager && isManagerRole(ct.role) && !ct.name.trimmed().isEmpty())
                manager = &ct;
        to.line2 = manager ? QStringLiteral("À l'attention de ") + FrenchText::personName(manager->civility, manager->name)
                           : QStringLiteral("À l'attention du représentant légal");
    } else if (to.line2.trimmed().isEmpty() && contact && !contact->name.trimmed().isEmpty()) {
        to.line2 = QStringLiteral("À l'attention de ") + FrenchText::personName(contact->civility, contact->name);
    }

    // Invoice copies for the first reminder, when the store has their PDF.
    QList<AppendedPdf> appended;
    if (level == LetterLevel::Level1 && m_attachInvoices) {
        InvoiceRepository invoices(m_db);
        for (const LetterLine &l : std::as_const(lines)) {
            QString fileName;
            const QByteArray pdf = invoices.pdf(l.invoiceId, &fileName);
            if (!pdf.isEmpty())
                appended << AppendedPdf{QStringLiteral("Copie de la facture n° %1").arg(l.number), pdf};
        }
    }

    const int count = int(numbers.size() > 0 ? numbers.size() : lines.size());
    TemplateValues v;
    v.count = count;
    const Company &co = m_company;
    const QString dotted = Dots;
    auto orDots = [&](const QString &s) { return s.trimmed().isEmpty() ? dotted : s.trimmed(); };
    v.text = {
        {QStringLiteral("raison_sociale"), co.name},
        {QStringLiteral("forme_juridique"), co.legalForm},
        {QStringLiteral("capital"), co.capitalCents > 0 ? eurosShort(co.capitalCents) : QString()},
        {QStringLiteral("siren"), FrenchText::formatSiren(co.siren)},
        {QStringLiteral("rcs"), co.rcsCity},
        {QStringLiteral("adresse_societe"), oneLine(addressLines(co.address))},
        {QStringLiteral("telephone"), co.phone},
        {QStringLiteral("email"), co.email},
        {QStringLiteral("iban"), co.iban.isEmpty() ? dotted : Validators::formatIban(co.iban)},
        {QStringLiteral("bic"), orDots(co.bic)},
        {QStringLiteral("signataire"), co.signatoryName},
        {QStringLiteral("fonction"), co.signatoryTitle},
        {QStringLiteral("clause_penalites"), co.latePaymentClause},
        {QStringLiteral("ville"), m_place},
        {QStringLiteral("date_lettre"), FrenchText::longDate(req.date)},
        {QStringLiteral("client"), customer.name},
        {QStringLiteral("code_client"), customer.code},
        {QStringLiteral("siren_client"), customer.siren.trimmed().isEmpty() ? QStringLiteral("non communiqué")
                                                                           : FrenchText::formatSiren(customer.siren)},
        {QStringLiteral("adresse_client"), oneLine(addressLines([&] {
             PostalAddress a = customer.address;
             a.line2.clear(); // the service is not part of the registered address
             return a;
         }()))},
        {QStringLiteral("civilite"), contact ? contact->civility : QString()},
        {QStringLiteral("nom_contact"), contact ? contact->name : QString()},
        {QStringLiteral("civilite_appel"), contact && contact->civility == u"Mme" ? QStringLiteral("Madame")
                                           : contact && contact->civility == u"M."  ? QStringLiteral("Monsieur")
                                                                                    : QStringLiteral("Madame, Monsieur")},
        {QStringLiteral("numero"), lines.first().number},
        {QStringLiteral("date_facture"), FrenchText::longDate(lines.first().issueDate)},
        {QStringLiteral("date_echeance"), FrenchText::longDate(lines.first().dueDate)},
        {QStringLiteral("montant_ttc"), euros(lines.first().amountCents)},
        {QStringLiteral("nombre_factures"), QString::number(count)},
        {QStringLiteral("liste_factures"), FrenchText::joinAnd(numbers)},
        {QStringLiteral("total_du"), euros(totalOpen)},
        {QStringLiteral("total_penalites"), euros(totalPenalties)},
        {QStringLiteral("total_indemnites"), euros(totalIndemnities)},
        {QStringLiteral("total_general"), euros(totalGeneral)},
        {QStringLiteral("indemnite"), eurosShort(ps.indemnityCents)},
        {QStringLiteral("dates_relances"), datesFrench(reminderDates)},
        {QStringLiteral("date_relance_precedente"), reminderDates.isEmpty() ? QString() : FrenchText::longDate(reminderDates.last())},
        {QStringLiteral("mention_relances"),
         reminderDates.isEmpty()   ? QStringLiteral("nos précédentes relances")
         : reminderDates.size() == 1 ? QStringLiteral("notre relance du ") + FrenchText::longDate(reminderDates.first())
                                     : QStringLiteral("nos relances des ") + datesFrench(reminderDates)},
        {QStringLiteral("delai"), FrenchText::numberInWords(m_deadlineDays) + (m_deadlineDays == 1 ? QStringLiteral(" jour") : QStringLiteral(" jours"))},
        {QStringLiteral("reference"), count == 1 && !numbers.isEmpty() ? customer.code + QStringLiteral(" / ") + numbers.first() : customer.code},
        {QStringLiteral("numero_lrar"), orDots(req.lrarNumber)},
        {QStringLiteral("solde"), euros(totalOpen)},
        {QStringLiteral("solde_echu"), euros(overdue)},
        {QStringLiteral("montant_chiffres"), euros(totalOpen)},
        {QStringLiteral("montant_lettres"), FrenchText::amountInWords(totalOpen)},
        {QStringLiteral("modalite_reglement"),
         req.promiseDate.isValid()
             ? QString(QStringLiteral("le ") + FrenchText::longDate(req.promiseDate)
                       + (req.promiseMeans.isEmpty() ? QString() : QString(QStringLiteral(" par ") + CallGuide::paymentMeansFrench(req.promiseMeans))))
             : QString(QStringLiteral("le ") + dotted + QStringLiteral(" par ") + dotted)},
        {QStringLiteral("nom_signataire_client"), dotted},
        {QStringLiteral("fonction_client"), dotted},
        {QStringLiteral("mention_copie"),
         appended.isEmpty() ? (count > 1 ? QStringLiteral("Nous pouvons vous en adresser une copie sur simple demande.")
                                         : QStringLiteral("Nous pouvons vous en adresser une copie sur simple demande."))
                            : (appended.size() > 1 ? QStringLiteral("Vous en trouverez les copies ci-jointes.")
                                                   : QStringLiteral("Vous en trouverez une copie ci-jointe."))},
    };
    {
        QStringList rateTexts;
        for (int r : std::as_const(rates))
            rateTexts << PenaltyCalculator::percentToFrench(r);
        v.text.insert(QStringLiteral("taux"), FrenchText::joinAnd(rateTexts)
                                                  + (rateTexts.size() > 1 ? QStringLiteral(" selon la période") : QString()));
        const int margin = ps.marginBp;
        const QString points = margin % 100 == 0 ? QString::number(margin / 100)
                                                 : PenaltyCalculator::percentToFrench(margin).chopped(2);
        v.text.insert(QStringLiteral("base_taux"),
                      ps.contractualRateBp ? QStringLiteral("taux prévu à nos conditions générales de vente")
                                           : QStringLiteral("taux de refinancement de la Banque centrale européenne majoré de %1 points").arg(points));
    }

    ComposedLetter letter;
    // Tables, each a block placeholder.
    letter.tables << invoiceTable(lines) << penaltyTable(lines, req.date) << dueSoonTable(lines) << statementTable(lines);
    v.blocks.insert(QStringLiteral("tableau_factures"), tableBlock(0));
    v.blocks.insert(QStringLiteral("tableau_factures_avec_penalites"), tableBlock(1));
    v.blocks.insert(QStringLiteral("tableau_echeances"), tableBlock(2));
    v.blocks.insert(QStringLiteral("releve_compte"), tableBlock(3));
    {
        LetterBlock sig;
        sig.kind = LetterBlock::Kind::Signature;
        const QString name = co.signatoryName.trimmed().isEmpty() ? co.name : co.signatoryName.trimmed();
        sig.runs << TextRun{name, true};
        if (!co.signatoryTitle.trimmed().isEmpty())
            sig.runs << TextRun{u'\n' + co.signatoryTitle.trimmed(), false};
        v.blocks.insert(QStringLiteral("signature"), sig);
    }

    const ExpandedTemplate expanded = TemplateExpander::expand(*tpl, v);
    if (!expanded.problems.isEmpty())
        return R::failure(QStringLiteral("modèle %1 : %2").arg(LetterLevel::templateKey(level), expanded.problems.join(QStringLiteral(" ; "))));

    letter.customerId = customer.id;
    letter.customerCode = customer.code;
    letter.customerName = customer.name;
    letter.level = level;
    letter.date = req.date;
    letter.channel = !req.lrarNumber.isEmpty() ? QStringLiteral("registered_letter")
                     : !req.channel.isEmpty() ? req.channel
                                              : LetterLevel::defaultChannel(level);
    if (level == LetterLevel::FormalNotice)
        letter.channel = QStringLiteral("registered_letter"); // a mise en demeure goes LRAR, always
    letter.lrarNumber = req.lrarNumber.trimmed();
    letter.registered = letter.channel == u"registered_letter";
    letter.actionId = req.actionId;
    letter.invoiceIds = invoiceIds;
    letter.totalCents = level == LetterLevel::FormalNotice ? totalGeneral : totalOpen;
    letter.company = co;
    letter.windowEnvelope = true;
    letter.recipientLines = to.laPosteLines(customer.name);
    letter.placeAndDate = (m_place.isEmpty() ? QString() : m_place + QStringLiteral(", ")) + QStringLiteral("le ")
        + FrenchText::longDate(req.date);
    letter.title = expanded.title;
    letter.subject = expanded.subject;
    letter.reference = v.text.value(QStringLiteral("reference"));
    letter.blocks = expanded.blocks;
    letter.runningHeader = QStringLiteral("%1 – %2 du %3 à %4 (suite)")
                               .arg(co.name, LetterLevel::french(level), shortDate(req.date), customer.name);
    letter.appended = appended;

    // The second reminder comes with the statement of account (DOMAIN.md §5).
    QStringList enclosures;
    if (level == LetterLevel::Level2) {
        letter.tables << statementTable(LetterTables::statementLines(openRows, req.date));
        letter.blocks << LetterBlock{LetterBlock::Kind::PageBreak, {}, -1};
        letter.blocks << textBlock(LetterBlock::Kind::Heading, QStringLiteral("Relevé de compte au %1").arg(FrenchText::longDate(req.date)), true);
        letter.blocks << textBlock(LetterBlock::Kind::Paragraph,
                                   QStringLiteral("%1 – compte client n° %2").arg(customer.name, customer.code));
        letter.blocks << tableBlock(int(letter.tables.size() - 1));
        enclosures << QStringLiteral("relevé de compte");
    }
    if (!appended.isEmpty())
        enclosures << (appended.size() > 1 ? QStringLiteral("copies des factures") : QStringLiteral("copie de la facture"));
    letter.enclosures = enclosures.join(QStringLiteral(", "));
    return letter;
}
