#include "heraldfields.h"

#include <QCoreApplication>

#include <iterator>

namespace herald {
namespace {

struct FieldInfo
{
    const char *key;
    FieldType type;
    RecordKind record;
    bool combinable;
    const char *display;
};

constexpr auto C = RecordKind::Contacts;
constexpr auto K = RecordKind::Campaigns;
constexpr auto E = RecordKind::Events;

// Order is the order the mapping editor lists them in. QT_TRANSLATE_NOOP is spelled out: lupdate expands no macro.
constexpr FieldInfo fieldInfos[] = {
    {"email", FieldType::Email, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Email address")},
    {"first_name", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "First name")},
    {"last_name", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Last name")},
    {"full_name", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Full name")},
    {"company", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Company")},
    {"job_title", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Job title")},
    {"phone", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Phone")},
    {"address", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Street address")},
    {"address2", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Address line 2")},
    {"city", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "City")},
    {"region", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "State or region")},
    {"postal_code", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Postal code")},
    {"country", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Country")},
    {"time_zone", FieldType::TimeZone, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Time zone")},
    {"utc_offset", FieldType::Hours, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "UTC offset (hours)")},
    {"dst_offset", FieldType::Hours, C, false,
     QT_TRANSLATE_NOOP("herald::HeraldField", "Daylight saving offset (hours)")},
    {"latitude", FieldType::Number, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Latitude")},
    {"longitude", FieldType::Number, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Longitude")},
    {"language", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Language")},
    {"status", FieldType::Status, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Subscription status")},
    {"opted_out", FieldType::Boolean, C, true, QT_TRANSLATE_NOOP("herald::HeraldField", "Opted out of email (yes/no)")},
    {"hard_bounced", FieldType::Boolean, C, true, QT_TRANSLATE_NOOP("herald::HeraldField", "Hard bounced (yes/no)")},
    {"spam_complaint", FieldType::Boolean, C, true,
     QT_TRANSLATE_NOOP("herald::HeraldField", "Marked as spam (yes/no)")},
    {"marketing_consent", FieldType::Boolean, C, false,
     QT_TRANSLATE_NOOP("herald::HeraldField", "Marketing consent (yes/no)")},
    {"tags", FieldType::Tags, C, true, QT_TRANSLATE_NOOP("herald::HeraldField", "Tags")},
    {"custom_fields", FieldType::JsonObject, C, true, QT_TRANSLATE_NOOP("herald::HeraldField", "Custom fields (JSON)")},
    {"external_id", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "ID at the ESP")},
    {"created_at", FieldType::DateTime, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Created")},
    {"updated_at", FieldType::DateTime, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Last changed")},
    {"optin_at", FieldType::DateTime, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Opt-in time")},
    {"optin_ip", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Opt-in IP address")},
    {"confirmed_at", FieldType::DateTime, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Confirmation time")},
    {"confirm_ip", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Confirmation IP address")},
    {"consent_at", FieldType::DateTime, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Consent time")},
    {"unsubscribed_at", FieldType::DateTime, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Unsubscribe time")},
    {"unsubscribe_reason", FieldType::Text, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Unsubscribe reason")},
    {"cleaned_at", FieldType::DateTime, C, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Cleaned time")},

    {"campaign_name", FieldType::Text, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Campaign name")},
    {"campaign_subject", FieldType::Text, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Subject line")},
    {"campaign_list", FieldType::Text, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Audience or list")},
    {"campaign_sent_at", FieldType::DateTime, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Send time")},
    {"campaign_recipients", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Recipients")},
    {"campaign_delivered", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Delivered")},
    {"campaign_bounces_soft", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Soft bounces")},
    {"campaign_bounces_hard", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Hard bounces")},
    {"campaign_opens_unique", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Unique opens")},
    {"campaign_opens_total", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Total opens")},
    {"campaign_open_rate", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Open rate")},
    {"campaign_clicks_unique", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Unique clicks")},
    {"campaign_clicks_total", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Total clicks")},
    {"campaign_click_rate", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Click rate")},
    {"campaign_unsubscribes", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Unsubscribes")},
    {"campaign_complaints", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Spam complaints")},
    {"campaign_revenue", FieldType::Number, K, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Revenue")},
    {"campaign_external_id", FieldType::Text, K, false,
     QT_TRANSLATE_NOOP("herald::HeraldField", "Campaign ID at the ESP")},

    {"event_email", FieldType::Email, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Contact email address")},
    {"event_customer_id", FieldType::Text, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Customer ID")},
    {"event_type", FieldType::Text, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Event type")},
    {"event_time", FieldType::DateTime, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Event time")},
    {"event_campaign_id", FieldType::Text, E, false,
     QT_TRANSLATE_NOOP("herald::HeraldField", "Campaign ID at the ESP")},
    {"event_campaign_name", FieldType::Text, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Campaign name")},
    {"event_subject", FieldType::Text, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Subject line")},
    {"event_sent_at", FieldType::DateTime, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Campaign send time")},
    {"event_url", FieldType::Text, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Clicked link")},
    {"event_revenue", FieldType::Number, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Revenue")},
    {"event_order_id", FieldType::Text, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Order or invoice number")},
    {"event_quantity", FieldType::Number, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Quantity")},
    {"event_unit_price", FieldType::Number, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Unit price")},
    {"event_user_agent", FieldType::Text, E, false,
     QT_TRANSLATE_NOOP("herald::HeraldField", "User agent or email client")},
    {"event_machine", FieldType::Boolean, E, false,
     QT_TRANSLATE_NOOP("herald::HeraldField", "Machine or privacy-proxy open (yes/no)")},
    {"event_bounce_type", FieldType::Text, E, false,
     QT_TRANSLATE_NOOP("herald::HeraldField", "Bounce type (hard or soft)")},
    {"event_country", FieldType::Text, E, false, QT_TRANSLATE_NOOP("herald::HeraldField", "Country of the customer")},
};

} // namespace

const QList<HeraldField> &heraldFields()
{
    static const QList<HeraldField> fields = [] {
        QList<HeraldField> list;
        list.reserve(static_cast<qsizetype>(std::size(fieldInfos)));
        for (const FieldInfo &info : fieldInfos)
            list.append({QString::fromLatin1(info.key), info.type, info.record, info.combinable});
        return list;
    }();
    return fields;
}

const HeraldField *findHeraldField(QStringView key)
{
    for (const HeraldField &field : heraldFields())
        if (field.key == key)
            return &field;
    return nullptr;
}

QString heraldFieldDisplayName(QStringView key)
{
    for (const FieldInfo &info : fieldInfos)
        if (key == QLatin1StringView(info.key))
            return QCoreApplication::translate("herald::HeraldField", info.display);
    return key.toString();
}

const QStringList &scheduleFieldKeys()
{
    static const QStringList keys = {
        QStringLiteral("send_at_utc"),     QStringLiteral("send_at_local"),   QStringLiteral("send_date_local"),
        QStringLiteral("send_time_local"), QStringLiteral("send_hour_local"), QStringLiteral("send_weekday_local"),
    };
    return keys;
}

QString recordKindKey(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Campaigns:
        return QStringLiteral("campaigns");
    case RecordKind::Events:
        return QStringLiteral("events");
    case RecordKind::Contacts:
        break;
    }
    return QStringLiteral("contacts");
}

} // namespace herald
