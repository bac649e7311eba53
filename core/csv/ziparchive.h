#pragma once

#include "result.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

namespace herald {

struct ZipMember
{
    QString name;     // path inside the archive, '/'-separated
    qint64 size = -1; // uncompressed size as the archive declares it; -1 when it does not say
};

struct ZipLimits
{
    // A member that inflates beyond this is refused (zip bombs). Reading is streamed, so memory stays constant
    // either way; the limit bounds the time a hostile archive can take.
    qint64 maxMemberBytes = qint64(4) << 30;
    int maxEntries = 100000; // listing stops with an error past this many entries
};

// Read access to a ZIP archive as ESPs hand them out (Mailchimp's audience export is a ZIP holding one CSV per
// status: subscribed, unsubscribed, cleaned).
class ZipArchive
{
public:
    // Whether the file starts like a ZIP archive (a local file header or an empty archive's end record).
    static bool looksLikeZip(const QString &path);

    // Every regular file in the archive.
    static Result<QList<ZipMember>> members(const QString &zipPath, const ZipLimits &limits = {});
    // The members that hold CSV text (.csv, .tsv, .txt), leaving out macOS resource forks and hidden files.
    static Result<QList<ZipMember>> csvMembers(const QString &zipPath, const ZipLimits &limits = {});

    // A sequential, read-only device that inflates `member` while it is read, without extracting the archive.
    // Its size() is the member's declared uncompressed size (for progress). A damaged member or one beyond the
    // size limit makes read() fail with errorString() saying so.
    static Result<std::unique_ptr<QIODevice>> openMember(const QString &zipPath, const QString &member,
                                                         const ZipLimits &limits = {});
};

} // namespace herald
