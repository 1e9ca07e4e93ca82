#include "InvoiceFilterBar.h"

#include "InvoiceRepository.h"
#include "InvoiceTableModel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QButtonGroup>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QToolButton>

namespace {

using Filter = InvoiceFilterProxyModel::Filter;

// A file name any file system takes: letters, digits, dot, dash and underscore.
QString safeFileName(const QString &name, const QString &fallback)
{
    QString out;
    for (QChar c : name.isEmpty() ? fallback : name)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-' || c == u'_' ? c : QChar(u'_');
    if (!out.endsWith(u".pdf", Qt::CaseInsensitive))
        out += QStringLiteral(".pdf");
    return out;
}

} // namespace

InvoiceFilterBar::InvoiceFilterBar(Database &db, InvoiceFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent), m_db(db), m_proxy(proxy), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("invoiceFilterBar"));
    m_urlOpener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    m_warn = [this](const QString &text) { QMessageBox::warning(this, tr("Invoice PDF"), text); };

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    static constexpr std::array<const char *, InvoiceFilterProxyModel::FilterCount> names = {
        "filterAllButton", "filterOpenButton", "filterLateButton", "filterDisputedButton", "filterPromisedButton"};
    m_group->setExclusive(true);
    for (int f = 0; f < InvoiceFilterProxyModel::FilterCount; ++f) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(names[f]));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_group->addButton(button, f);
        m_buttons[f] = button;
        layout->addWidget(button);
    }
    m_buttons.at(int(m_proxy->filter()))->setChecked(true);
    layout->addSpacing(12);
    m_pdfButton = new QPushButton(this);
    m_pdfButton->setObjectName(QStringLiteral("openPdfButton"));
    m_pdfButton->setEnabled(false);
    layout->addWidget(m_pdfButton);
    layout->addStretch(1);

    auto *openAction = new QAction(this);
    openAction->setObjectName(QStringLiteral("openPdfAction"));
    openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(openAction, &QAction::triggered, this, &InvoiceFilterBar::openCurrentPdf);
    addAction(openAction);

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        m_proxy->setFilter(Filter(id));
        emit filterChanged(Filter(id));
    });
    connect(m_pdfButton, &QPushButton::clicked, this, &InvoiceFilterBar::openCurrentPdf);
    connect(m_proxy, &InvoiceFilterProxyModel::countsChanged, this, &InvoiceFilterBar::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InvoiceFilterBar::updatePdfButton);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InvoiceFilterBar::updatePdfButton);

    retranslateUi();
    // With no invoice listed yet (MainWindow fills the table when its tab first opens) there is nothing to count: the
    // open promises are read with the first invoices, not at start-up.
    const QAbstractItemModel *source = m_proxy->sourceModel();
    if (source && source->rowCount() == 0) {
        m_promisesPending = true;
        const auto readPending = [this] {
            if (m_promisesPending && m_proxy->sourceModel() && m_proxy->sourceModel()->rowCount() > 0)
                reload();
        };
        connect(source, &QAbstractItemModel::modelReset, this, readPending);
        connect(source, &QAbstractItemModel::rowsInserted, this, readPending);
    } else {
        reload();
    }
}

InvoiceFilterBar::~InvoiceFilterBar() = default;

void InvoiceFilterBar::reload()
{
    m_promisesPending = false;
    m_proxy->reloadPromises(m_db);
    updatePdfButton();
}

void InvoiceFilterBar::setView(QTableView *view)
{
    m_view = view;
    if (!view)
        return;
    // The bar's shortcut works while the table has the focus.
    view->addActions(actions());
    const auto follow = [this, view] {
        if (QItemSelectionModel *selection = view->selectionModel())
            connect(selection, &QItemSelectionModel::currentChanged, this, &InvoiceFilterBar::updatePdfButton,
                    Qt::UniqueConnection);
        updatePdfButton();
    };
    follow();
    // setModel() replaces the selection model.
    connect(view->model(), &QAbstractItemModel::modelReset, this, follow);
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == InvoiceTableModel::Number)
            openCurrentPdf();
    });
}

void InvoiceFilterBar::setFilter(InvoiceFilterProxyModel::Filter filter)
{
    m_buttons.at(int(filter))->setChecked(true);
    m_proxy->setFilter(filter);
    emit filterChanged(filter);
}

const InvoiceRow *InvoiceFilterBar::invoiceAt(const QModelIndex &index) const
{
    QModelIndex source = index;
    const QAbstractItemModel *model = index.model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
        source = proxy->mapToSource(source);
        model = proxy->sourceModel();
    }
    const auto *invoices = qobject_cast<const InvoiceTableModel *>(model);
    if (!invoices || !source.isValid() || source.row() >= invoices->rowCount())
        return nullptr;
    return &invoices->invoiceRow(source.row());
}

Status InvoiceFilterBar::openPdf(qint64 invoiceId)
{
    InvoiceRepository invoices(m_db);
    const auto invoice = invoices.findById(invoiceId);
    if (!invoice)
        return Status::failure(tr("Invoice %1 no longer exists.").arg(invoiceId));
    QString fileName;
    const QByteArray data = invoices.pdf(invoiceId, &fileName);
    if (data.isEmpty())
        return Status::failure(tr("No PDF is attached to invoice %1.").arg(invoice->number));
    if (!m_tempDir.isValid())
        return Status::failure(tr("No temporary folder to open the PDF of invoice %1 from.").arg(invoice->number));
    const QString path = m_tempDir.filePath(safeFileName(fileName, invoice->number));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Status::failure(tr("The PDF of invoice %1 could not be written to %2: %3")
                                   .arg(invoice->number, QDir::toNativeSeparators(path), file.errorString()));
    }
    m_lastPdfPath = path;
    if (!m_urlOpener(QUrl::fromLocalFile(path)))
        return Status::failure(tr("No PDF viewer could open invoice %1; the file is %2.")
                                   .arg(invoice->number, QDir::toNativeSeparators(path)));
    return {};
}

void InvoiceFilterBar::openCurrentPdf()
{
    if (!m_view)
        return;
    const InvoiceRow *row = invoiceAt(m_view->currentIndex());
    if (!row)
        return;
    if (const Status s = openPdf(row->invoice.id); !s)
        m_warn(s.error());
}

void InvoiceFilterBar::updatePdfButton()
{
    const InvoiceRow *row = m_view ? invoiceAt(m_view->currentIndex()) : nullptr;
    const bool hasPdf = row && !row->invoice.pdfFileName.isEmpty();
    m_pdfButton->setEnabled(hasPdf);
    m_pdfButton->setToolTip(!row      ? tr("Select an invoice to open its PDF (Ctrl+O)")
                            : hasPdf  ? tr("Open %1 in the PDF viewer (Ctrl+O)").arg(row->invoice.pdfFileName)
                                      : tr("No PDF is attached to invoice %1").arg(row->invoice.number));
}

QString InvoiceFilterBar::filterText(InvoiceFilterProxyModel::Filter filter) const
{
    const QString count = QLocale().toString(m_proxy->count(filter));
    switch (filter) {
    case Filter::All: return tr("All (%1)").arg(count);
    case Filter::Open: return tr("Open (%1)").arg(count);
    case Filter::Late: return tr("Late (%1)").arg(count);
    case Filter::Disputed: return tr("Disputed (%1)").arg(count);
    case Filter::Promised: return tr("Promised (%1)").arg(count);
    }
    return {};
}

void InvoiceFilterBar::updateCounts()
{
    for (int f = 0; f < InvoiceFilterProxyModel::FilterCount; ++f)
        m_buttons.at(f)->setText(filterText(Filter(f)));
}

void InvoiceFilterBar::retranslateUi()
{
    m_buttons.at(int(Filter::All))->setToolTip(tr("Every invoice, credit note and payment"));
    m_buttons.at(int(Filter::Open))->setToolTip(tr("What is still open, paid in part or not at all"));
    m_buttons.at(int(Filter::Late))->setToolTip(tr("Open and past the due date"));
    m_buttons.at(int(Filter::Disputed))->setToolTip(tr("Open with a dispute: left out of reminders and penalties"));
    m_buttons.at(int(Filter::Promised))->setToolTip(tr("Open and covered by a promise to pay not yet due or checked"));
    m_pdfButton->setText(tr("Open the PDF"));
    updateCounts();
    updatePdfButton();
}

void InvoiceFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
