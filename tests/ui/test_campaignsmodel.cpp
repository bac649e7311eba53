// CampaignsModel and CampaignsSortModel on a demo workspace: what the table would show for every campaign,
// sorting by the numbers rather than their text, filtering by name or subject, and the month axis of the charts.

#include "campaigns/campaignsmodel.h"
#include "campaigns/campaignssortmodel.h"
#include "charts/chartstyle.h"
#include "demo/demogenerator.h"
#include "query/campaignstats.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QCategoryAxis>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace herald;

class TestCampaignsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.herald"));
        auto workspace = Workspace::open(m_path);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        DemoOptions options;
        options.contacts = 1500;
        options.until = QDate(2025, 2, 24);
        auto report = generateDemo(**workspace, options);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QVERIFY((*workspace)->setTimeZone(QTimeZone("America/Chicago")).ok());
        auto campaigns = listCampaigns((*workspace)->db());
        QVERIFY(campaigns.ok());
        m_campaigns = *campaigns;
        QVERIFY(m_campaigns.size() >= 20);
    }

    void loadsEveryCampaignOnAWorker()
    {
        CampaignsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_path));
        QCOMPARE(model.rowCount(), m_campaigns.size());
        QCOMPARE(model.columnCount(), int(CampaignsModel::ColumnCount));
        const QTimeZone chicago("America/Chicago");
        QCOMPARE(model.timeZone(), chicago);
        for (int row = 0; row < model.rowCount(); ++row) {
            const CampaignStats &expected = m_campaigns.at(row);
            const auto text = [&](int column) { return model.index(row, column).data().toString(); };
            QCOMPARE(model.index(row, 0).data(CampaignsModel::CampaignIdRole).toLongLong(), expected.id);
            QCOMPARE(text(CampaignsModel::Name), expected.name);
            QCOMPARE(model.index(row, 0).data(CampaignsModel::SubjectRole).toString(), expected.subject);
            QCOMPARE(text(CampaignsModel::Sent),
                     QLocale().toString(QDateTime::fromSecsSinceEpoch(expected.sentAt, chicago), QLocale::ShortFormat));
            QCOMPARE(text(CampaignsModel::Recipients), QLocale().toString(expected.recipients));
            QCOMPARE(text(CampaignsModel::Delivered), QLocale().toString(expected.delivered));
            // Spelled out rather than through the model's own helper, so a wrong scale or sign shows.
            QCOMPARE(text(CampaignsModel::OpenRate), QString::number(expected.openRate * 100, 'f', 1) + u'%');
            QCOMPARE(text(CampaignsModel::ClickRate), QString::number(expected.clickRate * 100, 'f', 1) + u'%');
            QCOMPARE(text(CampaignsModel::ClickToOpen), QString::number(expected.clickToOpenRate * 100, 'f', 1) + u'%');
            QCOMPARE(text(CampaignsModel::MachineOpens), QLocale().toString(expected.machineOpens));
            QCOMPARE(text(CampaignsModel::Unsubscribes), QLocale().toString(expected.unsubscribes));
            QCOMPARE(text(CampaignsModel::Bounces), QLocale().toString(expected.bounced + expected.softBounced));
            QCOMPARE(text(CampaignsModel::Revenue), QLocale().toString(expected.revenue, 'f', 2));
            QCOMPARE(model.index(row, CampaignsModel::OpenRate).data(CampaignsModel::RawValueRole).toDouble(),
                     expected.openRate);
            QCOMPARE(model.index(row, CampaignsModel::Sent).data(CampaignsModel::RawValueRole).toLongLong(),
                     expected.sentAt);
            QCOMPARE(model.index(row, CampaignsModel::Revenue).data(Qt::TextAlignmentRole).toInt(),
                     int(Qt::AlignRight | Qt::AlignVCenter));
        }
        // The demo has machine opens and revenue: the columns are not all zeros.
        QVERIFY(
            std::any_of(m_campaigns.cbegin(), m_campaigns.cend(), [](const auto &c) { return c.machineOpens > 0; }));
        QVERIFY(std::any_of(m_campaigns.cbegin(), m_campaigns.cend(), [](const auto &c) { return c.revenue > 0; }));

        // Loading again (an import finished) replaces the rows under the tester's eye.
        QVERIFY(load(model, m_path));
        QCOMPARE(model.rowCount(), m_campaigns.size());
        QVERIFY(load(model, QString()));
        QCOMPARE(model.rowCount(), 0);
    }

    void missingWorkspaceFailsWithReason()
    {
        CampaignsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failed(&model, &CampaignsModel::loadFailed);
        model.load(m_dir.filePath(QStringLiteral("missing.herald")));
        QVERIFY(failed.wait(60000));
        QVERIFY(!failed.constFirst().at(0).toString().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }

    void sortsByRawValues_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("recipients") << int(CampaignsModel::Recipients);
        QTest::newRow("open rate") << int(CampaignsModel::OpenRate);
        QTest::newRow("revenue") << int(CampaignsModel::Revenue);
        QTest::newRow("sent") << int(CampaignsModel::Sent);
    }

    void sortsByRawValues()
    {
        QFETCH(int, column);
        CampaignsModel model;
        CampaignsSortModel sorted;
        sorted.setSourceModel(&model);
        QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_path));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            sorted.sort(column, order);
            QList<double> values;
            for (int row = 0; row < sorted.rowCount(); ++row)
                values << sorted.index(row, column).data(CampaignsModel::RawValueRole).toDouble();
            QList<double> expected = values;
            std::sort(expected.begin(), expected.end());
            if (order == Qt::DescendingOrder)
                std::reverse(expected.begin(), expected.end());
            QCOMPARE(values, expected);
        }
        // Text order would put "92" after "2,412"; the numbers decide.
        sorted.sort(CampaignsModel::Recipients, Qt::DescendingOrder);
        const auto most = std::max_element(m_campaigns.cbegin(), m_campaigns.cend(),
                                           [](const auto &a, const auto &b) { return a.recipients < b.recipients; });
        QCOMPARE(sorted.index(0, CampaignsModel::Recipients).data().toString(), QLocale().toString(most->recipients));
    }

    void filtersByNameOrSubject()
    {
        CampaignsModel model;
        CampaignsSortModel sorted;
        sorted.setSourceModel(&model);
        QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_path));
        QCOMPARE(sorted.rowCount(), m_campaigns.size());

        // A word from a subject line that is not in its campaign's name, typed in capitals.
        QString word;
        for (const CampaignStats &campaign : std::as_const(m_campaigns)) {
            for (const QString &candidate : campaign.subject.split(u' ', Qt::SkipEmptyParts)) {
                if (candidate.size() >= 5 && !campaign.name.contains(candidate, Qt::CaseInsensitive)) {
                    word = candidate;
                    break;
                }
            }
            if (!word.isEmpty())
                break;
        }
        QVERIFY(!word.isEmpty());
        const auto matching = std::count_if(m_campaigns.cbegin(), m_campaigns.cend(), [&](const CampaignStats &c) {
            return c.name.contains(word, Qt::CaseInsensitive) || c.subject.contains(word, Qt::CaseInsensitive);
        });
        sorted.setFilterText(QStringLiteral("  ") + word.toUpper() + QStringLiteral(" "));
        QCOMPARE(sorted.rowCount(), int(matching));
        QVERIFY(matching < m_campaigns.size());
        for (int row = 0; row < sorted.rowCount(); ++row) {
            const QModelIndex index = sorted.index(row, CampaignsModel::Name);
            QVERIFY(index.data().toString().contains(word, Qt::CaseInsensitive) ||
                    index.data(CampaignsModel::SubjectRole).toString().contains(word, Qt::CaseInsensitive));
        }
        sorted.setFilterText(QStringLiteral("no campaign is called this"));
        QCOMPARE(sorted.rowCount(), 0);
        sorted.setFilterText(QString());
        QCOMPARE(sorted.rowCount(), m_campaigns.size());
    }

    void monthAxisStaysReadable_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("maxLabels");
        QTest::addColumn<int>("step");
        QTest::newRow("a year") << 13 << 13 << 1;
        QTest::newRow("a year, half width") << 13 << 7 << 2;
        QTest::newRow("four years") << 49 << 13 << 6;
        QTest::newRow("ten years") << 120 << 13 << 12;
        QTest::newRow("fifteen years") << 180 << 13 << 24;
        QTest::newRow("forty years") << 480 << 13 << 48;
    }

    void monthAxisStaysReadable()
    {
        QFETCH(int, months);
        QFETCH(int, maxLabels);
        QFETCH(int, step);
        QCOMPARE(charts::monthLabelStep(months, maxLabels), step);
        QList<QDate> dates;
        for (int i = 0; i < months; ++i)
            dates << QDate(2021, 2, 1).addMonths(i);
        std::unique_ptr<QCategoryAxis> axis(charts::monthAxis(dates, QFont(), maxLabels));
        const QStringList labels = axis->categoriesLabels();
        QVERIFY2(labels.size() <= maxLabels, qPrintable(labels.join(u'|')));
        QVERIFY(labels.size() >= std::min(months / step, maxLabels) - 1);
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size()); // none dropped as a duplicate
        // The first label names its year; bars sit on whole numbers inside the range.
        QVERIFY2(labels.constFirst().contains(QRegularExpression(QStringLiteral("20\\d\\d"))),
                 qPrintable(labels.first()));
        QCOMPARE(axis->min(), -0.5);
        QCOMPARE(axis->max(), months - 0.5);
    }

private:
    static bool load(CampaignsModel &model, const QString &path)
    {
        QSignalSpy loaded(&model, &CampaignsModel::loaded);
        model.load(path);
        return !loaded.isEmpty() || loaded.wait(60000);
    }

    QTemporaryDir m_dir;
    QString m_path;
    QList<CampaignStats> m_campaigns;
};

QTEST_MAIN(TestCampaignsModel)
#include "test_campaignsmodel.moc"
