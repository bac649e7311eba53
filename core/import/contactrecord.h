#pragma once

#include "domain.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <array>
#include <optional>

namespace herald {

// A new contact's stored text as UTF-8 in one buffer, encoded on the parsing thread (ContactEncoder) so that the
// writing thread binds it in place instead of converting and copying a dozen strings a row.
struct EncodedContact
{
    // In the order of the contacts columns the writer fills; FirstName to TimeZoneSource are its text columns.
    enum Value
    {
        Email,
        EmailKey,
        FirstName,
        LastName,
        Company,
        Phone,
        Address,
        City,
        Region,
        PostalCode,
        Country,
        Language,
        TimeZone,
        TimeZoneSource,
        Fields,
        StatusNote,
        ValueCount
    };

    QByteArray text;
    std::array<qint32, ValueCount> offsets{};
    std::array<qint32, ValueCount> sizes{}; // -1: NULL
    // The row's tags as indexes into its encoder's tag names, and the names this row is the first to use (rare).
    QVarLengthArray<qint32, 4> tags;
    QList<QPair<qint32, QString>> newTags;

    bool isEncoded() const { return !text.isNull(); }
    bool isNull(Value value) const { return sizes[value] < 0; }
    QByteArrayView value(Value value) const
    {
        return isNull(value) ? QByteArrayView() : QByteArrayView(text.constData() + offsets[value], sizes[value]);
    }
};

// One contact as read from an import file, validated and normalised. A null QString means "not in the file";
// the writer never blanks a stored value with it.
struct ContactRecord
{
    qint64 line = 0; // where the row started in the file, for messages
    QString email;   // valid, normalised (see checkEmail)
    QString emailKey;

    QString firstName;
    QString lastName;
    QString company;
    QString phone;
    QString address;
    QString city;
    QString region;
    QString postalCode;
    QString country; // ISO 3166 alpha-2
    QString language;
    QString timeZone; // IANA id
    std::optional<TimeZoneSource> timeZoneSource;

    std::optional<ContactStatus> status; // as the file states it; the writer protects consent
    qint64 statusAt = 0;                 // when that status took effect (UTC seconds); 0: the import's time
    QString statusNote;                  // e.g. an unsubscribe reason
    qint64 createdAt = 0;                // signup time if the file has one; 0: unknown

    QStringList tags;
    QList<QPair<QString, QString>> customFields;
    // The values above as a new contact stores them, when the parsing thread encoded them already; empty otherwise.
    EncodedContact encoded;
    // The text the members above view, when an import filled the record (ContactRowMapper::map into a row): they
    // are valid while this record lives and is not refilled; anything that keeps one longer copies its characters.
    QString text;
};

} // namespace herald
