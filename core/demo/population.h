#pragma once

#include "copywriter.h"
#include "domain.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace herald::demo {

class Random;

// What drives a contact's behaviour in the simulation. Never shown to models; stored in demo_truth so that
// they can be checked against it.
struct ContactTraits
{
    QString persona;                        // "early riser", "lunch break", ...
    int peakHour = 12;                      // local hour of day the contact most often reads mail
    int secondPeakHour = -1;                // -1 when there is one peak
    std::array<double, 24> hourWeights{};   // local hour of day, sums to 1
    std::array<double, 7> weekdayWeights{}; // Monday first, sums to 1
    double engagement = 0;                  // chance of reading an average campaign when fully engaged
    double clickiness = 0;                  // chance of clicking an average campaign once read
    double purchaseRate = 0;                // organic orders per year while active
    double meanOrderValue = 0;
    bool machineOpener = false; // a privacy proxy fetches every delivered message within a minute
    qint64 churnedAt = 0;       // engagement fades after this time; 0 = never within the year
    double openDelayHours = 16; // how quickly reading decays with time after delivery
    qint64 addressDiesAt = 0;   // hard bounces from then on; 0 = never
    double softBounceRate = 0;
    double unsubscribeProneness = 1;
    std::array<double, productCategoryCount> interest{}; // affinity per category, mean 1
};

// One demo contact: what the workspace records about it, how it signed up, and its hidden traits.
struct DemoContact
{
    qint64 id = 0;
    QString email;
    QString emailKey;
    QString firstName;
    QString lastName;
    QString company;
    QString phone;
    QString address;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    QString timeZone; // empty when the workspace does not know it
    QString timeZoneSource;
    QString language;
    QStringList tags;
    QList<QPair<QString, QString>> fields;

    int trueZone = 0; // index into zoneIds(); known to the simulation even when timeZone is empty
    qint64 joinedAt = 0;
    ContactStatus signupStatus = ContactStatus::Subscribed; // first ledger entry
    qint64 confirmedAt = 0;                                 // double opt-in: subscribed from then on; 0 = never
    ContactStatus leftStatus = ContactStatus::Subscribed;   // unsubscribed or cleaned before the simulated year
    qint64 leftAt = 0;
    bool wholesale = false;
    ContactTraits traits;
};

// Draws the shop's list: sign-up times with growth over the year, then each contact from its own random stream.
class Population
{
public:
    Population(quint64 seed, int count, qint64 start, qint64 until);

    int count() const { return static_cast<int>(m_joinTimes.size()); }
    // Contact `index` (0-based, in sign-up order) drawn from `random`; e-mail addresses stay unique across calls.
    DemoContact draw(int index, Random &random);

private:
    QString uniqueEmail(const QString &local, const QString &domain, Random &random);

    qint64 m_start;
    qint64 m_until;
    std::vector<qint64> m_joinTimes;
    QSet<QString> m_emailKeys;
};

} // namespace herald::demo
