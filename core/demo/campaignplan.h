#pragma once

#include "copywriter.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace herald::demo {

class Random;

// Who a campaign goes to, as the shop would pick it in its ESP.
struct Audience
{
    enum class Kind
    {
        Everyone,          // every subscribed contact
        NewsletterReaders, // subscribed contacts tagged "newsletter"
        Tagged,            // subscribed contacts with `tag`
        Countries,         // subscribed contacts whose recorded country is in `countries`
        Inactive,          // no open or click seen for `inactiveDays`, and on the list at least that long
    };
    Kind kind = Kind::Everyone;
    QString tag;
    QStringList countries;
    int inactiveDays = 0;
};

struct PlannedCampaign
{
    CampaignBrief brief;
    CampaignCopy copy;
    qint64 createdAt = 0;
    qint64 sentAt = 0; // UTC epoch seconds; recipients get it over the next few minutes
    Audience audience;
    // Hidden levers of the simulation: how much more (or less) this campaign gets read, clicked and bought from
    // than an average one.
    double openAppeal = 1.0;
    double clickAppeal = 1.0;
    double conversionBoost = 1.0;
};

// A year of campaigns in [start, until): a weekly newsletter (skipping busy, summer and Christmas weeks) and the
// small shop's calendar of sales, seasonal campaigns, launches, restocks and targeted sends. Sorted by sentAt.
std::vector<PlannedCampaign> planCampaigns(const QDate &start, const QDate &until, Random &random);

} // namespace herald::demo
