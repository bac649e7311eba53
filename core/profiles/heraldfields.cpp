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

#define HF(text) QT_TRANSLATE_NOOP("herald::HeraldField", text)

// Order is the order the mapping editor lists them in.
constexpr FieldInfo fieldInfos[] = {
    {"email", FieldType::Email, C, false, HF("Email address")},
    {"first_name", FieldType::Text, C, false, HF("First name")},
    {"last_name", FieldType::Text, C, false, HF("Last name")},
    {"full_name", FieldType::Text, C, false, HF("Full name")},
    {"company", FieldType::Text, C, false, HF("Company")},
    {"job_title", FieldType::Text, C, false, HF("Job title")},
    {"phone", FieldType::Text, C, false, HF("Phone")},
    {"address", FieldType::Text, C, false, HF("Street address")},
    {"address2", FieldType::Text, C, false, HF("Address line 2")},
    {"city", FieldType::Text, C, false, HF("City")},
    {"region", FieldType::Text, C, false, HF("State or region")},
    {"postal_code", FieldType::Text, C, false, HF("Postal code")},
    {"country", FieldType::Text, C, false, HF("Country")},
    {"time_zone", FieldType::TimeZone, C, false, HF("Time zone")},
    {"utc_offset", FieldType::Hours, C, false, HF("UTC offset (hours)")},
    {"dst_offset", FieldType::Hours, C, false, HF("Daylight saving offset (hours)")},
    {"latitude", FieldType::Number, C, false, HF("Latitude")},
    {"longitude", FieldType::Number, C, false, HF("Longitude")},
    {"language", FieldType::Text, C, false, HF("Language")},
    {"status", FieldType::Status, C, false, HF("Subscription status")},
    {"opted_out", FieldType::Boolean, C, true, HF("Opted out of email (yes/no)")},
    {"hard_bounced", FieldType::Boolean, C, true, HF("Hard bounced (yes/no)")},
    {"spam_complaint", FieldType::Boolean, C, true, HF("Marked as spam (yes/no)")},
    {"marketing_consent", FieldType::Boolean, C, false, HF("Marketing consent (yes/no)")},
    {"tags", FieldType::Tags, C, true, HF("Tags")},
    {"custom_fields", FieldType::JsonObject, C, true, HF("Custom fields (JSON)")},
    {"external_id", FieldType::Text, C, false, HF("ID at the ESP")},
    {"created_at", FieldType::DateTime, C, false, HF("Created")},
    {"updated_at", FieldType::DateTime, C, false, HF("Last changed")},
    {"optin_at", FieldType::DateTime, C, false, HF("Opt-in time")},
    {"optin_ip", FieldType::Text, C, false, HF("Opt-in IP address")},
    {"confirmed_at", FieldType::DateTime, C, false, HF("Confirmation time")},
    {"confirm_ip", FieldType::Text, C, false, HF("Confirmation IP address")},
    {"consent_at", FieldType::DateTime, C, false, HF("Consent time")},
    {"unsubscribed_at", FieldType::DateTime, C, false, HF("Unsubscribe time")},
    {"unsubscribe_reason", FieldType::Text, C, false, HF("Unsubscribe reason")},
    {"cleaned_at", FieldType::DateTime, C, false, HF("Cleaned time")},

    {"campaign_name", FieldType::Text, K, false, HF("Campaign name")},
    {"campaign_subject", FieldType::Text, K, false, HF("Subject line")},
    {"campaign_list", FieldType::Text, K, false, HF("Audience or list")},
    {"campaign_sent_at", FieldType::DateTime, K, false, HF("Send time")},
    {"campaign_recipients", FieldType::Number, K, false, HF("Recipients")},
    {"campaign_delivered", FieldType::Number, K, false, HF("Delivered")},
    {"campaign_bounces_soft", FieldType::Number, K, false, HF("Soft bounces")},
    {"campaign_bounces_hard", FieldType::Number, K, false, HF("Hard bounces")},
    {"campaign_opens_unique", FieldType::Number, K, false, HF("Unique opens")},
    {"campaign_opens_total", FieldType::Number, K, false, HF("Total opens")},
    {"campaign_open_rate", FieldType::Number, K, false, HF("Open rate")},
    {"campaign_clicks_unique", FieldType::Number, K, false, HF("Unique clicks")},
    {"campaign_clicks_total", FieldType::Number, K, false, HF("Total clicks")},
    {"campaign_click_rate", FieldType::Number, K, false, HF("Click rate")},
    {"campaign_unsubscribes", FieldType::Number, K, false, HF("Unsubscribes")},
    {"campaign_complaints", FieldType::Number, K, false, HF("Spam complaints")},
    {"campaign_revenue", FieldType::Number, K, false, HF("Revenue")},
    {"campaign_external_id", FieldType::Text, K, false, HF("Campaign ID at the ESP")},

    {"event_email", FieldType::Email, E, false, HF("Contact email address")},
    {"event_customer_id", FieldType::Text, E, false, HF("Customer ID")},
    {"event_type", FieldType::Text, E, false, HF("Event type")},
    {"event_time", FieldType::DateTime, E, false, HF("Event time")},
    {"event_campaign_id", FieldType::Text, E, false, HF("Campaign ID at the ESP")},
    {"event_campaign_name", FieldType::Text, E, false, HF("Campaign name")},
    {"event_subject", FieldType::Text, E, false, HF("Subject line")},
    {"event_sent_at", FieldType::DateTime, E, false, HF("Campaign send time")},
    {"event_url", FieldType::Text, E, false, HF("Clicked link")},
    {"event_revenue", FieldType::Number, E, false, HF("Revenue")},
    {"event_order_id", FieldType::Text, E, false, HF("Order or invoice number")},
    {"event_quantity", FieldType::Number, E, false, HF("Quantity")},
    {"event_unit_price", FieldType::Number, E, false, HF("Unit price")},
    {"event_user_agent", FieldType::Text, E, false, HF("User agent or email client")},
    {"event_machine", FieldType::Boolean, E, false, HF("Machine or privacy-proxy open (yes/no)")},
    {"event_bounce_type", FieldType::Text, E, false, HF("Bounce type (hard or soft)")},
    {"event_country", FieldType::Text, E, false, HF("Country of the customer")},
};

#undef HF

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
