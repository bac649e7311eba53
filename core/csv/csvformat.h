#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

#include <optional>

namespace herald {

// Text encodings Herald reads and writes CSV files in. Auto only appears in options: a detected format is concrete.
enum class CsvEncoding
{
    Auto,
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252,
};

// How records end. Mixed: more than one style was seen; None: the file has a single line without a terminator.
enum class CsvLineEnding
{
    None,
    Lf,
    CrLf,
    Cr,
    Mixed,
};

// What was found out about a CSV file, or what to write one as.
struct CsvFormat
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    bool hasBom = false;
    CsvLineEnding lineEnding = CsvLineEnding::None;
};

// How to read a CSV file. Defaults detect everything; set a field to override what detection would pick (except
// that a byte order mark always decides the encoding).
struct CsvOptions
{
    CsvEncoding encoding = CsvEncoding::Auto;
    QChar delimiter;                  // null: sniff among , ; tab |
    QString fileName;                 // named in error messages; the device's file name is used when empty
    qint64 maxFieldChars = 1 << 20;   // a longer field is an error (usually a wrong delimiter or a stray quote)
    qint64 maxRecordChars = 16 << 20; // a longer record is an error: keeps memory bounded on hostile input
    qint64 chunkBytes = 64 * 1024;    // bytes read from the device at a time
    qint64 sampleBytes = 64 * 1024;   // bytes looked at to detect encoding, delimiter and binary content
    int expectedFieldCount = 0;       // rows with another count are reported; 0: the first row's count
    bool skipEmptyLines = true;       // a line with nothing on it is not a record
    bool strictQuotes = false;        // a quote inside an unquoted field is an error instead of a warning
};

// Lower-case key used on the command line and in stored settings: "utf-8", "utf-16le", "utf-16be", "windows-1252".
QString csvEncodingKey(CsvEncoding encoding);
// What a user sees: "UTF-8", "UTF-16 (little-endian)", "Windows-1252", ...
QString csvEncodingDisplayName(CsvEncoding encoding);
// Accepts the keys above plus "auto", "utf8", "utf-16" (little-endian unless a BOM says otherwise), "cp1252".
std::optional<CsvEncoding> csvEncodingFromKey(QStringView key);

// "comma", "semicolon", "tab", "pipe", or the character itself.
QString csvDelimiterDisplayName(QChar delimiter);
// Accepts a single character or "comma", "semicolon", "tab", "\t", "pipe"; "auto" gives a null QChar.
std::optional<QChar> csvDelimiterFromKey(QStringView key);

QString csvLineEndingDisplayName(CsvLineEnding lineEnding);

} // namespace herald
