#pragma once
// LetterContent: a letter fully composed (texts, tables, recipient block) and ready to paint on any paged device;
// nothing in it needs the store any more, so the GUI can preview and print it as the command line writes PDFs.

#include "Company.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// A piece of text with one style. Text is always inserted as plain text: values never become markup.
struct TextRun
{
    QString text;
    bool bold = false;
};

// A table of figures: header row (repeated on every page the table crosses), rows, then bold total rows.
struct LetterTable
{
    struct Column
    {
        QString header;
        int widthPercent = 10;
        bool alignRight = false;
    };
    QList<Column> columns;
    QList<QStringList> rows;
    // Bold rows at the end: a label spanning `span` columns, then one value per remaining column.
    struct Total
    {
        QString label;
        int span = 1;
        QStringList values;
    };
    QList<Total> totals;
};

// One block of the body, in reading order.
struct LetterBlock
{
    enum class Kind { Paragraph, Heading, Table, Signature, PageBreak };
    Kind kind = Kind::Paragraph;
    QList<TextRun> runs; // Paragraph, Heading, Signature ("\n" breaks lines)
    int table = -1;      // Table: index into ComposedLetter::tables
};

// A PDF to append after the letter's own pages (a copy of an invoice, an archived letter in a dossier).
struct AppendedPdf
{
    QString caption; // printed above each of its pages
    QByteArray pdf;
};

struct ComposedLetter
{
    // What it is.
    qint64 customerId = 0;
    QString customerCode;
    QString customerName;
    QString level;      // LetterLevel key: preventive, level1, level2, level3, formal_notice, statement, acknowledgement
    QDate date;
    QString channel;    // letter, registered_letter
    QString lrarNumber; // empty until known: the letter then shows a blank to fill in by hand
    qint64 actionId = 0;      // the planned action it carries out, if any
    QList<qint64> invoiceIds; // the invoices it claims
    qint64 totalCents = 0;    // the sum it asks for (open amounts, plus penalties and indemnities for a mise en demeure)

    // How it looks.
    Company company;
    bool windowEnvelope = true;  // recipient block in the DL window; false for reports (dossier)
    QStringList recipientLines;  // La Poste lines, at most 6 × 38 characters
    QString placeAndDate;        // "Lyon, le 25 novembre 2026"
    bool registered = false;     // prints the "Lettre recommandée avec accusé de réception n° …" line
    QString title;               // centred heading ("MISE EN DEMEURE"), may be empty
    QString subject;             // after "Objet : "
    QString reference;           // after "Réf. : ", may be empty
    QString enclosures;          // after "P. J. : ", may be empty
    QString runningHeader;       // top of pages 2 and next
    QList<LetterBlock> blocks;
    QList<LetterTable> tables;
    QList<AppendedPdf> appended;

    bool isRegistered() const { return registered; }
    // "Lettre recommandée avec accusé de réception n° 1A 123 456 7890 1" (dotted blank when the number is unknown).
    QString lrarLine() const;
    // File name for one letter: "2026-11-25_C0042_mise-en-demeure.pdf".
    QString suggestedFileName() const;
};
