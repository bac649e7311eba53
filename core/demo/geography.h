#pragma once

#include "names.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace herald::demo {

class Random;

// Where a demo contact lives. Every contact has a true zone; what the workspace is told is decided later.
struct Location
{
    QString countryCode; // ISO 3166-1 alpha-2
    QString region;      // state, province or region as written locally; may be empty (Singapore)
    QString city;
    QString postalCode;
    QString address; // street and number; empty where the demo has no street names for the language
    int zone = 0;    // index into zoneIds()
    bool countryHasOneZone = false;
    QString language; // "en", "pt", ...
    Culture culture = Culture::English;
    bool nativeScriptName = false;
};

// The shop's list spread over the Americas, Europe and Asia-Pacific; US cities weighted so that the zones
// follow the population (about 47% Eastern, 29% Central, 7% Mountain, 16% Pacific).
Location drawLocation(Random &random);

// A number from a range reserved for fiction (US/CA 555-01xx, UK 07700 900xxx, AU 0491 570 xxx, IE 020 910 xxxx),
// or an empty string for countries without one.
QString fictionalPhone(const QString &countryCode, Random &random);

// IANA ids of every zone a location can have; Location::zone indexes this list.
const QList<QByteArray> &zoneIds();

} // namespace herald::demo
