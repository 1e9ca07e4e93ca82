#include "EmailComposer.h"

#include "ActionRepository.h"
#include "CallGuide.h"
#include "CompanyRepository.h"
#include "CustomerPenalties.h"
#include "CustomerRepository.h"
#include "InvoiceRepository.h"
#include "LetterComposer.h"
#include "LetterLevel.h"
#include "LetterRenderer.h"
#include "LetterRepository.h"
#include "Money.h"
#include "PromiseRepository.h"
#include "SettingsRepository.h"
#include "Validators.h"

#include <QLocale>

#include <algorithm>

namespace {

QString frDate(const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

// "A", "A et B", "A, B et C".
QString frenchList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.join(QString());
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" et ") + items.last();
}

QString civilityWord(const QString &civility)
{
    const QString c = civility.trimmed();
    if (c == u"Mme" || c == u"Mme." || c.compare(u"madame", Qt::CaseInsensitive) == 0)
        return QStringLiteral("Madame");
    if (c == u"M." || c == u"M" || c == u"Mr" || c.compare(u"monsieur", Qt::CaseInsensitive) == 0)
        return QStringLiteral("Monsieur");
    return c;
}

QString rateFrench(int bp) { return QStringLiteral("%1,%2").arg(bp / 100).arg(bp % 100, 2, 10, QLatin1Char('0')); }

} // namespace

bool EmailComposer::attachesStatement(const QString &step)
{
    return step == u"level2" || step == u"level3" || step == u"formal_notice";
}

void EmailComposer::loadOnce()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_company = CompanyRepository(m_db).load();
    SettingsRepository settings(m_db);
    for (const QString &step : EmailTemplates::steps())
        m_templates.insert(step, EmailTemplates::load(settings, step));
}

Result<QByteArray> EmailComposer::statementPdf(qint64 customerId, const QDate &day)
{
    LetterRequest request;
    request.customerId = customerId;
    request.level = LetterLevel::Statement;
    request.date = day;
    auto letter = LetterComposer(m_db).compose(request);
    if (!letter)
        return Result<QByteArray>::failure(letter.error());
    return LetterRenderer::toPdf({*letter});
}

Result<ComposedEmail> EmailComposer::compose(const Action &action, const QDate &day, const MailAddress &from)
{
    using R = Result<ComposedEmail>;
    loadOnce();
    const auto customer = CustomerRepository(m_db).findById(action.customerId);
    if (!customer)
        return R::failure(QStringLiteral("client %1 introuvable").arg(action.customerId));

    ComposedEmail e;
    MailMessage &m = e.message;
    m.from = from;
    // The main contact with an e-mail address, else the first contact that has one.
    const Contact *contact = nullptr;
    for (const Contact &c : customer->contacts)
        if (!c.email.trimmed().isEmpty() && (!contact || (c.primary && !contact->primary)))
            contact = &c;
    if (contact) {
        const MailAddress to{contact->name.trimmed().isEmpty() ? customer->name : contact->name, contact->email.trimmed()};
        if (to.isValid())
            m.to << to;
        else
            e.warnings << QStringLiteral("adresse e-mail invalide pour %1 : « %2 »").arg(customer->name, to.address);
    } else {
        e.warnings << QStringLiteral("pas d'adresse e-mail pour %1 : ajoutez-la à un contact, ou appelez").arg(customer->name);
    }

    // The invoices the action is about, oldest due first, with what is still open on them today.
    InvoiceRepository invoices(m_db);
    QList<Invoice> items;
    for (qint64 id : action.invoiceIds)
        if (const auto inv = invoices.findById(id))
            items << *inv;
    std::sort(items.begin(), items.end(), [](const Invoice &a, const Invoice &b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.number < b.number;
    });
    EmailContext &c = e.context;
    QStringList numbers;
    for (const Invoice &inv : std::as_const(items)) {
        const qint64 open = inv.isOpen() ? inv.openCents : 0;
        c.invoices << EmailInvoiceLine{inv.number, inv.issueDate, inv.dueDate, inv.amountCents, open};
        c.totalOpenCents += open;
        numbers << inv.number;
    }
    if (items.isEmpty())
        c.totalOpenCents = action.amountCents;

    QHash<QString, QString> &v = c.values;
    v.insert(QStringLiteral("client"), customer->name);
    v.insert(QStringLiteral("code_client"), customer->code);
    v.insert(QStringLiteral("civilite"), contact ? civilityWord(contact->civility) : QString());
    v.insert(QStringLiteral("nom_contact"), contact ? contact->name : QString());
    v.insert(QStringLiteral("numeros"), frenchList(numbers));
    v.insert(QStringLiteral("nombre_factures"), QString::number(items.size()));
    v.insert(QStringLiteral("total_du"), Money(c.totalOpenCents).toFrench());
    if (!items.isEmpty()) {
        const Invoice &first = items.first();
        v.insert(QStringLiteral("numero"), first.number);
        v.insert(QStringLiteral("date_facture"), frDate(first.issueDate));
        v.insert(QStringLiteral("montant_ttc"), Money(first.amountCents).toFrench());
        v.insert(QStringLiteral("reste_du"), Money(first.isOpen() ? first.openCents : 0).toFrench());
        v.insert(QStringLiteral("date_echeance"), frDate(first.dueDate));
        v.insert(QStringLiteral("jours_retard"), QString::number(first.daysLate(day)));
    }
    v.insert(QStringLiteral("raison_sociale"), m_company.name);
    v.insert(QStringLiteral("signataire"), m_company.signatoryName.isEmpty() ? m_company.name : m_company.signatoryName);
    v.insert(QStringLiteral("fonction"), m_company.signatoryTitle);
    v.insert(QStringLiteral("telephone"), m_company.phone);
    v.insert(QStringLiteral("iban"), Validators::formatIban(m_company.iban));
    v.insert(QStringLiteral("bic"), m_company.bic);
    v.insert(QStringLiteral("date"), QLocale(QLocale::French, QLocale::France).toString(day, QStringLiteral("d MMMM yyyy")));

    // Previous reminders on these invoices (done actions after the due date, and letters sent).
    QList<QDate> reminders;
    for (const Action &done : ActionRepository(m_db).forCustomer(action.customerId)) {
        if (done.status != Action::Status::Done || done.step == u"preventive" || done.id == action.id)
            continue;
        const bool concerned = done.invoiceIds.isEmpty()
                               || std::any_of(done.invoiceIds.begin(), done.invoiceIds.end(),
                                              [&](qint64 id) { return action.invoiceIds.contains(id); });
        if (concerned)
            reminders << (done.doneAt.isValid() ? done.doneAt.date() : done.plannedDate);
    }
    for (const Letter &l : LetterRepository(m_db).forCustomer(action.customerId))
        if (l.isSent() && l.level != LetterLevel::Statement && l.level != LetterLevel::Preventive)
            reminders << l.sentOn;
    std::sort(reminders.begin(), reminders.end());
    reminders.erase(std::unique(reminders.begin(), reminders.end()), reminders.end());
    if (!reminders.isEmpty()) {
        QStringList dates;
        for (const QDate &d : std::as_const(reminders))
            dates << frDate(d);
        v.insert(QStringLiteral("date_relance_precedente"), dates.last());
        v.insert(QStringLiteral("dates_relances"),
                 (dates.size() > 1 ? QStringLiteral("les ") : QStringLiteral("le ")) + frenchList(dates));
        c.conditions << QStringLiteral("relance");
    }

    // The penalty rate that runs today for this customer (contractual or ECB + 10 points).
    if (auto calculator = CustomerPenalties::calculatorFor(m_db, action.customerId))
        v.insert(QStringLiteral("taux"), rateFrench(calculator->rateForDay(day)));

    // The promise a follow-up is about: the latest one not kept.
    std::optional<Promise> broken;
    for (const Promise &p : PromiseRepository(m_db).forCustomer(action.customerId))
        if (p.status == Promise::Status::Broken && (!broken || p.promisedDate > broken->promisedDate))
            broken = p;
    if (broken) {
        v.insert(QStringLiteral("date_promise"), frDate(broken->promisedDate));
        c.conditions << QStringLiteral("promesse");
        if (!broken->means.isEmpty()) {
            v.insert(QStringLiteral("moyen"), CallGuide::paymentMeansFrench(broken->means));
            c.conditions << QStringLiteral("moyen");
        }
    }

    c.conditions << (items.size() > 1 ? QStringLiteral("plusieurs") : QStringLiteral("une"));
    if (!m_company.iban.isEmpty())
        c.conditions << QStringLiteral("iban");
    if (!m_company.signatoryTitle.isEmpty())
        c.conditions << QStringLiteral("fonction");

    // Attachments: the invoice PDFs kept by the import, then a statement of account for the firmer steps.
    QStringList withoutPdf;
    for (const Invoice &inv : std::as_const(items)) {
        QString fileName;
        const QByteArray pdf = invoices.pdf(inv.id, &fileName);
        if (pdf.isEmpty()) {
            withoutPdf << inv.number;
            continue;
        }
        m.attachments << MailAttachment{fileName.isEmpty() ? QStringLiteral("Facture %1.pdf").arg(inv.number) : fileName,
                                        QStringLiteral("application/pdf"), pdf};
    }
    if (!withoutPdf.isEmpty())
        e.warnings << (withoutPdf.size() > 1 ? QStringLiteral("pas de PDF pour les factures %1 : elles ne sont pas jointes")
                                             : QStringLiteral("pas de PDF pour la facture %1 : elle n'est pas jointe"))
                          .arg(frenchList(withoutPdf));
    if (!m.attachments.isEmpty())
        c.conditions << QStringLiteral("pdf");
    if (attachesStatement(action.step)) {
        auto statement = statementPdf(action.customerId, day);
        if (statement) {
            m.attachments << MailAttachment{QStringLiteral("Relevé de compte %1 au %2.pdf")
                                                .arg(customer->code, day.toString(QStringLiteral("dd-MM-yyyy"))),
                                            QStringLiteral("application/pdf"), *statement};
            c.conditions << QStringLiteral("releve");
        } else {
            e.warnings << QStringLiteral("relevé de compte non joint : %1").arg(statement.error());
        }
    }

    const EmailTemplate t = m_templates.contains(action.step) ? m_templates.value(action.step)
                                                               : m_templates.value(QStringLiteral("level1"));
    const RenderedEmail rendered = EmailTemplates::render(t, c);
    m.subject = rendered.subject;
    m.text = rendered.text;
    m.html = rendered.html;
    return e;
}
