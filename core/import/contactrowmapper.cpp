#include "contactrowmapper.h"

#include "csv/csvrecord.h"
#include "import/emailaddress.h"
#include "profiles/espprofile.h"
#include "profiles/heraldfields.h"
#include "timezones/countrynames.h"
#include "timezones/timezoneresolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cstring>

namespace herald {
namespace {

// QStringView::trimmed(), without its call for the common cell that starts and ends with a printable ASCII character
// (none of which is a space): 23 cells a row, a million rows.
QStringView trimmedView(const QString &cell)
{
    if (cell.isEmpty())
        return {};
    const char16_t first = cell.front().unicode();
    const char16_t last = cell.back().unicode();
    if (first > u' ' && first < 0x7f && last > u' ' && last < 0x7f)
        return cell;
    return QStringView(cell).trimmed();
}

// lupdate files this file's strings under the context declared here, and Tr::tr() looks them up there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(herald::ContactImport)
};

// A stronger opt-out wins when several columns speak about consent.
int optOutRank(ContactStatus status)
{
    switch (status) {
    case ContactStatus::Complained:
        return 4;
    case ContactStatus::Cleaned:
        return 3;
    case ContactStatus::Bounced:
        return 2;
    case ContactStatus::Unsubscribed:
        return 1;
    default:
        return 0;
    }
}

void raiseStatus(ContactRecord &record, ContactStatus status)
{
    if (!record.status || optOutRank(status) > optOutRank(*record.status) ||
        (optOutRank(*record.status) == 0 && optOutRank(status) == 0))
        record.status = status;
}

// Herald fields that have no column of their own in the contacts table are kept as custom fields under their
// field key (stable whatever the interface language), so nothing in the file is dropped.
bool keptAsCustomField(const QString &key)
{
    static const QStringList keys = {
        QStringLiteral("job_title"),   QStringLiteral("latitude"),           QStringLiteral("longitude"),
        QStringLiteral("external_id"), QStringLiteral("optin_ip"),           QStringLiteral("confirm_ip"),
        QStringLiteral("updated_at"),  QStringLiteral("unsubscribe_reason"), QStringLiteral("address2")};
    return keys.contains(key);
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// The tags of a cell. The rows of a file often repeat one ("VIP, Blog"): the last cell's tags are kept, per thread.
const QStringList &tagsOf(const EspProfile &profile, const QString &cell)
{
    struct Cache
    {
        const EspProfile *profile = nullptr;
        QString cell; // a copy of its own: the reader refills its fields in place
        QStringList tags;
    };
    thread_local Cache cache;
    if (cache.profile != &profile || cache.cell != cell || cache.cell.isNull() != cell.isNull()) {
        cache.tags = profile.parseTags(cell);
        cache.cell = cell.isNull() ? QString() : QString(cell.constData(), cell.size());
        cache.profile = &profile;
    }
    return cache.tags;
}

// The field keys the mapper treats apart, told once per column rather than compared on every row.
enum class KnownKey
{
    Other,
    Address2,
    UnsubscribeReason,
    MarketingConsent,
    OptedOut,
    HardBounced,
    SpamComplaint,
    CreatedAt,
    OptinAt,
    ConfirmedAt,
    UnsubscribedAt,
    CleanedAt,
    ConsentAt,
    UtcOffset,
    FirstName,
    LastName,
    FullName,
    Company,
    Phone,
    Address,
    City,
    Region,
    PostalCode,
    Country,
    Language,
};

KnownKey knownKey(const QString &key)
{
    static const QHash<QString, KnownKey> keys = {
        {QStringLiteral("address2"), KnownKey::Address2},
        {QStringLiteral("unsubscribe_reason"), KnownKey::UnsubscribeReason},
        {QStringLiteral("marketing_consent"), KnownKey::MarketingConsent},
        {QStringLiteral("opted_out"), KnownKey::OptedOut},
        {QStringLiteral("hard_bounced"), KnownKey::HardBounced},
        {QStringLiteral("spam_complaint"), KnownKey::SpamComplaint},
        {QStringLiteral("created_at"), KnownKey::CreatedAt},
        {QStringLiteral("optin_at"), KnownKey::OptinAt},
        {QStringLiteral("confirmed_at"), KnownKey::ConfirmedAt},
        {QStringLiteral("unsubscribed_at"), KnownKey::UnsubscribedAt},
        {QStringLiteral("cleaned_at"), KnownKey::CleanedAt},
        {QStringLiteral("consent_at"), KnownKey::ConsentAt},
        {QStringLiteral("utc_offset"), KnownKey::UtcOffset},
        {QStringLiteral("first_name"), KnownKey::FirstName},
        {QStringLiteral("last_name"), KnownKey::LastName},
        {QStringLiteral("full_name"), KnownKey::FullName},
        {QStringLiteral("company"), KnownKey::Company},
        {QStringLiteral("phone"), KnownKey::Phone},
        {QStringLiteral("address"), KnownKey::Address},
        {QStringLiteral("city"), KnownKey::City},
        {QStringLiteral("region"), KnownKey::Region},
        {QStringLiteral("postal_code"), KnownKey::PostalCode},
        {QStringLiteral("country"), KnownKey::Country},
        {QStringLiteral("language"), KnownKey::Language},
    };
    return keys.value(key, KnownKey::Other);
}

// The text members of a record.
constexpr std::array<QString ContactRecord::*, 14> recordTexts = {
    &ContactRecord::email,    &ContactRecord::emailKey,   &ContactRecord::firstName, &ContactRecord::lastName,
    &ContactRecord::company,  &ContactRecord::phone,      &ContactRecord::address,   &ContactRecord::city,
    &ContactRecord::region,   &ContactRecord::postalCode, &ContactRecord::country,   &ContactRecord::language,
    &ContactRecord::timeZone, &ContactRecord::statusNote};

// Empties a record as a new one is (every text null) and fills its values. With `views`, the values are copied one
// after another into the record's own buffer (ContactRecord::text, kept from row to row) and the members view them:
// a row's text then takes a few cache lines and no allocation, where a string each took a dozen of both.
class RecordFiller
{
public:
    RecordFiller(ContactRecord &record, const CsvRecord &row, bool views) : m_record(record)
    {
        for (QString ContactRecord::*member : recordTexts)
            record.*member = QString();
        record.line = 0;
        record.timeZoneSource.reset();
        record.status.reset();
        record.statusAt = 0;
        record.createdAt = 0;
        record.tags.clear();
        if (!views) {
            record.text = QString();
            record.customFields.clear();
            return;
        }
        // Values are parts of the row's fields, but for the email key (folding may lengthen it) and the zone id;
        // what does not fit is kept in a string of its own.
        qsizetype room = 96;
        for (const QString &field : row.fields)
            room += field.size();
        if (!record.text.isDetached() || record.text.capacity() < room)
            record.text = QString(room, Qt::Uninitialized);
        else
            record.text.resize(record.text.capacity());
        m_next = record.text.data();
        m_end = m_next + record.text.size();
    }
    ~RecordFiller() { m_record.customFields.resize(m_customFields); }

    void set(QString ContactRecord::*member, QStringView text) { m_record.*member = keep(text); }
    void setLatin1(QString ContactRecord::*member, QByteArrayView text)
    {
        if (text.size() <= m_end - m_next) {
            QChar *const start = m_next;
            for (const char c : text)
                *m_next++ = QLatin1Char(c);
            m_record.*member = QString::fromRawData(start, text.size());
        } else {
            m_record.*member = QString::fromLatin1(text);
        }
    }
    void addCustomField(const QString &name, QStringView value)
    {
        QList<QPair<QString, QString>> &fields = m_record.customFields;
        if (m_customFields < fields.size()) {
            QPair<QString, QString> &field = fields[m_customFields];
            field.first = name;
            field.second = keep(value);
        } else {
            fields.append({name, keep(value)});
        }
        ++m_customFields;
    }

private:
    QString keep(QStringView text)
    {
        if (!m_next || text.size() > m_end - m_next)
            return text.toString();
        QChar *const start = m_next;
        if (!text.isEmpty())
            std::memcpy(static_cast<void *>(start), text.data(), size_t(text.size()) * sizeof(QChar));
        m_next += text.size();
        return QString::fromRawData(start, text.size());
    }

    ContactRecord &m_record;
    QChar *m_next = nullptr;
    QChar *m_end = nullptr;
    qsizetype m_customFields = 0;
};

} // namespace

ContactRowMapper::ContactRowMapper(Settings settings)
    : m_settings(std::move(settings)), m_dates(m_settings.fileZone, m_settings.dateOrder),
      m_zones(TimeZoneResolver::shared())
{
    Q_ASSERT(m_settings.profile);
    for (const MappedColumn &mapped : std::as_const(m_settings.mapping.columns)) {
        if (mapped.target.kind == MappingTarget::Kind::Ignore)
            continue;
        Column column;
        column.index = mapped.index;
        column.target = mapped.target;
        column.key = mapped.target.kind == MappingTarget::Kind::ContactField ? mapped.target.name : QString();
        column.field = column.key.isEmpty() ? nullptr : findHeraldField(column.key);
        column.keptAsCustomField = keptAsCustomField(column.key);
        column.known = int(knownKey(column.key));
        column.jsonKeys = mapped.jsonKeys;
        column.fromProfile = mapped.matchedByProfile;
        m_columns.append(column);
    }
}

QList<int> ContactRowMapper::dateColumns() const
{
    QList<int> columns;
    for (const Column &column : m_columns) {
        const HeraldField *field = column.key.isEmpty() ? nullptr : findHeraldField(column.key);
        if (field && field->type == FieldType::DateTime)
            columns.append(column.index);
    }
    return columns;
}

std::optional<qint64> ContactRowMapper::parseDate(const QString &text, QString *reason) const
{
    // Herald's own parser first: it reads every common layout without QDateTime's format parsing, which costs tens
    // of microseconds a call, and it honours the settled day/month order. The profile's formats are the fallback
    // for layouts only that ESP writes, and for numeric dates whose order only the ESP's convention settles.
    if (const auto parsed = m_dates.parse(text, reason))
        return parsed;
    const Result<QDateTime> parsed =
        m_settings.profile->parseDateTime(text, m_settings.fileZone, m_settings.exportKind);
    if (parsed.ok())
        return parsed->toSecsSinceEpoch();
    return std::nullopt;
}

std::variant<ContactRowMapper::Mapped, ImportReject> ContactRowMapper::map(const CsvRecord &row) const
{
    std::variant<Mapped, ImportReject> out;
    if (std::optional<ImportReject> reject = fill(row, std::get<Mapped>(out), false))
        out = std::move(*reject);
    return out;
}

void ContactRowMapper::map(const CsvRecord &row, std::variant<Mapped, ImportReject> &out) const
{
    Mapped *mapped = std::get_if<Mapped>(&out);
    if (!mapped)
        mapped = &out.emplace<Mapped>();
    if (std::optional<ImportReject> reject = fill(row, *mapped, true))
        out = std::move(*reject);
}

std::optional<ImportReject> ContactRowMapper::fill(const CsvRecord &row, Mapped &mapped, bool views) const
{
    ContactRecord &record = mapped.record;
    RecordFiller filler(record, row, views);
    mapped.warnings.clear();
    record.line = row.line;
    auto position = [&](int index) { return index < row.positions.size() ? row.positions.at(index).column : 0; };
    auto reject = [&](int index, const QString &reason) {
        ImportReject r;
        r.line = index >= 0 && index < row.positions.size() ? row.positions.at(index).line : row.line;
        r.column = index >= 0 ? position(index) : 0;
        r.field = index >= 0 ? m_settings.header.value(index) : QString();
        r.reason = reason;
        r.raw = row.fields.join(QLatin1Char(','));
        return r;
    };
    auto warn = [&](int index, const QString &message) {
        mapped.warnings.append({index < row.positions.size() ? row.positions.at(index).line : row.line, position(index),
                                m_settings.header.value(index), message});
    };

    if (row.fields.size() > m_settings.header.size()) {
        for (qsizetype i = m_settings.header.size(); i < row.fields.size(); ++i)
            if (!QStringView(row.fields.at(i)).trimmed().isEmpty())
                return reject(int(i), Tr::tr("the row has %1 fields but the header has %2; is a quote or delimiter "
                                             "missing?")
                                          .arg(row.fields.size())
                                          .arg(m_settings.header.size()));
    }

    TimeZoneInput zoneInput;
    zoneInput.workspaceZone = m_settings.workspaceZone;
    QString fullName;
    QString address2;
    qint64 optinAt = 0, confirmedAt = 0, unsubscribedAt = 0, cleanedAt = 0, consentAt = 0;
    std::optional<bool> marketingConsent;
    int emailColumn = -1;
    static const QString missing;

    for (const Column &column : m_columns) {
        // The value trimmed, as a view: most cells have nothing to trim, and the record copies what it keeps.
        const QString &cell = column.index < row.fields.size() ? row.fields.at(column.index) : missing;
        const QStringView value = trimmedView(cell);
        QString trimmed;
        const auto text = [&]() -> const QString & {
            if (value.size() == cell.size())
                return cell;
            if (trimmed.isNull())
                trimmed = value.toString();
            return trimmed;
        };
        if (column.target.kind == MappingTarget::Kind::Tags) {
            record.tags.append(tagsOf(*m_settings.profile, text()));
            continue;
        }
        if (value.isEmpty())
            continue;
        if (column.target.kind == MappingTarget::Kind::CustomField) {
            if (!column.target.name.isEmpty()) {
                filler.addCustomField(column.target.name, value);
                continue;
            }
        }
        const QString &key = column.key;
        const KnownKey known = KnownKey(column.known);
        const HeraldField *field = column.field;
        if (column.target.kind == MappingTarget::Kind::CustomField || (field && field->type == FieldType::JsonObject)) {
            const QJsonDocument json = QJsonDocument::fromJson(value.toUtf8());
            if (!json.isObject()) {
                warn(column.index, Tr::tr("not a JSON object; kept as text"));
                filler.addCustomField(m_settings.header.value(column.index), value);
                continue;
            }
            const QJsonObject object = json.object();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString text = jsonText(it.value());
                const QString target = column.jsonKeys.value(it.key());
                if (target == QLatin1StringView("first_name"))
                    record.firstName = text;
                else if (target == QLatin1StringView("last_name"))
                    record.lastName = text;
                else if (target == QLatin1StringView("company"))
                    record.company = text;
                else if (target == QLatin1StringView("phone"))
                    record.phone = text;
                else if (target == QLatin1StringView("country"))
                    zoneInput.country = text;
                else if (target == QLatin1StringView("time_zone"))
                    zoneInput.explicitZone = text;
                else
                    filler.addCustomField(it.key(), text);
            }
            continue;
        }
        if (!field)
            continue;
        if (column.keptAsCustomField) {
            if (known == KnownKey::Address2)
                address2 = value.toString();
            else
                filler.addCustomField(key, value);
            if (known == KnownKey::UnsubscribeReason)
                filler.set(&ContactRecord::statusNote, value);
            continue;
        }
        switch (field->type) {
        case FieldType::Email: {
            const EmailCheck check = checkEmail(text());
            if (!check.valid)
                return reject(column.index,
                              Tr::tr("invalid email address \"%1\": %2").arg(text().left(100), check.reason));
            filler.set(&ContactRecord::email, check.address);
            filler.set(&ContactRecord::emailKey, check.key);
            emailColumn = column.index;
            break;
        }
        case FieldType::Status: {
            const Result<ContactStatus> status = m_settings.profile->parseStatus(text());
            if (!status.ok())
                return reject(column.index, status.error().message);
            raiseStatus(record, *status);
            break;
        }
        case FieldType::Boolean: {
            const Result<bool> flag = m_settings.profile->parseBoolean(text());
            if (!flag.ok()) {
                warn(column.index, flag.error().message);
                break;
            }
            if (known == KnownKey::MarketingConsent)
                marketingConsent = *flag;
            else if (*flag && known == KnownKey::OptedOut)
                raiseStatus(record, ContactStatus::Unsubscribed);
            else if (*flag && known == KnownKey::HardBounced)
                raiseStatus(record, ContactStatus::Cleaned);
            else if (*flag && known == KnownKey::SpamComplaint)
                raiseStatus(record, ContactStatus::Complained);
            break;
        }
        case FieldType::DateTime: {
            QString reason;
            const auto at = parseDate(text(), &reason);
            if (!at) {
                warn(column.index, reason);
                filler.addCustomField(key, value);
                break;
            }
            if (known == KnownKey::CreatedAt)
                record.createdAt = *at;
            else if (known == KnownKey::OptinAt)
                optinAt = *at;
            else if (known == KnownKey::ConfirmedAt)
                confirmedAt = *at;
            else if (known == KnownKey::UnsubscribedAt)
                unsubscribedAt = *at;
            else if (known == KnownKey::CleanedAt)
                cleanedAt = *at;
            else if (known == KnownKey::ConsentAt)
                consentAt = *at;
            break;
        }
        case FieldType::TimeZone:
            (column.fromProfile && !m_settings.profile->isFallback() ? zoneInput.espZone : zoneInput.explicitZone) =
                text();
            break;
        case FieldType::Hours:
            (known == KnownKey::UtcOffset ? zoneInput.gmtOffset : zoneInput.dstOffset) = text();
            break;
        default:
            if (known == KnownKey::FirstName)
                filler.set(&ContactRecord::firstName, value);
            else if (known == KnownKey::LastName)
                filler.set(&ContactRecord::lastName, value);
            else if (known == KnownKey::FullName)
                fullName = value.toString();
            else if (known == KnownKey::Company)
                filler.set(&ContactRecord::company, value);
            else if (known == KnownKey::Phone)
                filler.set(&ContactRecord::phone,
                           value.startsWith(QLatin1Char('\'')) ? value.mid(1) : value); // Excel's text marker
            else if (known == KnownKey::Address)
                filler.set(&ContactRecord::address, value);
            else if (known == KnownKey::City)
                filler.set(&ContactRecord::city, value);
            else if (known == KnownKey::Region)
                filler.set(&ContactRecord::region, zoneInput.region = text());
            else if (known == KnownKey::PostalCode)
                filler.set(&ContactRecord::postalCode, zoneInput.postalCode = text());
            else if (known == KnownKey::Country)
                zoneInput.country = text();
            else if (known == KnownKey::Language)
                filler.set(&ContactRecord::language, value);
            else
                filler.addCustomField(key, value);
            break;
        }
    }

    if (record.emailKey.isEmpty())
        return reject(emailColumn, Tr::tr("no email address"));
    if (!address2.isEmpty())
        record.address = record.address.isEmpty() ? address2 : record.address + QStringLiteral(", ") + address2;
    if (!fullName.isEmpty() && record.firstName.isEmpty() && record.lastName.isEmpty()) {
        const qsizetype space = fullName.indexOf(QLatin1Char(' '));
        record.firstName = space < 0 ? fullName : fullName.left(space);
        if (space > 0)
            record.lastName = fullName.mid(space + 1).trimmed();
    }

    // Consent: a column wins over the file's implied status; opt-out flags over a status word.
    if (!record.status && marketingConsent)
        record.status = *marketingConsent ? ContactStatus::Subscribed : ContactStatus::NonSubscribed;
    if (!record.status && m_settings.exportKind && m_settings.exportKind->impliedStatus)
        record.status = m_settings.exportKind->impliedStatus;
    if (record.status == ContactStatus::Unsubscribed && unsubscribedAt)
        record.statusAt = unsubscribedAt;
    else if ((record.status == ContactStatus::Cleaned || record.status == ContactStatus::Bounced) && cleanedAt)
        record.statusAt = cleanedAt;
    else if (consentAt)
        record.statusAt = consentAt;
    else if (record.status == ContactStatus::Subscribed && (confirmedAt || optinAt))
        record.statusAt = confirmedAt ? confirmedAt : optinAt;
    if (!record.createdAt)
        record.createdAt = optinAt ? optinAt : confirmedAt;

    // Where the contact lives, and so when it reads its mail.
    if (!zoneInput.country.isEmpty()) {
        record.country = normaliseCountry(zoneInput.country);
        if (record.country.isEmpty()) {
            warn(-1, Tr::tr("unknown country \"%1\"; kept as a custom field").arg(zoneInput.country));
            filler.addCustomField(QStringLiteral("country"), zoneInput.country);
        }
    }
    const ResolvedTimeZone zone = m_zones.resolve(zoneInput);
    for (const TimeZoneProblem &problem : zone.problems)
        mapped.warnings.append({row.line, 0, QString(), problem.message});
    if (zone.source != TimeZoneSource::Workspace) {
        filler.setLatin1(&ContactRecord::timeZone, zone.zone.id());
        record.timeZoneSource = zone.source;
    }
    return std::nullopt;
}

} // namespace herald
