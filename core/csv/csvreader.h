#pragma once

#include "csvencoding.h"
#include "csvformat.h"
#include "csvrecord.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QIODevice;

namespace herald {

// Streams records out of a CSV file in constant memory: the device is read in chunks, decoded to UTF-16 once and
// scanned in place, and the caller's record is refilled for every row.
//
// Quoting follows RFC 4180 ("" inside quotes is a quote; quoted fields may hold delimiters and line breaks). Records
// end with CRLF, LF or CR. A byte order mark is stripped. Leniency: a quote inside an unquoted field, or text after a
// closing quote, is kept literally and reported as a CsvIssue on the row (an error with strictQuotes). Errors that
// stop the reading: a quoted field still open at the end of the file (named by the line where the quote opened), a
// field longer than maxFieldChars, an empty file, a binary file, a device that fails.
//
//     CsvReader reader(&file);
//     CsvRecord record;
//     while (reader.next(record)) { ... }
//     if (reader.hasError()) report(reader.error());
class CsvReader
{
public:
    // The device must be open for reading; it is read from its current position and never seeked.
    explicit CsvReader(QIODevice *device, CsvOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the first sampleBytes and detects encoding, BOM and delimiter. next() does this on its first call; call
    // it first to learn the format, or why the file cannot be read, before any record.
    Result<CsvFormat> start();

    // Fills `record` with the next row. False at the end of the file or on an error (see hasError()).
    bool next(CsvRecord &record);

    bool hasError() const { return m_failed; }
    const Error &error() const { return m_error; }
    bool atEnd() const { return m_finished; }

    // Encoding, delimiter and BOM as detected or overridden; the line ending from the lines read so far.
    CsvFormat format() const;
    // Bytes taken from the device so far (at most one chunk ahead of the records delivered): for a progress bar.
    qint64 bytesRead() const { return m_bytesRead; }
    // The device's size, or -1 when it does not know it.
    qint64 totalBytes() const;
    qint64 recordCount() const { return m_recordCount; }
    // Rows whose field count differed from expectedFieldCount (or the first row's).
    qint64 raggedRowCount() const { return m_raggedRows; }
    // About the file rather than a row: bytes invalid in the encoding.
    const QList<CsvIssue> &warnings() const { return m_warnings; }
    const QString &fileName() const { return m_fileName; }

private:
    enum class Parse
    {
        Record,
        NeedMore,
        End,
        Failed,
    };

    bool readSample();
    bool refill();
    qint64 readDevice(qint64 maxBytes);
    void decode(QByteArrayView bytes);
    void checkDecoderError(qsizetype decodedFrom);
    Parse parseRecord(CsvRecord &record);
    void checkFieldCount(CsvRecord &record);
    bool fail(const QString &message, qint64 line = 0, qint64 column = 0);

    QIODevice *m_device;
    CsvOptions m_options;
    QString m_fileName;
    CsvFormat m_format;
    std::unique_ptr<CsvTextDecoder> m_decoder;

    QByteArray m_bytes; // raw chunk, reused
    QString m_text;     // decoded text; [m_pos, m_textSize) is not parsed yet
    qsizetype m_textSize = 0;
    qsizetype m_pos = 0;
    qint64 m_base = 0;      // position of m_text[0] counted in characters from the start of the file
    qint64 m_line = 1;      // physical line at m_pos
    qint64 m_lineStart = 0; // position (as m_base) where that line starts
    int m_growth = 0;       // how often the current record needed more text: read sizes grow with it

    bool m_started = false;
    bool m_eof = false;
    bool m_finished = false;
    bool m_failed = false;
    bool m_decoderErrorReported = false;
    Error m_error;

    qint64 m_bytesRead = 0;
    qint64 m_recordCount = 0;
    qint64 m_raggedRows = 0;
    qint64 m_expectedFields = 0;
    qint64 m_lf = 0;
    qint64 m_crlf = 0;
    qint64 m_cr = 0;
    QList<CsvIssue> m_warnings;
};

} // namespace herald
