#pragma once

#include "result.h"

#include <QString>

namespace herald {

// Display texts the import wizard and the Imports page share.
namespace importtext {

// "from the file's time zone column", "from the country", ... for a TimeZoneSource key.
QString zoneSource(const QString &key);
// The same, short, for a table cell: "zone column", "ESP", "UTC offset", "country", "workspace".
QString zoneSourceShort(const QString &key);
// "Mailchimp"; the id itself for a profile this Herald does not know.
QString profileName(const QString &profileId);
// "Subscribed members"; empty for no kind.
QString exportKindName(const QString &profileId, const QString &kindId);
// "High (97 %)", "Medium (62 %)", "Low (30 %)".
QString confidence(double confidence);
// "line 5, column 2"; "line 5" when the whole row is at fault.
QString location(qint64 line, qint64 column);
// The error as a marketer reads it: the message, then where in which file.
QString errorText(const Error &error);
// "1.4 MB"
QString bytes(qint64 bytes);
// The summary line for a large import whose indexes the background indexer builds (indexmaintenance.h).
QString indexesDeferred();
QString indexesCaption();

} // namespace importtext
} // namespace herald
