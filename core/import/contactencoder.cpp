#include "contactencoder.h"

#include "customfieldsjson.h"

#include <QStringEncoder>

#include <cstring>

namespace herald {

void ContactEncoder::encode(ContactRecord &record)
{
    encodeText(record, record.encoded, &m_scratch);
    record.encoded.tags.clear();
    record.encoded.newTags.clear();
    for (const QString &tag : std::as_const(record.tags))
        record.encoded.tags.append(tagIndex(tag, record.encoded));
}

void ContactEncoder::encodeText(const ContactRecord &record, EncodedContact &encoded, QByteArray *scratch)
{
    // The zone source keys once, not a new string on every row.
    static const auto zoneSourceKeys = [] {
        std::array<QString, size_t(TimeZoneSource::Workspace) + 1> keys;
        for (size_t source = 0; source < keys.size(); ++source)
            keys[source] = timeZoneSourceKey(TimeZoneSource(source));
        return keys;
    }();
    static const QString noZoneSource;
    const QString &zoneSource = record.timeZoneSource && !record.timeZone.isEmpty()
                                    ? zoneSourceKeys[size_t(*record.timeZoneSource)]
                                    : noZoneSource;
    // An empty value is stored as NULL, except the email address and its key (which an imported contact always has).
    const std::array<const QString *, EncodedContact::TimeZoneSource + 1> strings = {
        &record.email,   &record.emailKey, &record.firstName, &record.lastName, &record.company,
        &record.phone,   &record.address,  &record.city,      &record.region,   &record.postalCode,
        &record.country, &record.language, &record.timeZone,  &zoneSource};
    qsizetype length = customFieldsJsonBound(record.customFields) + 3 * record.statusNote.size();
    for (const QString *string : strings)
        length += 3 * string->size(); // the most UTF-8 a UTF-16 unit takes
    QStringEncoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QByteArray &buffer = scratch ? *scratch : encoded.text;
    if (buffer.size() < length)
        buffer.resize(length);
    char *const begin = buffer.data();
    char *out = begin;
    auto append = [&](EncodedContact::Value value, const QString &string, bool emptyIsNull) {
        if (string.isNull() || (emptyIsNull && string.isEmpty())) {
            encoded.offsets[value] = 0;
            encoded.sizes[value] = -1;
            return;
        }
        char *const start = out;
        out = utf8.appendToBuffer(out, string);
        encoded.offsets[value] = qint32(start - begin);
        encoded.sizes[value] = qint32(out - start);
    };
    append(EncodedContact::Email, record.email, false);
    append(EncodedContact::EmailKey, record.emailKey, false);
    for (int value = EncodedContact::FirstName; value <= EncodedContact::TimeZoneSource; ++value)
        append(EncodedContact::Value(value), *strings[size_t(value)], true);
    append(EncodedContact::StatusNote, record.statusNote, true);
    char *const fields = out;
    out = writeCustomFieldsJson(out, record.customFields);
    encoded.offsets[EncodedContact::Fields] = out == fields ? 0 : qint32(fields - begin);
    encoded.sizes[EncodedContact::Fields] = out == fields ? -1 : qint32(out - fields);
    if (scratch) {
        // Refilling the row's own buffer when it has room (a reused row) allocates nothing.
        if (encoded.text.isDetached() && encoded.text.capacity() >= out - begin)
            encoded.text.resize(out - begin);
        else
            encoded.text = QByteArray(out - begin, Qt::Uninitialized);
        std::memcpy(encoded.text.data(), begin, size_t(out - begin));
    } else {
        encoded.text.truncate(out - begin);
    }
}

qint32 ContactEncoder::tagIndex(const QString &name, EncodedContact &encoded)
{
    auto found = m_tagsByName.constFind(name);
    if (found == m_tagsByName.constEnd()) {
        found = m_tagsByName.insert(name, qint32(m_tagsByName.size()));
        encoded.newTags.append({*found, name});
    }
    return *found;
}

void mapAndEncode(const ContactRowMapper &mapper, ContactEncoder &encoder, const CsvRecord &record,
                  std::vector<MappedContactRow> &rows, std::vector<MappedContactRow> &spare)
{
    // A written row is refilled; its text is copied out of the record (see ContactRowMapper::map), so it may be
    // mapped on a thread of its own.
    if (spare.empty()) {
        rows.emplace_back();
    } else {
        rows.push_back(std::move(spare.back()));
        spare.pop_back();
    }
    mapper.map(record, rows.back());
    if (auto *mapped = std::get_if<ContactRowMapper::Mapped>(&rows.back()))
        encoder.encode(mapped->record);
}

} // namespace herald
