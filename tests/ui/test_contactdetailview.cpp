#include "contacts/contactdetaildialog.h"
#include "contacts/timelinemodel.h"
#include "database.h"
#include "demo/demogenerator.h"
#include "heatmapwidget.h"
#include "theme.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLocale>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

class TestContactDetailView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        theme::apply(*qApp);
        QVERIFY(m_dir.isValid());
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("demo.herald")));
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        m_workspace = std::move(workspace).value();
        DemoOptions options;
        options.contacts = 1500;
        options.until = QDate(2025, 3, 3);
        auto demo = generateDemo(*m_workspace, options);
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
    }

    void timelinePagesThroughEveryEventNewestFirst()
    {
        Database &db = m_workspace->db();
        const qint64 contact = db.scalarInt("SELECT contact_id FROM events GROUP BY contact_id ORDER BY count(*) DESC, "
                                            "contact_id LIMIT 1");
        Statement counted = db.prepare("SELECT count(*), sum(machine) FROM events WHERE contact_id = ?1");
        counted.bind(1, contact);
        QVERIFY(counted.step());
        const qint64 events = counted.columnInt(0);
        const qint64 machine = counted.columnInt(1);
        QVERIFY(events > 30);
        auto first = loadContactTimeline(db, contact, {}, 7);
        QVERIFY(first.ok());

        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(7);
        model.setContact(m_workspace.get(), contact, *first, QTimeZone("Europe/Berlin"));
        QCOMPARE(model.rowCount(), 7);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), events);
        qint64 machineRows = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (row > 0)
                QVERIFY(model.index(row - 1, TimelineModel::Time).data(TimelineModel::RawValueRole).toLongLong() >=
                        model.index(row, TimelineModel::Time).data(TimelineModel::RawValueRole).toLongLong());
            if (model.index(row, 0).data(TimelineModel::MachineRole).toBool()) {
                ++machineRows;
                QVERIFY(model.index(row, TimelineModel::Event).data().toString().endsWith(QStringLiteral("(machine)")));
            }
        }
        QCOMPARE(machineRows, machine);
        // Shown in the zone given, not in UTC.
        const qint64 at = model.index(0, TimelineModel::Time).data(TimelineModel::RawValueRole).toLongLong();
        const QDateTime berlin = QDateTime::fromSecsSinceEpoch(at, QTimeZone("Europe/Berlin"));
        QVERIFY(model.index(0, TimelineModel::Time).data().toString().endsWith(berlin.time().toString(u"HH:mm")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void dialogShowsWhatTheLedgerAndEventsHold()
    {
        Database &db = m_workspace->db();
        // A contact with its own zone, tags, several consent entries and opens or clicks.
        const qint64 id = db.scalarInt(
            "SELECT c.id FROM contacts c JOIN contact_activity a ON a.contact_id = c.id WHERE c.time_zone IS NOT NULL "
            "AND a.human_opens + a.clicks > 5 AND EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id) "
            "ORDER BY (SELECT count(*) FROM consent_events e WHERE e.contact_id = c.id) DESC, c.id LIMIT 1");
        QVERIFY(id > 0);
        Statement contact =
            db.prepare("SELECT c.email, c.time_zone, c.status, a.human_opens, a.clicks, a.sends "
                       "FROM contacts c JOIN contact_activity a ON a.contact_id = c.id WHERE c.id = ?1");
        contact.bind(1, id);
        QVERIFY(contact.step());
        const QString email = contact.columnText(0);
        const QString zone = contact.columnText(1);
        const qint64 humanOpens = contact.columnInt(3);
        const qint64 clicks = contact.columnInt(4);

        ContactDetailDialog dialog;
        dialog.show();
        dialog.showContact(m_workspace.get(), id);
        QVERIFY(dialog.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 30000);
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(dialog.emailText(), email);
        QCOMPARE(dialog.statusText(), statusDisplayName(static_cast<ContactStatus>(contact.columnInt(2))));
        QVERIFY(!dialog.engagementText().isEmpty());

        const QLocale locale;
        QCOMPARE(dialog.metricText(QStringLiteral("Opens")), locale.toString(humanOpens));
        QCOMPARE(dialog.metricText(QStringLiteral("Clicks")), locale.toString(clicks));
        QCOMPARE(dialog.metricText(QStringLiteral("Received")), locale.toString(contact.columnInt(5)));
        // The heatmap counts the opens people made and the clicks: nothing else.
        QCOMPARE(dialog.heatmap()->total(), humanOpens + clicks);
        QVERIFY2(dialog.heatmapNote().contains(zone), qPrintable(dialog.heatmapNote()));
        QVERIFY(dialog.heatmapNote().contains(QStringLiteral("the contact's own time zone")));
        const auto busiest = dialog.heatmap()->busiestCells(1).constFirst();
        QVERIFY(dialog.busiestText().contains(dialog.heatmap()->cellToolTip(busiest.first, busiest.second)));

        Statement consent = db.prepare("SELECT count(*) FROM consent_events WHERE contact_id = ?1");
        consent.bind(1, id);
        QVERIFY(consent.step());
        QCOMPARE(dialog.consentModel()->rowCount(), consent.columnInt(0));
        QVERIFY(dialog.consentModel()->rowCount() >= 1);
        QCOMPARE(dialog.tabs()->tabText(2), QStringLiteral("Consent (%1)").arg(consent.columnInt(0)));
        Statement newest = db.prepare("SELECT status, source FROM consent_events WHERE contact_id = ?1 "
                                      "ORDER BY occurred_at DESC, id DESC LIMIT 1");
        newest.bind(1, id);
        QVERIFY(newest.step());
        QCOMPARE(dialog.consentModel()->index(0, 1).data().toString(),
                 statusDisplayName(static_cast<ContactStatus>(newest.columnInt(0))));
        QCOMPARE(dialog.consentModel()->index(0, 2).data().toString(), newest.columnText(1));

        QStringList tags;
        Statement tagNames = db.prepare("SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                        "WHERE ct.contact_id = ?1 ORDER BY t.name COLLATE NOCASE");
        tagNames.bind(1, id);
        while (tagNames.step())
            tags.append(tagNames.columnText(0));
        QCOMPARE(dialog.tagTexts(), tags);
        QVERIFY(dialog.fieldText(QStringLiteral("Time zone")).startsWith(zone));

        Statement events = db.prepare("SELECT count(*) FROM events WHERE contact_id = ?1");
        events.bind(1, id);
        QVERIFY(events.step());
        QCOMPARE(dialog.timelineModel()->rowCount(),
                 std::min<qint64>(events.columnInt(0), TimelineModel::defaultPageSize));
        QCOMPARE(dialog.tabs()->tabText(1), QStringLiteral("Activity (%1)").arg(locale.toString(events.columnInt(0))));
    }

    void contactWithoutAZoneIsShownInTheWorkspaces()
    {
        Database &db = m_workspace->db();
        const qint64 id = db.scalarInt("SELECT min(contact_id) FROM contact_activity WHERE human_opens > 0");
        Statement clear = db.prepare("UPDATE contacts SET time_zone = NULL WHERE id = ?1");
        clear.bind(1, id);
        clear.exec();
        QVERIFY(m_workspace->setTimeZone(QTimeZone("America/Chicago")).ok());
        ContactDetailDialog dialog;
        dialog.showContact(m_workspace.get(), id);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 30000);
        QVERIFY2(dialog.heatmapNote().contains(QStringLiteral("America/Chicago, the workspace's time zone")),
                 qPrintable(dialog.heatmapNote()));
        QCOMPARE(dialog.fieldText(QStringLiteral("Time zone")), QStringLiteral("None; the workspace's is used"));
    }

    void unknownContactSaysSo()
    {
        ContactDetailDialog dialog;
        dialog.showContact(m_workspace.get(), 987654321);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 30000);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("987654321")), qPrintable(dialog.errorText()));
    }

    void heatmapCellsSayWhatTheyHold()
    {
        HeatmapWidget heatmap;
        HeatmapWidget::Counts counts{};
        counts[1][14] = 12; // Tuesday 14:00
        counts[6][23] = 1;  // Sunday 23:00
        heatmap.setCounts(counts);
        QCOMPARE(heatmap.total(), 13);
        QCOMPARE(heatmap.maximum(), 12);
        QCOMPARE(heatmap.cellToolTip(1, 14), QStringLiteral("Tuesday 14:00–15:00: 12 opens and clicks"));
        QCOMPARE(heatmap.cellToolTip(6, 23), QStringLiteral("Sunday 23:00–00:00: 1 open or click"));
        QCOMPARE(heatmap.cellToolTip(0, 0), QStringLiteral("Monday 00:00–01:00: 0 opens and clicks"));
        heatmap.resize(700, heatmap.sizeHint().height());
        const QRect cell = heatmap.cellRect(1, 14);
        QCOMPARE(heatmap.cellAt(cell.center()), std::make_pair(1, 14));
        QCOMPARE(heatmap.cellAt(QPoint(2, 2)), std::make_pair(-1, -1)); // on the day labels
        QCOMPARE(heatmap.busiestCells(3), (QList<std::pair<int, int>>{{1, 14}, {6, 23}}));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_MAIN(TestContactDetailView)
#include "test_contactdetailview.moc"
