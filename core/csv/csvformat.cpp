#include "csvformat.h"

#include <QCoreApplication>

namespace herald {

QString csvEncodingKey(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto:
        return QStringLiteral("auto");
    case CsvEncoding::Utf8:
        return QStringLiteral("utf-8");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case CsvEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

QString csvEncodingDisplayName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto:
        return QCoreApplication::translate("herald::CsvFormat", "Detect automatically");
    case CsvEncoding::Utf8:
        return QCoreApplication::translate("herald::CsvFormat", "UTF-8");
    case CsvEncoding::Utf16LE:
        return QCoreApplication::translate("herald::CsvFormat", "UTF-16 (little-endian)");
    case CsvEncoding::Utf16BE:
        return QCoreApplication::translate("herald::CsvFormat", "UTF-16 (big-endian)");
    case CsvEncoding::Windows1252:
        return QCoreApplication::translate("herald::CsvFormat", "Windows-1252 (Western European)");
    }
    return {};
}

std::optional<CsvEncoding> csvEncodingFromKey(QStringView key)
{
    const QString k = key.trimmed().toString().toLower();
    if (k == QLatin1StringView("auto") || k.isEmpty())
        return CsvEncoding::Auto;
    if (k == QLatin1StringView("utf-8") || k == QLatin1StringView("utf8"))
        return CsvEncoding::Utf8;
    if (k == QLatin1StringView("utf-16") || k == QLatin1StringView("utf16") || k == QLatin1StringView("utf-16le"))
        return CsvEncoding::Utf16LE;
    if (k == QLatin1StringView("utf-16be"))
        return CsvEncoding::Utf16BE;
    if (k == QLatin1StringView("windows-1252") || k == QLatin1StringView("cp1252") || k == QLatin1StringView("win1252"))
        return CsvEncoding::Windows1252;
    return std::nullopt;
}

QString csvDelimiterDisplayName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return QCoreApplication::translate("herald::CsvFormat", "comma");
    case u';':
        return QCoreApplication::translate("herald::CsvFormat", "semicolon");
    case u'\t':
        return QCoreApplication::translate("herald::CsvFormat", "tab");
    case u'|':
        return QCoreApplication::translate("herald::CsvFormat", "pipe");
    default:
        return QString(delimiter);
    }
}

std::optional<QChar> csvDelimiterFromKey(QStringView key)
{
    const QString k = key.toString().toLower();
    if (k == QLatin1StringView("auto") || k.isEmpty())
        return QChar();
    if (k == QLatin1StringView("comma"))
        return QLatin1Char(',');
    if (k == QLatin1StringView("semicolon"))
        return QLatin1Char(';');
    if (k == QLatin1StringView("tab") || k == QLatin1StringView("\\t"))
        return QLatin1Char('\t');
    if (k == QLatin1StringView("pipe"))
        return QLatin1Char('|');
    // Quotes and line breaks cannot separate fields.
    if (key.size() == 1 && key[0] != u'"' && key[0] != u'\r' && key[0] != u'\n')
        return key[0];
    return std::nullopt;
}

QString csvLineEndingDisplayName(CsvLineEnding lineEnding)
{
    switch (lineEnding) {
    case CsvLineEnding::None:
        return QCoreApplication::translate("herald::CsvFormat", "none (single line)");
    case CsvLineEnding::Lf:
        return QCoreApplication::translate("herald::CsvFormat", "LF (Unix, macOS)");
    case CsvLineEnding::CrLf:
        return QCoreApplication::translate("herald::CsvFormat", "CRLF (Windows)");
    case CsvLineEnding::Cr:
        return QCoreApplication::translate("herald::CsvFormat", "CR (classic Mac)");
    case CsvLineEnding::Mixed:
        return QCoreApplication::translate("herald::CsvFormat", "mixed");
    }
    return {};
}

} // namespace herald
