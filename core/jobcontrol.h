#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace herald {

// What a long-running core job gets from whoever runs it: somewhere to report progress and a flag to
// stop early. Jobs check cancelled() in their inner loops and roll back whole when it is set.
struct JobControl
{
    // done/total in the job's own unit (rows, bytes, steps); stage is a translated, human-readable phase.
    std::function<void(qint64 done, qint64 total, const QString &stage)> progress;
    const std::atomic_bool *cancelFlag = nullptr;

    bool cancelled() const { return cancelFlag && cancelFlag->load(std::memory_order_relaxed); }
    void report(qint64 done, qint64 total, const QString &stage) const
    {
        if (progress)
            progress(done, total, stage);
    }
};

} // namespace herald
