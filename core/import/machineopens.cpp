#include "machineopens.h"

#include <algorithm>

namespace herald {
namespace {

// 8 MiB per filter: ten million events' sends keep a false "maybe" well under one in a hundred; far larger imports
// only probe more often. A key's bits all fall in one 64-bit word, so a look-up costs one cache miss, not four.
constexpr quint64 filterWords = quint64(1) << 20;
constexpr int filterHashes = 4;

quint64 bitsOf(quint64 key)
{
    quint64 bits = 0;
    for (int i = 0; i < filterHashes; ++i)
        bits |= quint64(1) << ((key >> (6 * i)) & 63);
    return bits;
}

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
        m_bits.assign(filterWords, 0); // only for imports that meet sends and opens
    m_bits[(key >> 32) & (filterWords - 1)] |= bitsOf(key);
}

bool MachineOpenFinder::Filter::mayHold(quint64 key) const
{
    if (m_bits.empty())
        return false;
    const quint64 bits = bitsOf(key);
    return (m_bits[(key >> 32) & (filterWords - 1)] & bits) == bits;
}

void MachineOpenFinder::Filter::prefetch(quint64 key) const
{
    if (!m_bits.empty())
        __builtin_prefetch(&m_bits[(key >> 32) & (filterWords - 1)]);
}

void MachineOpenFinder::prefetchProbe(EventType type, qint64 contact, qint64 campaign, qint64 at) const
{
    if (m_eventsBefore || !campaign)
        return; // every event is probed in the table: the filters are not read
    const bool send = type == EventType::Send;
    if (!send && type != EventType::Open)
        return;
    const Filter &filter = send ? m_opens : m_sends;
    const qint64 from = send ? at : at - m_seconds;
    const quint64 first = key(contact, campaign, from);
    const quint64 last = key(contact, campaign, from + m_seconds);
    filter.prefetch(first);
    if (last != first)
        filter.prefetch(last);
}

void MachineOpenFinder::prefetchRemember(EventType type, qint64 contact, qint64 campaign, qint64 at) const
{
    if (!campaign || (type != EventType::Send && type != EventType::Open))
        return;
    (type == EventType::Send ? m_sends : m_opens).prefetch(key(contact, campaign, at));
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
    const quint64 first = key(contact, campaign, from);
    const quint64 last = key(contact, campaign, to);
    return filter.mayHold(first) || (last != first && filter.mayHold(last));
}

bool MachineOpenFinder::storedSendBefore(qint64 contact, qint64 campaign, qint64 openedAt)
{
    m_findSend.bind(1, contact).bind(2, openedAt - m_seconds).bind(3, openedAt).bind(4, campaign);
    const bool found = m_findSend.step();
    m_findSend.reset();
    return found;
}

qint64 MachineOpenFinder::flagStoredOpens(qint64 contact, qint64 campaign, qint64 sentAt)
{
    m_flagOpens.bind(1, contact).bind(2, sentAt).bind(3, sentAt + m_seconds).bind(4, campaign).exec();
    return m_db.changes();
}

} // namespace herald
