#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace herald {

// What a cell holds, so the importer knows how to read it.
enum class FieldType
{
    Text,
    Email,
    DateTime, // parsed with the profile's date formats
    Number,
    Hours,      // a UTC or DST offset in hours, e.g. Mailchimp GMTOFF "-5"
    Boolean,    // parsed with the profile's yes/no words
    Status,     // a word from the profile's status vocabulary
    TimeZone,   // an IANA zone name, any case
    Tags,       // a tag cell, parsed with the profile's tag rules
    JsonObject, // each key becomes a custom field (listmonk `attributes`)
};

// Which kind of record a column describes.
enum class RecordKind
{
    Contacts,
    Campaigns, // one row per campaign: a report with its aggregate results
    Events,    // one row per event: a send, open, click, bounce, unsubscribe, complaint or purchase
};

// One field Herald knows. Profiles name these keys; adding an ESP never adds a field.
struct HeraldField
{
    QString key;
    FieldType type = FieldType::Text;
    RecordKind record = RecordKind::Contacts;
    // Several columns may feed this field (tags are merged, yes/no flags are OR-ed); for every other field only
    // the first column wins and later ones become custom fields.
    bool combinable = false;
};

const QList<HeraldField> &heraldFields();
const HeraldField *findHeraldField(QStringView key);
// Translated name for the mapping editor.
QString heraldFieldDisplayName(QStringView key);

// Fields an export template may name besides the contact fields: the scheduled send time in several shapes.
const QStringList &scheduleFieldKeys();

QString recordKindKey(RecordKind kind);

} // namespace herald
