#include "csvformat.h"

#include <QCoreApplication>

namespace herald {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("herald::CsvFormat", text);
}

} // namespace

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
        return tr("Detect automatically");
    case CsvEncoding::Utf8:
        return tr("UTF-8");
    case CsvEncoding::Utf16LE:
        return tr("UTF-16 (little-endian)");
    case CsvEncoding::Utf16BE:
        return tr("UTF-16 (big-endian)");
    case CsvEncoding::Windows1252:
        return tr("Windows-1252 (Western European)");
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
        return tr("comma");
    case u';':
        return tr("semicolon");
    case u'\t':
        return tr("tab");
    case u'|':
        return tr("pipe");
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
        return tr("none (single line)");
    case CsvLineEnding::Lf:
        return tr("LF (Unix, macOS)");
    case CsvLineEnding::CrLf:
        return tr("CRLF (Windows)");
    case CsvLineEnding::Cr:
        return tr("CR (classic Mac)");
    case CsvLineEnding::Mixed:
        return tr("mixed");
    }
    return {};
}

} // namespace herald
