#include "contactwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace herald {
namespace {

// The stored text columns an import can fill, in the order of the SQL below.
constexpr std::array<const char *, 12> textColumns = {"first_name", "last_name", "company",   "phone",
                                                      "address",    "city",      "region",    "postal_code",
                                                      "country",    "language",  "time_zone", "time_zone_source"};

std::array<QString, 12> recordValues(const ContactRecord &record)
{
    return {record.firstName,
            record.lastName,
            record.company,
            record.phone,
            record.address,
            record.city,
            record.region,
            record.postalCode,
            record.country,
            record.language,
            record.timeZone,
            record.timeZoneSource && !record.timeZone.isEmpty() ? timeZoneSourceKey(*record.timeZoneSource)
                                                                : QString()};
}

// New contacts, their tags and their ledger entries go this many rows per statement: starting, finishing and
// resetting a statement costs about as much as inserting a row.
constexpr std::size_t groupSize = 64;

// The contact and ledger inserts share ?1 (the import) and ?2 (its time) between their rows, bound once; each row
// has its own parameters after them.
constexpr int importParameter = 1;
constexpr int nowParameter = 2;
constexpr int sharedParameters = 2;
constexpr std::string_view contactColumns =
    "contacts(email, email_key, first_name, last_name, company, phone, address, city, region, postal_code, country, "
    "language, time_zone, time_zone_source, status, fields, source_import_id, last_import_id, created_at, updated_at)";
// Per contact: email, key, the 12 text columns, status, fields, created_at.
constexpr std::string_view contactRow = "#1,#2,#3,#4,#5,#6,#7,#8,#9,#10,#11,#12,#13,#14,#15,#16,?1,?1,#17,?2";
constexpr int contactParameters = 17;
// Per entry: contact, status, time, note.
constexpr std::string_view ledgerRow = "#1,#2,#3,'import',?1,#4";
constexpr int ledgerParameters = 4;

// "head VALUES (row), (row) ... tail" for `rows` rows, where "#k" in `row` stands for the row's k-th parameter: ?n
// numbered from `first`, `own` per row.
std::string valuesSql(std::string_view head, std::string_view row, int first, int own, std::size_t rows,
                      std::string_view tail)
{
    std::string sql(head);
    sql += " VALUES ";
    for (std::size_t r = 0; r < rows; ++r) {
        sql += r ? ",(" : "(";
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (row[i] != '#') {
                sql += row[i];
                continue;
            }
            int k = 0;
            while (i + 1 < row.size() && row[i + 1] >= '0' && row[i + 1] <= '9')
                k = k * 10 + (row[++i] - '0');
            sql += '?' + std::to_string(std::size_t(first) + r * std::size_t(own) + std::size_t(k) - 1);
        }
        sql += ')';
    }
    sql += tail;
    return sql;
}

std::string contactInsertSql(std::string_view verb, std::size_t rows, std::string_view tail)
{
    std::string head(verb);
    head += ' ';
    head += contactColumns;
    return valuesSql(head, contactRow, sharedParameters + 1, contactParameters, rows, tail);
}

void bindText(Statement &statement, int index, const EncodedContact &encoded, EncodedContact::Value value)
{
    if (encoded.isNull(value))
        statement.bindNull(index);
    else
        statement.bindStatic(index, encoded.value(value));
}

QByteArray noteOf(const ContactRecord &record)
{
    if (record.encoded.isEncoded())
        return record.encoded.value(EncodedContact::StatusNote).toByteArray();
    return record.statusNote.isEmpty() ? QByteArray() : record.statusNote.toUtf8();
}

void bindJson(Statement &statement, int index, const QByteArray &json)
{
    if (json.isEmpty())
        statement.bindNull(index);
    else
        statement.bind(index, QByteArrayView(json));
}

constexpr int zoneIndex = 10;
constexpr int zoneSourceIndex = 11;

} // namespace

QString duplicatePolicyKey(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Merge:
        return QStringLiteral("merge");
    case DuplicatePolicy::Overwrite:
        return QStringLiteral("overwrite");
    case DuplicatePolicy::Skip:
        return QStringLiteral("skip");
    }
    return {};
}

std::optional<DuplicatePolicy> duplicatePolicyFromKey(const QString &key)
{
    for (DuplicatePolicy policy : {DuplicatePolicy::Merge, DuplicatePolicy::Overwrite, DuplicatePolicy::Skip})
        if (key.compare(duplicatePolicyKey(policy), Qt::CaseInsensitive) == 0)
            return policy;
    return std::nullopt;
}

struct ContactWriter::Stored
{
    qint64 id = 0;
    std::array<QString, 12> values;
    ContactStatus status = ContactStatus::Subscribed;
    QJsonObject fields;
    qint64 lastImportId = 0;
};

ContactWriter::ContactWriter(Database &db, qint64 importId, DuplicatePolicy policy, ContactStatus defaultStatus,
                             qint64 now)
    : m_db(db), m_importId(importId), m_policy(policy), m_defaultStatus(defaultStatus), m_now(now),
      m_find(db.prepare("SELECT id, first_name, last_name, company, phone, address, city, region, postal_code, "
                        "country, language, time_zone, time_zone_source, status, fields, last_import_id "
                        "FROM contacts WHERE email_key = ?1")),
      m_insert(db.prepare(contactInsertSql("INSERT INTO", 1, " ON CONFLICT(email_key) DO NOTHING"))),
      m_update(db.prepare("UPDATE contacts SET first_name = ?2, last_name = ?3, company = ?4, phone = ?5, "
                          "address = ?6, city = ?7, region = ?8, postal_code = ?9, country = ?10, language = ?11, "
                          "time_zone = ?12, time_zone_source = ?13, fields = ?14, last_import_id = ?15, "
                          "updated_at = ?16 WHERE id = ?1")),
      m_touch(db.prepare("UPDATE contacts SET last_import_id = ?2 WHERE id = ?1")),
      m_setStatus(db.prepare("UPDATE contacts SET status = ?2, updated_at = ?3 WHERE id = ?1")),
      m_ledger(db.prepare("INSERT INTO consent_events(contact_id, status, occurred_at, source, import_id, note) "
                          "VALUES (?1, ?2, ?3, 'import', ?4, ?5)")),
      m_findTag(db.prepare("SELECT id FROM tags WHERE name = ?1")),
      m_insertTag(db.prepare("INSERT INTO tags(name) VALUES (?1)")),
      m_tagContact(db.prepare("INSERT OR IGNORE INTO contact_tags(contact_id, tag_id) VALUES (?1, ?2)")),
      // OR IGNORE rather than ON CONFLICT DO NOTHING: the same for email_key, and with no constraint left that could
      // abort halfway (the values bound are never NULL), SQLite keeps no statement journal for the group.
      m_insertGroup(db.prepare(contactInsertSql("INSERT OR IGNORE INTO", groupSize, ""))),
      m_findId(db.prepare("SELECT id FROM contacts WHERE email_key = ?1")),
      m_tagGroup(db.prepare(
          valuesSql("INSERT OR IGNORE INTO contact_tags(contact_id, tag_id)", "#1,#2", 1, 2, groupSize, ""))),
      m_ledgerGroup(
          db.prepare(valuesSql("INSERT OR IGNORE INTO consent_events(contact_id, status, occurred_at, source, "
                               "import_id, note)",
                               ledgerRow, sharedParameters, ledgerParameters, groupSize, ""))),
      // The insert triggers are off during a bulk import (contacttriggers.h): the rows a statement just added, read
      // back from pages still in the cache, get their activity rows here while the parsing thread is busy, rather than
      // all at once after the last row.
      m_activityRange(db.prepare("INSERT OR IGNORE INTO contact_activity(contact_id) "
                                 "SELECT id FROM contacts WHERE id > ?1 AND id <= ?2"))
{
    m_scratch.resize(groupSize);
    // Bindings outlive resets: these hold for every run of the statements.
    for (Statement *statement : {&m_insert, &m_insertGroup})
        statement->bind(importParameter, importId).bind(nowParameter, now);
    m_ledgerGroup.bind(importParameter, importId);
}

ContactWriter::Outcome ContactWriter::write(const ContactRecord &record)
{
    flush();
    registerTags(record);
    // Most rows of a large import are new: the insert itself finds out whether the address is there.
    const ContactStatus status = record.status.value_or(m_defaultStatus);
    if (const qint64 id = insert(record)) {
        addTags(id, record.tags);
        writeLedger(id, status, record, true);
        ++m_counts.imported;
        return Outcome::Imported;
    }
    return writeExisting(record);
}

std::vector<ContactWriter::Outcome> ContactWriter::write(const std::vector<const ContactRecord *> &records)
{
    std::vector<Outcome> outcomes(records.size());
    // Before any row is written: a repeat further up a group may be written after the new rows below it.
    for (const ContactRecord *record : records)
        registerTags(*record);
    std::size_t done = 0;
    for (; done + groupSize <= records.size(); done += groupSize)
        writeGroup(records.data() + done, outcomes.data() + done);
    for (; done < records.size(); ++done)
        outcomes[done] = write(*records[done]);
    return outcomes;
}

void ContactWriter::writeGroup(const ContactRecord *const *records, Outcome *outcomes)
{
    for (std::size_t row = 0; row < groupSize; ++row)
        bindInsert(m_insertGroup, sharedParameters + 1 + int(row) * contactParameters, *records[row],
                   encoded(*records[row], row));
    m_insertGroup.exec();
    const qint64 added = m_db.changes();
    const qint64 last = m_db.lastInsertId();
    if (added > 0)
        m_activityRange.bind(1, last - added).bind(2, last).exec();
    // The rows a statement inserts get consecutive rowids, in the order of its VALUES.
    std::array<qint64, groupSize> ids{};
    if (added == qint64(groupSize)) {
        for (std::size_t row = 0; row < groupSize; ++row)
            ids[row] = last - qint64(groupSize) + 1 + qint64(row);
    } else if (added > 0) {
        // Some addresses were there already, or twice in the group: a row is new when its address now has one of
        // the ids this statement gave out, and the first of two rows with one address took it.
        std::vector<qint64> claimed;
        for (std::size_t row = 0; row < groupSize; ++row) {
            m_findId.bind(1, records[row]->emailKey);
            const qint64 id = m_findId.step() ? m_findId.columnInt(0) : 0;
            m_findId.reset();
            if (id > last - added && id <= last && std::find(claimed.begin(), claimed.end(), id) == claimed.end()) {
                claimed.push_back(id);
                ids[row] = id;
            }
        }
    }
    for (std::size_t row = 0; row < groupSize; ++row) {
        if (!ids[row])
            continue;
        holdNew(ids[row], *records[row], records[row]->status.value_or(m_defaultStatus));
        ++m_counts.imported;
        outcomes[row] = Outcome::Imported;
    }
    flushFullGroups();
    // The others merge into stored contacts, after this group's new contacts have their tags: a repeat of an address
    // further down the group finds them, as it would row by row.
    for (std::size_t row = 0; row < groupSize; ++row)
        if (!ids[row])
            outcomes[row] = writeExisting(*records[row]);
}

void ContactWriter::holdNew(qint64 id, const ContactRecord &record, ContactStatus status)
{
    if (record.encoded.isEncoded()) {
        for (const qint32 tag : record.encoded.tags)
            m_heldTags.emplace_back(id, tagId(tag));
    } else {
        for (const QString &tag : record.tags)
            m_heldTags.emplace_back(id, tagId(tag));
    }
    const qint64 at = record.statusAt > 0 ? record.statusAt : (record.createdAt > 0 ? record.createdAt : m_now);
    m_heldLedger.push_back({id, status, at, noteOf(record)});
    ++m_counts.statusChanges;
}

void ContactWriter::flushFullGroups()
{
    std::size_t tags = 0;
    for (; tags + groupSize <= m_heldTags.size(); tags += groupSize) {
        for (std::size_t row = 0; row < groupSize; ++row)
            m_tagGroup.bind(int(row) * 2 + 1, m_heldTags[tags + row].first)
                .bind(int(row) * 2 + 2, m_heldTags[tags + row].second);
        m_tagGroup.exec();
    }
    m_heldTags.erase(m_heldTags.begin(), m_heldTags.begin() + std::ptrdiff_t(tags));
    std::size_t entries = 0;
    for (; entries + groupSize <= m_heldLedger.size(); entries += groupSize) {
        for (std::size_t row = 0; row < groupSize; ++row) {
            const LedgerRow &entry = m_heldLedger[entries + row];
            const int first = sharedParameters + int(row) * ledgerParameters;
            m_ledgerGroup.bind(first, entry.contactId)
                .bind(first + 1, static_cast<int>(entry.status))
                .bind(first + 2, entry.at);
            if (entry.note.isEmpty())
                m_ledgerGroup.bindNull(first + 3);
            else
                m_ledgerGroup.bindStatic(first + 3, entry.note);
        }
        m_ledgerGroup.exec();
        if (m_db.changes() != qint64(groupSize)) // OR IGNORE only spares the statement journal: nothing may be lost
            throw SqlError(1, QStringLiteral("a consent ledger entry was not written"));
    }
    m_heldLedger.erase(m_heldLedger.begin(), m_heldLedger.begin() + std::ptrdiff_t(entries));
}

void ContactWriter::flush()
{
    flushFullGroups();
    for (const auto &[contact, tag] : m_heldTags)
        m_tagContact.bind(1, contact).bind(2, tag).exec();
    m_heldTags.clear();
    for (const LedgerRow &entry : m_heldLedger) {
        m_ledger.bind(1, entry.contactId).bind(2, static_cast<int>(entry.status)).bind(3, entry.at).bind(4, m_importId);
        if (entry.note.isEmpty())
            m_ledger.bindNull(5);
        else
            m_ledger.bindStatic(5, entry.note);
        m_ledger.exec();
    }
    m_heldLedger.clear();
}

ContactWriter::Outcome ContactWriter::writeExisting(const ContactRecord &record)
{
    flush();
    m_find.bind(1, record.emailKey);
    if (!m_find.step()) {
        m_find.reset();
        throw SqlError(1, QStringLiteral("the contact the import collided with is gone"));
    }
    Stored stored;
    stored.id = m_find.columnInt(0);
    for (int i = 0; i < 12; ++i)
        stored.values[static_cast<size_t>(i)] = m_find.columnText(i + 1);
    stored.status = static_cast<ContactStatus>(m_find.columnInt(13));
    if (!m_find.isNull(14))
        stored.fields = QJsonDocument::fromJson(m_find.columnText(14).toUtf8()).object();
    stored.lastImportId = m_find.columnInt(15);
    m_find.reset();

    const bool repeatInFile = stored.lastImportId == m_importId;
    bool changed = false;
    bool rowWritten = false;
    if (m_policy != DuplicatePolicy::Skip) {
        if (merge(stored, record)) {
            m_update.bind(1, stored.id);
            for (int i = 0; i < 12; ++i)
                m_update.bind(i + 2, stored.values[static_cast<size_t>(i)]);
            bindJson(m_update, 14, customFieldsJson(stored.fields));
            m_update.bind(15, m_importId).bind(16, m_now).exec();
            changed = rowWritten = true;
        }
        changed = addTags(stored.id, record.tags) || changed;
    }
    const qint64 ledgerBefore = m_counts.statusChanges;
    if (record.status)
        applyStatus(stored.id, stored.status, record);
    changed = changed || m_counts.statusChanges > ledgerBefore;
    if (!rowWritten && !repeatInFile)
        m_touch.bind(1, stored.id).bind(2, m_importId).exec();

    if (repeatInFile || !changed) {
        ++m_counts.duplicates;
        return Outcome::Duplicate;
    }
    ++m_counts.updated;
    return Outcome::Updated;
}

const EncodedContact &ContactWriter::encoded(const ContactRecord &record, std::size_t slot)
{
    if (record.encoded.isEncoded())
        return record.encoded;
    ContactEncoder::encodeText(record, m_scratch[slot]);
    return m_scratch[slot];
}

void ContactWriter::registerTags(const ContactRecord &record)
{
    for (const auto &[index, name] : record.encoded.newTags) {
        if (m_tagNames.size() <= size_t(index)) {
            m_tagNames.resize(size_t(index) + 1);
            m_tagIdsByIndex.resize(size_t(index) + 1);
        }
        m_tagNames[size_t(index)] = name;
    }
}

qint64 ContactWriter::tagId(qint32 index)
{
    qint64 &id = m_tagIdsByIndex[size_t(index)];
    if (!id)
        id = tagId(m_tagNames[size_t(index)]);
    return id;
}

// The text is bound in place: `encoded` lives until the statement has run.
void ContactWriter::bindInsert(Statement &insert, int first, const ContactRecord &record,
                               const EncodedContact &encoded) const
{
    for (int value = EncodedContact::Email; value <= EncodedContact::TimeZoneSource; ++value)
        bindText(insert, first + value, encoded, EncodedContact::Value(value));
    insert.bind(first + 14, static_cast<int>(record.status.value_or(m_defaultStatus)));
    bindText(insert, first + 15, encoded, EncodedContact::Fields);
    insert.bind(first + 16, record.createdAt > 0 ? record.createdAt : m_now);
}

qint64 ContactWriter::insert(const ContactRecord &record)
{
    bindInsert(m_insert, sharedParameters + 1, record, encoded(record, 0));
    m_insert.exec();
    if (m_db.changes() == 0)
        return 0;
    const qint64 id = m_db.lastInsertId();
    m_activityRange.bind(1, id - 1).bind(2, id).exec();
    return id;
}

bool ContactWriter::merge(Stored &stored, const ContactRecord &record)
{
    const std::array<QString, 12> incoming = recordValues(record);
    bool changed = false;
    auto take = [&](size_t i) {
        if (incoming[i].isEmpty())
            return false;
        const bool want =
            m_policy == DuplicatePolicy::Overwrite ? incoming[i] != stored.values[i] : stored.values[i].isEmpty();
        if (want)
            stored.values[i] = incoming[i];
        return want;
    };
    for (size_t i = 0; i < textColumns.size(); ++i) {
        if (i == zoneIndex || i == zoneSourceIndex)
            continue;
        changed = take(i) || changed;
    }
    // A zone and where it came from travel together.
    if (take(zoneIndex)) {
        stored.values[zoneSourceIndex] = incoming[zoneSourceIndex];
        changed = true;
    }
    for (const auto &[name, value] : record.customFields) {
        if (value.isEmpty())
            continue;
        const QString current = stored.fields.value(name).toString();
        const bool want = m_policy == DuplicatePolicy::Overwrite ? current != value : current.isEmpty();
        if (want) {
            stored.fields.insert(name, value);
            changed = true;
        }
    }
    return changed;
}

void ContactWriter::applyStatus(qint64 contactId, ContactStatus current, const ContactRecord &record)
{
    const ContactStatus requested = *record.status;
    if (requested == current)
        return;
    if (!isSuppressed(requested)) {
        if (isSuppressed(current)) {
            ++m_counts.consentKept; // an import never re-subscribes someone who opted out
            return;
        }
        if (current == ContactStatus::Subscribed && requested == ContactStatus::Pending)
            return; // confirmation already happened
    }
    writeLedger(contactId, requested, record, false);
    m_setStatus.bind(1, contactId).bind(2, static_cast<int>(requested)).bind(3, m_now).exec();
}

void ContactWriter::writeLedger(qint64 contactId, ContactStatus status, const ContactRecord &record, bool isNew)
{
    const qint64 at =
        record.statusAt > 0 ? record.statusAt : (isNew && record.createdAt > 0 ? record.createdAt : m_now);
    m_ledger.bind(1, contactId)
        .bind(2, static_cast<int>(status))
        .bind(3, at)
        .bind(4, m_importId)
        .bindNullable(5, record.statusNote)
        .exec();
    ++m_counts.statusChanges;
}

bool ContactWriter::addTags(qint64 contactId, const QStringList &tags)
{
    bool added = false;
    for (const QString &tag : tags) {
        m_tagContact.bind(1, contactId).bind(2, tagId(tag)).exec();
        added = added || m_db.changes() > 0;
    }
    return added;
}

qint64 ContactWriter::tagId(const QString &name)
{
    if (const auto found = m_tagIdsByName.constFind(name); found != m_tagIdsByName.constEnd())
        return *found;
    const qint64 id = tagIdFolded(name);
    m_tagIdsByName.insert(name, id);
    return id;
}

qint64 ContactWriter::tagIdFolded(const QString &name)
{
    const QString key = name.trimmed().toCaseFolded();
    if (const auto found = m_tagIds.constFind(key); found != m_tagIds.constEnd())
        return *found;
    qint64 id = 0;
    m_findTag.bind(1, name.trimmed());
    if (m_findTag.step()) {
        id = m_findTag.columnInt(0);
        m_findTag.reset();
    } else {
        m_findTag.reset();
        m_insertTag.bind(1, name.trimmed()).exec();
        id = m_db.lastInsertId();
    }
    m_tagIds.insert(key, id);
    return id;
}

} // namespace herald
