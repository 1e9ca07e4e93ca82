#include "ProfileOverrideDialog.h"

#include "CollectionText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProfileOverrideDialog::ProfileOverrideDialog(std::optional<PayerProfile> computed, const QString &explanation,
                                             std::optional<PayerProfile> current, const QString &reason,
                                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("profileOverrideDialog"));
    setWindowTitle(tr("Change the payer profile"));

    auto *computedLabel = new QLabel(this);
    computedLabel->setWordWrap(true);
    computedLabel->setText(computed ? tr("From the payment history: <b>%1</b> — %2")
                                          .arg(CollectionText::profile(computed).toHtmlEscaped(),
                                               explanation.toHtmlEscaped())
                                    : tr("Not classified yet from the payment history."));

    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->addItem(tr("As computed (%1)").arg(CollectionText::profile(computed)), QString());
    for (PayerProfile p : AllPayerProfiles)
        m_profileCombo->addItem(CollectionText::profile(p), payerProfileKey(p));
    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("Why? e.g. “pays by LCR since the new contract”"));
    m_hintLabel = new QLabel(this);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setStyleSheet(QStringLiteral("color: #6B6F76;"));
    m_hintLabel->setText(tr("The profile chooses the reminder scenario. A profile set by hand stays until you give it "
                            "back to the computation; the change is written in the customer's history."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profileCombo);
    form->addRow(tr("&Reason:"), m_reasonEdit);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(computedLabel);
    layout->addLayout(form);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &ProfileOverrideDialog::updateOk);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &ProfileOverrideDialog::updateOk);
    setChoice(current, reason);
    resize(520, sizeHint().height());
}

std::optional<PayerProfile> ProfileOverrideDialog::profile() const
{
    return payerProfileFromKey(m_profileCombo->currentData().toString());
}

QString ProfileOverrideDialog::reason() const
{
    return m_reasonEdit->text().trimmed();
}

void ProfileOverrideDialog::setChoice(std::optional<PayerProfile> profile, const QString &reason)
{
    const int index = m_profileCombo->findData(profile ? payerProfileKey(*profile) : QString());
    m_profileCombo->setCurrentIndex(std::max(0, index));
    m_reasonEdit->setText(reason);
    updateOk();
}

void ProfileOverrideDialog::updateOk()
{
    // A profile forced by hand must say why (it is the proof of good faith later).
    const bool manual = m_profileCombo->currentIndex() > 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!manual || !reason().isEmpty());
}
