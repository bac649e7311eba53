#include "optouts.h"

#include <algorithm>
#include <utility>

namespace herald {

void OptOutEvents::note(qint64 contactId, EventType type, qint64 occurredAt)
{
    switch (type) {
    case EventType::Unsubscribe:
        m_optOuts.push_back({contactId, occurredAt, ContactStatus::Unsubscribed});
        break;
    case EventType::Complaint:
        m_optOuts.push_back({contactId, occurredAt, ContactStatus::Complained});
        break;
    case EventType::Bounce: // hard bounces only: a soft bounce is a full mailbox, not a dead address
        m_optOuts.push_back({contactId, occurredAt, ContactStatus::Bounced});
        break;
    default:
        break;
    }
}

qint64 OptOutEvents::apply(Database &db, qint64 importId, qint64 now)
{
    if (m_optOuts.empty())
        return 0;
    // The latest opt-out of each contact; at the same second a complaint outranks a bounce, which outranks an
    // unsubscribe (the status numbers follow that order).
    std::sort(m_optOuts.begin(), m_optOuts.end(), [](const OptOut &a, const OptOut &b) {
        if (a.contactId != b.contactId)
            return a.contactId < b.contactId;
        if (a.occurredAt != b.occurredAt)
            return a.occurredAt > b.occurredAt;
        return int(a.status) > int(b.status);
    });
    Statement current = db.prepare("SELECT status, (SELECT max(occurred_at) FROM consent_events "
                                   "WHERE contact_id = ?1) FROM contacts WHERE id = ?1");
    Statement ledger =
        db.prepare("INSERT INTO consent_events(contact_id, status, occurred_at, source, import_id, note) "
                   "VALUES (?1, ?2, ?3, 'import', ?4, ?5)");
    Statement setStatus = db.prepare("UPDATE contacts SET status = ?2, updated_at = ?3 WHERE id = ?1");
    qint64 changed = 0;
    qint64 previous = 0;
    for (const OptOut &optOut : m_optOuts) {
        if (optOut.contactId == std::exchange(previous, optOut.contactId))
            continue;
        current.bind(1, optOut.contactId);
        const bool found = current.step();
        const auto status = found ? static_cast<ContactStatus>(current.columnInt(0)) : ContactStatus::Unsubscribed;
        const bool newer = found && (current.isNull(1) || optOut.occurredAt > current.columnInt(1));
        current.reset();
        if (!newer || (status != ContactStatus::Subscribed && status != ContactStatus::Pending))
            continue;
        // The note says which event it was, in the ledger's own words (not translated: it is data).
        const char *note = optOut.status == ContactStatus::Complained ? "complaint event"
                           : optOut.status == ContactStatus::Bounced  ? "hard bounce event"
                                                                      : "unsubscribe event";
        ledger.bind(1, optOut.contactId)
            .bind(2, static_cast<int>(optOut.status))
            .bind(3, optOut.occurredAt)
            .bind(4, importId)
            .bind(5, QByteArrayView(note))
            .exec();
        setStatus.bind(1, optOut.contactId).bind(2, static_cast<int>(optOut.status)).bind(3, now).exec();
        ++changed;
    }
    m_optOuts.clear();
    return changed;
}

} // namespace herald
