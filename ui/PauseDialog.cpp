#include "PauseDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PauseDialog::PauseDialog(QDate today, QDate until, const QString &reason, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("pauseDialog"));
    setWindowTitle(tr("Pause the reminders"));

    m_untilEdit = new QDateEdit(this);
    m_untilEdit->setObjectName(QStringLiteral("untilEdit"));
    m_untilEdit->setCalendarPopup(true);
    m_untilEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_untilEdit->setMinimumDate(today);
    m_reasonCombo = new QComboBox(this);
    m_reasonCombo->setObjectName(QStringLiteral("pauseReasonCombo"));
    m_reasonCombo->setEditable(true);
    m_reasonCombo->setInsertPolicy(QComboBox::NoInsert);
    m_reasonCombo->addItems({tr("Commercial agreement"), tr("Dispute being settled"), tr("Customer closed for holidays"),
                             tr("Insolvency proceedings"), tr("Payment plan being negotiated")});
    m_reasonCombo->lineEdit()->setPlaceholderText(tr("Why?"));

    auto *hint = new QLabel(tr("No reminder goes out until that day included; the calendar picks up again the next "
                               "working day. The pause is written in the customer's history."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #6B6F76;"));
    auto *form = new QFormLayout;
    form->addRow(tr("Pause &until:"), m_untilEdit);
    form->addRow(tr("&Reason:"), m_reasonCombo);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonCombo, &QComboBox::currentTextChanged, this, &PauseDialog::updateOk);
    setPause(until.isValid() && until >= today ? until : today.addDays(14), reason.isEmpty() ? QString() : reason);
    if (reason.isEmpty())
        m_reasonCombo->setCurrentIndex(0);
    resize(460, sizeHint().height());
}

QDate PauseDialog::until() const
{
    return m_untilEdit->date();
}

QString PauseDialog::reason() const
{
    return m_reasonCombo->currentText().trimmed();
}

void PauseDialog::setPause(QDate until, const QString &reason)
{
    m_untilEdit->setDate(until);
    m_reasonCombo->setCurrentText(reason);
    updateOk();
}

void PauseDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}
