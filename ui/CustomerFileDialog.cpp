#include "CustomerFileDialog.h"

#include "Clock.h"
#include "CollectionText.h"
#include "CustomerPenalties.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DisplayFormat.h"
#include "EventJournal.h"
#include "InvoiceRepository.h"
#include "InvoiceTableModel.h"
#include "PauseDialog.h"
#include "PaymentPlanRepository.h"
#include "ProfileOverrideDialog.h"
#include "TimelineModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

const QString Dot = QStringLiteral(" · ");

QString badgeStyle(const std::optional<PayerProfile> &profile)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px; padding: 3px 12px; }")
        .arg(CollectionText::profileBackground(profile).name(), CollectionText::profileForeground(profile).name());
}

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
}

QString percent(int basisPoints)
{
    return QStringLiteral("%1,%2 %").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QChar(u'0'));
}

} // namespace

CustomerFileDialog::CustomerFileDialog(Database &db, qint64 customerId, QWidget *parent)
    : QDialog(parent), m_db(db), m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerFileDialog"));
    setSizeGripEnabled(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("customerFileTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createInvoicesTab(), QString());
    m_tabs->addTab(createHistoryTab(), QString());
    m_tabs->addTab(createContactsTab(), QString());
    m_tabs->addTab(createTermsTab(), QString());
    m_tabs->addTab(createPlanTab(), QString());

    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->addWidget(createHeader());
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    retranslate();
    reload();
    resize(1040, 660);
}

CustomerFileDialog::~CustomerFileDialog() = default;

QWidget *CustomerFileDialog::createHeader()
{
    auto *header = new QWidget(this);
    m_nameLabel = new QLabel(header);
    m_nameLabel->setObjectName(QStringLiteral("customerNameLabel"));
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() + 6);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badgeLabel = new QLabel(header);
    m_badgeLabel->setObjectName(QStringLiteral("profileBadge"));
    m_identityLabel = new QLabel(header);
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_identityLabel->setStyleSheet(QStringLiteral("color: #6B6F76;"));
    m_identityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balanceLabel = new QLabel(header);
    m_balanceLabel->setObjectName(QStringLiteral("balanceLabel"));
    m_balanceLabel->setTextFormat(Qt::RichText);
    m_balanceLabel->setWordWrap(true);

    m_pauseBanner = new QWidget(header);
    m_pauseBanner->setObjectName(QStringLiteral("pauseBanner"));
    m_pauseBanner->setStyleSheet(QStringLiteral("#pauseBanner { background: #FFF6DB; border-radius: 4px; }"));
    m_pauseLabel = new QLabel(m_pauseBanner);
    m_pauseLabel->setObjectName(QStringLiteral("pauseLabel"));
    m_pauseLabel->setWordWrap(true);
    m_resumeButton = new QPushButton(m_pauseBanner);
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    auto *bannerLayout = new QHBoxLayout(m_pauseBanner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_pauseLabel, 1);
    bannerLayout->addWidget(m_resumeButton);

    m_errorLabel = new QLabel(header);
    m_errorLabel->setObjectName(QStringLiteral("fileErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #B00020;"));
    m_errorLabel->hide();

    m_profileButton = new QPushButton(header);
    m_profileButton->setObjectName(QStringLiteral("changeProfileButton"));
    m_pauseButton = new QPushButton(header);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_formalNoticeButton = new QPushButton(header);
    m_formalNoticeButton->setObjectName(QStringLiteral("formalNoticeButton"));
    m_dossierButton = new QPushButton(header);
    m_dossierButton->setObjectName(QStringLiteral("dossierButton"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_nameLabel);
    titleRow->addSpacing(10);
    titleRow->addWidget(m_badgeLabel, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_profileButton);
    buttons->addWidget(m_pauseButton);
    buttons->addStretch(1);
    buttons->addWidget(m_formalNoticeButton);
    buttons->addWidget(m_dossierButton);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(4);
    layout->addLayout(titleRow);
    layout->addWidget(m_identityLabel);
    layout->addWidget(m_balanceLabel);
    layout->addWidget(m_pauseBanner);
    layout->addWidget(m_errorLabel);
    layout->addSpacing(4);
    layout->addLayout(buttons);

    connect(m_profileButton, &QPushButton::clicked, this, &CustomerFileDialog::askProfile);
    connect(m_pauseButton, &QPushButton::clicked, this, &CustomerFileDialog::askPause);
    connect(m_resumeButton, &QPushButton::clicked, this, &CustomerFileDialog::resumeReminders);
    connect(m_formalNoticeButton, &QPushButton::clicked, this, [this] { emit formalNoticeRequested(m_customerId); });
    connect(m_dossierButton, &QPushButton::clicked, this, [this] { emit litigationFileRequested(m_customerId); });
    return header;
}

QWidget *CustomerFileDialog::createInvoicesTab()
{
    m_invoiceModel = new InvoiceTableModel(this);
    m_invoiceView = new QTableView(this);
    m_invoiceView->setObjectName(QStringLiteral("fileInvoiceTable"));
    m_invoiceView->setModel(m_invoiceModel);
    setUpTable(m_invoiceView);
    m_invoiceView->setColumnHidden(InvoiceTableModel::Customer, true);
    QHeaderView *header = m_invoiceView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InvoiceTableModel::Status, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    return m_invoiceView;
}

QWidget *CustomerFileDialog::createHistoryTab()
{
    m_timelineModel = new TimelineModel(this);
    m_timelineView = new QTableView(this);
    m_timelineView->setObjectName(QStringLiteral("timelineTable"));
    m_timelineView->setModel(m_timelineModel);
    setUpTable(m_timelineView);
    QHeaderView *header = m_timelineView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const QFontMetrics fm = m_timelineView->fontMetrics();
    header->resizeSection(TimelineModel::Date, fm.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 24);
    header->resizeSection(TimelineModel::Kind, fm.horizontalAdvance(QStringLiteral("Promesse de paiement ")) + 24);
    header->resizeSection(TimelineModel::Invoices, fm.horizontalAdvance(QStringLiteral("FA-2026-00000, FA-2026")) + 24);
    header->resizeSection(TimelineModel::Actor, fm.horizontalAdvance(QStringLiteral("calendrier")) + 24);
    header->setSectionResizeMode(TimelineModel::Summary, QHeaderView::Stretch);
    return m_timelineView;
}

QWidget *CustomerFileDialog::createContactsTab()
{
    m_contactTable = new QTableWidget(this);
    m_contactTable->setObjectName(QStringLiteral("contactTable"));
    m_contactTable->setColumnCount(4);
    setUpTable(m_contactTable);
    m_contactTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contactTable->horizontalHeader()->setStretchLastSection(true);
    return m_contactTable;
}

QWidget *CustomerFileDialog::createTermsTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_termsPage = new QWidget(scroll);
    m_termsLabel = new QLabel(m_termsPage);
    m_termsLabel->setObjectName(QStringLiteral("termsLabel"));
    m_termsLabel->setTextFormat(Qt::RichText);
    m_termsLabel->setWordWrap(true);
    m_termsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_termsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(m_termsPage);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_termsLabel);
    layout->addStretch(1);
    scroll->setWidget(m_termsPage);
    return scroll;
}

QWidget *CustomerFileDialog::createPlanTab()
{
    auto *page = new QWidget(this);
    m_planTree = new QTreeWidget(page);
    m_planTree->setObjectName(QStringLiteral("planTree"));
    m_planTree->setColumnCount(4);
    m_planTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_noPlanLabel = new QLabel(page);
    m_noPlanLabel->setStyleSheet(QStringLiteral("color: #6B6F76;"));
    m_noPlanLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_noPlanLabel);
    layout->addWidget(m_planTree, 1);
    return page;
}

void CustomerFileDialog::retranslate()
{
    m_tabs->setTabText(InvoicesTab, tr("Invoices"));
    m_tabs->setTabText(HistoryTab, tr("History"));
    m_tabs->setTabText(ContactsTab, tr("Contacts"));
    m_tabs->setTabText(TermsTab, tr("Terms"));
    m_tabs->setTabText(PlanTab, tr("Payment plan"));
    m_profileButton->setText(tr("Change profile…"));
    m_profileButton->setToolTip(tr("Set the payer profile by hand, with the reason (written in the history)"));
    m_pauseButton->setText(tr("Pause reminders…"));
    m_pauseButton->setToolTip(tr("No reminder until a date, with the reason (written in the history)"));
    m_resumeButton->setText(tr("Resume now"));
    m_formalNoticeButton->setText(tr("Mise en demeure…"));
    m_formalNoticeButton->setToolTip(tr("Write the formal notice (registered letter) as a PDF, penalties to today"));
    m_dossierButton->setText(tr("Dossier contentieux…"));
    m_dossierButton->setToolTip(
        tr("Everything a court or a collection agency needs: claim, statement, history and letters, in one PDF"));
    m_closeButton->setText(tr("Close"));
    m_contactTable->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Phone"), tr("E-mail")});
    m_planTree->setHeaderLabels({tr("Due"), tr("Amount"), tr("Paid"), tr("Paid on")});
    m_noPlanLabel->setText(tr("No payment plan agreed with this customer."));
    m_invoiceModel->retranslate();
    m_timelineModel->retranslate();
    reload();
}

void CustomerFileDialog::reload()
{
    const std::optional<Customer> found = CustomerRepository(m_db).findById(m_customerId);
    if (!found)
        return;
    const Customer &c = *found;
    const QDate today = Clock::instance().today();
    setWindowTitle(tr("Customer file — %1").arg(c.name));

    m_nameLabel->setText(c.name);
    const std::optional<PayerProfile> profile = c.effectiveProfile();
    m_badgeLabel->setText(CollectionText::profile(profile) + (c.profileOverride ? QStringLiteral(" ✎") : QString()));
    m_badgeLabel->setStyleSheet(badgeStyle(profile));
    QString why = c.profile ? tr("From the history: %1 — %2").arg(CollectionText::profile(c.profile), c.profileExplanation)
                            : tr("Not classified yet: the profile comes from the payment history.");
    if (c.profileOverride)
        why = tr("Set by hand: %1").arg(c.profileOverrideReason) + u'\n' + why;
    m_badgeLabel->setToolTip(why);

    QStringList identity;
    identity << c.code;
    if (!c.siren.isEmpty())
        identity << tr("SIREN %1").arg(DisplayFormat::siren(c.siren));
    if (!c.legalForm.isEmpty())
        identity << c.legalForm;
    if (!c.address.city.isEmpty())
        identity << c.address.city;
    m_identityLabel->setText(identity.join(Dot));

    // Invoices: still open first (oldest due first), then the rest, newest first.
    InvoiceFilter filter;
    filter.customerId = m_customerId;
    QList<InvoiceRow> rows = InvoiceRepository(m_db).list(filter);
    std::stable_sort(rows.begin(), rows.end(), [](const InvoiceRow &a, const InvoiceRow &b) {
        const bool openA = a.invoice.isOpen();
        const bool openB = b.invoice.isOpen();
        if (openA != openB)
            return openA;
        return openA ? a.invoice.dueDate < b.invoice.dueDate : a.invoice.issueDate > b.invoice.issueDate;
    });
    qint64 balance = 0;
    qint64 overdue = 0;
    int openCount = 0;
    const Invoice *oldestLate = nullptr;
    QHash<qint64, QString> numbers;
    for (const InvoiceRow &row : std::as_const(rows)) {
        const Invoice &i = row.invoice;
        numbers.insert(i.id, i.number);
        if (!i.isOpen())
            continue;
        balance += i.openCents;
        if (i.openCents > 0 && i.kind != Invoice::Kind::CreditNote && i.kind != Invoice::Kind::Payment) {
            ++openCount;
            if (i.daysLate(today) > 0) {
                overdue += i.openCents;
                if (!oldestLate || i.dueDate < oldestLate->dueDate)
                    oldestLate = &i;
            }
        }
    }
    QString balanceText = tr("Open balance <b>%1</b>").arg(DisplayFormat::money(balance)) + Dot
                          + tr("%n open invoice(s)", nullptr, openCount);
    if (overdue > 0)
        balanceText += Dot + QStringLiteral("<span style=\"color:%1\">%2</span>")
                                 .arg(CollectionText::lateColor().name(),
                                      tr("overdue %1").arg(DisplayFormat::money(overdue)).toHtmlEscaped());
    if (oldestLate)
        balanceText += Dot + tr("oldest late invoice: %1, due %2 (%n day(s) late)", nullptr, oldestLate->daysLate(today))
                                 .arg(oldestLate->number, DisplayFormat::date(oldestLate->dueDate))
                                 .toHtmlEscaped();
    m_balanceLabel->setText(balanceText);
    m_invoiceModel->setRows(rows, today);

    const bool paused = c.isPaused(today);
    m_pauseBanner->setVisible(paused);
    if (paused)
        m_pauseLabel->setText(c.pauseReason.isEmpty()
                                  ? tr("Reminders paused until %1.").arg(DisplayFormat::date(c.pausedUntil))
                                  : tr("Reminders paused until %1: %2").arg(DisplayFormat::date(c.pausedUntil), c.pauseReason));

    m_timelineModel->setEvents(EventJournal(m_db).forCustomer(m_customerId), numbers);

    m_contactTable->setRowCount(int(c.contacts.size()));
    for (int r = 0; r < c.contacts.size(); ++r) {
        const Contact &ct = c.contacts.at(r);
        const QString name = (ct.civility.isEmpty() ? ct.name : ct.civility + u' ' + ct.name)
                             + (ct.primary ? QStringLiteral(" ★") : QString());
        const QStringList cells = {name, ct.role, ct.phone, ct.email};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (ct.primary && col == 0)
                item->setToolTip(tr("Main contact"));
            m_contactTable->setItem(r, col, item);
        }
    }

    // Terms, as a small table of label / value (values in HTML).
    QList<QPair<QString, QString>> terms;
    const auto add = [&terms](const QString &label, const QString &value) {
        terms << qMakePair(label, value.toHtmlEscaped());
    };
    add(tr("Payment terms"), c.endOfMonth ? tr("%1 days end of month").arg(c.paymentTermsDays)
                                          : tr("%1 days").arg(c.paymentTermsDays));
    add(tr("Usual means of payment"), c.paymentMethod == u"cash" ? tr("Cash") : CollectionText::means(c.paymentMethod));
    add(tr("Late-payment penalty rate"), c.contractualRateBp ? tr("%1 (contractual)").arg(percent(*c.contractualRateBp))
                                                             : tr("Legal default: ECB rate + 10 points (L441-10)"));
    if (auto claim = CustomerPenalties::claim(m_db, m_customerId, today); claim) {
        int late = 0;
        QStringList lines;
        for (const CustomerClaimLine &line : claim->lines) {
            if (line.penalty.daysLate > 0 && !line.penalty.excluded) {
                ++late;
                if (!line.penalty.explanation.isEmpty() && lines.size() < 6)
                    lines << QString(line.number + QStringLiteral(" : ") + line.penalty.explanation).toHtmlEscaped();
            }
        }
        QString html = (late == 0 ? tr("none today")
                                  : tr("%1 penalties + %2 recovery indemnities on %n late invoice(s)", nullptr, late)
                                        .arg(DisplayFormat::money(claim->totalPenaltyCents),
                                             DisplayFormat::money(claim->totalIndemnityCents)))
                           .toHtmlEscaped();
        if (!lines.isEmpty())
            html += QStringLiteral("<br><span style=\"color:#6B6F76\">") + lines.join(QStringLiteral("<br>"))
                    + QStringLiteral("</span>");
        terms << qMakePair(tr("Penalties to date"), html);
    }
    add(tr("Public body"), c.publicBody ? tr("Yes (Chorus Pro)") : tr("No"));
    if (c.insolvencyFlag)
        add(tr("Known difficulties"), tr("Yes: insolvency proceedings or cash trouble"));
    QStringList address = {c.address.line2, c.address.line3, c.address.line4, c.address.line5, QString(c.address.postcode + u' ' + c.address.city).trimmed()};
    address.removeAll(QString());
    add(tr("Billing address"), address.join(QStringLiteral(", ")));
    if (!c.siret.isEmpty())
        add(tr("SIRET"), c.siret);
    if (!c.vatNumber.isEmpty())
        add(tr("VAT number"), c.vatNumber);
    if (!c.notes.isEmpty())
        add(tr("Notes"), c.notes);
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"5\">");
    for (const auto &[label, value] : std::as_const(terms))
        html += QStringLiteral("<tr><td style=\"color:#6B6F76; padding-right:18px\" valign=\"top\">")
                + label.toHtmlEscaped() + QStringLiteral("</td><td>") + value + QStringLiteral("</td></tr>");
    m_termsLabel->setText(html + QStringLiteral("</table>"));

    m_planTree->clear();
    const QList<PaymentPlan> plans = PaymentPlanRepository(m_db).forCustomer(m_customerId);
    for (const PaymentPlan &plan : plans) {
        auto *top = new QTreeWidgetItem(m_planTree);
        QString status;
        switch (plan.status) {
        case PaymentPlan::Status::Active: status = tr("active"); break;
        case PaymentPlan::Status::Completed: status = tr("completed"); break;
        case PaymentPlan::Status::Defaulted: status = tr("defaulted"); break;
        case PaymentPlan::Status::Cancelled: status = tr("cancelled"); break;
        }
        top->setText(0, tr("Plan agreed on %1 (%2)").arg(DisplayFormat::date(plan.agreedOn), status));
        top->setText(1, tr("down payment %1").arg(DisplayFormat::money(plan.downPaymentCents)));
        top->setText(3, DisplayFormat::date(plan.downPaymentDate));
        top->setFirstColumnSpanned(false);
        for (const Instalment &i : plan.instalments) {
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, DisplayFormat::date(i.dueDate));
            child->setText(1, DisplayFormat::money(i.amountCents));
            child->setText(2, i.paidCents ? DisplayFormat::money(i.paidCents) : QString());
            child->setText(3, DisplayFormat::date(i.paidOn));
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            child->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            if (i.paidCents < i.amountCents && i.dueDate < today)
                child->setForeground(0, CollectionText::lateColor());
        }
        top->setExpanded(plan.status == PaymentPlan::Status::Active);
    }
    m_planTree->setVisible(!plans.isEmpty());
    m_noPlanLabel->setVisible(plans.isEmpty());
    m_tabs->setTabText(PlanTab, plans.isEmpty() ? tr("Payment plan") : tr("Payment plan (%1)").arg(plans.size()));
}

int CustomerFileDialog::runDialog(QDialog &dialog)
{
    return m_runDialog ? m_runDialog(dialog) : dialog.exec();
}

void CustomerFileDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void CustomerFileDialog::askProfile()
{
    const std::optional<Customer> c = CustomerRepository(m_db).findById(m_customerId);
    if (!c)
        return;
    ProfileOverrideDialog dialog(c->profile, c->profileExplanation, c->profileOverride, c->profileOverrideReason, this);
    if (runDialog(dialog) == QDialog::Accepted)
        overrideProfile(dialog.profile(), dialog.reason());
}

void CustomerFileDialog::askPause()
{
    const std::optional<Customer> c = CustomerRepository(m_db).findById(m_customerId);
    if (!c)
        return;
    const QDate today = Clock::instance().today();
    PauseDialog dialog(today, c->isPaused(today) ? c->pausedUntil : QDate(), c->pauseReason, this);
    if (runDialog(dialog) == QDialog::Accepted)
        pauseReminders(dialog.until(), dialog.reason());
}

bool CustomerFileDialog::overrideProfile(std::optional<PayerProfile> profile, const QString &reason)
{
    const std::optional<Customer> c = CustomerRepository(m_db).findById(m_customerId);
    if (!c)
        return false;
    Transaction transaction(m_db);
    if (const Status s = CustomerRepository(m_db).setOverride(m_customerId, profile, reason); !s) {
        showError(tr("The profile could not be changed: %1").arg(s.error()));
        return false;
    }
    // The journal is written in French, like every line of the history (it is the proof of good faith).
    Event e;
    e.customerId = m_customerId;
    e.kind = QStringLiteral("profile_override");
    e.summary = profile ? QStringLiteral("Profil fixé à la main : %1 (%2)").arg(payerProfileFrench(*profile), reason)
                        : QStringLiteral("Profil rendu au calcul : %1").arg(
                              c->profile ? payerProfileFrench(*c->profile) : QStringLiteral("non classé"));
    e.details.insert(QStringLiteral("profile"), profile ? payerProfileKey(*profile) : QString());
    e.details.insert(QStringLiteral("previous"), c->profileOverride ? payerProfileKey(*c->profileOverride) : QString());
    e.details.insert(QStringLiteral("reason"), reason);
    e.actor = QStringLiteral("moi");
    if (const Status s = EventJournal(m_db).append(e); !s) {
        showError(tr("The profile could not be changed: %1").arg(s.error()));
        return false;
    }
    if (const Status s = transaction.commit(); !s) {
        showError(tr("The profile could not be changed: %1").arg(s.error()));
        return false;
    }
    showError(QString());
    reload();
    emit customerChanged(m_customerId);
    return true;
}

bool CustomerFileDialog::pauseReminders(QDate until, const QString &reason)
{
    Transaction transaction(m_db);
    if (const Status s = CustomerRepository(m_db).setPause(m_customerId, until, reason); !s) {
        showError(tr("The reminders could not be paused: %1").arg(s.error()));
        return false;
    }
    Event e;
    e.customerId = m_customerId;
    e.kind = QStringLiteral("pause");
    e.summary = until.isValid() ? QStringLiteral("Relances suspendues jusqu'au %1 : %2").arg(DisplayFormat::date(until), reason)
                                : QStringLiteral("Relances reprises");
    e.details.insert(QStringLiteral("until"), until.isValid() ? until.toString(Qt::ISODate) : QString());
    e.details.insert(QStringLiteral("reason"), reason);
    e.actor = QStringLiteral("moi");
    if (const Status s = EventJournal(m_db).append(e); !s) {
        showError(tr("The reminders could not be paused: %1").arg(s.error()));
        return false;
    }
    if (const Status s = transaction.commit(); !s) {
        showError(tr("The reminders could not be paused: %1").arg(s.error()));
        return false;
    }
    showError(QString());
    reload();
    emit customerChanged(m_customerId);
    return true;
}

bool CustomerFileDialog::resumeReminders()
{
    return pauseReminders(QDate(), QString());
}

void CustomerFileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
