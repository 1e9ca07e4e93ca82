#pragma once
// LetterComposer: turns a LetterRequest into a ComposedLetter from the store: company letterhead, La Poste
// recipient block, the template filled in, the invoice tables with the penalties of CustomerPenalties to the
// letter's date. One composer serves a whole batch (company, templates and settings are read once).

#include "Company.h"
#include "Customer.h"
#include "Database.h"
#include "LetterContent.h"
#include "LetterRequest.h"
#include "LetterTemplate.h"
#include "Result.h"

#include <QHash>
#include <optional>

class LetterComposer final
{
public:
    explicit LetterComposer(Database &db);

    Result<ComposedLetter> compose(const LetterRequest &request);

    // Settings keys (SettingsRepository) and their defaults.
    static QString deadlineDaysKey() { return QStringLiteral("letters.deadline_days"); } // 8 (DOMAIN.md §5)
    static QString placeKey() { return QStringLiteral("letters.place"); }               // the company's city
    static QString attachInvoicesKey() { return QStringLiteral("letters.attach_invoice_copies"); } // 1
    // A préventive asked for by hand reminds of the invoices due within this many days (the calendar's own choice
    // otherwise).
    static QString preventiveDaysKey() { return QStringLiteral("letters.preventive_days"); } // 30

    // Lines of the company's address in ordinary case ("27 avenue des Frères Lumière", "69008 Lyon").
    static QStringList addressLines(const PostalAddress &address);
    // "SARL au capital de 50 000 € – SIREN 812 456 037 – RCS Lyon".
    static QString legalLine(const Company &company);

    // Uses `text` for `level` instead of the stored template (the editor's live preview of unsaved text); fails,
    // saying why, when the text is not a valid template.
    Status useTemplateText(const QString &level, const QString &text);

private:
    Status loadOnce();
    Result<LetterTemplate> templateFor(const QString &level);

    Database &m_db;
    bool m_loaded = false;
    Company m_company;
    int m_deadlineDays = 8;
    QString m_place;
    bool m_attachInvoices = true;
    int m_preventiveDays = 30;
    QHash<QString, LetterTemplate> m_templates;
};
