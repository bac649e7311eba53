#pragma once

#include "result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace herald {
class Workspace;
}

namespace herald::cli {

// UTC seconds as ISO 8601 ("2024-03-31T01:30:00Z") for JSON, null when 0 (never).
QJsonValue isoTime(qint64 seconds);
// UTC seconds as "2024-03-31 01:30" for tables, "" when 0.
QString tableTime(qint64 seconds);
QString tableDate(qint64 seconds);
// 0.375 -> "37.5%".
QString percent(double fraction);
// The values of a repeatable option, each also split at commas: --status a --status b,c -> a b c.
QStringList optionValues(const QCommandLineParser &parser, const QString &name);

// Workspaces filled before the activity summary existed (or by hand) have events but no summary: build it once.
Result<void> ensureActivity(Workspace &workspace);

} // namespace herald::cli
