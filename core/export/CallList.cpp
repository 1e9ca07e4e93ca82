#include "CallList.h"

#include "ActionRepository.h"
#include "CallGuide.h"
#include "CompanyRepository.h"
#include "CustomerRepository.h"
#include "InvoiceRepository.h"
#include "Money.h"
#include "PromiseRepository.h"
#include "ReminderPlanner.h"
#include "Scenario.h"
#include "SettingsRepository.h"
#include "XlsxWriter.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString frDate(const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

QString longFrenchDate(const QDate &d, bool withYear)
{
    static const QLocale fr(QLocale::French, QLocale::France);
    return fr.toString(d, withYear ? QStringLiteral("dddd d MMMM yyyy") : QStringLiteral("dddd d MMMM"));
}

const Contact *mainContact(const Customer &c)
{
    for (const Contact &ct : c.contacts)
        if (ct.primary)
            return &ct;
    return c.contacts.isEmpty() ? nullptr : &c.contacts.first();
}

} // namespace

// --- IsoWeek -----------------------------------------------------------------------------------------------------

QDate IsoWeek::monday() const
{
    if (week < 1 || week > 53 || year < 1900 || year > 9998)
        return {};
    // 4 January is always in week 1; its Monday starts the ISO year.
    const QDate jan4(year, 1, 4);
    const QDate d = jan4.addDays(1 - jan4.dayOfWeek()).addDays(qint64(week - 1) * 7);
    int y = 0;
    return d.weekNumber(&y) == week && y == year ? d : QDate();
}

QString IsoWeek::toString() const { return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0')); }

IsoWeek IsoWeek::containing(const QDate &day)
{
    IsoWeek w;
    w.week = day.weekNumber(&w.year);
    return w;
}

IsoWeek IsoWeek::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-?[Ww](\\d{1,2})$"));
    const auto m = re.match(text.trimmed().toString());
    if (!m.hasMatch())
        return {};
    IsoWeek w{m.captured(1).toInt(), m.captured(2).toInt()};
    return w.isValid() ? w : IsoWeek{};
}

// --- CallList ----------------------------------------------------------------------------------------------------

qint64 CallList::totalDueCents() const
{
    qint64 total = 0;
    for (const CallListRow &r : rows)
        total += r.totalDueCents;
    return total;
}

int CallList::overdueCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const CallListRow &r) { return r.overdue; }));
}

Result<CallList> CallListBuilder::build(const IsoWeek &week, const QDate &today)
{
    using R = Result<CallList>;
    if (!week.isValid())
        return R::failure(QStringLiteral("semaine invalide"));
    SettingsRepository settings(m_db);
    ReminderPlanner planner(m_db, PlannerSettings::load(settings));
    auto actions = planner.sync(today, week.monday(), week.sunday());
    if (!actions)
        return R::failure(actions.error());

    CallList list;
    list.week = week;
    list.today = today;
    list.companyName = CompanyRepository(m_db).load().name;

    QHash<qint64, Customer> customers;
    for (Customer &c : CustomerRepository(m_db).all())
        customers.insert(c.id, std::move(c));
    QHash<qint64, Invoice> invoices;
    for (InvoiceRow &r : InvoiceRepository(m_db).list())
        invoices.insert(r.invoice.id, std::move(r.invoice));

    // The latest completed action per customer, from the whole history (one query).
    QHash<qint64, Action> lastDone;
    for (const Action &a : ActionRepository(m_db).between(QDate(1900, 1, 1), QDate(9999, 12, 31))) {
        if (a.status != Action::Status::Done)
            continue;
        auto it = lastDone.find(a.customerId);
        if (it == lastDone.end() || a.doneAt > it->doneAt || (a.doneAt == it->doneAt && a.id > it->id))
            lastDone.insert(a.customerId, a);
    }
    // The most recent open promise per customer.
    QHash<qint64, Promise> promises;
    for (const Promise &p : PromiseRepository(m_db).open()) {
        auto it = promises.find(p.customerId);
        if (it == promises.end() || p.madeOn > it->madeOn || (p.madeOn == it->madeOn && p.id > it->id))
            promises.insert(p.customerId, p);
    }

    for (const Action &a : std::as_const(*actions)) {
        if (a.channel != u"phone" || a.status != Action::Status::Planned)
            continue;
        const Customer c = customers.value(a.customerId);
        CallListRow r;
        r.actionId = a.id;
        r.customerId = a.customerId;
        r.day = a.plannedDate;
        // Carried forward from an earlier working day; a step that fell on a weekend or holiday and simply stands on
        // the next working day is not late (Action::isOverdue() alone does not tell them apart).
        r.overdue = a.isOverdue() && planner.calendar().nextWorkingDay(a.scheduledDate) < a.plannedDate;
        r.scheduledDate = r.overdue ? a.scheduledDate : QDate();
        r.customerCode = c.code;
        r.customerName = c.name;
        if (const Contact *ct = mainContact(c)) {
            r.contactName = ct->civility.isEmpty() ? ct->name : ct->civility + u' ' + ct->name;
            r.contactRole = ct->role;
            r.phone = ct->phone;
            r.email = ct->email;
        }
        r.profile = c.effectiveProfile() ? payerProfileFrench(*c.effectiveProfile()) : QStringLiteral("non classé");
        r.step = Scenario::stepFrench(a.step);
        qint64 open = 0;
        for (qint64 id : a.invoiceIds) {
            const auto it = invoices.constFind(id);
            if (it == invoices.constEnd())
                continue;
            r.invoiceNumbers << it->number;
            if (it->isOpen())
                open += it->openCents;
            if (it->dueDate.isValid() && (!r.oldestDueDate.isValid() || it->dueDate < r.oldestDueDate))
                r.oldestDueDate = it->dueDate;
        }
        r.totalDueCents = a.invoiceIds.isEmpty() ? a.amountCents : open;
        r.daysFromDue = r.oldestDueDate.isValid() ? int(r.oldestDueDate.daysTo(r.day)) : 0;
        if (const auto it = lastDone.constFind(a.customerId); it != lastDone.constEnd()) {
            r.lastAction = QStringLiteral("%1 par %2 le %3")
                               .arg(Scenario::stepFrench(it->step), Scenario::channelFrench(it->channel),
                                    frDate(it->doneAt.isValid() ? it->doneAt.date() : it->plannedDate));
            QStringList outcome;
            if (!it->outcome.isEmpty())
                outcome << CallGuide::outcomeFrench(it->outcome);
            if (!it->comment.isEmpty())
                outcome << it->comment;
            r.lastOutcome = outcome.join(QStringLiteral(" — "));
        }
        if (const auto it = promises.constFind(a.customerId); it != promises.constEnd()) {
            r.currentPromise = QStringLiteral("%1 le %2").arg(CallGuide::paymentMeansFrench(it->means), frDate(it->promisedDate));
            if (it->amountCents)
                r.currentPromise += QStringLiteral(" (%1)").arg(Money(it->amountCents).toFrench());
        }
        r.questions = CallGuide::questions(a.step);
        list.rows << r;
    }
    std::stable_sort(list.rows.begin(), list.rows.end(), [](const CallListRow &x, const CallListRow &y) {
        if (x.overdue != y.overdue)
            return x.overdue;
        if (x.day != y.day)
            return x.day < y.day;
        if (x.totalDueCents != y.totalDueCents)
            return x.totalDueCents > y.totalDueCents;
        return x.customerName.localeAwareCompare(y.customerName) < 0;
    });
    return list;
}

// --- Excel -------------------------------------------------------------------------------------------------------

namespace CallListXlsx {

namespace Col {
enum : int {
    Day, CarriedFrom, Customer, Code, Contact, Role, Phone, Email, Profile, Step, Invoices, TotalDue, OldestDue,
    DaysFromDue, LastAction, LastOutcome, Promise, Questions, Outcome, PromiseDate, Means, Notes, Count
};
}

const QStringList &headers()
{
    static const QStringList h = {
        QStringLiteral("Jour"), QStringLiteral("Reporté du"), QStringLiteral("Client"), QStringLiteral("Code"),
        QStringLiteral("Contact"), QStringLiteral("Fonction"), QStringLiteral("Téléphone"), QStringLiteral("E-mail"),
        QStringLiteral("Profil payeur"), QStringLiteral("Étape"), QStringLiteral("Factures"), QStringLiteral("Montant dû"),
        QStringLiteral("Plus ancienne échéance"), QStringLiteral("Jours / échéance"), QStringLiteral("Dernière action"),
        QStringLiteral("Résultat obtenu"), QStringLiteral("Promesse en cours"), QStringLiteral("Questions à poser"),
        QStringLiteral("Résultat"), QStringLiteral("Date promise"), QStringLiteral("Moyen"), QStringLiteral("Notes")};
    return h;
}

Status write(const CallList &list, const QString &path)
{
    const QString weekLabel = QStringLiteral("Semaine %1").arg(list.week.week);
    const QDate friday = list.week.monday().addDays(4);
    const QString title = QStringLiteral("Appels de la semaine %1 (du %2 au %3)%4")
                              .arg(list.week.week)
                              .arg(longFrenchDate(list.week.monday(), false), longFrenchDate(friday, true),
                                   list.companyName.isEmpty() ? QString() : QStringLiteral(" — ") + list.companyName);

    XlsxWriter::Options options;
    options.constantMemory = true; // rows are written in order; keeps memory flat for long lists
    options.title = title;
    options.subject = QStringLiteral("Liste d'appels %1").arg(list.week.toString());
    options.author = QStringLiteral("Encaisse");
    options.company = list.companyName;
    XlsxWriter book(path, options);
    XlsxWriter::Sheet sheet = book.addSheet(weekLabel);

    // Styles.
    const quint32 ink = 0x1F3864, late = 0xC00000, headerFill = 0xDCE6F1, fillIn = 0xFFF8E1;
    XlsxStyle s;
    s.bold = true;
    s.fontSize = 14;
    s.fontColor = ink;
    const auto fTitle = book.addFormat(s);
    s = {};
    s.italic = true;
    s.fontColor = 0x595959;
    const auto fSubtitle = book.addFormat(s);
    s = {};
    s.bold = true;
    s.wrap = true;
    s.alignTop = true;
    s.background = headerFill;
    s.border = XlsxStyle::Border::BottomThin;
    const auto fHeader = book.addFormat(s);
    XlsxStyle cell;
    cell.alignTop = true;
    const auto fText = book.addFormat(cell);
    s = cell;
    s.wrap = true;
    const auto fWrap = book.addFormat(s);
    s = cell;
    s.numberFormat = XlsxWriter::dateFormat();
    const auto fDate = book.addFormat(s);
    s.bold = true;
    s.fontColor = late;
    const auto fDateLate = book.addFormat(s);
    s = cell;
    s.numberFormat = XlsxWriter::euroFormat();
    const auto fEuro = book.addFormat(s);
    s = cell;
    s.numberFormat = XlsxWriter::signedDaysFormat();
    const auto fDays = book.addFormat(s);
    s.fontColor = late;
    const auto fDaysLate = book.addFormat(s);
    s = cell;
    s.background = fillIn;
    s.border = XlsxStyle::Border::Thin;
    s.wrap = true;
    const auto fFill = book.addFormat(s);
    s.numberFormat = XlsxWriter::dateFormat();
    const auto fFillDate = book.addFormat(s);

    const QList<std::pair<int, double>> widths = {
        {Col::Day, 11}, {Col::CarriedFrom, 11}, {Col::Customer, 26}, {Col::Code, 9}, {Col::Contact, 20},
        {Col::Role, 18}, {Col::Phone, 16}, {Col::Email, 26}, {Col::Profile, 14}, {Col::Step, 18},
        {Col::Invoices, 16}, {Col::TotalDue, 14}, {Col::OldestDue, 12}, {Col::DaysFromDue, 10},
        {Col::LastAction, 26}, {Col::LastOutcome, 22}, {Col::Promise, 22}, {Col::Questions, 60},
        {Col::Outcome, 20}, {Col::PromiseDate, 12}, {Col::Means, 12}, {Col::Notes, 32}};
    for (const auto &[col, width] : widths)
        sheet.setColumn(col, col, width);

    constexpr int TitleRow = 0, SubtitleRow = 1, HeaderRow = 2, FirstDataRow = 3;
    sheet.setRowHeight(TitleRow, 22);
    sheet.text(TitleRow, 0, title, fTitle);
    const int overdue = list.overdueCount();
    sheet.text(SubtitleRow, 0,
               QStringLiteral("%1 appel%2%3 · %4 dus · liste établie le %5")
                   .arg(list.rows.size())
                   .arg(list.rows.size() > 1 ? QStringLiteral("s") : QString())
                   .arg(overdue ? QStringLiteral(", dont %1 en retard").arg(overdue) : QString())
                   .arg(Money(list.totalDueCents()).toFrench(), frDate(list.today)),
               fSubtitle);
    sheet.setRowHeight(HeaderRow, 30);
    for (int c = 0; c < Col::Count; ++c)
        sheet.text(HeaderRow, c, headers().at(c), fHeader);

    int row = FirstDataRow;
    for (const CallListRow &r : list.rows) {
        sheet.date(row, Col::Day, r.day, r.overdue ? fDateLate : fDate);
        sheet.date(row, Col::CarriedFrom, r.scheduledDate, fDate);
        sheet.text(row, Col::Customer, r.customerName, fWrap);
        sheet.text(row, Col::Code, r.customerCode, fText);
        sheet.text(row, Col::Contact, r.contactName, fWrap);
        sheet.text(row, Col::Role, r.contactRole, fWrap);
        sheet.text(row, Col::Phone, r.phone, fText);
        sheet.text(row, Col::Email, r.email, fText);
        sheet.text(row, Col::Profile, r.profile, fText);
        sheet.text(row, Col::Step, r.step, fWrap);
        sheet.text(row, Col::Invoices, r.invoiceNumbers.join(QStringLiteral(", ")), fWrap);
        sheet.money(row, Col::TotalDue, r.totalDueCents, fEuro);
        sheet.date(row, Col::OldestDue, r.oldestDueDate, fDate);
        if (r.oldestDueDate.isValid())
            sheet.number(row, Col::DaysFromDue, r.daysFromDue, r.daysFromDue > 0 ? fDaysLate : fDays);
        sheet.text(row, Col::LastAction, r.lastAction, fWrap);
        sheet.text(row, Col::LastOutcome, r.lastOutcome, fWrap);
        sheet.text(row, Col::Promise, r.currentPromise, fWrap);
        QStringList bullets;
        for (const QString &q : r.questions)
            bullets << QStringLiteral("• ") + q;
        sheet.text(row, Col::Questions, bullets.join(u'\n'), fWrap);
        sheet.blank(row, Col::Outcome, fFill);
        sheet.blank(row, Col::PromiseDate, fFillDate);
        sheet.blank(row, Col::Means, fFill);
        sheet.blank(row, Col::Notes, fFill);
        ++row;
    }
    const int lastRow = std::max(FirstDataRow, row) - (list.rows.isEmpty() ? 0 : 1);

    sheet.freezePanes(FirstDataRow, Col::Code); // header and day / carried / customer stay in view
    sheet.autoFilter(HeaderRow, 0, lastRow, Col::Count - 1);
    if (!list.rows.isEmpty()) {
        QStringList outcomes;
        for (const QString &o : CallGuide::outcomes())
            outcomes << CallGuide::outcomeFrench(o);
        QStringList means;
        for (const QString &m : CallGuide::paymentMeans())
            means << CallGuide::paymentMeansFrench(m);
        sheet.listValidation(FirstDataRow, lastRow, Col::Outcome, outcomes, QStringLiteral("Résultat de l'appel"),
                             QStringLiteral("Choisissez un résultat ou écrivez le vôtre."));
        sheet.listValidation(FirstDataRow, lastRow, Col::Means, means, QStringLiteral("Moyen de paiement"),
                             QStringLiteral("Moyen promis par le client."));
    }
    sheet.pageSetup(true, 2);
    sheet.repeatRows(HeaderRow, HeaderRow);
    sheet.repeatColumns(Col::Day, Col::Customer);
    sheet.margins(0.4, 0.4, 0.6, 0.6);
    sheet.headerFooter(title, QStringLiteral("&LEncaisse&RPage &P / &N"));
    return book.close();
}

} // namespace CallListXlsx
