#pragma once

#include "csvformat.h"
#include "result.h"

#include <QByteArray>
#include <QStringEncoder>
#include <QStringList>

class QIODevice;

namespace herald {

// What to do with a character the chosen encoding cannot hold (only Windows-1252 has such characters).
enum class CsvUnencodable
{
    Fail,    // the row is not written and writeRow() names the row, column and character
    Replace, // the character is written as '?' and counted in replacedCharacters()
};

struct CsvWriteOptions
{
    QChar delimiter = QLatin1Char(',');
    CsvEncoding encoding = CsvEncoding::Utf8; // Auto means UTF-8
    // For UTF-8 only: Excel needs the BOM to recognise UTF-8. UTF-16 always gets one (it names the byte order);
    // Windows-1252 has none.
    bool writeBom = false;
    CsvLineEnding lineEnding = CsvLineEnding::CrLf; // Lf, CrLf or Cr; RFC 4180 says CRLF
    // Prefix a cell starting with = + - @ tab or CR with ' so that a spreadsheet shows it instead of running it
    // (OWASP "CSV injection"). Plain numbers such as -12.5 or +44 are left alone: they are not formulas.
    bool escapeFormulas = true;
    CsvUnencodable unencodable = CsvUnencodable::Fail;
    QString fileName; // named in error messages
};

// Writes rows of a CSV file, quoting only where needed (delimiter, quote, line break, or leading/trailing space).
// Output is buffered; call finish() at the end to flush and learn whether everything was written.
class CsvWriter
{
public:
    // The device must be open for writing.
    explicit CsvWriter(QIODevice *device, CsvWriteOptions options = {});
    ~CsvWriter(); // flushes what is buffered, ignoring errors: call finish() to see them
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    Result<void> writeRow(const QStringList &cells);
    Result<void> finish();

    qint64 rowsWritten() const { return m_rows; }
    qint64 replacedCharacters() const { return m_replaced; }

    // Whether `cell` would be prefixed with ' when formula escaping is on.
    static bool needsFormulaEscape(QStringView cell);

private:
    void appendCell(QStringView cell);
    Result<void> encodeRow(const QStringList &cells);
    Result<void> flush();

    QIODevice *m_device;
    CsvWriteOptions m_options;
    QStringEncoder m_encoder; // UTF-8 and UTF-16; Windows-1252 goes through a table to catch unencodable characters
    QString m_row;
    QByteArray m_out;
    QString m_lineEnd;
    qint64 m_rows = 0;
    qint64 m_line = 1;
    qint64 m_replaced = 0;
    bool m_bomDone = false;
    bool m_failed = false;
};

} // namespace herald
