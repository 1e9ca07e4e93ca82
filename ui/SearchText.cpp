#include "SearchText.h"

#include <QVarLengthArray>

namespace SearchText {

namespace {

// Folded characters collect here and reach the QString in one append: keys for 100 000 rows are built per
// character, and QString::append(QChar) is an out-of-line call.
using Buffer = QVarLengthArray<QChar, 256>;

void foldChar(Buffer &out, QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if (u >= u'A' && u <= u'Z')
            out.append(QChar(char16_t(u + 32)));
        else if (u == u'\t' || u == u'\r' || u == u'\n')
            out.append(QChar(u' '));
        else
            out.append(c);
        return;
    }
    switch (u) {
    case 0x0152: // Œ
    case 0x0153: // œ
        out.append(QChar(u'o'));
        out.append(QChar(u'e'));
        return;
    case 0x00C6: // Æ
    case 0x00E6: // æ
        out.append(QChar(u'a'));
        out.append(QChar(u'e'));
        return;
    case 0x00DF: // ß
        out.append(QChar(u's'));
        out.append(QChar(u's'));
        return;
    case 0x2018:
    case 0x2019: // ’, as typed by word processors in "l’atelier"
    case 0x02BC:
        out.append(QChar(u'\''));
        return;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212: // minus sign
        out.append(QChar(u'-'));
        return;
    case 0x00A0: // the no-break spaces of French number formatting
    case 0x202F:
        out.append(QChar(u' '));
        return;
    case 0x20AC: // €
        out.append(c);
        return;
    default:
        break;
    }
    if (c.category() == QChar::Mark_NonSpacing)
        return; // an accent, left alone by a decomposition
    if (c.isSpace()) {
        out.append(QChar(u' '));
        return;
    }
    // One character at a time rather than normalizing the whole string: "è" → "e" + combining grave (dropped),
    // "ﬁ" → "fi"; recursive because a decomposition can itself decompose ("ǖ" → "ü" + macron).
    const QString decomposed = c.decomposition();
    if (decomposed.isEmpty()) {
        out.append(c.toCaseFolded());
        return;
    }
    for (QChar part : decomposed)
        foldChar(out, part);
}

} // namespace

void appendFolded(QString &out, QStringView text)
{
    Buffer buffer;
    for (QChar c : text)
        foldChar(buffer, c);
    out.append(buffer.constData(), buffer.size());
}

QString fold(QStringView text)
{
    QString out;
    appendFolded(out, text);
    return out;
}

QString sortKey(QStringView text)
{
    constexpr qsizetype Width = 12;
    const QString folded = fold(text);
    QString out;
    out.reserve(folded.size() + 8);
    qsizetype i = 0;
    while (i < folded.size()) {
        if (!folded.at(i).isDigit()) {
            out += folded.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < folded.size() && folded.at(end).isDigit())
            ++end;
        const qsizetype length = end - i;
        if (length < Width)
            out += QString(Width - length, u'0');
        out += QStringView(folded).mid(i, length);
        i = end;
    }
    return out;
}

QStringList terms(QStringView query)
{
    return fold(query).split(u' ', Qt::SkipEmptyParts);
}

} // namespace SearchText
