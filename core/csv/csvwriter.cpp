#include "csvwriter.h"

#include "csvencoding.h"

#include <QCoreApplication>
#include <QIODevice>

namespace herald {
namespace {

// lupdate files Tr::tr() calls under the enclosing class, which is this context; CsvWriter is not a QObject.
// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::CsvWriter)
};

constexpr qsizetype flushBytes = 64 * 1024;

QStringEncoder makeEncoder(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf16LE:
        return QStringEncoder(QStringEncoder::Utf16LE);
    case CsvEncoding::Utf16BE:
        return QStringEncoder(QStringEncoder::Utf16BE);
    default:
        return QStringEncoder(QStringEncoder::Utf8);
    }
}

// -12.5, +44, 3,5, 1e-3: a spreadsheet reads these as numbers, never as formulas, so they need no escaping.
bool isPlainNumber(QStringView cell)
{
    qsizetype i = 0;
    const qsizetype n = cell.size();
    if (i < n && (cell[i] == u'+' || cell[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    while (i < n && cell[i].isDigit() && cell[i].unicode() < 0x80)
        ++i, ++digits;
    if (i < n && (cell[i] == u'.' || cell[i] == u',')) {
        ++i;
        while (i < n && cell[i].isDigit() && cell[i].unicode() < 0x80)
            ++i, ++digits;
    }
    if (digits == 0)
        return false;
    if (i < n && (cell[i] == u'e' || cell[i] == u'E')) {
        ++i;
        if (i < n && (cell[i] == u'+' || cell[i] == u'-'))
            ++i;
        qsizetype exponent = 0;
        while (i < n && cell[i].isDigit() && cell[i].unicode() < 0x80)
            ++i, ++exponent;
        if (exponent == 0)
            return false;
    }
    return i == n;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, CsvWriteOptions options)
    : m_device(device), m_options(std::move(options)), m_encoder(makeEncoder(m_options.encoding))
{
    if (m_options.encoding == CsvEncoding::Auto)
        m_options.encoding = CsvEncoding::Utf8;
    switch (m_options.lineEnding) {
    case CsvLineEnding::Lf:
        m_lineEnd = QStringLiteral("\n");
        break;
    case CsvLineEnding::Cr:
        m_lineEnd = QStringLiteral("\r");
        break;
    default:
        m_lineEnd = QStringLiteral("\r\n");
        break;
    }
}

CsvWriter::~CsvWriter()
{
    (void)flush();
}

bool CsvWriter::needsFormulaEscape(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    case u'+':
    case u'-':
        return !isPlainNumber(cell);
    default:
        return false;
    }
}

void CsvWriter::appendCell(QStringView cell)
{
    const QChar delimiter = m_options.delimiter;
    const bool escape = m_options.escapeFormulas && needsFormulaEscape(cell);
    bool quote = !cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace());
    for (qsizetype i = 0; i < cell.size() && !quote; ++i) {
        const QChar c = cell[i];
        quote = c == delimiter || c == u'"' || c == u'\n' || c == u'\r';
    }
    if (!quote) {
        if (escape)
            m_row += QLatin1Char('\'');
        m_row += cell;
        return;
    }
    m_row += QLatin1Char('"');
    if (escape)
        m_row += QLatin1Char('\'');
    for (QChar c : cell) {
        if (c == u'"')
            m_row += QLatin1Char('"');
        m_row += c;
    }
    m_row += QLatin1Char('"');
}

Result<void> CsvWriter::writeRow(const QStringList &cells)
{
    if (m_failed)
        return Error{Tr::tr("The CSV file could not be written earlier; nothing more is written."), m_options.fileName};
    if (!m_bomDone) {
        m_bomDone = true;
        if (m_options.encoding == CsvEncoding::Utf16LE || m_options.encoding == CsvEncoding::Utf16BE ||
            (m_options.encoding == CsvEncoding::Utf8 && m_options.writeBom)) {
            m_row = QString(QChar::ByteOrderMark);
            m_out += m_encoder.encode(m_row);
        }
    }
    m_row.resize(0);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_row += m_options.delimiter;
        appendCell(cells.at(i));
    }
    // A lone empty cell would otherwise be an empty line, which readers skip.
    if (cells.size() == 1 && cells.front().isEmpty())
        m_row += QStringLiteral("\"\"");
    if (auto encoded = encodeRow(cells); !encoded)
        return encoded;
    ++m_rows;
    for (qsizetype i = 0; i < m_row.size(); ++i) {
        if (m_row[i] == u'\n' || (m_row[i] == u'\r' && (i + 1 == m_row.size() || m_row[i + 1] != u'\n')))
            ++m_line;
    }
    ++m_line;
    return m_out.size() >= flushBytes ? flush() : Result<void>();
}

Result<void> CsvWriter::encodeRow(const QStringList &cells)
{
    m_row += m_lineEnd;
    if (m_options.encoding != CsvEncoding::Windows1252) {
        const qsizetype used = m_out.size();
        m_out.resize(used + m_encoder.requiredSpace(m_row.size()));
        char *end = m_encoder.appendToBuffer(m_out.data() + used, m_row);
        m_out.resize(end - m_out.constData());
        return {};
    }
    if (m_options.unencodable == CsvUnencodable::Fail) {
        // Checked per cell first so that the error can name the column and no half row is written.
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const QString &cell = cells.at(column);
            for (qsizetype i = 0; i < cell.size(); ++i) {
                if (windows1252::fromUnicode(cell[i].unicode()) >= 0)
                    continue;
                const QString character = cell.mid(i, cell[i].isHighSurrogate() ? 2 : 1);
                const QString code = QString::number(character.toUcs4().value(0), 16).toUpper().rightJustified(4, u'0');
                return Error{Tr::tr("Row %1, column %2: the character \"%3\" (U+%4) cannot be written in Windows-1252. "
                                    "Choose UTF-8, or let Herald replace such characters with \"?\".")
                                 .arg(m_rows + 1)
                                 .arg(column + 1)
                                 .arg(character, code),
                             m_options.fileName, m_line, column + 1};
            }
        }
    }
    for (qsizetype i = 0; i < m_row.size(); ++i) {
        const char16_t c = m_row[i].unicode();
        const int byte = windows1252::fromUnicode(c);
        if (byte >= 0) {
            m_out += char(byte);
            continue;
        }
        // One '?' per character, also for one outside the BMP (a surrogate pair).
        if (QChar::isHighSurrogate(c) && i + 1 < m_row.size() && m_row[i + 1].isLowSurrogate())
            ++i;
        m_out += '?';
        ++m_replaced;
    }
    return {};
}

Result<void> CsvWriter::finish()
{
    if (m_failed)
        return Error{Tr::tr("The CSV file could not be written."), m_options.fileName};
    return flush();
}

Result<void> CsvWriter::flush()
{
    if (m_out.isEmpty() || m_failed)
        return {};
    const qint64 written = m_device ? m_device->write(m_out) : -1;
    if (written != m_out.size()) {
        m_failed = true;
        return Error{Tr::tr("The CSV file could not be written: %1")
                         .arg(m_device ? m_device->errorString() : Tr::tr("no file is open")),
                     m_options.fileName};
    }
    m_out.resize(0);
    return {};
}

} // namespace herald
