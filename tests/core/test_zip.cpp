#include "csv/csvreader.h"
#include "csv/ziparchive.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace herald;

namespace {

struct Member
{
    QString name;
    QByteArray data;
    bool directory = false;
};

// Writes a deflated ZIP the way an ESP's export would arrive.
bool writeZip(const QString &path, const QList<Member> &members)
{
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_set_options(a, "zip:compression=deflate");
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    bool ok = true;
    for (const Member &member : members) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, member.name.toUtf8().constData());
        archive_entry_set_filetype(entry, member.directory ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, member.data.size());
        ok = ok && archive_write_header(a, entry) == ARCHIVE_OK;
        if (!member.data.isEmpty())
            ok = ok && archive_write_data(a, member.data.constData(), size_t(member.data.size())) == member.data.size();
        archive_entry_free(entry);
    }
    ok = ok && archive_write_close(a) == ARCHIVE_OK;
    archive_write_free(a);
    return ok;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray mailchimpHeader()
{
    QByteArray header =
        readFile(QStringLiteral(HERALD_SHARED_DATA "/esp-export-headers/mailchimp_subscribed_fixture.csv"));
    return header.left(header.indexOf('\n') + 1);
}

QByteArray audience(int rows, const QByteArray &prefix)
{
    QByteArray csv = mailchimpHeader();
    for (int i = 0; i < rows; ++i) {
        csv += prefix + QByteArray::number(i) +
               "@example.com,Ann,\"M\xC3\xBCller\",2,,,\"2015-03-16 14:40:47\",,"
               "40.7,-73.9,-5,-4,America/New_York,US,NY,\"2015-03-16 14:40:47\",123,abc,\r\n";
    }
    return csv;
}

struct Read
{
    qint64 records = 0;
    QStringList firstRow;
    QStringList lastRow;
    bool failed = false;
    Error error;
    qint64 bytesRead = 0;
};

Read readMember(const QString &zip, const QString &member, const ZipLimits &limits = {})
{
    Read read;
    auto device = ZipArchive::openMember(zip, member, limits);
    if (!device) {
        read.failed = true;
        read.error = device.error();
        return read;
    }
    CsvOptions options;
    options.fileName = member;
    CsvReader reader(device->get(), options);
    CsvRecord record;
    while (reader.next(record)) {
        if (++read.records == 1)
            read.firstRow = record.fields;
        read.lastRow = record.fields;
    }
    read.failed = reader.hasError();
    read.error = reader.error();
    read.bytesRead = reader.bytesRead();
    return read;
}

} // namespace

class TestZip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void listsAndReadsTheCsvMembers()
    {
        const QString zip = m_dir.filePath(QStringLiteral("audience_export.zip"));
        const QByteArray subscribed = audience(3, "sub");
        const QByteArray unsubscribed = audience(2, "unsub");
        QVERIFY(writeZip(zip, {{QStringLiteral("exports/"), {}, true},
                               {QStringLiteral("exports/subscribed_members_export_1a2b.csv"), subscribed},
                               {QStringLiteral("exports/unsubscribed_members_export_1a2b.CSV"), unsubscribed},
                               {QStringLiteral("__MACOSX/exports/._subscribed_members_export_1a2b.csv"), "junk"},
                               {QStringLiteral("exports/readme.pdf"), "%PDF-1.4"}}));
        QVERIFY(ZipArchive::looksLikeZip(zip));

        auto all = ZipArchive::members(zip);
        QVERIFY2(all.ok(), qPrintable(all.error().toString()));
        QCOMPARE(all->size(), 4); // the directory is not a member

        auto members = ZipArchive::csvMembers(zip);
        QVERIFY2(members.ok(), qPrintable(members.error().toString()));
        QCOMPARE(members->size(), 2);
        QCOMPARE(members->at(0).name, QStringLiteral("exports/subscribed_members_export_1a2b.csv"));
        QCOMPARE(members->at(0).size, subscribed.size());
        QCOMPARE(members->at(1).name, QStringLiteral("exports/unsubscribed_members_export_1a2b.CSV"));

        const Read first = readMember(zip, members->at(0).name);
        QVERIFY2(!first.failed, qPrintable(first.error.toString()));
        QCOMPARE(first.records, 4);
        QCOMPARE(first.firstRow.value(0), QStringLiteral("Email Address"));
        QCOMPARE(first.firstRow.size(), 19);
        QCOMPARE(first.lastRow.value(0), QStringLiteral("sub2@example.com"));
        QCOMPARE(first.lastRow.value(2), QString::fromUtf8("Müller"));
        QCOMPARE(first.bytesRead, subscribed.size());

        const Read second = readMember(zip, members->at(1).name);
        QVERIFY2(!second.failed, qPrintable(second.error.toString()));
        QCOMPARE(second.records, 3);
        QCOMPARE(second.lastRow.value(0), QStringLiteral("unsub1@example.com"));
    }

    void memberDeviceStreamsAndKnowsItsSize()
    {
        const QString zip = m_dir.filePath(QStringLiteral("large.zip"));
        const QByteArray csv = audience(40000, "user"); // ~5 MB, read in 64 KiB chunks
        QVERIFY(writeZip(zip, {{QStringLiteral("subscribed.csv"), csv}}));
        QVERIFY(QFileInfo(zip).size() < csv.size() / 4);
        auto device = ZipArchive::openMember(zip, QStringLiteral("subscribed.csv"));
        QVERIFY(device.ok());
        QVERIFY((*device)->isSequential());
        QCOMPARE((*device)->size(), csv.size());
        const Read read = readMember(zip, QStringLiteral("subscribed.csv"));
        QVERIFY2(!read.failed, qPrintable(read.error.toString()));
        QCOMPARE(read.records, 40001);
        QCOMPARE(read.lastRow.value(0), QStringLiteral("user39999@example.com"));
        QCOMPARE(read.bytesRead, csv.size());
    }

    void refusesAMemberBeyondTheSizeLimit()
    {
        const QString zip = m_dir.filePath(QStringLiteral("bomb.zip"));
        QVERIFY(writeZip(zip, {{QStringLiteral("zeros.csv"), QByteArray(4 << 20, ',')}}));
        ZipLimits limits;
        limits.maxMemberBytes = 1 << 20;
        auto device = ZipArchive::openMember(zip, QStringLiteral("zeros.csv"), limits);
        QVERIFY(!device.ok());
        QVERIFY2(device.error().message.contains(QStringLiteral("more than the limit of 1 MiB")),
                 qPrintable(device.error().message));
    }

    void stopsInflatingPastTheLimitWhenTheSizeLies()
    {
        // A hostile archive declares a small size; the inflated byte count is what counts.
        const QString zip = m_dir.filePath(QStringLiteral("liar.zip"));
        QVERIFY(writeZip(zip, {{QStringLiteral("zeros.csv"), QByteArray(4 << 20, ',')}}));
        QByteArray bytes = readFile(zip);
        for (const QByteArray &signature : {QByteArray("PK\x01\x02", 4), QByteArray("PK\x03\x04", 4)}) {
            const qsizetype header = bytes.indexOf(signature);
            QVERIFY(header >= 0);
            const qsizetype sizeField = header + (signature[2] == 1 ? 24 : 22);
            bytes.replace(sizeField, 4, QByteArray("\x10\0\0\0", 4)); // 16 bytes
        }
        writeFile(zip, bytes);
        ZipLimits limits;
        limits.maxMemberBytes = 1 << 20;
        const Read read = readMember(zip, QStringLiteral("zeros.csv"), limits);
        QVERIFY(read.failed);
        QVERIFY2(read.error.message.contains(QStringLiteral("zip bomb")), qPrintable(read.error.toString()));
        QVERIFY(read.bytesRead <= limits.maxMemberBytes);
    }

    void reportsCorruptArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not a zip") << QByteArray("email,name\nann@example.com,Ann\n");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("random bytes") << QByteArray("PK\x03\x04\x01\x02\x03garbage-garbage-garbage", 27);
    }

    void reportsCorruptArchives()
    {
        QFETCH(QByteArray, bytes);
        const QString zip = m_dir.filePath(QStringLiteral("corrupt.zip"));
        writeFile(zip, bytes);
        auto members = ZipArchive::csvMembers(zip);
        QVERIFY(!members.ok());
        QVERIFY2(members.error().message.contains(QStringLiteral("ZIP")), qPrintable(members.error().message));
        QVERIFY(members.error().file.endsWith(QStringLiteral("corrupt.zip")));
    }

    void reportsATruncatedArchive()
    {
        const QString zip = m_dir.filePath(QStringLiteral("cut.zip"));
        QVERIFY(writeZip(zip, {{QStringLiteral("a.csv"), audience(2000, "a")}}));
        QByteArray bytes = readFile(zip);
        writeFile(zip, bytes.left(bytes.size() / 2));
        auto members = ZipArchive::csvMembers(zip);
        // Without the central directory at its end, libarchive falls back to scanning and hits the cut.
        QVERIFY(!members.ok());
        QVERIFY2(members.error().message.contains(QStringLiteral("damaged")), qPrintable(members.error().message));
    }

    void reportsDamagedMemberData()
    {
        const QString zip = m_dir.filePath(QStringLiteral("damaged.zip"));
        QVERIFY(writeZip(zip, {{QStringLiteral("a.csv"), audience(5000, "a")}}));
        QByteArray bytes = readFile(zip);
        const qsizetype middle = bytes.size() / 2;
        for (qsizetype i = middle; i < middle + 64; ++i)
            bytes[i] = char(bytes[i] ^ 0x5A);
        writeFile(zip, bytes);
        auto members = ZipArchive::csvMembers(zip);
        QVERIFY2(members.ok(), qPrintable(members.error().toString())); // the directory is intact
        const Read read = readMember(zip, QStringLiteral("a.csv"));
        QVERIFY(read.failed);
        QVERIFY2(read.error.message.contains(QStringLiteral("damaged")), qPrintable(read.error.toString()));
        QVERIFY(read.error.message.contains(QStringLiteral("a.csv")));
        QVERIFY(read.records < 5001);
    }

    void namesAMissingMember()
    {
        const QString zip = m_dir.filePath(QStringLiteral("one.zip"));
        QVERIFY(writeZip(zip, {{QString::fromUtf8("Kontakte Müller.csv"), "email\na@example.com\n"}}));
        auto members = ZipArchive::csvMembers(zip);
        QVERIFY(members.ok());
        QCOMPARE(members->value(0).name, QString::fromUtf8("Kontakte Müller.csv"));
        auto missing = ZipArchive::openMember(zip, QStringLiteral("other.csv"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("no file named other.csv")));
        auto absent = ZipArchive::csvMembers(m_dir.filePath(QStringLiteral("absent.zip")));
        QVERIFY(!absent.ok());
        QVERIFY(absent.error().message.contains(QStringLiteral("does not exist")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestZip)
#include "test_zip.moc"
