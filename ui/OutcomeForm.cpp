#include "OutcomeForm.h"

#include "CallGuide.h"
#include "CollectionText.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

OutcomeForm::OutcomeForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("outcomeForm"));
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("outcomeMenu"));
    for (const QString &kind : CallGuide::outcomes()) {
        QAction *action = m_menu->addAction(QString());
        action->setObjectName(QStringLiteral("outcome_") + kind);
        action->setData(kind);
        connect(action, &QAction::triggered, this, [this, kind] { chooseOutcome(kind); });
        if (kind == u"promise" || kind == u"unreachable" || kind == u"dispute")
            m_menu->addSeparator();
    }

    m_resultButton = new QToolButton(this);
    m_resultButton->setObjectName(QStringLiteral("resultButton"));
    m_resultButton->setMenu(m_menu);
    m_resultButton->setPopupMode(QToolButton::InstantPopup);
    m_resultButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_resultButton->setMinimumHeight(m_resultButton->fontMetrics().height() + 12);
    // The text carries its own ▾: the style's small arrow would repeat it.
    m_resultButton->setStyleSheet(QStringLiteral("QToolButton { padding: 2px 10px; } "
                                                 "QToolButton::menu-indicator { image: none; width: 0; }"));
    m_commentEdit = new QLineEdit(this);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setClearButtonEnabled(true);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("pendingOutcomeLabel"));
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);

    m_promiseFields = new QWidget(this);
    m_promiseDateLabel = new QLabel(m_promiseFields);
    m_promiseDateEdit = new QDateEdit(m_promiseFields);
    m_promiseDateEdit->setObjectName(QStringLiteral("promiseDateEdit"));
    m_promiseDateEdit->setCalendarPopup(true);
    m_promiseDateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_promiseDateLabel->setBuddy(m_promiseDateEdit);
    m_meansLabel = new QLabel(m_promiseFields);
    m_meansCombo = new QComboBox(m_promiseFields);
    m_meansCombo->setObjectName(QStringLiteral("meansCombo"));
    for (const QString &means : CallGuide::paymentMeans())
        m_meansCombo->addItem(QString(), means);
    m_meansLabel->setBuddy(m_meansCombo);
    auto *promiseLayout = new QGridLayout(m_promiseFields);
    promiseLayout->setContentsMargins(0, 0, 0, 0);
    promiseLayout->addWidget(m_promiseDateLabel, 0, 0);
    promiseLayout->addWidget(m_promiseDateEdit, 0, 1);
    promiseLayout->addWidget(m_meansLabel, 1, 0);
    promiseLayout->addWidget(m_meansCombo, 1, 1);
    promiseLayout->setColumnStretch(1, 1);

    m_disputeFields = new QWidget(this);
    m_categoryLabel = new QLabel(m_disputeFields);
    m_categoryCombo = new QComboBox(m_disputeFields);
    m_categoryCombo->setObjectName(QStringLiteral("disputeCategoryCombo"));
    for (const QString &category : CallGuide::disputeCategories())
        m_categoryCombo->addItem(QString(), category);
    m_categoryLabel->setBuddy(m_categoryCombo);
    auto *disputeLayout = new QGridLayout(m_disputeFields);
    disputeLayout->setContentsMargins(0, 0, 0, 0);
    disputeLayout->addWidget(m_categoryLabel, 0, 0);
    disputeLayout->addWidget(m_categoryCombo, 0, 1);
    disputeLayout->setColumnStretch(1, 1);

    m_buttons = new QWidget(this);
    m_saveButton = new QPushButton(m_buttons);
    m_saveButton->setObjectName(QStringLiteral("saveOutcomeButton"));
    m_saveButton->setDefault(true);
    m_cancelButton = new QPushButton(m_buttons);
    m_cancelButton->setObjectName(QStringLiteral("cancelOutcomeButton"));
    auto *buttonLayout = new QHBoxLayout(m_buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    buttonLayout->addStretch(1);
    buttonLayout->addWidget(m_cancelButton);
    buttonLayout->addWidget(m_saveButton);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("outcomeErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #B00020;"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_resultButton);
    top->addWidget(m_commentEdit, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_promiseFields);
    layout->addWidget(m_disputeFields);
    layout->addWidget(m_buttons);
    layout->addWidget(m_errorLabel);

    connect(m_saveButton, &QPushButton::clicked, this, &OutcomeForm::submitPending);
    connect(m_cancelButton, &QPushButton::clicked, this, &OutcomeForm::cancelPending);
    connect(m_commentEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_pending.isEmpty())
            submitPending();
    });
    retranslate();
    reset(QDate::currentDate(), QString(), false);
}

void OutcomeForm::retranslate()
{
    m_resultButton->setText(tr("Result ▾"));
    m_resultButton->setToolTip(tr("Record what the customer said: one click (R from the list)"));
    m_commentEdit->setPlaceholderText(tr("Comment (optional)"));
    m_promiseDateLabel->setText(tr("Promised &date:"));
    m_meansLabel->setText(tr("&Means:"));
    m_categoryLabel->setText(tr("&Reason:"));
    m_saveButton->setText(tr("&Save"));
    m_cancelButton->setText(tr("Cancel"));
    for (QAction *action : m_menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString kind = action->data().toString();
        action->setText(CollectionText::outcome(kind));
        action->setToolTip(CollectionText::outcomeHint(kind));
        action->setStatusTip(CollectionText::outcomeHint(kind));
    }
    m_menu->setToolTipsVisible(true);
    for (int i = 0; i < m_meansCombo->count(); ++i)
        m_meansCombo->setItemText(i, CollectionText::means(m_meansCombo->itemData(i).toString()));
    for (int i = 0; i < m_categoryCombo->count(); ++i)
        m_categoryCombo->setItemText(i, CollectionText::disputeCategory(m_categoryCombo->itemData(i).toString()));
    showPendingFields();
}

void OutcomeForm::reset(QDate today, const QString &usualMeans, bool enabled)
{
    m_today = today;
    m_pending.clear();
    m_commentEdit->clear();
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_promiseDateEdit->setMinimumDate(today);
    m_promiseDateEdit->setDate(today.addDays(7));
    const int means = m_meansCombo->findData(usualMeans);
    m_meansCombo->setCurrentIndex(means >= 0 ? means : 0);
    m_categoryCombo->setCurrentIndex(0);
    m_resultButton->setEnabled(enabled);
    m_commentEdit->setEnabled(enabled);
    showPendingFields();
}

void OutcomeForm::showPendingFields()
{
    const bool promise = m_pending == u"promise";
    const bool dispute = m_pending == u"dispute";
    m_titleLabel->setVisible(promise || dispute);
    if (promise)
        m_titleLabel->setText(tr("Promise to pay: when, and how?"));
    else if (dispute)
        m_titleLabel->setText(tr("Dispute: what is wrong?"));
    m_promiseFields->setVisible(promise);
    m_disputeFields->setVisible(dispute);
    m_buttons->setVisible(promise || dispute);
}

void OutcomeForm::chooseOutcome(const QString &kind)
{
    if (!m_resultButton->isEnabled())
        return;
    m_errorLabel->hide();
    if (kind == u"promise" || kind == u"dispute") {
        m_pending = kind;
        showPendingFields();
        if (kind == u"promise") {
            m_promiseDateEdit->setFocus(Qt::OtherFocusReason);
            m_promiseDateEdit->setSelectedSection(QDateTimeEdit::DaySection);
        } else {
            m_categoryCombo->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    ActionOutcome outcome;
    outcome.kind = kind;
    outcome.comment = m_commentEdit->text().trimmed();
    emit submitted(outcome);
}

void OutcomeForm::submitPending()
{
    if (m_pending.isEmpty())
        return;
    ActionOutcome outcome;
    outcome.kind = m_pending;
    outcome.comment = m_commentEdit->text().trimmed();
    if (m_pending == u"promise") {
        outcome.promiseDate = m_promiseDateEdit->date();
        outcome.means = m_meansCombo->currentData().toString();
    } else {
        outcome.disputeCategory = m_categoryCombo->currentData().toString();
    }
    if (const Status valid = ActionCompleter::validate(outcome, m_today); !valid) {
        showError(valid.error());
        return;
    }
    emit submitted(outcome);
}

void OutcomeForm::cancelPending()
{
    m_pending.clear();
    m_errorLabel->hide();
    showPendingFields();
}

void OutcomeForm::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}
