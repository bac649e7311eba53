#pragma once

#include "domain.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace herald {

// One column of an ESP's contact import file. `value` is a template: literal text with {placeholders}, where a
// placeholder is a Herald contact field key ("{first_name} {last_name}"), a schedule key ("{send_at_local}"),
// "{tags}", "{status}", "{attributes}" (a JSON object, for listmonk) or "{custom:Name}" (a custom field).
struct ImportColumn
{
    QString header;
    QString value;
};

// The file Herald writes so an ESP can import the contacts (with their send time) that Herald scheduled.
struct ImportLayout
{
    QString name;
    QChar delimiter = u',';
    QString encoding = QStringLiteral("UTF-8");
    bool bom = false;
    QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss"); // Qt format, for every date placeholder
    QChar tagSeparator = u',';
    bool tagQuoted = false;                    // write each tag as "tag" inside the cell (Mailchimp style)
    QString sendTimeTag;                       // template of the extra tag that carries the send time; empty for none
    QHash<ContactStatus, QString> statusWords; // for {status}; missing statuses are written as Herald's key
    QList<ImportColumn> columns;
    QList<ImportColumn> attributes; // entries of {attributes}, before the contact's custom fields
    bool attributesIncludeCustomFields = true;
};

// What the exporter knows about one contact when it writes a row.
struct ExportContact
{
    QHash<QString, QString> fields;  // Herald contact field key -> text
    QHash<QString, QDateTime> times; // Herald date-time field key -> instant
    QStringList tags;
    QList<std::pair<QString, QString>> customFields;
    ContactStatus status = ContactStatus::Subscribed;
    QDateTime sendAt;                  // the scheduled send instant; invalid when the export has no schedule
    QTimeZone zone = QTimeZone::utc(); // the contact's zone, for the *_local placeholders
};

QStringList importHeader(const ImportLayout &layout);
// The cells of one row, in header order. Fails when the contact lacks its email address.
Result<QStringList> renderImportRow(const ImportLayout &layout, const ExportContact &contact);
// Why a template cannot be rendered (an unknown placeholder, an unclosed brace), or nothing when it is fine.
std::optional<QString> importTemplateProblem(const QString &text);

} // namespace herald
