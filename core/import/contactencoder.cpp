#include "contactencoder.h"

#include "customfieldsjson.h"

#include <QStringEncoder>

namespace herald {

void ContactEncoder::encode(ContactRecord &record)
{
    encodeText(record, record.encoded);
    record.encoded.tags.clear();
    record.encoded.newTags.clear();
    for (const QString &tag : std::as_const(record.tags))
        record.encoded.tags.append(tagIndex(tag, record.encoded));
}

void ContactEncoder::encodeText(const ContactRecord &record, EncodedContact &encoded)
{
    const QString zoneSource =
        record.timeZoneSource && !record.timeZone.isEmpty() ? timeZoneSourceKey(*record.timeZoneSource) : QString();
    // An empty value is stored as NULL, except the address and its key (which an imported contact always has).
    const std::array<const QString *, EncodedContact::TimeZoneSource + 1> strings = {
        &record.email,   &record.emailKey, &record.firstName, &record.lastName, &record.company,
        &record.phone,   &record.address,  &record.city,      &record.region,   &record.postalCode,
        &record.country, &record.language, &record.timeZone,  &zoneSource};
    const QByteArray fields = customFieldsJson(record.customFields);
    qsizetype length = fields.size() + 3 * record.statusNote.size();
    for (const QString *string : strings)
        length += 3 * string->size(); // the most UTF-8 a UTF-16 unit takes
    QStringEncoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    encoded.text.resize(length);
    char *const begin = encoded.text.data();
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
    if (fields.isEmpty()) {
        encoded.offsets[EncodedContact::Fields] = 0;
        encoded.sizes[EncodedContact::Fields] = -1;
    } else {
        encoded.offsets[EncodedContact::Fields] = qint32(out - begin);
        encoded.sizes[EncodedContact::Fields] = qint32(fields.size());
        out = std::copy(fields.cbegin(), fields.cend(), out);
    }
    encoded.text.truncate(out - begin);
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

} // namespace herald
