#include "profiles/espprofile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::EspProfile)
};

// A trailing UTC offset or zone word: "+00:00", "-0400", "Z", "+0000 UTC", " UTC", " GMT".
const QRegularExpression &trailingOffset()
{
    static const QRegularExpression re(QStringLiteral(R"((?:\s*(Z|[+-]\d{2}:?\d{2}))?(?:\s+(?:UTC|GMT))?\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Fractional seconds after hh:mm:ss, any number of digits (Go writes nanoseconds, Klaviyo microseconds).
const QRegularExpression &fractionalSeconds()
{
    static const QRegularExpression re(QStringLiteral(R"((\d{1,2}:\d{2}:\d{2})[.,](\d+))"));
    return re;
}

std::optional<int> offsetSeconds(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    if (text == u"Z" || text == u"z")
        return 0;
    const int sign = text.front() == u'-' ? -1 : 1;
    QString digits = text.mid(1).toString();
    digits.remove(u':');
    if (digits.size() != 4)
        return std::nullopt;
    const int hours = digits.left(2).toInt();
    const int minutes = digits.right(2).toInt();
    return sign * (hours * 3600 + minutes * 60);
}

QDateTime parseWithFormat(const QString &text, const QString &format)
{
    if (format == u"iso8601")
        return QDateTime::fromString(text, Qt::ISODate);
    if (format == u"unix") {
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        return ok ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()) : QDateTime();
    }
    QDateTime parsed = QDateTime::fromString(text, format);
    if (!parsed.isValid()) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid())
            parsed = QDateTime(date, QTime(0, 0));
    }
    // Qt reads "yy" as 19yy; ESPs that write two-digit years mean 1970-2069.
    if (parsed.isValid() && format.contains(u"yy") && !format.contains(u"yyyy") && parsed.date().year() < 1970)
        parsed = parsed.addYears(100);
    return parsed;
}

// How the first format writes a known instant, for error messages.
QString exampleDate(const QStringList &formats)
{
    const QDateTime sample(QDate(2015, 3, 16), QTime(14, 40, 47), QTimeZone::utc());
    if (formats.isEmpty())
        return {};
    const QString &format = formats.constFirst();
    if (format == u"iso8601")
        return sample.toString(Qt::ISODate);
    if (format == u"unix")
        return QString::number(sample.toSecsSinceEpoch());
    return QLocale::c().toString(sample, format);
}

} // namespace

QString normalizedColumnName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toCaseFolded();
    return out;
}

const ExportKind *EspProfile::exportKind(const QString &id) const
{
    for (const ExportKind &kind : m_exportKinds)
        if (kind.id == id)
            return &kind;
    return nullptr;
}

const ColumnSpec *EspProfile::columnFor(const QString &header, RecordKind record) const
{
    const QHash<QString, int> &aliases = record == RecordKind::Campaigns ? m_campaignAliases
                                         : record == RecordKind::Events  ? m_eventAliases
                                                                         : m_contactAliases;
    const auto found = aliases.constFind(normalizedColumnName(header));
    return found == aliases.cend() ? nullptr : &m_columns.at(found.value());
}

DateZone EspProfile::dateZone(const ExportKind *kind) const
{
    return kind && kind->dateZone ? *kind->dateZone : m_dateZone;
}

Result<ContactStatus> EspProfile::parseStatus(const QString &word) const
{
    const QString key = normalizedColumnName(word);
    const auto found = m_statuses.constFind(key);
    if (found != m_statuses.cend())
        return found.value();
    QStringList known = m_statuses.keys();
    std::sort(known.begin(), known.end());
    if (word.trimmed().isEmpty())
        return Error{Tr::tr("The status is empty; %1 uses: %2.").arg(m_name, known.join(QStringLiteral(", ")))};
    return Error{Tr::tr("“%1” is not a status %2 uses; it uses: %3.")
                     .arg(word.trimmed(), m_name, known.join(QStringLiteral(", ")))};
}

Result<std::optional<EventType>> EspProfile::parseEventType(const QString &word) const
{
    const auto found = m_events.constFind(normalizedColumnName(word));
    if (found != m_events.cend())
        return found.value();
    QStringList known = m_eventWords;
    std::sort(known.begin(), known.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    if (word.trimmed().isEmpty())
        return Error{Tr::tr("The event type is empty; %1 uses: %2.").arg(m_name, known.join(QStringLiteral(", ")))};
    return Error{Tr::tr("“%1” is not an event type %2 uses; it uses: %3.")
                     .arg(word.trimmed(), m_name, known.join(QStringLiteral(", ")))};
}

Result<bool> EspProfile::parseBoolean(const QString &text) const
{
    const QString key = normalizedColumnName(text);
    if (key.isEmpty() || m_falseWords.contains(key))
        return false;
    if (m_trueWords.contains(key))
        return true;
    return Error{Tr::tr("“%1” is neither yes nor no for %2.").arg(text.trimmed(), m_name)};
}

QStringList EspProfile::parseTags(const QString &cell) const
{
    QStringList items;
    QString current;
    bool inQuotes = false;
    bool wasQuoted = false;
    const auto finish = [&] {
        const QString tag = wasQuoted ? current : current.trimmed();
        if (!tag.trimmed().isEmpty() && std::none_of(items.cbegin(), items.cend(), [&](const QString &seen) {
                return seen.compare(tag, Qt::CaseInsensitive) == 0;
            }))
            items << tag;
        current.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell[i];
        if (m_tagRules.quoted && c == u'"') {
            if (inQuotes && i + 1 < cell.size() && cell[i + 1] == u'"') {
                current += u'"'; // "" inside quotes is one quote
                ++i;
            } else if (inQuotes) {
                inQuotes = false;
            } else if (current.trimmed().isEmpty()) {
                inQuotes = true;
                wasQuoted = true;
                current.clear();
            } else {
                current += c; // a stray quote inside a bare tag is part of it
            }
        } else if (c == m_tagRules.separator && !inQuotes) {
            finish();
        } else if (!(wasQuoted && !inQuotes && c.isSpace())) {
            current += c;
        }
    }
    finish();
    return items;
}

Result<QDateTime> EspProfile::parseDateTime(const QString &text, const QTimeZone &fileZone,
                                            const ExportKind *kind) const
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return Error{Tr::tr("The date is empty.")};

    std::optional<int> offset;
    const QRegularExpressionMatch tail = trailingOffset().match(value);
    if (tail.hasMatch() && tail.capturedLength() > 0 && tail.capturedStart() > 0) {
        offset = offsetSeconds(tail.captured(1));
        if (!offset && tail.captured(0).trimmed().size() >= 3) // a bare " UTC"
            offset = 0;
        value.truncate(tail.capturedStart());
    }
    int milliseconds = 0;
    const QRegularExpressionMatch fraction = fractionalSeconds().match(value);
    if (fraction.hasMatch()) {
        milliseconds = fraction.captured(2).left(3).leftJustified(3, u'0').toInt();
        value.replace(fraction.capturedStart(), fraction.capturedLength(), fraction.captured(1));
    }

    for (const QString &format : m_dateFormats) {
        QDateTime parsed = parseWithFormat(value, format);
        if (!parsed.isValid())
            continue;
        if (format == u"unix")
            return parsed;
        if (format == u"iso8601" && parsed.timeSpec() != Qt::LocalTime && !offset)
            return parsed.addMSecs(milliseconds).toUTC();
        const QDate date = parsed.date();
        const QTime time = parsed.time().addMSecs(milliseconds);
        QDateTime result;
        if (offset)
            result = QDateTime(date, time, QTimeZone(*offset));
        else if (dateZone(kind) == DateZone::Utc)
            result = QDateTime(date, time, QTimeZone::utc());
        else
            result = QDateTime(date, time, fileZone.isValid() ? fileZone : QTimeZone::utc());
        if (result.isValid())
            return result.toUTC();
    }
    return Error{Tr::tr("“%1” is not a date %2 writes; expected a date like %3.")
                     .arg(text.trimmed(), m_name, exampleDate(m_dateFormats))};
}

} // namespace herald
