#include "importspage.h"

#include "importsmodel.h"
#include "importstep.h"
#include "importtext.h"
#include "messagebox.h"
#include "pageheader.h"
#include "rejectsexport.h"
#include "rejectsmodel.h"
#include "theme.h"
#include "uilogging.h"
#include "workspacesession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace herald {
namespace {

constexpr int rejectsShown = 1000;

enum State
{
    Empty,
    Listed
};

QTableView *dataTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QStringLiteral("dataTable"));
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(30);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

ImportsPage::ImportsPage(WorkspaceSession *session, QAction *importAction, QAction *activityAction, QWidget *parent)
    : Page(session, parent), m_header(new PageHeader(tr("Imports"), this)), m_states(new QStackedWidget(this)),
      m_model(new ImportsModel(this)), m_sorted(new QSortFilterProxyModel(this)), m_rejects(new RejectsModel(this)),
      m_rejectsTitle(new QLabel(this)), m_rejectsNote(new QLabel(this)), m_exportMessage(new QLabel(this)),
      m_export(steps::secondaryButton(tr("Export Rejects…"), this)), m_exporter(new RejectsExporter(this))
{
    // A button in the header that follows its action's enabled state.
    const auto addStart = [this](QAction *action, QPushButton *button) {
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
        button->setEnabled(action->isEnabled());
        m_header->addTrailingWidget(button);
    };
    auto *activity = steps::secondaryButton(tr("Import Campaign Activity…"), this);
    activity->setIcon(theme::tintedIcon(u"import", theme::accent()));
    activity->setObjectName(QStringLiteral("importActivityButton"));
    addStart(activityAction, activity);
    auto *start = new QPushButton(theme::tintedIcon(u"import", Qt::white), tr("Import Contacts…"), this);
    start->setObjectName(QStringLiteral("primaryButton"));
    addStart(importAction, start);

    auto *empty = new QWidget(m_states);
    auto *emptyTitle = new QLabel(tr("No imports yet"), empty);
    emptyTitle->setObjectName(QStringLiteral("sectionTitle"));
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto *emptyText = new QLabel(tr("Every file you import is listed here with what became of its rows, so you "
                                    "can always see where a contact came from and which rows were left out."),
                                 empty);
    emptyText->setObjectName(QStringLiteral("muted"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(460);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_states->insertWidget(Empty, empty);
    m_states->insertWidget(Listed, createList());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addWidget(m_states, 1);

    connect(m_export, &QPushButton::clicked, this, [this] {
        QString fileName;
        const qint64 id = selectedImport(&fileName);
        if (id > 0 && this->session()->isOpen())
            m_exporter->choose(this->session()->path(), {{id, fileName}}, fileName);
    });
    connect(m_exporter, &RejectsExporter::finished, this, [this](bool ok, const QString &message) {
        m_export->setEnabled(true);
        if (ok)
            m_exportMessage->setText(message);
        else
            MessageBox::critical(this, tr("Export Rejected Rows"), tr("The rejected rows could not be exported."),
                                 message);
    });
    connect(session, &WorkspaceSession::workspaceChanged, this, &ImportsPage::reload);
    connect(session, &WorkspaceSession::contentChanged, this, &ImportsPage::reload);
    reload();
}

QWidget *ImportsPage::createList()
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ImportsModel::SortRole);
    m_table = dataTable(m_sorted, m_states);
    m_table->setTextElideMode(Qt::ElideMiddle); // ZIP members: the archive and the member both matter
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImportsModel::Time, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    const std::pair<int, int> widths[] = {
        {ImportsModel::Time, 135},      {ImportsModel::Kind, 130},    {ImportsModel::Profile, 150},
        {ImportsModel::Rows, 70},       {ImportsModel::Imported, 70}, {ImportsModel::Updated, 75},
        {ImportsModel::Duplicates, 85}, {ImportsModel::Rejected, 75},
    };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    header->setSectionResizeMode(ImportsModel::File, QHeaderView::Stretch);

    m_rejectsTable = dataTable(m_rejects, m_states);
    m_rejectsTable->setColumnHidden(RejectsModel::File, true);
    m_rejectsTable->horizontalHeader()->resizeSection(RejectsModel::Line, 70);
    m_rejectsTable->horizontalHeader()->resizeSection(RejectsModel::FileColumn, 80);
    m_rejectsTable->horizontalHeader()->resizeSection(RejectsModel::Field, 170);
    m_rejectsTable->horizontalHeader()->setStretchLastSection(true);
    m_rejectsTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_rejectsNote->setObjectName(QStringLiteral("muted"));
    m_rejectsNote->setWordWrap(true);
    m_exportMessage->setObjectName(QStringLiteral("muted"));
    m_exportMessage->setWordWrap(true);

    auto *rejectsPane = new QWidget(m_states);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(12);
    bar->addWidget(m_rejectsTitle);
    bar->addWidget(m_exportMessage, 1);
    bar->addWidget(m_export);
    auto *rejectsLayout = new QVBoxLayout(rejectsPane);
    rejectsLayout->setContentsMargins(0, 12, 0, 0);
    rejectsLayout->setSpacing(8);
    rejectsLayout->addLayout(bar);
    rejectsLayout->addWidget(m_rejectsNote);
    rejectsLayout->addWidget(m_rejectsTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, m_states);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(rejectsPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 300});

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportsPage::showRejects);
    return splitter;
}

QString ImportsPage::title() const
{
    return tr("Imports");
}

QIcon ImportsPage::icon() const
{
    return theme::icon(u"import");
}

QString ImportsPage::subtitle() const
{
    return m_header->subtitle();
}

QString ImportsPage::rejectsTitle() const
{
    return m_rejectsTitle->text();
}

void ImportsPage::reload()
{
    Workspace *workspace = session()->workspace();
    QList<ImportSummary> imports;
    QTimeZone zone = QTimeZone::utc();
    if (workspace) {
        try {
            imports = listImports(workspace->db());
            zone = workspace->timeZone();
        } catch (const SqlError &error) {
            qCWarning(lcUi) << "Listing imports:" << error.message();
            MessageBox::warning(this, tr("Imports"), tr("The list of imports could not be read."), error.message());
        }
    }
    m_model->setImports(imports, zone);
    const QLocale locale;
    qint64 rejected = 0;
    for (const ImportSummary &summary : std::as_const(imports))
        rejected += summary.counts.rejected;
    m_header->setSubtitle(
        imports.isEmpty() ? QString()
        : imports.size() == 1
            ? tr("1 import, %1 rejected rows").arg(locale.toString(rejected))
            : tr("%1 imports, %2 rejected rows").arg(locale.toString(imports.size()), locale.toString(rejected)));
    m_states->setCurrentIndex(imports.isEmpty() ? Empty : Listed);
    m_exportMessage->clear();
    selectRow(0);
    showRejects();
}

void ImportsPage::selectRow(int row)
{
    if (row < 0 || row >= m_sorted->rowCount())
        return;
    m_table->selectionModel()->setCurrentIndex(m_sorted->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

qint64 ImportsPage::selectedImport(QString *fileName) const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return 0;
    if (fileName)
        *fileName = current.siblingAtColumn(ImportsModel::File).data(ImportsModel::RawValueRole).toString();
    return current.data(ImportsModel::ImportIdRole).toLongLong();
}

void ImportsPage::showRejects()
{
    QString fileName;
    const qint64 id = selectedImport(&fileName);
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 rejected =
        current.isValid()
            ? current.siblingAtColumn(ImportsModel::Rejected).data(ImportsModel::RawValueRole).toLongLong()
            : 0;
    QList<RejectedRow> rows;
    Workspace *workspace = session()->workspace();
    if (id > 0 && rejected > 0 && workspace) {
        try {
            for (const ImportReject &reject : importRejects(workspace->db(), id, rejectsShown))
                rows.append({fileName, reject});
        } catch (const SqlError &error) {
            qCWarning(lcUi) << "Reading rejected rows:" << error.message();
        }
    }
    m_rejects->setRejects(rows);
    const QLocale locale;
    m_rejectsTitle->setText(id > 0 ? tr("Rejected rows of %1").arg(fileName) : tr("Rejected rows"));
    m_rejectsNote->setText(id <= 0         ? tr("Select an import to see its rejected rows.")
                           : rejected == 0 ? tr("Every row of this file was imported.")
                           : rejected > rows.size()
                               ? tr("Showing the first %1 of %2; the export has them all.")
                                     .arg(locale.toString(rows.size()), locale.toString(rejected))
                               : tr("Each row is kept with its line in the file and the reason it was left out."));
    m_rejectsTable->setVisible(!rows.isEmpty());
    m_export->setEnabled(rejected > 0 && !m_exporter->isRunning());
}

void ImportsPage::exportRejectsTo(const QString &path)
{
    QString fileName;
    const qint64 id = selectedImport(&fileName);
    if (id <= 0 || !session()->isOpen())
        return;
    m_export->setEnabled(false);
    m_exporter->exportTo(session()->path(), {{id, fileName}}, path);
}

} // namespace herald
