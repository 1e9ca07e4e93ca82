#pragma once
// ImportText: decoding and normalising the text of imported files, shared by the line-based parsers (FEC, CSV).

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace ImportText {

// True when every byte is 7-bit ASCII (then UTF-8, Latin-9 and Windows-1252 all agree).
bool isAscii(QByteArrayView bytes);

// Windows-1252 (a superset of ISO-8859-1's printable range, with € at 0x80): never fails.
QString fromWindows1252(QByteArrayView bytes);

// Decides, line by line, whether a file's text is UTF-8 or a legacy single-byte encoding: real exports mix both
// (a UTF-8 file with a few stray Windows-1252 bytes). Reuses one decoder, so it is cheap to call per line.
class LineDecoder final
{
public:
    // True when `line` is ASCII or valid UTF-8; false when it must be read as Windows-1252.
    bool isUtf8(QByteArrayView line);
    // Decodes one field of a line whose encoding isUtf8() decided.
    static QString decode(QByteArrayView field, bool utf8)
    {
        return utf8 ? QString::fromUtf8(field) : fromWindows1252(field);
    }

private:
    QStringDecoder m_utf8{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
    QString m_buffer;
};

// Lower case, accents removed, runs of white space folded to one space: "  Épicerie  DUPRÉ " → "epicerie dupre".
QString foldForMatching(QStringView text);

// Trims ASCII blanks (space, tab, NUL) at both ends.
QByteArrayView trimmed(QByteArrayView bytes);

} // namespace ImportText
