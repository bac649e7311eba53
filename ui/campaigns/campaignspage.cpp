#include "campaignspage.h"

#include "busyindicator.h"
#include "campaigndetail.h"
#include "campaignsmodel.h"
#include "campaignssortmodel.h"
#include "pageheader.h"
#include "theme.h"
#include "workspacesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace herald {
namespace {

enum State
{
    Loading,
    Empty,
    Listed,
    Failed
};

} // namespace

CampaignsPage::CampaignsPage(WorkspaceSession *session, QWidget *parent)
    : Page(session, parent), m_header(new PageHeader(tr("Campaigns"), this)), m_filter(new QLineEdit(this)),
      m_states(new QStackedWidget(this)), m_error(new QLabel(this)), m_model(new CampaignsModel(this)),
      m_sorted(new CampaignsSortModel(this))
{
    m_filter->setObjectName(QStringLiteral("campaignFilter"));
    m_filter->setPlaceholderText(tr("Filter by name or subject"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setFixedWidth(260);
    m_header->addTrailingWidget(m_filter);

    m_error->setObjectName(QStringLiteral("muted"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_states->insertWidget(Loading, new BusyIndicator(tr("Reading the campaigns…"), m_states));
    m_states->insertWidget(Empty, createEmptyState());
    m_states->insertWidget(Listed, createList());
    m_states->insertWidget(Failed, m_error);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addWidget(m_states, 1);

    connect(m_model, &CampaignsModel::loaded, this, &CampaignsPage::showCampaigns);
    connect(m_model, &CampaignsModel::loadFailed, this, [this](const QString &message) {
        m_error->setText(tr("The campaigns could not be read.\n%1").arg(message));
        m_states->setCurrentIndex(Failed);
        m_header->setSubtitle(QString());
        Q_EMIT campaignsLoaded();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_sorted->setFilterText(text);
        updateSubtitle();
        if (m_sorted->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
            m_table->selectRow(0);
        else if (m_sorted->rowCount() == 0)
            m_detail->showPlaceholder(tr("No campaign’s name or subject contains “%1”.").arg(text.trimmed()));
    });
    connect(session, &WorkspaceSession::workspaceChanged, this, [this] {
        // Another workspace's campaign ids and filter mean nothing here.
        m_selectedId = 0;
        m_filter->clear();
        reload();
    });
    connect(session, &WorkspaceSession::contentChanged, this, &CampaignsPage::reload);
    reload();
}

QString CampaignsPage::title() const
{
    return tr("Campaigns");
}

QIcon CampaignsPage::icon() const
{
    return theme::icon(u"campaigns");
}

QWidget *CampaignsPage::createEmptyState()
{
    auto *empty = new QWidget(m_states);
    auto *title = new QLabel(tr("No campaigns yet"), empty);
    title->setObjectName(QStringLiteral("sectionTitle"));
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Import campaign activity: the campaign reports and the opens, clicks, bounces and "
                               "unsubscribes your email service exports. Each campaign then appears here with its "
                               "open and click rates, revenue and how its opens arrived hour by hour."),
                            empty);
    text->setObjectName(QStringLiteral("muted"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(480);
    // Stretches rather than an alignment flag, which would give the wrapped text its one-line height.
    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(text, 2);
    centred->addStretch(1);
    auto *layout = new QVBoxLayout(empty);
    layout->setSpacing(8);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addLayout(centred);
    layout->addStretch(2);
    return empty;
}

QWidget *CampaignsPage::createList()
{
    m_sorted->setSourceModel(m_model);
    m_table = new QTableView(m_states);
    m_table->setObjectName(QStringLiteral("dataTable"));
    m_table->setModel(m_sorted);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CampaignsModel::Sent, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(30);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setMinimumSectionSize(50);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CampaignsModel::Name, QHeaderView::Stretch);

    m_detail = new CampaignDetail;
    auto *scroll = new QScrollArea(m_states);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_detail->setObjectName(QStringLiteral("pageContent"));
    scroll->setWidget(m_detail);

    auto *splitter = new QSplitter(Qt::Vertical, m_states);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 420});

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CampaignsPage::showCurrent);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CampaignsPage::fitColumns);
    return splitter;
}

QString CampaignsPage::subtitle() const
{
    return m_header->subtitle();
}

bool CampaignsPage::isShowingEmptyState() const
{
    return m_states->currentIndex() == Empty;
}

void CampaignsPage::reload()
{
    m_states->setCurrentIndex(Loading);
    m_header->setSubtitle(QString());
    m_model->load(session()->path());
}

void CampaignsPage::showCampaigns()
{
    if (m_model->rowCount() == 0) {
        m_states->setCurrentIndex(Empty);
        m_detail->showPlaceholder(QString());
        updateSubtitle();
        Q_EMIT campaignsLoaded();
        return;
    }
    m_states->setCurrentIndex(Listed);
    fitColumns();
    updateSubtitle();
    if (!selectCampaign(m_selectedId) && m_sorted->rowCount() > 0)
        m_table->selectRow(0);
    Q_EMIT campaignsLoaded();
}

void CampaignsPage::fitColumns()
{
    // Every column but the name fits its widest value and its header, leaving the name the rest. Measured here
    // rather than with resizeColumnToContents, which reserves room for a sort arrow beside every header and
    // would leave the name no room at a laptop's width. A workspace has hundreds of campaigns, not millions.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics cells = m_table->fontMetrics();
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics headings(bold);
    for (int column = CampaignsModel::Sent; column < CampaignsModel::ColumnCount; ++column) {
        int width = 0;
        for (const QString &line : m_sorted->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n')))
            width = std::max(width, headings.horizontalAdvance(line) + 18);
        for (int row = 0; row < m_model->rowCount(); ++row)
            width = std::max(width, cells.horizontalAdvance(m_model->index(row, column).data().toString()) + 16);
        header->resizeSection(column, width);
    }
}

bool CampaignsPage::selectCampaign(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(sourceRow, CampaignsModel::Name));
    if (!index.isValid())
        return false;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

void CampaignsPage::showCurrent()
{
    const QModelIndex current = m_sorted->mapToSource(m_table->selectionModel()->currentIndex());
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        if (m_sorted->rowCount() > 0)
            m_detail->showPlaceholder(tr("Select a campaign to see its results."));
        return;
    }
    const CampaignStats &campaign = m_model->campaigns().at(current.row());
    m_selectedId = campaign.id;
    m_detail->showCampaign(campaign, m_model->sentText(campaign.sentAt), session()->path());
}

void CampaignsPage::updateSubtitle()
{
    const QLocale locale;
    const qsizetype total = m_model->rowCount();
    if (total == 0) {
        m_header->setSubtitle(QString());
        return;
    }
    const QString zone = QString::fromUtf8(m_model->timeZone().id());
    if (m_sorted->rowCount() == total) {
        m_header->setSubtitle(total == 1 ? tr("1 campaign · times in %1").arg(zone)
                                         : tr("%1 campaigns · times in %2").arg(locale.toString(total), zone));
        return;
    }
    m_header->setSubtitle(tr("%1 of %2 campaigns").arg(locale.toString(m_sorted->rowCount()), locale.toString(total)));
}

} // namespace herald
