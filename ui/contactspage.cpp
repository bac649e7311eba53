#include "contactspage.h"

#include "appsettings.h"
#include "contacts/contactdetaildialog.h"
#include "contacts/contactfilterbar.h"
#include "contacts/contactsstyle.h"
#include "contacts/workerworkspace.h"
#include "contactsmodel.h"
#include "domain.h"
#include "messagebox.h"
#include "numbertext.h"
#include "pageheader.h"
#include "query/contactfacets.h"
#include "theme.h"
#include "workspacesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace herald {
namespace {

bool isFiltered(const ContactQuery &query)
{
    return !query.search.isEmpty() || !query.statuses.isEmpty() || !query.tags.isEmpty() ||
           !query.countries.isEmpty() || !query.timeZones.isEmpty() || !query.engagement.isEmpty();
}

// The columns' keys in the settings (AppSettings::hiddenContactColumns), by ContactsModel::Column.
constexpr std::array<const char *, ContactsModel::ColumnCount> columnKeys = {
    "email",         "first_name", "last_name", "company",   "status",  "engagement",
    "last_activity", "tags",       "country",   "time_zone", "created",
};

// A loading bar for queries that answer at once would only flicker.
constexpr int busyDelayMs = 150;

} // namespace

ContactsPage::ContactsPage(WorkspaceSession *session, QWidget *parent)
    : Page(session, parent), m_header(new PageHeader(tr("Contacts"), this)), m_filters(new ContactFilterBar(this)),
      m_model(new ContactsModel(this)), m_stack(new QStackedWidget(this)), m_table(new QTableView(this)),
      m_busy(new QProgressBar(this)), m_busyDelay(new QTimer(this))
{
    setStyleSheet(contactsStyleSheet());
    m_table->setObjectName(QStringLiteral("contactsTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setIconSize(QSize(16, 16));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(30);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(60);
    // Fixed starting widths: sizing to contents would read every row, which a lazy million rows must not do. The
    // columns shown by default fit a 1280-pixel window; the last one shown takes what is left.
    const std::pair<int, int> widths[] = {
        {ContactsModel::Email, 215},        {ContactsModel::FirstName, 90}, {ContactsModel::LastName, 100},
        {ContactsModel::Company, 130},      {ContactsModel::Status, 125},   {ContactsModel::Engagement, 135},
        {ContactsModel::LastActivity, 100}, {ContactsModel::Tags, 110},     {ContactsModel::Country, 120},
        {ContactsModel::TimeZone, 150},     {ContactsModel::Created, 90},
    };
    for (const auto &[column, width] : widths) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    // Status and engagement names are few and known, so their columns can fit the longest in the current language.
    const auto fit = [this, header](int column, const QStringList &names) {
        int width = header->sectionSize(column);
        for (const QString &name : names)
            width = std::max(width, m_table->fontMetrics().horizontalAdvance(name) + m_table->iconSize().width() + 20);
        header->resizeSection(column, width);
    };
    QStringList statusNames;
    for (const ContactStatus status : allContactStatuses)
        statusNames.append(statusDisplayName(status));
    fit(ContactsModel::Status, statusNames);
    QStringList levelNames;
    for (const EngagementLevel level : allEngagementLevels)
        levelNames.append(engagementDisplayName(level));
    fit(ContactsModel::Engagement, levelNames);

    // Sorting goes through the query (an index per sortable column); the header shows the query's sort and
    // refuses columns that have none.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    updateSortIndicator();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (!ContactsModel::sortField(column))
            return updateSortIndicator();
        m_model->sort(column, order);
    });
    // The header's menu shows and hides columns (the email address always shows), remembered for the next start.
    const QStringList hidden = AppSettings::hiddenContactColumns();
    for (int column = ContactsModel::Email + 1; column < ContactsModel::ColumnCount; ++column)
        header->setSectionHidden(column, hidden.contains(QLatin1StringView(columnKeys[std::size_t(column)])));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &position) {
        QMenu menu(this);
        fillColumnsMenu(&menu);
        menu.exec(header->mapToGlobal(position));
    });

    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(3);
    QSizePolicy busyPolicy = m_busy->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true); // appearing must not push the table down
    m_busy->setSizePolicy(busyPolicy);
    m_busy->hide();
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(busyDelayMs);
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);

    buildEmptyState();
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 20);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addSpacing(14);
    // Columns, right of the filters: the same menu as the table header's.
    auto *columns = new QPushButton(tr("Columns"), this);
    columns->setObjectName(QStringLiteral("filterButton"));
    columns->setAccessibleName(tr("Choose columns"));
    auto *columnsMenu = new QMenu(columns);
    columnsMenu->setObjectName(QStringLiteral("columnsMenu"));
    connect(columnsMenu, &QMenu::aboutToShow, this, [this, columnsMenu] {
        columnsMenu->clear();
        fillColumnsMenu(columnsMenu);
    });
    // Not QPushButton::setMenu(), whose arrow would not match the filter buttons beside it.
    connect(columns, &QPushButton::clicked, columnsMenu,
            [columns, columnsMenu] { columnsMenu->popup(columns->mapToGlobal(QPoint(0, columns->height() + 2))); });
    m_columnsButton = columns;
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->setSpacing(8);
    filterRow->addWidget(m_filters, 1);
    filterRow->addWidget(columns, 0, Qt::AlignTop);
    layout->addLayout(filterRow);
    layout->addSpacing(9);
    layout->addWidget(m_busy);
    layout->addSpacing(2);
    layout->addWidget(m_stack, 1);

    connect(m_filters, &ContactFilterBar::changed, this, &ContactsPage::applyFilters);
    connect(m_model, &ContactsModel::totalCountChanged, this, &ContactsPage::updateSubtitle);
    connect(m_model, &ContactsModel::queryLoaded, this, [this] {
        updateEmptyState();
        updateSubtitle();
    });
    connect(m_model, &ContactsModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            if (!m_busyDelay->isActive() && m_busy->isHidden())
                m_busyDelay->start();
        } else {
            m_busyDelay->stop();
            m_busy->hide();
        }
    });
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { showContact(index.data(ContactsModel::ContactIdRole).toLongLong()); });
    // Queued: the model fails inside fetchMore, in the middle of the view's own event handling.
    connect(
        m_model, &ContactsModel::loadFailed, this,
        [this](const QString &message) {
            MessageBox::warning(this, tr("Contacts"), tr("Some contacts could not be read."), message);
        },
        Qt::QueuedConnection);
    connect(session, &WorkspaceSession::workspaceChanged, this, [this] {
        // Another workspace has other tags and countries: start from the whole list.
        if (m_detail)
            m_detail->close();
        {
            const QSignalBlocker blocker(m_filters);
            m_filters->clearFilters();
            m_filters->clearSearch();
        }
        m_model->setWorkspace(nullptr); // so that the emptied query does not run on the old workspace
        ContactQuery query = m_model->query();
        m_filters->applyTo(query);
        m_model->setQuery(query);
        resetModel();
    });
    connect(session, &WorkspaceSession::contentChanged, this, &ContactsPage::resetModel);
    resetModel();
}

ContactsPage::~ContactsPage() = default;

void ContactsPage::buildEmptyState()
{
    m_empty = new QWidget(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAttribute(Qt::WA_StyledBackground);
    m_emptyTitle = new QLabel(m_empty);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    m_emptyText = new QLabel(m_empty);
    m_emptyText->setObjectName(QStringLiteral("muted"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setMaximumWidth(560);
    m_emptyClearSearch = new QPushButton(tr("Clear search"), m_empty);
    m_emptyClearSearch->setObjectName(QStringLiteral("secondaryButton"));
    m_emptyClearFilters = new QPushButton(tr("Clear filters"), m_empty);
    m_emptyClearFilters->setObjectName(QStringLiteral("primaryButton"));
    connect(m_emptyClearSearch, &QPushButton::clicked, m_filters, &ContactFilterBar::clearSearch);
    connect(m_emptyClearFilters, &QPushButton::clicked, m_filters, &ContactFilterBar::clearFilters);

    auto *icon = new QLabel(m_empty);
    icon->setPixmap(theme::icon(u"contacts").pixmap(QSize(40, 40), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    buttons->addStretch(1);
    buttons->addWidget(m_emptyClearSearch);
    buttons->addWidget(m_emptyClearFilters);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(m_empty);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->setSpacing(10);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

QString ContactsPage::title() const
{
    return tr("Contacts");
}

QIcon ContactsPage::icon() const
{
    return theme::icon(u"contacts");
}

QString ContactsPage::subtitle() const
{
    return m_header->subtitle();
}

QWidget *ContactsPage::emptyState() const
{
    return m_empty;
}

QString ContactsPage::emptyStateText() const
{
    return m_emptyTitle->text() + QLatin1Char('\n') + m_emptyText->text();
}

bool ContactsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

ContactDetailDialog *ContactsPage::detailDialog() const
{
    return m_detail;
}

ContactDetailDialog *ContactsPage::showContact(qint64 contactId)
{
    if (!session()->workspace() || contactId <= 0)
        return nullptr;
    if (!m_detail) {
        m_detail = new ContactDetailDialog(this);
        m_detail->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_detail->showContact(session()->workspace(), contactId);
    m_detail->show();
    m_detail->raise();
    m_detail->activateWindow();
    return m_detail;
}

void ContactsPage::resetModel()
{
    m_workspaceTotal = -1;
    m_model->setWorkspace(session()->workspace());
    loadFacets();
    updateSubtitle();
}

void ContactsPage::applyFilters()
{
    ContactQuery query = m_model->query();
    m_filters->applyTo(query);
    m_model->setQuery(query);
    updateSubtitle();
}

void ContactsPage::loadFacets()
{
    delete m_facetsTask;
    m_facetsLoaded = false;
    if (!session()->workspace())
        return;
    auto *task = new TaskRunner<ContactFacets>(this);
    m_facetsTask = task;
    connect(task, &TaskRunnerBase::finished, this, [this, task] {
        const Result<ContactFacets> facets = task->takeResult();
        task->deleteLater();
        if (m_facetsTask != task)
            return;
        if (!facets) {
            MessageBox::warning(this, tr("Contacts"), tr("The filter choices could not be read."),
                                facets.error().message);
            return;
        }
        showFacets(facets.value());
    });
    task->start([path = session()->path()](const JobControl &control) -> Result<ContactFacets> {
        auto workspace = openWorkerWorkspace(path, control);
        if (!workspace)
            return workspace.error();
        return loadContactFacets((*workspace)->db());
    });
}

void ContactsPage::showFacets(const ContactFacets &facets)
{
    m_filters->setFacets(facets);
    qint64 total = 0;
    for (const auto &[status, count] : facets.statuses)
        total += count;
    m_workspaceTotal = total;
    m_facetsLoaded = true;
    updateSubtitle();
}

void ContactsPage::updateSubtitle()
{
    if (!session()->workspace()) {
        m_header->setSubtitle(QString());
        return;
    }
    const qint64 total = m_model->totalCount();
    if (!isFiltered(m_model->query())) {
        if (total >= 0)
            m_workspaceTotal = total;
        m_header->setSubtitle(total < 0 ? tr("Counting contacts…") : contactCountText(total));
        return;
    }
    const QLocale locale;
    if (total < 0)
        m_header->setSubtitle(tr("Counting matching contacts…"));
    else if (m_workspaceTotal < 0)
        m_header->setSubtitle(tr("%1 matching").arg(contactCountText(total)));
    else if (m_workspaceTotal == 1)
        m_header->setSubtitle(tr("%1 of 1 contact").arg(locale.toString(total)));
    else
        m_header->setSubtitle(tr("%1 of %2 contacts").arg(locale.toString(total), locale.toString(m_workspaceTotal)));
}

void ContactsPage::updateEmptyState()
{
    const bool empty = session()->workspace() && m_model->rowCount() == 0 && !m_model->isLoading();
    if (!empty) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    const ContactQuery &query = m_model->query();
    const bool searched = !query.search.isEmpty();
    const bool filtered = m_filters->hasFilters();
    if (searched && filtered)
        m_emptyTitle->setText(tr("No contacts match “%1” with these filters").arg(query.search));
    else if (searched)
        m_emptyTitle->setText(tr("No contacts match “%1”").arg(query.search));
    else if (filtered)
        m_emptyTitle->setText(tr("No contacts match these filters"));
    else
        m_emptyTitle->setText(tr("No contacts yet"));
    QStringList hints;
    if (searched)
        hints.append(tr("Search finds words that start with what you type, in names, email addresses and "
                        "company names."));
    if (filtered)
        hints.append(tr("Filters combine: a contact has to match each of them. Remove one or clear them all."));
    if (!searched && !filtered)
        hints.append(tr("Import contacts from your email service to see them here."));
    m_emptyText->setText(hints.join(QLatin1Char(' ')));
    m_emptyClearSearch->setVisible(searched);
    m_emptyClearFilters->setVisible(filtered);
    m_emptyClearSearch->setObjectName(filtered ? QStringLiteral("secondaryButton") : QStringLiteral("primaryButton"));
    m_emptyClearSearch->style()->unpolish(m_emptyClearSearch);
    m_emptyClearSearch->style()->polish(m_emptyClearSearch);
    m_stack->setCurrentWidget(m_empty);
}

void ContactsPage::fillColumnsMenu(QMenu *menu)
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = ContactsModel::Email + 1; column < ContactsModel::ColumnCount; ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QLatin1StringView("column_") + QLatin1StringView(columnKeys[std::size_t(column)]));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            QStringList hidden;
            for (int other = ContactsModel::Email + 1; other < ContactsModel::ColumnCount; ++other)
                if (header->isSectionHidden(other))
                    hidden.append(QLatin1StringView(columnKeys[std::size_t(other)]));
            AppSettings::setHiddenContactColumns(hidden);
        });
    }
}

void ContactsPage::updateSortIndicator()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(ContactsModel::columnOf(m_model->query().sort), m_model->query().order);
    header->viewport()->update();
}

} // namespace herald
