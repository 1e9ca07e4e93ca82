#include "DisputesPromisesView.h"

#include "CallGuide.h"
#include "Clock.h"
#include "Database.h"
#include "DisplayFormat.h"
#include "DisputeRepository.h"
#include "DisputesPromisesViewDisputeModel.h"
#include "DisputesPromisesViewPromiseModel.h"
#include "EventJournal.h"
#include "ListTable.h"
#include "TableRoles.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

DisputesPromisesView::DisputesPromisesView(Database &db, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_disputeModel(new DisputesPromisesViewDisputeModel(this)),
      m_disputeProxy(new QSortFilterProxyModel(this)),
      m_promiseModel(new DisputesPromisesViewPromiseModel(this)),
      m_promiseProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("disputesPromisesView"));
    m_disputeProxy->setSourceModel(m_disputeModel);
    m_promiseProxy->setSourceModel(m_promiseModel);
    m_promiseProxy->setFilterRole(DisputesPromisesViewPromiseModel::StateKeyRole);
    m_promiseProxy->setFilterKeyColumn(DisputesPromisesViewPromiseModel::State);

    // Disputes: the list, then one line to resolve the selected one in place (no dialog).
    auto *disputes = new QWidget(this);
    m_disputesTitle = ListTable::sectionTitle(disputes, "disputesTitleLabel");
    m_disputesSummary = ListTable::caption(disputes, "disputesSummaryLabel");
    m_disputeView = createTable("disputeTableView", m_disputeProxy);
    m_disputeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resolutionLabel = new QLabel(disputes);
    m_resolutionEdit = new QLineEdit(disputes);
    m_resolutionEdit->setObjectName(QStringLiteral("resolutionEdit"));
    m_resolutionEdit->setClearButtonEnabled(true);
    m_resolutionLabel->setBuddy(m_resolutionEdit);
    m_resolveButton = new QPushButton(disputes);
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    m_resolveStatus = ListTable::caption(disputes, "resolveStatusLabel");
    auto *resolveBar = new QHBoxLayout;
    resolveBar->addWidget(m_resolutionLabel);
    resolveBar->addWidget(m_resolutionEdit, 1);
    resolveBar->addWidget(m_resolveButton);
    auto *disputesLayout = new QVBoxLayout(disputes);
    disputesLayout->setContentsMargins(0, 0, 0, 0);
    disputesLayout->addWidget(m_disputesTitle);
    disputesLayout->addWidget(m_disputesSummary);
    disputesLayout->addWidget(m_disputeView, 1);
    disputesLayout->addLayout(resolveBar);
    disputesLayout->addWidget(m_resolveStatus);

    auto *promises = new QWidget(this);
    m_promisesTitle = ListTable::sectionTitle(promises, "promisesTitleLabel");
    m_promisesSummary = ListTable::caption(promises, "promisesSummaryLabel");
    m_promiseFilterLabel = new QLabel(promises);
    m_promiseFilterCombo = new QComboBox(promises);
    m_promiseFilterCombo->setObjectName(QStringLiteral("promiseFilterCombo"));
    m_promiseFilterLabel->setBuddy(m_promiseFilterCombo);
    for (int i = 0; i <= int(PromiseFilter::Cancelled); ++i)
        m_promiseFilterCombo->addItem(QString());
    m_promiseView = createTable("promiseTableView", m_promiseProxy);
    auto *promiseBar = new QHBoxLayout;
    promiseBar->addWidget(m_promisesSummary, 1);
    promiseBar->addWidget(m_promiseFilterLabel);
    promiseBar->addWidget(m_promiseFilterCombo);
    auto *promisesLayout = new QVBoxLayout(promises);
    promisesLayout->setContentsMargins(0, 0, 0, 0);
    promisesLayout->addWidget(m_promisesTitle);
    promisesLayout->addLayout(promiseBar);
    promisesLayout->addWidget(m_promiseView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("disputesPromisesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(disputes);
    splitter->addWidget(promises);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    QHeaderView *dh = m_disputeView->horizontalHeader();
    dh->resizeSection(DisputesPromisesViewDisputeModel::Customer, width(QStringLiteral("Hôtel-Restaurant Le Pont Vieux")));
    dh->resizeSection(DisputesPromisesViewDisputeModel::Invoice, width(QStringLiteral("FA-2026-00000")));
    dh->resizeSection(DisputesPromisesViewDisputeModel::Category, width(QStringLiteral("facture non reçue")));
    dh->resizeSection(DisputesPromisesViewDisputeModel::OpenedOn, width(QStringLiteral("30/11/2026")));
    dh->resizeSection(DisputesPromisesViewDisputeModel::Age, width(QStringLiteral("365 jours")));
    dh->resizeSection(DisputesPromisesViewDisputeModel::Amount, width(DisplayFormat::money(12345678)));
    QHeaderView *ph = m_promiseView->horizontalHeader();
    ph->resizeSection(DisputesPromisesViewPromiseModel::Customer, width(QStringLiteral("Hôtel-Restaurant Le Pont Vieux")));
    ph->resizeSection(DisputesPromisesViewPromiseModel::Invoices, width(QStringLiteral("FA-2026-00000, FA-2026-00001")));
    ph->resizeSection(DisputesPromisesViewPromiseModel::MadeOn, width(QStringLiteral("Faite le 30/11/2026")));
    ph->resizeSection(DisputesPromisesViewPromiseModel::PromisedDate, width(QStringLiteral("Promise pour le")));
    ph->resizeSection(DisputesPromisesViewPromiseModel::Means, width(QStringLiteral("billet à ordre")));
    ph->resizeSection(DisputesPromisesViewPromiseModel::Amount, width(DisplayFormat::money(12345678)));

    connect(m_disputeView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DisputesPromisesView::updateResolveButton);
    connect(m_resolutionEdit, &QLineEdit::textChanged, this, &DisputesPromisesView::updateResolveButton);
    const auto resolve = [this] {
        if (m_resolveButton->isEnabled())
            (void)resolveSelected();
    };
    connect(m_resolveButton, &QPushButton::clicked, this, resolve);
    connect(m_resolutionEdit, &QLineEdit::returnPressed, this, resolve);
    connect(m_promiseFilterCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setPromiseFilter(PromiseFilter(index)); });
    connect(m_disputeView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit customerActivated(m_disputeModel->disputeRow(m_disputeProxy->mapToSource(index).row()).dispute.customerId);
    });
    connect(m_promiseView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit customerActivated(m_promiseModel->promiseRow(m_promiseProxy->mapToSource(index).row()).promise.customerId);
    });

    // Oldest disputes first; promises by what calls for action: past their date, open, broken, kept, cancelled.
    m_disputeView->sortByColumn(DisputesPromisesViewDisputeModel::Age, Qt::DescendingOrder);
    m_promiseView->sortByColumn(DisputesPromisesViewPromiseModel::State, Qt::AscendingOrder);
    retranslateUi();
}

DisputesPromisesView::~DisputesPromisesView() = default;

QTableView *DisputesPromisesView::createTable(const char *name, QSortFilterProxyModel *proxy)
{
    return ListTable::create(this, name, proxy);
}

void DisputesPromisesView::markStale()
{
    m_loaded = false;
    if (isVisible())
        reload();
}

void DisputesPromisesView::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

void DisputesPromisesView::reload()
{
    m_loaded = true;
    m_today = Clock::instance().today();
    m_disputeModel->reload(m_db, m_today);
    m_promiseModel->reload(m_db, m_today);
    updateSummaries();
    updateResolveButton();
}

Status DisputesPromisesView::resolveDispute(Database &db, const Dispute &dispute, const QString &invoiceNumber,
                                            const QString &resolution, QDate on)
{
    const QString text = resolution.simplified();
    if (text.isEmpty())
        return Status::failure(tr("Resolution: say how the dispute was settled."));
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    if (auto s = DisputeRepository(db).resolve(dispute.id, on, text); !s)
        return s;
    // The journal keeps the proof of good faith (DOMAIN.md §3): the same wording as the demo's closed disputes.
    Event event;
    event.customerId = dispute.customerId;
    event.invoiceId = dispute.invoiceId;
    event.kind = QStringLiteral("dispute_resolved");
    event.summary = QStringLiteral("Litige clos (%1) — %2 : %3")
                        .arg(CallGuide::disputeCategoryFrench(dispute.category), invoiceNumber, text);
    event.details = {{QStringLiteral("dispute_id"), dispute.id},
                     {QStringLiteral("category"), dispute.category},
                     {QStringLiteral("resolution"), text}};
    event.actor = QStringLiteral("moi");
    if (auto s = EventJournal(db).append(event); !s)
        return s;
    return tx.commit();
}

int DisputesPromisesView::selectedDisputeRow() const
{
    const QModelIndexList rows = m_disputeView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_disputeProxy->mapToSource(rows.constFirst()).row();
}

Status DisputesPromisesView::resolveSelected()
{
    const int row = selectedDisputeRow();
    if (row < 0)
        return Status::failure(tr("Select the dispute to resolve."));
    const DisputesPromisesViewDisputeModel::Row dispute = m_disputeModel->disputeRow(row);
    const Status s = resolveDispute(m_db, dispute.dispute, dispute.invoiceNumber, m_resolutionEdit->text(),
                                    Clock::instance().today());
    if (!s) {
        m_resolveStatus->setText(tr("Not resolved: %1").arg(s.error()));
        return s;
    }
    m_resolutionEdit->clear();
    reload();
    m_resolveStatus->setText(tr("Dispute on %1 (%2) resolved and kept in the customer's history.")
                                 .arg(dispute.invoiceNumber, dispute.customerName));
    emit disputeResolved(dispute.dispute.id);
    return {};
}

void DisputesPromisesView::setPromiseFilter(PromiseFilter filter)
{
    if (m_promiseFilterCombo->currentIndex() != int(filter))
        m_promiseFilterCombo->setCurrentIndex(int(filter)); // comes back here through currentIndexChanged
    QString key;
    switch (filter) {
    case PromiseFilter::All: break;
    case PromiseFilter::Open: key = Promise::statusKey(Promise::Status::Open); break;
    case PromiseFilter::Kept: key = Promise::statusKey(Promise::Status::Kept); break;
    case PromiseFilter::Broken: key = Promise::statusKey(Promise::Status::Broken); break;
    case PromiseFilter::Cancelled: key = Promise::statusKey(Promise::Status::Cancelled); break;
    }
    m_promiseProxy->setFilterRegularExpression(
        key.isEmpty() ? QRegularExpression() : QRegularExpression(u'^' + QRegularExpression::escape(key) + u'$'));
}

void DisputesPromisesView::updateResolveButton()
{
    const bool selected = selectedDisputeRow() >= 0;
    m_resolveButton->setEnabled(selected && !m_resolutionEdit->text().trimmed().isEmpty());
    m_resolutionEdit->setEnabled(m_disputeModel->rowCount() > 0);
}

void DisputesPromisesView::updateSummaries()
{
    const int disputes = m_disputeModel->rowCount();
    m_disputesSummary->setText(
        disputes == 0 ? tr("No open dispute.")
                      : tr("%n open dispute(s) · average age %1 days · %2 on hold", nullptr, disputes)
                            .arg(m_disputeModel->averageAgeDays())
                            .arg(DisplayFormat::money(m_disputeModel->totalOpenCents())));
    const int open = m_promiseModel->count(Promise::Status::Open);
    const int overdue = m_promiseModel->overdueCount();
    const int kept = m_promiseModel->count(Promise::Status::Kept);
    const int broken = m_promiseModel->count(Promise::Status::Broken);
    QString text = tr("%n open promise(s)", nullptr, open);
    if (overdue > 0)
        text += tr(", %n past its date", nullptr, overdue);
    if (kept + broken > 0)
        text += tr(" · kept: %1 · broken: %2").arg(kept).arg(broken);
    m_promisesSummary->setText(text);
}

void DisputesPromisesView::retranslateUi()
{
    m_disputesTitle->setText(tr("Open disputes"));
    m_resolutionLabel->setText(tr("&Resolution:"));
    m_resolutionEdit->setPlaceholderText(tr("How it was settled: credit note issued, goods delivered, invoice confirmed…"));
    m_resolveButton->setText(tr("Re&solve"));
    m_resolveButton->setToolTip(tr("Closes the selected dispute with this resolution; the invoice goes back into the "
                                   "reminders and the customer's history keeps the resolution."));
    m_promisesTitle->setText(tr("Promises to pay"));
    m_promiseFilterLabel->setText(tr("&Show:"));
    m_promiseFilterCombo->setItemText(int(PromiseFilter::All), tr("All"));
    m_promiseFilterCombo->setItemText(int(PromiseFilter::Open), tr("Open"));
    m_promiseFilterCombo->setItemText(int(PromiseFilter::Kept), tr("Kept"));
    m_promiseFilterCombo->setItemText(int(PromiseFilter::Broken), tr("Broken"));
    m_promiseFilterCombo->setItemText(int(PromiseFilter::Cancelled), tr("Cancelled"));
    updateSummaries();
}

void DisputesPromisesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
