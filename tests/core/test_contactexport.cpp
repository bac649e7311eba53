#include "csv/csvreader.h"
#include "export/contactexport.h"
#include "import/contactimport.h"
#include "profiles/espprofileregistry.h"
#include "workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(HERALD_TEST_DATA "/contacts/") + QLatin1StringView(name);
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file);
    CsvRecord record;
    QList<QStringList> rows;
    while (reader.next(record))
        rows.append(record.fields);
    return rows;
}

// What a marketer would compare between two workspaces: who, what they are called, where they read mail, tags.
QStringList sendableContacts(Workspace &workspace)
{
    Statement rows = workspace.db().prepare(
        "SELECT email_key, coalesce(first_name, ''), coalesce(last_name, ''), coalesce(time_zone, ''), "
        "(SELECT coalesce(group_concat(name, '|'), '') FROM (SELECT t.name FROM contact_tags ct JOIN tags t ON "
        "t.id = ct.tag_id WHERE ct.contact_id = c.id ORDER BY t.name COLLATE NOCASE)) "
        "FROM contacts c WHERE status IN (0, 1, 6) ORDER BY email_key");
    QStringList out;
    while (rows.step())
        out.append(QStringList{rows.columnText(0), rows.columnText(1), rows.columnText(2), rows.columnText(3),
                               rows.columnText(4)}
                       .join(QLatin1Char(';')));
    return out;
}

} // namespace

class TestContactExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Workspace> newWorkspace()
    {
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("w%1.herald").arg(++m_count)));
        return opened.ok() ? std::move(opened).value() : nullptr;
    }

    std::unique_ptr<Workspace> mailchimpWorkspace()
    {
        auto workspace = newWorkspace();
        ContactImportOptions options;
        options.filePath = fixture("mailchimp_audience_export.zip");
        auto report = importContacts(*workspace, options);
        return report.ok() ? std::move(workspace) : nullptr;
    }

    QString out(const QString &name) { return m_dir.filePath(name); }

private Q_SLOTS:
    void roundTripThroughEveryEsp_data()
    {
        QTest::addColumn<QString>("profile");
        for (const QString &id : EspProfileRegistry::builtIn().ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    // Mailchimp export -> Herald -> <ESP> import file -> Herald gives the same sendable contacts.
    void roundTripThroughEveryEsp()
    {
        QFETCH(QString, profile);
        auto source = mailchimpWorkspace();
        QVERIFY(source);
        ContactExportOptions options;
        options.profileId = profile;
        options.outPath = out(profile + QStringLiteral(".csv"));
        auto exported = exportContacts(*source, options);
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
        QCOMPARE(exported->written, 4);
        QCOMPARE(exported->suppressedLeftOut, 2);

        auto target = newWorkspace();
        ContactImportOptions importOptions;
        importOptions.filePath = options.outPath;
        auto imported = importContacts(*target, importOptions);
        QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
        QCOMPARE(imported->files[0].profileId, profile);
        QCOMPARE(imported->counts.rejected, 0);
        QStringList expected = sendableContacts(*source);
        QStringList actual = sendableContacts(*target);
        if (profile == QLatin1StringView("generic") || profile == QLatin1StringView("listmonk")) {
            // These layouts carry no zone column; listmonk puts zone and tags in its attributes.
            for (QStringList *rows : {&expected, &actual})
                for (QString &line : *rows)
                    line = line.section(QLatin1Char(';'), 0, 2);
        }
        QCOMPARE(actual, expected);
    }

    void suppressedContactsAreNeverInASendList()
    {
        auto workspace = mailchimpWorkspace();
        ContactExportOptions options;
        options.profileId = QStringLiteral("brevo");
        options.outPath = out(QStringLiteral("send.csv"));
        QVERIFY(exportContacts(*workspace, options).ok());
        const QList<QStringList> rows = readCsv(options.outPath);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0].value(0), QStringLiteral("EMAIL"));
        for (const QStringList &row : rows) {
            QVERIFY(row.value(0) != QStringLiteral("bob@example.org"));
            QVERIFY(row.value(0) != QStringLiteral("zoe@example.com"));
        }

        options.status = ContactStatus::Unsubscribed;
        auto refused = exportContacts(*workspace, options);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("suppression list")));

        options.suppressionList = true;
        options.outPath = out(QStringLiteral("suppressed.csv"));
        auto suppressed = exportContacts(*workspace, options);
        QVERIFY(suppressed.ok());
        const QList<QStringList> list = readCsv(options.outPath);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[1], (QStringList{QStringLiteral("bob@example.org"), QStringLiteral("unsubscribed"),
                                       QStringLiteral("2024-03-01T08:30:00+00:00")}));
    }

    void formulasAreEscaped()
    {
        auto workspace = newWorkspace();
        workspace->db().exec("INSERT INTO contacts(email, email_key, first_name, last_name, status, created_at, "
                             "updated_at) VALUES ('eve@example.com', 'eve@example.com', '=HYPERLINK(\"x\")', "
                             "'-12.5', 1, 0, 0)");
        ContactExportOptions options;
        options.profileId = QStringLiteral("mailchimp");
        options.outPath = out(QStringLiteral("formula.csv"));
        QVERIFY(exportContacts(*workspace, options).ok());
        const QList<QStringList> rows = readCsv(options.outPath);
        QCOMPARE(rows[1].value(1), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(rows[1].value(2), QStringLiteral("-12.5")); // a number, not a formula
    }

    void encodingDelimiterAndBom()
    {
        auto workspace = newWorkspace();
        ContactImportOptions importOptions;
        importOptions.filePath = fixture("brevo_semicolon_1252.csv");
        QVERIFY(importContacts(*workspace, importOptions).ok());
        ContactExportOptions options;
        options.profileId = QStringLiteral("generic");
        options.outPath = out(QStringLiteral("excel.csv"));
        options.encoding = CsvEncoding::Windows1252;
        options.delimiter = QLatin1Char(';');
        QVERIFY(exportContacts(*workspace, options).ok());
        QFile file(options.outPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(";M\xfcller;"));
        QVERIFY(!bytes.startsWith("\xef\xbb\xbf"));

        options.encoding = CsvEncoding::Utf8;
        options.bom = true;
        QVERIFY(exportContacts(*workspace, options).ok());
        QFile utf8(options.outPath);
        QVERIFY(utf8.open(QIODevice::ReadOnly));
        QVERIFY(utf8.readAll().startsWith("\xef\xbb\xbf"));
    }

    void segmentSelectsMembersAndUnknownSegmentFails()
    {
        auto workspace = mailchimpWorkspace();
        workspace->db().exec("INSERT INTO segments(id, name, kind, created_at, updated_at) VALUES (1, 'Spain', "
                             "'static', 0, 0)");
        workspace->db().exec("INSERT INTO segment_members(segment_id, contact_id) SELECT 1, id FROM contacts "
                             "WHERE country IN ('ES', 'DE')"); // Carla (subscribed) and Bob (unsubscribed)
        ContactExportOptions options;
        options.profileId = QStringLiteral("generic");
        options.segment = QStringLiteral("Spain");
        options.outPath = out(QStringLiteral("segment.csv"));
        auto report = exportContacts(*workspace, options);
        QVERIFY(report.ok());
        QCOMPARE(report->written, 1);
        QCOMPARE(report->suppressedLeftOut, 1);
        QCOMPARE(readCsv(options.outPath).value(1).value(0), QStringLiteral("carla@example.net"));

        options.segment = QStringLiteral("Mars");
        auto missing = exportContacts(*workspace, options);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("no segment named \"Mars\"")));
    }

    void cancelledExportLeavesEarlierFileUntouched()
    {
        auto workspace = newWorkspace();
        {
            Transaction transaction(workspace->db());
            Statement insert = workspace->db().prepare("INSERT INTO contacts(email, email_key, status, created_at, "
                                                       "updated_at) VALUES (?1, ?1, 1, 0, 0)");
            for (int i = 0; i < 5000; ++i)
                insert.bind(1, QStringLiteral("p%1@example.com").arg(i)).exec();
            transaction.commit();
        }
        const QString path = out(QStringLiteral("keep.csv"));
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("my earlier export\n");
        earlier.close();
        std::atomic_bool cancel{true};
        JobControl control;
        control.cancelFlag = &cancel;
        ContactExportOptions options;
        options.profileId = QStringLiteral("generic");
        options.outPath = path;
        auto result = exportContacts(*workspace, options, control);
        QVERIFY(!result.ok());
        QVERIFY(result.error().cancelled);
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), QByteArray("my earlier export\n"));
    }
};

QTEST_GUILESS_MAIN(TestContactExport)
#include "test_contactexport.moc"
