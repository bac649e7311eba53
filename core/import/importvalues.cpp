#include "importvalues.h"

#include <cmath>

namespace herald {

std::optional<ImportNumber> parseImportNumber(QStringView text)
{
    ImportNumber number;
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit() || c == u'.' || c == u',' || c == u'-' || c == u'+' || c == u'e' || c == u'E')
            digits += c;
        else if (c == u'%')
            number.percent = true;
        else if (!c.isSpace() && !c.isSymbol() && c != u'\'' && c != u'\u00a0')
            return std::nullopt; // letters: not a number
    }
    const qsizetype dot = digits.lastIndexOf(u'.');
    const qsizetype comma = digits.lastIndexOf(u',');
    if (dot >= 0 && comma >= 0) {
        const QChar grouping = dot > comma ? u',' : u'.';
        digits.remove(grouping);
        digits.replace(u',', u'.');
    } else if (comma >= 0) {
        // One comma followed by exactly three digits groups thousands ("1,234"); otherwise it is a decimal comma.
        const bool thousands = digits.count(u',') > 1 || digits.size() - comma - 1 == 3;
        if (thousands)
            digits.remove(u',');
        else
            digits.replace(u',', u'.');
    }
    bool ok = false;
    number.value = digits.toDouble(&ok);
    if (!ok || !std::isfinite(number.value))
        return std::nullopt;
    return number;
}

QString normalisedImportId(const QString &text)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0)
        return text;
    for (qsizetype i = dot + 1; i < text.size(); ++i)
        if (text.at(i) != u'0')
            return text;
    for (qsizetype i = 0; i < dot; ++i)
        if (!text.at(i).isDigit())
            return text;
    return text.left(dot);
}

QString syntheticCustomerAddress(const QString &customerId)
{
    const QString id = normalisedImportId(customerId.trimmed());
    if (id.isEmpty())
        return {};
    // Characters a local part cannot hold are written as =XX, so two ids never share an address.
    QString local = QStringLiteral("customer-");
    for (const QChar c : id) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_')
            local += c.toLower();
        else
            for (const char byte : QString(c).toUtf8())
                local += QStringLiteral("=%1").arg(static_cast<uchar>(byte), 2, 16, QLatin1Char('0')).toUpper();
    }
    return local + QLatin1Char('@') + syntheticAddressDomain;
}

} // namespace herald
