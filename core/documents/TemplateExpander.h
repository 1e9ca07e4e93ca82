#pragma once
// TemplateExpander: fills a LetterTemplate's {placeholders} and turns its body into the blocks a letter is made of.
// Values are inserted as plain text (the renderer never reads them as markup); toHtml() escapes them for rich-text
// consumers such as a preview pane or an e-mail.

#include "LetterContent.h"
#include "LetterTemplate.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

struct PlaceholderInfo
{
    QString name;        // without braces
    QString description; // French, for the template editor
    bool block = false;  // stands alone on its line and becomes a table or the signature
};

struct TemplateValues
{
    QHash<QString, QString> text;       // scalar placeholders
    QHash<QString, LetterBlock> blocks; // block placeholders, ready-made
    int count = 1;                      // invoices in the letter: {pluriel:…|…} picks its first text when > 1
};

struct ExpandedTemplate
{
    QString title;
    QString subject;
    QList<LetterBlock> blocks;
    QStringList problems; // unknown placeholders, misplaced blocks, broken {pluriel:…|…}
};

namespace TemplateExpander {
// Every placeholder a letter template may use.
const QList<PlaceholderInfo> &placeholders();
bool isKnown(const QString &name);
bool isBlock(const QString &name);

ExpandedTemplate expand(const LetterTemplate &tpl, const TemplateValues &values);
// One line of text (title, subject) with its placeholders filled.
QString expandLine(const QString &text, const TemplateValues &values, QStringList *problems = nullptr);
// What is wrong with a template's text, in French (empty when it is fine).
QStringList check(const QString &templateText);
// The blocks as HTML with every value escaped (tables as <table>, bold as <b>).
QString toHtml(const QList<LetterBlock> &blocks, const QList<LetterTable> &tables);
}
