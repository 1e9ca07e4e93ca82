#include "LineReader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

LineReader::LineReader(QIODevice &device, qsizetype chunkSize, qsizetype maxLineLength)
    : m_device(device), m_chunkSize(std::max<qsizetype>(chunkSize, 16)), m_maxLine(std::max<qsizetype>(maxLineLength, 16))
{
}

bool LineReader::fill()
{
    m_nextLf = -1;
    if (m_eof)
        return false;
    const qsizetype pending = m_end - m_pos;
    if (m_pos > 0 && pending > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(pending));
    m_pos = 0;
    m_end = pending;
    if (m_buffer.size() < pending + m_chunkSize)
        m_buffer.resize(pending + m_chunkSize);
    const qint64 n = m_device.read(m_buffer.data() + m_end, m_chunkSize);
    if (n < 0)
        m_readError = true;
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    m_end += n;
    m_bytesRead += n;
    return true;
}

qsizetype LineReader::findBreak(qsizetype from)
{
    const char *base = m_buffer.constData();
    // The LF position is cached: in a CR-only file there is none, and searching the whole chunk for it on every line
    // would be quadratic.
    if (m_nextLf < from) {
        const void *lf = from < m_end ? std::memchr(base + from, '\n', size_t(m_end - from)) : nullptr;
        m_nextLf = lf ? static_cast<const char *>(lf) - base : m_end;
    }
    const void *cr = m_nextLf > from ? std::memchr(base + from, '\r', size_t(m_nextLf - from)) : nullptr;
    return cr ? static_cast<const char *>(cr) - base : m_nextLf;
}

void LineReader::skipLongLine()
{
    m_longLine = QByteArray(m_buffer.constData() + m_pos, m_maxLine);
    m_pos = m_end;
    for (;;) {
        if (!fill())
            return;
        const qsizetype at = findBreak(m_pos);
        if (at < m_end) {
            m_pos = at;
            return;
        }
        m_pos = m_end;
    }
}

bool LineReader::next(QByteArrayView &line)
{
    m_tooLong = false;
    qsizetype scanFrom = m_pos;
    for (;;) {
        qsizetype at = findBreak(scanFrom);
        if (at < m_end) {
            const char *base = m_buffer.constData();
            // CR LF and CR CR LF are one break; so is a lone CR (old Mac files). Look ahead across the chunk border
            // before deciding.
            if (base[at] == '\r' && at + 2 >= m_end && !m_eof) {
                const qsizetype offset = at - m_pos;
                fill();
                at = m_pos + offset;
                base = m_buffer.constData();
            }
            qsizetype breakLength = 1;
            if (base[at] == '\r') {
                if (at + 1 < m_end && base[at + 1] == '\n')
                    breakLength = 2;
                else if (at + 2 < m_end && base[at + 1] == '\r' && base[at + 2] == '\n')
                    breakLength = 3;
            }
            qsizetype length = at - m_pos;
            if (length > m_maxLine) {
                length = m_maxLine;
                m_tooLong = true;
            }
            line = QByteArrayView(base + m_pos, length);
            m_pos = at + breakLength;
            ++m_lineNumber;
            return true;
        }
        if (m_end - m_pos > m_maxLine) {
            skipLongLine();
            if (m_pos < m_end) {
                // m_pos is on the break that ended the long line: consume it like any other.
                const char *base = m_buffer.constData();
                if (base[m_pos] == '\r' && m_pos + 2 >= m_end && !m_eof)
                    fill();
                base = m_buffer.constData();
                qsizetype breakLength = 1;
                if (base[m_pos] == '\r') {
                    if (m_pos + 1 < m_end && base[m_pos + 1] == '\n')
                        breakLength = 2;
                    else if (m_pos + 2 < m_end && base[m_pos + 1] == '\r' && base[m_pos + 2] == '\n')
                        breakLength = 3;
                }
                m_pos += breakLength;
            }
            line = QByteArrayView(m_longLine);
            m_tooLong = true;
            ++m_lineNumber;
            return true;
        }
        const qsizetype scanned = m_end - m_pos; // bytes already searched, relative to m_pos
        if (!fill()) {
            if (m_pos >= m_end)
                return false;
            line = QByteArrayView(m_buffer.constData() + m_pos, m_end - m_pos);
            m_pos = m_end;
            ++m_lineNumber;
            return true;
        }
        scanFrom = m_pos + scanned;
    }
}
