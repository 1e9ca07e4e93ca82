#include "LettersView.h"

#include "Clock.h"
#include "CollectionText.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DisplayFormat.h"
#include "LetterArchive.h"
#include "LetterBatch.h"
#include "LetterLevel.h"
#include "LetterPrinting.h"
#include "LetterRenderer.h"
#include "LetterRepository.h"
#include "LettersViewArchiveModel.h"
#include "ListTable.h"
#include "TableRoles.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString Dot = QStringLiteral(" · ");

QPushButton *button(QWidget *parent, const char *name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

// The state keys LettersViewArchiveModel::StateKeysRole carries, per filter.
QString filterPattern(LettersView::ArchiveFilter filter)
{
    switch (filter) {
    case LettersView::ArchiveFilter::All: return {};
    case LettersView::ArchiveFilter::ToComplete: return QStringLiteral("[a-z]");
    case LettersView::ArchiveFilter::NotPosted: return QStringLiteral("\\bunsent\\b");
    case LettersView::ArchiveFilter::NoNumber: return QStringLiteral("\\bnonumber\\b");
    case LettersView::ArchiveFilter::NoReceipt: return QStringLiteral("\\bnoreceipt\\b");
    }
    return {};
}

} // namespace

LettersView::LettersView(Database &db, QWidget *parent)
    : QWidget(parent),
      m_db(db),
      m_batchModel(new LettersViewBatchModel(this)),
      m_batchProxy(new QSortFilterProxyModel(this)),
      m_archiveModel(new LettersViewArchiveModel(this)),
      m_archiveProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("lettersView"));
    m_today = Clock::instance().today();
    m_day = m_today;
    m_batchProxy->setSourceModel(m_batchModel);
    m_archiveProxy->setSourceModel(m_archiveModel);
    m_archiveProxy->setFilterRole(LettersViewArchiveModel::StateKeysRole);
    m_archiveProxy->setFilterKeyColumn(0);

    // Section 1: the day's letters to print.
    auto *batch = new QWidget(this);
    m_batchTitle = ListTable::sectionTitle(batch, "batchTitleLabel");
    m_dayLabel = new QLabel(batch);
    m_dayEdit = new QDateEdit(batch);
    m_dayEdit->setObjectName(QStringLiteral("letterDayEdit"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_dayEdit->setDate(m_day);
    m_dayLabel->setBuddy(m_dayEdit);
    m_batchSummary = ListTable::caption(batch, "batchSummaryLabel");
    m_batchView = createTable("batchTableView", m_batchProxy);
    m_previewButton = button(batch, "previewLettersButton");
    m_printButton = button(batch, "printLettersButton");
    m_printButton->setDefault(true);
    m_pdfButton = button(batch, "saveLettersPdfButton");
    auto *titleBar = new QHBoxLayout;
    titleBar->addWidget(m_batchTitle);
    titleBar->addStretch(1);
    titleBar->addWidget(m_dayLabel);
    titleBar->addWidget(m_dayEdit);
    auto *batchButtons = new QHBoxLayout;
    batchButtons->addWidget(m_batchSummary, 1);
    batchButtons->addWidget(m_previewButton);
    batchButtons->addWidget(m_pdfButton);
    batchButtons->addWidget(m_printButton);
    auto *batchLayout = new QVBoxLayout(batch);
    batchLayout->setContentsMargins(0, 0, 0, 0);
    batchLayout->addLayout(titleBar);
    batchLayout->addWidget(m_batchView, 1);
    batchLayout->addLayout(batchButtons);

    // Section 2: the archive.
    auto *archive = new QWidget(this);
    m_archiveTitle = ListTable::sectionTitle(archive, "archiveTitleLabel");
    m_archiveSummary = ListTable::caption(archive, "archiveSummaryLabel");
    m_filterLabel = new QLabel(archive);
    m_filterCombo = new QComboBox(archive);
    m_filterCombo->setObjectName(QStringLiteral("archiveFilterCombo"));
    m_filterLabel->setBuddy(m_filterCombo);
    for (int i = 0; i <= int(ArchiveFilter::NoReceipt); ++i)
        m_filterCombo->addItem(QString());
    m_archiveView = createTable("archiveTableView", m_archiveProxy);
    m_archiveView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_postingButton = button(archive, "recordPostingButton");
    m_receiptButton = button(archive, "receiptButton");
    m_openButton = button(archive, "openLetterButton");
    m_reprintButton = button(archive, "reprintLetterButton");
    auto *archiveBar = new QHBoxLayout;
    archiveBar->addWidget(m_archiveTitle);
    archiveBar->addStretch(1);
    archiveBar->addWidget(m_filterLabel);
    archiveBar->addWidget(m_filterCombo);
    auto *archiveButtons = new QHBoxLayout;
    archiveButtons->addWidget(m_archiveSummary, 1);
    archiveButtons->addWidget(m_postingButton);
    archiveButtons->addWidget(m_receiptButton);
    archiveButtons->addWidget(m_openButton);
    archiveButtons->addWidget(m_reprintButton);
    auto *archiveLayout = new QVBoxLayout(archive);
    archiveLayout->setContentsMargins(0, 0, 0, 0);
    archiveLayout->addLayout(archiveBar);
    archiveLayout->addWidget(m_archiveView, 1);
    archiveLayout->addLayout(archiveButtons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("lettersSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(batch);
    splitter->addWidget(archive);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_statusLabel = ListTable::caption(this, "lettersStatusLabel");
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_statusLabel);

    const QFontMetrics metrics = fontMetrics();
    const auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    QHeaderView *bh = m_batchView->horizontalHeader();
    bh->resizeSection(LettersViewBatchModel::Customer, width(QStringLiteral("Hôtel-Restaurant Le Pont Vieux SARL")));
    bh->resizeSection(LettersViewBatchModel::Level, width(QStringLiteral("Dernière relance avant mise en demeure")));
    // Registered letters show in bold: room for the longer, bold text.
    bh->resizeSection(LettersViewBatchModel::Channel, width(QStringLiteral("Lettre recommandée AR")));
    bh->resizeSection(LettersViewBatchModel::Invoices, width(QStringLiteral("Factures")));
    bh->resizeSection(LettersViewBatchModel::Amount, width(DisplayFormat::money(12345678)));
    bh->setStretchLastSection(false); // amounts stay next to the rest of the row
    QHeaderView *ah = m_archiveView->horizontalHeader();
    ah->resizeSection(LettersViewArchiveModel::LetterDate, width(QStringLiteral("30/11/2026")));
    ah->resizeSection(LettersViewArchiveModel::Customer, width(QStringLiteral("Hôtel-Restaurant Le Pont Vieux")));
    ah->resizeSection(LettersViewArchiveModel::Level, width(QStringLiteral("Dernière relance avant mise en demeure")));
    ah->resizeSection(LettersViewArchiveModel::Channel, width(QStringLiteral("Lettre recommandée")));
    ah->resizeSection(LettersViewArchiveModel::SentOn, width(QStringLiteral("imprimé, non envoyé")));
    ah->resizeSection(LettersViewArchiveModel::LrarNumber, width(QStringLiteral("1A 123 456 7890 1")));
    ah->resizeSection(LettersViewArchiveModel::Receipt, width(QStringLiteral("Accusé reçu")));

    connect(m_dayEdit, &QDateEdit::dateChanged, this, [this](QDate day) {
        if (day == m_day)
            return;
        m_day = day;
        m_followToday = day == m_today;
        if (m_loaded)
            reloadBatch();
    });
    connect(m_previewButton, &QPushButton::clicked, this, [this] { previewDay(m_day); });
    connect(m_printButton, &QPushButton::clicked, this, [this] { printDay(m_day); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { saveDayAsPdf(m_day); });
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, [this](int index) { setArchiveFilter(ArchiveFilter(index)); });
    connect(m_archiveView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LettersView::updateButtons);
    connect(m_postingButton, &QPushButton::clicked, this, [this] {
        // The selected letters that still need it, else every one that does.
        QList<qint64> ids;
        for (const qint64 id : selectedLetterIds()) {
            const Letter &l = m_archiveModel->letterRow(m_archiveModel->rowOf(id)).letter;
            if (LettersViewArchiveModel::awaitsSending(l) || LettersViewArchiveModel::lacksNumber(l))
                ids << id;
        }
        if (ids.isEmpty()) {
            for (int row = 0; row < m_archiveModel->rowCount(); ++row) {
                const Letter &l = m_archiveModel->letterRow(row).letter;
                if (LettersViewArchiveModel::awaitsSending(l) || LettersViewArchiveModel::lacksNumber(l))
                    ids << l.id;
            }
        }
        recordPosting(ids);
    });
    connect(m_receiptButton, &QPushButton::clicked, this, [this] {
        if (const QList<qint64> ids = selectedLetterIds(); ids.size() == 1)
            recordReceipt(ids.constFirst());
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const QList<qint64> ids = selectedLetterIds(); ids.size() == 1)
            openLetter(ids.constFirst());
    });
    connect(m_reprintButton, &QPushButton::clicked, this, [this] {
        if (const QList<qint64> ids = selectedLetterIds(); ids.size() == 1)
            reprintLetter(ids.constFirst());
    });
    connect(m_batchView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit customerFileRequested(index.data(LettersViewBatchModel::CustomerIdRole).toLongLong());
    });
    connect(m_archiveView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // On the customer: the customer file; elsewhere: the letter itself.
        if (index.column() == LettersViewArchiveModel::Customer)
            emit customerFileRequested(index.data(LettersViewArchiveModel::CustomerIdRole).toLongLong());
        else
            openLetter(index.data(LettersViewArchiveModel::LetterIdRole).toLongLong());
    });

    m_archiveView->sortByColumn(LettersViewArchiveModel::LetterDate, Qt::DescendingOrder);
    m_batchView->sortByColumn(LettersViewBatchModel::Level, Qt::DescendingOrder);
    retranslateUi();
    updateButtons();
}

LettersView::~LettersView() = default;

QTableView *LettersView::createTable(const char *name, QSortFilterProxyModel *proxy)
{
    QTableView *view = ListTable::create(this, name, proxy);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

// --- Seams -------------------------------------------------------------------------------------------------------

void LettersView::setPrintDialogRunner(std::function<bool(QPrinter &)> runner)
{
    m_runPrintDialog = std::move(runner);
}

void LettersView::setPreviewRunner(std::function<void(QPrintPreviewDialog &)> runner)
{
    m_runPreview = std::move(runner);
}

void LettersView::setDialogRunner(std::function<int(QDialog &)> runner)
{
    m_runDialog = std::move(runner);
}

void LettersView::setSaveFileNameAsker(std::function<QString(const QString &, const QString &)> asker)
{
    m_askSaveFileName = std::move(asker);
}

void LettersView::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_openUrl = std::move(opener);
}

void LettersView::setMessageHandler(std::function<void(const QString &, const QString &)> handler)
{
    m_inform = std::move(handler);
}

void LettersView::inform(const QString &title, const QString &text)
{
    if (m_inform)
        m_inform(title, text);
    else
        QMessageBox::information(this, title, text);
}

void LettersView::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
}

int LettersView::runDialog(QDialog &dialog)
{
    return m_runDialog ? m_runDialog(dialog) : dialog.exec();
}

bool LettersView::runPrintDialog(QPrinter &printer)
{
    if (m_runPrintDialog)
        return m_runPrintDialog(printer);
    QPrintDialog dialog(&printer, this);
    // The whole batch or nothing: a letter half printed is no letter.
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    return dialog.exec() == QDialog::Accepted;
}

QString LettersView::askSaveFileName(const QString &title, const QString &suggested)
{
    if (m_askSaveFileName)
        return m_askSaveFileName(title, suggested);
    return QFileDialog::getSaveFileName(this, title, suggested, tr("PDF documents (*.pdf)"));
}

// --- Loading -----------------------------------------------------------------------------------------------------

void LettersView::markStale()
{
    m_loaded = false;
    if (isVisible())
        reload();
}

void LettersView::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

void LettersView::setDisplayedDay(QDate day)
{
    if (!day.isValid())
        return;
    m_dayEdit->setDate(day); // reloads through dateChanged
}

void LettersView::reload()
{
    m_loaded = true;
    const QDate today = Clock::instance().today();
    if (m_followToday && m_day != today) {
        m_day = today;
        const QSignalBlocker block(m_dayEdit);
        m_dayEdit->setDate(today);
    }
    m_today = today;
    reloadBatch();
    reloadArchive();
}

Result<LettersViewBatchModel::Day> LettersView::loadDay(QDate day, bool withProgress)
{
    if (!withProgress)
        return LettersViewBatchModel::load(m_db, day);
    // Composing reads the store: this thread, with the events processed so that Cancel answers.
    QProgressDialog progress(tr("Preparing the letters…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("letterProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    return LettersViewBatchModel::load(m_db, day, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
}

void LettersView::reloadBatch()
{
    const Result<LettersViewBatchModel::Day> day = loadDay(m_day, false);
    m_batchError.clear();
    if (day) {
        m_batchModel->setDay(*day);
    } else {
        m_batchError = day.error();
        LettersViewBatchModel::Day empty;
        empty.day = m_day;
        m_batchModel->setDay(empty);
    }
    updateSummaries();
    updateButtons();
}

void LettersView::reloadArchive()
{
    const QList<qint64> selected = selectedLetterIds();
    m_archiveModel->reload(m_db);
    // Keep the selection across reloads: the next button click is usually about the same letter.
    QItemSelection selection;
    for (const qint64 id : selected) {
        const int row = m_archiveModel->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_archiveProxy->mapFromSource(m_archiveModel->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_archiveView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateSummaries();
    updateButtons();
}

QList<qint64> LettersView::selectedLetterIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_archiveView->selectionModel()->selectedRows())
        ids << index.data(LettersViewArchiveModel::LetterIdRole).toLongLong();
    return ids;
}

void LettersView::setArchiveFilter(ArchiveFilter filter)
{
    if (m_filterCombo->currentIndex() != int(filter))
        m_filterCombo->setCurrentIndex(int(filter)); // comes back here through currentIndexChanged
    const QString pattern = filterPattern(filter);
    m_archiveProxy->setFilterRegularExpression(pattern.isEmpty() ? QRegularExpression() : QRegularExpression(pattern));
    updateButtons();
}

void LettersView::updateSummaries()
{
    const QString day = CollectionText::longDayInText(m_day);
    const int letters = m_batchModel->rowCount();
    QString batch;
    if (!m_batchError.isEmpty())
        batch = tr("The letters of %1 could not be prepared: %2").arg(day, m_batchError);
    else if (letters == 0)
        batch = tr("No letter to print for %1").arg(day);
    else
        batch = tr("%n letter(s) to print for %1", nullptr, letters).arg(day) + Dot
            + tr("%n registered", nullptr, m_batchModel->registeredCount()) + Dot
            + tr("%1 claimed").arg(DisplayFormat::money(m_batchModel->totalCents()));
    if (const int printed = m_batchModel->day().alreadyPrinted; printed > 0)
        batch += Dot + tr("%n already printed (see below)", nullptr, printed);
    if (const QStringList errors = m_batchModel->day().errors(); !errors.isEmpty())
        batch += Dot + tr("%n cannot be written", nullptr, int(errors.size()));
    m_batchSummary->setText(batch);

    const int archived = m_archiveModel->rowCount();
    QString text = archived == 0 ? tr("No letter archived yet: printing the day's letters keeps each one here, byte for byte.")
                                 : tr("%n letter(s) archived", nullptr, archived);
    if (const int n = m_archiveModel->count(&LettersViewArchiveModel::awaitsSending); n > 0)
        text += Dot + tr("%n not posted yet", nullptr, n);
    if (const int n = m_archiveModel->count(&LettersViewArchiveModel::lacksNumber); n > 0)
        text += Dot + tr("%n without LRAR number", nullptr, n);
    if (const int n = m_archiveModel->count(&LettersViewArchiveModel::awaitsReceipt); n > 0)
        text += Dot + tr("%n receipt(s) awaited", nullptr, n);
    m_archiveSummary->setText(text);
}

void LettersView::updateButtons()
{
    const bool anyLetter = !m_batchModel->day().letters().isEmpty();
    m_previewButton->setEnabled(anyLetter);
    m_printButton->setEnabled(anyLetter);
    m_pdfButton->setEnabled(anyLetter);
    const QList<qint64> ids = selectedLetterIds();
    const int posting = m_archiveModel->count(&LettersViewArchiveModel::awaitsSending)
                        + m_archiveModel->count(&LettersViewArchiveModel::lacksNumber);
    m_postingButton->setEnabled(posting > 0);
    bool receipt = false;
    if (ids.size() == 1) {
        const int row = m_archiveModel->rowOf(ids.constFirst());
        receipt = row >= 0 && m_archiveModel->letterRow(row).letter.isSent();
    }
    m_receiptButton->setEnabled(receipt);
    m_openButton->setEnabled(ids.size() == 1);
    m_reprintButton->setEnabled(ids.size() == 1);
}

QString LettersView::customerName(qint64 customerId) const
{
    const auto c = CustomerRepository(m_db).findById(customerId);
    return c ? c->name : QString::number(customerId);
}

LrarNumbersDialog::Entry LettersView::entryFor(const Letter &l) const
{
    LrarNumbersDialog::Entry e;
    e.letterId = l.id;
    e.customerName = customerName(l.customerId);
    e.level = l.level;
    e.channel = l.channel;
    e.letterDate = l.letterDate;
    e.sentOn = l.sentOn;
    e.lrarNumber = l.lrarNumber;
    return e;
}

// --- The day's batch ---------------------------------------------------------------------------------------------

std::optional<QList<ComposedLetter>> LettersView::prepareBatch(QDate day)
{
    const Result<LettersViewBatchModel::Day> batch = loadDay(day, true);
    if (!batch) {
        if (!LetterPrinting::isCancelled(batch.error()))
            inform(tr("Letters"), tr("The letters of %1 could not be prepared: %2").arg(DisplayFormat::date(day), batch.error()));
        return std::nullopt;
    }
    const QList<ComposedLetter> letters = batch->letters();
    const QStringList errors = batch->errors();
    if (letters.isEmpty()) {
        QString text = tr("No letter to print for %1").arg(DisplayFormat::date(day)) + u'.';
        if (batch->alreadyPrinted > 0)
            text += u' ' + tr("%n letter(s) of that day are already printed and archived: reprint them from the list of "
                              "archived letters.", nullptr, batch->alreadyPrinted);
        if (!errors.isEmpty())
            text += u'\n' + tr("These letters cannot be written:\n%1").arg(errors.join(u'\n'));
        inform(tr("Letters"), text);
        return std::nullopt;
    }
    if (!errors.isEmpty())
        inform(tr("Letters"), tr("These letters cannot be written and are left out:\n%1").arg(errors.join(u'\n')));
    return letters;
}

int LettersView::printDay(QDate day)
{
    const std::optional<QList<ComposedLetter>> letters = prepareBatch(day);
    if (!letters)
        return 0;
    QPrinter printer(QPrinter::HighResolution);
    printer.setCreator(QStringLiteral("Encaisse"));
    printer.setDocName(tr("Letters of %1").arg(DisplayFormat::date(day)));
    LetterRenderer::prepareDevice(printer);
    if (!runPrintDialog(printer)) {
        setStatus(tr("Printing cancelled: nothing was archived."));
        return 0;
    }
    LetterRenderer::prepareDevice(printer); // A4 from the paper's corner, whatever the dialog left
    const Result<LetterPrinting::PrintedBatch> printed = LetterPrinting::printBatch(this, *letters, printer);
    if (!printed) {
        if (LetterPrinting::isCancelled(printed.error()))
            setStatus(tr("Printing cancelled: nothing was archived."));
        else
            inform(tr("Print"), tr("The letters could not be printed: %1").arg(printed.error()));
        return 0;
    }

    // Each letter as printed goes into the archive, then the posting dialog asks for the LRAR numbers.
    LetterArchive archive(m_db);
    QList<LrarNumbersDialog::Entry> entries;
    QStringList failures;
    for (qsizetype i = 0; i < letters->size(); ++i) {
        const ComposedLetter &letter = letters->at(i);
        const Result<qint64> id = archive.storePrinted(letter, printed->pdfs.at(i));
        if (!id) {
            failures << tr("%1: %2").arg(letter.customerName, id.error());
            continue;
        }
        LrarNumbersDialog::Entry e;
        e.letterId = *id;
        e.customerName = letter.customerName;
        e.level = letter.level;
        e.channel = letter.channel.isEmpty() ? QStringLiteral("letter") : letter.channel;
        e.letterDate = letter.date;
        e.lrarNumber = letter.lrarNumber;
        entries << e;
    }
    reload();
    if (!entries.isEmpty())
        emit lettersChanged();
    setStatus(tr("%n letter(s) printed (%1 pages) and archived.", nullptr, int(entries.size())).arg(printed->pages));
    if (!failures.isEmpty())
        inform(tr("Archive"), tr("Printed, but these letters could not be archived:\n%1").arg(failures.join(u'\n')));
    if (!entries.isEmpty())
        runPostingDialog(entries);
    return int(letters->size());
}

void LettersView::previewDay(QDate day)
{
    const std::optional<QList<ComposedLetter>> letters = prepareBatch(day);
    if (!letters)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setCreator(QStringLiteral("Encaisse"));
    printer.setDocName(tr("Letters of %1").arg(DisplayFormat::date(day)));
    LetterRenderer::prepareDevice(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("letterPreviewDialog"));
    dialog.setWindowTitle(tr("Preview: letters of %1").arg(DisplayFormat::date(day)));
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&letters, &failure](QPrinter *device) {
        const Result<int> pages = LetterRenderer::paint(*letters, *device);
        failure = pages ? QString() : pages.error();
    });
    // The preview's own Print button would print without archiving: it prints through printDay() instead.
    bool printAfter = false;
    // Qt's own string, looked up at run time (through variables, so that lupdate leaves it to Qt's translations).
    static const char *const QtContext = "QPrintPreviewDialog";
    static const char *const QtPrint = "Print";
    const QString qtPrint = QCoreApplication::translate(QtContext, QtPrint);
    for (QAction *action : dialog.findChildren<QAction *>())
        if (action->text() == qtPrint || action->text() == u"Print")
            action->setVisible(false);
    if (auto *toolBar = dialog.findChild<QToolBar *>()) {
        QAction *print = toolBar->addAction(tr("Print and archive…"));
        print->setObjectName(QStringLiteral("previewPrintAction"));
        connect(print, &QAction::triggered, &dialog, [&dialog, &printAfter] {
            printAfter = true;
            dialog.accept();
        });
    }
    dialog.resize(std::max(width(), 900), std::max(height(), 700));
    if (m_runPreview)
        m_runPreview(dialog);
    else
        dialog.exec();
    if (!failure.isEmpty())
        inform(tr("Preview"), tr("The letters could not be shown: %1").arg(failure));
    if (printAfter)
        printDay(day);
}

QString LettersView::saveDayAsPdf(QDate day)
{
    const std::optional<QList<ComposedLetter>> letters = prepareBatch(day);
    if (!letters)
        return {};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = askSaveFileName(
        tr("Save the day's letters as PDF"),
        QDir(folder).filePath(QStringLiteral("courriers-") + day.toString(Qt::ISODate) + QStringLiteral(".pdf")));
    if (path.isEmpty())
        return {};
    std::optional<Result<QStringList>> written;
    const QList<ComposedLetter> &batch = *letters;
    LetterPrinting::runOffGuiThread(this, tr("Writing the letters…"), [&](const LetterRenderer::Progress &progress) {
        written = LetterBatch::write(batch, path, false, progress);
    });
    if (!*written) {
        if (LetterPrinting::isCancelled(written->error()))
            setStatus(tr("Cancelled: no file written."));
        else
            inform(tr("Letters"), tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), written->error()));
        return {};
    }
    setStatus(tr("%n letter(s) saved in %1. Not archived: “Print…” keeps each letter as proof and asks for the LRAR "
                 "numbers.", nullptr, int(letters->size()))
                  .arg(QDir::toNativeSeparators(path)));
    return path;
}

// --- The archive -------------------------------------------------------------------------------------------------

int LettersView::recordPosting(const QList<qint64> &letterIds)
{
    LetterRepository repository(m_db);
    QList<LrarNumbersDialog::Entry> entries;
    for (const qint64 id : letterIds) {
        const std::optional<Letter> l = repository.findById(id);
        if (!l || (l->isSent() && !l->lrarNumber.isEmpty()) || (l->isSent() && l->channel != u"registered_letter"))
            continue; // nothing left to record
        entries << entryFor(*l);
    }
    if (entries.isEmpty()) {
        inform(tr("Record posting"), tr("These letters are posted and numbered already: nothing to record."));
        return 0;
    }
    return runPostingDialog(entries);
}

int LettersView::runPostingDialog(const QList<LrarNumbersDialog::Entry> &entries)
{
    LrarNumbersDialog dialog(entries, Clock::instance().today(), this);
    if (runDialog(dialog) != QDialog::Accepted) {
        setStatus(tr("Not recorded: the letters stay as they were; “Record posting…” takes the numbers later."));
        return 0;
    }
    if (!dialog.validate()) {
        inform(tr("LRAR numbers"), dialog.errorText());
        return 0;
    }
    LetterArchive archive(m_db);
    QStringList failures;
    int sent = 0;
    int numbered = 0;
    for (const LrarNumbersDialog::Choice &c : dialog.choices()) {
        const Status s = c.markSent ? archive.markSent(c.letterId, dialog.sentDate(), c.lrarNumber)
                                    : archive.setLrarNumber(c.letterId, c.lrarNumber);
        if (!s) {
            failures << s.error();
            continue;
        }
        ++(c.markSent ? sent : numbered);
    }
    reload();
    if (sent + numbered > 0)
        emit lettersChanged();
    QStringList done;
    if (sent > 0)
        done << tr("%n letter(s) marked as posted on %1", nullptr, sent).arg(DisplayFormat::date(dialog.sentDate()));
    if (numbered > 0)
        done << tr("%n LRAR number(s) recorded", nullptr, numbered);
    setStatus(done.isEmpty() ? tr("Nothing recorded.") : done.join(Dot) + u'.');
    if (!failures.isEmpty())
        inform(tr("Record posting"), tr("Not recorded:\n%1").arg(failures.join(u'\n')));
    return sent + numbered;
}

bool LettersView::recordReceipt(qint64 letterId)
{
    const std::optional<Letter> l = LetterRepository(m_db).findById(letterId);
    if (!l) {
        inform(tr("Receipt"), tr("Letter %1 is not in the archive.").arg(letterId));
        return false;
    }
    if (!l->isSent()) {
        inform(tr("Receipt"), tr("This letter is not marked as posted yet: record its posting first."));
        return false;
    }
    const QDate today = Clock::instance().today();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("receiptDialog"));
    dialog.setWindowTitle(tr("Receipt came back"));
    auto *text = new QLabel(&dialog);
    text->setObjectName(QStringLiteral("receiptTextLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    QString what = tr("%1 · %2 · posted on %3").arg(LetterLevel::french(l->level), customerName(l->customerId),
                                                    DisplayFormat::date(l->sentOn));
    if (!l->lrarNumber.isEmpty())
        what += Dot + tr("LRAR number %1").arg(l->lrarNumber);
    text->setText(tr("The avis de réception came back for: %1").arg(what));
    auto *date = new QDateEdit(&dialog);
    date->setObjectName(QStringLiteral("receiptDateEdit"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date->setMinimumDate(l->sentOn);
    date->setMaximumDate(std::max(today, l->sentOn));
    date->setDate(l->receiptOn.isValid() ? l->receiptOn : std::max(today, l->sentOn));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("receiptButtonBox"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Came back on:"), date);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (runDialog(dialog) != QDialog::Accepted)
        return false;
    if (const Status s = LetterArchive(m_db).recordReceipt(letterId, date->date()); !s) {
        inform(tr("Receipt"), tr("The receipt could not be recorded: %1").arg(s.error()));
        return false;
    }
    reloadArchive();
    emit lettersChanged();
    setStatus(tr("Receipt recorded (came back on %2): %1").arg(what, DisplayFormat::date(date->date())));
    return true;
}

bool LettersView::openLetter(qint64 letterId)
{
    const Result<Letter> l = LetterArchive(m_db).reopen(letterId);
    if (!l) {
        inform(tr("Open the letter"), tr("The archived letter cannot be opened: %1").arg(l.error()));
        return false;
    }
    if (!m_openDir)
        m_openDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/encaisse-courriers-XXXXXX"));
    const auto c = CustomerRepository(m_db).findById(l->customerId);
    QString code = c ? c->code : QString::number(l->customerId);
    code.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    const QString path = m_openDir->filePath(QStringLiteral("courrier-%1_%2_%3_%4.pdf")
                                                 .arg(l->id)
                                                 .arg(l->letterDate.toString(Qt::ISODate), code, LetterLevel::slug(l->level)));
    QFile file(path);
    if (file.exists()) {
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.remove();
    }
    if (!m_openDir->isValid() || !file.open(QIODevice::WriteOnly) || file.write(l->pdf) != l->pdf.size()) {
        inform(tr("Open the letter"), tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    file.close();
    // A copy to read: the proof itself stays in the archive.
    file.setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url);
    if (!opened)
        inform(tr("Open the letter"), tr("No application opened %1: open it from that folder.").arg(QDir::toNativeSeparators(path)));
    else
        setStatus(tr("Letter opened from the archive (SHA-256 %1 checked).").arg(l->sha256.left(12)));
    return opened;
}

bool LettersView::reprintLetter(qint64 letterId)
{
    const Result<Letter> l = LetterArchive(m_db).reopen(letterId);
    if (!l) {
        inform(tr("Reprint"), tr("The archived letter cannot be reopened: %1").arg(l.error()));
        return false;
    }
    const QString title = tr("%1 – %2 – %3").arg(LetterLevel::french(l->level), customerName(l->customerId),
                                                 DisplayFormat::date(l->letterDate));
    QPrinter printer(QPrinter::HighResolution);
    printer.setCreator(QStringLiteral("Encaisse"));
    printer.setDocName(title);
    LetterRenderer::prepareDevice(printer);
    if (!runPrintDialog(printer))
        return false;
    if (const Status s = LetterPrinting::printPdf(l->pdf, printer, title); !s) {
        inform(tr("Reprint"), tr("The letter could not be sent to the printer: %1. It opens in your PDF viewer "
                                 "instead: print it from there.").arg(s.error()));
        openLetter(letterId);
        return false;
    }
    setStatus(tr("Letter reprinted identically (SHA-256 %1).").arg(l->sha256.left(12)));
    return true;
}

// --- Texts -------------------------------------------------------------------------------------------------------

void LettersView::retranslateUi()
{
    m_batchTitle->setText(tr("Letters to print"));
    m_dayLabel->setText(tr("&Day:"));
    m_dayEdit->setToolTip(tr("The day whose letters are listed (today by default)"));
    m_previewButton->setText(tr("Pre&view…"));
    m_previewButton->setToolTip(tr("Print preview of the whole batch"));
    m_printButton->setText(tr("&Print…"));
    m_printButton->setToolTip(tr("Prints every letter in one job, keeps each one in the archive as printed and asks "
                                 "for the LRAR numbers"));
    m_pdfButton->setText(tr("Save as P&DF…"));
    m_pdfButton->setToolTip(tr("One PDF holding the whole batch (not archived)"));
    m_archiveTitle->setText(tr("Printed and sent letters"));
    m_filterLabel->setText(tr("S&how:"));
    m_filterCombo->setItemText(int(ArchiveFilter::All), tr("All"));
    m_filterCombo->setItemText(int(ArchiveFilter::ToComplete), tr("To fill in"));
    m_filterCombo->setItemText(int(ArchiveFilter::NotPosted), tr("Not posted yet"));
    m_filterCombo->setItemText(int(ArchiveFilter::NoNumber), tr("No LRAR number"));
    m_filterCombo->setItemText(int(ArchiveFilter::NoReceipt), tr("No receipt yet"));
    m_postingButton->setText(tr("&Record posting…"));
    m_postingButton->setToolTip(tr("Marks printed letters as posted and takes the LRAR numbers read off La Poste's "
                                   "slips (the selected letters, else every one still waiting)"));
    m_receiptButton->setText(tr("Receipt &came back…"));
    m_receiptButton->setToolTip(tr("Records the day the avis de réception came back"));
    m_openButton->setText(tr("&Open"));
    m_openButton->setToolTip(tr("Opens the letter as archived (its SHA-256 checked)"));
    m_reprintButton->setText(tr("Reprin&t…"));
    m_reprintButton->setToolTip(tr("Prints the archived letter again, byte for byte"));
    updateSummaries();
}

void LettersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
