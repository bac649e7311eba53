#include "eventrowmapper.h"

#include "csv/csvrecord.h"
#include "import/emailaddress.h"
#include "importvalues.h"
#include "profiles/espprofile.h"
#include "profiles/espprofileregistry.h"
#include "profiles/heraldfields.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <array>
#include <cmath>

namespace herald {
namespace {

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::EventImport)
};

// Field keys of activity files, as small numbers so the per-row loop does not compare strings.
enum Field : int
{
    Other,
    Email,
    CustomerId,
    Type,
    Time,
    CampaignId,
    CampaignName,
    Subject,
    SentAt,
    Url,
    Revenue,
    OrderId,
    Quantity,
    UnitPrice,
    UserAgent,
    Machine,
    BounceType,
    Country,
};

Field fieldOf(const QString &key)
{
    static const QHash<QString, Field> fields = {
        {QStringLiteral("event_email"), Email},
        {QStringLiteral("event_customer_id"), CustomerId},
        {QStringLiteral("event_type"), Type},
        {QStringLiteral("event_time"), Time},
        {QStringLiteral("event_campaign_id"), CampaignId},
        {QStringLiteral("event_campaign_name"), CampaignName},
        {QStringLiteral("event_subject"), Subject},
        {QStringLiteral("event_sent_at"), SentAt},
        {QStringLiteral("event_url"), Url},
        {QStringLiteral("event_revenue"), Revenue},
        {QStringLiteral("event_order_id"), OrderId},
        {QStringLiteral("event_quantity"), Quantity},
        {QStringLiteral("event_unit_price"), UnitPrice},
        {QStringLiteral("event_user_agent"), UserAgent},
        {QStringLiteral("event_machine"), Machine},
        {QStringLiteral("event_bounce_type"), BounceType},
        {QStringLiteral("event_country"), Country},
        {QStringLiteral("campaign_name"), CampaignName},
        {QStringLiteral("campaign_external_id"), CampaignId},
        {QStringLiteral("campaign_subject"), Subject},
        {QStringLiteral("campaign_sent_at"), SentAt},
    };
    return fields.value(key, Other);
}

// Image proxies and privacy features that fetch a message's images without a person reading it. Google's and
// Yahoo's proxies fetch when the message is shown, Apple's Mail Privacy Protection when it is delivered; either way
// the open's time says nothing about when the contact reads mail, so models should prefer clicks to these.
constexpr std::array<const char *, 6> machineAgents = {"googleimageproxy", "ggpht.com",          "yahoomailproxy",
                                                       "yahoo! slurp",     "privacy protection", "apple privacy"};

bool isMachineAgent(const QString &agent)
{
    for (const char *pattern : machineAgents)
        if (agent.contains(QLatin1StringView(pattern), Qt::CaseInsensitive))
            return true;
    return false;
}

QString statsKey(const QString &fieldKey)
{
    return fieldKey.startsWith(QLatin1StringView("campaign_")) ? fieldKey.mid(9) : fieldKey;
}

} // namespace

EventRowMapper::EventRowMapper(Settings settings)
    : m_settings(std::move(settings)), m_dates(m_settings.fileZone, m_settings.dateOrder)
{
    Q_ASSERT(m_settings.profile);
    for (const MappedColumn &mapped : std::as_const(m_settings.mapping.columns)) {
        Column column;
        column.index = mapped.index;
        column.name = mapped.name.trimmed();
        if (mapped.target.kind == MappingTarget::Kind::ContactField) {
            const HeraldField *field = findHeraldField(mapped.target.name);
            if (!field || field->record != m_settings.record)
                continue;
            column.key = mapped.target.name;
            column.field = fieldOf(column.key);
        } else if (mapped.target.kind != MappingTarget::Kind::CustomField ||
                   m_settings.record != RecordKind::Campaigns) {
            continue; // an activity file's other columns (products, IP addresses) have no place in an event
        }
        m_columns.append(column);
    }
}

bool EventRowMapper::mapsField(const QString &key) const
{
    for (const Column &column : m_columns)
        if (column.key == key)
            return true;
    return false;
}

std::optional<QString> EventRowMapper::missingForEvents() const
{
    if (!mapsField(QStringLiteral("event_time")))
        return Tr::tr("no column holds the time of the event (a column such as \"timestamp\", \"date\" or \"time\")");
    if (!mapsField(QStringLiteral("event_email")) && !mapsField(QStringLiteral("event_customer_id")))
        return Tr::tr("no column holds the contact's email address or a customer id");
    if (!mapsField(QStringLiteral("event_type")) && !m_settings.fixedType)
        return Tr::tr("no column says which event each row is (a column such as \"event\" or \"type\"), and the file's "
                      "name does not say either (for example opens.csv or clicks.csv)");
    return std::nullopt;
}

QList<int> EventRowMapper::dateColumns() const
{
    QList<int> columns;
    for (const Column &column : m_columns) {
        const HeraldField *field = column.key.isEmpty() ? nullptr : findHeraldField(column.key);
        if (field && field->type == FieldType::DateTime)
            columns.append(column.index);
    }
    return columns;
}

std::optional<qint64> EventRowMapper::parseTime(const QString &text, QString *reason) const
{
    // Herald's own reader first: it is fast and reads every format in the profiles; the profile's formats then
    // catch what it cannot (a format only one ESP writes).
    if (const auto at = m_dates.parse(text, reason))
        return at;
    const Result<QDateTime> parsed =
        m_settings.profile->parseDateTime(text, m_settings.fileZone, m_settings.exportKind);
    if (parsed.ok())
        return parsed->toSecsSinceEpoch();
    return std::nullopt;
}

const EventRowMapper::CheckedAddress &EventRowMapper::checkAddress(const QString &text)
{
    if (const auto found = m_addresses.constFind(text); found != m_addresses.cend())
        return *found;
    if (m_addresses.size() > 500'000)
        m_addresses.clear(); // a bound, not an eviction policy: exports repeat each address many times in a row
    const EmailCheck check = checkEmail(text);
    return *m_addresses.insert(
        text, {check.address, check.key, check.valid ? QString() : check.reason, m_nextAddressNumber++});
}

const EventRowMapper::CheckedWord &EventRowMapper::eventType(const QString &word)
{
    if (const auto found = m_words.constFind(word); found != m_words.cend())
        return *found;
    // The ESP's own words first, then the plain ones every profile understands ("open", "click", "purchase").
    CheckedWord checked;
    Result<std::optional<EventType>> type = m_settings.profile->parseEventType(word);
    if (!type.ok())
        if (const auto plain = EspProfileRegistry::builtIn().generic().parseEventType(word); plain.ok())
            type = plain;
    if (type.ok())
        checked.type = type.value();
    else
        checked.reason = type.error().message;
    if (m_words.size() > 10'000)
        m_words.clear();
    return *m_words.insert(word, checked);
}

ImportReject EventRowMapper::rejectRow(const CsvRecord &row, int index, const QString &reason) const
{
    ImportReject reject;
    const bool known = index >= 0 && index < row.positions.size();
    reject.line = known ? row.positions.at(index).line : row.line;
    reject.column = known ? row.positions.at(index).column : 0;
    reject.field = index >= 0 ? m_settings.header.value(index) : QString();
    reject.reason = reason;
    reject.raw = row.fields.join(QLatin1Char(','));
    return reject;
}

MappedEventRow EventRowMapper::map(const CsvRecord &row)
{
    if (row.fields.size() > m_settings.header.size()) {
        for (qsizetype i = m_settings.header.size(); i < row.fields.size(); ++i) {
            if (row.fields.at(i).trimmed().isEmpty())
                continue;
            MappedEventRow out;
            out.kind = MappedEventRow::Kind::Rejected;
            out.reject =
                rejectRow(row, int(i),
                          Tr::tr("the row has %1 fields but the header has %2; is a quote or delimiter missing?")
                              .arg(row.fields.size())
                              .arg(m_settings.header.size()));
            return out;
        }
    }
    return m_settings.record == RecordKind::Campaigns ? mapCampaign(row) : mapEvent(row);
}

MappedEventRow EventRowMapper::mapEvent(const CsvRecord &row)
{
    MappedEventRow out;
    out.kind = MappedEventRow::Kind::Event;
    EventRecord &event = out.event;
    event.line = row.line;
    auto reject = [&](int index, const QString &reason) {
        out.kind = MappedEventRow::Kind::Rejected;
        out.reject = rejectRow(row, index, reason);
        return out;
    };
    auto warn = [&](int index, const QString &message) {
        const bool known = index < row.positions.size();
        out.warnings.append({known ? row.positions.at(index).line : row.line,
                             known ? row.positions.at(index).column : 0, m_settings.header.value(index), message});
    };

    QString typeWord, customerId, userAgent, bounceType;
    int typeColumn = -1, contactColumn = -1, timeColumn = -1, customerColumn = -1;
    std::optional<double> quantity, unitPrice;
    bool timed = false;
    for (const Column &column : std::as_const(m_columns)) {
        if (column.index >= row.fields.size())
            continue;
        const QString value = row.fields.at(column.index).trimmed();
        const auto field = static_cast<Field>(column.field);
        if (field == Email)
            contactColumn = column.index;
        else if (field == Time)
            timeColumn = column.index;
        else if (field == CustomerId)
            customerColumn = column.index;
        if (value.isEmpty())
            continue;
        switch (field) {
        case Email: {
            const CheckedAddress &address = checkAddress(value);
            if (!address.reason.isEmpty())
                return reject(column.index,
                              Tr::tr("invalid email address \"%1\": %2").arg(value.left(100), address.reason));
            event.email = address.address;
            event.emailKey = address.key;
            event.addressNumber = address.number;
            break;
        }
        case CustomerId:
            customerId = value;
            break;
        case Type:
            typeWord = value;
            typeColumn = column.index;
            break;
        case Time: {
            QString reason;
            const auto at = parseTime(value, &reason);
            if (!at)
                return reject(column.index, reason);
            event.occurredAt = *at;
            timed = true;
            break;
        }
        case CampaignId:
            event.campaign.externalId = normalisedImportId(value);
            break;
        case CampaignName:
            event.campaign.name = value;
            break;
        case Subject:
            event.campaign.subject = value;
            break;
        case SentAt: {
            QString reason;
            if (const auto at = parseTime(value, &reason))
                event.campaign.sentAt = *at;
            else
                warn(column.index, reason);
            break;
        }
        case Url:
            event.url = value;
            break;
        case Revenue:
        case Quantity:
        case UnitPrice: {
            const auto number = parseImportNumber(value);
            if (!number) {
                warn(column.index, Tr::tr("\"%1\" is not a number; left out").arg(value.left(40)));
                break;
            }
            (field == Revenue ? event.revenue : field == Quantity ? quantity : unitPrice) = number->value;
            break;
        }
        case OrderId:
            event.orderId = value;
            break;
        case UserAgent:
            userAgent = value;
            break;
        case Machine: {
            const Result<bool> flag = m_settings.profile->parseBoolean(value);
            if (flag.ok())
                event.machine = *flag;
            else
                warn(column.index, flag.error().message);
            break;
        }
        case BounceType:
            bounceType = value;
            break;
        case Country:
            event.country = value;
            break;
        case Other:
            break;
        }
    }

    if (typeColumn >= 0) {
        const CheckedWord &word = eventType(typeWord);
        if (!word.reason.isEmpty())
            return reject(typeColumn, word.reason);
        if (!word.type) {
            out.kind = MappedEventRow::Kind::Skipped;
            return out;
        }
        event.type = *word.type;
    } else if (m_settings.fixedType) {
        event.type = *m_settings.fixedType;
    } else {
        return reject(-1, Tr::tr("the row does not say which event it is"));
    }
    if (event.type == EventType::Bounce && bounceType.startsWith(QLatin1StringView("soft"), Qt::CaseInsensitive))
        event.type = EventType::SoftBounce;

    if (event.emailKey.isEmpty()) {
        event.email = syntheticCustomerAddress(customerId);
        if (event.email.isEmpty()) {
            if (customerColumn >= 0 && contactColumn < 0)
                return reject(customerColumn, event.type == EventType::Purchase
                                                  ? Tr::tr("no customer id: a guest order cannot be tied to a contact")
                                                  : Tr::tr("no customer id"));
            return reject(contactColumn, Tr::tr("no email address"));
        }
        event.emailKey = event.email;
        event.syntheticAddress = true;
    }
    if (!timed)
        return reject(timeColumn, Tr::tr("no event time"));
    if (quantity && unitPrice && !event.revenue)
        event.revenue = *quantity * *unitPrice;
    if (event.type != EventType::Click)
        event.url.clear(); // a link belongs to a click; elsewhere it would only split one event into two
    if (event.type == EventType::Open && !userAgent.isEmpty() && isMachineAgent(userAgent))
        event.machine = true;
    if (event.type != EventType::Open)
        event.machine = false;
    if (event.campaign.isEmpty() && !m_settings.fileCampaign.isEmpty())
        event.campaign.name = m_settings.fileCampaign;
    shareCampaignText(event.campaign);
    return out;
}

// An export lists a campaign's events together. Rows that name the last campaign alike share its text, so the text
// of the row is freed here, on the parsing thread, with the CSV record, instead of on the writing thread with the row.
void EventRowMapper::shareCampaignText(CampaignRef &campaign)
{
    const auto share = [](QString &text, QString &last) {
        if (text == last)
            text = last;
        else
            last = text;
    };
    share(campaign.externalId, m_lastCampaign.externalId);
    share(campaign.name, m_lastCampaign.name);
    share(campaign.subject, m_lastCampaign.subject);
}

MappedEventRow EventRowMapper::mapCampaign(const CsvRecord &row)
{
    MappedEventRow out;
    out.kind = MappedEventRow::Kind::Campaign;
    CampaignRecord &campaign = out.campaign;
    campaign.line = row.line;
    auto warn = [&](int index, const QString &message) {
        const bool known = index < row.positions.size();
        out.warnings.append({known ? row.positions.at(index).line : row.line,
                             known ? row.positions.at(index).column : 0, m_settings.header.value(index), message});
    };
    for (const Column &column : std::as_const(m_columns)) {
        const QString value = row.value(column.index).trimmed();
        if (value.isEmpty())
            continue;
        switch (static_cast<Field>(column.field)) {
        case CampaignName:
            campaign.campaign.name = value;
            continue;
        case CampaignId:
            campaign.campaign.externalId = normalisedImportId(value);
            continue;
        case Subject:
            campaign.campaign.subject = value;
            continue;
        case SentAt: {
            QString reason;
            if (const auto at = parseTime(value, &reason))
                campaign.campaign.sentAt = *at;
            else
                warn(column.index, reason);
            continue;
        }
        default:
            break;
        }
        const QString key = column.key.isEmpty() ? column.name : statsKey(column.key);
        const HeraldField *field = column.key.isEmpty() ? nullptr : findHeraldField(column.key);
        const auto number = parseImportNumber(value);
        if (field && field->type == FieldType::Number && !number) {
            warn(column.index, Tr::tr("\"%1\" is not a number; kept as text").arg(value.left(40)));
            campaign.stats.insert(key, value);
            continue;
        }
        if (!number) {
            campaign.stats.insert(key, value); // a category, a segment, a list name: kept as the file says
            continue;
        }
        const double amount = number->percent ? number->value / 100.0 : number->value;
        if (column.key == QLatin1StringView("campaign_recipients") && amount >= 0)
            campaign.recipients = std::llround(amount);
        campaign.stats.insert(key, amount);
    }
    if (campaign.campaign.isEmpty()) {
        out.kind = MappedEventRow::Kind::Rejected;
        out.reject = rejectRow(row, -1, Tr::tr("the row names no campaign (no name and no id)"));
        return out;
    }
    if (campaign.campaign.name.isEmpty())
        campaign.campaign.name = campaign.campaign.externalId;
    return out;
}

} // namespace herald
