#include "TodayView.h"

#include "ActionCardDelegate.h"
#include "ActionCompleter.h"
#include "ActionListModel.h"
#include "ActionRepository.h"
#include "CallGuide.h"
#include "Clock.h"
#include "CollectionText.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DisplayFormat.h"
#include "EventJournal.h"
#include "InvoiceRepository.h"
#include "OutcomeForm.h"
#include "Scenario.h"
#include "SettingsRepository.h"
#include "TimelineModel.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const QString Dot = QStringLiteral(" · ");

// Before the first paint, each list gets the details of the rows this many pixels (or the screen, or the window if
// taller) can show, and two more: a full-HD screen's worth (the others are read right after that paint).
constexpr int FirstPaintHeight = 1080;

QLabel *sectionTitle(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() + 1);
    label->setFont(f);
    return label;
}

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #6B6F76;"));
    label->setWordWrap(true);
    return label;
}

QString badgeStyle(const std::optional<PayerProfile> &profile)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 10px; }")
        .arg(CollectionText::profileBackground(profile).name(), CollectionText::profileForeground(profile).name());
}

} // namespace

TodayView::TodayView(Database &db, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_callModel(new ActionListModel(this)),
      m_emailModel(new ActionListModel(this)),
      m_letterModel(new ActionListModel(this)),
      m_fullDelegate(new ActionCardDelegate(ActionCardDelegate::Mode::Full, this)),
      m_compactDelegate(new ActionCardDelegate(ActionCardDelegate::Mode::Compact, this))
{
    setObjectName(QStringLiteral("todayView"));
    for (ActionListModel *model : {m_callModel, m_emailModel, m_letterModel})
        model->setDetailsLoader([this] { completeDetails(); });

    m_headerLabel = new QLabel(this);
    m_headerLabel->setObjectName(QStringLiteral("todayHeaderLabel"));
    QFont headerFont = m_headerLabel->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() + 4);
    m_headerLabel->setFont(headerFont);
    m_headerLabel->setTextFormat(Qt::RichText);
    m_undoButton = new QPushButton(this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setEnabled(false);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("todayMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("todaySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createCallsColumn());
    m_splitter->addWidget(createDetailColumn());
    m_splitter->addWidget(createSideColumn());
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({560, 430, 330});

    auto *header = new QHBoxLayout;
    header->addWidget(m_headerLabel, 1);
    header->addWidget(m_undoButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_splitter, 1);

    connect(m_undoButton, &QPushButton::clicked, this, &TodayView::undoLast);
    connect(m_outcomeForm, &OutcomeForm::submitted, this, &TodayView::completeCurrent);
    connect(m_fullDelegate, &ActionCardDelegate::outcomeButtonClicked, this,
            [this](const QModelIndex &index, const QRect &rect) { openOutcomeMenu(m_callList, index, rect); });
    connect(m_openFileButton, &QPushButton::clicked, this, &TodayView::openCurrentCustomer);

    retranslate();
}

TodayView::~TodayView() = default;

QListView *TodayView::createActionList(ActionListModel *model, ActionCardDelegate *delegate, const QString &name)
{
    auto *list = new QListView(this);
    list->setObjectName(name);
    list->setModel(model);
    list->setItemDelegate(delegate);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setUniformItemSizes(true);
    list->setMouseTracking(true);
    list->setFrameShape(QFrame::NoFrame);
    list->viewport()->setAutoFillBackground(false);
    list->installEventFilter(this);
    connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, list](const QModelIndex &current) {
                if (current.isValid())
                    onCurrentChanged(list);
            });
    connect(list, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit customerFileRequested(index.data(ActionListModel::CustomerIdRole).toLongLong());
    });
    connect(list, &QAbstractItemView::pressed, this, [this] {
        if (m_detailPending)
            showDetail();
    });
    return list;
}

QListWidget *TodayView::createInfoList(const QString &name)
{
    auto *list = new QListWidget(this);
    list->setObjectName(name);
    list->setItemDelegate(m_compactDelegate);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setUniformItemSizes(true);
    list->setMouseTracking(true);
    list->setFrameShape(QFrame::NoFrame);
    list->viewport()->setAutoFillBackground(false);
    list->installEventFilter(this);
    connect(list, &QListWidget::currentItemChanged, this, [this, list](QListWidgetItem *current) {
        if (current)
            onCurrentChanged(list);
    });
    connect(list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        emit customerFileRequested(item->data(ActionListModel::CustomerIdRole).toLongLong());
    });
    return list;
}

QWidget *TodayView::createCallsColumn()
{
    auto *column = new QWidget(this);
    m_callsTitle = sectionTitle(column, QStringLiteral("callsTitle"));
    m_callList = createActionList(m_callModel, m_fullDelegate, QStringLiteral("callList"));
    m_callsEmptyLabel = mutedLabel(column);
    m_callsEmptyLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(m_callsTitle);
    layout->addWidget(m_callList, 1);
    layout->addWidget(m_callsEmptyLabel, 1);
    return column;
}

QWidget *TodayView::createDetailColumn()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_detail = new QWidget(scroll);
    m_detail->setObjectName(QStringLiteral("callDetail"));

    m_detailPlaceholder = mutedLabel(m_detail);
    m_detailPlaceholder->setAlignment(Qt::AlignCenter);
    m_detailBody = new QWidget(m_detail);

    m_detailTitle = new QLabel(m_detailBody);
    m_detailTitle->setObjectName(QStringLiteral("detailTitleLabel"));
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() + 3);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setWordWrap(true);
    m_detailBadge = new QLabel(m_detailBody);
    m_detailBadge->setObjectName(QStringLiteral("detailProfileBadge"));
    m_detailContact = new QLabel(m_detailBody);
    m_detailContact->setObjectName(QStringLiteral("detailContactLabel"));
    m_detailContact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailContact->setWordWrap(true);
    m_detailStep = mutedLabel(m_detailBody);
    m_detailStep->setObjectName(QStringLiteral("detailStepLabel"));
    m_outcomeForm = new OutcomeForm(m_detailBody);
    m_doneLabel = new QLabel(m_detailBody);
    m_doneLabel->setObjectName(QStringLiteral("detailDoneLabel"));
    m_doneLabel->setWordWrap(true);
    m_doneLabel->setStyleSheet(QStringLiteral("color: #2A5A28;"));
    m_questionsTitle = sectionTitle(m_detailBody, QStringLiteral("questionsTitle"));
    m_questionsLabel = new QLabel(m_detailBody);
    m_questionsLabel->setObjectName(QStringLiteral("questionsLabel"));
    m_questionsLabel->setWordWrap(true);
    m_questionsLabel->setTextFormat(Qt::RichText);
    m_eventsTitle = sectionTitle(m_detailBody, QStringLiteral("eventsTitle"));
    m_eventsLabel = new QLabel(m_detailBody);
    m_eventsLabel->setObjectName(QStringLiteral("eventsLabel"));
    m_eventsLabel->setWordWrap(true);
    m_eventsLabel->setTextFormat(Qt::RichText);
    m_invoicesTitle = sectionTitle(m_detailBody, QStringLiteral("openInvoicesTitle"));
    m_invoiceTree = new QTreeWidget(m_detailBody);
    m_invoiceTree->setObjectName(QStringLiteral("openInvoiceTree"));
    m_invoiceTree->setRootIsDecorated(false);
    m_invoiceTree->setColumnCount(4);
    m_invoiceTree->setSelectionMode(QAbstractItemView::NoSelection);
    m_invoiceTree->setFocusPolicy(Qt::NoFocus);
    m_invoiceTree->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_invoiceTree->header()->setStretchLastSection(false);
    m_invoiceTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_invoiceTree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_openFileButton = new QPushButton(m_detailBody);
    m_openFileButton->setObjectName(QStringLiteral("openCustomerFileButton"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_detailTitle, 1);
    titleRow->addWidget(m_detailBadge, 0, Qt::AlignTop);
    auto *body = new QVBoxLayout(m_detailBody);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(6);
    body->addLayout(titleRow);
    body->addWidget(m_detailContact);
    body->addWidget(m_detailStep);
    body->addSpacing(4);
    body->addWidget(m_outcomeForm);
    body->addWidget(m_doneLabel);
    body->addSpacing(8);
    body->addWidget(m_questionsTitle);
    body->addWidget(m_questionsLabel);
    body->addSpacing(4);
    body->addWidget(m_eventsTitle);
    body->addWidget(m_eventsLabel);
    body->addSpacing(4);
    body->addWidget(m_invoicesTitle);
    body->addWidget(m_invoiceTree);
    body->addWidget(m_openFileButton, 0, Qt::AlignLeft);
    body->addStretch(1);

    auto *layout = new QVBoxLayout(m_detail);
    layout->setContentsMargins(12, 2, 12, 2);
    layout->addWidget(m_detailPlaceholder);
    layout->addWidget(m_detailBody);
    scroll->setWidget(m_detail);
    return scroll;
}

QWidget *TodayView::createSideColumn()
{
    auto *column = new QWidget(this);
    column->setObjectName(QStringLiteral("todaySideColumn"));
    m_emailsTitle = sectionTitle(column, QStringLiteral("emailsTitle"));
    m_emailList = createActionList(m_emailModel, m_compactDelegate, QStringLiteral("emailList"));
    m_sendEmailsButton = new QPushButton(column);
    m_sendEmailsButton->setObjectName(QStringLiteral("sendEmailsButton"));
    m_sendEmailsButton->hide();
    m_lettersTitle = sectionTitle(column, QStringLiteral("lettersTitle"));
    m_letterList = createActionList(m_letterModel, m_compactDelegate, QStringLiteral("letterList"));
    m_printLettersButton = new QPushButton(column);
    m_printLettersButton->setObjectName(QStringLiteral("printLettersButton"));
    m_printLettersButton->hide();
    m_promisesTitle = sectionTitle(column, QStringLiteral("promisesTitle"));
    m_promiseList = createInfoList(QStringLiteral("promiseList"));
    m_disputesTitle = sectionTitle(column, QStringLiteral("disputesTitle"));
    m_disputeList = createInfoList(QStringLiteral("disputeList"));

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(4, 0, 0, 0);
    const auto addSection = [&](QLabel *title, QAbstractItemView *list, QPushButton *button, int stretch) {
        auto *row = new QHBoxLayout;
        row->addWidget(title, 1);
        if (button)
            row->addWidget(button);
        layout->addLayout(row);
        layout->addWidget(list, stretch);
        QLabel *empty = mutedLabel(column);
        empty->setProperty("emptyFor", QVariant::fromValue(static_cast<QObject *>(list)));
        m_emptyLabels << empty;
        layout->addWidget(empty);
        layout->addSpacing(6);
    };
    addSection(m_emailsTitle, m_emailList, m_sendEmailsButton, 4);
    addSection(m_lettersTitle, m_letterList, m_printLettersButton, 2);
    addSection(m_promisesTitle, m_promiseList, nullptr, 2);
    addSection(m_disputesTitle, m_disputeList, nullptr, 2);
    layout->addStretch(0);

    connect(m_sendEmailsButton, &QPushButton::clicked, this, [this] {
        if (m_emailBatchHandler)
            m_emailBatchHandler(m_data.day);
    });
    connect(m_printLettersButton, &QPushButton::clicked, this, [this] {
        if (m_letterBatchHandler)
            m_letterBatchHandler(m_data.day);
    });
    return column;
}

void TodayView::setEmailBatchHandler(std::function<void(QDate)> handler)
{
    m_emailBatchHandler = std::move(handler);
    m_sendEmailsButton->setVisible(bool(m_emailBatchHandler));
}

void TodayView::setLetterBatchHandler(std::function<void(QDate)> handler)
{
    m_letterBatchHandler = std::move(handler);
    m_printLettersButton->setVisible(bool(m_letterBatchHandler));
}

void TodayView::retranslate()
{
    m_sendEmailsButton->setText(tr("Send all…"));
    m_sendEmailsButton->setToolTip(tr("Preview and send today's reminder e-mails in one batch"));
    m_printLettersButton->setText(tr("Print…"));
    m_printLettersButton->setToolTip(tr("Print today's letters in one PDF"));
    m_questionsTitle->setText(tr("Questions to ask"));
    m_eventsTitle->setText(tr("Latest news"));
    m_invoicesTitle->setText(tr("Open invoices"));
    m_invoiceTree->setHeaderLabels({tr("Invoice"), tr("Due"), tr("Open"), tr("Late")});
    m_openFileButton->setText(tr("Open the customer file (Enter)"));
    m_detailPlaceholder->setText(tr("Select a call to see what to ask."));
    m_callsEmptyLabel->setText(tr("No call to make today."));
    for (QLabel *empty : std::as_const(m_emptyLabels))
        empty->setText(tr("None today."));
    m_outcomeForm->retranslate();
    m_callModel->retranslate();
    m_emailModel->retranslate();
    m_letterModel->retranslate();
    updateSectionTitles();
    updateHeader();
    updateUndoButton();
    fillInfoLists();
    showDetail();
}

void TodayView::reload()
{
    const qint64 selected = currentActionId();
    m_data = m_painted ? TodayData::load(m_db, Clock::instance().today())
                       : TodayData::loadFirstRows(m_db, Clock::instance().today(), firstPaintRows());
    m_callModel->setItems(m_data.calls);
    m_emailModel->setItems(m_data.emails);
    m_letterModel->setItems(m_data.letters);
    m_currentList = nullptr;
    fillInfoLists();
    updateSectionTitles();
    updateHeader();
    if (!m_data.error.isEmpty())
        showMessage(tr("The calendar could not be brought up to date: %1").arg(m_data.error), true);
    {
        // One detail for the selection, below (selecting calls showDetail() on the way).
        const QScopedValueRollback hold(m_holdDetail, true);
        if (!(selected && selectAction(selected)) && m_callModel->rowCount() > 0)
            m_callList->setCurrentIndex(m_callModel->index(0, 0));
    }
    if (!m_painted && currentCustomerId() != 0) {
        // Before the first paint the detail waits for it (it reads the customer's file, journal and invoices): the
        // lists show first, the detail right after (or at once if the selection is clicked before). The title needs
        // no read: it follows the selection at once.
        m_detailPending = true;
        m_detailPlaceholder->hide();
        m_detailBody->hide();
        if (const AgendaItem *item = currentItem())
            m_detailTitle->setText(item->customerName);
    } else {
        showDetail();
    }
}

TodayData::FirstRows TodayView::firstPaintRows() const
{
    int height = std::max(FirstPaintHeight, window()->height());
    if (const QScreen *screen = this->screen())
        height = std::max(height, screen->availableGeometry().height());
    const auto rows = [height](const QListView *list, const ActionCardDelegate *delegate) {
        QStyleOptionViewItem option;
        option.initFrom(list);
        return height / std::max(1, delegate->sizeHint(option, {}).height()) + 2;
    };
    return {rows(m_callList, m_fullDelegate), rows(m_emailList, m_compactDelegate),
            rows(m_letterList, m_compactDelegate)};
}

const TodayData &TodayView::data() const
{
    // Whoever reads the day gets all of it.
    const_cast<TodayView *>(this)->completeDetails();
    return m_data;
}

void TodayView::completeDetails()
{
    if (!m_data.detailsPending())
        return;
    m_data.completeDetails(m_db);
    m_callModel->updateDetails(m_data.calls);
    m_emailModel->updateDetails(m_data.emails);
    m_letterModel->updateDetails(m_data.letters);
}

void TodayView::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        // Queued: the first frame is on screen before the detail and the remaining rows are read.
        if (m_detailPending)
            QTimer::singleShot(0, this, [this] {
                if (m_detailPending)
                    showDetail();
            });
        if (m_data.detailsPending())
            QTimer::singleShot(0, this, &TodayView::completeDetails);
    }
}

void TodayView::fillInfoLists()
{
    m_promiseList->clear();
    for (const PromiseToCheck &p : std::as_const(m_data.promises)) {
        auto *item = new QListWidgetItem(m_promiseList);
        item->setData(ActionListModel::CustomerIdRole, p.promise.customerId);
        item->setData(ActionListModel::TitleRole, p.customerName);
        item->setData(Qt::DisplayRole, p.customerName);
        item->setData(ActionListModel::GlyphRole, QStringLiteral("€"));
        item->setData(ActionListModel::AmountTextRole, DisplayFormat::money(p.openCents));
        item->setData(ActionListModel::LateRole, p.broken);
        const QString means = CollectionText::means(p.promise.means);
        item->setData(ActionListModel::StepLineRole,
                      p.broken ? tr("Promised for %1 (%2): not kept").arg(CollectionText::shortDay(p.promise.promisedDate), means)
                               : tr("Promised for %1 (%2): check the payment")
                                     .arg(CollectionText::shortDay(p.promise.promisedDate), means));
    }
    m_disputeList->clear();
    for (const DisputeGroup &d : std::as_const(m_data.disputes)) {
        auto *item = new QListWidgetItem(m_disputeList);
        item->setData(ActionListModel::CustomerIdRole, d.customerId);
        item->setData(ActionListModel::TitleRole, d.customerName);
        item->setData(Qt::DisplayRole, d.customerName);
        item->setData(ActionListModel::GlyphRole, QStringLiteral("⚑"));
        item->setData(ActionListModel::AmountTextRole, DisplayFormat::money(d.openCents));
        QStringList categories;
        for (const QString &c : d.categories)
            categories << CollectionText::disputeCategory(c);
        const int days = int(d.openedOn.daysTo(m_data.today));
        item->setData(ActionListModel::StepLineRole,
                      QString(d.invoiceNumbers.join(QStringLiteral(", ")) + Dot + categories.join(QStringLiteral(", "))
                              + Dot + tr("open for %n day(s)", nullptr, days)));
    }
    for (QLabel *empty : std::as_const(m_emptyLabels)) {
        auto *list = qobject_cast<QAbstractItemView *>(empty->property("emptyFor").value<QObject *>());
        const int rows = list->model()->rowCount();
        list->setVisible(rows > 0);
        empty->setVisible(rows == 0);
        // Short lists take their own height; the space left goes to the longest.
        if (rows > 0) {
            const int rowHeight = list->sizeHintForRow(0);
            list->setMaximumHeight(rows * rowHeight + 2 * list->frameWidth() + 2);
            list->setMinimumHeight(std::min(rows, 2) * rowHeight + 2 * list->frameWidth() + 2);
        }
    }
    const bool noCalls = m_callModel->rowCount() == 0;
    m_callList->setVisible(!noCalls);
    m_callsEmptyLabel->setVisible(noCalls);
}

void TodayView::updateSectionTitles()
{
    m_callsTitle->setText(QStringLiteral("☎  ") + tr("Calls (%1)").arg(m_data.calls.size()));
    m_emailsTitle->setText(QStringLiteral("✉  ") + tr("E-mails (%1)").arg(m_data.emails.size()));
    m_lettersTitle->setText(QStringLiteral("✎  ") + tr("Letters (%1)").arg(m_data.letters.size()));
    m_promisesTitle->setText(tr("Promises to check (%1)").arg(m_data.promises.size()));
    m_disputesTitle->setText(tr("Disputes (%1)").arg(m_data.disputes.size()));
}

void TodayView::updateHeader()
{
    if (!m_data.today.isValid())
        return;
    QString day = CollectionText::longDay(m_data.today).toHtmlEscaped();
    if (m_data.day != m_data.today)
        day += QStringLiteral(" — ") + tr("next working day: %1").arg(CollectionText::longDay(m_data.day)).toHtmlEscaped();
    const int planned = m_data.plannedCount();
    const int late = m_data.lateCount();
    const int done = m_data.doneCount();
    QString actions = tr("%n action(s)", nullptr, planned);
    if (late > 0)
        actions += u' ' + QStringLiteral("<span style=\"color:%1\">%2</span>")
                              .arg(CollectionText::lateColor().name(), tr("(%n late)", nullptr, late).toHtmlEscaped());
    if (done > 0)
        actions += Dot + tr("%n done", nullptr, done);
    const QString expected = tr("%1 to collect within %n day(s)", nullptr, TodayData::ExpectedDays)
                                 .arg(CollectionText::euros(m_data.expectedCents));
    m_headerLabel->setText(QStringLiteral("<b>") + day + QStringLiteral("</b>") + Dot + actions + Dot
                           + expected.toHtmlEscaped());
    m_headerLabel->setToolTip(
        tr("Open invoices falling due in the next %1 days, plus the promises dated in that window for invoices "
           "already late; disputed invoices are left out.")
            .arg(TodayData::ExpectedDays));
}

void TodayView::updateUndoButton()
{
    const bool available = !m_undoStack.isEmpty();
    m_undoButton->setEnabled(available);
    m_undoButton->setText(available ? tr("↶ Undo: %1").arg(m_undoLabels.value(m_undoStack.last()))
                                    : tr("↶ Undo"));
    m_undoButton->setToolTip(tr("Put the last recorded outcome back to do (Ctrl+Z)"));
    emit undoAvailableChanged(available);
}

void TodayView::showMessage(const QString &text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("QLabel { background: #FBE9EB; color: #8A0019; padding: 6px; "
                                                         "border-radius: 4px; }")
                                        : QStringLiteral("QLabel { background: #EAF3EA; color: #24502A; padding: 6px; "
                                                         "border-radius: 4px; }"));
    m_messageLabel->setVisible(!text.isEmpty());
}

ActionListModel *TodayView::modelOf(const QAbstractItemView *list) const
{
    if (list == m_callList)
        return m_callModel;
    if (list == m_emailList)
        return m_emailModel;
    if (list == m_letterList)
        return m_letterModel;
    return nullptr;
}

void TodayView::onCurrentChanged(QAbstractItemView *list)
{
    if (m_currentList != list) {
        // One selection across the day's lists: the detail shows one thing.
        for (QAbstractItemView *other : std::initializer_list<QAbstractItemView *>{
                 m_callList, m_emailList, m_letterList, m_promiseList, m_disputeList}) {
            if (other == list)
                continue;
            const QSignalBlocker blocker(other->selectionModel());
            other->selectionModel()->clear();
        }
        m_currentList = list;
    }
    showDetail();
}

const AgendaItem *TodayView::currentItem() const
{
    if (!m_currentList)
        return nullptr;
    ActionListModel *model = modelOf(m_currentList);
    const QModelIndex index = m_currentList->currentIndex();
    if (!model || !index.isValid())
        return nullptr;
    return &model->item(index.row());
}

qint64 TodayView::currentActionId() const
{
    const AgendaItem *item = currentItem();
    return item ? item->action.id : 0;
}

qint64 TodayView::currentCustomerId() const
{
    if (const AgendaItem *item = currentItem())
        return item->action.customerId;
    if (m_currentList && m_currentList->currentIndex().isValid())
        return m_currentList->currentIndex().data(ActionListModel::CustomerIdRole).toLongLong();
    return 0;
}

bool TodayView::selectAction(qint64 actionId)
{
    for (QListView *list : {m_callList, m_emailList, m_letterList}) {
        ActionListModel *model = modelOf(list);
        const int row = model->rowOfAction(actionId);
        if (row < 0)
            continue;
        list->setCurrentIndex(model->index(row, 0));
        onCurrentChanged(list);
        list->scrollTo(model->index(row, 0));
        return true;
    }
    return false;
}

void TodayView::showDetail()
{
    if (m_holdDetail)
        return;
    m_detailPending = false;
    showDetailFor(currentCustomerId(), currentItem());
}

void TodayView::showDetailFor(qint64 customerId, const AgendaItem *item)
{
    m_detailPlaceholder->setVisible(customerId == 0);
    m_detailBody->setVisible(customerId != 0);
    if (customerId == 0)
        return;
    const std::optional<Customer> customer = CustomerRepository(m_db).findById(customerId);
    if (!customer)
        return;
    m_detailTitle->setText(customer->name);
    const std::optional<PayerProfile> profile = customer->effectiveProfile();
    m_detailBadge->setText(CollectionText::profile(profile));
    m_detailBadge->setStyleSheet(badgeStyle(profile));
    QString why = profile ? customer->profileExplanation
                          : tr("Not classified yet: the profile comes from the payment history.");
    if (customer->profileOverride)
        why += u'\n' + tr("Set by hand: %1").arg(customer->profileOverrideReason);
    m_detailBadge->setToolTip(why);

    // Whom to ask for: the action's contact first, then the others with their roles.
    QStringList lines;
    for (const Contact &c : customer->contacts) {
        QString who = (c.civility.isEmpty() ? c.name : c.civility + u' ' + c.name).toHtmlEscaped();
        if (c.primary)
            who = QStringLiteral("<b>") + who + QStringLiteral("</b>");
        if (!c.role.isEmpty())
            who += QStringLiteral(" (") + c.role.toHtmlEscaped() + u')';
        QStringList ways;
        if (!c.phone.isEmpty())
            ways << QStringLiteral("☎ ") + c.phone.toHtmlEscaped();
        if (!c.email.isEmpty())
            ways << QStringLiteral("✉ ") + c.email.toHtmlEscaped();
        lines << who + (ways.isEmpty() ? QString() : QStringLiteral("<br>&nbsp;&nbsp;") + ways.join(Dot));
        if (lines.size() == 3)
            break;
    }
    m_detailContact->setText(lines.isEmpty() ? tr("No contact on file.") : lines.join(QStringLiteral("<br>")));

    const bool isAction = item != nullptr;
    m_detailStep->setVisible(isAction);
    m_outcomeForm->setVisible(isAction && !item->isDone());
    m_doneLabel->setVisible(isAction && item->isDone());
    if (isAction) {
        m_detailStep->setText(ActionListModel::stepLine(*item) + Dot + DisplayFormat::money(item->action.amountCents));
        m_outcomeForm->reset(Clock::instance().today(), customer->paymentMethod, !item->isDone());
        if (item->isDone())
            m_doneLabel->setText(ActionListModel::outcomeLine(*item)
                                 + (canUndo() && m_undoStack.last() == item->action.id
                                        ? u'\n' + tr("Ctrl+Z puts it back to do.")
                                        : QString()));
    }

    const bool call = isAction && item->action.channel == u"phone";
    m_questionsTitle->setVisible(call);
    m_questionsLabel->setVisible(call);
    if (call) {
        QString html = QStringLiteral("<ol style=\"margin-left:-20px\">");
        for (const QString &q : CallGuide::questions(item->action.step))
            html += QStringLiteral("<li style=\"margin-bottom:3px\">") + q.toHtmlEscaped() + QStringLiteral("</li>");
        m_questionsLabel->setText(html + QStringLiteral("</ol>"));
    }

    // The last three things that happened, one line each (the journal repeats an event per invoice).
    const QList<TimelineEntry> entries = TimelineModel::group(EventJournal(m_db).forCustomer(customerId), {});
    QString events;
    for (qsizetype i = 0; i < entries.size() && i < 3; ++i) {
        const TimelineEntry &e = entries.at(i);
        events += QStringLiteral("<p style=\"margin:0 0 4px 0\"><span style=\"color:#6B6F76\">")
                  + CollectionText::shortDay(e.occurredAt.date()).toHtmlEscaped() + QStringLiteral("</span> ")
                  + e.summary.toHtmlEscaped() + QStringLiteral("</p>");
    }
    m_eventsLabel->setText(events.isEmpty() ? tr("Nothing recorded yet.").toHtmlEscaped() : events);

    m_invoiceTree->clear();
    const QDate today = Clock::instance().today();
    qint64 total = 0;
    for (const Invoice &invoice : InvoiceRepository(m_db).forCustomer(customerId, true)) {
        if (invoice.openCents == 0)
            continue;
        auto *row = new QTreeWidgetItem(m_invoiceTree);
        row->setText(0, invoice.number);
        row->setText(1, CollectionText::shortDay(invoice.dueDate));
        row->setText(2, DisplayFormat::money(invoice.openCents));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        const int late = invoice.daysLate(today);
        row->setText(3, late > 0 && invoice.openCents > 0 ? tr("%n d", nullptr, late) : QString());
        row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (isAction && item->action.invoiceIds.contains(invoice.id)) {
            QFont bold = row->font(0);
            bold.setBold(true);
            row->setFont(0, bold);
        }
        total += invoice.openCents;
    }
    m_invoicesTitle->setText(tr("Open invoices (%1)").arg(DisplayFormat::money(total)));
    m_invoiceTree->setVisible(m_invoiceTree->topLevelItemCount() > 0);
}

void TodayView::moveSelection(QAbstractItemView *list, int delta)
{
    QAbstractItemModel *model = list->model();
    if (model->rowCount() == 0)
        return;
    const int row = list->currentIndex().isValid() ? list->currentIndex().row() + delta : 0;
    list->setCurrentIndex(model->index(std::clamp(row, 0, model->rowCount() - 1), 0));
}

void TodayView::openOutcomeMenu(QAbstractItemView *list, const QModelIndex &index, const QRect &buttonRect)
{
    if (!index.isValid() || index.data(ActionListModel::DoneRole).toBool())
        return;
    if (list->currentIndex() != index)
        list->setCurrentIndex(index);
    onCurrentChanged(list);
    const QRect rect = buttonRect.isValid() ? buttonRect : list->visualRect(index);
    m_outcomeForm->outcomeMenu()->popup(list->viewport()->mapToGlobal(rect.bottomLeft()));
}

void TodayView::openCurrentCustomer()
{
    if (const qint64 id = currentCustomerId())
        emit customerFileRequested(id);
}

void TodayView::refreshAction(qint64 actionId)
{
    completeDetails(); // the counts then follow the items
    const std::optional<Action> action = ActionRepository(m_db).findById(actionId);
    if (!action)
        return;
    for (QList<AgendaItem> *list : {&m_data.calls, &m_data.emails, &m_data.letters})
        for (AgendaItem &item : *list)
            if (item.action.id == actionId)
                item.action = *action;
    m_callModel->updateAction(*action);
    m_emailModel->updateAction(*action);
    m_letterModel->updateAction(*action);
}

bool TodayView::completeCurrent(const ActionOutcome &outcome)
{
    const AgendaItem *item = currentItem();
    if (!item || item->isDone())
        return false;
    const qint64 actionId = item->action.id;
    const QString label = item->customerName + QStringLiteral(" — ") + CollectionText::outcome(outcome.kind);
    SettingsRepository settings(m_db);
    ActionCompleter completer(m_db, PlannerSettings::load(settings));
    // ActionCompleter::undoLast() takes the latest completion by time (to the second): two outcomes recorded within
    // one second, or under a pinned clock, must still come back in the order they were recorded.
    QDateTime when = Clock::instance().now();
    if (m_lastCompletion.isValid() && when <= m_lastCompletion)
        when = m_lastCompletion.addSecs(1);
    if (const Status s = completer.complete(actionId, outcome, when); !s) {
        m_outcomeForm->showError(s.error());
        return false;
    }
    m_lastCompletion = when;
    m_undoStack << actionId;
    m_undoLabels.insert(actionId, label);
    refreshAction(actionId);
    updateHeader();
    updateUndoButton();
    showMessage(tr("Saved: %1. Ctrl+Z puts it back.").arg(label));

    // On to the next call still to make.
    QAbstractItemView *list = m_currentList;
    ActionListModel *model = modelOf(list);
    const int row = model->rowOfAction(actionId);
    for (int step : {1, -1}) {
        for (int r = row + step; r >= 0 && r < model->rowCount(); r += step) {
            if (!model->item(r).isDone()) {
                list->setCurrentIndex(model->index(r, 0));
                emit actionsChanged();
                return true;
            }
        }
    }
    showDetail();
    emit actionsChanged();
    return true;
}

bool TodayView::undoLast()
{
    SettingsRepository settings(m_db);
    ActionCompleter completer(m_db, PlannerSettings::load(settings));
    const Result<qint64> undone = completer.undoLast(Clock::instance().now());
    if (!undone) {
        showMessage(tr("Nothing to undo: %1").arg(undone.error()), true);
        return false;
    }
    const QString label = m_undoLabels.take(*undone);
    m_undoStack.removeAll(*undone);
    if (m_callModel->rowOfAction(*undone) >= 0 || m_emailModel->rowOfAction(*undone) >= 0
        || m_letterModel->rowOfAction(*undone) >= 0)
        refreshAction(*undone);
    else
        reload();
    selectAction(*undone);
    showDetail();
    updateHeader();
    updateUndoButton();
    showMessage(label.isEmpty() ? tr("Undone: the last outcome is back to do.") : tr("Undone: %1.").arg(label));
    emit actionsChanged();
    return true;
}

bool TodayView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *list = qobject_cast<QAbstractItemView *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (list && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_J:
                moveSelection(list, 1);
                return true;
            case Qt::Key_K:
                moveSelection(list, -1);
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                if (list->currentIndex().isValid())
                    emit customerFileRequested(list->currentIndex().data(ActionListModel::CustomerIdRole).toLongLong());
                return true;
            case Qt::Key_R:
            case Qt::Key_Space:
                if (modelOf(list) && list->currentIndex().isValid()) {
                    const QModelIndex index = list->currentIndex();
                    QRect rect;
                    if (list == m_callList) {
                        QStyleOptionViewItem option;
                        option.initFrom(list);
                        option.rect = list->visualRect(index);
                        rect = m_fullDelegate->buttonRect(option, index);
                    }
                    openOutcomeMenu(list, index, rect);
                    return true;
                }
                break;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TodayView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
