// Drives the contact import wizard and the Imports page on the contact fixtures, as a marketer would.

#include "choicebutton.h"
#include "contactspage.h"
#include "contacttriggers.h"
#include "firststartpage.h"
#include "homepage.h"
#include "import/bulkload.h"
#include "import/detectionstep.h"
#include "import/filestep.h"
#include "import/importactions.h"
#include "import/importdraft.h"
#include "import/importsmodel.h"
#include "import/importspage.h"
#include "import/importwizard.h"
#include "import/mappingmodel.h"
#include "import/mappingstep.h"
#include "import/optionsstep.h"
#include "import/previewmodel.h"
#include "import/rejectsexport.h"
#include "import/rejectsmodel.h"
#include "import/runstep.h"
#include "import/summarystep.h"
#include "import/targetdelegate.h"
#include "indexmaintenance.h"
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
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace herald;
using wizardtest::clickRadio;
using wizardtest::openAndWait;
using wizardtest::readLines;

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    // Shows the wizard and steps from its detection to its options, the step whose Next imports.
    bool showAtOptions(ImportWizard &wizard)
    {
        wizard.show();
        if (!waitForPreview(wizard))
            return false;
        wizard.next();
        wizard.next();
        wizard.next();
        return wizard.currentStep() == ImportWizard::Options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        wizardtest::setUpApplication(QStringLiteral("HeraldImportWizardTest"));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        MessageBox::clearShownMessages();
        m_session = std::make_unique<WorkspaceSession>();
        wizardtest::openBerlinWorkspace(*m_session, m_dir.filePath(QStringLiteral("%1.herald").arg(++m_workspaces)));
    }

    void cleanup() { m_session.reset(); }

    void detectionShowsProfileAndEncoding()
    {
        ImportWizard wizard(m_session.get(), fixture("brevo_semicolon_1252.csv"));
        wizard.show();
        testModels(wizard);
        QVERIFY(waitForPreview(wizard));
        QCOMPARE(wizard.fileStep()->fileNameText(), QStringLiteral("brevo_semicolon_1252.csv"));
        QVERIFY(wizard.canGoNext());
        wizard.next();
        QCOMPARE(wizard.currentStep(), ImportWizard::Detection);
        DetectionStep *detection = wizard.detectionStep();
        QVERIFY2(detection->profileLabel()->text().startsWith(QStringLiteral("Brevo")),
                 qPrintable(detection->profileLabel()->text()));
        QCOMPARE(detection->encodingLabel()->text(), QStringLiteral("Windows-1252 (Western European)"));
        QCOMPARE(detection->delimiterLabel()->text(), QStringLiteral("Semicolon"));
        QCOMPARE(detection->rowsLabel()->text(), QStringLiteral("2 rows, the whole file"));
        auto *sample = detection->findChild<QTableWidget *>();
        QVERIFY(sample);
        QCOMPARE(sample->item(0, 2)->text(), QStringLiteral("Müller"));

        // Reading it as UTF-8 instead re-runs the preview: the umlaut no longer survives.
        QComboBox *encoding = detection->encodingCombo();
        choose(encoding, encoding->findData(int(CsvEncoding::Utf8)));
        QVERIFY(wizard.draft()->isPreviewing());
        QVERIFY(waitForPreview(wizard));
        QCOMPARE(detection->encodingLabel()->text(), QStringLiteral("UTF-8 (your choice)"));
        QVERIFY(sample->item(0, 2)->text() != QStringLiteral("Müller"));

        // A profile chosen by hand wins over detection.
        QComboBox *profile = detection->profileCombo();
        choose(profile, profile->findData(QStringLiteral("generic")));
        QVERIFY(waitForPreview(wizard));
        QCOMPARE(wizard.draft()->preview()->profileId, QStringLiteral("generic"));
        QVERIFY(detection->confidenceLabel()->text().startsWith(QStringLiteral("Your choice")));
    }

    void mailchimpDetectionAndMappingTable()
    {
        ImportWizard wizard(m_session.get(), fixture("mailchimp_subscribed.csv"));
        wizard.show();
        testModels(wizard);
        QVERIFY(waitForPreview(wizard));
        wizard.next();
        DetectionStep *detection = wizard.detectionStep();
        QCOMPARE(detection->profileLabel()->text(), QStringLiteral("Mailchimp · Audience export: subscribed contacts"));
        QVERIFY2(detection->confidenceLabel()->text().contains(QStringLiteral("High")),
                 qPrintable(detection->confidenceLabel()->text()));
        QCOMPARE(detection->encodingLabel()->text(), QStringLiteral("UTF-8"));
        QCOMPARE(detection->delimiterLabel()->text(), QStringLiteral("Comma"));
        wizard.next();
        QCOMPARE(wizard.currentStep(), ImportWizard::Mapping);

        MappingModel *mapping = wizard.mappingStep()->mappingModel();
        QCOMPARE(mapping->rowCount(), 21);
        QCOMPARE(mapping->index(0, MappingModel::ColumnName).data().toString(), QStringLiteral("Email Address"));
        QCOMPARE(mapping->index(0, MappingModel::Target).data().toString(), QStringLiteral("Email address"));
        QCOMPARE(mapping->index(0, MappingModel::Samples).data().toString(),
                 QStringLiteral("ann.lee@example.com  ·  bob@example.org  ·  carla@example.net"));
        const int tags = mapping->rowOf(QStringLiteral("TAGS"));
        QCOMPARE(mapping->index(tags, MappingModel::Target).data(MappingModel::TargetKeyRole).toString(),
                 QStringLiteral("tags"));
        // Every row has its combo, showing the target.
        QComboBox *emailCombo = targetCombo(wizard, 0);
        QVERIFY(emailCombo);
        QCOMPARE(emailCombo->currentText(), QStringLiteral("Email address"));
        QVERIFY(emailCombo->findText(QStringLiteral("Custom field…")) >= 0);
        QVERIFY(emailCombo->findText(QStringLiteral("Ignore")) >= 0);
        QVERIFY(emailCombo->findText(QStringLiteral("Tags")) >= 0);

        // The preview: mapped rows, and the rejected row marked with its line and reason.
        PreviewModel *preview = wizard.mappingStep()->previewModel();
        QCOMPARE(preview->rowCount(), 7);
        QCOMPARE(preview->index(0, PreviewModel::Email).data().toString(), QStringLiteral("ann.lee@example.com"));
        QCOMPARE(preview->index(0, PreviewModel::TimeZone).data().toString(), QStringLiteral("America/New_York"));
        QCOMPARE(preview->index(0, PreviewModel::ZoneSource).data().toString(), QStringLiteral("ESP"));
        QCOMPARE(preview->index(0, PreviewModel::Tags).data().toString(), QStringLiteral("VIP, Blog"));
        QCOMPARE(preview->index(0, PreviewModel::Status).data().toString(), QStringLiteral("Subscribed"));
        // Eve's zone does not exist: the workspace's stands in, and the row says why.
        QCOMPARE(preview->index(5, PreviewModel::TimeZone).data().toString(), QStringLiteral("Europe/Berlin"));
        QVERIFY(preview->index(5, PreviewModel::Issues).data().toString().contains(QStringLiteral("Mars/Olympus")));
        QCOMPARE(preview->index(5, PreviewModel::Issues).data(PreviewModel::IssueRole).toString(),
                 QStringLiteral("warning"));
        QVERIFY(preview->index(3, 0).data(PreviewModel::RejectedRole).toBool());
        const QModelIndex badEmail = preview->index(3, PreviewModel::Email);
        QCOMPARE(badEmail.data().toString(), QStringLiteral("not-an-email"));
        QCOMPARE(badEmail.data(PreviewModel::IssueRole).toString(), QStringLiteral("error"));
        QVERIFY(badEmail.data(Qt::ToolTipRole).toString().contains(QStringLiteral("has no @")));
        const QString reason = preview->index(3, PreviewModel::Issues).data().toString();
        QVERIFY2(reason.contains(QStringLiteral("line 5")) && reason.contains(QStringLiteral("not-an-email")),
                 qPrintable(reason));
        QVERIFY(wizard.mappingStep()->previewTable()->columnSpan(3, PreviewModel::rejectionColumn) > 1);
        QVERIFY(wizard.canGoNext());
    }

    void changingTargetUpdatesPreview()
    {
        ImportWizard wizard(m_session.get(), fixture("mailchimp_subscribed.csv"));
        wizard.show();
        testModels(wizard);
        QVERIFY(waitForPreview(wizard));
        wizard.next();
        wizard.next();
        MappingStep *step = wizard.mappingStep();
        PreviewModel *preview = step->previewModel();
        MappingModel *mapping = step->mappingModel();
        QCOMPARE(preview->index(0, PreviewModel::FirstName).data().toString(), QStringLiteral("Ann"));

        QComboBox *firstName = targetCombo(wizard, mapping->rowOf(QStringLiteral("First Name")));
        choose(firstName, firstName->findText(QStringLiteral("Ignore")));
        QCOMPARE(mapping->index(1, MappingModel::Target).data().toString(), QStringLiteral("Ignored"));
        QVERIFY(!wizard.canGoNext()); // until the preview has caught up
        QVERIFY(waitForPreview(wizard));
        QCOMPARE(preview->index(0, PreviewModel::FirstName).data().toString(), QString());

        QComboBox *lastName = targetCombo(wizard, mapping->rowOf(QStringLiteral("Last Name")));
        choose(lastName, lastName->findText(QStringLiteral("First name")));
        QVERIFY(waitForPreview(wizard));
        QCOMPARE(preview->index(0, PreviewModel::FirstName).data().toString(), QStringLiteral("Lee"));
        QCOMPARE(preview->index(0, PreviewModel::LastName).data().toString(), QString());

        // A custom field under a name of the user's choosing.
        step->targetDelegate()->setNameQuestion([](QWidget *, const QString &column) {
            return column == QLatin1StringView("NOTES") ? QStringLiteral("Sales notes") : QString();
        });
        const int notes = mapping->rowOf(QStringLiteral("NOTES"));
        QComboBox *notesCombo = targetCombo(wizard, notes);
        choose(notesCombo, notesCombo->findText(QStringLiteral("Custom field…")));
        QCOMPARE(mapping->index(notes, MappingModel::Target).data(MappingModel::TargetKeyRole).toString(),
                 QStringLiteral("custom:Sales notes"));
        QVERIFY(waitForPreview(wizard));
        QCOMPARE(wizard.draft()->importOptions().mapping->columns.size(), 3);

        // Without an email column the step says why and does not go on.
        QComboBox *email = targetCombo(wizard, 0);
        choose(email, email->findText(QStringLiteral("Ignore")));
        QVERIFY(waitForPreview(wizard));
        QVERIFY2(step->errorText().contains(QStringLiteral("No column is mapped to Email address")),
                 qPrintable(step->errorText()));
        QCOMPARE(preview->rowCount(), 0);
        QVERIFY(!wizard.canGoNext());
        QCOMPARE(mapping->rowCount(), 21); // the table keeps what the user did, to put it right
        email = targetCombo(wizard, 0);
        choose(email, email->findText(QStringLiteral("Email address")));
        QVERIFY(waitForPreview(wizard));
        QVERIFY(step->errorText().isEmpty());
        QVERIFY(wizard.canGoNext());
    }

    void ambiguousDatesAreAskedAndTheAnswerIsUsed()
    {
        ImportWizard wizard(m_session.get(), fixture("ambiguous_dates.csv"));
        wizard.show();
        testModels(wizard);
        QVERIFY(waitForPreview(wizard));
        wizard.next();
        wizard.next();
        MappingStep *step = wizard.mappingStep();
        QVERIFY(step->dateQuestion()->isVisible());
        QVERIFY2(step->dateQuestionText().contains(QStringLiteral("03/04/2025")), qPrintable(step->dateQuestionText()));
        QCOMPARE(step->dayFirstButton()->text(), QStringLiteral("Day first: Thursday, April 3, 2025"));
        QCOMPARE(step->monthFirstButton()->text(), QStringLiteral("Month first: Tuesday, March 4, 2025"));
        QVERIFY(!step->dayFirstButton()->isChecked() && !step->monthFirstButton()->isChecked());
        QVERIFY(!wizard.canGoNext());

        clickRadio(step->monthFirstButton());
        QVERIFY(waitForPreview(wizard));
        PreviewModel *preview = step->previewModel();
        QCOMPARE(preview->index(0, PreviewModel::SignedUp).data().toString(), QStringLiteral("4 Mar 2025"));
        clickRadio(step->dayFirstButton());
        QVERIFY(waitForPreview(wizard));
        QCOMPARE(preview->index(0, PreviewModel::SignedUp).data().toString(), QStringLiteral("3 Apr 2025"));
        QVERIFY(step->dateQuestion()->isVisible()); // answered, still there to change
        QVERIFY(step->dayFirstButton()->isChecked());
        QVERIFY(wizard.canGoNext());

        QVERIFY(runToSummary(wizard));
        const QTimeZone zone = wizard.draft()->conventionalFileZone();
        QCOMPARE(scalar("SELECT created_at FROM contacts WHERE email_key = 'x1@example.com'").toLongLong(),
                 QDateTime(QDate(2025, 4, 3), QTime(0, 0), zone).toSecsSinceEpoch());
    }

    void importReachesSummaryWithCounts()
    {
        ImportWizard wizard(m_session.get(), fixture("mailchimp_subscribed.csv"));
        wizard.show();
        testModels(wizard);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        QSignalSpy changed(m_session.get(), &WorkspaceSession::contentChanged);
        QVERIFY(waitForPreview(wizard));
        wizard.next();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentStep(), ImportWizard::Options);
        QCOMPARE(wizard.nextButton()->text(), QStringLiteral("Import"));
        QVERIFY(runToSummary(wizard));

        SummaryStep *summary = wizard.summaryStep();
        QCOMPARE(summary->rowsCard()->value(), QStringLiteral("7"));
        QCOMPARE(summary->importedCard()->value(), QStringLiteral("5"));
        QCOMPARE(summary->updatedCard()->value(), QStringLiteral("0"));
        QCOMPARE(summary->duplicatesCard()->value(), QStringLiteral("1"));
        QCOMPARE(summary->rejectedCard()->value(), QStringLiteral("1"));
        QCOMPARE(summary->balanceText(),
                 QStringLiteral("7 rows read = 5 new + 0 updated + 1 duplicate + 1 rejected, in under a second"));
        QVERIFY2(summary->zonesText().contains(QStringLiteral("2 from a UTC offset")),
                 qPrintable(summary->zonesText()));
        QVERIFY(summary->zonesText().contains(QStringLiteral("1 from the ESP's time zone")));
        QVERIFY2(summary->warningsText().startsWith(QStringLiteral("1 warning")), qPrintable(summary->warningsText()));
        QVERIFY(summary->warningsText().contains(QStringLiteral("line 7")));
        QCOMPARE(summary->consentText(),
                 QStringLiteral("Nobody in the file who had opted out was listed as subscribed."));
        RejectsModel *rejects = summary->rejectsModel();
        QCOMPARE(rejects->rowCount(), 1);
        QCOMPARE(rejects->index(0, RejectsModel::Line).data(RejectsModel::RawValueRole).toLongLong(), 5);
        QCOMPARE(rejects->index(0, RejectsModel::FileColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(rejects->index(0, RejectsModel::Field).data().toString(), QStringLiteral("Email Address"));
        QVERIFY(rejects->index(0, RejectsModel::Reason).data().toString().contains(QStringLiteral("not-an-email")));
        QVERIFY(summary->rejectsTable()->isColumnHidden(RejectsModel::File)); // one file
        QVERIFY(summary->indexesLabel()->isHidden());                         // a small import is indexed at once

        QCOMPARE(imported.size(), 1);
        QCOMPARE(changed.size(), 1); // Home and Contacts reload
        QCOMPARE(m_session->contactCount(), 5);
        QVERIFY(!wizard.backButton()->isVisible());
        QCOMPARE(wizard.nextButton()->text(), QStringLiteral("Done"));
        wizard.next();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    void largeImportSaysItsIndexesFollow()
    {
        // Thresholds of one row make the fixture a large import (100,000 rows and more in real use).
        ContactBulkInsert::setDeferredSearchRowsForTests(1);
        SecondaryIndexes::setThresholdsForTests(1);
        ImportWizard wizard(m_session.get(), fixture("mailchimp_subscribed.csv"));
        QVERIFY(showAtOptions(wizard));
        const bool reached = runToSummary(wizard);
        ContactBulkInsert::setDeferredSearchRowsForTests(-1);
        SecondaryIndexes::setThresholdsForTests(-1);
        QVERIFY(reached);
        QLabel *indexes = wizard.summaryStep()->indexesLabel();
        QVERIFY(!indexes->isHidden());
        QVERIFY2(indexes->text().contains(QStringLiteral("in the background")), qPrintable(indexes->text()));
        QCOMPARE(pendingIndexes(m_session->workspace()->db())->unsearchedContacts, 5);
    }

    void optionsAreUsed()
    {
        // Brevo's file says nothing about consent: the marketer's choice applies.
        ImportWizard wizard(m_session.get(), fixture("brevo_semicolon_1252.csv"));
        QVERIFY(showAtOptions(wizard));
        OptionsStep *options = wizard.optionsStep();
        QVERIFY(options->duplicateButton(int(DuplicatePolicy::Merge))->isChecked());
        clickRadio(options->statusButton(int(ContactStatus::Pending)));
        clickRadio(options->duplicateButton(int(DuplicatePolicy::Skip)));
        options->zoneCombo()->setCurrentText(QStringLiteral("Mars/Olympus"));
        QVERIFY(!wizard.canGoNext());
        options->zoneCombo()->setCurrentText(QStringLiteral("America/Chicago"));
        QVERIFY(wizard.canGoNext());
        QCOMPARE(wizard.draft()->importOptions().fileZone.id(), QByteArray("America/Chicago"));
        QCOMPARE(wizard.draft()->importOptions().onDuplicate, DuplicatePolicy::Skip);
        QVERIFY(runToSummary(wizard));
        QCOMPARE(scalar("SELECT status FROM contacts WHERE email_key = 'jakob@example.com'").toInt(),
                 int(ContactStatus::Pending));
        QCOMPARE(scalar("SELECT last_name FROM contacts WHERE email_key = 'jakob@example.com'").toString(),
                 QStringLiteral("Müller"));
        QCOMPARE(scalar("SELECT json_extract(options, '$.on_duplicate') FROM imports").toString(),
                 QStringLiteral("skip"));
    }

    void zipImportsCheckedMembers()
    {
        ImportWizard wizard(m_session.get(), fixture("mailchimp_audience_export.zip"));
        wizard.show();
        QVERIFY(waitForPreview(wizard));
        QListWidget *members = wizard.fileStep()->memberList();
        QVERIFY(members->isVisible());
        QCOMPARE(members->count(), 2);
        QCOMPARE(members->item(0)->data(Qt::UserRole).toString(),
                 QStringLiteral("subscribed_members_export_1a2b3c.csv"));
        QCOMPARE(members->item(0)->checkState(), Qt::Checked);
        QCOMPARE(members->item(1)->checkState(), Qt::Checked);

        // Nothing checked: nothing to import.
        members->item(0)->setCheckState(Qt::Unchecked);
        members->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(waitForPreview(wizard));
        QVERIFY(!wizard.canGoNext());
        members->item(0)->setCheckState(Qt::Checked);
        QVERIFY(waitForPreview(wizard));
        QVERIFY(wizard.canGoNext());
        QCOMPARE(wizard.draft()->importOptions().zipMembers,
                 QStringList{QStringLiteral("subscribed_members_export_1a2b3c.csv")});
        QVERIFY(runToSummary(wizard));
        QCOMPARE(wizard.summaryStep()->rowsCard()->value(), QStringLiteral("7"));
        QCOMPARE(scalar("SELECT count(*) FROM imports").toInt(), 1);
        QCOMPARE(scalar("SELECT status FROM contacts WHERE email_key = 'bob@example.org'").toInt(),
                 int(ContactStatus::Subscribed)); // the unsubscribed list was left out
    }

    void zipImportsEveryMemberWithOneLinePerFile()
    {
        ImportWizard wizard(m_session.get(), fixture("mailchimp_audience_export.zip"));
        wizard.show();
        testModels(wizard);
        QVERIFY(waitForPreview(wizard));
        wizard.next();
        QCOMPARE(wizard.detectionStep()->profileLabel()->text(),
                 QStringLiteral("Mailchimp · Audience export: subscribed contacts"));
        wizard.next();
        wizard.next();
        QVERIFY(runToSummary(wizard));
        SummaryStep *summary = wizard.summaryStep();
        QCOMPARE(summary->rowsCard()->value(), QStringLiteral("9"));
        const QStringList files = summary->filesText().split(QLatin1Char('\n'));
        QCOMPARE(files.size(), 2);
        QVERIFY2(files.at(0).startsWith(QStringLiteral("subscribed_members_export_1a2b3c.csv")),
                 qPrintable(files.at(0)));
        QVERIFY(files.at(0).contains(QStringLiteral("7 rows, 5 new")));
        QVERIFY2(files.at(1).contains(QStringLiteral("unsubscribed")), qPrintable(files.at(1)));
        QVERIFY(files.at(1).contains(QStringLiteral("2 rows, 1 new, 1 updated")));
        QVERIFY(!summary->rejectsTable()->isColumnHidden(RejectsModel::File));
        QCOMPARE(summary->rejectsModel()->index(0, RejectsModel::File).data().toString(),
                 QStringLiteral("subscribed_members_export_1a2b3c.csv"));
        QCOMPARE(scalar("SELECT status FROM contacts WHERE email_key = 'bob@example.org'").toInt(),
                 int(ContactStatus::Unsubscribed));
    }

    void consentKeptIsReported()
    {
        ImportWizard first(m_session.get(), fixture("mailchimp_unsubscribed.csv"));
        first.show();
        QVERIFY(waitForPreview(first));
        first.next();
        first.next();
        first.next();
        QVERIFY(runToSummary(first));
        // The subscribed list still has Bob: he stays opted out.
        ImportWizard second(m_session.get(), fixture("mailchimp_subscribed.csv"));
        second.show();
        QVERIFY(waitForPreview(second));
        second.next();
        second.next();
        second.next();
        QVERIFY(runToSummary(second));
        QCOMPARE(second.summaryStep()->consentText(),
                 QStringLiteral("1 contact who had opted out stays opted out, although the file lists them as "
                                "subscribed."));
        QCOMPARE(scalar("SELECT status FROM contacts WHERE email_key = 'bob@example.org'").toInt(),
                 int(ContactStatus::Unsubscribed));
    }

    void cancelLeavesWorkspaceUnchanged()
    {
        const QString big = m_dir.filePath(QStringLiteral("big.csv"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("email,first_name,tags\n");
            for (int i = 0; i < 500000; ++i)
                file.write(QStringLiteral("person%1@example.com,Person %1,t%2\n").arg(i).arg(i % 7).toUtf8());
        }
        ImportWizard wizard(m_session.get(), big);
        QVERIFY(showAtOptions(wizard));
        wizard.next();
        QCOMPARE(wizard.currentStep(), ImportWizard::Run);
        TaskRunnerBase *task = wizard.runStep()->task();
        QVERIFY(task && task->isRunning());
        QVERIFY(!wizard.canGoBack());
        QSignalSpy progress(task, &TaskRunnerBase::progressChanged);
        QSignalSpy cancelRequested(task, &TaskRunnerBase::cancelRequested);
        QSignalSpy finished(task, &TaskRunnerBase::finished);
        // Cancel as soon as rows are being written.
        connect(task, &TaskRunnerBase::progressChanged, &wizard, [&wizard](qint64 done) {
            if (done > 0)
                QTest::mouseClick(wizard.cancelButton(), Qt::LeftButton);
        });
        QVERIFY(finished.wait(120000));
        QCOMPARE(cancelRequested.size(), 1);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(wizard.currentStep(), ImportWizard::Run);
        QVERIFY2(wizard.runStep()->resultText().contains(QStringLiteral("the workspace is unchanged")),
                 qPrintable(wizard.runStep()->resultText()));
        QCOMPARE(m_session->contactCount(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM imports").toInt(), 0);
        QVERIFY(wizard.isVisible() || !wizard.result()); // the dialog stayed open: Cancel cancelled the import
        QCOMPARE(wizard.cancelButton()->text(), QStringLiteral("Close"));
        QVERIFY(wizard.canGoBack());
        wizard.back();
        QCOMPARE(wizard.currentStep(), ImportWizard::Options);
    }

    void brokenFileShowsItsErrorWithTheLine()
    {
        ImportWizard wizard(m_session.get(), fixture("broken_quote.csv"));
        wizard.show();
        QVERIFY(waitForPreview(wizard));
        QVERIFY(wizard.canGoNext());
        wizard.next();
        const QString error = wizard.detectionStep()->errorText();
        QVERIFY2(error.startsWith(QStringLiteral("Herald cannot read this file")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("never closed")));
        QVERIFY2(error.contains(QStringLiteral("broken_quote.csv, line 3, column 20")), qPrintable(error));
        QVERIFY(!wizard.canGoNext());
        QCOMPARE(m_session->contactCount(), 0);
    }

    void exportingRejectsWritesCsv()
    {
        ImportWizard wizard(m_session.get(), fixture("mailchimp_subscribed.csv"));
        QVERIFY(showAtOptions(wizard));
        QVERIFY(runToSummary(wizard));
        const QString target = m_dir.filePath(QStringLiteral("rejects.csv"));
        QSignalSpy exported(wizard.summaryStep()->exporter(), &RejectsExporter::finished);
        wizard.summaryStep()->exportRejectsTo(target);
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.constFirst().at(0).toBool(), true);
        QVERIFY(wizard.summaryStep()->exportMessage().startsWith(QStringLiteral("Saved 1 rejected row to")));
        const QStringList lines = readLines(target);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("file,line,column,field,reason,raw_row"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("mailchimp_subscribed.csv,5,1,Email Address,")),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(QStringLiteral("not-an-email,Dan,Broken")));
    }

    void savedMappingIsAppliedToTheNextFile()
    {
        {
            ImportWizard wizard(m_session.get(), fixture("mailchimp_subscribed.csv"));
            wizard.show();
            QVERIFY(waitForPreview(wizard));
            wizard.next();
            wizard.next();
            MappingModel *mapping = wizard.mappingStep()->mappingModel();
            QComboBox *notes = targetCombo(wizard, mapping->rowOf(QStringLiteral("NOTES")));
            choose(notes, notes->findText(QStringLiteral("Ignore")));
            QVERIFY(waitForPreview(wizard));
            QVERIFY(wizard.mappingStep()->saveMappingAs(QStringLiteral("Mailchimp weekly")));
            QCOMPARE(wizard.mappingStep()->savedMappings()->currentText(), QStringLiteral("Mailchimp weekly"));
        }
        ImportWizard wizard(m_session.get(), fixture("mailchimp_subscribed.csv"));
        wizard.show();
        QVERIFY(waitForPreview(wizard));
        wizard.next();
        wizard.next();
        MappingStep *step = wizard.mappingStep();
        QVERIFY(step->savedMappings()->findText(QStringLiteral("Mailchimp weekly")) > 0);
        const int notes = step->mappingModel()->rowOf(QStringLiteral("NOTES"));
        QCOMPARE(step->mappingModel()->index(notes, MappingModel::Target).data(MappingModel::TargetKeyRole).toString(),
                 QStringLiteral("custom:NOTES"));
        choose(step->savedMappings(), step->savedMappings()->findText(QStringLiteral("Mailchimp weekly")));
        QVERIFY(waitForPreview(wizard));
        QCOMPARE(step->mappingModel()->index(notes, MappingModel::Target).data(MappingModel::TargetKeyRole).toString(),
                 QStringLiteral("ignore"));
        QCOMPARE(targetCombo(wizard, notes)->currentText(), QStringLiteral("Ignore"));
    }

    void windowOffersImportAndImportsPageListsIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_session->path()));
        QVERIFY(window.isShowingFirstStart());
        QStringList titles;
        for (ChoiceButton *choice : window.firstStartPage()->choices())
            titles << choice->title();
        QVERIFY(titles.contains(QStringLiteral("Import contacts…")));
        QAction *action = window.importActions()->importAction();
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QVERIFY(action->isEnabled());
        QVERIFY(window.menuBar()->actions().constFirst()->menu()->actions().contains(action));

        // The first-start choice opens the wizard, which asks for the file.
        for (ChoiceButton *choice : window.firstStartPage()->choices())
            if (choice->title() == QStringLiteral("Import contacts…"))
                choice->click();
        ImportWizard *wizard = window.importActions()->wizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentStep(), ImportWizard::File);
        QVERIFY(!wizard->canGoNext());
        wizard->draft()->setFile(fixture("mailchimp_subscribed.csv"));
        QVERIFY(waitForPreview(*wizard));
        for (int step = 0; step < 3; ++step)
            wizard->next();
        QVERIFY(runToSummary(*wizard));
        wizard->next(); // Done
        QTRY_VERIFY(!window.importActions()->wizard());

        // The window leaves the first-start screen; Home, Contacts and Imports show the new contacts.
        QVERIFY(!window.isShowingFirstStart());
        QTRY_VERIFY(!window.homePage()->isLoading());
        QCOMPARE(window.homePage()->contactsCard()->value(), QStringLiteral("5"));
        QTRY_COMPARE(window.contactsPage()->subtitle(), QStringLiteral("5 contacts"));
        ImportsPage *imports = window.importsPage();
        QVERIFY(window.navigation()->pages().contains(imports));
        window.navigation()->showPage(imports);
        ImportsModel *model = imports->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(imports->table()->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rejectsTester(imports->rejectsModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ImportsModel::File).data().toString(), QStringLiteral("mailchimp_subscribed.csv"));
        QCOMPARE(model->index(0, ImportsModel::Profile).data().toString(), QStringLiteral("Mailchimp"));
        QCOMPARE(model->index(0, ImportsModel::Kind).data().toString(), QStringLiteral("Subscribed"));
        QCOMPARE(model->index(0, ImportsModel::Kind).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Audience export: subscribed contacts"));
        QCOMPARE(model->index(0, ImportsModel::Rows).data(ImportsModel::RawValueRole).toLongLong(), 7);
        QCOMPARE(model->index(0, ImportsModel::Imported).data().toString(), QStringLiteral("5"));
        QCOMPARE(model->index(0, ImportsModel::Duplicates).data().toString(), QStringLiteral("1"));
        QCOMPARE(model->index(0, ImportsModel::Rejected).data().toString(), QStringLiteral("1"));
        QCOMPARE(imports->subtitle(), QStringLiteral("1 import, 1 rejected rows"));
        QCOMPARE(imports->rejectsTitle(), QStringLiteral("Rejected rows of mailchimp_subscribed.csv"));
        QCOMPARE(imports->rejectsModel()->rowCount(), 1);
        QCOMPARE(imports->rejectsModel()->index(0, RejectsModel::Line).data().toString(), QStringLiteral("5"));

        // A second import shows up at the top, after the page refreshes on its own.
        wizard = window.importActions()->startImport(fixture("brevo_semicolon_1252.csv"));
        QVERIFY(wizard);
        QVERIFY(waitForPreview(*wizard));
        for (int step = 0; step < 3; ++step)
            wizard->next();
        QVERIFY(runToSummary(*wizard));
        wizard->next();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(imports->table()->model()->index(0, ImportsModel::File).data().toString(),
                 QStringLiteral("brevo_semicolon_1252.csv"));
        QCOMPARE(imports->rejectsModel()->rowCount(), 0);

        // The page exports the selected import's rejects.
        imports->selectRow(1);
        QCOMPARE(imports->rejectsModel()->rowCount(), 1);
        const QString target = m_dir.filePath(QStringLiteral("page-rejects.csv"));
        QSignalSpy exported(imports->exporter(), &RejectsExporter::finished);
        imports->exportRejectsTo(target);
        QVERIFY(exported.wait(30000));
        QVERIFY(exported.constFirst().at(0).toBool());
        const QStringList lines = readLines(target);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("mailchimp_subscribed.csv,5,1,")));
        QVERIFY(MessageBox::shownMessages().isEmpty());
    }

    void droppedFileOpensTheWizard()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_session->path()));
        QVERIFY(!wizardtest::dropFile(window, m_dir.filePath(QStringLiteral("brochure.pdf"))));
        QVERIFY(wizardtest::dropFile(window, fixture("mailchimp_subscribed.csv")));
        ImportWizard *wizard = window.importActions()->wizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->draft()->filePath(), fixture("mailchimp_subscribed.csv"));
        QVERIFY(waitForPreview(*wizard));
        QCOMPARE(wizard->draft()->preview()->profileId, QStringLiteral("mailchimp"));
        wizard->reject();
        QTRY_VERIFY(!window.importActions()->wizard());
        QCOMPARE(m_session->contactCount(), 0);
    }

    void modelsPassTheModelTester()
    {
        // Every model filled and emptied again with the tester watching.
        MappingModel mapping;
        QAbstractItemModelTester mappingTester(&mapping, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ColumnMapping columns;
        columns.columns.append({0, QStringLiteral("E-mail"), MappingTarget::contactField(QStringLiteral("email"))});
        columns.columns.append({1, QStringLiteral("Notes"), MappingTarget::customField(QStringLiteral("Notes"))});
        mapping.setMapping(columns, {{QStringLiteral("a@example.com"), QStringLiteral("hi")}}, QStringLiteral("X"));
        QVERIFY(mapping.setData(mapping.index(1, MappingModel::Target), QStringLiteral("ignore")));
        QVERIFY(!mapping.setData(mapping.index(1, MappingModel::Target), QStringLiteral("field:shoe_size")));
        QVERIFY(!mapping.setData(mapping.index(0, MappingModel::ColumnName), QStringLiteral("ignore")));
        mapping.setMapping({}, {}, QString());

        RejectsModel rejects;
        QAbstractItemModelTester rejectsTester(&rejects, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rejects.setRejects(
            {{QStringLiteral("a.csv"), {3, 0, QString(), QStringLiteral("broken"), QStringLiteral("x")}}});
        QCOMPARE(rejects.index(0, RejectsModel::FileColumn).data().toString(), QStringLiteral("whole row"));
        rejects.setRejects({});

        ImportsModel imports;
        QAbstractItemModelTester importsTester(&imports, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ImportSummary summary;
        summary.id = 1;
        summary.kind = QStringLiteral("contacts");
        summary.fileName = QStringLiteral("list.csv");
        summary.profile = QStringLiteral("nosuchesp");
        summary.startedAt = QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::utc());
        imports.setImports({summary}, QTimeZone("Asia/Tokyo"));
        QCOMPARE(imports.index(0, ImportsModel::Profile).data().toString(), QStringLiteral("nosuchesp"));
        QCOMPARE(imports.index(0, ImportsModel::Kind).data().toString(), QStringLiteral("Contacts"));
        QVERIFY(imports.index(0, ImportsModel::Time).data().toString().contains(QStringLiteral("9:00 PM")));
        imports.setImports({}, QTimeZone::utc());
    }

private:
    static QString fixture(const char *name)
    {
        return QStringLiteral(HERALD_TEST_DATA "/contacts/") + QString::fromLatin1(name);
    }

    static bool waitForPreview(ImportWizard &wizard)
    {
        return QTest::qWaitFor([&wizard] { return !wizard.draft()->isPreviewing(); }, 30000);
    }

    // From the Options step (or any earlier complete one): Next until the import has run.
    static bool runToSummary(ImportWizard &wizard)
    {
        while (wizard.currentStep() < ImportWizard::Options) {
            if (!waitForPreview(wizard) || !wizard.canGoNext())
                return false;
            wizard.next();
        }
        if (!wizard.canGoNext())
            return false;
        wizard.next();
        return QTest::qWaitFor([&wizard] { return wizard.currentStep() == ImportWizard::Summary; }, 60000);
    }

    // What a user does with a combo: pick an item.
    static void choose(QComboBox *combo, int index)
    {
        QVERIFY(combo);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    static QComboBox *targetCombo(ImportWizard &wizard, int row)
    {
        MappingStep *step = wizard.mappingStep();
        return qobject_cast<QComboBox *>(
            step->mappingTable()->indexWidget(step->mappingModel()->index(row, MappingModel::Target)));
    }

    static void testModels(ImportWizard &wizard)
    {
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 wizard.mappingStep()->mappingModel(), wizard.mappingStep()->previewModel(),
                 wizard.summaryStep()->rejectsModel()})
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

QTEST_MAIN(TestImportWizard)
#include "test_importwizard.moc"
