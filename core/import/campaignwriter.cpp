#include "campaignwriter.h"

#include <QJsonDocument>

namespace herald {

CampaignWriter::CampaignWriter(Database &db, const QString &esp, qint64 now)
    : m_db(db), m_esp(esp), m_now(now),
      m_byExternalId(db.prepare("SELECT id FROM campaigns WHERE esp = ?1 AND external_id = ?2")),
      // A campaign with another id is another campaign, even under the same name (a resend, a new version).
      m_byName(db.prepare("SELECT id FROM campaigns WHERE name = ?1 AND (?3 IS NULL OR external_id IS NULL) "
                          "ORDER BY (esp IS ?2) DESC, (external_id IS NULL) DESC, id LIMIT 1")),
      m_insert(db.prepare("INSERT INTO campaigns(name, subject, sent_at, esp, external_id, created_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")),
      m_select(
          db.prepare("SELECT name, subject, sent_at, external_id, recipients, stats FROM campaigns WHERE id = ?1")),
      m_fill(db.prepare("UPDATE campaigns SET subject = ?2, sent_at = ?3, external_id = ?4, esp = ifnull(esp, ?5) "
                        "WHERE id = ?1")),
      m_stats(db.prepare("UPDATE campaigns SET recipients = ?2, stats = ?3 WHERE id = ?1"))
{}

qint64 CampaignWriter::resolve(const CampaignRef &ref)
{
    if (ref.isEmpty())
        return 0;
    if (m_lastId && ref.externalId == m_last.externalId && ref.name == m_last.name)
        return m_lastId;
    m_lastId = find(ref).id;
    m_last = ref;
    return m_lastId;
}

CampaignWriter::Found CampaignWriter::find(const CampaignRef &ref)
{
    const QString key =
        ref.externalId.isEmpty() ? QStringLiteral("name:") + ref.name : QStringLiteral("id:") + ref.externalId;
    if (const auto cached = m_ids.constFind(key); cached != m_ids.cend())
        return {*cached, false, true, false};

    qint64 id = 0;
    if (!ref.externalId.isEmpty()) {
        m_byExternalId.bind(1, m_esp).bind(2, ref.externalId);
        if (m_byExternalId.step())
            id = m_byExternalId.columnInt(0);
        m_byExternalId.reset();
    }
    if (!id && !ref.name.isEmpty()) {
        m_byName.bind(1, ref.name).bind(2, m_esp).bindNullable(3, ref.externalId);
        if (m_byName.step())
            id = m_byName.columnInt(0);
        m_byName.reset();
    }
    Found found;
    if (id) {
        found.filledIn = fillIn(id, ref);
    } else {
        m_insert.bind(1, ref.name.isEmpty() ? ref.externalId : ref.name)
            .bindNullable(2, ref.subject)
            .bindNull(3)
            .bind(4, m_esp)
            .bindNullable(5, ref.externalId)
            .bind(6, m_now);
        if (ref.sentAt > 0)
            m_insert.bind(3, ref.sentAt);
        m_insert.exec();
        id = m_db.lastInsertId();
        found.created = true;
        ++m_created;
    }
    if (m_ids.size() > 100'000)
        m_ids.clear();
    m_ids.insert(key, id);
    found.id = id;
    return found;
}

// Fills what the stored campaign lacks. Events call it only the first time they meet a campaign in an import.
bool CampaignWriter::fillIn(qint64 id, const CampaignRef &ref)
{
    m_select.bind(1, id);
    m_select.step();
    QString subject = m_select.columnText(1);
    qint64 sentAt = m_select.isNull(2) ? 0 : m_select.columnInt(2);
    QString externalId = m_select.columnText(3);
    m_select.reset();
    bool changed = false;
    if (subject.isEmpty() && !ref.subject.isEmpty()) {
        subject = ref.subject;
        changed = true;
    }
    if (sentAt == 0 && ref.sentAt > 0) {
        sentAt = ref.sentAt;
        changed = true;
    }
    if (externalId.isEmpty() && !ref.externalId.isEmpty()) {
        externalId = ref.externalId;
        changed = true;
    }
    if (!changed)
        return false;
    m_fill.bind(1, id).bindNullable(2, subject).bindNull(3).bindNullable(4, externalId).bind(5, m_esp);
    if (sentAt > 0)
        m_fill.bind(3, sentAt);
    m_fill.exec();
    return true;
}

CampaignWriter::Outcome CampaignWriter::write(const CampaignRecord &record)
{
    Found found = find(record.campaign);
    if (found.cached)
        found.filledIn = fillIn(found.id, record.campaign);

    m_select.bind(1, found.id);
    m_select.step();
    const bool hadRecipients = !m_select.isNull(4);
    const qint64 recipients = hadRecipients ? m_select.columnInt(4) : 0;
    QJsonObject stats = QJsonDocument::fromJson(m_select.columnText(5).toUtf8()).object();
    m_select.reset();

    bool resultsChanged = record.recipients && (!hadRecipients || *record.recipients != recipients);
    for (auto it = record.stats.begin(); it != record.stats.end(); ++it) {
        if (stats.value(it.key()) != it.value()) {
            stats.insert(it.key(), it.value());
            resultsChanged = true;
        }
    }
    if (resultsChanged) {
        m_stats.bind(1, found.id);
        if (record.recipients || hadRecipients)
            m_stats.bind(2, record.recipients.value_or(recipients));
        else
            m_stats.bindNull(2);
        m_stats.bind(3, stats.isEmpty() ? QString()
                                        : QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact)));
        m_stats.exec();
    }
    if (found.created)
        return Outcome::Created;
    return resultsChanged || found.filledIn ? Outcome::Updated : Outcome::Unchanged;
}

} // namespace herald
