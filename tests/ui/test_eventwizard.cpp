// Drives the import wizard's campaign-activity path on the activity fixtures, as a marketer would: the file is
// recognised, its first events previewed, options chosen, the import run (or cancelled) and its summary checked
// against the workspace.

#include "import/contactimport.h"
#include "import/detectionstep.h"
#include "import/eventdetectionstep.h"
#include "import/eventdraft.h"
#include "import/eventoptionsstep.h"
#include "import/eventpreviewmodel.h"
#include "import/eventsummarystep.h"
#include "import/filestep.h"
#include "import/importactions.h"
#include "import/importdraft.h"
#include "import/importsmodel.h"
#include "import/importspage.h"
#include "import/importwizard.h"
#include "import/rejectsexport.h"
#include "import/rejectsmodel.h"
#include "import/runstep.h"
#include "import/summarystep.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "navigationview.h"
#include "statcard.h"
#include "taskrunner.h"
#include "theme.h"
#include "wizardtest.h"
#include "workspace.h"
#include "workspaceactions.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace herald;
using wizardtest::clickRadio;
using wizardtest::openAndWait;
using wizardtest::readLines;

class TestEventWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        wizardtest::setUpApplication(QStringLiteral("HeraldEventWizardTest"));
        QVERIFY(m_dir.isValid());
        // Mailchimp's opens file as it comes out of an account export: named after its campaign.
        QFile opens(m_dir.filePath(QStringLiteral("Spring sale.csv")));
        QVERIFY(opens.open(QIODevice::WriteOnly));
        opens.write("Email,Timestamp\n"
                    "ada@example.com,2024-03-12 13:30:07\n"
                    "ada@example.com,2024-03-12 16:01:44\n"
                    "ben@example.com,2024-03-12 22:20:13\n"
                    "dora@example.net,2024-03-13 11:45:00\n");
    }

    void init()
    {
        MessageBox::clearShownMessages();
        m_session = std::make_unique<WorkspaceSession>();
        wizardtest::openBerlinWorkspace(*m_session, m_dir.filePath(QStringLiteral("%1.herald").arg(++m_workspaces)));
    }

    void cleanup() { m_session.reset(); }

    void mailchimpOpensReachTheSummary()
    {
        ImportWizard wizard(m_session.get(), m_dir.filePath(QStringLiteral("Spring sale.csv")));
        wizard.show();
        testModels(wizard);
        QSignalSpy imported(&wizard, &ImportWizard::activityImported);
        QSignalSpy changed(m_session.get(), &WorkspaceSession::contentChanged);
        QVERIFY(waitForFile(wizard));

        // Herald says what the file is before Next.
        QCOMPARE(wizard.fileStep()->recognitionKind(), QStringLiteral("info"));
        const QString recognised = wizard.fileStep()->recognitionText();
        QVERIFY2(recognised.startsWith(QStringLiteral("Campaign activity: opens\n")), qPrintable(recognised));
        QVERIFY(recognised.contains(QStringLiteral("Opens of the campaign “Spring sale”")));
        QVERIFY(recognised.contains(QStringLiteral("Mailchimp · Account export: opens of one campaign")));
        QCOMPARE(wizard.path(), ImportWizard::Path::Activity);
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Import Campaign Activity"));

        wizard.next();
        QCOMPARE(wizard.currentStep(), ImportWizard::Detection);
        EventDetectionStep *detection = wizard.eventDetectionStep();
        QCOMPARE(wizard.currentPage(), detection);
        QCOMPARE(detection->profileLabel()->text(),
                 QStringLiteral("Mailchimp · Account export: opens of one campaign"));
        QCOMPARE(detection->contentsLabel()->text(),
                 QStringLiteral("Opens of the campaign “Spring sale”, one row each"));
        QCOMPARE(detection->encodingLabel()->text(), QStringLiteral("UTF-8"));
        QCOMPARE(detection->delimiterLabel()->text(), QStringLiteral("Comma"));
        QCOMPARE(detection->rowsLabel()->text(), QStringLiteral("4 rows, the whole file"));
        QCOMPARE(detection->datesLabel()->text(), QStringLiteral("Unambiguous"));
        EventPreviewModel *preview = detection->previewModel();
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->index(0, EventPreviewModel::Event).data().toString(), QStringLiteral("Open"));
        // 13:30:07 UTC, shown in the workspace's zone.
        QCOMPARE(preview->index(0, EventPreviewModel::Time).data().toString(),
                 QStringLiteral("Tue 12 Mar 2024, 14:30"));
        QCOMPARE(preview->headerData(EventPreviewModel::Time, Qt::Horizontal).toString(),
                 QStringLiteral("Time (Europe/Berlin)"));
        QCOMPARE(preview->index(3, EventPreviewModel::Contact).data().toString(), QStringLiteral("dora@example.net"));
        QCOMPARE(preview->index(0, EventPreviewModel::Campaign).data().toString(), QStringLiteral("Spring sale"));
        QCOMPARE(detection->sampleNote(), QStringLiteral("4 rows shown"));

        wizard.next();
        QCOMPARE(wizard.currentStep(), ImportWizard::Options);
        EventOptionsStep *options = wizard.eventOptionsStep();
        QCOMPARE(options->zoneCombo()->currentText(),
                 QStringLiteral("Automatic: UTC, as Mailchimp writes its exports"));
        QCOMPARE(options->zoneExample(),
                 QStringLiteral("“2024-03-12 13:30:07” in the file is read as 13:30 UTC, which is 14:30 in the "
                                "workspace's zone (Europe/Berlin)."));
        QVERIFY(!options->dateQuestion()->isVisible());
        QVERIFY(options->contactsCard()->isVisible());
        QVERIFY(!options->ordersCard()->isVisible());
        QVERIFY(options->machineCard()->isVisible());
        QVERIFY(options->unknownContactsButton(int(UnknownContacts::Create))->isChecked());
        QCOMPARE(wizard.nextButton()->text(), QStringLiteral("Import"));

        QVERIFY(runToSummary(wizard));
        EventSummaryStep *summary = wizard.eventSummaryStep();
        QCOMPARE(wizard.currentPage(), summary);
        QCOMPARE(summary->rowsCard()->value(), QStringLiteral("4"));
        QCOMPARE(summary->eventsCard()->value(), QStringLiteral("4"));
        QCOMPARE(summary->presentCard()->value(), QStringLiteral("0"));
        QCOMPARE(summary->contactsCard()->value(), QStringLiteral("3"));
        QCOMPARE(summary->rejectedCard()->value(), QStringLiteral("0"));
        QVERIFY2(summary->balanceText().startsWith(
                     QStringLiteral("4 rows read = 4 new events + 0 already present + 0 rejected, ")),
                 qPrintable(summary->balanceText()));
        QCOMPARE(summary->typesText(), QStringLiteral("4 opens"));
        QCOMPARE(summary->campaignsText(), QStringLiteral("1 new, 0 updated with the file's subject, send time or "
                                                          "results"));
        QCOMPARE(summary->machineText(), QStringLiteral("None: every open looks like a person's"));
        QVERIFY(summary->ordersText().isEmpty());
        QVERIFY(!summary->rejectsTable()->isVisible());

        // The workspace has what the summary says.
        QCOMPARE(scalar("SELECT count(*) FROM events WHERE type = 1").toInt(), 4);
        QCOMPARE(scalar("SELECT count(*) FROM contacts WHERE status = ?", int(ContactStatus::NonSubscribed)).toInt(),
                 3);
        QCOMPARE(scalar("SELECT name FROM campaigns").toString(), QStringLiteral("Spring sale"));
        QCOMPARE(scalar("SELECT min(occurred_at) FROM events").toLongLong(),
                 QDateTime(QDate(2024, 3, 12), QTime(13, 30, 7), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(imported.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(wizard.nextButton()->text(), QStringLiteral("Done"));
        wizard.next();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        // The same file again adds nothing.
        ImportWizard again(m_session.get(), m_dir.filePath(QStringLiteral("Spring sale.csv")));
        again.show();
        QVERIFY(waitForFile(again));
        QVERIFY(runToSummary(again));
        QCOMPARE(again.eventSummaryStep()->eventsCard()->value(), QStringLiteral("0"));
        QCOMPARE(again.eventSummaryStep()->presentCard()->value(), QStringLiteral("4"));
        QCOMPARE(scalar("SELECT count(*) FROM events").toInt(), 4);
    }

    void unsubscribesInTheFileOptContactsOut()
    {
        QFile contacts(m_dir.filePath(QStringLiteral("subscribers.csv")));
        QVERIFY(contacts.open(QIODevice::WriteOnly));
        contacts.write("email,first_name,status\nada@example.com,Ada,subscribed\nben@example.com,Ben,subscribed\n");
        contacts.close();
        ContactImportOptions contactOptions;
        contactOptions.filePath = contacts.fileName();
        const auto contactReport = importContacts(*m_session->workspace(), contactOptions);
        QVERIFY2(contactReport.ok(), qPrintable(contactReport.error().toString()));
        QCOMPARE(scalar("SELECT count(*) FROM contacts WHERE status = ?", int(ContactStatus::Subscribed)).toInt(), 2);

        // Ada unsubscribed after she was imported; Ben only opened.
        const QString later =
            QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate); // with its offset: no zone to guess
        QFile events(m_dir.filePath(QStringLiteral("unsubscribes.csv")));
        QVERIFY(events.open(QIODevice::WriteOnly));
        events.write(QStringLiteral("email,event,timestamp\nada@example.com,unsubscribe,%1\nben@example.com,open,%1\n")
                         .arg(later)
                         .toUtf8());
        events.close();
        ImportWizard wizard(m_session.get(), events.fileName());
        wizard.show();
        QVERIFY(runToSummary(wizard));
        QCOMPARE(wizard.eventSummaryStep()->report().counts.optOuts, 1);
        QVERIFY(wizard.eventSummaryStep()->optOutsLabel()->isVisibleTo(&wizard));
        QVERIFY2(wizard.eventSummaryStep()->optOutsLabel()->text().startsWith(QStringLiteral("1 subscribed contact")),
                 qPrintable(wizard.eventSummaryStep()->optOutsLabel()->text()));
        QCOMPARE(scalar("SELECT status FROM contacts WHERE email = 'ada@example.com'").toInt(),
                 int(ContactStatus::Unsubscribed));
        QCOMPARE(scalar("SELECT status FROM contacts WHERE email = 'ben@example.com'").toInt(),
                 int(ContactStatus::Subscribed));
    }

    void shopOrdersWithCancellationsLeftOut()
    {
        ImportWizard wizard(m_session.get(), fixture("online_retail_2010-12-01.csv"));
        wizard.show();
        testModels(wizard);
        QVERIFY(waitForFile(wizard));
        QVERIFY(wizard.fileStep()->recognitionText().startsWith(QStringLiteral("Campaign activity: orders\n")));
        wizard.next();
        EventDetectionStep *detection = wizard.eventDetectionStep();
        QCOMPARE(detection->profileLabel()->text(),
                 QStringLiteral("Other (generic CSV) · Shop order lines (one row per product in an order)"));
        QCOMPARE(detection->contentsLabel()->text(),
                 QStringLiteral("Shop orders, one row per product; the lines of an order are added up into one "
                                "purchase"));
        QVERIFY2(detection->rowsLabel()->text().startsWith(QStringLiteral("About ")),
                 qPrintable(detection->rowsLabel()->text()));
        EventPreviewModel *preview = detection->previewModel();
        QCOMPARE(preview->rowCount(), 20);
        QCOMPARE(preview->index(0, EventPreviewModel::Event).data().toString(), QStringLiteral("Purchase"));
        QCOMPARE(preview->index(0, EventPreviewModel::Contact).data().toString(),
                 QStringLiteral("customer-17850@customers.invalid"));
        QVERIFY(
            preview->index(0, EventPreviewModel::Details).data().toString().contains(QStringLiteral("order 536365")));
        QVERIFY(!preview->index(0, EventPreviewModel::Contact).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(detection->previewTable()->isColumnHidden(EventPreviewModel::Campaign)); // orders name no campaign

        wizard.next();
        EventOptionsStep *options = wizard.eventOptionsStep();
        QVERIFY(options->ordersCard()->isVisible());
        QVERIFY(!options->machineCard()->isVisible());
        // A shop writes its own local time: the workspace's zone stands in.
        QCOMPARE(options->zoneCombo()->currentText(), QStringLiteral("Automatic: the workspace's zone, Europe/Berlin"));
        clickRadio(options->cancelledOrdersButton(int(CancelledOrders::Skip)));
        QCOMPARE(wizard.eventDraft()->importOptions().cancelledOrders, CancelledOrders::Skip);

        QVERIFY(runToSummary(wizard));
        EventSummaryStep *summary = wizard.eventSummaryStep();
        QCOMPARE(summary->rowsCard()->value(), QStringLiteral("623"));
        QCOMPARE(summary->eventsCard()->value(), QStringLiteral("43"));
        QCOMPARE(summary->rejectedCard()->value(), QStringLiteral("1"));
        QCOMPARE(summary->contactsCard()->value(), scalar("SELECT count(*) FROM contacts").toString());
        QVERIFY2(summary->balanceText().startsWith(QStringLiteral(
                     "623 rows read = 43 new events + 0 already present + 570 order lines added to their orders + "
                     "9 skipped + 1 rejected, ")),
                 qPrintable(summary->balanceText()));
        QCOMPARE(summary->typesText(), QStringLiteral("43 purchases"));
        QVERIFY2(summary->ordersText().contains(QStringLiteral("3 cancelled orders left out")),
                 qPrintable(summary->ordersText()));
        QCOMPARE(scalar("SELECT count(*) FROM events WHERE revenue < 0").toInt(), 0);
        QCOMPARE(scalar("SELECT round(sum(revenue), 2) FROM events").toDouble(), 17593.68);

        // The guest line is the rejected row, and the export lists it.
        RejectsModel *rejects = summary->rejectsModel();
        QCOMPARE(rejects->rowCount(), 1);
        QCOMPARE(rejects->index(0, RejectsModel::Line).data(RejectsModel::RawValueRole).toLongLong(), 624);
        QCOMPARE(rejects->index(0, RejectsModel::Field).data().toString(), QStringLiteral("CustomerID"));
        QVERIFY(rejects->index(0, RejectsModel::Reason).data().toString().contains(QStringLiteral("guest order")));
        const QString target = m_dir.filePath(QStringLiteral("order-rejects.csv"));
        QSignalSpy exported(summary->exporter(), &RejectsExporter::finished);
        summary->exportRejectsTo(target);
        QVERIFY(exported.wait(30000));
        QVERIFY(exported.constFirst().at(0).toBool());
        const QStringList lines = readLines(target);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("online_retail_2010-12-01.csv,624,")), qPrintable(lines.at(1)));
    }

    void ambiguousDatesAreAskedInOptions()
    {
        ImportWizard wizard(m_session.get(), fixture("generic_events.csv"));
        wizard.show();
        testModels(wizard);
        QVERIFY(waitForFile(wizard));
        wizard.next();
        EventDetectionStep *detection = wizard.eventDetectionStep();
        QCOMPARE(detection->datesLabel()->text(),
                 QStringLiteral("Dates such as “05-03-2024 11:30” could be day or month first: you choose in the next "
                                "step."));
        EventPreviewModel *preview = detection->previewModel();
        QCOMPARE(preview->rowCount(), 12);
        QCOMPARE(preview->rejectedCount(), 3);
        QCOMPARE(preview->waitingCount(), 1);
        QCOMPARE(detection->sampleNote(),
                 QStringLiteral("12 rows shown; 3 would be rejected; 1 waits for the date order. Hover over a marked "
                                "cell to see why."));
        // Each rejected row is marked in the cell at fault; Ben's undecided date is amber, not red.
        QCOMPARE(preview->index(9, EventPreviewModel::Contact).data(EventPreviewModel::IssueRole).toString(),
                 QStringLiteral("error"));
        QCOMPARE(preview->index(9, EventPreviewModel::Contact).data().toString(), QStringLiteral("eve@example"));
        QCOMPARE(preview->index(10, EventPreviewModel::Event).data(EventPreviewModel::IssueRole).toString(),
                 QStringLiteral("error"));
        QVERIFY(preview->index(10, EventPreviewModel::Details)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Rejected (line 12): ")));
        QVERIFY(
            preview->index(10, EventPreviewModel::Details).data().toString().contains(QStringLiteral("teleported")));
        QCOMPARE(preview->index(11, EventPreviewModel::Time).data(EventPreviewModel::IssueRole).toString(),
                 QStringLiteral("error"));
        QCOMPARE(preview->index(5, EventPreviewModel::Time).data(EventPreviewModel::IssueRole).toString(),
                 QStringLiteral("warning"));
        QVERIFY(!preview->index(5, 0).data(EventPreviewModel::RejectedRole).toBool());
        QVERIFY(preview->index(3, EventPreviewModel::Details)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("https://shop.example.com/spring")));
        QVERIFY(preview->index(5, EventPreviewModel::Details)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Day or month first?")));
        QVERIFY(!detection->previewTable()->isColumnHidden(EventPreviewModel::Campaign));

        wizard.next();
        EventOptionsStep *options = wizard.eventOptionsStep();
        QVERIFY(options->dateQuestion()->isVisible());
        QCOMPARE(options->dayFirstButton()->text(), QStringLiteral("Day first: Tuesday, March 5, 2024"));
        QCOMPARE(options->monthFirstButton()->text(), QStringLiteral("Month first: Friday, May 3, 2024"));
        QVERIFY(!options->dayFirstButton()->isChecked() && !options->monthFirstButton()->isChecked());
        QVERIFY(!wizard.canGoNext());
        clickRadio(options->monthFirstButton());
        QVERIFY(waitForEvents(wizard));
        QVERIFY(wizard.canGoNext());
        QVERIFY(options->dateQuestion()->isVisible()); // answered, still there to change
        clickRadio(options->dayFirstButton());
        QVERIFY(waitForEvents(wizard));
        QCOMPARE(wizard.eventDraft()->importOptions().dateOrder, DateOrder::DayFirst);
        options->machineSeconds()->setValue(3);
        QCOMPARE(wizard.eventDraft()->importOptions().machineOpenSeconds, 3);

        QVERIFY(runToSummary(wizard));
        EventSummaryStep *summary = wizard.eventSummaryStep();
        QCOMPARE(summary->rowsCard()->value(), QStringLiteral("12"));
        QCOMPARE(summary->eventsCard()->value(), QStringLiteral("9"));
        QCOMPARE(summary->rejectedCard()->value(), QStringLiteral("3"));
        QCOMPARE(summary->contactsCard()->value(), QStringLiteral("4"));
        // The 3-second window was used: Ada's open 4 s after its send counts as hers (with the default 10 s it would
        // be a machine's too); Ben's through Google's image proxy is a machine's whatever the window.
        QCOMPARE(summary->machineText(),
                 QStringLiteral("1 open flagged as made by a machine (a privacy proxy or scanner)"));
        QCOMPARE(summary->rejectsModel()->rowCount(), 3);
        QCOMPARE(scalar("SELECT e.occurred_at FROM events e JOIN contacts c ON c.id = e.contact_id "
                        "WHERE c.email = 'ben@example.com' AND e.type = 1")
                     .toLongLong(),
                 QDateTime(QDate(2024, 3, 5), QTime(11, 30), QTimeZone("Europe/Berlin")).toSecsSinceEpoch());
    }

    void contradictoryDatesAreAskedToo()
    {
        const QString path = m_dir.filePath(QStringLiteral("mixed_dates.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "email,event,timestamp\nada@example.com,open,25/03/2024 10:00\nben@example.com,open,03/26/2024 10:00\n");
        file.close();
        ImportWizard wizard(m_session.get(), path);
        wizard.show();
        QVERIFY(waitForFile(wizard));
        wizard.next();
        QCOMPARE(wizard.eventDetectionStep()->datesLabel()->text(),
                 QStringLiteral("Some dates are written day first, others month first: you choose in the next step."));
        wizard.next();
        EventOptionsStep *options = wizard.eventOptionsStep();
        QVERIFY(options->dateQuestion()->isVisible());
        QCOMPARE(options->dayFirstButton()->text(), QStringLiteral("Day first"));
        QVERIFY(!wizard.canGoNext());
        clickRadio(options->dayFirstButton());
        QVERIFY(runToSummary(wizard));
        // Each date is read the way it fits: 25 March and 26 March.
        QCOMPARE(wizard.eventSummaryStep()->eventsCard()->value(), QStringLiteral("2"));
        QCOMPARE(wizard.eventSummaryStep()->rejectedCard()->value(), QStringLiteral("0"));
        QCOMPARE(scalar("SELECT max(occurred_at) - min(occurred_at) FROM events").toLongLong(), 86400);
    }

    void archiveImportsTheCheckedActivityFiles()
    {
        ImportWizard wizard(m_session.get(), fixture("mailchimp_account_export.zip"));
        wizard.show();
        QVERIFY(waitForFile(wizard));
        QVERIFY2(wizard.fileStep()->recognitionText().contains(
                     QStringLiteral("1 file in the archive is not activity and will be left out.")),
                 qPrintable(wizard.fileStep()->recognitionText()));
        QListWidget *members = wizard.fileStep()->memberList();
        QCOMPARE(members->count(), 3);
        for (int i = 0; i < members->count(); ++i)
            if (members->item(i)->data(Qt::UserRole).toString().startsWith(QStringLiteral("granular_activity/clicks")))
                members->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(waitForFile(wizard));
        QVERIFY(wizard.canGoNext());
        // Only the contact list checked: nothing to import as activity.
        for (int i = 0; i < members->count(); ++i)
            if (members->item(i)->data(Qt::UserRole).toString().startsWith(QStringLiteral("granular_activity/opens")))
                members->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(waitForFile(wizard));
        QVERIFY(!wizard.canGoNext());
        for (int i = 0; i < members->count(); ++i)
            if (members->item(i)->data(Qt::UserRole).toString().startsWith(QStringLiteral("granular_activity/opens")))
                members->item(i)->setCheckState(Qt::Checked);
        QVERIFY(waitForFile(wizard));
        QVERIFY(wizard.canGoNext());
        wizard.next();
        QVERIFY(waitForEvents(wizard));
        EventDetectionStep *detection = wizard.eventDetectionStep();
        QCOMPARE(detection->profileLabel()->text(),
                 QStringLiteral("Mailchimp · Account export: opens of one campaign"));
        QVERIFY(wizard.canGoNext());
        QVERIFY(runToSummary(wizard));
        EventSummaryStep *summary = wizard.eventSummaryStep();
        QCOMPARE(summary->eventsCard()->value(), QStringLiteral("4"));
        QCOMPARE(summary->typesText(), QStringLiteral("4 opens"));
        QVERIFY2(summary->filesText().contains(QStringLiteral("Customers_members_export_8b1f.csv: left out")),
                 qPrintable(summary->filesText()));
        QCOMPARE(scalar("SELECT count(*) FROM events WHERE type = 2").toInt(), 0); // the clicks stayed out
    }

    void cancelLeavesTheWorkspaceUnchanged()
    {
        const QString big = m_dir.filePath(QStringLiteral("big_opens.csv"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("email,event,timestamp,campaign\n");
            for (int i = 0; i < 400000; ++i)
                file.write(QStringLiteral("person%1@example.com,open,2024-03-%2T09:%3:00Z,News %4\n")
                               .arg(i % 50000)
                               .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                               .arg(i % 60, 2, 10, QLatin1Char('0'))
                               .arg(i % 12)
                               .toUtf8());
        }
        ImportWizard wizard(m_session.get(), big);
        wizard.show();
        QVERIFY(waitForFile(wizard));
        QCOMPARE(wizard.path(), ImportWizard::Path::Activity);
        wizard.next();
        QVERIFY(waitForEvents(wizard));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentStep(), ImportWizard::Run);
        QCOMPARE(wizard.currentPage(), wizard.eventRunStep());
        TaskRunnerBase *task = wizard.eventRunStep()->task();
        QVERIFY(task && task->isRunning());
        QVERIFY(!wizard.canGoBack());
        QSignalSpy cancelRequested(task, &TaskRunnerBase::cancelRequested);
        QSignalSpy finished(task, &TaskRunnerBase::finished);
        // Cancel as soon as rows are being written.
        connect(task, &TaskRunnerBase::progressChanged, &wizard, [&wizard](qint64 done) {
            if (done > 0)
                QTest::mouseClick(wizard.cancelButton(), Qt::LeftButton);
        });
        QVERIFY(finished.wait(120000));
        QCOMPARE(cancelRequested.size(), 1);
        QCOMPARE(wizard.currentStep(), ImportWizard::Run);
        QVERIFY2(wizard.eventRunStep()->resultText().startsWith(
                     QStringLiteral("Import cancelled; the workspace is unchanged")),
                 qPrintable(wizard.eventRunStep()->resultText()));
        QCOMPARE(scalar("SELECT count(*) FROM events").toInt(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM contacts").toInt(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM campaigns").toInt(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM imports").toInt(), 0);
        QCOMPARE(wizard.cancelButton()->text(), QStringLiteral("Close"));
        QVERIFY(wizard.canGoBack());
        wizard.back();
        QCOMPARE(wizard.currentStep(), ImportWizard::Options);
        QCOMPARE(wizard.currentPage(), wizard.eventOptionsStep());
    }

    void contactFileChosenAsActivityIsRefused()
    {
        ImportWizard wizard(m_session.get(), fixture("../contacts/mailchimp_subscribed.csv"));
        wizard.expectActivity();
        wizard.show();
        QVERIFY(waitForFile(wizard));
        FileStep *file = wizard.fileStep();
        QCOMPARE(file->recognitionKind(), QStringLiteral("error"));
        QVERIFY2(file->recognitionText().startsWith(QStringLiteral("This is a contact list, not campaign activity\n"
                                                                   "The columns match Mailchimp · Audience export: "
                                                                   "subscribed contacts.")),
                 qPrintable(file->recognitionText()));
        QVERIFY(!wizard.canGoNext());
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Import Campaign Activity"));

        // Importing it as contacts is one click away, and then the contact path follows.
        QVERIFY(file->asContactsButton()->isVisible());
        QTest::mouseClick(file->asContactsButton(), Qt::LeftButton);
        QCOMPARE(file->recognitionKind(), QStringLiteral("info"));
        QVERIFY(file->recognitionText().startsWith(QStringLiteral("A contact list\n")));
        QVERIFY(wizard.canGoNext());
        QCOMPARE(wizard.path(), ImportWizard::Path::Contacts);
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Import Contacts"));
        wizard.next();
        QCOMPARE(wizard.currentPage(), static_cast<ImportStep *>(wizard.detectionStep()));
        QCOMPARE(scalar("SELECT count(*) FROM contacts").toInt(), 0);
    }

    void unreadableFileChosenAsActivitySaysWhy()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title,body\nHello,World\nAgain,Text\n");
        file.close();
        ImportWizard wizard(m_session.get(), path);
        wizard.expectActivity();
        wizard.show();
        QVERIFY(waitForFile(wizard));
        QCOMPARE(wizard.fileStep()->recognitionKind(), QStringLiteral("error"));
        QVERIFY2(wizard.fileStep()->recognitionText().startsWith(
                     QStringLiteral("Herald cannot import this file as campaign activity\n")),
                 qPrintable(wizard.fileStep()->recognitionText()));
        QVERIFY(wizard.fileStep()->recognitionText().contains(QStringLiteral("no column holds")));
        QVERIFY(!wizard.fileStep()->asContactsButton()->isVisible());
        QVERIFY(!wizard.canGoNext());
    }

    void windowOffersActivityImportAndListsIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_session->path()));
        QAction *action = window.importActions()->importActivityAction();
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        bool inFileMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(action))
                inFileMenu = true;
        QVERIFY(inFileMenu);

        // The Imports page's button starts an activity import (the empty workspace shows the first-start screen, so
        // the page is not on screen yet).
        ImportsPage *imports = window.importsPage();
        auto *button = imports->findChild<QPushButton *>(QStringLiteral("importActivityButton"));
        QVERIFY(button && button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Import Campaign Activity…"));
        button->click();
        ImportWizard *wizard = window.importActions()->wizard();
        QVERIFY(wizard);
        QVERIFY(wizard->draft()->expectsActivity());
        wizard->draft()->setFile(fixture("mailchimp_campaigns_report.csv"));
        QVERIFY(waitForFile(*wizard));
        QVERIFY(wizard->fileStep()->recognitionText().startsWith(QStringLiteral("Campaign activity: campaign report")));
        wizard->next();
        EventDetectionStep *detection = wizard->eventDetectionStep();
        QCOMPARE(detection->previewModel()->headerData(EventPreviewModel::Contact, Qt::Horizontal).toString(),
                 QStringLiteral("Recipients"));
        QCOMPARE(detection->previewModel()->index(0, EventPreviewModel::Contact).data().toString(),
                 QStringLiteral("4 recipients"));
        QVERIFY(detection->previewModel()
                    ->index(0, EventPreviewModel::Details)
                    .data()
                    .toString()
                    .contains(QStringLiteral("opened 75.0 %")));
        wizard->next();
        QVERIFY(!wizard->eventOptionsStep()->contactsCard()->isVisible());
        QVERIFY(runToSummary(*wizard));
        QCOMPARE(wizard->eventSummaryStep()->campaignsText(),
                 QStringLiteral("2 new, 0 updated with the file's subject, send time or results"));
        wizard->next(); // Done
        QTRY_VERIFY(!window.importActions()->wizard());

        ImportsModel *model = imports->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ImportsModel::File).data().toString(),
                 QStringLiteral("mailchimp_campaigns_report.csv"));
        QCOMPARE(model->index(0, ImportsModel::Profile).data().toString(), QStringLiteral("Mailchimp"));
        QCOMPARE(model->index(0, ImportsModel::Kind).data().toString(), QStringLiteral("Campaign report"));
        QCOMPARE(model->index(0, ImportsModel::Rows).data(ImportsModel::RawValueRole).toLongLong(), 2);
        QCOMPARE(model->index(0, ImportsModel::Imported).data().toString(), QStringLiteral("2"));
        QCOMPARE(imports->subtitle(), QStringLiteral("1 import, 0 rejected rows"));
        QVERIFY(MessageBox::shownMessages().isEmpty());
    }

    void droppedActivityFileLandsInTheActivityPath()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_session->path()));
        QVERIFY(wizardtest::dropFile(window, fixture("listmonk_link_clicks.csv")));
        ImportWizard *wizard = window.importActions()->wizard();
        QVERIFY(wizard);
        QVERIFY(!wizard->draft()->expectsActivity());
        QVERIFY(waitForFile(*wizard));
        QCOMPARE(wizard->path(), ImportWizard::Path::Activity);
        QVERIFY(wizard->fileStep()->recognitionText().startsWith(QStringLiteral("Campaign activity: clicks\n")));
        wizard->next();
        QCOMPARE(wizard->currentPage(), wizard->eventDetectionStep());
        QCOMPARE(wizard->eventDetectionStep()->profileLabel()->text(),
                 QStringLiteral("listmonk · Link clicks, from the link_clicks table"));
        QVERIFY(runToSummary(*wizard));
        QCOMPARE(wizard->eventSummaryStep()->typesText(), QStringLiteral("2 clicks"));
        wizard->next();
        QTRY_VERIFY(!window.importActions()->wizard());
        QCOMPARE(scalar("SELECT count(*) FROM events WHERE type = 2").toInt(), 2);
    }

    void previewModelPassesTheModelTester()
    {
        EventPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventImportOptions options;
        options.filePath = fixture("generic_events.csv");
        options.dateOrder = DateOrder::DayFirst;
        const auto preview = previewEventImport(options, QTimeZone("Europe/Berlin"));
        QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
        model.setPreview(*preview, QTimeZone("Europe/Berlin"));
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.columnCount(), int(EventPreviewModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.index(row, EventPreviewModel::Line).data().toString().isEmpty());
        // Ben's open through Google's image proxy, read day-first, and his purchase.
        QCOMPARE(model.index(5, EventPreviewModel::Time).data().toString(), QStringLiteral("Tue 5 Mar 2024, 11:30"));
        QCOMPARE(model.index(5, EventPreviewModel::Details).data().toString(), QStringLiteral("machine open"));
        QCOMPARE(model.index(6, EventPreviewModel::Details).data().toString(), QStringLiteral("revenue 59.90"));
        QCOMPARE(model.waitingCount(), 0);
        QCOMPARE(model.rejectedCount(), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

private:
    static QString fixture(const char *name)
    {
        return QStringLiteral(HERALD_TEST_DATA "/events/") + QString::fromLatin1(name);
    }

    // The file read and recognised (the File step's preview, which also asks whether it is activity).
    static bool waitForFile(ImportWizard &wizard)
    {
        return QTest::qWaitFor([&wizard] { return !wizard.draft()->isPreviewing(); }, 60000);
    }

    static bool waitForEvents(ImportWizard &wizard)
    {
        return QTest::qWaitFor([&wizard] { return !wizard.eventDraft()->isPreviewing(); }, 60000);
    }

    // From any complete step before Run: Next until the import has run.
    static bool runToSummary(ImportWizard &wizard)
    {
        while (wizard.currentStep() < ImportWizard::Options) {
            if (!waitForFile(wizard) || !waitForEvents(wizard) || !wizard.canGoNext())
                return false;
            wizard.next();
        }
        if (!waitForEvents(wizard) || !wizard.canGoNext())
            return false;
        wizard.next();
        return QTest::qWaitFor([&wizard] { return wizard.currentStep() == ImportWizard::Summary; }, 60000);
    }

    static void testModels(ImportWizard &wizard)
    {
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 wizard.eventDetectionStep()->previewModel(), wizard.eventSummaryStep()->rejectsModel()})
            new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, &wizard);
    }

    QVariant scalar(const char *sql, const QVariant &bound = {}) const
    {
        return wizardtest::scalar(*m_session, sql, bound);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    int m_workspaces = 0;
};

QTEST_MAIN(TestEventWizard)
#include "test_eventwizard.moc"
