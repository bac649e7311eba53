#include "utcoffset.h"

#include <cmath>
#include <cstdlib>

namespace herald::tz {

namespace {

constexpr int maxOffset = 14 * 3600;
constexpr int quarterHour = 15 * 60;

std::optional<int> digitsValue(QStringView text)
{
    if (text.isEmpty() || text.size() > 4)
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + c.digitValue();
    }
    return value;
}

std::optional<int> unsignedOffset(QStringView body)
{
    if (const qsizetype colon = body.indexOf(u':'); colon >= 0) {
        const auto hours = digitsValue(body.left(colon));
        const auto minutes = digitsValue(body.mid(colon + 1));
        if (!hours || !minutes || colon > 2 || body.size() - colon - 1 != 2 || *minutes >= 60)
            return std::nullopt;
        return *hours * 3600 + *minutes * 60;
    }
    if (body.contains(u'.') || body.contains(u',')) {
        bool ok = false;
        const double hours = body.toString().replace(u',', u'.').toDouble(&ok);
        if (!ok || !std::isfinite(hours) || hours < 0 || hours > 14)
            return std::nullopt;
        return int(std::lround(hours * 3600));
    }
    const auto value = digitsValue(body);
    if (!value)
        return std::nullopt;
    if (body.size() <= 2)
        return *value * 3600;
    if (*value % 100 >= 60) // "+0575" is not an offset
        return std::nullopt;
    return *value / 100 * 3600 + *value % 100 * 60;
}

} // namespace

std::optional<int> parseUtcOffset(QStringView text, bool requireMarker)
{
    text = text.trimmed();
    bool marked = false;
    if (text.startsWith(u"utc", Qt::CaseInsensitive) || text.startsWith(u"gmt", Qt::CaseInsensitive)) {
        text = text.mid(3).trimmed();
        marked = true;
        if (text.isEmpty())
            return 0;
    }
    int sign = 1;
    if (!text.isEmpty() && (text.front() == u'+' || text.front() == u'-' || text.front() == u'\u2212')) {
        sign = text.front() == u'+' ? 1 : -1;
        text = text.mid(1).trimmed();
        marked = true;
    }
    if (requireMarker && !marked)
        return std::nullopt;
    const auto offset = unsignedOffset(text);
    if (!offset || *offset > maxOffset || *offset % quarterHour != 0)
        return std::nullopt;
    return sign * *offset;
}

QString formatUtcOffset(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int magnitude = std::abs(offsetSeconds);
    return QStringLiteral("UTC") + QChar(offsetSeconds < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2")
               .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
               .arg(magnitude % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace herald::tz
