#pragma once

#include "domain.h"

#include <QMap>
#include <QString>
#include <QTimeZone>

namespace herald {

struct EventImportPreview;

// Display texts of the activity import: what a file holds, events counted by type, times.
namespace activitytext {

// "opens", "clicks", "purchases"...: a type's events, for "4 opens".
QString typePlural(EventType type);
// "1 open", "4 opens".
QString counted(EventType type, qint64 count);
// "4 opens · 2 clicks · 1 purchase", most first; `none` when empty.
QString byType(const QMap<EventType, qint64> &counts, const QString &none = {});
// What the file is, in a word or two: "opens", "clicks", "orders", "campaign report", "activity".
QString shortKind(const EventImportPreview &preview);
// What each row of the file is: "Opens of the campaign “Spring sale”", "Shop orders, one row per product", ...
QString contents(const EventImportPreview &preview);
// "Tue 12 Mar 2024, 14:30" in `zone`.
QString dateTime(qint64 utcSeconds, const QTimeZone &zone);

} // namespace activitytext
} // namespace herald
