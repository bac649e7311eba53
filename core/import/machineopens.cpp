#include "machineopens.h"

#include <algorithm>

namespace herald {
namespace {

// 8 MiB per filter: ten million events' sends keep a false "maybe" near one in a hundred; far larger imports only
// probe more often.
constexpr quint64 filterBits = quint64(1) << 26;
constexpr int filterHashes = 4;

quint64 mix(quint64 x)
{
    // splitmix64's finaliser: contact and campaign ids are small consecutive numbers, the bits must not be.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

} // namespace

void MachineOpenFinder::Filter::add(quint64 key)
{
    if (m_bits.empty())
        m_bits.assign(filterBits / 64, 0); // only for imports that meet sends and opens
    const quint64 step = (key >> 32) | 1;
    for (int i = 0; i < filterHashes; ++i) {
        const quint64 bit = (key + quint64(i) * step) & (filterBits - 1);
        m_bits[bit / 64] |= quint64(1) << (bit % 64);
    }
}

bool MachineOpenFinder::Filter::mayHold(quint64 key) const
{
    if (m_bits.empty())
        return false;
    const quint64 step = (key >> 32) | 1;
    for (int i = 0; i < filterHashes; ++i) {
        const quint64 bit = (key + quint64(i) * step) & (filterBits - 1);
        if (!(m_bits[bit / 64] & (quint64(1) << (bit % 64))))
            return false;
    }
    return true;
}

MachineOpenFinder::MachineOpenFinder(Database &db, int seconds)
    : m_db(db), m_seconds(seconds), m_slotSeconds(qint64(std::max(seconds, 0)) + 1),
      m_eventsBefore(db.scalarInt("SELECT EXISTS (SELECT 1 FROM events)") != 0),
      // The events' own type numbers (domain.h): 0 send, 1 open. Both find their rows through the natural key,
      // which starts with (contact_id, occurred_at).
      m_findSend(db.prepare("SELECT 1 FROM events WHERE contact_id = ?1 AND occurred_at BETWEEN ?2 AND ?3 "
                            "AND type = 0 AND campaign_id = ?4 LIMIT 1")),
      m_flagOpens(db.prepare("UPDATE events SET machine = 1 WHERE contact_id = ?1 AND occurred_at BETWEEN ?2 AND ?3 "
                             "AND type = 1 AND campaign_id = ?4 AND machine = 0"))
{}

quint64 MachineOpenFinder::key(qint64 contact, qint64 campaign, qint64 at) const
{
    const qint64 slot = at >= 0 ? at / m_slotSeconds : (at + 1) / m_slotSeconds - 1;
    return mix(mix(quint64(contact) * 0x9e3779b97f4a7c15ULL ^ quint64(campaign)) ^ quint64(slot));
}

bool MachineOpenFinder::mayHold(const Filter &filter, qint64 contact, qint64 campaign, qint64 from, qint64 to) const
{
    // A slot is longer than the rule's window, so [from, to] touches one slot or two.
    return filter.mayHold(key(contact, campaign, from)) || filter.mayHold(key(contact, campaign, to));
}

bool MachineOpenFinder::storedSendBefore(qint64 contact, qint64 campaign, qint64 openedAt)
{
    const qint64 from = openedAt - m_seconds;
    if (!m_eventsBefore && !mayHold(m_sends, contact, campaign, from, openedAt))
        return false;
    m_findSend.bind(1, contact).bind(2, from).bind(3, openedAt).bind(4, campaign);
    const bool found = m_findSend.step();
    m_findSend.reset();
    return found;
}

qint64 MachineOpenFinder::flagStoredOpens(qint64 contact, qint64 campaign, qint64 sentAt)
{
    const qint64 to = sentAt + m_seconds;
    if (!m_eventsBefore && !mayHold(m_opens, contact, campaign, sentAt, to))
        return 0;
    m_flagOpens.bind(1, contact).bind(2, sentAt).bind(3, to).bind(4, campaign).exec();
    return m_db.changes();
}

} // namespace herald
