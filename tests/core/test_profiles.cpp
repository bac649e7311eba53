// ESP profiles: every built-in profile loads, real export headers are recognised, mappings are proposed, saved and
// reloaded, and each ESP's words, tags and dates are read the way that ESP writes them.

#include "profiles/columnmapping.h"
#include "profiles/espprofileregistry.h"
#include "profiles/profiledetection.h"
#include "workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

Q_DECLARE_METATYPE(herald::ContactStatus)

namespace {

const QString sharedHeaders = QStringLiteral(HERALD_SHARED_DATA "/esp-export-headers/");

// RFC 4180 records, enough for the shared fixtures (quotes, doubled quotes, newlines inside quotes).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << cell;
            cell.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            record << cell;
            records << record;
            record.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !record.isEmpty())
        records << (record << cell);
    return records;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QStringList firstLine(const QString &path)
{
    const QList<QStringList> records = parseCsv(readText(path));
    return records.isEmpty() ? QStringList() : records.constFirst();
}

const EspProfile &profile(const QString &id)
{
    const EspProfile *found = EspProfileRegistry::builtIn().find(id);
    Q_ASSERT(found);
    return *found;
}

const MappedColumn *column(const ColumnMapping &mapping, const QString &name)
{
    for (const MappedColumn &mapped : mapping.columns)
        if (mapped.name == name)
            return &mapped;
    return nullptr;
}

const QStringList mailchimpSubscribed = {
    QStringLiteral("Email Address"), QStringLiteral("First Name"),
    QStringLiteral("Last Name"),     QStringLiteral("Birthday"),
    QStringLiteral("SHOE_SIZE"),     QStringLiteral("MEMBER_RATING"),
    QStringLiteral("OPTIN_TIME"),    QStringLiteral("OPTIN_IP"),
    QStringLiteral("CONFIRM_TIME"),  QStringLiteral("CONFIRM_IP"),
    QStringLiteral("LATITUDE"),      QStringLiteral("LONGITUDE"),
    QStringLiteral("GMTOFF"),        QStringLiteral("DSTOFF"),
    QStringLiteral("TIMEZONE"),      QStringLiteral("CC"),
    QStringLiteral("REGION"),        QStringLiteral("LAST_CHANGED"),
    QStringLiteral("LEID"),          QStringLiteral("EUID"),
    QStringLiteral("NOTES"),         QStringLiteral("TAGS"),
};

QStringList plus(QStringList base, const QStringList &more)
{
    return base << more;
}

const QString profileTemplate = QStringLiteral(R"({
    "format": "herald-esp-profile", "version": 1, "id": "%1", "name": "%2",
    "sources": [{"covers": "test", "location": "test", "status": "assumed"}],
    "exports": [{"id": "members", "name": "Members", "evidence": "assumed", "headers": [%3]}],
    "columns": [{"field": "email", "aliases": ["Subscriber Address"]}, {"field": "tags", "aliases": ["Groups"]}],
    "statuses": {"active": "subscribed"},
    "dates": {"formats": ["yyyy-MM-dd"], "zone": "utc"},
    "import": {"name": "%2 import", "columns": [{"header": "Subscriber Address", "value": "{email}"}]}
})");

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEmbeddedProfileLoads();
    void detectsRealisticHeaders_data();
    void detectsRealisticHeaders();
    void detectsSharedFixtureFiles_data();
    void detectsSharedFixtureFiles();
    void detectsLayoutsListedInEvidenceFile();
    void unknownHeaderFallsBackToGeneric_data();
    void unknownHeaderFallsBackToGeneric();
    void proposesMailchimpMapping();
    void keepsRepeatedColumnsApart();
    void mapsListmonkAttributesJson();
    void fileKindImpliesStatus();
    void statusVocabulary_data();
    void statusVocabulary();
    void unknownStatusListsTheEspsWords();
    void yesNoColumns();
    void parsesTagCells_data();
    void parsesTagCells();
    void parsesDates_data();
    void parsesDates();
    void rejectsBadDate();
    void savesAndReloadsMapping();
    void savedMappingFollowsMovedColumns();
    void validatesEditedMapping();
    void malformedProfileNamesFileAndProblem_data();
    void malformedProfileNamesFileAndProblem();
    void userFolderAddsAnEspWithoutCode();
    void rendersImportRows();
};

void TestProfiles::everyEmbeddedProfileLoads()
{
    Result<EspProfileRegistry> registry = EspProfileRegistry::loadBuiltIn();
    QVERIFY2(registry.ok(), qPrintable(registry.error().toString()));
    const QStringList expected = {
        QStringLiteral("activecampaign"), QStringLiteral("brevo"),   QStringLiteral("constantcontact"),
        QStringLiteral("hubspot"),        QStringLiteral("klaviyo"), QStringLiteral("listmonk"),
        QStringLiteral("mailchimp"),      QStringLiteral("mautic"),  QStringLiteral("generic")};
    QCOMPARE(registry->ids(), expected); // ESPs in file order, generic last

    ExportContact contact;
    contact.fields = {{QStringLiteral("email"), QStringLiteral("ada@example.com")},
                      {QStringLiteral("first_name"), QStringLiteral("Ada")},
                      {QStringLiteral("time_zone"), QStringLiteral("Europe/London")}};
    contact.tags = {QStringLiteral("VIP")};
    contact.zone = QTimeZone("Europe/London");
    contact.sendAt = QDateTime(QDate(2024, 7, 2), QTime(8, 0), QTimeZone::utc()); // 09:00 BST, a Tuesday

    for (const EspProfile *esp : registry->profiles()) {
        QVERIFY2(!esp->sources().isEmpty(), qPrintable(esp->id()));
        QVERIFY2(esp->isFallback() || !esp->exportKinds().isEmpty(), qPrintable(esp->id()));
        const ImportLayout &layout = esp->importLayout();
        QVERIFY2(!layout.columns.isEmpty(), qPrintable(esp->id()));
        const Result<QStringList> row = renderImportRow(layout, contact);
        QVERIFY2(row.ok(), qPrintable(row.error().toString()));
        QCOMPARE(row->size(), importHeader(layout).size());
        const QString joined = row->join(u'|');
        QVERIFY2(joined.contains(QStringLiteral("ada@example.com")), qPrintable(esp->id()));
        // Every layout carries the send time, as a field and as a tag.
        QVERIFY2(joined.contains(QStringLiteral("09")), qPrintable(esp->id() + u": " + joined));
        QVERIFY2(joined.contains(QStringLiteral("herald-send-tue-09h")), qPrintable(esp->id() + u": " + joined));
    }
}

void TestProfiles::detectsRealisticHeaders_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<QString>("kindId");

    QTest::newRow("mailchimp subscribed with merge fields") << mailchimpSubscribed << "mailchimp"
                                                            << "subscribed";
    QTest::newRow("mailchimp unsubscribed")
        << plus(mailchimpSubscribed, {QStringLiteral("UNSUB_TIME"), QStringLiteral("UNSUB_CAMPAIGN_TITLE"),
                                      QStringLiteral("UNSUB_CAMPAIGN_ID"), QStringLiteral("UNSUB_REASON"),
                                      QStringLiteral("UNSUB_REASON_OTHER")})
        << "mailchimp"
        << "unsubscribed";
    QTest::newRow("mailchimp cleaned") << plus(mailchimpSubscribed,
                                               {QStringLiteral("CLEAN_TIME"), QStringLiteral("CLEAN_CAMPAIGN_TITLE"),
                                                QStringLiteral("CLEAN_CAMPAIGN_ID")})
                                       << "mailchimp"
                                       << "cleaned";
    QTest::newRow("mailchimp odd case and spacing, BOM left on") << QStringList{QStringLiteral("\uFEFF email address "),
                                                                                QStringLiteral("first_name"),
                                                                                QStringLiteral("Last-Name"),
                                                                                QStringLiteral("member rating"),
                                                                                QStringLiteral("Optin_Time"),
                                                                                QStringLiteral("optin ip"),
                                                                                QStringLiteral("confirm_time"),
                                                                                QStringLiteral("CONFIRM IP"),
                                                                                QStringLiteral("gmtoff"),
                                                                                QStringLiteral("dstoff"),
                                                                                QStringLiteral("timezone"),
                                                                                QStringLiteral("leid"),
                                                                                QStringLiteral("euid")}
                                                                 << "mailchimp"
                                                                 << "subscribed";
    QTest::newRow("hubspot shouted") << QStringList{QStringLiteral("RECORD ID"),       QStringLiteral("FIRST NAME"),
                                                    QStringLiteral("LAST NAME"),       QStringLiteral("EMAIL"),
                                                    QStringLiteral("LIFECYCLE STAGE"), QStringLiteral("CREATE DATE")}
                                     << "hubspot"
                                     << "contacts";
    QTest::newRow("constant contact odd spacing")
        << QStringList{QStringLiteral(" email ADDRESS"), QStringLiteral("first  name"), QStringLiteral("EMAIL_STATUS"),
                       QStringLiteral("email-lists"), QStringLiteral("created at ")}
        << "constantcontact"
        << "contacts";
    QTest::newRow("klaviyo list export") << QStringList{QStringLiteral("Email"),
                                                        QStringLiteral("First Name"),
                                                        QStringLiteral("Last Name"),
                                                        QStringLiteral("Phone Number"),
                                                        QStringLiteral("City"),
                                                        QStringLiteral("Country"),
                                                        QStringLiteral("Email Marketing Consent"),
                                                        QStringLiteral("Email Marketing Consent Timestamp"),
                                                        QStringLiteral("Profile Created On"),
                                                        QStringLiteral("Last Open"),
                                                        QStringLiteral("Favourite Shop")}
                                         << "klaviyo"
                                         << "profiles";
    QTest::newRow("hubspot contacts")
        << QStringList{QStringLiteral("Record ID"),    QStringLiteral("First Name"),
                       QStringLiteral("Last Name"),    QStringLiteral("Email"),
                       QStringLiteral("Phone Number"), QStringLiteral("Contact owner"),
                       QStringLiteral("Lead Status"),  QStringLiteral("Marketing contact status"),
                       QStringLiteral("Create Date")}
        << "hubspot"
        << "contacts";
    QTest::newRow("hubspot unsubscribes and bounces") << QStringList{QStringLiteral("Email"),
                                                                     QStringLiteral("Portal Bounce"),
                                                                     QStringLiteral("Portal Unsubscribe"),
                                                                     QStringLiteral("Portal Spam Report"),
                                                                     QStringLiteral("Global Bounce"),
                                                                     QStringLiteral("Marketing Information")}
                                                      << "hubspot"
                                                      << "unsubscribes_bounces";
    QTest::newRow("brevo with a space in CONTACT ID")
        << QStringList{QStringLiteral("CONTACT ID"), QStringLiteral("EMAIL"), QStringLiteral("FIRSTNAME"),
                       QStringLiteral("LASTNAME"),   QStringLiteral("SMS"),   QStringLiteral("LANDLINE_NUMBER"),
                       QStringLiteral("WHATSAPP"),   QStringLiteral("CITY")}
        << "brevo"
        << "contacts";
    QTest::newRow("activecampaign") << QStringList{QStringLiteral("Contact ID"),  QStringLiteral("Email"),
                                                   QStringLiteral("First Name"),  QStringLiteral("Last Name"),
                                                   QStringLiteral("Phone"),       QStringLiteral("Account"),
                                                   QStringLiteral("Tags"),        QStringLiteral("Date Created"),
                                                   QStringLiteral("Date Updated")}
                                    << "activecampaign"
                                    << "contacts";
    QTest::newRow("constant contact") << QStringList{QStringLiteral("Email address"),
                                                     QStringLiteral("First name"),
                                                     QStringLiteral("Last name"),
                                                     QStringLiteral("Email status"),
                                                     QStringLiteral("Email permission status"),
                                                     QStringLiteral("Email Lists"),
                                                     QStringLiteral("Tags"),
                                                     QStringLiteral("Created At")}
                                      << "constantcontact"
                                      << "contacts";
    QTest::newRow("listmonk export") << QStringList{QStringLiteral("uuid"),      QStringLiteral("email"),
                                                    QStringLiteral("name"),      QStringLiteral("attributes"),
                                                    QStringLiteral("status"),    QStringLiteral("created_at"),
                                                    QStringLiteral("updated_at")}
                                     << "listmonk"
                                     << "subscribers";
    QTest::newRow("listmonk import file")
        << QStringList{QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("attributes")} << "listmonk"
        << "import_file";
    QTest::newRow("mautic") << QStringList{QStringLiteral("title"),           QStringLiteral("firstname"),
                                           QStringLiteral("lastname"),        QStringLiteral("email"),
                                           QStringLiteral("company"),         QStringLiteral("position"),
                                           QStringLiteral("mobile"),          QStringLiteral("zipcode"),
                                           QStringLiteral("preferred_locale")}
                            << "mautic"
                            << "contacts";
    QTest::newRow("mailchimp campaigns report")
        << QStringList{QStringLiteral("Title"),     QStringLiteral("Subject"),          QStringLiteral("List"),
                       QStringLiteral("Send Date"), QStringLiteral("Total Recipients"), QStringLiteral("Open Rate")}
        << "mailchimp"
        << "campaign_report";
}

void TestProfiles::detectsRealisticHeaders()
{
    QFETCH(QStringList, header);
    QFETCH(QString, profileId);
    QFETCH(QString, kindId);

    const ProfileMatch match = detectProfile(header);
    QVERIFY(match.profile);
    QCOMPARE(match.profile->id(), profileId);
    QVERIFY(match.exportKind);
    QCOMPARE(match.exportKind->id, kindId);
    QVERIFY2(match.confidence >= 0.5 && match.confidence <= 1.0, qPrintable(QString::number(match.confidence)));
    QCOMPARE(match.mapping.columns.size(), header.size());
    QCOMPARE(match.matchedColumns.size() + match.unmatchedColumns.size(), header.size());
    const Result<void> valid = validateMapping(match.mapping, *match.profile);
    QVERIFY2(valid.ok(), qPrintable(valid.error().message));
}

void TestProfiles::detectsSharedFixtureFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<QString>("kindId");
    QTest::addColumn<int>("columns");
    QTest::newRow("mailchimp subscribed fixture") << "mailchimp_subscribed_fixture.csv"
                                                  << "mailchimp"
                                                  << "subscribed" << 19;
    QTest::newRow("brevo contacts template") << "brevo_contacts_template.csv"
                                             << "brevo"
                                             << "contacts" << 7;
    QTest::newRow("mailchimp campaigns report") << "mailchimp_campaigns_report_fixture.csv"
                                                << "mailchimp"
                                                << "campaign_report" << 20;
}

void TestProfiles::detectsSharedFixtureFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, profileId);
    QFETCH(QString, kindId);
    QFETCH(int, columns);

    const QStringList header = firstLine(sharedHeaders + file);
    QCOMPARE(header.size(), columns);
    const ProfileMatch match = detectProfile(header);
    QCOMPARE(match.profile->id(), profileId);
    QCOMPARE(match.exportKind->id, kindId);
    QCOMPARE(match.confidence, 1.0);
    QVERIFY(match.unmatchedColumns.isEmpty());
}

void TestProfiles::detectsLayoutsListedInEvidenceFile()
{
    const QList<QStringList> rows = parseCsv(readText(sharedHeaders + QStringLiteral("esp_header_layouts.csv")));
    QVERIFY(rows.size() > 5);
    const QHash<QString, QString> espIds = {{QStringLiteral("Mailchimp"), QStringLiteral("mailchimp")},
                                            {QStringLiteral("Brevo (Sendinblue)"), QStringLiteral("brevo")},
                                            {QStringLiteral("HubSpot"), QStringLiteral("hubspot")},
                                            {QStringLiteral("Klaviyo"), QStringLiteral("klaviyo")}};
    QStringList subscribedColumns;
    int checked = 0;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        QVERIFY(row.size() >= 3);
        QString layout = row.at(2).trimmed();
        // Key/value reports and "not found" rows are not header lines.
        if (!espIds.contains(row.at(0)) || layout.contains(u'\n') || layout.startsWith(QStringLiteral("not found")))
            continue;
        if (layout.startsWith(u'[') && layout.endsWith(u']'))
            layout = layout.mid(1, layout.size() - 2); // the Export API writes a JSON array per line
        layout.remove(QRegularExpression(QStringLiteral(R"(\[[^\]]*\])"))); // optional trailing columns
        QStringList header;
        for (QString cell : parseCsv(layout).value(0)) {
            cell = cell.trimmed();
            if (cell == u"<subscribed columns...>")
                header << subscribedColumns;
            else if (cell == u"<merge fields...>")
                header << QStringLiteral("Birthday") << QStringLiteral("Favourite Colour"); // audience-specific
            else if (!cell.isEmpty() && !cell.startsWith(u'<') && !cell.endsWith(QStringLiteral("...")))
                header << cell;
        }
        const QString type = row.at(1).toLower();
        QString kind = QStringLiteral("subscribed");
        if (type.contains(QStringLiteral("unsubscribed")))
            kind = QStringLiteral("unsubscribed");
        else if (type.contains(QStringLiteral("cleaned")))
            kind = QStringLiteral("cleaned");
        else if (type.contains(QStringLiteral("campaign")))
            kind = QStringLiteral("campaign_report");
        else if (row.at(0) != u"Mailchimp")
            kind = QStringLiteral("contacts");
        if (subscribedColumns.isEmpty() && kind == u"subscribed")
            subscribedColumns = header;

        const ProfileMatch match = detectProfile(header);
        const QString label = row.at(0) + u'/' + row.at(1) + u": " + header.join(u',');
        QVERIFY2(match.exportKind, qPrintable(label));
        QCOMPARE(match.profile->id(), espIds.value(row.at(0)));
        QCOMPARE(match.exportKind->id, kind);
        ++checked;
    }
    QCOMPARE(checked, 7); // Mailchimp x5, Brevo, HubSpot: a change to the file shows up here
}

void TestProfiles::unknownHeaderFallsBackToGeneric_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("emailColumn");
    QTest::newRow("email") << QStringList{QStringLiteral("email"), QStringLiteral("Favourite colour")} << "email";
    QTest::newRow("e-mail") << QStringList{QStringLiteral("Name"), QStringLiteral("E-Mail"),
                                           QStringLiteral("Shoe size")}
                            << "E-Mail";
    QTest::newRow("Email Address") << QStringList{QStringLiteral("Email Address"), QStringLiteral("Loyalty points"),
                                                  QStringLiteral("first name")}
                                   << "Email Address";
}

void TestProfiles::unknownHeaderFallsBackToGeneric()
{
    QFETCH(QStringList, header);
    QFETCH(QString, emailColumn);

    const ProfileMatch match = detectProfile(header);
    QCOMPARE(match.profile->id(), QStringLiteral("generic"));
    QVERIFY(!match.exportKind);
    const MappedColumn *email = match.mapping.columnFor(QStringLiteral("email"));
    QVERIFY(email);
    QCOMPARE(email->name, emailColumn);
    QCOMPARE(email->index, static_cast<int>(header.indexOf(emailColumn)));
    QVERIFY(match.unmatchedColumns.size() >= 1); // the unknown column is kept as a custom field
    const MappedColumn *odd = column(match.mapping, match.unmatchedColumns.constFirst());
    QCOMPARE(odd->target, MappingTarget::customField(match.unmatchedColumns.constFirst()));
    QVERIFY(validateMapping(match.mapping, *match.profile).ok());
}

void TestProfiles::proposesMailchimpMapping()
{
    const ColumnMapping mapping =
        proposeMapping(profile(QStringLiteral("mailchimp")), mailchimpSubscribed,
                       profile(QStringLiteral("mailchimp")).exportKind(QStringLiteral("subscribed")));
    QCOMPARE(mapping.profileId, QStringLiteral("mailchimp"));
    QCOMPARE(mapping.columns.size(), mailchimpSubscribed.size());
    QCOMPARE(column(mapping, QStringLiteral("TIMEZONE"))->target,
             MappingTarget::contactField(QStringLiteral("time_zone")));
    QCOMPARE(column(mapping, QStringLiteral("GMTOFF"))->target,
             MappingTarget::contactField(QStringLiteral("utc_offset")));
    QCOMPARE(column(mapping, QStringLiteral("DSTOFF"))->target,
             MappingTarget::contactField(QStringLiteral("dst_offset")));
    QCOMPARE(column(mapping, QStringLiteral("TAGS"))->target, MappingTarget::tags());
    QCOMPARE(column(mapping, QStringLiteral("Email Address"))->target,
             MappingTarget::contactField(QStringLiteral("email")));
    QCOMPARE(column(mapping, QStringLiteral("CC"))->target, MappingTarget::contactField(QStringLiteral("country")));
    QCOMPARE(column(mapping, QStringLiteral("LEID"))->target,
             MappingTarget::contactField(QStringLiteral("external_id")));
    QCOMPARE(column(mapping, QStringLiteral("OPTIN_TIME"))->target,
             MappingTarget::contactField(QStringLiteral("optin_at")));
    // Audience-specific merge fields become custom fields under their own name.
    QCOMPARE(column(mapping, QStringLiteral("SHOE_SIZE"))->target,
             MappingTarget::customField(QStringLiteral("SHOE_SIZE")));
    QCOMPARE(column(mapping, QStringLiteral("Birthday"))->target,
             MappingTarget::customField(QStringLiteral("Birthday")));
    QVERIFY(!column(mapping, QStringLiteral("SHOE_SIZE"))->matchedByProfile);
    QCOMPARE(column(mapping, QStringLiteral("MEMBER_RATING"))->target,
             MappingTarget::customField(QStringLiteral("MEMBER_RATING")));
    QVERIFY(column(mapping, QStringLiteral("MEMBER_RATING"))->matchedByProfile);
    QCOMPARE(mapping.unmatchedColumns(), (QStringList{QStringLiteral("Birthday"), QStringLiteral("SHOE_SIZE")}));
    QCOMPARE(column(mapping, QStringLiteral("GMTOFF"))->index,
             static_cast<int>(mailchimpSubscribed.indexOf(u"GMTOFF")));
}

void TestProfiles::keepsRepeatedColumnsApart()
{
    // A real unsubscribed export repeats UNSUB_CAMPAIGN_ID and UNSUB_REASON (a merge field with the same name).
    const QStringList header =
        plus(mailchimpSubscribed,
             {QStringLiteral("UNSUB_CAMPAIGN_ID"), QStringLiteral("UNSUB_REASON"), QStringLiteral("UNSUB_TIME"),
              QStringLiteral("UNSUB_CAMPAIGN_TITLE"), QStringLiteral("UNSUB_CAMPAIGN_ID"),
              QStringLiteral("UNSUB_REASON"), QStringLiteral("UNSUB_REASON_OTHER")});
    const ProfileMatch match = detectProfile(header);
    QCOMPARE(match.exportKind->id, QStringLiteral("unsubscribed"));
    const QList<MappedColumn> &columns = match.mapping.columns;
    const qsizetype firstReason = header.indexOf(u"UNSUB_REASON");
    const qsizetype secondReason = header.lastIndexOf(u"UNSUB_REASON");
    QCOMPARE(columns.at(firstReason).target, MappingTarget::contactField(QStringLiteral("unsubscribe_reason")));
    QCOMPARE(columns.at(secondReason).target, MappingTarget::customField(QStringLiteral("UNSUB_REASON")));
    const qsizetype firstId = header.indexOf(u"UNSUB_CAMPAIGN_ID");
    const qsizetype secondId = header.lastIndexOf(u"UNSUB_CAMPAIGN_ID");
    QCOMPARE(columns.at(firstId).target, MappingTarget::customField(QStringLiteral("UNSUB_CAMPAIGN_ID")));
    QCOMPARE(columns.at(secondId).target, MappingTarget::customField(QStringLiteral("UNSUB_CAMPAIGN_ID (2)")));
    QVERIFY(validateMapping(match.mapping, *match.profile).ok());
}

void TestProfiles::mapsListmonkAttributesJson()
{
    const ProfileMatch match = detectProfile({QStringLiteral("uuid"), QStringLiteral("email"), QStringLiteral("name"),
                                              QStringLiteral("attributes"), QStringLiteral("status")});
    QCOMPARE(match.profile->id(), QStringLiteral("listmonk"));
    const MappedColumn *attributes = column(match.mapping, QStringLiteral("attributes"));
    QCOMPARE(attributes->target, MappingTarget::customField({}));
    QCOMPARE(attributes->jsonKeys.value(QStringLiteral("city")), QStringLiteral("city"));
    QCOMPARE(attributes->jsonKeys.value(QStringLiteral("tz")), QStringLiteral("time_zone"));
    QCOMPARE(column(match.mapping, QStringLiteral("name"))->target,
             MappingTarget::contactField(QStringLiteral("full_name")));
    QCOMPARE(column(match.mapping, QStringLiteral("uuid"))->target,
             MappingTarget::contactField(QStringLiteral("external_id")));
}

void TestProfiles::fileKindImpliesStatus()
{
    const ProfileMatch subscribed = detectProfile(mailchimpSubscribed);
    QCOMPARE(subscribed.impliedStatus(), std::optional(ContactStatus::Subscribed));
    const ProfileMatch unsubscribed =
        detectProfile(plus(mailchimpSubscribed, {QStringLiteral("UNSUB_TIME"), QStringLiteral("UNSUB_REASON")}));
    QCOMPARE(unsubscribed.impliedStatus(), std::optional(ContactStatus::Unsubscribed));
    const ProfileMatch cleaned = detectProfile(plus(mailchimpSubscribed, {QStringLiteral("CLEAN_TIME")}));
    QCOMPARE(cleaned.impliedStatus(), std::optional(ContactStatus::Cleaned));
    const ProfileMatch generic = detectProfile({QStringLiteral("email")});
    QCOMPARE(generic.impliedStatus(), std::nullopt);
}

void TestProfiles::statusVocabulary_data()
{
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<QString>("word");
    QTest::addColumn<ContactStatus>("expected");
    QTest::newRow("mailchimp cleaned") << "mailchimp"
                                       << "cleaned" << ContactStatus::Cleaned;
    QTest::newRow("mailchimp transactional") << "mailchimp"
                                             << "transactional" << ContactStatus::NonSubscribed;
    QTest::newRow("mailchimp pending") << "mailchimp"
                                       << "Pending" << ContactStatus::Pending;
    QTest::newRow("klaviyo never subscribed") << "klaviyo"
                                              << "NEVER_SUBSCRIBED" << ContactStatus::NonSubscribed;
    QTest::newRow("klaviyo display form") << "klaviyo"
                                          << "Never Subscribed" << ContactStatus::NonSubscribed;
    QTest::newRow("klaviyo subscribed") << "klaviyo"
                                        << "SUBSCRIBED" << ContactStatus::Subscribed;
    QTest::newRow("klaviyo spam complaint") << "klaviyo"
                                            << "SPAM_COMPLAINT" << ContactStatus::Complained;
    QTest::newRow("hubspot marketing") << "hubspot"
                                       << "Marketing contact" << ContactStatus::Subscribed;
    QTest::newRow("hubspot non-marketing") << "hubspot"
                                           << "Non-marketing contact" << ContactStatus::NonSubscribed;
    QTest::newRow("brevo blacklisted") << "brevo"
                                       << "Blacklisted" << ContactStatus::Unsubscribed;
    QTest::newRow("activecampaign unconfirmed") << "activecampaign"
                                                << "Unconfirmed" << ContactStatus::Pending;
    QTest::newRow("activecampaign bounced") << "activecampaign"
                                            << "Bounced" << ContactStatus::Bounced;
    QTest::newRow("activecampaign active") << "activecampaign"
                                           << "Active" << ContactStatus::Subscribed;
    QTest::newRow("constant contact awaiting") << "constantcontact"
                                               << "Awaiting Confirmation" << ContactStatus::Pending;
    QTest::newRow("constant contact no permission") << "constantcontact"
                                                    << "No Permissions Set" << ContactStatus::NonSubscribed;
    QTest::newRow("listmonk enabled") << "listmonk"
                                      << "enabled" << ContactStatus::Subscribed;
    QTest::newRow("listmonk blocklisted") << "listmonk"
                                          << "blocklisted" << ContactStatus::Unsubscribed;
    QTest::newRow("listmonk old blacklisted") << "listmonk"
                                              << "blacklisted" << ContactStatus::Unsubscribed;
    QTest::newRow("mautic bounced") << "mautic"
                                    << "bounced" << ContactStatus::Bounced;
    QTest::newRow("generic opted out") << "generic"
                                       << " Opted Out " << ContactStatus::Unsubscribed;
}

void TestProfiles::statusVocabulary()
{
    QFETCH(QString, profileId);
    QFETCH(QString, word);
    QFETCH(ContactStatus, expected);
    const Result<ContactStatus> status = profile(profileId).parseStatus(word);
    QVERIFY2(status.ok(), qPrintable(status.error().message));
    QCOMPARE(status.value(), expected);
}

void TestProfiles::unknownStatusListsTheEspsWords()
{
    const Result<ContactStatus> status = profile(QStringLiteral("listmonk")).parseStatus(QStringLiteral("sleeping"));
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.contains(QStringLiteral("sleeping")));
    QVERIFY(status.error().message.contains(QStringLiteral("listmonk")));
    QVERIFY(status.error().message.contains(QStringLiteral("blocklisted")));
}

void TestProfiles::yesNoColumns()
{
    const EspProfile &hubspot = profile(QStringLiteral("hubspot"));
    QCOMPARE(hubspot.parseBoolean(QStringLiteral("TRUE")).value(), true);
    QCOMPARE(hubspot.parseBoolean(QStringLiteral("false")).value(), false);
    QCOMPARE(hubspot.parseBoolean(QString()).value(), false);
    QVERIFY(!hubspot.parseBoolean(QStringLiteral("maybe")).ok());
    QCOMPARE(profile(QStringLiteral("brevo")).parseBoolean(QStringLiteral("Oui")).value(), true);

    const ProfileMatch bounces =
        detectProfile({QStringLiteral("Email"), QStringLiteral("Portal Bounce"), QStringLiteral("Global Bounce"),
                       QStringLiteral("Portal Unsubscribe"), QStringLiteral("Portal Spam Report")});
    // Both bounce columns feed the same yes/no fact; neither is pushed aside as a custom field.
    QCOMPARE(bounces.mapping.columns.at(1).target, MappingTarget::contactField(QStringLiteral("hard_bounced")));
    QCOMPARE(bounces.mapping.columns.at(2).target, MappingTarget::contactField(QStringLiteral("hard_bounced")));
    QCOMPARE(bounces.mapping.columns.at(3).target, MappingTarget::contactField(QStringLiteral("opted_out")));
    QCOMPARE(bounces.mapping.columns.at(4).target, MappingTarget::contactField(QStringLiteral("spam_complaint")));
}

void TestProfiles::parsesTagCells_data()
{
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("tags");
    const QStringList vipBlog = {QStringLiteral("VIP"), QStringLiteral("Blog")};
    QTest::newRow("mailchimp quoted") << "mailchimp"
                                      << R"("VIP","Blog")" << vipBlog;
    QTest::newRow("mailchimp bare") << "mailchimp"
                                    << "VIP, Blog" << vipBlog;
    QTest::newRow("mailchimp spaced quotes") << "mailchimp"
                                             << R"( "VIP" , "Blog" )" << vipBlog;
    QTest::newRow("mailchimp comma inside quotes")
        << "mailchimp"
        << R"("Big, Tall","VIP")" << QStringList{QStringLiteral("Big, Tall"), QStringLiteral("VIP")};
    QTest::newRow("mailchimp duplicate and empty") << "mailchimp"
                                                   << R"("VIP",,"vip","Blog",)" << vipBlog;
    QTest::newRow("mailchimp empty cell") << "mailchimp"
                                          << "" << QStringList();
    QTest::newRow("activecampaign") << "activecampaign"
                                    << "VIP,Blog" << vipBlog;
    QTest::newRow("hubspot semicolons") << "hubspot"
                                        << "VIP;Blog" << vipBlog;
}

void TestProfiles::parsesTagCells()
{
    QFETCH(QString, profileId);
    QFETCH(QString, cell);
    QFETCH(QStringList, tags);
    QCOMPARE(profile(profileId).parseTags(cell), tags);
}

void TestProfiles::parsesDates_data()
{
    QTest::addColumn<QString>("profileId");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fileZone");
    QTest::addColumn<QDateTime>("expected");
    const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
    };
    QTest::newRow("mailchimp") << "mailchimp"
                               << "2015-03-16 14:40:47"
                               << "" << utc(2015, 3, 16, 14, 40, 47);
    QTest::newRow("mailchimp report, account zone") << "mailchimp"
                                                    << "Jun 09, 2018 09:30 pm"
                                                    << "America/New_York" << QDateTime();
    QTest::newRow("listmonk go time") << "listmonk"
                                      << "2020-03-07 12:34:56.123456 +0000 UTC"
                                      << "" << utc(2020, 3, 7, 12, 34, 56, 123);
    QTest::newRow("constant contact offset") << "constantcontact"
                                             << "2020-09-25 16:45:13 -0400"
                                             << "Europe/Paris" << utc(2020, 9, 25, 20, 45, 13);
    QTest::newRow("klaviyo us short year") << "klaviyo"
                                           << "09/30/14 13:34"
                                           << "" << utc(2014, 9, 30, 13, 34, 0);
    QTest::newRow("klaviyo micros offset") << "klaviyo"
                                           << "2014-09-30 13:34:08.000001-04:00"
                                           << "" << utc(2014, 9, 30, 17, 34, 8);
    QTest::newRow("klaviyo unix") << "klaviyo"
                                  << "1412098448"
                                  << "" << utc(2014, 9, 30, 17, 34, 8);
    QTest::newRow("hubspot 12h in account zone") << "hubspot"
                                                 << "3/15/2024 2:30 PM"
                                                 << "Europe/Berlin" << utc(2024, 3, 15, 13, 30, 0);
    QTest::newRow("hubspot iso-ish") << "hubspot"
                                     << "2024-03-12 09:14"
                                     << "UTC" << utc(2024, 3, 12, 9, 14, 0);
    QTest::newRow("mautic iso with Z") << "mautic"
                                       << "2023-11-08T13:15:00Z"
                                       << "" << utc(2023, 11, 8, 13, 15, 0);
}

void TestProfiles::parsesDates()
{
    QFETCH(QString, profileId);
    QFETCH(QString, text);
    QFETCH(QString, fileZone);
    QFETCH(QDateTime, expected);
    const EspProfile &esp = profile(profileId);
    const QTimeZone zone = fileZone.isEmpty() ? QTimeZone::utc() : QTimeZone(fileZone.toUtf8());
    const ExportKind *kind =
        fileZone == u"America/New_York" ? esp.exportKind(QStringLiteral("campaign_report")) : nullptr;
    const Result<QDateTime> parsed = esp.parseDateTime(text, zone, kind);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    if (!expected.isValid()) // 21:30 in New York on 9 June 2018 (EDT, UTC-4)
        expected = QDateTime(QDate(2018, 6, 10), QTime(1, 30), QTimeZone::utc());
    QCOMPARE(parsed->toUTC(), expected);
}

void TestProfiles::rejectsBadDate()
{
    const Result<QDateTime> parsed =
        profile(QStringLiteral("mailchimp")).parseDateTime(QStringLiteral("16/03/2015 2pm"));
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(QStringLiteral("16/03/2015 2pm")));
    QVERIFY(parsed.error().message.contains(QStringLiteral("Mailchimp")));
    QVERIFY2(parsed.error().message.contains(QStringLiteral("2015-03-16 14:40:47")),
             qPrintable(parsed.error().message));
    QVERIFY(!profile(QStringLiteral("mailchimp")).parseDateTime(QString()).ok());
}

void TestProfiles::savesAndReloadsMapping()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(dir.filePath(QStringLiteral("t.herald")));
    QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
    Workspace &ws = **workspace;

    ProfileMatch match = detectProfile(mailchimpSubscribed);
    match.mapping.columns[4].target = MappingTarget::customField(QStringLiteral("Shoe size")); // the user's edit
    match.mapping.columns[20].target = MappingTarget::ignore();
    QVERIFY(saveMapping(ws, QStringLiteral("Shop audience"), match.mapping).ok());
    QVERIFY(saveMapping(ws, QStringLiteral("50%_off list"), detectProfile({QStringLiteral("email")}).mapping).ok());

    const Result<QStringList> names = savedMappingNames(ws);
    QVERIFY(names.ok());
    QCOMPARE(names.value(), (QStringList{QStringLiteral("50%_off list"), QStringLiteral("Shop audience")}));
    QCOMPARE(ws.meta(QStringLiteral("mapping:Shop audience")).isEmpty(), false);

    const Result<ColumnMapping> loaded = loadMapping(ws, QStringLiteral("Shop audience"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
    QCOMPARE(loaded->profileId, QStringLiteral("mailchimp"));
    QCOMPARE(loaded->exportKind, QStringLiteral("subscribed"));
    QCOMPARE(loaded->columns.size(), match.mapping.columns.size());
    for (qsizetype i = 0; i < loaded->columns.size(); ++i) {
        QCOMPARE(loaded->columns.at(i).index, match.mapping.columns.at(i).index);
        QCOMPARE(loaded->columns.at(i).name, match.mapping.columns.at(i).name);
        QCOMPARE(loaded->columns.at(i).target, match.mapping.columns.at(i).target);
        QCOMPARE(loaded->columns.at(i).matchedByProfile, match.mapping.columns.at(i).matchedByProfile);
    }
    QCOMPARE(loaded->columns.at(4).target, MappingTarget::customField(QStringLiteral("Shoe size")));

    QVERIFY(deleteMapping(ws, QStringLiteral("50%_off list")).ok());
    QCOMPARE(savedMappingNames(ws).value(), QStringList{QStringLiteral("Shop audience")});
    const Result<ColumnMapping> missing = loadMapping(ws, QStringLiteral("50%_off list"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("50%_off list")));
    QVERIFY(!saveMapping(ws, QStringLiteral("  "), match.mapping).ok());

    ws.setMeta(QStringLiteral("mapping:broken"), QStringLiteral("{not json"));
    const Result<ColumnMapping> broken = loadMapping(ws, QStringLiteral("broken"));
    QVERIFY(!broken.ok());
    QVERIFY(broken.error().message.contains(QStringLiteral("broken")));
}

void TestProfiles::savedMappingFollowsMovedColumns()
{
    ColumnMapping saved = detectProfile(mailchimpSubscribed).mapping;
    saved.columns[4].target = MappingTarget::customField(QStringLiteral("Shoe size"));

    QStringList moved = mailchimpSubscribed;
    moved.move(4, 0);                        // SHOE_SIZE is now first
    moved << QStringLiteral("Loyalty tier"); // a column the saved mapping never saw
    const ColumnMapping proposed = detectProfile(moved).mapping;
    const ColumnMapping applied = applySavedMapping(saved, proposed);
    QCOMPARE(applied.columns.at(0).name, QStringLiteral("SHOE_SIZE"));
    QCOMPARE(applied.columns.at(0).index, 0);
    QCOMPARE(applied.columns.at(0).target, MappingTarget::customField(QStringLiteral("Shoe size")));
    QCOMPARE(applied.columns.last().target, MappingTarget::customField(QStringLiteral("Loyalty tier")));
    QCOMPARE(column(applied, QStringLiteral("TIMEZONE"))->target,
             MappingTarget::contactField(QStringLiteral("time_zone")));
}

void TestProfiles::validatesEditedMapping()
{
    const EspProfile &mailchimp = profile(QStringLiteral("mailchimp"));
    ColumnMapping mapping = detectProfile(mailchimpSubscribed).mapping;
    QVERIFY(validateMapping(mapping, mailchimp).ok());

    ColumnMapping noEmail = mapping;
    noEmail.columns[0].target = MappingTarget::ignore();
    const Result<void> missing = validateMapping(noEmail, mailchimp);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("Email address")));

    ColumnMapping twice = mapping;
    twice.columns[2].target = MappingTarget::contactField(QStringLiteral("first_name"));
    const Result<void> clash = validateMapping(twice, mailchimp);
    QVERIFY(!clash.ok());
    QVERIFY(clash.error().message.contains(QStringLiteral("First Name")));
    QVERIFY(clash.error().message.contains(QStringLiteral("Last Name")));

    ColumnMapping sameCustom = mapping;
    sameCustom.columns[3].target = MappingTarget::customField(QStringLiteral("size"));
    sameCustom.columns[4].target = MappingTarget::customField(QStringLiteral("Size"));
    QVERIFY(!validateMapping(sameCustom, mailchimp).ok());
}

void TestProfiles::malformedProfileNamesFileAndProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("line");
    QString good = profileTemplate.arg(QStringLiteral("sendy"), QStringLiteral("Sendy"),
                                       QStringLiteral(R"("Subscriber Address", "Groups", "Signup Channel")"));
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"herald-esp-profile\",\n  \"id\": oops\n}")
                              << "not valid JSON" << 3;
    QTest::newRow("unknown field")
        << good.replace(QStringLiteral(R"("field": "tags")"), QStringLiteral(R"("field": "tagz")")).toUtf8()
        << "columns[1].field" << 0;
    QTest::newRow("misspelt key") << QString(profileTemplate.arg(QStringLiteral("sendy"), QStringLiteral("Sendy"),
                                                                 QStringLiteral(R"("a")")))
                                         .replace(QStringLiteral(R"("statuses")"), QStringLiteral(R"("stauses")"))
                                         .toUtf8()
                                  << "stauses" << 0;
    QTest::newRow("bad status") << QString(profileTemplate.arg(QStringLiteral("sendy"), QStringLiteral("Sendy"),
                                                               QStringLiteral(R"("a")")))
                                       .replace(QStringLiteral(R"("active": "subscribed")"),
                                                QStringLiteral(R"("active": "happy")"))
                                       .toUtf8()
                                << "statuses.active" << 0;
    QTest::newRow("import without email")
        << QString(profileTemplate.arg(QStringLiteral("sendy"), QStringLiteral("Sendy"), QStringLiteral(R"("a")")))
               .replace(QStringLiteral("{email}"), QStringLiteral("{first_name}"))
               .toUtf8()
        << "import.columns" << 0;
    QTest::newRow("unknown placeholder") << QString(profileTemplate.arg(QStringLiteral("sendy"),
                                                                        QStringLiteral("Sendy"),
                                                                        QStringLiteral(R"("a")")))
                                                .replace(QStringLiteral("{email}"), QStringLiteral("{email} {shoe}"))
                                                .toUtf8()
                                         << "{shoe}" << 0;
    QTest::newRow("no import layout") << QByteArray(
                                             R"({"format": "herald-esp-profile", "version": 1, "id": "x", "name": "X",
        "sources": [{"covers": "c", "location": "l", "status": "assumed"}],
        "exports": [{"id": "k", "name": "K", "evidence": "assumed", "headers": ["a"]}],
        "columns": [{"field": "email", "aliases": ["a"]}], "statuses": {"a": "subscribed"},
        "dates": {"formats": ["yyyy"], "zone": "utc"}})")
                                      << "import: is missing" << 0;
}

void TestProfiles::malformedProfileNamesFileAndProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    QFETCH(int, line);
    const QString fileName = QStringLiteral("/home/me/profiles/sendy.json");
    const Result<EspProfile> loaded = EspProfile::fromJson(json, fileName);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().file, fileName);
    QVERIFY2(loaded.error().message.contains(problem), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().toString().startsWith(fileName));
    if (line > 0) {
        QCOMPARE(loaded.error().line, qint64(line));
        QVERIFY(loaded.error().column > 0);
    }
}

void TestProfiles::userFolderAddsAnEspWithoutCode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QString &text) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    };
    write(QStringLiteral("sendy.json"),
          profileTemplate.arg(QStringLiteral("sendy"), QStringLiteral("Sendy"),
                              QStringLiteral(R"("Subscriber Address", "Groups", "Signup Channel", "Sendy Rating")")));
    write(QStringLiteral("broken.json"), QStringLiteral("{ \"format\": "));

    Result<EspProfileRegistry> registry = EspProfileRegistry::loadBuiltIn();
    QVERIFY(registry.ok());
    const QList<Error> errors = registry->loadFolder(dir.path());
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.constFirst().file.endsWith(QStringLiteral("broken.json")));
    QVERIFY(registry->find(QStringLiteral("sendy")));
    QCOMPARE(registry->ids().last(), QStringLiteral("generic"));

    const QStringList header = {QStringLiteral("Subscriber Address"), QStringLiteral("Groups"),
                                QStringLiteral("Signup Channel"), QStringLiteral("Sendy Rating")};
    const ProfileMatch match = detectProfile(header, *registry);
    QCOMPARE(match.profile->id(), QStringLiteral("sendy"));
    QCOMPARE(match.mapping.columnFor(QStringLiteral("email"))->index, 0);
    QCOMPARE(match.mapping.columns.at(1).target, MappingTarget::tags());
    // The built-in registry is untouched.
    QVERIFY(!EspProfileRegistry::builtIn().find(QStringLiteral("sendy")));
    QCOMPARE(detectProfile(header).profile->id(), QStringLiteral("generic"));
    QVERIFY(registry->loadFolder(dir.filePath(QStringLiteral("missing"))).isEmpty());
}

void TestProfiles::rendersImportRows()
{
    ExportContact contact;
    contact.fields = {{QStringLiteral("email"), QStringLiteral("jakob@example.com")},
                      {QStringLiteral("first_name"), QStringLiteral("Jakob")},
                      {QStringLiteral("last_name"), QStringLiteral("Müller")},
                      {QStringLiteral("city"), QStringLiteral("Berlin")},
                      {QStringLiteral("time_zone"), QStringLiteral("Europe/Berlin")}};
    contact.tags = {QStringLiteral("VIP"), QStringLiteral("Blog \"Fans\"")};
    contact.customFields = {{QStringLiteral("Shoe size"), QStringLiteral("44")}};
    contact.zone = QTimeZone("Europe/Berlin");
    contact.sendAt = QDateTime(QDate(2024, 1, 9), QTime(7, 0), QTimeZone::utc()); // Tue 08:00 in Berlin

    const ImportLayout &mailchimp = profile(QStringLiteral("mailchimp")).importLayout();
    const QStringList header = importHeader(mailchimp);
    const QStringList row = renderImportRow(mailchimp, contact).value();
    QCOMPARE(row.at(header.indexOf(u"Email Address")), QStringLiteral("jakob@example.com"));
    QCOMPARE(row.at(header.indexOf(u"Tags")), QStringLiteral(R"("VIP","Blog ""Fans""","herald-send-tue-08h")"));
    QCOMPARE(row.at(header.indexOf(u"HERALD_SEND_AT")), QStringLiteral("2024-01-09 08:00:00"));
    QCOMPARE(row.at(header.indexOf(u"HERALD_SEND_UTC")), QStringLiteral("2024-01-09 07:00:00"));
    QCOMPARE(row.at(header.indexOf(u"HERALD_TZ")), QStringLiteral("Europe/Berlin"));
    // The tag written on export reads back as the same tags.
    QCOMPARE(
        profile(QStringLiteral("mailchimp")).parseTags(row.at(header.indexOf(u"Tags"))),
        (QStringList{QStringLiteral("VIP"), QStringLiteral("Blog \"Fans\""), QStringLiteral("herald-send-tue-08h")}));

    const ImportLayout &listmonk = profile(QStringLiteral("listmonk")).importLayout();
    const QStringList listmonkRow = renderImportRow(listmonk, contact).value();
    QCOMPARE(importHeader(listmonk),
             (QStringList{QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("attributes")}));
    QCOMPARE(listmonkRow.at(1), QStringLiteral("Jakob Müller"));
    const QJsonObject attributes = QJsonDocument::fromJson(listmonkRow.at(2).toUtf8()).object();
    QCOMPARE(attributes.value(QStringLiteral("city")).toString(), QStringLiteral("Berlin"));
    QCOMPARE(attributes.value(QStringLiteral("timezone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(attributes.value(QStringLiteral("herald_send_at_utc")).toString(), QStringLiteral("2024-01-09T07:00:00Z"));
    QCOMPARE(attributes.value(QStringLiteral("herald_send_hour")).toString(), QStringLiteral("08"));
    QCOMPARE(attributes.value(QStringLiteral("Shoe size")).toString(), QStringLiteral("44"));

    QCOMPARE(profile(QStringLiteral("brevo")).importLayout().delimiter, QChar(u';'));
    QCOMPARE(profile(QStringLiteral("hubspot")).importLayout().tagSeparator, QChar(u';'));

    // Without a schedule the send columns stay empty; without an email the row is refused.
    ExportContact unscheduled = contact;
    unscheduled.sendAt = QDateTime();
    const QStringList plain = renderImportRow(mailchimp, unscheduled).value();
    QCOMPARE(plain.at(header.indexOf(u"HERALD_SEND_AT")), QString());
    QCOMPARE(plain.at(header.indexOf(u"Tags")), QStringLiteral(R"("VIP","Blog ""Fans""")"));
    unscheduled.fields.remove(QStringLiteral("email"));
    QVERIFY(!renderImportRow(mailchimp, unscheduled).ok());

    const ImportLayout &generic = profile(QStringLiteral("generic")).importLayout();
    contact.status = ContactStatus::Pending;
    QCOMPARE(renderImportRow(generic, contact).value().at(importHeader(generic).indexOf(u"status")),
             QStringLiteral("pending"));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "test_profiles.moc"
