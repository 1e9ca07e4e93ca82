#include "EmailQueueDialog.h"

#include "Clock.h"
#include "CollectionText.h"
#include "CompanyRepository.h"
#include "EmailQueueModel.h"
#include "EmlWriter.h"
#include "InvoiceRepository.h"
#include "MailBatchSender.h"
#include "MailtoUrl.h"
#include "MimeEncoding.h"
#include "SettingsRepository.h"
#include "SmtpPassword.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

const QString Dot = QStringLiteral(" · ");

QString addressText(const MailAddress &a)
{
    return a.name.isEmpty() ? a.address : QStringLiteral("%1 <%2>").arg(a.name, a.address);
}

QString addressListText(const QList<MailAddress> &list)
{
    QStringList out;
    for (const MailAddress &a : list)
        out << addressText(a);
    return out.join(QStringLiteral(", "));
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace

EmailQueueDialog::EmailQueueDialog(Database &db, QDate day, QWidget *parent)
    : QDialog(parent), m_db(db), m_day(day.isValid() ? day : Clock::instance().today())
{
    setObjectName(QStringLiteral("emailQueueDialog"));
    setSizeGripEnabled(true);
    m_model = new EmailQueueModel(this);
    m_sender = new MailBatchSender(this);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("emailTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() + 3);
    m_titleLabel->setFont(titleFont);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("emailSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("smtpAccountLabel"));
    m_accountLabel->setWordWrap(true);
    m_accountLabel->setStyleSheet(QStringLiteral("QLabel { background: #FFF4DB; color: #5C4300; padding: 8px; border-radius: 4px; }"));
    m_accountLabel->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("emailTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(EmailQueueModel::Customer, QHeaderView::Interactive);

    // The preview of the selected message.
    auto *preview = new QWidget(this);
    preview->setObjectName(QStringLiteral("emailPreview"));
    m_previewSubject = new QLabel(preview);
    m_previewSubject->setObjectName(QStringLiteral("previewSubjectLabel"));
    m_previewSubject->setWordWrap(true);
    m_previewSubject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subjectFont = m_previewSubject->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() + 1);
    m_previewSubject->setFont(subjectFont);
    m_previewHeaders = new QLabel(preview);
    m_previewHeaders->setObjectName(QStringLiteral("previewHeadersLabel"));
    m_previewHeaders->setWordWrap(true);
    m_previewHeaders->setTextFormat(Qt::RichText);
    m_previewHeaders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewState = new QLabel(preview);
    m_previewState->setObjectName(QStringLiteral("previewStateLabel"));
    m_previewState->setWordWrap(true);
    m_previewState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewWarnings = new QLabel(preview);
    m_previewWarnings->setObjectName(QStringLiteral("previewWarningsLabel"));
    m_previewWarnings->setWordWrap(true);
    m_previewWarnings->setStyleSheet(QStringLiteral("QLabel { color: #6B6F76; }"));
    m_browser = new QTextBrowser(preview);
    m_browser->setObjectName(QStringLiteral("previewBrowser"));
    // A reminder's links (payment page, website) are for the customer: clicking them here opens nothing.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_attachmentsTitle = new QLabel(preview);
    m_attachments = new QListWidget(preview);
    m_attachments->setObjectName(QStringLiteral("previewAttachmentsList"));
    m_mailtoButton = new QPushButton(preview);
    m_mailtoButton->setObjectName(QStringLiteral("openInMailProgramButton"));
    m_emlButton = new QPushButton(preview);
    m_emlButton->setObjectName(QStringLiteral("saveEmlButton"));
    auto *perMessage = new QHBoxLayout;
    perMessage->addWidget(m_mailtoButton);
    perMessage->addWidget(m_emlButton);
    perMessage->addStretch(1);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(8, 0, 0, 0);
    previewLayout->addWidget(m_previewSubject);
    previewLayout->addWidget(m_previewHeaders);
    previewLayout->addWidget(m_previewState);
    previewLayout->addWidget(m_previewWarnings);
    previewLayout->addWidget(m_browser, 1);
    previewLayout->addWidget(m_attachmentsTitle);
    previewLayout->addWidget(m_attachments);
    previewLayout->addLayout(perMessage);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("emailSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(preview);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setChildrenCollapsible(false);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("emailStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sendProgressBar"));
    m_progress->hide();
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelSendButton"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->hide();
    m_sendButton = new QPushButton(this);
    m_sendButton->setObjectName(QStringLiteral("sendAllButton"));
    // Enter never sends e-mails to customers: every button here is clicked on purpose.
    for (QPushButton *button : {m_mailtoButton, m_emlButton})
        button->setAutoDefault(false);
    m_sendButton->setAutoDefault(false);
    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("retryFailedButton"));
    m_retryButton->setAutoDefault(false);
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_cancelButton);
    bottom->addStretch(0);
    bottom->addSpacing(12);
    bottom->addWidget(m_sendButton);
    bottom->addWidget(m_retryButton);
    bottom->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_statusLabel);
    layout->addLayout(bottom);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EmailQueueDialog::updatePreview);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = currentRow();
        if (row >= from.row() && row <= to.row())
            updatePreview();
    });
    connect(m_sendButton, &QPushButton::clicked, this, &EmailQueueDialog::sendAll);
    connect(m_retryButton, &QPushButton::clicked, this, &EmailQueueDialog::retryFailed);
    connect(m_cancelButton, &QPushButton::clicked, this, &EmailQueueDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &EmailQueueDialog::reject);
    connect(m_mailtoButton, &QPushButton::clicked, this, [this] { openInMailProgram(currentRow()); });
    connect(m_emlButton, &QPushButton::clicked, this, [this] { saveAsEml(currentRow()); });
    // The worker's signals are queued to this thread: each result is recorded here, on the dialog's connection.
    connect(m_sender, &MailBatchSender::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_sender, &MailBatchSender::messageFinished, this, &EmailQueueDialog::onMessageFinished);
    connect(m_sender, &MailBatchSender::finished, this, &EmailQueueDialog::onFinished);

    retranslate();
    load();
    resize(1180, 700);
    m_splitter->setSizes({540, 620});
}

EmailQueueDialog::~EmailQueueDialog()
{
    m_destroying = true;
    if (m_sender->isRunning()) {
        m_sender->cancel();
        m_sender->wait();
    }
    // What the worker reported but this thread has not handled yet: messages that left must be journalled.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void EmailQueueDialog::load()
{
    SettingsRepository settings(m_db);
    if (!m_settingsGiven)
        m_settings = SmtpSettings::load(settings);
    MailAddress from = m_settings.from;
    if (!from.isValid()) {
        // A preview, mailto: and .eml can do with the company's own address; sending needs the account's.
        const Company company = CompanyRepository(m_db).load();
        from = MailAddress{company.name, company.email};
    }
    auto built = EmailQueue(m_db).build(Clock::instance().today(), m_day, from);
    QList<QueuedEmail> items;
    QList<QStringList> numbers;
    if (built) {
        items = std::move(built.value());
        InvoiceRepository invoices(m_db);
        for (const QueuedEmail &item : std::as_const(items)) {
            QStringList list;
            for (qint64 id : item.action.invoiceIds)
                if (const auto invoice = invoices.findById(id))
                    list << invoice->number;
            numbers << list;
        }
        m_loadError.clear();
    } else {
        m_loadError = built.error();
        showStatus(tr("The e-mails of the day could not be prepared: %1").arg(m_loadError), true);
    }
    m_model->setItems(std::move(items), std::move(numbers));
    m_table->resizeColumnsToContents();
    // The state comes second and stays in view; long texts are cut here and whole in the tooltip and the preview.
    m_table->setColumnWidth(EmailQueueModel::Customer, std::min(m_table->columnWidth(EmailQueueModel::Customer), 190));
    m_table->setColumnWidth(EmailQueueModel::State, std::max(std::min(m_table->columnWidth(EmailQueueModel::State), 150), 90));
    m_table->setColumnWidth(EmailQueueModel::Recipient, std::min(m_table->columnWidth(EmailQueueModel::Recipient), 220));
    m_table->setColumnWidth(EmailQueueModel::Subject, std::min(m_table->columnWidth(EmailQueueModel::Subject), 260));
    if (m_model->rowCount() > 0)
        selectRow(0);
    updatePreview();
    updateSummary();
    updateAccountBanner();
    updateButtons();
}

void EmailQueueDialog::retranslate()
{
    setWindowTitle(tr("E-mails to send"));
    m_titleLabel->setText(tr("E-mails for %1").arg(CollectionText::longDayInText(m_day)));
    m_mailtoButton->setText(tr("Open in my mail program"));
    m_mailtoButton->setToolTip(tr("Opens a new message in your own mail program (attachments are not carried over)"));
    m_emlButton->setText(tr("Save as .eml…"));
    m_emlButton->setToolTip(tr("Saves the complete message, attachments included, to open and send from your mail program"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stops after the message being sent"));
    m_sendButton->setText(tr("Send all"));
    m_retryButton->setText(tr("Retry failed"));
    m_closeButton->setText(tr("Close"));
    m_attachmentsTitle->setText(tr("Attachments"));
    m_progress->setFormat(tr("%v of %m sent"));
    updateSummary();
    updateAccountBanner();
    updatePreview();
}

void EmailQueueDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool EmailQueueDialog::smtpConfigured() const
{
    return !m_settings.host.trimmed().isEmpty();
}

void EmailQueueDialog::updateAccountBanner()
{
    if (!m_model)
        return;
    QString text;
    if (!smtpConfigured())
        text = tr("No e-mail account is set up, so nothing can be sent from here: set one up in Settings ▸ E-mail account. "
                  "Meanwhile each message can still be opened in your mail program or saved as an .eml file.");
    else if (const Status s = m_settings.validate(); !s)
        text = tr("The e-mail account cannot be used: %1. Correct it in Settings ▸ E-mail account.").arg(s.error());
    m_accountLabel->setText(text);
    m_accountLabel->setVisible(!text.isEmpty());
}

void EmailQueueDialog::updateSummary()
{
    if (!m_model)
        return;
    QStringList parts;
    parts << tr("%n message(s)", nullptr, m_model->rowCount());
    const int ready = m_model->countIn(QueuedEmail::State::Ready);
    const int sent = m_model->countIn(QueuedEmail::State::Sent);
    const int failed = m_model->countIn(QueuedEmail::State::Failed);
    const int skipped = m_model->countIn(QueuedEmail::State::Skipped);
    if (ready)
        parts << tr("%n ready", nullptr, ready);
    if (sent)
        parts << tr("%n sent", nullptr, sent);
    if (failed)
        parts << tr("%n failed", nullptr, failed);
    if (skipped)
        parts << tr("%n skipped", nullptr, skipped);
    if (smtpConfigured())
        parts << tr("sent as %1 through %2:%3").arg(addressText(m_settings.from), m_settings.host).arg(m_settings.port);
    m_summaryLabel->setText(parts.join(Dot));
}

void EmailQueueDialog::updateButtons()
{
    const bool busy = isSending();
    const bool usable = smtpConfigured() && !busy;
    int pending = 0;
    for (const QueuedEmail &item : m_model->items())
        pending += item.isPending() ? 1 : 0;
    m_sendButton->setEnabled(usable && pending > 0);
    m_retryButton->setEnabled(usable && failedCount() > 0);
    m_retryButton->setVisible(failedCount() > 0);
    const bool hasMessage = currentRow() >= 0;
    m_mailtoButton->setEnabled(hasMessage);
    m_emlButton->setEnabled(hasMessage);
    m_cancelButton->setVisible(isSending());
    m_progress->setVisible(isSending() && !m_readingPassword);
}

void EmailQueueDialog::showStatus(const QString &text, bool error)
{
    m_statusLabel->setText(text);
    m_statusLabel->setStyleSheet(error ? QStringLiteral("QLabel { background: #FBE9EB; color: #8A0019; padding: 6px; "
                                                        "border-radius: 4px; }")
                                       : QStringLiteral("QLabel { background: #EAF3EA; color: #24502A; padding: 6px; "
                                                        "border-radius: 4px; }"));
    m_statusLabel->setVisible(!text.isEmpty());
}

QString EmailQueueDialog::statusText() const
{
    return m_statusLabel->isVisible() ? m_statusLabel->text() : QString();
}

int EmailQueueDialog::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void EmailQueueDialog::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void EmailQueueDialog::updatePreview()
{
    if (!m_model)
        return;
    const int row = currentRow();
    const bool has = row >= 0 && row < m_model->rowCount();
    if (!has) {
        m_previewSubject->setText(m_model->rowCount() == 0 ? tr("No e-mail is planned for this day.") : QString());
        m_previewHeaders->clear();
        m_previewState->clear();
        m_previewWarnings->clear();
        m_browser->clear();
        m_attachments->clear();
        m_attachmentsTitle->hide();
        m_attachments->hide();
        updateButtons();
        return;
    }
    const QueuedEmail &item = m_model->item(row);
    const MailMessage &m = item.message;
    m_previewSubject->setText(m.subject);
    QStringList headers;
    auto line = [&headers](const QString &label, const QString &value) {
        headers << QStringLiteral("<span style=\"color:#6B6F76\">%1</span> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("To:"), m.to.isEmpty() ? tr("(no address)") : addressListText(m.to));
    if (!m.cc.isEmpty())
        line(tr("Cc:"), addressListText(m.cc));
    const MailAddress from = m_settings.from.isValid() ? m_settings.from : m.from;
    if (!from.isEmpty())
        line(tr("From:"), addressText(from));
    const QStringList invoices = m_model->invoiceNumbers(row);
    if (!invoices.isEmpty())
        line(tr("Invoices:"), invoices.join(QStringLiteral(", ")));
    if (!item.messageId.isEmpty())
        line(tr("Message-ID:"), item.messageId);
    m_previewHeaders->setText(headers.join(QStringLiteral("<br>")));

    m_previewState->setText(m_model->stateText(row));
    QString colour = QStringLiteral("#24502A");
    if (item.state == QueuedEmail::State::Failed)
        colour = CollectionText::lateColor().name();
    else if (item.state != QueuedEmail::State::Sent || m_model->isSending(row))
        colour = CollectionText::mutedColor().name();
    m_previewState->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: %2; }")
                                      .arg(colour, item.state == QueuedEmail::State::Ready ? QStringLiteral("normal")
                                                                                           : QStringLiteral("bold")));
    QStringList warnings;
    for (const QString &w : item.warnings)
        warnings << QStringLiteral("⚠ ") + w;
    m_previewWarnings->setText(warnings.join(u'\n'));
    m_previewWarnings->setVisible(!warnings.isEmpty());

    if (m.html.isEmpty())
        m_browser->setPlainText(m.text);
    else
        m_browser->setHtml(m.html);

    m_attachments->clear();
    for (const MailAttachment &a : m.attachments)
        m_attachments->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon),
                                                   QStringLiteral("%1 — %2").arg(a.fileName, sizeText(a.data.size()))));
    // As tall as its lines, up to four.
    const int lines = std::clamp(int(m.attachments.size()), 1, 4);
    m_attachments->setFixedHeight(lines * std::max(m_attachments->sizeHintForRow(0), fontMetrics().height() + 4)
                                  + 2 * m_attachments->frameWidth() + 2);
    m_attachmentsTitle->setText(m.attachments.isEmpty() ? tr("No attachment")
                                                        : tr("%n attachment(s)", nullptr, int(m.attachments.size())));
    m_attachmentsTitle->show();
    m_attachments->setVisible(!m.attachments.isEmpty());
    updateButtons();
}

bool EmailQueueDialog::isSending() const
{
    return m_readingPassword || m_sender->isRunning() || !m_batchRows.isEmpty();
}

int EmailQueueDialog::sentCount() const
{
    return m_model->countIn(QueuedEmail::State::Sent);
}

int EmailQueueDialog::failedCount() const
{
    return m_model->countIn(QueuedEmail::State::Failed);
}

int EmailQueueDialog::pendingCount() const
{
    int n = 0;
    for (const QueuedEmail &item : m_model->items())
        n += item.isPending() ? 1 : 0;
    return n;
}

void EmailQueueDialog::sendAll()
{
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row).isPending())
            rows << row;
    startBatch(rows);
}

void EmailQueueDialog::retryFailed()
{
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row).state == QueuedEmail::State::Failed)
            rows << row;
    startBatch(rows);
}

void EmailQueueDialog::cancel()
{
    if (!isSending())
        return;
    if (m_readingPassword) {
        // Nothing left yet: the keychain's answer will be ignored.
        m_readingPassword = false;
        ++m_passwordRequest;
        showStatus(tr("Sending cancelled: nothing was sent."), false);
        updateButtons();
        if (m_closeWhenDone) {
            m_closeWhenDone = false;
            QDialog::reject();
        }
        return;
    }
    m_sender->cancel();
    m_cancelButton->setEnabled(false);
    showStatus(tr("Stopping after the message being sent…"), false);
}

void EmailQueueDialog::startBatch(const QList<int> &rows)
{
    if (isSending())
        return;
    if (rows.isEmpty()) {
        showStatus(tr("Nothing to send."), false);
        return;
    }
    if (!smtpConfigured()) {
        showStatus(tr("No e-mail account is set up: set one up in Settings ▸ E-mail account, or open each message in "
                      "your mail program, or save it as an .eml file."),
                   true);
        return;
    }
    if (const Status s = m_settings.validate(); !s) {
        showStatus(tr("The e-mail account cannot be used: %1. Correct it in Settings ▸ E-mail account.").arg(s.error()), true);
        return;
    }
    if (!m_passwordKnown && !m_settings.user.isEmpty()) {
        // The keychain may ask the user to unlock it: never wait for it with the window frozen.
        m_readingPassword = true;
        m_cancelButton->setEnabled(true);
        const int request = ++m_passwordRequest;
        updateButtons();
        showStatus(tr("Reading the password of %1 from the keychain…").arg(m_settings.user), false);
        SmtpPassword::readAsync(m_settings.user, this, [this, rows, request](Result<QString> password) {
            if (request != m_passwordRequest || !m_readingPassword)
                return; // cancelled meanwhile
            m_readingPassword = false;
            if (!password) {
                showStatus(tr("The SMTP password could not be read from the keychain: %1").arg(password.error()), true);
                updateButtons();
                return;
            }
            m_settings.password = *password;
            m_passwordKnown = true;
            launch(rows);
        });
        return;
    }
    launch(rows);
}

void EmailQueueDialog::launch(const QList<int> &rows)
{
    QList<MailMessage> messages;
    m_batchRows.clear();
    m_batchSent = 0;
    m_batchFailed = 0;
    EmailQueue queue(m_db);
    for (int row : rows) {
        QueuedEmail &item = m_model->item(row);
        // One Message-ID for every attempt at the same message; the Date is the attempt's; the account sends.
        item.message.date = Clock::instance().now();
        if (m_settings.from.isValid())
            item.message.from = m_settings.from;
        if (item.message.replyTo.isEmpty() && !m_settings.replyTo.isEmpty())
            item.message.replyTo = MailAddress{{}, m_settings.replyTo};
        if (const Status s = Mime::prepare(item.message); !s) {
            ++item.attempts;
            if (const Status r = queue.recordFailed(item, s.error(), Clock::instance().now()); !r)
                showStatus(tr("The failure could not be written to the journal: %1").arg(r.error()), true);
            ++m_batchFailed;
            m_model->itemChanged(row);
            continue;
        }
        messages << item.message;
        m_batchRows << row;
    }
    if (messages.isEmpty()) {
        onFinished(0, m_batchFailed, false);
        return;
    }
    for (int row : std::as_const(m_batchRows))
        m_model->setSending(row, true);
    m_progress->setRange(0, int(messages.size()));
    m_progress->setValue(0);
    m_cancelButton->setEnabled(true);
    if (!m_sender->start(m_settings, messages)) {
        for (int row : std::as_const(m_batchRows))
            m_model->setSending(row, false);
        m_batchRows.clear();
        showStatus(tr("A batch is already being sent."), true);
        return;
    }
    showStatus(tr("Sending %n message(s) through %1…", nullptr, int(messages.size())).arg(m_settings.host), false);
    updateButtons();
    updateSummary();
}

void EmailQueueDialog::onMessageFinished(int index, bool ok, const QString &messageId, const QString &error)
{
    const int row = m_batchRows.value(index, -1);
    if (row < 0 || row >= m_model->rowCount())
        return;
    QueuedEmail &item = m_model->item(row);
    ++item.attempts;
    const QDateTime when = Clock::instance().now();
    EmailQueue queue(m_db);
    if (ok) {
        ++m_batchSent;
        item.message.messageId = messageId;
        if (const Status s = queue.recordSent(item, messageId, when); !s) {
            // The message left; only the bookkeeping failed: say so, and never send it twice.
            item.state = QueuedEmail::State::Sent;
            item.error = tr("sent (%1) but not written to the journal: %2").arg(messageId, s.error());
        }
    } else {
        ++m_batchFailed;
        if (const Status s = queue.recordFailed(item, error, when); !s) {
            item.state = QueuedEmail::State::Failed;
            item.error = error;
            showStatus(tr("The failure could not be written to the journal: %1").arg(s.error()), true);
        }
    }
    m_model->setSending(row, false);
    updateSummary();
}

void EmailQueueDialog::onFinished(int sent, int failed, bool cancelled)
{
    Q_UNUSED(sent)
    Q_UNUSED(failed)
    int notSent = 0;
    for (int row : std::as_const(m_batchRows)) {
        if (m_model->isSending(row)) {
            ++notSent;
            m_model->setSending(row, false);
        }
    }
    m_batchRows.clear();
    if (cancelled)
        showStatus(tr("Sending cancelled: %1 sent, %2 failed, %3 not sent.").arg(m_batchSent).arg(m_batchFailed).arg(notSent),
                   m_batchFailed > 0);
    else if (m_batchFailed > 0)
        showStatus(tr("%1 sent, %2 failed. Each failed message says what went wrong; once it is fixed, click Retry failed.")
                       .arg(m_batchSent)
                       .arg(m_batchFailed),
                   true);
    else
        showStatus(tr("%n message(s) sent.", nullptr, m_batchSent), false);
    updateSummary();
    updateButtons();
    updatePreview();
    if (m_batchSent > 0)
        emit emailsChanged();
    if (m_closeWhenDone && !m_destroying) {
        m_closeWhenDone = false;
        QDialog::reject();
    }
}

void EmailQueueDialog::reject()
{
    if (isSending()) {
        // Closing waits for the message on the wire: what left must be recorded.
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

QString EmailQueueDialog::emlFileName(int row) const
{
    const QueuedEmail &item = m_model->item(row);
    QString name = QStringLiteral("%1_%2_%3.eml").arg(m_day.toString(Qt::ISODate), item.customerCode, item.action.step);
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (forbidden.contains(c) || c.isSpace())
            c = u'_';
    return name;
}

bool EmailQueueDialog::openInMailProgram(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QueuedEmail &item = m_model->item(row);
    const QUrl url = QUrl::fromEncoded(MailtoUrl::build(item.message).toLatin1(), QUrl::StrictMode);
    const bool opened = m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url);
    if (!opened) {
        showStatus(tr("No mail program could be opened. Save the message as .eml instead and open that file with your "
                      "mail program."),
                   true);
        return false;
    }
    QStringList names;
    for (const MailAttachment &a : item.message.attachments)
        names << a.fileName;
    if (names.isEmpty())
        showStatus(tr("The message to %1 opens in your mail program: send it from there.").arg(item.customerName), false);
    else
        showStatus(tr("The message to %1 opens in your mail program. Attach the PDFs yourself (%2), or use Save as .eml, "
                      "which keeps them.")
                       .arg(item.customerName, names.join(QStringLiteral(", "))),
                   false);
    return true;
}

bool EmailQueueDialog::saveAsEml(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(emlFileName(row));
    const QString title = tr("Save the e-mail as .eml");
    QString path = m_askFileName ? m_askFileName(title, suggested)
                                 : QFileDialog::getSaveFileName(this, title, suggested, tr("E-mail message (*.eml)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".eml"), Qt::CaseInsensitive))
        path += QStringLiteral(".eml");
    MailMessage message = m_model->item(row).message; // the queue keeps its own Message-ID and Date
    if (m_settings.from.isValid())
        message.from = m_settings.from;
    if (const Status s = EmlWriter::save(message, path); !s) {
        showStatus(tr("The message could not be saved: %1").arg(s.error()), true);
        return false;
    }
    showStatus(tr("Saved to %1: open it with your mail program to send it.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void EmailQueueDialog::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_openUrl = std::move(opener);
}

void EmailQueueDialog::setSaveFileNameAsker(std::function<QString(const QString &, const QString &)> asker)
{
    m_askFileName = std::move(asker);
}

void EmailQueueDialog::setSmtpSettings(const SmtpSettings &settings, const QString &password)
{
    m_settings = settings;
    m_settings.password = password;
    m_passwordKnown = true;
    m_settingsGiven = true;
    updateAccountBanner();
    updateSummary();
    updateButtons();
    updatePreview();
}
