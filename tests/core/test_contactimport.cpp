#include "import/bulkload.h"
#include "import/contactimport.h"
#include "import/importlog.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(HERALD_TEST_DATA "/contacts/") + QLatin1StringView(name);
}

// Everything a user could see in the workspace, as one hash: unchanged hash, unchanged workspace.
QByteArray contentHash(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"contacts", "tags", "contact_tags", "consent_events", "imports", "import_rejects"}) {
        Statement rows = db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        while (rows.step())
            for (int c = 0; c < rows.columnCount(); ++c)
                hash.addData(QByteArray(rows.columnText(c).toUtf8() + '\x1f'));
    }
    return hash.result();
}

} // namespace

class TestContactImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_count = 0;

    Database &db() { return m_workspace->db(); }

    ContactImportReport import(const QString &path, ContactImportOptions options = {})
    {
        options.filePath = path;
        auto report = importContacts(*m_workspace, options);
        if (!report.ok())
            qWarning() << report.error().toString();
        return report.ok() ? report.value() : ContactImportReport{};
    }

    QString value(const char *sql, const QString &email)
    {
        Statement statement = db().prepare(sql);
        statement.bind(1, email);
        return statement.step() ? statement.columnText(0) : QString();
    }

    static void checkBalance(const ImportCounts &counts)
    {
        QCOMPARE(counts.rowsRead, counts.imported + counts.updated + counts.duplicates + counts.rejected);
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("w%1.herald").arg(++m_count)));
        QVERIFY(opened.ok());
        m_workspace = std::move(opened).value();
        QVERIFY(m_workspace->setTimeZone(QTimeZone("Europe/London")).ok());
    }

    void mailchimpSubscribedFile()
    {
        const ContactImportReport report = import(fixture("mailchimp_subscribed.csv"));
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.files[0].profileId, u"mailchimp"_qs);
        QCOMPARE(report.files[0].exportKind, u"subscribed"_qs);
        QCOMPARE(report.counts.rowsRead, 7);
        QCOMPARE(report.counts.imported, 5);
        QCOMPARE(report.counts.duplicates, 1); // ANN.LEE@EXAMPLE.COM repeats ann.lee@example.com
        QCOMPARE(report.counts.rejected, 1);
        checkBalance(report.counts);
        QCOMPARE(report.rejects[0].line, 5);
        QCOMPARE(report.rejects[0].column, 1);
        QCOMPARE(report.rejects[0].field, u"Email Address"_qs);
        QVERIFY(report.rejects[0].reason.contains(u"not-an-email"_qs));

        // Zones: lower-case Mailchimp TIMEZONE, offsets, country, nothing.
        QCOMPARE(value("SELECT time_zone FROM contacts WHERE email_key = ?1", u"ann.lee@example.com"_qs),
                 u"America/New_York"_qs);
        QCOMPARE(value("SELECT time_zone_source FROM contacts WHERE email_key = ?1", u"ann.lee@example.com"_qs),
                 u"esp"_qs);
        QCOMPARE(value("SELECT time_zone FROM contacts WHERE email_key = ?1", u"bob@example.org"_qs),
                 u"Europe/Berlin"_qs);
        QCOMPARE(value("SELECT time_zone_source FROM contacts WHERE email_key = ?1", u"bob@example.org"_qs),
                 u"utc_offset"_qs);
        QCOMPARE(value("SELECT time_zone FROM contacts WHERE email_key = ?1", u"ken@example.com"_qs), u"Asia/Tokyo"_qs);
        QCOMPARE(value("SELECT time_zone FROM contacts WHERE email_key = ?1", u"carla@example.net"_qs),
                 u"Europe/Madrid"_qs);
        QCOMPARE(value("SELECT time_zone_source FROM contacts WHERE email_key = ?1", u"carla@example.net"_qs),
                 u"country"_qs);
        // Mars/Olympus is no zone: the contact follows the workspace, and the summary says why.
        QVERIFY(value("SELECT time_zone FROM contacts WHERE email_key = ?1", u"eve@example.com"_qs).isEmpty());
        bool warned = false;
        for (const ImportWarning &warning : report.warnings)
            warned = warned || warning.message.contains(u"Mars/Olympus"_qs);
        QVERIFY(warned);

        // Tags from `"VIP","Blog"` plus the repeat row's Newsletter; custom fields; names.
        QCOMPARE(value("SELECT group_concat(t.name, ',') FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON "
                       "t.id = ct.tag_id JOIN contacts c ON c.id = ct.contact_id WHERE c.email_key = ?1 "
                       "ORDER BY t.name) t",
                       u"ann.lee@example.com"_qs),
                 u"Blog,Newsletter,VIP"_qs);
        const QJsonObject fields =
            QJsonDocument::fromJson(
                value("SELECT fields FROM contacts WHERE email_key = ?1", u"ann.lee@example.com"_qs).toUtf8())
                .object();
        QCOMPARE(fields.value(u"BIRTHDAY"_qs).toString(), u"04/12"_qs);
        QCOMPARE(fields.value(u"MEMBER_RATING"_qs).toString(), u"4"_qs);
        QCOMPARE(value("SELECT last_name FROM contacts WHERE email_key = ?1", u"carla@example.net"_qs), u"Gómez"_qs);
        QCOMPARE(value("SELECT status FROM contacts WHERE email_key = ?1", u"carla@example.net"_qs).toInt(),
                 int(ContactStatus::Subscribed));
        // The signup time is the opt-in time, and the ledger records it.
        QCOMPARE(value("SELECT created_at FROM contacts WHERE email_key = ?1", u"ann.lee@example.com"_qs).toLongLong(),
                 QDateTime(QDate(2023, 1, 5), QTime(10, 0), QTimeZone::utc()).toSecsSinceEpoch());

        // The import and its reject are recorded.
        const QList<ImportSummary> imports = listImports(db());
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports[0].counts.rejected, 1);
        QCOMPARE(imports[0].sha256.size(), 64);
        QFile file(fixture("mailchimp_subscribed.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(imports[0].sha256,
                 QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(importRejects(db(), imports[0].id).size(), 1);
    }

    void unsubscribedFileOptsOutAndConsentIsKept()
    {
        import(fixture("mailchimp_subscribed.csv"));
        const ContactImportReport unsubscribed = import(fixture("mailchimp_unsubscribed.csv"));
        QCOMPARE(unsubscribed.files[0].exportKind, u"unsubscribed"_qs);
        QCOMPARE(unsubscribed.counts.updated, 1);
        QCOMPARE(unsubscribed.counts.imported, 1);
        QCOMPARE(value("SELECT status FROM contacts WHERE email_key = ?1", u"bob@example.org"_qs).toInt(),
                 int(ContactStatus::Unsubscribed));
        QCOMPARE(value("SELECT status FROM contacts WHERE email_key = ?1", u"zoe@example.com"_qs).toInt(),
                 int(ContactStatus::Unsubscribed));
        QCOMPARE(value("SELECT occurred_at FROM consent_events e JOIN contacts c ON c.id = e.contact_id WHERE "
                       "c.email_key = ?1 ORDER BY e.id DESC LIMIT 1",
                       u"bob@example.org"_qs)
                     .toLongLong(),
                 QDateTime(QDate(2024, 3, 1), QTime(8, 30), QTimeZone::utc()).toSecsSinceEpoch());

        // The old subscribed export again, with every policy: Bob stays unsubscribed.
        for (DuplicatePolicy policy : {DuplicatePolicy::Merge, DuplicatePolicy::Overwrite, DuplicatePolicy::Skip}) {
            ContactImportOptions options;
            options.onDuplicate = policy;
            const ContactImportReport again = import(fixture("mailchimp_subscribed.csv"), options);
            QCOMPARE(again.consentKept, 1);
            QCOMPARE(again.counts.imported, 0);
            checkBalance(again.counts);
            QCOMPARE(value("SELECT status FROM contacts WHERE email_key = ?1", u"bob@example.org"_qs).toInt(),
                     int(ContactStatus::Unsubscribed));
        }
    }

    void mailchimpZipImportsEveryMember()
    {
        const ContactImportReport report = import(fixture("mailchimp_audience_export.zip"));
        QCOMPARE(report.files.size(), 2); // the __MACOSX resource fork is not a member
        QVERIFY(report.files[0].name.endsWith(u"subscribed_members_export_1a2b3c.csv"_qs));
        QCOMPARE(report.files[1].exportKind, u"unsubscribed"_qs);
        QCOMPARE(report.counts.rowsRead, 9);
        checkBalance(report.counts);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM contacts"), 6); // Ann repeats; Bob is in both files
        QCOMPARE(db().scalarInt("SELECT count(*) FROM imports"), 2);
        // The search index took every new contact, including Bob, whom the second file updated.
        db().exec("INSERT INTO contacts_search(contacts_search) VALUES ('integrity-check')");
        QCOMPARE(db().scalarInt("SELECT count(*) FROM contacts_search WHERE contacts_search MATCH 'stone'"), 1);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM contacts_search"), 6);
        QCOMPARE(value("SELECT status FROM contacts WHERE email_key = ?1", u"bob@example.org"_qs).toInt(),
                 int(ContactStatus::Unsubscribed));
    }

    void encodingsAndDelimiters_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("listmonk BOM hides no column")
            << u"listmonk_bom.csv"_qs << u"listmonk"_qs << u"mia@example.com"_qs << u"first_name"_qs << u"Mia"_qs;
        QTest::newRow("windows-1252 semicolons") << u"brevo_semicolon_1252.csv"_qs << u"brevo"_qs
                                                 << u"jakob@example.com"_qs << u"last_name"_qs << u"Müller"_qs;
        QTest::newRow("windows-1252 diaeresis") << u"brevo_semicolon_1252.csv"_qs << u"brevo"_qs
                                                << u"zoe.f@example.com"_qs << u"first_name"_qs << u"Zoë"_qs;
        QTest::newRow("utf-16 tabs") << u"generic_utf16le.tsv"_qs << u"generic"_qs << u"li@example.com"_qs
                                     << u"first_name"_qs << u"李"_qs;
        QTest::newRow("country name") << u"generic_utf16le.tsv"_qs << u"generic"_qs << u"sven@example.com"_qs
                                      << u"country"_qs << u"SE"_qs;
    }

    void encodingsAndDelimiters()
    {
        QFETCH(QString, file);
        QFETCH(QString, profile);
        QFETCH(QString, email);
        QFETCH(QString, column);
        QFETCH(QString, expected);
        const ContactImportReport report = import(fixture(file.toLatin1().constData()));
        QCOMPARE(report.files.value(0).profileId, profile);
        QCOMPARE(report.counts.rejected, 0);
        QCOMPARE(value(qPrintable(u"SELECT "_qs + column + u" FROM contacts WHERE email_key = ?1"_qs), email),
                 expected);
    }

    void listmonkAttributesBecomeCustomFields()
    {
        import(fixture("listmonk_bom.csv"));
        const QJsonObject fields =
            QJsonDocument::fromJson(
                value("SELECT fields FROM contacts WHERE email_key = ?1", u"mia@example.com"_qs).toUtf8())
                .object();
        QCOMPARE(fields.value(u"plan"_qs).toString(), u"gold"_qs);
        QCOMPARE(fields.value(u"visits"_qs).toString(), u"12"_qs);
        QCOMPARE(value("SELECT last_name FROM contacts WHERE email_key = ?1", u"mia@example.com"_qs), u"Rossi"_qs);
    }

    void ambiguousDatesAskThenImport()
    {
        const QByteArray before = contentHash(db());
        ContactImportOptions options;
        options.filePath = fixture("ambiguous_dates.csv");
        options.columnOverrides = {{u"signup_date"_qs, u"created_at"_qs}};
        auto asked = importContacts(*m_workspace, options);
        QVERIFY(!asked.ok());
        QVERIFY2(asked.error().message.contains(u"day/month or month/day"_qs), qPrintable(asked.error().message));
        QVERIFY(asked.error().message.contains(u"03/04/2025"_qs));
        QCOMPARE(asked.error().line, 2);
        QCOMPARE(contentHash(db()), before);

        options.dateOrder = DateOrder::DayFirst;
        auto answered = importContacts(*m_workspace, options);
        QVERIFY2(answered.ok(), qPrintable(answered.error().toString()));
        QCOMPARE(value("SELECT created_at FROM contacts WHERE email_key = ?1", u"x1@example.com"_qs).toLongLong(),
                 QDateTime(QDate(2025, 4, 3), QTime(0, 0), QTimeZone("Europe/London")).toSecsSinceEpoch());
    }

    void brokenFileFailsWholeAndNamesTheLine()
    {
        import(fixture("listmonk_bom.csv"));
        const QByteArray before = contentHash(db());
        ContactImportOptions options;
        options.filePath = fixture("broken_quote.csv");
        auto result = importContacts(*m_workspace, options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().line, 3);
        QVERIFY(result.error().column > 0);
        QVERIFY(result.error().file.endsWith(u"broken_quote.csv"_qs));
        QCOMPARE(contentHash(db()), before);
    }

    void cancelLeavesWorkspaceUnchanged()
    {
        import(fixture("mailchimp_subscribed.csv"));
        const QString big = m_dir.filePath(u"big.csv"_qs);
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("email,first_name,tags\n");
            for (int i = 0; i < 20000; ++i)
                file.write(QStringLiteral("person%1@example.com,Person %1,t%2\n").arg(i).arg(i % 7).toUtf8());
        }
        const QByteArray before = contentHash(db());
        std::atomic_bool cancel{false};
        JobControl control;
        control.cancelFlag = &cancel;
        qint64 reports = 0;
        control.progress = [&](qint64 done, qint64, const QString &) {
            if (done > 0 && ++reports == 3)
                cancel = true;
        };
        ContactImportOptions options;
        options.filePath = big;
        auto result = importContacts(*m_workspace, options, control);
        QVERIFY(!result.ok());
        QVERIFY(result.error().cancelled);
        QCOMPARE(contentHash(db()), before);

        // Without the cancel, the same file imports whole.
        const ContactImportReport report = import(big);
        QCOMPARE(report.counts.imported, 20000);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM tags WHERE name GLOB 't[0-9]'"), 7);
    }

    // The CLI imports with the workspace to itself: a large import writes through a rollback journal, and the
    // workspace is back in the write-ahead log afterwards, whether the import finished or was cancelled. With another
    // connection open, it keeps the log.
    void exclusiveImportWritesWithoutTheLog_data()
    {
        QTest::addColumn<bool>("otherConnection");
        QTest::addColumn<bool>("cancelled");
        QTest::newRow("alone") << false << false;
        QTest::newRow("alone, cancelled") << false << true;
        QTest::newRow("another connection open") << true << false;
    }

    void exclusiveImportWritesWithoutTheLog()
    {
        QFETCH(bool, otherConnection);
        QFETCH(bool, cancelled);
        import(fixture("mailchimp_subscribed.csv"));
        const QString big = m_dir.filePath(QStringLiteral("big%1.csv").arg(m_count));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("email,first_name,tags\n");
            for (int i = 0; i < 20000; ++i)
                file.write(QStringLiteral("person%1@example.com,Person %1,t%2\n").arg(i).arg(i % 7).toUtf8());
        }
        std::unique_ptr<Workspace> other;
        if (otherConnection) {
            auto opened = Workspace::open(m_workspace->path());
            QVERIFY(opened.ok());
            other = std::move(opened).value();
            QCOMPARE(other->db().scalarInt("SELECT count(*) FROM contacts"), 5); // it has read: it holds its lock
        }
        const QByteArray before = contentHash(db());
        BulkWriteSettings::setWithoutLogBytesForTests(0);
        std::atomic_bool cancel{false};
        JobControl control;
        control.cancelFlag = &cancel;
        QStringList modes;
        control.progress = [&](qint64 done, qint64, const QString &) {
            if (done <= 0)
                return;
            modes << db().scalarText("PRAGMA journal_mode");
            if (cancelled && modes.size() == 3)
                cancel = true;
        };
        ContactImportOptions options;
        options.filePath = big;
        options.exclusive = true;
        auto result = importContacts(*m_workspace, options, control);
        BulkWriteSettings::setWithoutLogBytesForTests(-1);
        QVERIFY(!modes.isEmpty());
        QCOMPARE(modes.constFirst(), otherConnection ? u"wal"_qs : u"delete"_qs);
        QCOMPARE(db().scalarText("PRAGMA journal_mode"), u"wal"_qs);
        QCOMPARE(db().scalarInt("PRAGMA synchronous"), 1); // NORMAL, as the workspace set it
        if (cancelled) {
            QVERIFY(!result.ok());
            QVERIFY(result.error().cancelled);
            QCOMPARE(contentHash(db()), before);
        } else {
            QVERIFY2(result.ok(), qPrintable(result.error().toString()));
            QCOMPARE(result->counts.imported, 20000);
            QCOMPARE(db().scalarInt("SELECT count(*) FROM contacts"), 20005);
        }
        if (other) // the other connection sees what was committed
            QCOMPARE(other->db().scalarInt("SELECT count(*) FROM contacts"), cancelled ? 5 : 20005);
        // Reopened, the workspace is whole.
        m_workspace.reset();
        other.reset();
        auto reopened = Workspace::open(m_dir.filePath(QStringLiteral("w%1.herald").arg(m_count)));
        QVERIFY(reopened.ok());
        m_workspace = std::move(reopened).value();
        QCOMPARE(db().scalarText("PRAGMA quick_check"), u"ok"_qs);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM contacts"), cancelled ? 5 : 20005);
    }

    void mappingOverrides()
    {
        ContactImportOptions options;
        options.columnOverrides = {{u"NOTES"_qs, u"ignore"_qs}, {u"BIRTHDAY"_qs, u"custom:Birthday"_qs}};
        const ContactImportReport report = import(fixture("mailchimp_subscribed.csv"), options);
        QCOMPARE(report.counts.imported, 5);
        const QJsonObject fields =
            QJsonDocument::fromJson(
                value("SELECT fields FROM contacts WHERE email_key = ?1", u"bob@example.org"_qs).toUtf8())
                .object();
        QVERIFY(!fields.contains(u"NOTES"_qs));
        QVERIFY(!fields.contains(u"notes"_qs));

        options.filePath = fixture("mailchimp_subscribed.csv");
        options.columnOverrides = {{u"Shoe Size"_qs, u"custom"_qs}};
        auto missing = importContacts(*m_workspace, options);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"no column \"Shoe Size\""_qs));
        options.columnOverrides = {{u"NOTES"_qs, u"favourite_colour"_qs}};
        auto unknown = importContacts(*m_workspace, options);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(u"unknown field \"favourite_colour\""_qs));
    }

    void missingFileAndWrongProfile()
    {
        ContactImportOptions options;
        options.filePath = m_dir.filePath(u"nope.csv"_qs);
        auto missing = importContacts(*m_workspace, options);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"does not exist"_qs));
        options.filePath = fixture("listmonk_bom.csv");
        options.profileId = u"sendgrid"_qs;
        auto profile = importContacts(*m_workspace, options);
        QVERIFY(!profile.ok());
        QVERIFY(profile.error().message.contains(u"unknown profile \"sendgrid\""_qs));
        QVERIFY(profile.error().message.contains(u"mailchimp"_qs));
    }

    void chosenZipMembersDecidePreviewAndImport()
    {
        ContactImportOptions options;
        options.filePath = fixture("mailchimp_audience_export.zip");
        options.zipMembers = {u"unsubscribed_members_export_1a2b3c.csv"_qs};
        auto preview = previewContactImport(options, QTimeZone("Europe/London"));
        QVERIFY(preview.ok());
        QVERIFY(preview->file.endsWith(u"unsubscribed_members_export_1a2b3c.csv"_qs));
        QCOMPARE(preview->exportKind, u"unsubscribed"_qs);
        const ContactImportReport report = import(options.filePath, options);
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.counts.rowsRead, 2);

        options.zipMembers = {u"cleaned_members_export.csv"_qs};
        auto missing = importContacts(*m_workspace, options);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"no CSV member \"cleaned_members_export.csv\""_qs));
    }

    void previewShowsDetectionMappingAndRows()
    {
        ContactImportOptions options;
        options.filePath = fixture("mailchimp_subscribed.csv");
        auto preview = previewContactImport(options, QTimeZone("Europe/London"));
        QVERIFY(preview.ok());
        QCOMPARE(preview->profileId, u"mailchimp"_qs);
        QCOMPARE(preview->sniff.header.value(0), u"Email Address"_qs);
        QCOMPARE(preview->rows.size(), 7);
        QVERIFY(std::holds_alternative<ImportReject>(preview->rows.at(3)));
        QCOMPARE(std::get<ImportReject>(preview->rows.at(3)).line, 5);
        const auto &ann = std::get<ContactRowMapper::Mapped>(preview->rows.at(0));
        QCOMPARE(ann.record.timeZone, u"America/New_York"_qs);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM contacts"), 0); // a preview writes nothing
    }
};

QTEST_GUILESS_MAIN(TestContactImport)
#include "test_contactimport.moc"
