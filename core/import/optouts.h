#pragma once

#include "database.h"
#include "domain.h"

#include <vector>

namespace herald {

// Opt-outs that an activity file reports as events: an unsubscribe, a spam complaint or a hard bounce moves a
// subscribed (or pending) contact to unsubscribed, complained or bounced, with a consent-ledger entry that names the
// import. Only an event newer than the contact's last consent change counts: an export lists history, and a contact
// who unsubscribed in March and signed up again in May stays subscribed. Suppressed contacts are left alone (the
// ledger already says they opted out), so consent only ever gets stronger. Events already in the workspace are not
// noted again, so a re-import changes nothing.
class OptOutEvents
{
public:
    // Called for each event the import adds; other types are ignored.
    void note(qint64 contactId, EventType type, qint64 occurredAt);

    // Applies the latest opt-out of each contact, inside the import's transaction. Returns the contacts whose status
    // changed. Throws SqlError.
    qint64 apply(Database &db, qint64 importId, qint64 now);

private:
    struct OptOut
    {
        qint64 contactId = 0;
        qint64 occurredAt = 0;
        ContactStatus status = ContactStatus::Unsubscribed;
    };
    std::vector<OptOut> m_optOuts;
};

} // namespace herald
