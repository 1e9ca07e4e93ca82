#include "ImportText.h"

#include <cstring>

namespace ImportText {

bool isAscii(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    // Eight bytes at a time: any high bit set means non-ASCII.
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL)
            return false;
    }
    for (; i < n; ++i)
        if (p[i] & 0x80)
            return false;
    return true;
}

QString fromWindows1252(QByteArrayView bytes)
{
    // 0x80–0x9F differ from ISO-8859-1; unassigned positions (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 value.
    static const char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
        0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x009D, 0x017E, 0x0178};
    QString s(bytes.size(), Qt::Uninitialized);
    QChar *out = s.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        out[i] = (c >= 0x80 && c < 0xA0) ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return s;
}

bool LineDecoder::isUtf8(QByteArrayView line)
{
    if (isAscii(line))
        return true;
    // Decode into a reusable buffer: only the decoder's error state matters here.
    m_utf8.resetState();
    const qsizetype needed = m_utf8.requiredSpace(line.size());
    if (m_buffer.size() < needed)
        m_buffer.resize(needed);
    m_utf8.appendToBuffer(m_buffer.data(), line);
    return !m_utf8.hasError();
}

QString foldForMatching(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(c.toCaseFolded());
    }
    return out;
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    qsizetype b = 0;
    qsizetype e = bytes.size();
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\0'; };
    while (b < e && blank(bytes[b]))
        ++b;
    while (e > b && blank(bytes[e - 1]))
        --e;
    return bytes.sliced(b, e - b);
}

} // namespace ImportText
