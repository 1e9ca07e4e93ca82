#pragma once
// LrarNumbersDialog: after a batch is printed, the day the letters were posted and each registered letter's number
// read off La Poste's slip; later, the number of a letter sent without it. Numbers are checked and normalised
// (international S10 "RA 123 456 789 FR" with its check digit, or La Poste's 13 characters "1A 123 456 7890 1").

#include <QDate>
#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

class LrarNumbersDialog final : public QDialog
{
    Q_OBJECT

public:
    // One letter of the archive, printed (not sent yet) or sent without its number.
    struct Entry
    {
        qint64 letterId = 0;
        QString customerName;
        QString level;   // LetterLevel key
        QString channel; // letter, registered_letter
        QDate letterDate;
        QDate sentOn;    // valid: already sent, only its number is asked
        QString lrarNumber;
    };
    // What to do with one letter once the dialog is accepted.
    struct Choice
    {
        qint64 letterId = 0;
        bool markSent = false; // an unsent letter ticked "posted": LetterArchive::markSent on sentDate()
        QString lrarNumber;    // normalised; empty when none was typed
    };

    // `today`: the default (and latest) posting day.
    LrarNumbersDialog(const QList<Entry> &entries, QDate today, QWidget *parent = nullptr);

    // Checks every number typed; says what is wrong under the rows and returns false when something is.
    bool validate();
    QString errorText() const;
    // Valid after validate() returned true.
    QList<Choice> choices() const { return m_choices; }
    QDate sentDate() const;

    // Object names of a letter's widgets, for tests: "lrarEdit_42", "postedCheck_42".
    static QString numberEditName(qint64 letterId);
    static QString postedCheckName(qint64 letterId);

    // "ra123456785fr", "RA 123 456 785 FR" → "RA 123 456 785 FR"; "1a12345678901" → "1A 123 456 7890 1". Spaces,
    // hyphens and dots are ignored, letters are put in capitals. Empty, with `error` set, when it is no such number.
    static QString normalisedNumber(const QString &typed, QString *error = nullptr);

public slots:
    void accept() override;

private:
    struct RowWidgets
    {
        Entry entry;
        QCheckBox *posted = nullptr; // null when already sent
        QLineEdit *number = nullptr;
    };

    QList<RowWidgets> m_rows;
    QDateEdit *m_sentDateEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QList<Choice> m_choices;
};
