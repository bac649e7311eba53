#pragma once

#include "domain.h"
#include "profiles/columnmapping.h"
#include "profiles/espprofileregistry.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace herald {

// Which ESP (and which of its export files) a header row most likely comes from. The pointers point into the
// registry that produced the match and live as long as it does.
struct ProfileMatch
{
    const EspProfile *profile = nullptr;
    const ExportKind *exportKind = nullptr; // null when the generic profile was chosen
    double confidence = 0.0;                // 0..1
    QStringList matchedColumns;             // columns the profile knows
    QStringList unmatchedColumns;           // columns it does not (they become custom fields or are ignored)
    ColumnMapping mapping;

    // The status every row has unless a column says otherwise (Mailchimp's unsubscribed file: unsubscribed).
    std::optional<ContactStatus> impliedStatus() const { return exportKind ? exportKind->impliedStatus : std::nullopt; }
};

// Which export layouts a detection compares a header with. Contact imports look at contact files and campaign
// reports of the ESPs; activity imports at activity files and campaign reports, including the generic profile's own
// layouts (shop orders and per-send reports that no single ESP writes).
struct DetectionScope
{
    QList<RecordKind> records = {RecordKind::Contacts, RecordKind::Campaigns};
    bool genericLayouts = false;

    static DetectionScope activity() { return {{RecordKind::Events, RecordKind::Campaigns}, true}; }
};

// Every export layout in `scope` scored against `header`, best first; the generic profile appears only with its own
// layouts, and only when the scope asks for them.
QList<ProfileMatch> rankProfiles(const QStringList &header, const EspProfileRegistry &registry,
                                 const DetectionScope &scope = {});

// The best ESP for `header`, or the generic profile when no ESP is a convincing match. Headers are compared without
// case, spaces, underscores or punctuation, so odd spelling of a real layout is still recognised. Without a
// convincing layout the generic mapping describes records of the scope's first kind.
ProfileMatch detectProfile(const QStringList &header,
                           const EspProfileRegistry &registry = EspProfileRegistry::builtIn(),
                           const DetectionScope &scope = {});

// The mapping the import wizard shows for `header` read as `profile` (and its export `kind`, if known). Columns the
// profile does not know are tried against `fallback` (default: the built-in generic profile), then become custom
// fields or are ignored, as the profile says. Without a `kind`, the columns describe records of `record`.
ColumnMapping proposeMapping(const EspProfile &profile, const QStringList &header, const ExportKind *kind = nullptr,
                             const EspProfile *fallback = nullptr, RecordKind record = RecordKind::Contacts);

} // namespace herald
