#pragma once
// LineReader: reads a text file line by line in fixed-size chunks, whatever its line endings (LF, CRLF, CR, CR CR LF),
// never holding more than one chunk (plus the current line) in memory.

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

class QIODevice;

class LineReader final
{
public:
    // `maxLineLength` bounds memory on a file that is not text: a longer line is cut there and flagged.
    explicit LineReader(QIODevice &device, qsizetype chunkSize = 1 << 20, qsizetype maxLineLength = 1 << 20);

    // The next physical line without its ending; false at the end of the data (or on a read error, see error()).
    // The view stays valid until the next call.
    bool next(QByteArrayView &line);

    qint64 lineNumber() const { return m_lineNumber; } // 1-based number of the line last returned
    qint64 bytesRead() const { return m_bytesRead; }   // read from the device so far
    bool lastLineTooLong() const { return m_tooLong; } // the line last returned was cut at maxLineLength
    bool readError() const { return m_readError; }

private:
    // Reads more bytes after the unconsumed ones (moving them to the front); false when the device has nothing more.
    bool fill();
    // Index of the first CR or LF at or after `from`, or m_end.
    qsizetype findBreak(qsizetype from);
    // Skips a line longer than the limit: keeps its head in m_longLine and drops bytes up to the next break.
    void skipLongLine();

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_chunkSize;
    qsizetype m_maxLine;
    QByteArray m_longLine;
    qsizetype m_pos = 0; // first unconsumed byte
    qsizetype m_nextLf = -1; // cached position of the next LF (or m_end), -1 when unknown
    qsizetype m_end = 0; // one past the last valid byte
    qint64 m_lineNumber = 0;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_tooLong = false;
    bool m_readError = false;
};
