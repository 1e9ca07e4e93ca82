#include "LrarNumbersDialog.h"

#include "CollectionText.h"
#include "DisplayFormat.h"
#include "LetterLevel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// UPU S10 check digit of the 8-digit serial: weights 8 6 4 2 3 5 9 7, 11 − sum mod 11, 10 → 0, 11 → 5.
int s10CheckDigit(QStringView serial)
{
    static constexpr int Weights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += serial.at(i).digitValue() * Weights[i];
    const int check = 11 - sum % 11;
    return check == 10 ? 0 : check == 11 ? 5 : check;
}

} // namespace

LrarNumbersDialog::LrarNumbersDialog(const QList<Entry> &entries, QDate today, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("lrarNumbersDialog"));
    setWindowTitle(tr("Registered letters: numbers and posting"));

    bool anyUnsent = false;
    for (const Entry &e : entries)
        anyUnsent = anyUnsent || !e.sentOn.isValid();

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("lrarIntroLabel"));
    intro->setWordWrap(true);
    intro->setText(anyUnsent ? tr("Tick the letters you posted and type the number of each registered letter as printed "
                                  "on La Poste's slip (for instance RA 123 456 789 FR or 1A 123 456 7890 1). A number "
                                  "can also be typed later from the Letters tab; a letter left unticked stays printed, "
                                  "not sent.")
                             : tr("Type the number of each registered letter as printed on La Poste's slip (for "
                                  "instance RA 123 456 789 FR or 1A 123 456 7890 1)."));

    auto *form = new QFormLayout;
    m_sentDateEdit = new QDateEdit(this);
    m_sentDateEdit->setObjectName(QStringLiteral("sentDateEdit"));
    m_sentDateEdit->setCalendarPopup(true);
    m_sentDateEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    QDate latestLetter;
    for (const Entry &e : entries)
        if (!e.sentOn.isValid() && e.letterDate.isValid() && (!latestLetter.isValid() || e.letterDate > latestLetter))
            latestLetter = e.letterDate;
    // Posted on or after the letters' date (LetterArchive refuses earlier), and not in the future.
    const QDate maximum = std::max(today, latestLetter.isValid() ? latestLetter : today);
    if (latestLetter.isValid())
        m_sentDateEdit->setMinimumDate(latestLetter);
    m_sentDateEdit->setMaximumDate(maximum);
    m_sentDateEdit->setDate(std::max(today, m_sentDateEdit->minimumDate()));
    form->addRow(tr("&Posted on:"), m_sentDateEdit);
    m_sentDateEdit->setVisible(anyUnsent);
    if (auto *label = form->labelForField(m_sentDateEdit))
        label->setVisible(anyUnsent);

    auto *rowsWidget = new QWidget;
    auto *grid = new QGridLayout(rowsWidget);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    const int editWidth = fontMetrics().horizontalAdvance(QStringLiteral("RA 123 456 789 FR")) * 3 / 2 + 16;
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        RowWidgets row;
        row.entry = e;
        const bool registered = e.channel == u"registered_letter";
        if (!e.sentOn.isValid()) {
            row.posted = new QCheckBox(tr("Posted"), rowsWidget);
            row.posted->setObjectName(postedCheckName(e.letterId));
            row.posted->setChecked(true);
            grid->addWidget(row.posted, i, 0);
        } else {
            auto *sent = new QLabel(tr("Sent on %1").arg(DisplayFormat::date(e.sentOn)), rowsWidget);
            grid->addWidget(sent, i, 0);
        }
        // Two lines: who (bold when registered: the rows that need a number), then which letter and how sent.
        auto *what = new QWidget(rowsWidget);
        auto *name = new QLabel(e.customerName, what);
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        if (registered) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        auto *detail = new QLabel(tr("%1 · %2").arg(LetterLevel::french(e.level), CollectionText::channel(e.channel)), what);
        detail->setTextFormat(Qt::PlainText);
        detail->setWordWrap(true);
        QPalette muted = detail->palette();
        muted.setColor(QPalette::WindowText, CollectionText::mutedColor());
        detail->setPalette(muted);
        auto *whatLayout = new QVBoxLayout(what);
        whatLayout->setContentsMargins(0, 2, 0, 2);
        whatLayout->setSpacing(0);
        whatLayout->addWidget(name);
        whatLayout->addWidget(detail);
        grid->addWidget(what, i, 1);
        row.number = new QLineEdit(rowsWidget);
        row.number->setObjectName(numberEditName(e.letterId));
        row.number->setMinimumWidth(editWidth);
        row.number->setClearButtonEnabled(true);
        row.number->setText(e.lrarNumber);
        row.number->setPlaceholderText(registered ? tr("LRAR number") : tr("ordinary mail: no number"));
        row.number->setToolTip(tr("The registered letter's number on La Poste's slip: 2 letters, 9 digits, 2 letters "
                                  "(RA 123 456 789 FR) or 13 characters (1A 123 456 7890 1). Spaces do not matter."));
        name->setBuddy(row.number);
        grid->addWidget(row.number, i, 2);
        if (row.posted) {
            QLineEdit *edit = row.number;
            connect(row.posted, &QCheckBox::toggled, edit, [edit](bool on) { edit->setEnabled(on); });
        }
        m_rows << row;
    }
    grid->setRowStretch(int(entries.size()), 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("lrarScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(rowsWidget);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("lrarErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    QPalette palette = m_errorLabel->palette();
    palette.setColor(QPalette::WindowText, CollectionText::lateColor());
    m_errorLabel->setPalette(palette);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("lrarButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(anyUnsent ? tr("Mark as sent") : tr("Save the numbers"));
    buttons->button(QDialogButtonBox::Cancel)->setText(anyUnsent ? tr("Later") : tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LrarNumbersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LrarNumbersDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    const int rowHeight = 2 * fontMetrics().height() + 12;
    resize(std::max(720, editWidth * 4), std::min(600, 200 + rowHeight * int(entries.size())));
}

QString LrarNumbersDialog::numberEditName(qint64 letterId)
{
    return QStringLiteral("lrarEdit_%1").arg(letterId);
}

QString LrarNumbersDialog::postedCheckName(qint64 letterId)
{
    return QStringLiteral("postedCheck_%1").arg(letterId);
}

QDate LrarNumbersDialog::sentDate() const
{
    return m_sentDateEdit->date();
}

QString LrarNumbersDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QString LrarNumbersDialog::normalisedNumber(const QString &typed, QString *error)
{
    QString compact;
    for (const QChar ch : typed) {
        if (ch.isSpace() || ch == u'-' || ch == u'.')
            continue;
        compact.append(ch.toUpper());
    }
    static const QRegularExpression S10(QStringLiteral("^([A-Z]{2})([0-9]{8})([0-9])([A-Z]{2})$"));
    static const QRegularExpression LaPoste(QStringLiteral("^[0-9][A-Z][0-9]{11}$"));
    if (const QRegularExpressionMatch m = S10.match(compact); m.hasMatch()) {
        const QString serial = m.captured(2);
        if (m.captured(3).toInt() != s10CheckDigit(serial)) {
            if (error)
                *error = tr("« %1 »: the check digit (the 9th digit) does not match the others: read the number off the "
                            "slip again.").arg(typed.trimmed());
            return {};
        }
        return m.captured(1) + u' ' + serial.left(3) + u' ' + serial.mid(3, 3) + u' ' + serial.mid(6) + m.captured(3)
            + u' ' + m.captured(4);
    }
    if (LaPoste.match(compact).hasMatch())
        return compact.left(2) + u' ' + compact.mid(2, 3) + u' ' + compact.mid(5, 3) + u' ' + compact.mid(8, 4) + u' '
            + compact.mid(12);
    if (error)
        *error = tr("« %1 » is not an LRAR number: La Poste's slip shows 2 letters, 9 digits and 2 letters "
                    "(RA 123 456 789 FR) or 13 characters (1A 123 456 7890 1).").arg(typed.trimmed());
    return {};
}

bool LrarNumbersDialog::validate()
{
    QStringList errors;
    QLineEdit *firstWrong = nullptr;
    QList<Choice> choices;
    QHash<QString, QString> seen; // number → customer, to catch one slip typed twice
    for (const RowWidgets &row : std::as_const(m_rows)) {
        Choice c;
        c.letterId = row.entry.letterId;
        c.markSent = row.posted && row.posted->isChecked();
        const bool asked = row.posted ? c.markSent : true;
        const QString typed = row.number->text().trimmed();
        if (asked && !typed.isEmpty()) {
            QString error;
            c.lrarNumber = normalisedNumber(typed, &error);
            if (c.lrarNumber.isEmpty()) {
                errors << tr("%1: %2").arg(row.entry.customerName, error);
                firstWrong = firstWrong ? firstWrong : row.number;
                continue;
            }
            if (seen.contains(c.lrarNumber)) {
                errors << tr("%1: number %2 is already typed for %3; each registered letter has its own slip.")
                              .arg(row.entry.customerName, c.lrarNumber, seen.value(c.lrarNumber));
                firstWrong = firstWrong ? firstWrong : row.number;
                continue;
            }
            seen.insert(c.lrarNumber, row.entry.customerName);
            row.number->setText(c.lrarNumber);
        }
        if (c.markSent || !c.lrarNumber.isEmpty())
            choices << c;
    }
    if (!errors.isEmpty()) {
        m_errorLabel->setText(errors.join(u'\n'));
        m_errorLabel->show();
        if (firstWrong) {
            firstWrong->setFocus();
            firstWrong->selectAll();
        }
        m_choices.clear();
        return false;
    }
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_choices = choices;
    return true;
}

void LrarNumbersDialog::accept()
{
    if (validate())
        QDialog::accept();
}
