// The Campaigns page and the Home charts in the main window, on a demo workspace: every campaign listed with the
// values listCampaigns computes, a selected campaign's subject and hourly chart against
// engagementByHourSinceSend, the filter box, the empty states, and Home's growth and engagement charts against
// workspaceTrends.

#include "campaigns/campaigndetail.h"
#include "campaigns/campaignsmodel.h"
#include "campaigns/campaignspage.h"
#include "campaigns/campaignssortmodel.h"
#include "charts/chartcard.h"
#include "charts/engagementtrendchart.h"
#include "charts/growthchart.h"
#include "charts/hourlyengagementchart.h"
#include "database.h"
#include "demo/demogenerator.h"
#include "homepage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "navigationview.h"
#include "query/campaignstats.h"
#include "query/workspacetrends.h"
#include "sampleworkspace.h"
#include "statcard.h"
#include "theme.h"
#include "workspace.h"
#include "workspaceactions.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QLineEdit>
#include <QLineSeries>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace herald;

class TestCampaignsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeraldTest"));
        QCoreApplication::setApplicationName(QStringLiteral("HeraldCampaignsTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        theme::apply(*qApp);
        MessageBox::setAnswerAutomatically(true);
        QVERIFY(m_dir.isValid());
        m_demoPath = m_dir.filePath(QStringLiteral("demo.herald"));
        auto workspace = Workspace::open(m_demoPath);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        DemoOptions options;
        options.contacts = 2000;
        options.until = QDate(2025, 2, 24);
        QVERIFY(generateDemo(**workspace, options).ok());
        auto campaigns = listCampaigns((*workspace)->db());
        QVERIFY(campaigns.ok());
        m_campaigns = *campaigns;
        auto trends = workspaceTrends((*workspace)->db());
        QVERIFY(trends.ok());
        m_trends = *trends;

        m_noCampaignsPath = m_dir.filePath(QStringLiteral("studio.herald"));
        auto studio = Workspace::open(m_noCampaignsPath);
        QVERIFY(studio.ok());
        SampleOptions sample;
        sample.contacts = 300;
        sample.campaigns = 0;
        fillSampleWorkspace(**studio, sample);
    }

    void listsEveryCampaignWithItsResults()
    {
        MainWindow window;
        window.show();
        CampaignsPage *page = openCampaigns(window, m_demoPath);
        QVERIFY(page);
        QAbstractItemModelTester tester(page->sortModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->table()->model()->rowCount(), m_campaigns.size());
        QCOMPARE(page->subtitle(), QStringLiteral("%1 campaigns · times in %2")
                                       .arg(m_campaigns.size())
                                       .arg(QString::fromUtf8(page->model()->timeZone().id())));
        // Newest first, as listCampaigns orders them.
        QCOMPARE(page->table()->model()->index(0, CampaignsModel::Name).data().toString(),
                 m_campaigns.constFirst().name);

        // Every campaign's row, found by name, shows its own numbers.
        for (const CampaignStats &campaign : std::as_const(m_campaigns)) {
            const int row = rowOf(page, campaign.id);
            QVERIFY2(row >= 0, qPrintable(campaign.name));
            const auto text = [&](int column) { return page->table()->model()->index(row, column).data().toString(); };
            QCOMPARE(text(CampaignsModel::Name), campaign.name);
            QCOMPARE(text(CampaignsModel::OpenRate), QString::number(campaign.openRate * 100, 'f', 1) + u'%');
            QCOMPARE(text(CampaignsModel::Recipients), QLocale().toString(campaign.recipients));
            QCOMPARE(text(CampaignsModel::MachineOpens), QLocale().toString(campaign.machineOpens));
        }
        // Numbers line up on the right and rows fit the page without a horizontal scroll bar at 1280 wide.
        window.resize(1280, 800);
        QTest::qWait(50);
        QVERIFY(!page->table()->horizontalScrollBar()->isVisible());
        QVERIFY(page->table()->columnWidth(CampaignsModel::Name) >= 150);
    }

    void selectedCampaignShowsSubjectAndHourlyChart()
    {
        MainWindow window;
        window.show();
        CampaignsPage *page = openCampaigns(window, m_demoPath);
        QVERIFY(page);
        // The campaign with the most opens by people, so every series has something to add up.
        const auto busiest = std::max_element(m_campaigns.cbegin(), m_campaigns.cend(),
                                              [](const auto &a, const auto &b) { return a.humanOpens < b.humanOpens; });
        CampaignDetail *detail = page->detail();
        QSignalSpy loaded(detail, &CampaignDetail::engagementLoaded);
        QVERIFY(page->selectCampaign(busiest->id));
        QVERIFY(loaded.wait(60000));
        QCOMPARE(detail->campaignId(), busiest->id);
        QCOMPARE(detail->subjectText(), QLocale().quoteString(busiest->subject));
        QCOMPARE(detail->nameText(), busiest->name);
        QVERIFY(detail->metaText().contains(page->model()->sentText(busiest->sentAt)));
        QCOMPARE(detail->cards().at(1)->value(), QString::number(busiest->openRate * 100, 'f', 1) + u'%');
        QVERIFY(detail->chartCard()->isShowingChart());

        auto workspace = Workspace::open(m_demoPath, Workspace::OpenMode::AttachExisting);
        QVERIFY(workspace.ok());
        auto hours = engagementByHourSinceSend((*workspace)->db(), busiest->id, 72);
        QVERIFY(hours.ok());
        HourlyEngagementChart *chart = detail->chart();
        const QList<QPointF> human = chart->humanOpensSeries()->points();
        const QList<QPointF> machine = chart->machineOpensSeries()->points();
        const QList<QPointF> clicks = chart->clicksSeries()->points();
        QCOMPARE(human.size(), 72);
        QCOMPARE(machine.size(), 72);
        QCOMPARE(clicks.size(), 72);
        qint64 expectedHuman = 0, expectedMachine = 0, expectedClicks = 0;
        double shownHuman = 0, shownMachine = 0, shownClicks = 0;
        for (int hour = 0; hour < 72; ++hour) {
            const HourlyEngagement &bucket = hours->at(hour);
            QCOMPARE(human.at(hour), QPointF(hour, double(bucket.humanOpens)));
            expectedHuman += bucket.humanOpens;
            expectedMachine += bucket.machineOpens;
            expectedClicks += bucket.clicks;
            shownHuman += human.at(hour).y();
            shownMachine += machine.at(hour).y();
            shownClicks += clicks.at(hour).y();
        }
        QVERIFY(expectedHuman > 0 && expectedMachine > 0 && expectedClicks > 0);
        QCOMPARE(qint64(shownHuman), expectedHuman);
        QCOMPARE(qint64(shownMachine), expectedMachine);
        QCOMPARE(qint64(shownClicks), expectedClicks);
        QCOMPARE(detail->chartCard()->subtitle(),
                 QStringLiteral("In the first 72 hours: %1 opens by people, %2 machine opens, %3 clicks")
                     .arg(QLocale().toString(expectedHuman), QLocale().toString(expectedMachine),
                          QLocale().toString(expectedClicks)));
        QVERIFY(detail->chartCard()->caption().contains(QStringLiteral("Machine opens")));

        // Clicking another row shows that campaign instead.
        const CampaignStats &other = m_campaigns.constLast();
        loaded.clear();
        QTableView *table = page->table();
        const QModelIndex index = table->model()->index(rowOf(page, other.id), CampaignsModel::Recipients);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QVERIFY(loaded.wait(60000));
        QCOMPARE(detail->subjectText(), QLocale().quoteString(other.subject));
    }

    void filterBoxNarrowsTheList()
    {
        MainWindow window;
        window.show();
        CampaignsPage *page = openCampaigns(window, m_demoPath);
        QVERIFY(page);
        const QString word = QStringLiteral("newsletter");
        const auto matching = std::count_if(m_campaigns.cbegin(), m_campaigns.cend(), [&](const CampaignStats &c) {
            return c.name.contains(word, Qt::CaseInsensitive) || c.subject.contains(word, Qt::CaseInsensitive);
        });
        QVERIFY(matching > 0 && matching < m_campaigns.size());
        QTest::keyClicks(page->filterEdit(), word);
        QCOMPARE(page->table()->model()->rowCount(), int(matching));
        QCOMPARE(page->subtitle(), QStringLiteral("%1 of %2 campaigns").arg(matching).arg(m_campaigns.size()));
        page->filterEdit()->setText(QStringLiteral("zzz no such campaign"));
        QCOMPARE(page->table()->model()->rowCount(), 0);
        QVERIFY(!page->detail()->isShowingCampaign());
        QVERIFY(page->detail()->placeholderText().contains(QStringLiteral("zzz no such campaign")));
        page->filterEdit()->clear();
        QCOMPARE(page->table()->model()->rowCount(), m_campaigns.size());
        QTRY_VERIFY(page->detail()->isShowingCampaign());
    }

    void campaignWithoutActivitySaysSo()
    {
        MainWindow window;
        window.show();
        CampaignsPage *page = openCampaigns(window, m_demoPath);
        QVERIFY(page);
        Database &db = window.session()->workspace()->db();
        Statement insert = db.prepare("INSERT INTO campaigns(name, subject, sent_at, created_at) VALUES (?, ?, ?, ?)");
        insert.bind(1, QStringLiteral("Spring preview"))
            .bind(2, QStringLiteral("First look at the spring roasts"))
            .bind(3, std::int64_t{1740000000})
            .bind(4, std::int64_t{1740000000});
        insert.exec();
        const qint64 id = db.lastInsertId();
        QSignalSpy listed(page, &CampaignsPage::campaignsLoaded);
        window.session()->notifyContentChanged(); // what an import does when it finishes
        QVERIFY(listed.wait(60000));
        QCOMPARE(page->table()->model()->rowCount(), m_campaigns.size() + 1);

        QSignalSpy loaded(page->detail(), &CampaignDetail::engagementLoaded);
        QVERIFY(page->selectCampaign(id));
        QVERIFY(loaded.wait(60000));
        QVERIFY(!page->detail()->chartCard()->isShowingChart());
        QVERIFY2(page->detail()->chartCard()->message().contains(QStringLiteral("No opens or clicks")),
                 qPrintable(page->detail()->chartCard()->message()));
        QCOMPARE(page->detail()->cards().at(1)->value(), QStringLiteral("0.0%"));

        Statement remove = db.prepare("DELETE FROM campaigns WHERE id = ?");
        remove.bind(1, std::int64_t{id});
        remove.exec();
    }

    void workspaceWithoutCampaignsShowsHowToGetThem()
    {
        MainWindow window;
        window.show();
        CampaignsPage *page = openCampaigns(window, m_demoPath);
        QVERIFY(page);
        QVERIFY(!page->isShowingEmptyState());
        page->filterEdit()->setText(QStringLiteral("newsletter"));
        // Opening another workspace forgets this one's filter and shows that it has no campaigns.
        QVERIFY(openCampaigns(window, m_noCampaignsPath));
        QVERIFY(page->isShowingEmptyState());
        QVERIFY(page->filterEdit()->text().isEmpty());
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(page->subtitle().isEmpty());
    }

    void homeChartsCoverTheTrendMonths()
    {
        // The demo's contacts reach back years before its year of campaigns: the axis must cope with both.
        QVERIFY(m_trends.growth.size() >= 36);
        QVERIFY(m_trends.engagement.size() >= 12);

        MainWindow window;
        window.show();
        QSignalSpy trendsLoaded(window.homePage(), &HomePage::trendsLoaded);
        QVERIFY(openAndWait(window, m_demoPath));
        QVERIFY(trendsLoaded.wait(60000));
        HomePage *home = window.homePage();
        QTRY_VERIFY(!home->isLoading());

        GrowthChart *growth = home->growthChart();
        QVERIFY(home->growthCard()->isShowingChart());
        QCOMPARE(growth->growth().size(), m_trends.growth.size());
        QCOMPARE(growth->newContactsSet()->count(), m_trends.growth.size());
        QCOMPARE(growth->unsubscribesSet()->count(), m_trends.growth.size());
        QCOMPARE(growth->subscribedSeries()->count(), m_trends.growth.size());
        qint64 added = 0;
        for (qsizetype i = 0; i < m_trends.growth.size(); ++i) {
            const MonthlyListGrowth &month = m_trends.growth.at(i);
            QCOMPARE(growth->newContactsSet()->at(i), double(month.newContacts));
            QCOMPARE(growth->unsubscribesSet()->at(i), -double(month.unsubscribes));
            QCOMPARE(growth->cleanedSet()->at(i), -double(month.cleaned));
            QCOMPARE(growth->subscribedSeries()->at(i).y(), double(month.subscribedAtEnd));
            added += month.newContacts;
        }
        QCOMPARE(added, qint64(2000));
        QVERIFY(home->growthCard()->subtitle().contains(QStringLiteral("2,000 contacts added")));
        QVERIFY(growth->monthText(0).contains(QLocale().toString(m_trends.growth.constFirst().month, u"MMMM yyyy")));

        EngagementTrendChart *engagement = home->engagementChart();
        QVERIFY(home->engagementCard()->isShowingChart());
        // Months without a delivered campaign have no point; the others sit at their month's index.
        QList<QPointF> openRates;
        QList<QPointF> clickRates;
        for (qsizetype i = 0; i < m_trends.engagement.size(); ++i) {
            const MonthlyEngagement &month = m_trends.engagement.at(i);
            if (month.delivered > 0) {
                openRates.append(QPointF(double(i), month.openRate));
                clickRates.append(QPointF(double(i), month.clickRate));
            }
        }
        QCOMPARE(engagement->openRateSeries()->points(), openRates);
        QCOMPARE(engagement->clickRateSeries()->points(), clickRates);
        // The points run from the first month to the last.
        QCOMPARE(openRates.constFirst().x(), 0.0);
        QCOMPARE(openRates.constLast().x(), double(m_trends.engagement.size() - 1));
        QVERIFY(openRates.constFirst().y() > 0.05);
    }

    void homeOnAnEmptyWorkspaceExplainsItsCharts()
    {
        WorkspaceSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("empty.herald")), Workspace::OpenMode::OpenOrCreate).ok());
        HomePage home(&session);
        home.resize(1030, 720);
        home.show();
        QSignalSpy trendsLoaded(&home, &HomePage::trendsLoaded);
        home.reload();
        QVERIFY(trendsLoaded.wait(60000));
        QTRY_VERIFY(!home.isLoading());
        QVERIFY(home.growthCard()->message().contains(QStringLiteral("No contacts yet")));
        QVERIFY(home.engagementCard()->message().contains(QStringLiteral("No campaign results yet")));
        QVERIFY(home.activityChartCard()->message().contains(QStringLiteral("No sends")));
        QCOMPARE(home.growthChart()->newContactsSet()->count(), 0);
    }

private:
    static bool openAndWait(MainWindow &window, const QString &path)
    {
        QSignalSpy finished(window.workspaceActions(), &WorkspaceActions::openFinished);
        window.openWorkspace(path);
        return finished.wait(60000) && finished.constFirst().at(0).toBool();
    }

    static CampaignsPage *openCampaigns(MainWindow &window, const QString &path)
    {
        auto *page = window.findChild<CampaignsPage *>();
        if (!page)
            return nullptr;
        QSignalSpy listed(page, &CampaignsPage::campaignsLoaded);
        if (!openAndWait(window, path))
            return nullptr;
        window.navigation()->showPage(page);
        if (page->model()->isLoading() && !listed.wait(60000))
            return nullptr;
        if (page->model()->isLoading())
            return nullptr;
        // The first campaign is selected and its hours read; let that finish before the test goes on.
        QSignalSpy detail(page->detail(), &CampaignDetail::engagementLoaded);
        if (page->detail()->isLoading() && !detail.wait(60000))
            return nullptr;
        return page;
    }

    static int rowOf(CampaignsPage *page, qint64 id)
    {
        const QAbstractItemModel *model = page->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(CampaignsModel::CampaignIdRole).toLongLong() == id)
                return row;
        return -1;
    }

    QTemporaryDir m_dir;
    QString m_demoPath;
    QString m_noCampaignsPath;
    QList<CampaignStats> m_campaigns;
    WorkspaceTrends m_trends;
};

QTEST_MAIN(TestCampaignsPage)
#include "test_campaignspage.moc"
