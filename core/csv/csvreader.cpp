#include "csvreader.h"

#include "csvsniffer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace herald {
namespace {

// lupdate files Tr::tr() calls under the enclosing class, which is this context; CsvReader is not a QObject.
// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::CsvReader)
};

// Upper bound for one read while a very long record is being gathered.
constexpr qint64 maxReadBytes = 16 << 20;

} // namespace

CsvReader::CsvReader(QIODevice *device, CsvOptions options) : m_device(device), m_options(std::move(options))
{
    m_options.chunkBytes = std::max<qint64>(m_options.chunkBytes, 1);
    m_options.sampleBytes = std::max<qint64>(m_options.sampleBytes, 4); // room for any BOM
    m_options.maxFieldChars = std::max<qint64>(m_options.maxFieldChars, 1);
    m_expectedFields = std::max(m_options.expectedFieldCount, 0);
    m_fileName = m_options.fileName;
    if (m_fileName.isEmpty()) {
        if (auto *file = qobject_cast<QFileDevice *>(device))
            m_fileName = QDir::toNativeSeparators(file->fileName());
    }
}

CsvReader::~CsvReader() = default;

Result<CsvFormat> CsvReader::start()
{
    if (!m_started) {
        m_started = true;
        readSample();
    }
    if (m_failed)
        return m_error;
    return format();
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_started)
        (void)start();
    if (m_failed || m_finished)
        return false;
    for (;;) {
        switch (parseRecord(record)) {
        case Parse::Record:
            m_growth = 0;
            checkFieldCount(record);
            return true;
        case Parse::Failed:
            return false;
        case Parse::End:
            m_finished = true;
            if (m_recordCount == 0)
                fail(Tr::tr("The file has no rows: it holds nothing but empty lines."));
            return false;
        case Parse::NeedMore:
            if (!refill())
                return false;
            break;
        }
    }
}

CsvFormat CsvReader::format() const
{
    CsvFormat format = m_format;
    const int styles = (m_lf > 0) + (m_crlf > 0) + (m_cr > 0);
    if (styles > 1)
        format.lineEnding = CsvLineEnding::Mixed;
    else if (m_crlf > 0)
        format.lineEnding = CsvLineEnding::CrLf;
    else if (m_lf > 0)
        format.lineEnding = CsvLineEnding::Lf;
    else if (m_cr > 0)
        format.lineEnding = CsvLineEnding::Cr;
    else
        format.lineEnding = CsvLineEnding::None;
    return format;
}

qint64 CsvReader::totalBytes() const
{
    const qint64 size = m_device ? m_device->size() : -1;
    return size > 0 ? size : -1;
}

bool CsvReader::readSample()
{
    if (!m_device || !m_device->isReadable())
        return fail(Tr::tr("The file is not open for reading."));
    const QChar delimiter = m_options.delimiter;
    if (delimiter == u'"' || delimiter == u'\r' || delimiter == u'\n')
        return fail(Tr::tr("A quote or a line break cannot separate fields; choose another delimiter."));
    QByteArray sample(m_options.sampleBytes, Qt::Uninitialized);
    qint64 got = 0;
    while (got < sample.size()) {
        const qint64 n = m_device->read(sample.data() + got, sample.size() - got);
        if (n < 0)
            return fail(Tr::tr("The file could not be read: %1").arg(m_device->errorString()));
        if (n == 0) {
            m_eof = true;
            break;
        }
        got += n;
    }
    sample.resize(got);
    m_bytesRead = got;
    const bool wholeFile = m_eof || (!m_device->isSequential() && m_device->atEnd());

    CsvEncodingGuess guess = detectCsvEncoding(sample, wholeFile);
    // A byte order mark is unambiguous, so it beats a chosen encoding: otherwise it would end up in the first
    // column's name and hide, say, the email column.
    if (m_options.encoding != CsvEncoding::Auto && guess.bomBytes == 0)
        guess = {m_options.encoding, 0};
    m_format.encoding = guess.encoding;
    m_format.hasBom = guess.bomBytes > 0;
    if (sample.size() == guess.bomBytes)
        return fail(Tr::tr("The file is empty."));

    m_decoder = std::make_unique<CsvTextDecoder>(guess.encoding);
    decode(QByteArrayView(sample).sliced(guess.bomBytes));
    const QStringView text(m_text.constData(), m_textSize);
    if (looksBinary(text)) {
        return fail(Tr::tr("This is not a CSV text file: it contains binary data (NUL or control characters). "
                           "Export the data as CSV and choose that file."));
    }
    checkDecoderError(0);
    m_format.delimiter =
        m_options.delimiter.isNull() ? CsvSniffer::sniffDelimiter(text, wholeFile) : m_options.delimiter;
    return true;
}

bool CsvReader::refill()
{
    if (m_pos > 0) {
        QChar *text = m_text.data();
        std::memmove(text, text + m_pos, size_t(m_textSize - m_pos) * sizeof(QChar));
        m_base += m_pos;
        m_textSize -= m_pos;
        m_pos = 0;
    }
    if (m_textSize > m_options.maxRecordChars) {
        return fail(Tr::tr("The row starting on line %1 is longer than %2 characters. Check the delimiter and quotes.")
                        .arg(m_line)
                        .arg(m_options.maxRecordChars),
                    m_line);
    }
    const qint64 want =
        std::min(m_options.chunkBytes << std::min(m_growth, 20), std::max(maxReadBytes, m_options.chunkBytes));
    ++m_growth;
    const qint64 n = readDevice(want);
    if (n < 0)
        return false;
    if (n == 0) {
        m_eof = true;
        return true;
    }
    const qsizetype from = m_textSize;
    decode(QByteArrayView(m_bytes.constData(), n));
    checkDecoderError(from);
    return true;
}

qint64 CsvReader::readDevice(qint64 maxBytes)
{
    if (m_bytes.size() < maxBytes)
        m_bytes.resize(maxBytes);
    const qint64 n = m_device->read(m_bytes.data(), maxBytes);
    if (n < 0) {
        fail(Tr::tr("The file could not be read after line %1: %2").arg(m_line).arg(m_device->errorString()), m_line);
        return -1;
    }
    m_bytesRead += n;
    return n;
}

void CsvReader::decode(QByteArrayView bytes)
{
    const qsizetype needed = m_textSize + m_decoder->requiredSpace(bytes.size());
    if (needed > m_text.size())
        m_text.resize(std::max(needed, m_text.size() + m_text.size() / 2));
    QChar *start = m_text.data();
    m_textSize = m_decoder->appendToBuffer(start + m_textSize, bytes) - start;
}

void CsvReader::checkDecoderError(qsizetype decodedFrom)
{
    if (m_decoderErrorReported || !m_decoder->hasError())
        return;
    m_decoderErrorReported = true;
    const QStringView text(m_text.constData(), m_textSize);
    qsizetype at = text.indexOf(QChar::ReplacementCharacter, decodedFrom);
    if (at < 0)
        at = std::max<qsizetype>(text.indexOf(QChar::ReplacementCharacter, m_pos), m_pos);
    // Count physical lines from the parse position to the bad bytes.
    qint64 line = m_line;
    qint64 lineStart = m_base + m_pos;
    for (qsizetype i = m_pos; i < at; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'))) {
            ++line;
            lineStart = m_base + i + 1;
        }
    }
    const qint64 column = m_base + at - lineStart + 1;
    m_warnings.append(
        {CsvIssue::Kind::InvalidBytes, line, column,
         Tr::tr("Line %1, column %2: the file has bytes that are not valid %3; they were replaced with a "
                "placeholder character. If the file was saved by Excel, choose the Windows-1252 encoding.")
             .arg(line)
             .arg(column)
             .arg(csvEncodingDisplayName(m_format.encoding))});
}

void CsvReader::checkFieldCount(CsvRecord &record)
{
    const qint64 count = record.fields.size();
    if (m_expectedFields <= 0) {
        m_expectedFields = count;
        return;
    }
    if (count == m_expectedFields)
        return;
    ++m_raggedRows;
    record.issues.append(
        {CsvIssue::Kind::FieldCount, record.line, 0,
         Tr::tr("Line %1 has %2 fields where %3 were expected.").arg(record.line).arg(count).arg(m_expectedFields)});
}

bool CsvReader::fail(const QString &message, qint64 line, qint64 column)
{
    m_failed = true;
    m_error = Error{message, m_fileName, line, column};
    return false;
}

} // namespace herald
