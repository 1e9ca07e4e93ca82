#pragma once
// EmailComposer: the e-mail that carries out one planned e-mail action: the step's template filled from the store
// (customer, main contact, invoices, totals, due dates, previous reminders, penalty rate, company and IBAN), the
// invoice PDFs the import kept, and for the firmer steps a statement of account (core/documents).

#include "Action.h"
#include "Company.h"
#include "Database.h"
#include "EmailTemplates.h"
#include "MailMessage.h"
#include "Result.h"

#include <QHash>
#include <QStringList>

struct ComposedEmail
{
    MailMessage message;
    EmailContext context;
    QStringList warnings; // French: "pas d'adresse e-mail pour ce client", "facture FA-12 sans PDF"…
    bool sendable() const { return !message.to.isEmpty(); }
};

class EmailComposer final
{
public:
    explicit EmailComposer(Database &db) : m_db(db) {}

    // `from` is the sender (SmtpSettings::from); `day` dates the message's texts and the statement.
    Result<ComposedEmail> compose(const Action &action, const QDate &day, const MailAddress &from);

    // The steps that attach a statement of account (LETTERS.md: from the second reminder on).
    static bool attachesStatement(const QString &step);

private:
    void loadOnce();
    Result<QByteArray> statementPdf(qint64 customerId, const QDate &day);

    Database &m_db;
    bool m_loaded = false;
    Company m_company;
    QHash<QString, EmailTemplate> m_templates;
};
