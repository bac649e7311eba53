#include "contactsmodel.h"
#include "sampleworkspace.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

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
        options.events = false;
        m_counts = fillSampleWorkspace(*m_workspace, options);
    }

    void passesModelTester()
    {
        ContactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(m_workspace.get());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 2500);
        model.setWorkspace(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void fetchesLazilyPageByPage()
    {
        ContactsModel model;
        QSignalSpy totals(&model, &ContactsModel::totalCountChanged);
        model.setPageSize(1000);
        model.setWorkspace(m_workspace.get());
        QTRY_COMPARE(model.totalCount(), 2500);
        QCOMPARE(totals.count(), 2); // "counting" (-1), then the number from the worker
        QCOMPARE(totals.constFirst().at(0).toLongLong(), -1);
        QCOMPARE(totals.constLast().at(0).toLongLong(), 2500);
        QCOMPARE(model.rowCount(), 0); // nothing read before a view asks
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2000);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2500);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // harmless at the end
        QCOMPARE(model.rowCount(), 2500);
    }

    void pagesFollowIdsWithoutGapsOrRepeats()
    {
        ContactsModel model;
        model.setPageSize(333); // does not divide 2500: the last page is short
        model.setWorkspace(m_workspace.get());
        int pages = 0;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++pages;
        }
        QCOMPARE(pages, 8);
        QList<qint64> expected;
        Statement ids = m_workspace->db().prepare("SELECT id FROM contacts ORDER BY id");
        while (ids.step())
            expected.append(ids.columnInt(0));
        QCOMPARE(model.rowCount(), expected.size());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(ContactsModel::ContactIdRole).toLongLong(), expected.at(row));
    }

    void showsContactValues()
    {
        ContactsModel model;
        model.setWorkspace(m_workspace.get());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ContactsModel::defaultPageSize);

        Statement first = m_workspace->db().prepare(
            "SELECT email, first_name, last_name, company, country, time_zone, status, created_at FROM contacts "
            "ORDER BY id LIMIT 1 OFFSET 7");
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
        QCOMPARE(model.headerData(ContactsModel::Email, Qt::Horizontal).toString(), QStringLiteral("Email"));
        QCOMPARE(model.headerData(ContactsModel::Status, Qt::Horizontal).toString(), QStringLiteral("Status"));
    }

    void showsCountryNamesForCodes()
    {
        ContactsModel model;
        model.setWorkspace(m_workspace.get());
        model.fetchMore({});
        bool sawGermany = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, ContactsModel::Country);
            if (index.data(ContactsModel::RawValueRole).toString() == QLatin1StringView("DE")) {
                QCOMPARE(index.data().toString(), QStringLiteral("Germany"));
                sawGermany = true;
            }
        }
        QVERIFY(sawGermany);
    }

    void filtersByStatus()
    {
        ContactsModel model;
        model.setPageSize(50);
        model.setWorkspace(m_workspace.get());
        ContactsQuery query;
        query.status = ContactStatus::Unsubscribed;
        model.setQuery(query);
        const qint64 expected = m_counts.byStatus.at(ContactStatus::Unsubscribed);
        QVERIFY(expected > 50); // more than one page
        QTRY_COMPARE(model.totalCount(), expected);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, ContactsModel::Status).data().toString(),
                     statusDisplayName(ContactStatus::Unsubscribed));
    }

    void reloadSeesNewContacts()
    {
        const QString path = m_dir.filePath(QStringLiteral("small.herald"));
        auto opened = Workspace::open(path);
        QVERIFY(opened.ok());
        Workspace &workspace = **opened;
        ContactsModel model;
        model.setWorkspace(&workspace);
        QTRY_COMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        SampleOptions options;
        options.contacts = 3;
        options.campaigns = 0;
        fillSampleWorkspace(workspace, options);
        model.reload();
        QTRY_COMPARE(model.totalCount(), 3);
        model.fetchMore({});
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
