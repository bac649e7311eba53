#pragma once

#include "contactrecord.h"
#include "contactrowmapper.h"

#include <QHash>

#include <variant>
#include <vector>

namespace herald {

// Encodes contact records for ContactWriter on the thread that maps them, so that the writing thread, which is what
// limits a large import, spends its time in SQLite: the stored text once as UTF-8 (EncodedContact), and the tags as
// small indexes into the names the file writes, each name handed to the writer once (the writer still tells tags
// apart by folded name, in the order it meets them). One encoder per writer: the indexes mean nothing to another.
class ContactEncoder
{
public:
    void encode(ContactRecord &record);
    // The text alone (tags stay names): for records that reach the writer unencoded. `scratch` is where the text is
    // written first, at its largest size; the row keeps an exact copy (see encode()).
    static void encodeText(const ContactRecord &record, EncodedContact &encoded, QByteArray *scratch = nullptr);

private:
    qint32 tagIndex(const QString &name, EncodedContact &encoded);

    QHash<QString, qint32> m_tagsByName; // as the file writes it
    // The bound of a row's UTF-8 is some kilobytes, its text a few hundred bytes: writing it here and keeping an exact
    // copy spares a large allocation a row (glibc merges its free lists on each one) and the memory it would hold.
    QByteArray m_scratch;
};

// A contact import's row as the writer takes it: mapped and encoded, or rejected with its reason.
using MappedContactRow = std::variant<ContactRowMapper::Mapped, ImportReject>;

// The mapping step of a contact import (runImportFile's map function): `record` mapped into a new last row of `rows`,
// refilling a written row from `spare` when there is one, and encoded there, on the mapping thread, so that the
// writing thread spends its time in SQLite.
void mapAndEncode(const ContactRowMapper &mapper, ContactEncoder &encoder, const CsvRecord &record,
                  std::vector<MappedContactRow> &rows, std::vector<MappedContactRow> &spare);

} // namespace herald
