#pragma once

#include "domain.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace herald {

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
    // customFields as stored (customFieldsJson()), when the parsing thread encoded them already; null otherwise.
    QByteArray customFieldsJson;
};

} // namespace herald
