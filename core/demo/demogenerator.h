#pragma once

#include "jobcontrol.h"
#include "result.h"

#include <QDate>

namespace herald {

class Workspace;

struct DemoOptions
{
    int contacts = 5000;
    quint64 seed = 1;
    // The demo's year of history ends on this date (UTC). Invalid means the Monday of the current week, so a
    // fresh demo looks recent while staying deterministic within a week for a given seed.
    QDate until;
};

struct DemoReport
{
    qint64 contacts = 0;
    qint64 campaigns = 0;
    qint64 events = 0;
    qint64 purchases = 0;
    double seconds = 0;
};

// The Monday of the current week (UTC): DemoOptions::until when none is given.
QDate defaultDemoUntil();

// Fills an empty workspace with a realistic, deterministic small business: contacts across the Americas, Europe
// and Asia-Pacific, a year of campaigns and per-recipient activity driven by hidden per-contact traits, which are
// stored in demo_truth. All in one transaction: a failure or a cancel leaves the workspace as it was.
Result<DemoReport> generateDemo(Workspace &workspace, const DemoOptions &options, const JobControl &control = {});

} // namespace herald
