#include "import/contactwriter.h"
#include "import/emailaddress.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

class TestContactWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_importId = 0;
    int m_workspaces = 0;

    Database &db() { return m_workspace->db(); }

    qint64 newImport()
    {
        db().exec("INSERT INTO imports(kind, file_name, file_sha256, started_at) VALUES ('contacts', 'x.csv', '', 0)");
        return db().lastInsertId();
    }

    static ContactRecord record(const QString &email, qint64 line = 2)
    {
        ContactRecord r;
        const EmailCheck check = checkEmail(email);
        r.email = check.address;
        r.emailKey = check.key;
        r.line = line;
        return r;
    }

    QString text(const char *sql, const QString &email)
    {
        Statement statement = db().prepare(sql);
        statement.bind(1, email);
        return statement.step() ? statement.columnText(0) : QString();
    }

    ContactStatus status(const QString &email)
    {
        return static_cast<ContactStatus>(text("SELECT status FROM contacts WHERE email_key = ?1", email).toInt());
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("w%1.herald").arg(++m_workspaces)));
        QVERIFY(opened.ok());
        m_workspace = std::move(opened).value();
        m_importId = newImport();
    }

    void newContactsAreImportedWithLedgerEntry()
    {
        ContactWriter writer(db(), m_importId, DuplicatePolicy::Merge, ContactStatus::Subscribed, 1000);
        ContactRecord ann = record(u"Ann@Example.com"_qs);
        ann.firstName = u"Ann"_qs;
        ann.tags = {u"VIP"_qs, u"Blog"_qs};
        ann.customFields = {{u"MEMBER_RATING"_qs, u"4"_qs}};
        QCOMPARE(writer.write(ann), ContactWriter::Outcome::Imported);
        QCOMPARE(writer.counts().imported, 1);
        QCOMPARE(text("SELECT email FROM contacts WHERE email_key = ?1", u"ann@example.com"_qs), u"Ann@example.com"_qs);
        QCOMPARE(status(u"ann@example.com"_qs), ContactStatus::Subscribed);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM consent_events WHERE status = 1 AND source = 'import'"), 1);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM contact_tags"), 2);
        const QJsonObject fields =
            QJsonDocument::fromJson(
                text("SELECT fields FROM contacts WHERE email_key = ?1", u"ann@example.com"_qs).toUtf8())
                .object();
        QCOMPARE(fields.value(u"MEMBER_RATING"_qs).toString(), u"4"_qs);
    }

    void repeatsInOneFileAreDuplicatesAndMerged()
    {
        ContactWriter writer(db(), m_importId, DuplicatePolicy::Merge, ContactStatus::Subscribed, 1000);
        ContactRecord first = record(u"bob@example.com"_qs, 2);
        first.firstName = u"Bob"_qs;
        ContactRecord second = record(u"BOB@example.com"_qs, 3);
        second.lastName = u"Builder"_qs;
        second.firstName = u"Robert"_qs;
        second.tags = {u"wholesale"_qs};
        QCOMPARE(writer.write(first), ContactWriter::Outcome::Imported);
        QCOMPARE(writer.write(second), ContactWriter::Outcome::Duplicate);
        QCOMPARE(writer.counts().imported, 1);
        QCOMPARE(writer.counts().duplicates, 1);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM contacts"), 1);
        // Merge fills what was missing and keeps what was there.
        QCOMPARE(text("SELECT first_name FROM contacts WHERE email_key = ?1", u"bob@example.com"_qs), u"Bob"_qs);
        QCOMPARE(text("SELECT last_name FROM contacts WHERE email_key = ?1", u"bob@example.com"_qs), u"Builder"_qs);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM contact_tags"), 1);
    }

    void policiesDecideExistingContacts_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("company");
        QTest::addColumn<int>("outcome");
        QTest::newRow("merge") << int(DuplicatePolicy::Merge) << u"Cleo"_qs << u"Acme"_qs
                               << int(ContactWriter::Outcome::Updated);
        QTest::newRow("overwrite") << int(DuplicatePolicy::Overwrite) << u"Cleopatra"_qs << u"Acme"_qs
                                   << int(ContactWriter::Outcome::Updated);
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << u"Cleo"_qs << QString()
                              << int(ContactWriter::Outcome::Duplicate);
    }

    void policiesDecideExistingContacts()
    {
        QFETCH(int, policy);
        QFETCH(QString, firstName);
        QFETCH(QString, company);
        QFETCH(int, outcome);
        {
            ContactWriter earlier(db(), m_importId, DuplicatePolicy::Merge, ContactStatus::Subscribed, 1000);
            ContactRecord cleo = record(u"cleo@example.com"_qs);
            cleo.firstName = u"Cleo"_qs;
            QVERIFY(earlier.write(cleo) == ContactWriter::Outcome::Imported);
        }
        ContactWriter writer(db(), newImport(), static_cast<DuplicatePolicy>(policy), ContactStatus::Subscribed, 2000);
        ContactRecord again = record(u"cleo@example.com"_qs);
        again.firstName = u"Cleopatra"_qs;
        again.company = u"Acme"_qs;
        QCOMPARE(int(writer.write(again)), outcome);
        QCOMPARE(text("SELECT first_name FROM contacts WHERE email_key = ?1", u"cleo@example.com"_qs), firstName);
        QCOMPARE(text("SELECT company FROM contacts WHERE email_key = ?1", u"cleo@example.com"_qs), company);
        const ContactWriteCounts &counts = writer.counts();
        QCOMPARE(counts.imported + counts.updated + counts.duplicates, 1);
    }

    void unchangedExistingContactIsADuplicate()
    {
        ContactRecord dan = record(u"dan@example.com"_qs);
        dan.firstName = u"Dan"_qs;
        ContactWriter(db(), m_importId, DuplicatePolicy::Merge, ContactStatus::Subscribed, 1000).write(dan);
        ContactWriter writer(db(), newImport(), DuplicatePolicy::Overwrite, ContactStatus::Subscribed, 2000);
        QCOMPARE(writer.write(dan), ContactWriter::Outcome::Duplicate);
    }

    void consentIsNeverWeakened_data()
    {
        QTest::addColumn<int>("stored");
        QTest::addColumn<int>("policy");
        for (ContactStatus suppressed :
             {ContactStatus::Unsubscribed, ContactStatus::Cleaned, ContactStatus::Bounced, ContactStatus::Complained}) {
            for (DuplicatePolicy policy : {DuplicatePolicy::Merge, DuplicatePolicy::Overwrite, DuplicatePolicy::Skip})
                QTest::addRow("%s/%s", qPrintable(statusKey(suppressed)), qPrintable(duplicatePolicyKey(policy)))
                    << int(suppressed) << int(policy);
        }
    }

    void consentIsNeverWeakened()
    {
        QFETCH(int, stored);
        QFETCH(int, policy);
        ContactRecord eve = record(u"eve@example.com"_qs);
        eve.status = static_cast<ContactStatus>(stored);
        ContactWriter(db(), m_importId, DuplicatePolicy::Merge, ContactStatus::Subscribed, 1000).write(eve);
        QCOMPARE(status(u"eve@example.com"_qs), static_cast<ContactStatus>(stored));

        ContactWriter writer(db(), newImport(), static_cast<DuplicatePolicy>(policy), ContactStatus::Subscribed, 2000);
        ContactRecord resubscribe = record(u"eve@example.com"_qs);
        resubscribe.status = ContactStatus::Subscribed;
        writer.write(resubscribe);
        QCOMPARE(status(u"eve@example.com"_qs), static_cast<ContactStatus>(stored));
        QCOMPARE(writer.counts().consentKept, 1);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM consent_events"), 1);
    }

    void optOutInFileAlwaysApplies()
    {
        ContactRecord fay = record(u"fay@example.com"_qs);
        ContactWriter(db(), m_importId, DuplicatePolicy::Merge, ContactStatus::Subscribed, 1000).write(fay);
        ContactWriter writer(db(), newImport(), DuplicatePolicy::Skip, ContactStatus::Subscribed, 2000);
        ContactRecord unsubscribed = record(u"fay@example.com"_qs);
        unsubscribed.status = ContactStatus::Unsubscribed;
        unsubscribed.statusAt = 1500;
        unsubscribed.statusNote = u"Too many emails"_qs;
        QCOMPARE(writer.write(unsubscribed), ContactWriter::Outcome::Updated);
        QCOMPARE(status(u"fay@example.com"_qs), ContactStatus::Unsubscribed);
        QCOMPARE(db().scalarText("SELECT note FROM consent_events ORDER BY id DESC LIMIT 1"), u"Too many emails"_qs);
        QCOMPARE(db().scalarInt("SELECT occurred_at FROM consent_events ORDER BY id DESC LIMIT 1"), 1500);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM consent_events"), 2);
    }

    void zoneTravelsWithItsSource()
    {
        ContactRecord gil = record(u"gil@example.com"_qs);
        gil.timeZone = u"Europe/Berlin"_qs;
        gil.timeZoneSource = TimeZoneSource::Country;
        ContactWriter(db(), m_importId, DuplicatePolicy::Merge, ContactStatus::Subscribed, 1000).write(gil);
        QCOMPARE(text("SELECT time_zone_source FROM contacts WHERE email_key = ?1", u"gil@example.com"_qs),
                 u"country"_qs);
        ContactWriter writer(db(), newImport(), DuplicatePolicy::Overwrite, ContactStatus::Subscribed, 2000);
        gil.timeZone = u"Europe/Vienna"_qs;
        gil.timeZoneSource = TimeZoneSource::Explicit;
        writer.write(gil);
        QCOMPARE(text("SELECT time_zone FROM contacts WHERE email_key = ?1", u"gil@example.com"_qs),
                 u"Europe/Vienna"_qs);
        QCOMPARE(text("SELECT time_zone_source FROM contacts WHERE email_key = ?1", u"gil@example.com"_qs),
                 u"explicit"_qs);
    }

    void tagsAreUnionedCaseInsensitively()
    {
        ContactRecord hal = record(u"hal@example.com"_qs);
        hal.tags = {u"VIP"_qs};
        ContactWriter(db(), m_importId, DuplicatePolicy::Merge, ContactStatus::Subscribed, 1000).write(hal);
        ContactWriter writer(db(), newImport(), DuplicatePolicy::Merge, ContactStatus::Subscribed, 2000);
        hal.tags = {u"vip"_qs, u"Newsletter"_qs};
        QCOMPARE(writer.write(hal), ContactWriter::Outcome::Updated);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM tags"), 2);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM contact_tags"), 2);
    }

    // Whole groups of rows go in one statement each; the outcome, counts and stored data must be what writing them
    // one by one gives, with repeats inside a group, stored contacts, opt-outs and tags in the mix.
    void groupedWritesMatchOneByOne()
    {
        QList<ContactRecord> records;
        for (int i = 0; i < 300; ++i) {
            ContactRecord r = record(QStringLiteral("person%1@example.com").arg(i % 170), i + 2);
            r.firstName = i % 7 == 0 ? QString() : QStringLiteral("Name%1").arg(i % 11);
            r.lastName = i % 9 == 0 ? QStringLiteral("") : QStringLiteral("Müller 😀 %1").arg(i % 3);
            r.country = i % 3 == 0 ? QStringLiteral("DE") : QString();
            if (i % 6 == 0) {
                r.timeZone = QStringLiteral("Europe/Berlin");
                r.timeZoneSource = TimeZoneSource::Country;
            }
            r.tags = {QStringLiteral("Tag%1").arg(i % 4)};
            if (i % 5 == 0) // a stored tag as the file spells it differently, and new ones
                r.tags << (i % 10 ? QStringLiteral(" tag1 ") : QStringLiteral("Ünï %1").arg(i % 3));
            if (i % 13 == 0)
                r.status = ContactStatus::Unsubscribed;
            if (i % 17 == 0)
                r.statusNote = QStringLiteral("note %1").arg(i);
            r.customFields = {{QStringLiteral("rating"), QString::number(i % 5)}};
            r.createdAt = 1'600'000'000 + i;
            records.append(r);
        }
        const auto contents = [this] {
            QStringList rows;
            for (const char *sql :
                 {"SELECT email_key, quote(first_name), quote(last_name), quote(country), quote(time_zone), "
                  "quote(time_zone_source), status, quote(fields), created_at FROM contacts ORDER BY email_key",
                  "SELECT c.email_key, t.name FROM contact_tags ct JOIN contacts c ON c.id = ct.contact_id "
                  "JOIN tags t ON t.id = ct.tag_id ORDER BY 1, 2",
                  "SELECT c.email_key, e.status, e.occurred_at, quote(e.note) FROM consent_events e JOIN contacts c "
                  "ON c.id = e.contact_id ORDER BY 1, 2, 3, 4"}) {
                Statement statement = db().prepare(sql);
                while (statement.step()) {
                    QStringList row;
                    for (int c = 0; c < statement.columnCount(); ++c)
                        row << statement.columnText(c);
                    rows << row.join(u'|');
                }
            }
            return rows;
        };
        const auto seed = [this] {
            ContactWriter seeder(db(), newImport(), DuplicatePolicy::Merge, ContactStatus::Subscribed, 500);
            for (int i = 0; i < 40; ++i) { // stored before: some in the first group, some later
                ContactRecord r = record(QStringLiteral("person%1@example.com").arg(i * 4));
                r.firstName = QStringLiteral("Stored%1").arg(i);
                r.tags = {QStringLiteral("Tag1")};
                seeder.write(r);
            }
        };

        seed();
        ContactWriter single(db(), newImport(), DuplicatePolicy::Merge, ContactStatus::Subscribed, 1000);
        QList<ContactWriter::Outcome> singleOutcomes;
        for (const ContactRecord &r : std::as_const(records))
            singleOutcomes << single.write(r);
        const QStringList expected = contents();

        init();
        seed();
        ContactWriter grouped(db(), newImport(), DuplicatePolicy::Merge, ContactStatus::Subscribed, 1000);
        std::vector<const ContactRecord *> pointers;
        for (const ContactRecord &r : std::as_const(records))
            pointers.push_back(&r);
        const std::vector<ContactWriter::Outcome> groupedOutcomes = grouped.write(pointers);
        grouped.flush();

        QCOMPARE(QList<ContactWriter::Outcome>(groupedOutcomes.begin(), groupedOutcomes.end()), singleOutcomes);
        QCOMPARE(grouped.counts().imported, single.counts().imported);
        QCOMPARE(grouped.counts().updated, single.counts().updated);
        QCOMPARE(grouped.counts().duplicates, single.counts().duplicates);
        QCOMPARE(grouped.counts().statusChanges, single.counts().statusChanges);
        QCOMPARE(grouped.counts().imported, 130); // 170 addresses, 40 stored before
        QCOMPARE(contents(), expected);

        // Encoded on the way in, as an import does on its parsing thread, in batches freed one after the other.
        init();
        seed();
        ContactWriter encodedWriter(db(), newImport(), DuplicatePolicy::Merge, ContactStatus::Subscribed, 1000);
        ContactEncoder encoder;
        QList<ContactWriter::Outcome> encodedOutcomes;
        for (qsizetype start = 0; start < records.size(); start += 100) {
            std::vector<ContactRecord> batch(records.begin() + start,
                                             records.begin() + std::min(start + 100, records.size()));
            std::vector<const ContactRecord *> batchPointers;
            for (ContactRecord &r : batch) {
                encoder.encode(r);
                batchPointers.push_back(&r);
            }
            for (ContactWriter::Outcome outcome : encodedWriter.write(batchPointers))
                encodedOutcomes << outcome;
        }
        encodedWriter.flush();
        QCOMPARE(encodedOutcomes, singleOutcomes);
        QCOMPARE(encodedWriter.counts().statusChanges, single.counts().statusChanges);
        QCOMPARE(contents(), expected);
        // What every path stores: text as UTF-8, an empty value as NULL, a tag in the spelling it was first given.
        QCOMPARE(text("SELECT last_name FROM contacts WHERE email_key = ?1", u"person1@example.com"_qs),
                 QStringLiteral("Müller 😀 1"));
        QVERIFY(db().scalarInt("SELECT count(*) FROM contacts WHERE last_name IS NULL") > 0);
        QCOMPARE(db().scalarInt("SELECT count(*) FROM contacts WHERE last_name = '' OR first_name = ''"), 0);
        QCOMPARE(db().scalarText("SELECT group_concat(name, ',') FROM (SELECT name FROM tags ORDER BY name)"),
                 QStringLiteral("Tag0,Tag1,Tag2,Tag3,Ünï 0,Ünï 1,Ünï 2"));
        QCOMPARE(db().scalarInt("SELECT count(*) FROM consent_events WHERE note = 'note 17'"), 1);
    }

    // The hand-written JSON must read back as the values went in, whatever they hold.
    void customFieldsJsonRoundTrips()
    {
        const QString tricky = QStringLiteral("say \"hi\"\\ back\nslash\t\x01 café 😀 ") + QChar(0xd800) + u'x';
        const QByteArray json =
            customFieldsJson(QList<QPair<QString, QString>>{{QStringLiteral("b"), tricky},
                                                            {QStringLiteral("a"), QStringLiteral("first")},
                                                            {QStringLiteral("empty"), QString()},
                                                            {QStringLiteral("a"), QStringLiteral("second")}});
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.keys(), QStringList({QStringLiteral("a"), QStringLiteral("b")})); // no empty value
        QCOMPARE(object.value(u"a"_qs).toString(), u"second"_qs);                         // the last one wins
        QString expected = tricky;
        expected.replace(QChar(0xd800), QChar(0xfffd)); // a lone surrogate cannot be stored as such
        QCOMPARE(object.value(u"b"_qs).toString(), expected);
        QVERIFY(json.startsWith("{\"a\":\"second\",\"b\":"));
        QVERIFY(customFieldsJson(QList<QPair<QString, QString>>{}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContactWriter)
#include "test_contactwriter.moc"
