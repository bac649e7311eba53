#pragma once

#include "domain.h"

#include <QDate>

#include <map>

namespace herald {

class Workspace;

// Fills a workspace with plain SQL inserts, for UI tests, screenshots and benchmarks that must not depend on
// the demo generator. Deterministic for a given seed.
struct SampleOptions
{
    int contacts = 2500;
    int campaigns = 24; // two a month, ending at `until`
    bool events = true; // a send per subscribed contact and campaign, plus opens and clicks
    QDate until = QDate(2025, 2, 24);
    quint64 seed = 1;
};

struct SampleCounts
{
    qint64 contacts = 0;
    qint64 campaigns = 0;
    qint64 events = 0;
    std::map<ContactStatus, qint64> byStatus;
};

// Throws SqlError on failure (tests only).
SampleCounts fillSampleWorkspace(Workspace &workspace, const SampleOptions &options = {});

} // namespace herald
