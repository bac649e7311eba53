// bench: opening a 1,000,000-contact workspace in the main window: time to usable, lazy contacts paging

#include "contactsmodel.h"
#include "contactspage.h"
#include "query/contactquery.h"
#include "homepage.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "navigationview.h"
#include "sampleworkspace.h"
#include "theme.h"
#include "workspace.h"
#include "workspaceactions.h"
#include "workspacesession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace herald;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// One page of rows by email, from the start or after the `skip`-th contact, keyset or OFFSET.
double pageMs(Database &db, qint64 skip, bool keyset)
{
    ContactPageKey after;
    if (keyset && skip > 0) {
        Statement key = db.prepare("SELECT email_key, id FROM contacts ORDER BY email_key, id LIMIT 1 OFFSET ?1");
        key.bind(1, skip - 1);
        if (key.step())
            after = {key.columnText(0), key.columnInt(1)};
    }
    QElapsedTimer timer;
    timer.start();
    if (keyset) {
        const Result<ContactPage> page = ContactQuery().fetchPage(db, after, ContactsModel::defaultPageSize);
        Q_ASSERT(page && !page->rows.isEmpty());
    } else {
        Statement statement = db.prepare("SELECT id, email, first_name, last_name, company, country, time_zone, "
                                         "status, created_at FROM contacts ORDER BY email_key, id LIMIT ?1 OFFSET ?2");
        statement.bind(1, ContactsModel::defaultPageSize).bind(2, std::int64_t{skip});
        while (statement.step()) {
        }
    }
    return msSince(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HeraldBench"));
    QCoreApplication::setApplicationName(QStringLiteral("HeraldBench"));
    theme::apply(app);
    MessageBox::setAnswerAutomatically(true);
    const int contacts = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("million.herald"));
    QElapsedTimer timer;
    timer.start();
    {
        auto workspace = Workspace::open(path);
        SampleOptions options;
        options.contacts = contacts;
        options.events = false;
        fillSampleWorkspace(**workspace, options);
    }
    out << "Filled " << contacts << " contacts in " << qRound(msSince(timer)) << " ms ("
        << QFileInfo(path).size() / (1024 * 1024) << " MiB)" << Qt::endl;

    timer.restart();
    double openMs = 0;
    {
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting);
        openMs = msSince(timer);
    }

    // From the request to a window showing the contacts table with its first rows.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    timer.restart();
    // The longest the event loop goes without a turn while the workspace opens.
    double openGapMs = 0;
    {
        QElapsedTimer gap;
        gap.start();
        bool finished = false;
        QObject::connect(window.workspaceActions(), &WorkspaceActions::openFinished, [&finished] { finished = true; });
        window.openWorkspace(path);
        while (!finished) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            openGapMs = std::max(openGapMs, msSince(gap));
            gap.restart();
        }
    }
    if (!window.session()->isOpen())
        return 1;
    const double switchMs = msSince(timer);
    window.navigation()->showPage(window.contactsPage());
    QTableView *table = window.contactsPage()->table();
    while (table->model()->rowCount() == 0 && timer.elapsed() < 60000)
        QCoreApplication::processEvents();
    const double usableMs = msSince(timer);
    const int firstRows = table->model()->rowCount();

    // Background summary: the GUI thread stays free, measured as the longest gap between event-loop turns.
    QElapsedTimer gap;
    gap.start();
    double longestGapMs = 0;
    while (window.homePage()->isLoading() && timer.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        longestGapMs = std::max(longestGapMs, msSince(gap));
        gap.restart();
    }
    const double summaryMs = msSince(timer);

    // Scrolling: fetch ten pages as the view would, then compare a deep page with the first.
    auto *model = window.contactsPage()->model();
    timer.restart();
    for (int i = 0; i < 10; ++i)
        model->fetchMore({});
    const double tenPagesMs = msSince(timer);
    Database &db = window.session()->workspace()->db();
    const qint64 deep = contacts - 2 * ContactsModel::defaultPageSize;
    const double firstKeyset = pageMs(db, 0, true);
    const double deepKeyset = pageMs(db, deep, true);
    const double deepOffset = pageMs(db, deep, false);

    out << Qt::endl;
    out << QStringLiteral("%1 %2").arg(QStringLiteral("measure"), -44).arg(QStringLiteral("ms"), 10) << Qt::endl;
    const auto row = [&out](const QString &name, double ms) {
        out << QStringLiteral("%1 %2").arg(name, -44).arg(ms, 10, 'f', 1) << Qt::endl;
    };
    row(QStringLiteral("Workspace::open (quick_check, WAL)"), openMs);
    row(QStringLiteral("window has the workspace open"), switchMs);
    row(QStringLiteral("longest event-loop gap while it opens"), openGapMs);
    row(QStringLiteral("contacts table shows first rows"), usableMs);
    row(QStringLiteral("home summary ready (worker thread)"), summaryMs);
    row(QStringLiteral("longest event-loop gap while summary loads"), longestGapMs);
    row(QStringLiteral("fetch 10 more pages"), tenPagesMs);
    row(QStringLiteral("first page, keyset"), firstKeyset);
    row(QStringLiteral("page at the end, keyset"), deepKeyset);
    row(QStringLiteral("page at the end, OFFSET (for reference)"), deepOffset);
    out << "rows in view after first fetch: " << firstRows << " of " << model->totalCount() << Qt::endl;
    out << QStringLiteral("RESULT contacts=%1 usable_ms=%2 open_ms=%3 summary_ms=%4 max_gap_ms=%5 "
                          "deep_over_first_page=%6 offset_over_keyset=%7")
               .arg(contacts)
               .arg(usableMs, 0, 'f', 1)
               .arg(switchMs, 0, 'f', 1)
               .arg(summaryMs, 0, 'f', 1)
               .arg(std::max(longestGapMs, openGapMs), 0, 'f', 1)
               .arg(deepKeyset / firstKeyset, 0, 'f', 2)
               .arg(deepOffset / deepKeyset, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
