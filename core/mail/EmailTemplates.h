#pragma once
// EmailTemplates: the reminder e-mails per scenario step, in French (LETTERS.md), editable by the user, rendered as
// HTML with a plain-text alternative from one source text.
//
// Template syntax (one text for both parts):
// - {name} is replaced by the value of a placeholder (list in placeholders()); in the HTML part every value is
//   HTML-escaped, so a customer called "<b>" stays text;
// - {?cond}…{/cond} keeps its content when the condition holds, {?!cond}…{/cond} when it does not (une, plusieurs,
//   relance, iban, pdf, releve, promesse, moyen, fonction);
// - a blank line separates paragraphs; lines starting with "– " or "- " form a list;
// - a paragraph made of {tableau_factures} alone becomes the invoice table (HTML table / aligned text).

#include "Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class SettingsRepository;

struct EmailTemplate
{
    QString step;    // scenario step key (preventive, level1…)
    QString subject;
    QString body;
};

// One line of {tableau_factures}.
struct EmailInvoiceLine
{
    QString number;
    QDate issueDate;
    QDate dueDate;
    qint64 amountCents = 0; // incl. VAT
    qint64 openCents = 0;   // still due
};

// The values a template is filled with.
struct EmailContext
{
    QHash<QString, QString> values; // placeholder name → plain text value
    QSet<QString> conditions;
    QList<EmailInvoiceLine> invoices;
    qint64 totalOpenCents = 0;
};

struct RenderedEmail
{
    QString subject;
    QString text;
    QString html;
};

class EmailTemplates final
{
public:
    // Steps with a template of their own; any other step uses the level 1 template.
    static const QStringList &steps();
    static EmailTemplate defaultFor(const QString &step);
    // The user's version from the settings ("email_template.<step>.subject" / ".body") or the default.
    static EmailTemplate load(SettingsRepository &settings, const QString &step);
    static Status save(SettingsRepository &settings, const EmailTemplate &t);
    static Status resetToDefault(SettingsRepository &settings, const QString &step);
    // Placeholder names with a one-line French description, for the editor and the documentation.
    static const QList<std::pair<QString, QString>> &placeholders();

    static RenderedEmail render(const EmailTemplate &t, const EmailContext &context);
};
