#pragma once

#include "contactencoder.h"
#include "contactrecord.h"
#include "customfieldsjson.h"
#include "database.h"

#include <QHash>

#include <utility>
#include <vector>

namespace herald {

enum class DuplicatePolicy
{
    Merge,     // fill only the fields the stored contact lacks
    Overwrite, // the file's values win wherever the file has one
    Skip,      // leave stored contacts alone
};

QString duplicatePolicyKey(DuplicatePolicy policy);
std::optional<DuplicatePolicy> duplicatePolicyFromKey(const QString &key);

struct ContactWriteCounts
{
    qint64 imported = 0;      // new contacts
    qint64 updated = 0;       // rows that changed a contact that existed before this import
    qint64 duplicates = 0;    // rows that repeated an address (in the file or already stored) and changed nothing new
    qint64 consentKept = 0;   // rows whose "subscribed" was refused because the contact had opted out
    qint64 statusChanges = 0; // consent ledger entries written
};

// Writes validated contact rows into the workspace inside the caller's transaction. Tags are unioned, custom
// fields merged by policy, and consent is never weakened: an unsubscribed, cleaned, bounced or complained contact
// stays so whatever the file says, while an opt-out in the file always applies. Throws SqlError.
class ContactWriter
{
public:
    enum class Outcome
    {
        Imported,
        Updated,
        Duplicate
    };

    ContactWriter(Database &db, qint64 importId, DuplicatePolicy policy, ContactStatus defaultStatus, qint64 now);

    // Records may come encoded by one ContactEncoder (the writer then binds their text in place), or not at all.
    Outcome write(const ContactRecord &record);
    // The same as write() on each record in turn, in fewer statements: new contacts go in groups of rows per
    // statement, and their tags and ledger entries too. Call flush() before reading what was written.
    std::vector<Outcome> write(const std::vector<const ContactRecord *> &records);
    // Writes the tags and ledger entries still held back.
    void flush();
    const ContactWriteCounts &counts() const { return m_counts; }

private:
    struct Stored;
    struct LedgerRow
    {
        qint64 contactId = 0;
        ContactStatus status = ContactStatus::Subscribed;
        qint64 at = 0;
        QByteArray note; // UTF-8; empty: none
    };
    void writeGroup(const ContactRecord *const *records, Outcome *outcomes);
    Outcome writeExisting(const ContactRecord &record);
    const EncodedContact &encoded(const ContactRecord &record, std::size_t slot);
    void registerTags(const ContactRecord &record);
    void bindInsert(Statement &insert, int first, const ContactRecord &record, const EncodedContact &encoded) const;
    void holdNew(qint64 id, const ContactRecord &record, ContactStatus status);
    void flushFullGroups();
    qint64 insert(const ContactRecord &record);
    bool merge(Stored &stored, const ContactRecord &record);
    void applyStatus(qint64 contactId, ContactStatus current, const ContactRecord &record);
    void writeLedger(qint64 contactId, ContactStatus status, const ContactRecord &record, bool isNew);
    bool addTags(qint64 contactId, const QStringList &tags); // true when a tag was new to the contact
    qint64 tagId(const QString &name);
    qint64 tagId(qint32 index);
    qint64 tagIdFolded(const QString &name);

    Database &m_db;
    qint64 m_importId;
    DuplicatePolicy m_policy;
    ContactStatus m_defaultStatus;
    qint64 m_now;
    ContactWriteCounts m_counts;
    QHash<QString, qint64> m_tagIds;       // case-folded name -> id: tag vocabularies are small
    QHash<QString, qint64> m_tagIdsByName; // as the file writes it, which saves folding it on every row
    // By the index the records' encoder gave the name: the name, and its id once a contact was given it (0 before:
    // tags are created in the order rows are written, as they were before the encoder).
    std::vector<QString> m_tagNames;
    std::vector<qint64> m_tagIdsByIndex;
    std::vector<EncodedContact> m_scratch; // the text of records that came unencoded, one per row of a group
    Statement m_find;
    Statement m_insert;
    Statement m_update;
    Statement m_touch;
    Statement m_setStatus;
    Statement m_ledger;
    Statement m_findTag;
    Statement m_insertTag;
    Statement m_tagContact;
    Statement m_insertGroup;
    Statement m_findId;
    Statement m_tagGroup;
    Statement m_ledgerGroup;
    Statement m_activityRange; // each new contact's contact_activity row, written as it is inserted
    std::vector<std::pair<qint64, qint64>> m_heldTags; // (contact, tag) of new contacts, not written yet
    std::vector<LedgerRow> m_heldLedger;               // ledger entries of new contacts, not written yet
};

} // namespace herald
