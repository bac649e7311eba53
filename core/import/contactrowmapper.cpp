#include "contactrowmapper.h"

#include "csv/csvrecord.h"
#include "import/emailaddress.h"
#include "profiles/espprofile.h"
#include "profiles/heraldfields.h"
#include "timezones/countrynames.h"
#include "timezones/timezoneresolver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cstring>

namespace herald {
namespace {

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

// Copies `text` into `target`, in its own buffer when it has one with room.
void assignText(QString &target, QStringView text)
{
    target.resize(text.size());
    if (!text.isEmpty())
        std::memcpy(static_cast<void *>(target.data()), text.data(), size_t(text.size()) * sizeof(QChar));
}

// The text members of a record, which a reused record hands back as spare buffers.
constexpr std::array<QString ContactRecord::*, 14> recordTexts = {
    &ContactRecord::email,    &ContactRecord::emailKey,   &ContactRecord::firstName, &ContactRecord::lastName,
    &ContactRecord::company,  &ContactRecord::phone,      &ContactRecord::address,   &ContactRecord::city,
    &ContactRecord::region,   &ContactRecord::postalCode, &ContactRecord::country,   &ContactRecord::language,
    &ContactRecord::timeZone, &ContactRecord::statusNote};

// A reused record, emptied as a new one is (every text null), with its old strings kept aside as buffers for the
// values this row sets.
class RecordFiller
{
public:
    explicit RecordFiller(ContactRecord &record) : m_record(record)
    {
        for (size_t i = 0; i < recordTexts.size(); ++i)
            m_spare[i] = std::move(record.*recordTexts[i]);
        record.line = 0;
        record.timeZoneSource.reset();
        record.status.reset();
        record.statusAt = 0;
        record.createdAt = 0;
        record.tags.clear();
    }
    ~RecordFiller() { m_record.customFields.resize(m_customFields); }

    void set(QString ContactRecord::*member, QStringView text)
    {
        QString &target = m_record.*member;
        if (target.isNull()) {
            const auto spare = std::find(recordTexts.begin(), recordTexts.end(), member) - recordTexts.begin();
            target = std::move(m_spare[size_t(spare)]);
        }
        assignText(target, text);
    }
    void setLatin1(QString ContactRecord::*member, QByteArrayView text)
    {
        QString &target = m_record.*member;
        set(member, QStringView());
        target.resize(text.size());
        QChar *out = target.data();
        for (const char c : text)
            *out++ = QLatin1Char(c);
    }
    void addCustomField(const QString &name, QStringView value)
    {
        QList<QPair<QString, QString>> &fields = m_record.customFields;
        if (m_customFields < fields.size()) {
            QPair<QString, QString> &field = fields[m_customFields];
            field.first = name;
            assignText(field.second, value);
        } else {
            fields.append({name, value.toString()});
        }
        ++m_customFields;
    }

private:
    ContactRecord &m_record;
    std::array<QString, recordTexts.size()> m_spare;
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
    map(row, out);
    return out;
}

void ContactRowMapper::map(const CsvRecord &row, std::variant<Mapped, ImportReject> &out) const
{
    Mapped *mapped = std::get_if<Mapped>(&out);
    if (!mapped)
        mapped = &out.emplace<Mapped>();
    if (std::optional<ImportReject> reject = fill(row, *mapped))
        out = std::move(*reject);
}

std::optional<ImportReject> ContactRowMapper::fill(const CsvRecord &row, Mapped &mapped) const
{
    ContactRecord &record = mapped.record;
    RecordFiller filler(record);
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
        const QStringView value = QStringView(cell).trimmed();
        QString trimmed;
        const auto text = [&]() -> const QString & {
            if (value.size() == cell.size())
                return cell;
            if (trimmed.isNull())
                trimmed = value.toString();
            return trimmed;
        };
        if (column.target.kind == MappingTarget::Kind::Tags) {
            record.tags.append(m_settings.profile->parseTags(text()));
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
            if (key == QLatin1StringView("address2"))
                address2 = value.toString();
            else
                filler.addCustomField(key, value);
            if (key == QLatin1StringView("unsubscribe_reason"))
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
            if (key == QLatin1StringView("marketing_consent"))
                marketingConsent = *flag;
            else if (*flag && key == QLatin1StringView("opted_out"))
                raiseStatus(record, ContactStatus::Unsubscribed);
            else if (*flag && key == QLatin1StringView("hard_bounced"))
                raiseStatus(record, ContactStatus::Cleaned);
            else if (*flag && key == QLatin1StringView("spam_complaint"))
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
            if (key == QLatin1StringView("created_at"))
                record.createdAt = *at;
            else if (key == QLatin1StringView("optin_at"))
                optinAt = *at;
            else if (key == QLatin1StringView("confirmed_at"))
                confirmedAt = *at;
            else if (key == QLatin1StringView("unsubscribed_at"))
                unsubscribedAt = *at;
            else if (key == QLatin1StringView("cleaned_at"))
                cleanedAt = *at;
            else if (key == QLatin1StringView("consent_at"))
                consentAt = *at;
            break;
        }
        case FieldType::TimeZone:
            (column.fromProfile && !m_settings.profile->isFallback() ? zoneInput.espZone : zoneInput.explicitZone) =
                text();
            break;
        case FieldType::Hours:
            (key == QLatin1StringView("utc_offset") ? zoneInput.gmtOffset : zoneInput.dstOffset) = text();
            break;
        default:
            if (key == QLatin1StringView("first_name"))
                filler.set(&ContactRecord::firstName, value);
            else if (key == QLatin1StringView("last_name"))
                filler.set(&ContactRecord::lastName, value);
            else if (key == QLatin1StringView("full_name"))
                fullName = value.toString();
            else if (key == QLatin1StringView("company"))
                filler.set(&ContactRecord::company, value);
            else if (key == QLatin1StringView("phone"))
                filler.set(&ContactRecord::phone,
                           value.startsWith(QLatin1Char('\'')) ? value.mid(1) : value); // Excel's text marker
            else if (key == QLatin1StringView("address"))
                filler.set(&ContactRecord::address, value);
            else if (key == QLatin1StringView("city"))
                filler.set(&ContactRecord::city, value);
            else if (key == QLatin1StringView("region"))
                filler.set(&ContactRecord::region, zoneInput.region = text());
            else if (key == QLatin1StringView("postal_code"))
                filler.set(&ContactRecord::postalCode, zoneInput.postalCode = text());
            else if (key == QLatin1StringView("country"))
                zoneInput.country = text();
            else if (key == QLatin1StringView("language"))
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
