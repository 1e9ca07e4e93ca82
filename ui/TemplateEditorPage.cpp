#include "TemplateEditorPage.h"

#include "Action.h"
#include "Clock.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "EmailComposer.h"
#include "InvoiceRepository.h"
#include "LetterComposer.h"
#include "LetterContent.h"
#include "LetterLayout.h"
#include "LetterLevel.h"
#include "LetterPreviewWidget.h"
#include "Money.h"
#include "SettingsRepository.h"
#include "SmtpSettings.h"
#include "TemplateStore.h"

#include <QComboBox>
#include <QDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace {

const QColor ErrorColor(0xB0, 0x00, 0x20);
const QColor CaptionColor(0x5F, 0x63, 0x68);
constexpr int KeyRole = Qt::UserRole;
constexpr int PreviewDpi = 96;
constexpr int PreviewDelayMs = 300;

QLabel *caption(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, CaptionColor);
    label->setPalette(palette);
    return label;
}

// 1-based line of `offset` in `text`.
int lineAt(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

// Where a problem the store reports lies: "modèle, ligne 3 : …" says it; "champ inconnu : « {foo} »" names the text
// to look for. 0 when the message gives no clue.
int lineOfLetterProblem(const QString &text, const QString &problem)
{
    static const QRegularExpression lineRe(QStringLiteral("ligne (\\d+)"));
    if (const auto m = lineRe.match(problem); m.hasMatch())
        return m.captured(1).toInt();
    static const QRegularExpression quoted(QStringLiteral("« (\\{[a-z0-9_]+\\}) »"));
    if (const auto m = quoted.match(problem); m.hasMatch()) {
        const qsizetype at = text.indexOf(m.captured(1));
        if (at >= 0)
            return lineAt(text, at);
    }
    if (problem.contains(QStringLiteral("{pluriel:"))) {
        const qsizetype at = text.indexOf(QStringLiteral("{pluriel:"));
        if (at >= 0)
            return lineAt(text, at);
    }
    return 0;
}

} // namespace

TemplateEditorPage::TemplateEditorPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("templateEditorPage"));

    m_templateList = new QListWidget(this);
    m_templateList->setObjectName(QStringLiteral("templateList"));
    m_templateList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_templateList->setWordWrap(true);
    m_templateList->setTextElideMode(Qt::ElideRight);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("templateTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_subjectLabel = new QLabel(tr("Subject"), this);
    m_subjectEdit = new QLineEdit(this);
    m_subjectEdit->setObjectName(QStringLiteral("emailSubjectEdit"));
    m_subjectLabel->setBuddy(m_subjectEdit);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("templateTextEdit"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("templateProblemsLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_problemLabel->palette();
    errorPalette.setColor(QPalette::WindowText, ErrorColor);
    m_problemLabel->setPalette(errorPalette);
    m_problemLabel->hide();

    m_saveButton = new QPushButton(tr("Save &template"), this);
    m_saveButton->setObjectName(QStringLiteral("saveTemplateButton"));
    m_saveButton->setToolTip(tr("Letters and e-mails written from now on use this text"));
    m_resetButton = new QPushButton(tr("Reset to de&fault…"), this);
    m_resetButton->setObjectName(QStringLiteral("resetTemplateButton"));
    m_resetButton->setToolTip(tr("Back to the text shipped with Encaisse"));

    m_placeholderTree = new QTreeWidget(this);
    m_placeholderTree->setObjectName(QStringLiteral("placeholderTree"));
    m_placeholderTree->setColumnCount(2);
    m_placeholderTree->setHeaderLabels({tr("Placeholder"), tr("Replaced by")});
    m_placeholderTree->setRootIsDecorated(false);
    m_placeholderTree->setAlternatingRowColors(true);
    m_placeholderTree->setWordWrap(false);
    m_placeholderTree->setToolTip(tr("Double-click a placeholder to insert it at the cursor"));
    m_placeholderTree->header()->setStretchLastSection(true);

    m_customerCombo = new QComboBox(this);
    m_customerCombo->setObjectName(QStringLiteral("sampleCustomerCombo"));
    m_customerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_customerCombo->setMinimumContentsLength(16);
    m_customerCombo->setToolTip(tr("The customer whose open invoices fill the preview (customers with open invoices)"));

    m_letterPreview = new LetterPreviewWidget(this);
    m_letterPreview->setToolTip(tr("Double-click to see the page at full size"));
    m_emailPane = new QWidget(this);
    m_emailSubject = new QLabel(m_emailPane);
    m_emailSubject->setObjectName(QStringLiteral("emailSubjectPreview"));
    m_emailSubject->setWordWrap(true);
    m_emailSubject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emailPreview = new QTextBrowser(m_emailPane);
    m_emailPreview->setObjectName(QStringLiteral("emailPreview"));
    m_emailPreview->setOpenLinks(false);
    auto *emailLayout = new QVBoxLayout(m_emailPane);
    emailLayout->setContentsMargins(0, 0, 0, 0);
    emailLayout->addWidget(m_emailSubject);
    emailLayout->addWidget(m_emailPreview, 1);
    m_previewStack = new QStackedWidget(this);
    m_previewStack->setObjectName(QStringLiteral("previewStack"));
    m_previewStack->addWidget(m_letterPreview);
    m_previewStack->addWidget(m_emailPane);

    m_previousPage = new QToolButton(this);
    m_previousPage->setObjectName(QStringLiteral("previousPageButton"));
    m_previousPage->setArrowType(Qt::LeftArrow);
    m_previousPage->setToolTip(tr("Previous page"));
    m_nextPage = new QToolButton(this);
    m_nextPage->setObjectName(QStringLiteral("nextPageButton"));
    m_nextPage->setArrowType(Qt::RightArrow);
    m_nextPage->setToolTip(tr("Next page"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("previewPageLabel"));
    m_pageLabel->setAlignment(Qt::AlignCenter);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);

    // Layout: the list | the editor, its problems and the placeholders | the preview.
    auto *editorPane = new QWidget(this);
    auto *subjectRow = new QHBoxLayout;
    subjectRow->addWidget(m_subjectLabel);
    subjectRow->addWidget(m_subjectEdit, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_resetButton);
    buttons->addStretch(1);
    auto *editorSplitter = new QSplitter(Qt::Vertical, editorPane);
    editorSplitter->setChildrenCollapsible(false);
    editorSplitter->addWidget(m_editor);
    auto *placeholderPane = new QWidget(editorSplitter);
    auto *placeholderLayout = new QVBoxLayout(placeholderPane);
    placeholderLayout->setContentsMargins(0, 4, 0, 0);
    placeholderLayout->addWidget(caption(placeholderPane, tr("Placeholders: double-click one to insert it at the cursor.")));
    placeholderLayout->addWidget(m_placeholderTree, 1);
    editorSplitter->addWidget(placeholderPane);
    editorSplitter->setStretchFactor(0, 3);
    editorSplitter->setStretchFactor(1, 2);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_titleLabel);
    editorLayout->addLayout(subjectRow);
    editorLayout->addWidget(editorSplitter, 1);
    editorLayout->addWidget(m_problemLabel);
    editorLayout->addLayout(buttons);

    auto *previewPane = new QWidget(this);
    auto *customerRow = new QHBoxLayout;
    customerRow->addWidget(new QLabel(tr("Preview for"), previewPane));
    customerRow->addWidget(m_customerCombo, 1);
    auto *pageRow = new QHBoxLayout;
    pageRow->addStretch(1);
    pageRow->addWidget(m_previousPage);
    pageRow->addWidget(m_pageLabel);
    pageRow->addWidget(m_nextPage);
    pageRow->addStretch(1);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addLayout(customerRow);
    previewLayout->addWidget(m_previewStack, 1);
    previewLayout->addLayout(pageRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("templateSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(editorPane);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_templateList);
    layout->addWidget(splitter, 1);

    fillTemplateList();
    // Long names ("Dernière relance avant mise en demeure") are elided: the editor and the preview need the room.
    m_templateList->setFixedWidth(std::clamp(m_templateList->sizeHintForColumn(0) + 28, 150, 210));

    connect(m_templateList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item || m_loading)
            return;
        const QString key = item->data(KeyRole).toString();
        if (!key.isEmpty() && key != m_key)
            selectTemplate(key);
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &TemplateEditorPage::onTextChanged);
    connect(m_subjectEdit, &QLineEdit::textChanged, this, &TemplateEditorPage::onTextChanged);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { (void)saveChanges(); });
    connect(m_resetButton, &QPushButton::clicked, this, [this] { resetToDefault(); });
    connect(m_placeholderTree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { insertPlaceholder(item->data(0, KeyRole).toString()); });
    connect(m_customerCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            refreshPreview();
    });
    connect(m_previewTimer, &QTimer::timeout, this, &TemplateEditorPage::refreshPreview);
    connect(m_letterPreview, &LetterPreviewWidget::activated, this, &TemplateEditorPage::showFullPage);
    connect(m_previousPage, &QToolButton::clicked, this, [this] {
        m_page = std::max(0, m_page - 1);
        showLetterPage();
    });
    connect(m_nextPage, &QToolButton::clicked, this, [this] {
        m_page = std::min(m_pageCount - 1, m_page + 1);
        showLetterPage();
    });

    loadTemplate(TemplateStore::keys().contains(QStringLiteral("letter_formal_notice")) ? QStringLiteral("letter_formal_notice")
                                                                                     : TemplateStore::keys().value(0));
}

TemplateEditorPage::~TemplateEditorPage() = default;

QMessageBox::StandardButton TemplateEditorPage::ask(const QString &title, const QString &text,
                                                    QMessageBox::StandardButtons buttons,
                                                    QMessageBox::StandardButton defaultButton)
{
    if (m_ask)
        return m_ask(title, text, buttons, defaultButton);
    QMessageBox box(QMessageBox::Question, title, text, buttons, this);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QString TemplateEditorPage::templateName(const QString &key) const
{
    return m_names.value(key, key);
}

void TemplateEditorPage::fillTemplateList()
{
    const bool loading = m_loading;
    m_loading = true;
    m_templateList->clear();
    const auto section = [this](const QString &title) {
        auto *item = new QListWidgetItem(title, m_templateList);
        item->setFlags(Qt::NoItemFlags);
        QFont font = m_templateList->font();
        font.setBold(true);
        item->setFont(font);
    };
    const auto entry = [this](const QString &key, const QString &name) {
        auto *item = new QListWidgetItem(m_templateList);
        item->setData(KeyRole, key);
        m_names.insert(key, name);
        const bool customized = isCustomized(key);
        item->setText(customized ? tr("%1 (customised)").arg(name) : name);
        item->setToolTip(name + u'\n'
                         + (customized ? tr("Your own version: “Reset to default” brings back Encaisse's text")
                                       : tr("The text shipped with Encaisse")));
    };
    section(tr("Letters"));
    TemplateStore store(m_db);
    for (const TemplateInfo &info : store.list()) {
        m_levels.insert(info.key, info.level);
        entry(info.key, info.name);
    }
    section(tr("E-mails"));
    const QHash<QString, QString> emailNames = {
        {QStringLiteral("preventive"), tr("Preventive reminder")},
        {QStringLiteral("level1"), tr("Reminder 1")},
        {QStringLiteral("level2"), tr("Reminder 2")},
        {QStringLiteral("level3"), tr("Reminder 3 (last)")},
        {QStringLiteral("formal_notice"), tr("Formal notice")},
        {QStringLiteral("promise_followup"), tr("Promise follow-up")},
        {QStringLiteral("instalment_check"), tr("Payment plan instalment")},
        {QStringLiteral("summer_campaign"), tr("Summer campaign")},
    };
    for (const QString &step : EmailTemplates::steps())
        entry(emailKey(step), emailNames.value(step, step));
    m_loading = loading;
}

QStringList TemplateEditorPage::templateKeys() const
{
    QStringList keys = TemplateStore::keys();
    for (const QString &step : EmailTemplates::steps())
        keys << emailKey(step);
    return keys;
}

bool TemplateEditorPage::isCustomized(const QString &key)
{
    if (isEmail(key)) {
        SettingsRepository settings(m_db);
        const EmailTemplate stored = EmailTemplates::load(settings, stepOf(key));
        const EmailTemplate shipped = EmailTemplates::defaultFor(stepOf(key));
        return stored.subject != shipped.subject || stored.body != shipped.body;
    }
    return TemplateStore(m_db).isCustomized(key);
}

void TemplateEditorPage::selectRowOf(const QString &key)
{
    const bool loading = m_loading;
    m_loading = true;
    for (int row = 0; row < m_templateList->count(); ++row)
        if (m_templateList->item(row)->data(KeyRole).toString() == key)
            m_templateList->setCurrentRow(row);
    m_loading = loading;
}

bool TemplateEditorPage::selectTemplate(const QString &key)
{
    if (!templateKeys().contains(key)) {
        selectRowOf(m_key);
        return false;
    }
    if (key == m_key)
        return true;
    if (!confirmLeave()) {
        selectRowOf(m_key);
        return false;
    }
    loadTemplate(key);
    return true;
}

void TemplateEditorPage::loadTemplate(const QString &key)
{
    m_loading = true;
    m_key = key;
    const bool email = isEmail(key);
    if (email) {
        SettingsRepository settings(m_db);
        const EmailTemplate t = EmailTemplates::load(settings, stepOf(key));
        m_savedSubject = t.subject;
        m_savedText = t.body;
    } else {
        m_savedSubject.clear();
        m_savedText = TemplateStore(m_db).text(key);
    }
    m_subjectLabel->setVisible(email);
    m_subjectEdit->setVisible(email);
    m_subjectEdit->setText(m_savedSubject);
    m_subjectEdit->setCursorPosition(0);
    m_editor->setPlainText(m_savedText);
    m_editor->setToolTip(email ? tr("The e-mail's text: {placeholder}, {?condition}…{/condition}, a blank line between "
                                    "paragraphs, lines starting with “– ” make a list")
                               : tr("Titre : and Objet : lines, then --- and the letter's text: {placeholder}, "
                                    "**bold**, {pluriel:several|one}, a blank line between paragraphs"));

    m_placeholderTree->clear();
    const auto add = [this](const QString &token, const QString &description) {
        auto *item = new QTreeWidgetItem(m_placeholderTree, {token, description});
        item->setData(0, KeyRole, token);
        item->setToolTip(1, description);
    };
    if (email) {
        for (const auto &[name, description] : EmailTemplates::placeholders())
            add(u'{' + name + u'}', description);
    } else {
        for (const PlaceholderInfo &p : TemplateStore::placeholders())
            add(u'{' + p.name + u'}', p.block ? tr("%1 (on a line of its own)").arg(p.description) : p.description);
        add(QStringLiteral("{pluriel:|}"), tr("First text for several invoices, second for one"));
        add(QStringLiteral("****"), tr("Bold text between the two pairs of stars"));
    }
    m_placeholderTree->resizeColumnToContents(0);
    m_previewStack->setCurrentWidget(email ? m_emailPane : static_cast<QWidget *>(m_letterPreview));
    for (QWidget *w : {static_cast<QWidget *>(m_previousPage), static_cast<QWidget *>(m_nextPage), static_cast<QWidget *>(m_pageLabel)})
        w->setVisible(!email);
    m_page = 0;
    m_letter.reset();
    selectRowOf(key);
    m_loading = false;
    updateState();
    if (m_customersLoaded)
        refreshPreview();
}

QWidget *TemplateEditorPage::textEditor() const
{
    return m_editor;
}

QString TemplateEditorPage::text() const
{
    return m_editor->toPlainText();
}

void TemplateEditorPage::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

QString TemplateEditorPage::subject() const
{
    return m_subjectEdit->text();
}

void TemplateEditorPage::setSubject(const QString &subject)
{
    m_subjectEdit->setText(subject);
}

bool TemplateEditorPage::hasUnsavedChanges() const
{
    return text() != m_savedText || (isEmail(m_key) && subject() != m_savedSubject);
}

void TemplateEditorPage::onTextChanged()
{
    if (m_loading)
        return;
    updateState();
    if (m_customersLoaded)
        schedulePreview();
}

QList<TemplateEditorPage::Problem> TemplateEditorPage::checkLetter(const QString &text) const
{
    QList<Problem> out;
    for (const QString &problem : TemplateExpander::check(text))
        out << Problem{lineOfLetterProblem(text, problem), problem};
    return out;
}

QList<TemplateEditorPage::Problem> TemplateEditorPage::checkEmail(const QString &subject, const QString &body) const
{
    // EmailTemplates writes any text: an unknown {name} or an unclosed {?condition} would reach the customer as
    // typed, so the page refuses them as the letter store does.
    QList<Problem> out;
    static const QRegularExpression token(QStringLiteral("\\{(\\?!|\\?|/|!)?([A-Za-z0-9_]+)\\}"));
    for (const auto &[line0, text] : {std::pair<int, QString>{-1, subject}, std::pair<int, QString>{0, body}}) {
        QHash<QString, QList<qsizetype>> open; // condition → offsets of the {?…} not closed yet
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString kind = m.captured(1);
            const QString name = m.captured(2);
            const int line = line0 < 0 ? -1 : lineAt(text, m.capturedStart());
            if (kind.isEmpty()) {
                const auto &known = EmailTemplates::placeholders();
                if (std::none_of(known.begin(), known.end(), [&](const auto &p) { return p.first == name; }))
                    out << Problem{line, tr("unknown placeholder “{%1}”").arg(name)};
            } else if (kind.startsWith(u'?')) {
                open[name] << m.capturedStart();
            } else if (kind == u"/") {
                if (open.value(name).isEmpty())
                    out << Problem{line, tr("“{/%1}” closes no “{?%1}”").arg(name)};
                else
                    open[name].removeLast();
            } else {
                out << Problem{line, tr("“%1” is not a placeholder").arg(m.captured(0))};
            }
        }
        for (auto it = open.cbegin(); it != open.cend(); ++it)
            for (qsizetype at : it.value())
                out << Problem{line0 < 0 ? -1 : lineAt(text, at), tr("“{?%1}” is not closed by “{/%1}”").arg(it.key())};
    }
    std::stable_sort(out.begin(), out.end(), [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return out;
}

QStringList TemplateEditorPage::problemTexts() const
{
    QStringList lines;
    for (const Problem &p : m_problems) {
        if (p.line > 0)
            lines << tr("Line %1: %2").arg(p.line).arg(p.reason);
        else if (p.line < 0)
            lines << tr("Subject: %1").arg(p.reason);
        else
            lines << p.reason;
    }
    return lines;
}

void TemplateEditorPage::showProblems()
{
    const QStringList lines = problemTexts();
    m_problemLabel->setText(lines.join(u'\n'));
    m_problemLabel->setVisible(!lines.isEmpty());
    // The lines at fault, underlined in the editor.
    QList<QTextEdit::ExtraSelection> marks;
    for (const Problem &p : std::as_const(m_problems)) {
        if (p.line <= 0)
            continue;
        const QTextBlock block = m_editor->document()->findBlockByNumber(p.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(ErrorColor);
        mark.format.setBackground(QColor(0xFD, 0xEC, 0xEE));
        marks << mark;
    }
    m_editor->setExtraSelections(marks);
}

void TemplateEditorPage::updateState()
{
    const bool email = isEmail(m_key);
    m_problems = email ? checkEmail(subject(), text()) : checkLetter(text());
    showProblems();
    const bool unsaved = hasUnsavedChanges();
    m_saveButton->setEnabled(unsaved && m_problems.isEmpty());
    bool differsFromDefault = false;
    if (email) {
        const EmailTemplate shipped = EmailTemplates::defaultFor(stepOf(m_key));
        differsFromDefault = text() != shipped.body || subject() != shipped.subject;
    } else {
        differsFromDefault = text() != TemplateStore::defaultText(m_key);
    }
    m_resetButton->setEnabled(differsFromDefault);
    QString title = templateName(m_key);
    if (email)
        title = tr("E-mail: %1").arg(title);
    if (unsaved)
        title = tr("%1 (not saved)").arg(title);
    m_titleLabel->setText(title);
    static const char UnsavedProperty[] = "templateUnsaved";
    if (property(UnsavedProperty).toBool() != unsaved) {
        setProperty(UnsavedProperty, unsaved);
        emit unsavedChangesChanged(unsaved);
    }
}

Status TemplateEditorPage::saveChanges()
{
    if (!hasUnsavedChanges())
        return {};
    if (!m_problems.isEmpty())
        return Status::failure(tr("“%1” cannot be saved: %2").arg(templateName(m_key), problemTexts().join(QStringLiteral("; "))));
    Status status;
    if (isEmail(m_key)) {
        SettingsRepository settings(m_db);
        const EmailTemplate t{stepOf(m_key), subject(), text()};
        const EmailTemplate shipped = EmailTemplates::defaultFor(t.step);
        // Her text back to Encaisse's own: no version of hers to keep.
        status = t.subject == shipped.subject && t.body == shipped.body ? EmailTemplates::resetToDefault(settings, t.step)
                                                                         : EmailTemplates::save(settings, t);
    } else {
        TemplateStore store(m_db);
        status = text() == TemplateStore::defaultText(m_key) ? store.reset(m_key) : store.save(m_key, text());
    }
    if (!status) {
        m_problemLabel->setText(tr("“%1” could not be saved: %2").arg(templateName(m_key), status.error()));
        m_problemLabel->show();
        return status;
    }
    m_savedText = text();
    m_savedSubject = subject();
    const QString key = m_key;
    fillTemplateList();
    selectRowOf(key);
    updateState();
    emit templateSaved(key);
    return status;
}

void TemplateEditorPage::discardChanges()
{
    loadTemplate(m_key);
}

bool TemplateEditorPage::resetToDefault()
{
    const QString name = templateName(m_key);
    if (ask(tr("Reset the template"),
            tr("Replace “%1” with the text shipped with Encaisse? Your own version of it, saved or not, will be lost.").arg(name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    Status status;
    if (isEmail(m_key)) {
        SettingsRepository settings(m_db);
        status = EmailTemplates::resetToDefault(settings, stepOf(m_key));
    } else {
        status = TemplateStore(m_db).reset(m_key);
    }
    if (!status) {
        m_problemLabel->setText(tr("“%1” could not be reset: %2").arg(name, status.error()));
        m_problemLabel->show();
        return false;
    }
    const QString key = m_key;
    fillTemplateList();
    loadTemplate(key);
    emit templateSaved(key);
    return true;
}

bool TemplateEditorPage::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = templateName(m_key);
    if (!m_problems.isEmpty()) {
        const auto answer = ask(tr("Unsaved template"),
                                tr("Your changes to “%1” cannot be saved as they are:\n%2\n\nDiscard them?")
                                    .arg(name, problemTexts().join(u'\n')),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
        discardChanges();
        return true;
    }
    const auto answer = ask(tr("Unsaved template"), tr("Save your changes to “%1”?").arg(name),
                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveChanges().ok();
    if (answer == QMessageBox::Discard) {
        discardChanges();
        return true;
    }
    return false;
}

void TemplateEditorPage::insertPlaceholder(const QString &placeholder)
{
    if (placeholder.isEmpty())
        return;
    // An e-mail's subject takes the placeholder when it is being edited.
    if (m_subjectEdit->isVisible() && m_subjectEdit->hasFocus()) {
        m_subjectEdit->insert(placeholder);
        return;
    }
    QTextCursor cursor = m_editor->textCursor();
    const QString name = placeholder.mid(1, placeholder.size() - 2);
    if (!isEmail(m_key) && TemplateExpander::isBlock(name)) {
        // A block placeholder stands alone, between blank lines.
        QString text = placeholder;
        if (!cursor.block().text().trimmed().isEmpty() || cursor.positionInBlock() > 0)
            text.prepend(QStringLiteral("\n\n"));
        text += QStringLiteral("\n\n");
        cursor.insertText(text);
    } else if (placeholder == u"{pluriel:|}" || placeholder == u"****") {
        cursor.insertText(placeholder);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 2); // between the stars, or before the |
    } else {
        cursor.insertText(placeholder);
    }
    m_editor->setTextCursor(cursor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

void TemplateEditorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_customersLoaded) {
        loadCustomers();
        refreshPreview();
    }
}

void TemplateEditorPage::loadCustomers()
{
    m_customersLoaded = true;
    QList<CustomerSummary> customers = CustomerRepository(m_db).summaries(Clock::instance().today());
    customers.erase(std::remove_if(customers.begin(), customers.end(),
                                   [](const CustomerSummary &c) { return c.openInvoices <= 0 || c.openBalanceCents <= 0; }),
                    customers.end());
    std::sort(customers.begin(), customers.end(),
              [](const CustomerSummary &a, const CustomerSummary &b) { return a.name.localeAwareCompare(b.name) < 0; });
    const bool loading = m_loading;
    m_loading = true;
    m_customerCombo->clear();
    int best = -1;
    qint64 bestOverdue = -1;
    for (const CustomerSummary &c : std::as_const(customers)) {
        m_customerCombo->addItem(tr("%1 (%2) – %3 due").arg(c.name, c.code, Money(c.openBalanceCents).toFrench()), c.id);
        // The customer most overdue shows the fullest letter.
        if (c.overdueCents > bestOverdue) {
            bestOverdue = c.overdueCents;
            best = m_customerCombo->count() - 1;
        }
    }
    m_customerCombo->setEnabled(!customers.isEmpty());
    if (customers.isEmpty())
        m_customerCombo->setPlaceholderText(tr("No customer with open invoices"));
    m_customerCombo->setCurrentIndex(best);
    m_loading = loading;
}

QList<qint64> TemplateEditorPage::sampleCustomers() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_customerCombo->count(); ++i)
        ids << m_customerCombo->itemData(i).toLongLong();
    return ids;
}

qint64 TemplateEditorPage::sampleCustomer() const
{
    return m_customerCombo->currentIndex() < 0 ? 0 : m_customerCombo->currentData().toLongLong();
}

void TemplateEditorPage::setSampleCustomer(qint64 customerId)
{
    if (!m_customersLoaded)
        loadCustomers();
    const int index = m_customerCombo->findData(customerId);
    if (index >= 0)
        m_customerCombo->setCurrentIndex(index);
}

QImage TemplateEditorPage::previewImage() const
{
    return m_letterPreview->image();
}

QString TemplateEditorPage::previewSubject() const
{
    return m_previewSubject;
}

QString TemplateEditorPage::previewHtml() const
{
    return m_previewHtml;
}

QString TemplateEditorPage::previewMessage() const
{
    return isEmail(m_key) ? (m_previewHtml.isEmpty() ? m_emailSubject->text() : QString()) : m_letterPreview->message();
}

void TemplateEditorPage::schedulePreview()
{
    m_previewTimer->start();
}

void TemplateEditorPage::refreshPreview()
{
    m_previewTimer->stop();
    if (!m_customersLoaded)
        loadCustomers();
    if (isEmail(m_key))
        renderEmailPreview();
    else
        renderLetterPreview();
    ++m_previewUpdates;
    emit previewUpdated();
}

void TemplateEditorPage::renderLetterPreview()
{
    m_letter.reset();
    m_pageCount = 0;
    const auto showMessage = [this](const QString &message) {
        m_letterPreview->setMessage(message);
        m_pageLabel->setText(QString());
        m_previousPage->setEnabled(false);
        m_nextPage->setEnabled(false);
    };
    const qint64 customer = sampleCustomer();
    if (customer == 0) {
        showMessage(tr("No customer has open invoices: the preview needs one to fill the letter. Import or enter "
                       "invoices, then come back here."));
        return;
    }
    // The text as typed, composed exactly as a letter will be; the store is not written.
    LetterComposer composer(m_db);
    const QString level = m_levels.value(m_key);
    if (hasUnsavedChanges()) {
        if (const Status used = composer.useTemplateText(level, text()); !used) {
            showMessage(tr("No preview: %1").arg(used.error()));
            return;
        }
    }
    LetterRequest request;
    request.customerId = customer;
    request.level = level;
    request.date = Clock::instance().today();
    Result<ComposedLetter> letter = composer.compose(request);
    if (!letter) {
        showMessage(tr("No preview for this customer: %1").arg(letter.error()));
        return;
    }
    m_letter = std::make_unique<ComposedLetter>(std::move(letter).value());
    showLetterPage();
}

QImage TemplateEditorPage::renderPage(int dpi)
{
    // As LetterRenderer::preview(), keeping the page count for the page buttons.
    const double dotsPerMm = dpi / 25.4;
    QImage image(int(LetterLayout::PageWidthMm * dotsPerMm), int(LetterLayout::PageHeightMm * dotsPerMm), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    const LetterLayout layout(*m_letter, &image);
    m_pageCount = layout.pageCount();
    m_page = std::clamp(m_page, 0, std::max(0, m_pageCount - 1));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    layout.paintPage(painter, m_page);
    painter.end();
    return image;
}

void TemplateEditorPage::showLetterPage()
{
    if (!m_letter)
        return;
    m_letterPreview->setImage(renderPage(PreviewDpi));
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount));
    m_previousPage->setEnabled(m_page > 0);
    m_nextPage->setEnabled(m_page + 1 < m_pageCount);
}

void TemplateEditorPage::showFullPage()
{
    if (!m_letter)
        return;
    // The page at a size where every word reads, in a window of its own she can keep beside the editor.
    const QImage image = renderPage(110);
    auto *window = new QDialog(this);
    window->setObjectName(QStringLiteral("fullPageWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("%1 – page %2 of %3").arg(templateName(m_key)).arg(m_page + 1).arg(m_pageCount));
    auto *label = new QLabel(window);
    label->setPixmap(QPixmap::fromImage(image));
    auto *area = new QScrollArea(window);
    area->setWidget(label);
    area->setAlignment(Qt::AlignHCenter);
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(area);
    window->resize(image.width() + 40, 700);
    window->show();
}

void TemplateEditorPage::renderEmailPreview()
{
    m_previewSubject.clear();
    m_previewHtml.clear();
    m_pageLabel->setText(QString());
    m_previousPage->setEnabled(false);
    m_nextPage->setEnabled(false);
    const auto showMessage = [this](const QString &message) {
        m_emailSubject->setText(message);
        m_emailPreview->clear();
    };
    const qint64 customer = sampleCustomer();
    if (customer == 0) {
        showMessage(tr("No customer has open invoices: the preview needs one to fill the e-mail. Import or enter "
                       "invoices, then come back here."));
        return;
    }
    const QString step = stepOf(m_key);
    const QString cacheKey = QString::number(customer) + u':' + step;
    if (!m_emailContexts.contains(cacheKey)) {
        // The invoices such an e-mail would be about: those not yet due for a preventive one, the late ones else.
        const QDate today = Clock::instance().today();
        const bool beforeDue = step == u"preventive" || step == u"summer_campaign";
        Action action;
        action.customerId = customer;
        action.step = step;
        action.channel = QStringLiteral("email");
        action.plannedDate = today;
        const QList<Invoice> open = InvoiceRepository(m_db).forCustomer(customer, true);
        for (const Invoice &inv : open)
            if (inv.kind == Invoice::Kind::Invoice && inv.dueDate.isValid() && (beforeDue ? inv.dueDate >= today : inv.dueDate < today))
                action.invoiceIds << inv.id;
        if (action.invoiceIds.isEmpty())
            for (const Invoice &inv : open)
                if (inv.kind == Invoice::Kind::Invoice)
                    action.invoiceIds << inv.id;
        for (const Invoice &inv : open)
            if (action.invoiceIds.contains(inv.id))
                action.amountCents += inv.openCents;
        SettingsRepository settings(m_db);
        auto composed = EmailComposer(m_db).compose(action, today, SmtpSettings::load(settings).from);
        if (!composed) {
            showMessage(tr("No preview for this customer: %1").arg(composed.error()));
            return;
        }
        m_emailContexts.insert(cacheKey, composed->context);
    }
    const RenderedEmail rendered = EmailTemplates::render(EmailTemplate{step, subject(), text()}, m_emailContexts.value(cacheKey));
    m_previewSubject = rendered.subject;
    m_previewHtml = rendered.html;
    m_emailSubject->setText(tr("<b>Subject:</b> %1").arg(rendered.subject.toHtmlEscaped()));
    m_emailPreview->setHtml(rendered.html);
}
