#include "DossierBuilder.h"

#include "CallGuide.h"
#include "CompanyRepository.h"
#include "CustomerPenalties.h"
#include "CustomerRepository.h"
#include "DisputeRepository.h"
#include "EventJournal.h"
#include "FrenchText.h"
#include "InvoiceRepository.h"
#include "LetterArchive.h"
#include "LetterComposer.h"
#include "LetterLevel.h"
#include "LetterRepository.h"
#include "LetterTables.h"
#include "PenaltyCalculator.h"
#include "PromiseRepository.h"
#include "Scenario.h"
#include "SettingsRepository.h"

#include <QHash>
#include <algorithm>

namespace {

using FrenchText::euros;
using FrenchText::shortDate;

LetterBlock heading(const QString &text)
{
    LetterBlock b;
    b.kind = LetterBlock::Kind::Heading;
    b.runs << TextRun{text, true};
    return b;
}

LetterBlock paragraph(const QList<TextRun> &runs)
{
    LetterBlock b;
    b.kind = LetterBlock::Kind::Paragraph;
    b.runs = runs;
    return b;
}

LetterBlock paragraph(const QString &text) { return paragraph({TextRun{text, false}}); }

QString promiseStatusFrench(Promise::Status s)
{
    switch (s) {
    case Promise::Status::Open:
        return QStringLiteral("en cours");
    case Promise::Status::Kept:
        return QStringLiteral("tenue");
    case Promise::Status::Broken:
        return QStringLiteral("non tenue");
    case Promise::Status::Cancelled:
        return QStringLiteral("annulée");
    }
    return {};
}

QString channelOf(const Letter &l) { return Scenario::channelFrench(l.channel); }

} // namespace

QString DossierBuilder::eventKindFrench(const QString &kind)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("reminder_sent"), QStringLiteral("Relance")},
        {QStringLiteral("call_outcome"), QStringLiteral("Résultat de relance")},
        {QStringLiteral("action_done"), QStringLiteral("Relance faite")},
        {QStringLiteral("action_undone"), QStringLiteral("Saisie annulée")},
        {QStringLiteral("promise_made"), QStringLiteral("Promesse de paiement")},
        {QStringLiteral("promise_kept"), QStringLiteral("Promesse tenue")},
        {QStringLiteral("promise_broken"), QStringLiteral("Promesse non tenue")},
        {QStringLiteral("dispute_opened"), QStringLiteral("Litige ouvert")},
        {QStringLiteral("dispute_resolved"), QStringLiteral("Litige clos")},
        {QStringLiteral("letter_printed"), QStringLiteral("Courrier imprimé")},
        {QStringLiteral("letter_sent"), QStringLiteral("Courrier envoyé")},
        {QStringLiteral("letter_receipt"), QStringLiteral("Accusé de réception")},
        {QStringLiteral("payment_received"), QStringLiteral("Règlement reçu")},
        {QStringLiteral("payment_plan"), QStringLiteral("Échéancier")},
        {QStringLiteral("profile_override"), QStringLiteral("Profil modifié")},
        {QStringLiteral("pause"), QStringLiteral("Relances suspendues")},
        {QStringLiteral("import"), QStringLiteral("Import")},
    };
    return labels.value(kind, kind);
}

Result<ComposedLetter> DossierBuilder::compose(qint64 customerId, const QDate &date)
{
    using R = Result<ComposedLetter>;
    const auto found = CustomerRepository(m_db).findById(customerId);
    if (!found)
        return R::failure(QStringLiteral("client %1 introuvable").arg(customerId));
    const Customer &customer = *found;
    const Company company = CompanyRepository(m_db).load();
    if (company.name.trimmed().isEmpty())
        return R::failure(QStringLiteral("votre société n'est pas renseignée : complétez-la avant de préparer un dossier"));

    ComposedLetter d;
    d.customerId = customer.id;
    d.customerCode = customer.code;
    d.customerName = customer.name;
    d.level = QStringLiteral("dossier");
    d.date = date;
    d.company = company;
    d.windowEnvelope = false;
    QString place = SettingsRepository(m_db).value(LetterComposer::placeKey()).trimmed();
    if (place.isEmpty())
        place = company.address.city.trimmed();
    d.placeAndDate = (place.isEmpty() ? QString() : place + QStringLiteral(", ")) + QStringLiteral("le ") + FrenchText::longDate(date);
    d.title = QStringLiteral("DOSSIER CONTENTIEUX");
    d.subject = QStringLiteral("Créance de %1 sur %2 au %3").arg(company.name, customer.name, FrenchText::longDate(date));
    d.reference = customer.code;
    d.runningHeader = QStringLiteral("Dossier contentieux – %1 (%2) – au %3").arg(customer.name, customer.code, shortDate(date));

    // 1. The parties.
    d.blocks << heading(QStringLiteral("1. Les parties"));
    {
        QStringList creditor{company.name};
        const QString legal = LetterComposer::legalLine(company);
        if (!legal.isEmpty())
            creditor << legal;
        const QStringList address = LetterComposer::addressLines(company.address);
        if (!address.isEmpty())
            creditor << address.join(QStringLiteral(", "));
        d.blocks << paragraph({TextRun{QStringLiteral("Créancier : "), true}, TextRun{creditor.join(QStringLiteral(" – ")), false}});
        QStringList debtor{customer.name};
        if (!customer.legalForm.isEmpty())
            debtor << customer.legalForm;
        debtor << QStringLiteral("SIREN ") + (customer.siren.isEmpty() ? QStringLiteral("non communiqué") : FrenchText::formatSiren(customer.siren));
        if (!customer.siret.isEmpty())
            debtor << QStringLiteral("SIRET ") + customer.siret;
        if (!customer.vatNumber.isEmpty())
            debtor << QStringLiteral("TVA ") + customer.vatNumber;
        PostalAddress a = customer.address;
        const QStringList debtorAddress = LetterComposer::addressLines(a);
        if (!debtorAddress.isEmpty())
            debtor << debtorAddress.join(QStringLiteral(", "));
        d.blocks << paragraph({TextRun{QStringLiteral("Débiteur : "), true}, TextRun{debtor.join(QStringLiteral(" – ")), false}});
        QStringList contacts;
        for (const Contact &c : customer.contacts) {
            QStringList parts{FrenchText::personName(c.civility, c.name)};
            for (const QString &s : {c.role, c.phone, c.email})
                if (!s.isEmpty())
                    parts << s;
            contacts << parts.join(QStringLiteral(", "));
        }
        if (!contacts.isEmpty())
            d.blocks << paragraph({TextRun{QStringLiteral("Contacts : "), true}, TextRun{contacts.join(QStringLiteral(" ; ")), false}});
        QString terms = QStringLiteral("Conditions de paiement : %1 jours%2.").arg(customer.paymentTermsDays)
                            .arg(customer.endOfMonth ? QStringLiteral(" fin de mois") : QString());
        if (!company.latePaymentClause.isEmpty())
            terms += QStringLiteral(" Clause de pénalités des conditions générales de vente : « %1 »").arg(company.latePaymentClause);
        d.blocks << paragraph(terms);
    }

    // 2. The claim on the day, with penalties (CustomerPenalties) — disputed invoices listed apart.
    auto claim = CustomerPenalties::claim(m_db, customer.id, date);
    if (!claim)
        return R::failure(claim.error());
    QList<LetterLine> claimed;
    QStringList disputed;
    for (const CustomerClaimLine &cl : std::as_const(claim->lines)) {
        if (cl.penalty.excluded)
            disputed << QStringLiteral("%1 (%2)").arg(cl.number, euros(cl.openCents));
        else
            claimed << LetterTables::fromClaim(cl);
    }
    d.blocks << heading(QStringLiteral("2. La créance au %1").arg(FrenchText::longDate(date)));
    if (claimed.isEmpty()) {
        d.blocks << paragraph(QStringLiteral("Aucune facture échue hors litige à cette date."));
    } else {
        d.tables << LetterTables::penaltyTable(claimed, date);
        d.blocks << LetterBlock{LetterBlock::Kind::Table, {}, int(d.tables.size() - 1)};
        auto calculator = CustomerPenalties::calculatorFor(m_db, customer.id);
        if (calculator)
            d.blocks << paragraph(
                calculator->settings().contractualRateBp
                    ? QStringLiteral("Pénalités au taux prévu aux conditions générales de vente (article L441-10 du Code de commerce), "
                                     "indemnité forfaitaire de %1 par facture (article D441-5).").arg(LetterTables::eurosShort(calculator->settings().indemnityCents))
                    : QStringLiteral("Pénalités au taux de refinancement de la BCE du semestre majoré de %1 points (article L441-10 du Code "
                                     "de commerce), indemnité forfaitaire de %2 par facture (article D441-5).")
                          .arg(calculator->settings().marginBp / 100).arg(LetterTables::eurosShort(calculator->settings().indemnityCents)));
        d.totalCents = claim->totalDueCents();
    }
    if (!disputed.isEmpty())
        d.blocks << paragraph(QStringLiteral("Factures en litige, non réclamées : %1.").arg(disputed.join(QStringLiteral(", "))));

    // 3. Statement of account.
    InvoiceFilter filter;
    filter.openOnly = true;
    filter.customerId = customer.id;
    InvoiceRepository invoiceRepo(m_db);
    const QList<LetterLine> statement = LetterTables::statementLines(invoiceRepo.list(filter), date);
    d.blocks << heading(QStringLiteral("3. Relevé de compte"));
    if (statement.isEmpty()) {
        d.blocks << paragraph(QStringLiteral("Aucune pièce ouverte."));
    } else {
        d.tables << LetterTables::statementTable(statement);
        d.blocks << LetterBlock{LetterBlock::Kind::Table, {}, int(d.tables.size() - 1)};
    }

    // 4. Chronology: the journal in date order. An event journaled once per invoice shows once, with its invoices.
    QHash<qint64, QString> numbers;
    for (const Invoice &inv : invoiceRepo.forCustomer(customer.id))
        numbers.insert(inv.id, inv.number);
    QList<Event> events = EventJournal(m_db).forCustomer(customer.id);
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.id < b.id;
    });
    struct Entry
    {
        QDateTime at;
        QString kind;
        QString summary;
        QStringList invoices;
    };
    QList<Entry> entries;
    QHash<QString, qsizetype> seen;
    for (const Event &e : std::as_const(events)) {
        if (e.occurredAt.date() > date)
            continue;
        const QString key = e.occurredAt.toString(Qt::ISODate) + u'|' + e.kind + u'|' + e.summary;
        const QString number = numbers.value(e.invoiceId);
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            if (!number.isEmpty() && !entries[*it].invoices.contains(number))
                entries[*it].invoices << number;
            continue;
        }
        seen.insert(key, entries.size());
        entries << Entry{e.occurredAt, e.kind, e.summary, number.isEmpty() ? QStringList() : QStringList{number}};
    }
    d.blocks << heading(QStringLiteral("4. Chronologie des relances et des échanges"));
    if (entries.isEmpty()) {
        d.blocks << paragraph(QStringLiteral("Aucun événement au journal."));
    } else {
        LetterTable t;
        t.columns = {{QStringLiteral("Date"), 15, false}, {QStringLiteral("Événement"), 17, false},
                     {QStringLiteral("Factures"), 16, false}, {QStringLiteral("Détail"), 52, false}};
        for (const Entry &e : std::as_const(entries))
            t.rows << QStringList{e.at.toString(QStringLiteral("dd/MM/yyyy HH:mm")), eventKindFrench(e.kind),
                                  e.invoices.join(QStringLiteral(", ")), e.summary};
        d.tables << t;
        d.blocks << LetterBlock{LetterBlock::Kind::Table, {}, int(d.tables.size() - 1)};
    }

    // 5. Promises.
    QList<Promise> promises = PromiseRepository(m_db).forCustomer(customer.id);
    std::sort(promises.begin(), promises.end(), [](const Promise &a, const Promise &b) {
        return a.madeOn != b.madeOn ? a.madeOn < b.madeOn : a.id < b.id;
    });
    d.blocks << heading(QStringLiteral("5. Promesses de paiement"));
    if (promises.isEmpty()) {
        d.blocks << paragraph(QStringLiteral("Aucune promesse enregistrée."));
    } else {
        LetterTable t;
        t.columns = {{QStringLiteral("Faite le"), 13, false}, {QStringLiteral("Pour le"), 13, false},
                     {QStringLiteral("Montant"), 15, true},   {QStringLiteral("Moyen"), 15, false},
                     {QStringLiteral("Statut"), 12, false},   {QStringLiteral("Factures"), 32, false}};
        for (const Promise &p : std::as_const(promises)) {
            QStringList nums;
            for (qint64 id : p.invoiceIds)
                nums << numbers.value(id);
            t.rows << QStringList{shortDate(p.madeOn), shortDate(p.promisedDate), euros(p.amountCents),
                                  CallGuide::paymentMeansFrench(p.means), promiseStatusFrench(p.status), nums.join(QStringLiteral(", "))};
        }
        d.tables << t;
        d.blocks << LetterBlock{LetterBlock::Kind::Table, {}, int(d.tables.size() - 1)};
    }

    // 6. Disputes.
    QList<Dispute> disputes = DisputeRepository(m_db).forCustomer(customer.id);
    std::sort(disputes.begin(), disputes.end(), [](const Dispute &a, const Dispute &b) {
        return a.openedOn != b.openedOn ? a.openedOn < b.openedOn : a.id < b.id;
    });
    d.blocks << heading(QStringLiteral("6. Litiges"));
    if (disputes.isEmpty()) {
        d.blocks << paragraph(QStringLiteral("Aucun litige enregistré."));
    } else {
        LetterTable t;
        t.columns = {{QStringLiteral("Facture"), 15, false}, {QStringLiteral("Motif"), 17, false},
                     {QStringLiteral("Ouvert le"), 12, false}, {QStringLiteral("Clos le"), 12, false},
                     {QStringLiteral("Issue et commentaire"), 44, false}};
        for (const Dispute &x : std::as_const(disputes)) {
            QStringList text;
            if (!x.resolution.isEmpty())
                text << x.resolution;
            if (!x.comment.isEmpty())
                text << x.comment;
            t.rows << QStringList{numbers.value(x.invoiceId), CallGuide::disputeCategoryFrench(x.category), shortDate(x.openedOn),
                                  x.isOpen() ? QStringLiteral("en cours") : shortDate(x.resolvedOn), text.join(QStringLiteral(" — "))};
        }
        d.tables << t;
        d.blocks << LetterBlock{LetterBlock::Kind::Table, {}, int(d.tables.size() - 1)};
    }

    // 7. Archived letters, then each of them page for page, their hash checked.
    LetterArchive archive(m_db);
    QList<Letter> letters;
    for (const Letter &l : LetterRepository(m_db).forCustomer(customer.id))
        if (l.isSent() && l.sentOn <= date)
            letters << l;
    d.blocks << heading(QStringLiteral("7. Courriers envoyés"));
    if (letters.isEmpty()) {
        d.blocks << paragraph(QStringLiteral("Aucun courrier archivé."));
    } else {
        LetterTable t;
        t.columns = {{QStringLiteral("Pièce"), 7, false},     {QStringLiteral("Courrier"), 20, false},
                     {QStringLiteral("Daté du"), 11, false},  {QStringLiteral("Envoyé le"), 11, false},
                     {QStringLiteral("Mode et n° LRAR"), 23, false}, {QStringLiteral("AR reçu le"), 11, false},
                     {QStringLiteral("Courrier n°"), 17, false}};
        QStringList hashes;
        int piece = 0;
        for (const Letter &l : std::as_const(letters)) {
            ++piece;
            auto full = archive.reopen(l.id);
            if (!full)
                return R::failure(full.error());
            const QString what = LetterLevel::french(l.level);
            t.rows << QStringList{QString::number(piece), what, shortDate(l.letterDate), shortDate(l.sentOn),
                                  channelOf(l) + (l.lrarNumber.isEmpty() ? QString() : QString(QStringLiteral(" n° ") + l.lrarNumber)),
                                  l.receiptOn.isValid() ? shortDate(l.receiptOn) : QStringLiteral("—"), QString::number(l.id)};
            hashes << QStringLiteral("pièce %1 : %2").arg(piece).arg(l.sha256);
            d.appended << AppendedPdf{QStringLiteral("Pièce %1 – %2 du %3, envoyée le %4%5 – SHA-256 %6")
                                          .arg(piece)
                                          .arg(what, shortDate(l.letterDate), shortDate(l.sentOn),
                                               l.lrarNumber.isEmpty() ? QString() : QString(QStringLiteral(", LRAR n° ") + l.lrarNumber),
                                               l.sha256.left(16) + QStringLiteral("…")),
                                      full->pdf};
        }
        d.tables << t;
        d.blocks << LetterBlock{LetterBlock::Kind::Table, {}, int(d.tables.size() - 1)};
        d.blocks << paragraph(QStringLiteral("Les courriers sont reproduits ci-après, page pour page, à partir de l'exemplaire "
                                             "archivé au moment de l'envoi. Empreintes SHA-256 des PDF archivés : ")
                              + hashes.join(QStringLiteral(" ; ")) + u'.');
    }
    return d;
}
