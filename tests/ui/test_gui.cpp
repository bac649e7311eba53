#include "aboutdialog.h"
#include "activitychart.h"
#include "appsettings.h"
#include "choicebutton.h"
#include "contactsmodel.h"
#include "contactspage.h"
#include "contacttriggers.h"
#include "database.h"
#include "firststartpage.h"
#include "guimain.h"
#include "homepage.h"
#include "import/bulkload.h"
#include "import/contactimport.h"
#include "indexingstatus.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "navigationview.h"
#include "sampleworkspace.h"
#include "settingsdialog.h"
#include "statcard.h"
#include "statusbreakdown.h"
#include "taskprogressdialog.h"
#include "taskrunner.h"
#include "theme.h"
#include "workspace.h"
#include "workspaceactions.h"
#include "workspacesession.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace herald;

class TestGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeraldTest"));
        QCoreApplication::setApplicationName(QStringLiteral("HeraldGuiTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // what the app sets for English
        theme::apply(*qApp);
        MessageBox::setAnswerAutomatically(true);
        QVERIFY(m_dir.isValid());
        m_dataPath = m_dir.filePath(QStringLiteral("shop.herald"));
        auto workspace = Workspace::open(m_dataPath);
        QVERIFY2(workspace.ok(), qPrintable(workspace.error().toString()));
        SampleOptions options;
        options.contacts = 2500;
        m_counts = fillSampleWorkspace(**workspace, options);
    }

    void init() { MessageBox::clearShownMessages(); }

    void firstStartOnEmptyWorkspace()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(window.workspaceActions(), &WorkspaceActions::openFinished);
        window.openWorkspace(m_dir.filePath(QStringLiteral("empty.herald")), true);
        QVERIFY(window.isShowingOpening()); // the check runs on a worker; nothing was open before
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QVERIFY(window.isShowingFirstStart());
        QVERIFY(window.firstStartPage()->isVisible());
        QStringList titles;
        for (ChoiceButton *choice : window.firstStartPage()->choices()) {
            QVERIFY(choice->isVisible());
            titles << choice->title();
        }
        QCOMPARE(titles, (QStringList{QStringLiteral("Import contacts…"), QStringLiteral("Try the demo workspace"),
                                      QStringLiteral("Open workspace…")}));
        QVERIFY(window.firstStartPage()->footerText().contains(QStringLiteral("empty.herald")));
        QVERIFY(MessageBox::shownMessages().isEmpty());
    }

    void homeShowsWorkspaceSummary()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_dataPath));
        QVERIFY(!window.isShowingFirstStart());
        QCOMPARE(window.navigation()->currentPage(), window.homePage());
        HomePage *home = window.homePage();
        QTRY_VERIFY(!home->isLoading());

        const QLocale locale;
        QCOMPARE(home->contactsCard()->value(), locale.toString(qint64(2500)));
        QCOMPARE(home->campaignsCard()->value(), locale.toString(m_counts.campaigns));
        QCOMPARE(home->eventsCard()->value(), locale.toString(m_counts.events));
        for (const auto &[status, count] : m_counts.byStatus)
            QCOMPARE(home->statusBreakdown()->countText(status), locale.toString(count));
        const qint64 subscribed = m_counts.byStatus.at(ContactStatus::Subscribed);
        QCOMPARE(home->statusBreakdown()->shareText(ContactStatus::Subscribed),
                 locale.toString(100.0 * double(subscribed) / 2500.0, 'f', 1) + QLatin1Char('%'));
        QCOMPARE(home->contactsCard()->detail(), QStringLiteral("%1 can be emailed").arg(locale.toString(subscribed)));
        QVERIFY(home->activityCard()->value().contains(QStringLiteral("2024")));
        QVERIFY(home->activityCard()->value().contains(QStringLiteral("2025")));
        QVERIFY(home->chart()->monthCount() >= 12);

        QCOMPARE(window.windowTitle(), QStringLiteral("shop — Herald"));
        QTRY_VERIFY(statusBarTexts(window).contains(QStringLiteral("2,500 contacts")));
        QVERIFY(statusBarTexts(window).contains(m_dataPath));
    }

    void contactsPageShowsRows()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_dataPath));
        window.navigation()->showPage(window.contactsPage());
        QTableView *table = window.contactsPage()->table();
        QTRY_VERIFY(table->isVisible());
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QVERIFY(table->model()->rowCount() < 2500); // lazily: not everything at once
        QTRY_COMPARE(window.contactsPage()->subtitle(), QStringLiteral("2,500 contacts"));
        const QString email = table->model()->index(0, ContactsModel::Email).data().toString();
        QVERIFY2(email.contains(QLatin1Char('@')), qPrintable(email));
        QVERIFY(table->visualRect(table->model()->index(0, 0)).isValid());
    }

    void indexingCatchesUpInTheBackground()
    {
        // A large import leaves its search and sort indexes for later (small thresholds make 400 contacts large).
        const QString path = m_dir.filePath(QStringLiteral("large-import.herald"));
        const QString csv = m_dir.filePath(QStringLiteral("large-import.csv"));
        QByteArray rows = "Email Address,First Name,Last Name\n";
        for (int i = 0; i < 400; ++i)
            rows += QStringLiteral("buyer%1@example.com,Greta,Lindqvist%2\n").arg(i).arg(i % 7).toUtf8();
        writeFile(csv, rows);
        ContactBulkInsert::setDeferredSearchRowsForTests(50);
        SecondaryIndexes::setThresholdsForTests(50);
        {
            auto workspace = Workspace::open(path);
            QVERIFY(workspace.ok());
            ContactImportOptions options;
            options.filePath = csv;
            const auto report = importContacts(**workspace, options);
            QVERIFY2(report.ok(), qPrintable(report.error().toString()));
            QVERIFY(report->indexesDeferred);
            QCOMPARE(pendingIndexes((*workspace)->db())->unsearchedContacts, 400);
        }
        ContactBulkInsert::setDeferredSearchRowsForTests(-1);
        SecondaryIndexes::setThresholdsForTests(-1);

        MainWindow window;
        window.show();
        QSignalSpy indexed(window.indexingStatus(), &IndexingStatus::finished);
        QVERIFY(openAndWait(window, path));
        QVERIFY(indexed.wait(60000));
        QCOMPARE(indexed.constFirst().at(0).toString(), QStringLiteral("Search and sort indexes are up to date."));
        QTRY_COMPARE(window.statusBar()->currentMessage(), QStringLiteral("Search and sort indexes are up to date."));
        QVERIFY(window.indexingStatus()->isHidden());
        QVERIFY(pendingIndexes(window.session()->workspace()->db())->isEmpty());

        // Opening it again finds nothing to do and says nothing.
        QSignalSpy again(window.indexingStatus(), &IndexingStatus::finished);
        QVERIFY(openAndWait(window, path));
        QTRY_VERIFY(!window.indexingStatus()->isIndexing());
        QVERIFY(again.isEmpty());
    }

    void workspaceErrorKeepsPreviousWorkspace()
    {
        const QString notAWorkspace = m_dir.filePath(QStringLiteral("notes.herald"));
        writeFile(notAWorkspace, "These are my notes, not a database.");
        MainWindow window;
        QVERIFY(openAndWait(window, m_dataPath));
        QVERIFY(!openAndWait(window, notAWorkspace));
        QCOMPARE(MessageBox::shownMessages().size(), 1);
        const QString message = MessageBox::shownMessages().constFirst();
        QVERIFY2(message.contains(QStringLiteral("not a Herald workspace")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("notes.herald")), qPrintable(message));
        QCOMPARE(window.session()->path(), m_dataPath);
        QVERIFY(!window.isShowingFirstStart());
        QVERIFY(statusBarTexts(window).contains(m_dataPath));
        QCOMPARE(AppSettings::lastWorkspace(), m_dataPath);
    }

    void damagedWorkspaceIsClosedAfterTheBackgroundCheck()
    {
        // The header and schema are fine, so the window opens at once; the integrity check then finds the damage.
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.herald"));
        QVERIFY(QFile::copy(m_dataPath, damaged));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            // The page size is in the file's header (bytes 16-17, big-endian).
            const QByteArray header = file.read(18);
            const qint64 page = (quint8(header.at(16)) << 8) | quint8(header.at(17));
            QVERIFY(page >= 512);
            for (qint64 offset = 8 * page; offset < size - page; offset += 5 * page) {
                file.seek(offset + 200);
                file.write(QByteArray(1500, '\x5a'));
            }
        }
        MainWindow window;
        openAndWait(window, damaged);
        // A page that reads a damaged page first may say so too; the check's verdict closes the workspace.
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isOpen(), 60000);
        const QString message = MessageBox::shownMessages().constLast();
        QVERIFY2(message.contains(QStringLiteral("closed")) && message.contains(QStringLiteral("damaged")),
                 qPrintable(message));
        QVERIFY(window.isShowingFirstStart());
    }

    void newerWorkspaceIsRefusedWithReason()
    {
        const QString newer = m_dir.filePath(QStringLiteral("newer.herald"));
        {
            auto workspace = Workspace::open(newer);
            QVERIFY(workspace.ok());
            (*workspace)->db().exec("PRAGMA user_version = 99");
        }
        MainWindow window;
        QVERIFY(!openAndWait(window, newer));
        QCOMPARE(MessageBox::shownMessages().size(), 1);
        QVERIFY(MessageBox::shownMessages().constFirst().contains(QStringLiteral("newer version of Herald")));
        // Nothing was open before: the first-start screen offers a way out.
        QVERIFY(!window.session()->isOpen());
        QVERIFY(window.isShowingFirstStart());
    }

    void demoReusesExistingDemoWorkspace()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo-reuse.herald"));
        QVERIFY(QFile::copy(m_dataPath, demo));
        MainWindow window;
        QVERIFY(openAndWait(window, m_dir.filePath(QStringLiteral("empty-for-demo.herald")), true));
        QVERIFY(window.isShowingFirstStart());
        QSignalSpy finished(window.workspaceActions(), &WorkspaceActions::jobFinished);
        window.workspaceActions()->startDemo(demo);
        QVERIFY(window.workspaceActions()->isBusy());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QCOMPARE(window.session()->path(), demo);
        QVERIFY(!window.isShowingFirstStart());
        QCOMPARE(window.navigation()->currentPage(), window.homePage());
        QVERIFY(!window.workspaceActions()->isBusy());
    }

    void failedDemoShowsWhyAndStaysOnFirstStart()
    {
        const QString notAWorkspace = m_dir.filePath(QStringLiteral("demo-notes.herald"));
        writeFile(notAWorkspace, "not a database, but long enough to have a header");
        MainWindow window;
        QVERIFY(openAndWait(window, m_dir.filePath(QStringLiteral("empty-before-demo.herald")), true));
        const QString before = window.session()->path();
        QSignalSpy finished(window.workspaceActions(), &WorkspaceActions::jobFinished);
        window.workspaceActions()->startDemo(notAWorkspace);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QCOMPARE(MessageBox::shownMessages().size(), 1);
        QVERIFY(
            MessageBox::shownMessages().constFirst().contains(QStringLiteral("demo workspace could not be created")));
        QVERIFY(MessageBox::shownMessages().constFirst().contains(QStringLiteral("not a Herald workspace")));
        QCOMPARE(window.session()->path(), before);
        QVERIFY(window.isShowingFirstStart());
    }

    void newWorkspaceIsCreatedAndRemembered()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_dataPath));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.herald"));
        QSignalSpy finished(window.workspaceActions(), &WorkspaceActions::openFinished);
        window.workspaceActions()->createWorkspace(fresh);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        QVERIFY(QFile::exists(fresh));
        QCOMPARE(window.session()->path(), fresh);
        QVERIFY(window.isShowingFirstStart());
        QCOMPARE(AppSettings::lastWorkspace(), fresh);
        QCOMPARE(AppSettings::recentWorkspaces().mid(0, 2), (QStringList{fresh, m_dataPath}));

        QMenu recent;
        window.workspaceActions()->fillRecentMenu(&recent);
        QCOMPARE(recent.actions().at(0)->text(), fresh);
        QCOMPARE(recent.actions().at(1)->text(), m_dataPath);

        // "New" never takes over an existing file.
        finished.clear();
        window.workspaceActions()->createWorkspace(m_dataPath);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY(MessageBox::shownMessages().constLast().contains(QStringLiteral("already exists")));
        QCOMPARE(window.session()->path(), fresh);

        // The recent menu opens what it lists.
        finished.clear();
        recent.actions().at(1)->trigger();
        QVERIFY(finished.wait(60000));
        QCOMPARE(window.session()->path(), m_dataPath);
        QVERIFY(!window.isShowingFirstStart());
    }

    void backupWritesAWorkspaceCopy()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_dataPath));
        const QString target = m_dir.filePath(QStringLiteral("shop-backup.herald"));
        QSignalSpy finished(window.workspaceActions(), &WorkspaceActions::jobFinished);
        window.workspaceActions()->backUpTo(target);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
        auto copy = Workspace::open(target, Workspace::OpenMode::OpenExisting);
        QVERIFY2(copy.ok(), qPrintable(copy.error().toString()));
        QCOMPARE((*copy)->contactCount(), 2500);
        QCOMPARE((*copy)->eventCount(), m_counts.events);

        // A second backup onto the same name is refused with a reason, and the first copy is untouched.
        finished.clear();
        window.workspaceActions()->backUpTo(target);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY(MessageBox::shownMessages().constLast().contains(QStringLiteral("already exists")));
    }

    void taskRunnerReportsProgressAndResult()
    {
        TaskRunner<int> task;
        QSignalSpy progress(&task, &TaskRunnerBase::progressChanged);
        QSignalSpy finished(&task, &TaskRunnerBase::finished);
        task.start([](const JobControl &control) -> Result<int> {
            for (int step = 1; step <= 1000; ++step)
                control.report(step, 1000, QStringLiteral("Counting"));
            return 42;
        });
        QVERIFY(task.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY(!task.isRunning());
        QVERIFY(progress.count() >= 1);
        QVERIFY(progress.count() <= 1000); // coalesced on the way to the GUI thread
        QCOMPARE(progress.constLast().at(0).toLongLong(), 1000);
        QCOMPARE(progress.constLast().at(1).toLongLong(), 1000);
        QCOMPARE(progress.constLast().at(2).toString(), QStringLiteral("Counting"));
        const Result<int> result = task.takeResult();
        QVERIFY(result.ok());
        QCOMPARE(result.value(), 42);
    }

    void taskRunnerCancelReturnsCancelled()
    {
        TaskRunner<int> task;
        QSemaphore started;
        QSignalSpy cancelRequested(&task, &TaskRunnerBase::cancelRequested);
        QSignalSpy finished(&task, &TaskRunnerBase::finished);
        QSignalSpy progress(&task, &TaskRunnerBase::progressChanged);
        task.start([&started](const JobControl &control) -> Result<int> {
            qint64 step = 0;
            started.release();
            while (!control.cancelled()) {
                control.report(++step, 0, QStringLiteral("Working"));
                QThread::msleep(1);
            }
            Error error{QStringLiteral("Stopped")};
            error.cancelled = true;
            return error;
        });
        QVERIFY(started.tryAcquire(1, 10000));
        QTRY_VERIFY(progress.count() >= 1);
        task.cancel();
        QVERIFY(task.isCancelRequested());
        QCOMPARE(cancelRequested.count(), 1);
        QVERIFY(finished.wait(10000));
        const Result<int> result = task.takeResult();
        QVERIFY(!result.ok());
        QVERIFY(result.error().cancelled);
        task.cancel(); // after the end: nothing more happens
        QCOMPARE(cancelRequested.count(), 1);
    }

    void taskRunnerTurnsExceptionsIntoErrors()
    {
        TaskRunner<QString> task;
        QSignalSpy finished(&task, &TaskRunnerBase::finished);
        task.start([](const JobControl &) -> Result<QString> { throw std::runtime_error("disk on fire"); });
        QVERIFY(finished.wait(10000));
        const Result<QString> result = task.takeResult();
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(QStringLiteral("disk on fire")));
    }

    void abandonedTaskIsCancelled()
    {
        auto sawCancel = std::make_shared<std::atomic_bool>(false);
        auto done = std::make_shared<QSemaphore>();
        QSemaphore started;
        {
            TaskRunner<int> task;
            task.start([sawCancel, done, &started](const JobControl &control) -> Result<int> {
                started.release();
                while (!control.cancelled()) {
                    control.report(1, 2, QStringLiteral("Waiting"));
                    QThread::msleep(1);
                }
                sawCancel->store(true);
                done->release();
                return 0;
            });
            QVERIFY(started.tryAcquire(1, 10000));
        } // the runner goes away while its job runs
        QVERIFY(done->tryAcquire(1, 10000));
        QVERIFY(sawCancel->load());
        QTest::qWait(20); // progress posted to the dead runner must be dropped, not delivered
    }

    void progressDialogCancels()
    {
        QWidget parent;
        auto *task = new TaskRunner<int>(&parent);
        QSemaphore started;
        auto *dialog = new TaskProgressDialog(task, QStringLiteral("Job"), QStringLiteral("Doing it"), &parent);
        QSignalSpy finished(task, &TaskRunnerBase::finished);
        QPointer<TaskProgressDialog> guard(dialog);
        task->start([&started](const JobControl &control) -> Result<int> {
            started.release();
            while (!control.cancelled()) {
                control.report(50, 100, QStringLiteral("Halfway"));
                QThread::msleep(1);
            }
            Error error{QStringLiteral("Stopped")};
            error.cancelled = true;
            return error;
        });
        dialog->open();
        QVERIFY(started.tryAcquire(1, 10000));
        QTRY_COMPARE(dialog->stageText(), QStringLiteral("Halfway"));
        QCOMPARE(dialog->progressValue(), 500);
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(dialog->stageText(), QStringLiteral("Cancelling…"));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(finished.wait(10000));
        QVERIFY(task->takeResult().error().cancelled);
        QTRY_VERIFY(guard.isNull()); // closed and deleted itself
    }

    void startupWorkspacePathPrecedence()
    {
        const QString program = QStringLiteral("herald");
        QCOMPARE(startupWorkspacePath({program, QStringLiteral("--workspace"), QStringLiteral("/tmp/a.herald")}),
                 QStringLiteral("/tmp/a.herald"));
        QCOMPARE(startupWorkspacePath({program, QStringLiteral("--workspace=/tmp/b.herald")}),
                 QStringLiteral("/tmp/b.herald"));
        qputenv("HERALD_WORKSPACE", "/tmp/from-env.herald");
        QCOMPARE(startupWorkspacePath({program}), QStringLiteral("/tmp/from-env.herald"));
        QCOMPARE(startupWorkspacePath({program, QStringLiteral("--workspace"), QStringLiteral("/tmp/a.herald")}),
                 QStringLiteral("/tmp/a.herald"));
        qunsetenv("HERALD_WORKSPACE");
        AppSettings::setLastWorkspace(m_dataPath);
        QCOMPARE(startupWorkspacePath({program}), m_dataPath);
        AppSettings::setLastWorkspace(m_dir.filePath(QStringLiteral("deleted.herald")));
        QCOMPARE(startupWorkspacePath({program}), Workspace::defaultPath());
    }

    void settingsSaveTimeZoneLanguageAndThreads()
    {
        const QString path = m_dir.filePath(QStringLiteral("settings.herald"));
        auto workspace = Workspace::open(path);
        QVERIFY(workspace.ok());
        SettingsDialog dialog(workspace->get());
        QVERIFY(dialog.languageBox()->count() >= 2);
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString()); // follows the system
        const int german = dialog.languageBox()->findData(QStringLiteral("de"));
        QVERIFY(german > 0);
        QCOMPARE(dialog.languageBox()->itemText(german), QStringLiteral("Deutsch"));
        dialog.languageBox()->setCurrentIndex(german);
        dialog.threadsBox()->setValue(3);
        dialog.timeZoneBox()->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
        QVERIFY(!dialog.save());
        QCOMPARE(AppSettings::language(), QString()); // nothing saved while the dialog shows an error
        dialog.timeZoneBox()->setCurrentText(QStringLiteral("Asia/Tokyo"));
        QVERIFY(dialog.save());
        QCOMPARE((*workspace)->timeZone().id(), QByteArray("Asia/Tokyo"));
        QCOMPARE(AppSettings::language(), QStringLiteral("de"));
        QCOMPARE(AppSettings::mlThreads(), 3);
        AppSettings::setLanguage(QString());
        AppSettings::setMlThreads(0);
    }

    void aboutNamesVersions()
    {
        AboutDialog dialog;
        const QString details = dialog.details();
        QVERIFY(details.contains(QStringLiteral(HERALD_VERSION)));
        QVERIFY(details.contains(QString::fromLatin1(qVersion())));
        QVERIFY(details.contains(sqliteVersion()));
        QVERIFY(details.contains(QStringLiteral("libtorch")));
        QVERIFY(details.contains(QStringLiteral("BLAS")));
    }

private:
    // Opening checks the file on a worker: wait for the outcome.
    static bool openAndWait(MainWindow &window, const QString &path, bool create = false)
    {
        QSignalSpy finished(window.workspaceActions(), &WorkspaceActions::openFinished);
        window.openWorkspace(path, create);
        if (finished.isEmpty() && !finished.wait(60000))
            return false;
        return finished.constFirst().at(0).toBool();
    }

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    static QStringList statusBarTexts(QMainWindow &window)
    {
        QStringList texts;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }

    QTemporaryDir m_dir;
    QString m_dataPath;
    SampleCounts m_counts;
};

QTEST_MAIN(TestGui)
#include "test_gui.moc"
