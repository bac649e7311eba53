#pragma once

#include "domain.h"
#include "query/engagement.h"
#include "timezones/countrynames.h" // countryName()

#include <QColor>
#include <QIcon>
#include <QString>

namespace herald {

QColor engagementColor(EngagementLevel level);
// A small filled dot in the level's colour, like theme::statusDot. Needs a QGuiApplication.
QIcon engagementDot(EngagementLevel level);
// One sentence saying what the level means, for tooltips.
QString engagementExplanation(EngagementLevel level);

// Where a contact's time zone came from (a timeZoneSourceKey), as a short phrase: "from the postal code".
QString timeZoneSourceText(const QString &key);

// Small line icons drawn in code for the contacts page's own controls.
QIcon searchIcon();
QIcon removeIcon();

} // namespace herald
