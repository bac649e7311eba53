#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace herald::tz {

// Seconds east of UTC for an offset as lists write it: "-5", "5.5", "+0530", "+05:30", "UTC+2", "GMT-03:00".
// Whole quarter hours within ±14 hours only (every real zone fits). With requireMarker, bare numbers such as "5"
// are refused, so that a zone column holding "5" is not read as UTC+5.
std::optional<int> parseUtcOffset(QStringView text, bool requireMarker = false);

// "UTC+05:30", "UTC-03:00", "UTC" for messages.
QString formatUtcOffset(int offsetSeconds);

} // namespace herald::tz
