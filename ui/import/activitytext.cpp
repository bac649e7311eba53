#include "activitytext.h"

#include "import/eventpreview.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace herald::activitytext {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::ActivityText)
};

// "1 open" / "7 opens": English has no catalogue to supply plural forms, so both are sources (as numbertext.cpp).
QString pick(qint64 count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(QLocale().toString(count));
}

} // namespace

QString typePlural(EventType type)
{
    switch (type) {
    case EventType::Send:
        return Tr::tr("sends");
    case EventType::Open:
        return Tr::tr("opens");
    case EventType::Click:
        return Tr::tr("clicks");
    case EventType::Bounce:
        return Tr::tr("bounces");
    case EventType::Unsubscribe:
        return Tr::tr("unsubscribes");
    case EventType::Complaint:
        return Tr::tr("spam complaints");
    case EventType::Purchase:
        return Tr::tr("purchases");
    case EventType::SoftBounce:
        return Tr::tr("soft bounces");
    }
    return {};
}

QString counted(EventType type, qint64 count)
{
    switch (type) {
    case EventType::Send:
        return pick(count, Tr::tr("1 send"), Tr::tr("%1 sends"));
    case EventType::Open:
        return pick(count, Tr::tr("1 open"), Tr::tr("%1 opens"));
    case EventType::Click:
        return pick(count, Tr::tr("1 click"), Tr::tr("%1 clicks"));
    case EventType::Bounce:
        return pick(count, Tr::tr("1 bounce"), Tr::tr("%1 bounces"));
    case EventType::Unsubscribe:
        return pick(count, Tr::tr("1 unsubscribe"), Tr::tr("%1 unsubscribes"));
    case EventType::Complaint:
        return pick(count, Tr::tr("1 spam complaint"), Tr::tr("%1 spam complaints"));
    case EventType::Purchase:
        return pick(count, Tr::tr("1 purchase"), Tr::tr("%1 purchases"));
    case EventType::SoftBounce:
        return pick(count, Tr::tr("1 soft bounce"), Tr::tr("%1 soft bounces"));
    }
    return {};
}

QString byType(const QMap<EventType, qint64> &counts, const QString &none)
{
    QList<std::pair<EventType, qint64>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > 0)
            sorted.append({it.key(), it.value()});
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[type, count] : sorted)
        parts.append(counted(type, count));
    return parts.isEmpty() ? none : parts.join(QStringLiteral(" · "));
}

QString shortKind(const EventImportPreview &preview)
{
    if (preview.record == RecordKind::Campaigns)
        return Tr::tr("campaign report");
    if (preview.fixedType == EventType::Purchase)
        return Tr::tr("orders");
    if (preview.fixedType)
        return typePlural(*preview.fixedType);
    return Tr::tr("activity");
}

QString contents(const EventImportPreview &preview)
{
    if (preview.record == RecordKind::Campaigns)
        return Tr::tr("A campaign report: one row per campaign, with its send time and results");
    if (preview.fixedType == EventType::Purchase && preview.hasOrders)
        return Tr::tr("Shop orders, one row per product; the lines of an order are added up into one purchase");
    if (preview.fixedType) {
        QString text = typePlural(*preview.fixedType);
        text[0] = text.at(0).toUpper();
        return preview.fileCampaign.isEmpty()
                   ? Tr::tr("%1, one row each").arg(text)
                   : Tr::tr("%1 of the campaign “%2”, one row each").arg(text, preview.fileCampaign);
    }
    QMap<EventType, qint64> sample;
    for (auto it = preview.sampleTypes.cbegin(); it != preview.sampleTypes.cend(); ++it)
        sample.insert(it.key(), it.value());
    const QString seen = byType(sample);
    return seen.isEmpty() ? Tr::tr("Activity of several kinds; a column says which event each row is")
                          : Tr::tr("Activity of several kinds; a column says which (first rows: %1)").arg(seen);
}

QString dateTime(qint64 utcSeconds, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSeconds, zone), QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

} // namespace herald::activitytext
