#include "contactsmodel.h"
#include "database.h"
#include "query/activityrefresh.h"
#include "sampleworkspace.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

namespace {

// Every tenth contact is tagged "vip", every third "customer" (by id), so tag filters have known answers.
void addTags(Database &db)
{
    db.exec("INSERT INTO tags(name) VALUES ('vip'), ('customer')");
    db.exec("INSERT INTO contact_tags(contact_id, tag_id) SELECT id, (SELECT id FROM tags WHERE name = 'vip') "
            "FROM contacts WHERE id % 10 = 0");
    db.exec("INSERT INTO contact_tags(contact_id, tag_id) SELECT id, (SELECT id FROM tags WHERE name = 'customer') "
            "FROM contacts WHERE id % 3 = 0");
}

bool waitLoaded(ContactsModel &model)
{
    if (!QTest::qWaitFor([&model] { return !model.isLoading() && model.totalCount() >= 0; }, 30000))
        return false;
    return model.lastError().isEmpty();
}

void fetchAll(ContactsModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class TestContactsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("contacts.herald")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        m_workspace = std::move(opened).value();
        SampleOptions options;
        options.contacts = 2500;
        options.campaigns = 6;
        m_counts = fillSampleWorkspace(*m_workspace, options);
        addTags(m_workspace->db());
        auto refreshed = refreshContactActivity(m_workspace->db());
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.error().toString()));
    }

    qint64 scalar(const char *sql) { return m_workspace->db().scalarInt(sql); }

    void passesModelTesterThroughQueryChanges()
    {
        ContactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(150);
        model.setWorkspace(m_workspace.get());
        QVERIFY(waitLoaded(model));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 2500);

        ContactQuery query;
        query.search = QStringLiteral("anna");
        model.setQuery(query);
        QVERIFY(waitLoaded(model));
        fetchAll(model);
        query.statuses = {ContactStatus::Subscribed, ContactStatus::Pending};
        query.tags = {QStringLiteral("customer")};
        model.setQuery(query);
        QVERIFY(waitLoaded(model));
        model.sort(ContactsModel::LastActivity, Qt::DescendingOrder);
        QVERIFY(waitLoaded(model));
        fetchAll(model);
        model.sort(ContactsModel::Created, Qt::AscendingOrder);
        model.setQuery(ContactQuery{}); // replaces the sort request still running
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.totalCount(), 2500);
        model.setWorkspace(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void firstPageArrivesFromAWorker()
    {
        ContactsModel model;
        QSignalSpy totals(&model, &ContactsModel::totalCountChanged);
        QSignalSpy loaded(&model, &ContactsModel::queryLoaded);
        model.setPageSize(1000);
        model.setWorkspace(m_workspace.get());
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({})); // nothing to page on before the first page is in
        QVERIFY(waitLoaded(model));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(totals.constFirst().at(0).toLongLong(), -1); // "counting", then the number from the worker
        QCOMPARE(totals.constLast().at(0).toLongLong(), 2500);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2000);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2500);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // harmless at the end
        QCOMPARE(model.rowCount(), 2500);
    }

    void pagesFollowTheSortWithoutGapsOrRepeats()
    {
        ContactsModel model;
        model.setPageSize(333); // does not divide 2500: the last page is short
        model.setWorkspace(m_workspace.get());
        QVERIFY(waitLoaded(model));
        fetchAll(model);
        QList<qint64> expected;
        Statement ids = m_workspace->db().prepare("SELECT id FROM contacts ORDER BY email_key, id");
        while (ids.step())
            expected.append(ids.columnInt(0));
        QCOMPARE(model.rowCount(), expected.size());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(ContactsModel::ContactIdRole).toLongLong(), expected.at(row));
    }

    void searchFindsNamesAndEmails()
    {
        ContactsModel model;
        model.setPageSize(50);
        model.setWorkspace(m_workspace.get());
        QVERIFY(waitLoaded(model));
        ContactQuery query;
        query.search = QStringLiteral("OLIV"); // a prefix, in any case
        model.setQuery(query);
        QVERIFY(waitLoaded(model));
        // Sample emails are first.last<n>@domain, so the only words starting with "oliv" are Olivia's.
        const qint64 expected = scalar("SELECT count(*) FROM contacts WHERE first_name = 'Olivia'");
        QVERIFY(expected > 50);
        QCOMPARE(model.totalCount(), expected);
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, ContactsModel::FirstName).data().toString(), QStringLiteral("Olivia"));

        query.search = QStringLiteral("chloe"); // accents ignored
        model.setQuery(query);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.totalCount(), scalar("SELECT count(*) FROM contacts WHERE first_name = 'Chloé'"));
        QCOMPARE(model.index(0, ContactsModel::FirstName).data().toString(), QStringLiteral("Chloé"));
    }

    void filtersByStatusAndTag()
    {
        ContactsModel model;
        model.setPageSize(20);
        model.setWorkspace(m_workspace.get());
        ContactQuery query;
        query.statuses = {ContactStatus::Unsubscribed};
        query.tags = {QStringLiteral("VIP")}; // tags ignore case
        model.setQuery(query);
        QVERIFY(waitLoaded(model));
        const qint64 expected = scalar("SELECT count(*) FROM contacts WHERE status = 2 AND id % 10 = 0");
        QVERIFY(expected > 20); // more than one page
        QCOMPARE(model.totalCount(), expected);
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, ContactsModel::Status).data().toString(),
                     statusDisplayName(ContactStatus::Unsubscribed));
            QVERIFY(model.index(row, ContactsModel::Tags).data().toString().contains(QStringLiteral("vip")));
        }
    }

    void sortsThroughTheQueryAndRefusesColumnsWithoutAnIndex()
    {
        ContactsModel model;
        model.setPageSize(400);
        model.setWorkspace(m_workspace.get());
        QVERIFY(waitLoaded(model));
        model.sort(ContactsModel::LastName, Qt::DescendingOrder);
        QCOMPARE(model.query().sort, ContactSortField::LastName);
        QVERIFY(waitLoaded(model));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 2500);
        for (int row = 1; row < model.rowCount(); ++row) {
            const QString before = model.index(row - 1, ContactsModel::LastName).data().toString();
            const QString after = model.index(row, ContactsModel::LastName).data().toString();
            QVERIFY2(before.compare(after, Qt::CaseInsensitive) >= 0, qPrintable(before + u" < " + after));
        }
        model.sort(ContactsModel::LastActivity, Qt::DescendingOrder);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.index(0, ContactsModel::LastActivity, {}).data(ContactsModel::RawValueRole).toLongLong(),
                 scalar("SELECT max(last_activity_at) FROM contact_activity"));

        QVERIFY(!ContactsModel::sortField(ContactsModel::Engagement));
        QVERIFY(!ContactsModel::sortField(ContactsModel::Tags));
        QSignalSpy loading(&model, &ContactsModel::loadingChanged);
        model.sort(ContactsModel::Tags, Qt::AscendingOrder);
        QCOMPARE(model.query().sort, ContactSortField::LastActivity);
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 0);
    }

    void keepsTheShownRowsUntilTheNewestRequestArrives()
    {
        ContactsModel model;
        model.setWorkspace(m_workspace.get());
        QVERIFY(waitLoaded(model));
        const QString firstEmail = model.index(0, ContactsModel::Email).data().toString();
        QSignalSpy loaded(&model, &ContactsModel::queryLoaded);
        ContactQuery older;
        older.search = QStringLiteral("ben");
        model.setQuery(older);
        ContactQuery newer;
        newer.search = QStringLiteral("yuki");
        model.setQuery(newer);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), ContactsModel::defaultPageSize); // the previous rows stay while it loads
        QCOMPARE(model.index(0, ContactsModel::Email).data().toString(), firstEmail);
        QVERIFY(waitLoaded(model));
        QTest::qWait(50); // an older result arriving late must not replace the newer one
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.query().search, QStringLiteral("yuki"));
        QCOMPARE(model.totalCount(), scalar("SELECT count(*) FROM contacts WHERE first_name = 'Yuki'"));
        QCOMPARE(model.index(0, ContactsModel::FirstName).data().toString(), QStringLiteral("Yuki"));
    }

    void showsContactValues()
    {
        ContactsModel model;
        model.setWorkspace(m_workspace.get());
        QVERIFY(waitLoaded(model));
        Statement first = m_workspace->db().prepare(
            "SELECT c.email, c.first_name, c.last_name, c.company, c.country, c.time_zone, c.status, c.created_at, "
            "a.engagement, coalesce(a.last_activity_at, 0) FROM contacts c JOIN contact_activity a ON "
            "a.contact_id = c.id ORDER BY c.email_key, c.id LIMIT 1 OFFSET 7");
        QVERIFY(first.step());
        const auto cell = [&model](int column, int role = Qt::DisplayRole) {
            return model.index(7, column).data(role);
        };
        QCOMPARE(cell(ContactsModel::Email).toString(), first.columnText(0));
        QCOMPARE(cell(ContactsModel::FirstName).toString(), first.columnText(1));
        QCOMPARE(cell(ContactsModel::LastName).toString(), first.columnText(2));
        QCOMPARE(cell(ContactsModel::Company).toString(), first.columnText(3));
        QCOMPARE(cell(ContactsModel::TimeZone).toString(), first.columnText(5));
        const auto status = static_cast<ContactStatus>(first.columnInt(6));
        QCOMPARE(cell(ContactsModel::Status).toString(), statusDisplayName(status));
        QCOMPARE(cell(ContactsModel::Status, ContactsModel::RawValueRole).toInt(), static_cast<int>(status));
        QCOMPARE(cell(ContactsModel::Created, ContactsModel::RawValueRole).toLongLong(), first.columnInt(7));
        QVERIFY(!cell(ContactsModel::Created).toString().isEmpty());
        QCOMPARE(cell(ContactsModel::Country, ContactsModel::RawValueRole).toString(), first.columnText(4));
        const auto level = static_cast<EngagementLevel>(first.columnInt(8));
        QCOMPARE(cell(ContactsModel::Engagement).toString(), engagementDisplayName(level));
        QCOMPARE(cell(ContactsModel::LastActivity, ContactsModel::RawValueRole).toLongLong(), first.columnInt(9));
        QCOMPARE(cell(ContactsModel::LastActivity).toString() == QStringLiteral("Never"), first.columnInt(9) == 0);
        QCOMPARE(model.headerData(ContactsModel::Email, Qt::Horizontal).toString(), QStringLiteral("Email"));
        QCOMPARE(model.headerData(ContactsModel::Engagement, Qt::Horizontal).toString(), QStringLiteral("Engagement"));
        QCOMPARE(model.headerData(ContactsModel::LastActivity, Qt::Horizontal).toString(),
                 QStringLiteral("Last activity"));
    }

    void showsTagsAndCountryNames()
    {
        ContactsModel model;
        model.setWorkspace(m_workspace.get());
        QVERIFY(waitLoaded(model));
        bool sawGermany = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.index(row, 0).data(ContactsModel::ContactIdRole).toLongLong();
            QStringList tags;
            if (id % 3 == 0)
                tags << QStringLiteral("customer");
            if (id % 10 == 0)
                tags << QStringLiteral("vip");
            QCOMPARE(model.index(row, ContactsModel::Tags).data().toString(), tags.join(QStringLiteral(", ")));
            const QModelIndex country = model.index(row, ContactsModel::Country);
            if (country.data(ContactsModel::RawValueRole).toString() == QLatin1StringView("DE")) {
                QCOMPARE(country.data().toString(), QStringLiteral("Germany"));
                sawGermany = true;
            }
        }
        QVERIFY(sawGermany);
    }

    void reloadSeesNewContacts()
    {
        const QString path = m_dir.filePath(QStringLiteral("small.herald"));
        auto opened = Workspace::open(path);
        QVERIFY(opened.ok());
        Workspace &workspace = **opened;
        ContactsModel model;
        model.setWorkspace(&workspace);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        SampleOptions options;
        options.contacts = 3;
        options.campaigns = 0;
        fillSampleWorkspace(workspace, options);
        model.reload();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.totalCount(), 3);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore({}));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    SampleCounts m_counts;
};

QTEST_MAIN(TestContactsModel)
#include "test_contactsmodel.moc"
