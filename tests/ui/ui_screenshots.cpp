// Renders Herald's main screens offscreen and saves them as PNGs, for reviewing the look and for the
// AppStream metadata: ui_screenshots OUTPUT_DIR [CONTACTS] [LANGUAGE]. Run with QT_QPA_PLATFORM=offscreen.

#include "aboutdialog.h"
#include "campaigns/campaigndetail.h"
#include "campaigns/campaignsmodel.h"
#include "campaigns/campaignspage.h"
#include "charts/chartcard.h"
#include "charts/hourlyengagementchart.h"
#include "contacts/contactdetaildialog.h"
#include "contacts/contactfilterbar.h"
#include "contacts/filterbutton.h"
#include "contactsmodel.h"
#include "contactspage.h"
#include "demo/demogenerator.h"
#include "export/exportactions.h"
#include "export/exportdialog.h"
#include "homepage.h"
#include "import/detectionstep.h"
#include "import/eventdraft.h"
#include "import/eventoptionsstep.h"
#include "import/importactions.h"
#include "import/importdraft.h"
#include "import/importspage.h"
#include "import/importwizard.h"
#include "import/mappingstep.h"
#include "import/runstep.h"
#include "import/summarystep.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "navigationview.h"
#include "query/activityrefresh.h"
#include "sampleworkspace.h"
#include "settingsdialog.h"
#include "taskprogressdialog.h"
#include "taskrunner.h"
#include "theme.h"
#include "translations.h"
#include "workspace.h"
#include "workspaceactions.h"
#include "workspacesession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTreeView>

#include <cstdio>
#include <functional>

using namespace herald;

namespace {

bool openAndWait(MainWindow &window, const QString &path, bool create = false)
{
    bool finished = false;
    bool ok = false;
    const auto connection =
        QObject::connect(window.workspaceActions(), &WorkspaceActions::openFinished, [&](bool success) {
            finished = true;
            ok = success;
        });
    window.openWorkspace(path, create);
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(connection);
    return ok;
}

QString outputDir;

void settle(int ms = 50)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

bool save(QWidget *widget, const QString &name)
{
    settle();
    const QString path = QDir(outputDir).filePath(name + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << Qt::endl;
    return ok;
}

QString fixture(const char *name)
{
    return QStringLiteral(HERALD_TEST_DATA "/contacts/") + QString::fromLatin1(name);
}

void waitForPreview(ImportWizard *wizard)
{
    settle(20);
    QElapsedTimer timer;
    timer.start();
    while (wizard->draft()->isPreviewing() && timer.elapsed() < 30000)
        settle(10);
}

void waitForSummary(ImportWizard *wizard)
{
    QElapsedTimer timer;
    timer.start();
    while (wizard->currentStep() != ImportWizard::Summary && timer.elapsed() < 60000)
        settle(10);
}

// The import wizard's steps, an import's progress and summary, and the Imports page afterwards.
bool importScreens(MainWindow &window, const QString &scratch)
{
    bool ok = true;
    ImportWizard *wizard = window.importActions()->startImport();
    ok = save(wizard, QStringLiteral("import-choose")) && ok;
    wizard->draft()->setFile(fixture("mailchimp_audience_export.zip"));
    waitForPreview(wizard);
    ok = save(wizard, QStringLiteral("import-file")) && ok;
    wizard->next();
    waitForPreview(wizard);
    ok = save(wizard, QStringLiteral("import-detection")) && ok;
    wizard->next();
    ok = save(wizard, QStringLiteral("import-mapping")) && ok;
    wizard->next();
    ok = save(wizard, QStringLiteral("import-options")) && ok;
    wizard->next();
    waitForSummary(wizard);
    ok = save(wizard, QStringLiteral("import-summary")) && ok;
    wizard->next();
    settle();

    // Ambiguous dates, then an unreadable file.
    wizard = window.importActions()->startImport(fixture("ambiguous_dates.csv"));
    waitForPreview(wizard);
    wizard->next();
    wizard->next();
    ok = save(wizard, QStringLiteral("import-dates")) && ok;
    wizard->mappingStep()->dayFirstButton()->click();
    waitForPreview(wizard);
    wizard->next();
    wizard->next();
    waitForSummary(wizard);
    wizard->next();
    settle();

    wizard = window.importActions()->startImport(fixture("broken_quote.csv"));
    waitForPreview(wizard);
    wizard->next();
    ok = save(wizard, QStringLiteral("import-error")) && ok;
    wizard->reject();
    settle();

    // A file big enough to watch: its progress, then a cancel.
    const QString big = QDir(scratch).filePath(QStringLiteral("spring-signups.csv"));
    {
        QFile file(big);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("email,first_name,last_name,country,tags\n");
        for (int i = 0; i < 400000; ++i)
            file.write(QStringLiteral("guest%1@example.org,Guest,Number %1,DE,spring\n").arg(i).toUtf8());
    }
    wizard = window.importActions()->startImport(big);
    waitForPreview(wizard);
    for (int step = 0; step < 4; ++step)
        wizard->next();
    QElapsedTimer timer;
    timer.start();
    while (wizard->runStep()->progressBar()->value() < 150 && wizard->runStep()->isRunning() && timer.elapsed() < 60000)
        settle(5);
    ok = save(wizard, QStringLiteral("import-progress")) && ok;
    wizard->runStep()->cancel();
    while (wizard->runStep()->isRunning())
        settle(10);
    ok = save(wizard, QStringLiteral("import-cancelled")) && ok;
    wizard->reject();
    settle();

    window.navigation()->showPage(window.importsPage());
    window.importsPage()->selectRow(window.importsPage()->table()->model()->rowCount() - 1);
    ok = save(&window, QStringLiteral("imports")) && ok;
    return ok;
}

void waitForContacts(ContactsPage *page)
{
    settle(20);
    QElapsedTimer timer;
    timer.start();
    while ((page->model()->isLoading() || page->model()->totalCount() < 0 || !page->hasFacets()) &&
           timer.elapsed() < 30000)
        settle(10);
}

// The contacts page searched and filtered, and a contact's detail, on a demo workspace (tags, consent,
// purchases and time zones that the plain sample data does not have).
bool contactsScreens(MainWindow &window, const QString &scratch)
{
    const QString path = QDir(scratch).filePath(QStringLiteral("Juniper Tea Co.herald"));
    {
        auto workspace = Workspace::open(path);
        if (!workspace)
            return false;
        DemoOptions options;
        options.contacts = 6000;
        options.until = QDate(2025, 3, 3);
        if (!generateDemo(**workspace, options))
            return false;
    }
    bool ok = openAndWait(window, path);
    ContactsPage *page = window.contactsPage();
    window.navigation()->showPage(page);
    waitForContacts(page);
    ok = save(&window, QStringLiteral("contacts-demo")) && ok;

    page->filterBar()->searchField()->setText(QStringLiteral("mar"));
    settle(ContactFilterBar::searchDelayMs + 50);
    waitForContacts(page);
    ok = save(&window, QStringLiteral("contacts-search")) && ok;

    FilterButton *status = page->filterBar()->button(ContactFilterBar::Status);
    status->popup()->toggle(statusKey(ContactStatus::Subscribed));
    FilterButton *tags = page->filterBar()->button(ContactFilterBar::Tag);
    const QString firstTag = tags->popup()->view()->model()->index(0, 0).data().toString();
    tags->popup()->toggle(firstTag);
    waitForContacts(page);
    tags->click();
    settle(100);
    ok = save(&window, QStringLiteral("contacts-filtered")) && ok;
    // The popup is a window of its own: grab it onto the window's picture where it stands.
    {
        QPixmap picture = window.grab();
        QPainter painter(&picture);
        painter.drawPixmap(window.mapFromGlobal(tags->popup()->pos()), tags->popup()->grab());
        painter.end();
        const QString file = QDir(outputDir).filePath(QStringLiteral("contacts-filter-popup.png"));
        ok = picture.save(file) && ok;
        QTextStream(stdout) << "saved " << file << Qt::endl;
    }
    tags->popup()->hide();

    page->filterBar()->searchField()->setText(QStringLiteral("zzzz"));
    settle(ContactFilterBar::searchDelayMs + 50);
    waitForContacts(page);
    ok = save(&window, QStringLiteral("contacts-empty")) && ok;
    page->filterBar()->clearSearch();
    page->filterBar()->clearFilters();
    waitForContacts(page);

    // The most active contact: a full heatmap and timeline.
    page->model()->sort(ContactsModel::LastActivity, Qt::DescendingOrder);
    waitForContacts(page);
    ContactDetailDialog *detail =
        page->showContact(page->model()->index(0, 0).data(ContactsModel::ContactIdRole).toLongLong());
    QElapsedTimer timer;
    timer.start();
    while (detail->isLoading() && timer.elapsed() < 30000)
        settle(10);
    ok = save(detail, QStringLiteral("contact-detail")) && ok;
    detail->tabs()->setCurrentIndex(1);
    ok = save(detail, QStringLiteral("contact-detail-activity")) && ok;
    detail->tabs()->setCurrentIndex(2);
    ok = save(detail, QStringLiteral("contact-detail-consent")) && ok;
    detail->close();
    settle();
    return ok;
}

QString eventFixture(const char *name)
{
    return QStringLiteral(HERALD_TEST_DATA "/events/") + QString::fromLatin1(name);
}

void waitForEvents(ImportWizard *wizard)
{
    waitForPreview(wizard);
    QElapsedTimer timer;
    timer.start();
    while (wizard->eventDraft()->isPreviewing() && timer.elapsed() < 30000)
        settle(10);
}

// The activity path: a contact file refused, shop orders through to the summary, a file with errors and an
// undecided date order, an account export, an import's progress, and the Imports page with both kinds.
bool activityScreens(MainWindow &window, const QString &scratch)
{
    bool ok = true;
    ImportWizard *wizard = window.importActions()->startActivityImport();
    ok = save(wizard, QStringLiteral("activity-choose")) && ok;
    wizard->draft()->setFile(fixture("mailchimp_subscribed.csv"));
    waitForPreview(wizard);
    ok = save(wizard, QStringLiteral("activity-refused")) && ok;
    wizard->reject();
    settle();

    wizard = window.importActions()->startImport(eventFixture("online_retail_2010-12-01.csv"));
    waitForEvents(wizard);
    ok = save(wizard, QStringLiteral("activity-file")) && ok;
    wizard->next();
    waitForEvents(wizard);
    ok = save(wizard, QStringLiteral("activity-detection")) && ok;
    wizard->next();
    ok = save(wizard, QStringLiteral("activity-options")) && ok;
    wizard->next();
    waitForSummary(wizard);
    ok = save(wizard, QStringLiteral("activity-summary")) && ok;
    wizard->next();
    settle();

    wizard = window.importActions()->startImport(eventFixture("generic_events.csv"));
    waitForEvents(wizard);
    wizard->next();
    waitForEvents(wizard);
    ok = save(wizard, QStringLiteral("activity-preview-errors")) && ok;
    wizard->next();
    ok = save(wizard, QStringLiteral("activity-dates")) && ok;
    wizard->eventOptionsStep()->dayFirstButton()->click();
    waitForEvents(wizard);
    wizard->next();
    waitForSummary(wizard);
    ok = save(wizard, QStringLiteral("activity-summary-rejects")) && ok;
    wizard->next();
    settle();

    wizard = window.importActions()->startImport(eventFixture("mailchimp_account_export.zip"));
    waitForEvents(wizard);
    ok = save(wizard, QStringLiteral("activity-zip")) && ok;
    wizard->reject();
    settle();

    const QString big = QDir(scratch).filePath(QStringLiteral("spring-opens.csv"));
    {
        QFile file(big);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("email,event,timestamp,campaign\n");
        for (int i = 0; i < 400000; ++i)
            file.write(QStringLiteral("guest%1@example.org,open,2024-03-%2T09:%3:00Z,Spring news\n")
                           .arg(i % 40000)
                           .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                           .arg(i % 60, 2, 10, QLatin1Char('0'))
                           .toUtf8());
    }
    wizard = window.importActions()->startActivityImport(big);
    waitForEvents(wizard);
    wizard->next();
    waitForEvents(wizard);
    wizard->next();
    wizard->next();
    QElapsedTimer timer;
    timer.start();
    while (wizard->eventRunStep()->progressBar()->value() < 150 && wizard->eventRunStep()->isRunning() &&
           timer.elapsed() < 60000)
        settle(5);
    ok = save(wizard, QStringLiteral("activity-progress")) && ok;
    wizard->eventRunStep()->cancel();
    while (wizard->eventRunStep()->isRunning())
        settle(10);
    wizard->reject();
    settle();

    window.navigation()->showPage(window.importsPage());
    window.importsPage()->selectRow(0);
    ok = save(&window, QStringLiteral("imports-activity")) && ok;
    return ok;
}

void waitWhile(const std::function<bool()> &busy)
{
    QElapsedTimer timer;
    timer.start();
    settle(20);
    while (busy() && timer.elapsed() < 60000)
        settle(20);
}

bool saveHome(MainWindow &window, const QString &name)
{
    window.navigation()->showPage(window.homePage());
    waitWhile([&] { return window.homePage()->isLoading(); });
    bool ok = save(&window, name);
    // The whole page, below the fold too.
    window.resize(1280, 1080);
    ok = save(&window, name + QStringLiteral("-full")) && ok;
    window.resize(1280, 800);
    return ok;
}

// Campaigns and Home on the demo workspace (years of contacts, a year of campaigns with machine opens, bounces
// and revenue); the Campaigns page of a workspace without campaigns; Home on an empty workspace.
bool campaignScreens(MainWindow &window, const QString &scratch, int contacts)
{
    const QString demoPath = QDir(scratch).filePath(QStringLiteral("Demo Coffee Roasters.herald"));
    {
        auto workspace = Workspace::open(demoPath);
        if (!workspace)
            return false;
        DemoOptions options;
        options.contacts = contacts;
        options.until = QDate(2025, 2, 24);
        if (!generateDemo(**workspace, options))
            return false;
    }
    bool ok = openAndWait(window, demoPath);
    ok = saveHome(window, QStringLiteral("home-demo")) && ok;

    auto *page = window.findChild<CampaignsPage *>();
    window.navigation()->showPage(page);
    waitWhile([&] { return page->model()->isLoading() || page->detail()->isLoading(); });
    ok = save(&window, QStringLiteral("campaigns")) && ok;
    page->table()->sortByColumn(CampaignsModel::Revenue, Qt::DescendingOrder);
    ok = save(&window, QStringLiteral("campaigns-by-revenue")) && ok;
    page->table()->sortByColumn(CampaignsModel::Sent, Qt::DescendingOrder);
    // A campaign to one region: fewer recipients, its own shape.
    for (const CampaignStats &campaign : page->model()->campaigns()) {
        if (campaign.recipients < 1000) {
            page->selectCampaign(campaign.id);
            break;
        }
    }
    waitWhile([&] { return page->detail()->isLoading(); });
    ok = save(&window, QStringLiteral("campaigns-small")) && ok;
    page->filterEdit()->setText(QStringLiteral("no such campaign"));
    ok = save(&window, QStringLiteral("campaigns-filtered")) && ok;
    page->filterEdit()->clear();

    const QString noCampaignsPath = QDir(scratch).filePath(QStringLiteral("New Studio.herald"));
    {
        auto workspace = Workspace::open(noCampaignsPath);
        if (!workspace)
            return false;
        SampleOptions options;
        options.contacts = 800;
        options.campaigns = 0;
        fillSampleWorkspace(**workspace, options);
    }
    ok = openAndWait(window, noCampaignsPath) && ok;
    window.navigation()->showPage(page);
    waitWhile([&] { return page->model()->isLoading(); });
    ok = save(&window, QStringLiteral("campaigns-empty")) && ok;
    ok = saveHome(window, QStringLiteral("home-no-campaigns")) && ok;

    // MainWindow shows its first-start screen for a workspace without contacts; the page itself must cope too.
    WorkspaceSession emptySession;
    const QString emptyPath = QDir(scratch).filePath(QStringLiteral("Empty.herald"));
    if (!emptySession.open(emptyPath, Workspace::OpenMode::OpenOrCreate))
        return false;
    HomePage emptyHome(&emptySession);
    emptyHome.resize(1030, 720);
    emptyHome.reload();
    emptyHome.show();
    waitWhile([&] { return emptyHome.isLoading(); });
    ok = save(&emptyHome, QStringLiteral("home-empty")) && ok;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("HeraldScreenshots"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    theme::apply(app);
    MessageBox::setAnswerAutomatically(true);
    if (app.arguments().size() < 2) {
        std::fputs("usage: ui_screenshots OUTPUT_DIR [CONTACTS] [LANGUAGE]\n", stderr);
        return 2;
    }
    outputDir = app.arguments().at(1);
    QDir().mkpath(outputDir);
    const int contacts = app.arguments().size() > 2 ? app.arguments().at(2).toInt() : 5000;
    // A language such as "de" shows whether translated texts fit their labels and buttons.
    if (app.arguments().size() > 3)
        installTranslators(app, app.arguments().at(3));

    QTemporaryDir dir;
    const QString emptyPath = dir.filePath(QStringLiteral("default.herald"));
    const QString dataPath = dir.filePath(QStringLiteral("Harbor Light Studio.herald"));
    {
        auto workspace = Workspace::open(dataPath);
        if (!workspace) {
            std::fputs(qPrintable(workspace.error().toString()), stderr);
            return 1;
        }
        SampleOptions options;
        options.contacts = contacts;
        fillSampleWorkspace(**workspace, options);
        (void)refreshContactActivity((*workspace)->db()); // campaign_stats, as an import leaves them
        (void)(*workspace)->setTimeZone(QTimeZone("Europe/Berlin"));
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    // HERALD_SCREENSHOTS=contacts renders only the contacts screens, for quick looks while working on them.
    if (qgetenv("HERALD_SCREENSHOTS") == "contacts")
        return contactsScreens(window, dir.path()) ? 0 : 1;
    bool ok = openAndWait(window, emptyPath, true);
    ok = save(&window, QStringLiteral("first-start")) && ok;

    ok = openAndWait(window, dataPath) && ok;
    QElapsedTimer loading;
    loading.start();
    while (window.homePage()->isLoading() && loading.elapsed() < 60000)
        settle(20);
    ok = save(&window, QStringLiteral("home")) && ok;

    window.navigation()->showPage(window.contactsPage());
    ok = save(&window, QStringLiteral("contacts")) && ok;

    AboutDialog about(&window);
    about.show();
    ok = save(&about, QStringLiteral("about")) && ok;
    about.hide();

    SettingsDialog settings(window.session()->workspace(), &window);
    settings.show();
    ok = save(&settings, QStringLiteral("settings")) && ok;
    settings.hide();

    TaskRunner<int> task;
    auto *progress = new TaskProgressDialog(
        &task, QCoreApplication::translate("herald::WorkspaceActions", "Demo Workspace"),
        QCoreApplication::translate("herald::WorkspaceActions", "Creating the demo workspace…"), &window);
    task.start([](const JobControl &control) -> Result<int> {
        control.report(1850, 5000, QStringLiteral("Writing contacts (1,850 of 5,000)"));
        while (!control.cancelled())
            QThread::msleep(5);
        return 0;
    });
    progress->show();
    settle(200);
    ok = save(progress, QStringLiteral("progress")) && ok;
    task.cancel();
    while (task.isRunning())
        settle(10);

    ok = importScreens(window, dir.path()) && ok;
    ok = contactsScreens(window, dir.path()) && ok;

    if (ExportDialog *exportDialog = window.exportActions()->showExport()) {
        exportDialog->setProfileId(QStringLiteral("brevo"));
        exportDialog->setOutputPath(QDir::home().filePath(QStringLiteral("Documents/brevo-contacts.csv")));
        while (exportDialog->isCounting())
            settle(20);
        ok = save(exportDialog, QStringLiteral("export")) && ok;
        exportDialog->close();
    }
    ok = activityScreens(window, dir.path()) && ok;
    ok = campaignScreens(window, dir.path(), contacts) && ok;

    // The icon set on one sheet: neutral, selected (accent) and the app icon.
    const QStringList icons = {QStringLiteral("home"),     QStringLiteral("contacts"), QStringLiteral("demo"),
                               QStringLiteral("open"),     QStringLiteral("new"),      QStringLiteral("backup"),
                               QStringLiteral("settings"), QStringLiteral("about"),    QStringLiteral("import"),
                               QStringLiteral("export"),   QStringLiteral("document")};
    QImage sheet(icons.size() * 72 + 16, 2 * 72 + 16, QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    for (int i = 0; i < icons.size(); ++i) {
        const QIcon icon = theme::icon(icons.at(i));
        painter.drawPixmap(16 + i * 72, 16, icon.pixmap(48, 48));
        painter.drawPixmap(16 + i * 72, 88, icon.pixmap(QSize(48, 48), QIcon::Selected));
    }
    painter.end();
    const QString sheetPath = QDir(outputDir).filePath(QStringLiteral("icons.png"));
    ok = sheet.save(sheetPath) && ok;
    QTextStream(stdout) << "saved " << sheetPath << Qt::endl;
    return ok ? 0 : 1;
}
