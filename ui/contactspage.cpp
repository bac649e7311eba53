#include "contactspage.h"

#include "contactsmodel.h"
#include "domain.h"
#include "messagebox.h"
#include "numbertext.h"
#include "pageheader.h"
#include "theme.h"
#include "workspacesession.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace herald {

ContactsPage::ContactsPage(WorkspaceSession *session, QWidget *parent)
    : Page(session, parent), m_header(new PageHeader(tr("Contacts"), this)), m_model(new ContactsModel(this)),
      m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("contactsTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setIconSize(QSize(16, 16));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(30);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(60);
    // Fixed starting widths: sizing to contents would read every row, which a lazy million rows must not do.
    // The email column takes what is left.
    const std::pair<int, int> widths[] = {
        {ContactsModel::FirstName, 90}, {ContactsModel::LastName, 100}, {ContactsModel::Company, 140},
        {ContactsModel::Country, 115},  {ContactsModel::TimeZone, 150}, {ContactsModel::Status, 125},
        {ContactsModel::Created, 85},
    };
    for (const auto &[column, width] : widths) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
    // Status names are few and known, so their column can fit the longest one in the current language.
    int statusWidth = header->sectionSize(ContactsModel::Status);
    for (const ContactStatus status : allContactStatuses)
        statusWidth = std::max(statusWidth, m_table->fontMetrics().horizontalAdvance(statusDisplayName(status)) +
                                                m_table->iconSize().width() + 16);
    header->resizeSection(ContactsModel::Status, statusWidth);
    header->setSectionResizeMode(ContactsModel::Email, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addWidget(m_table, 1);

    connect(m_model, &ContactsModel::totalCountChanged, this, &ContactsPage::showTotal);
    // Queued: the model fails inside fetchMore, in the middle of the view's own event handling.
    connect(
        m_model, &ContactsModel::loadFailed, this,
        [this](const QString &message) {
            MessageBox::warning(this, tr("Contacts"), tr("Some contacts could not be read."), message);
        },
        Qt::QueuedConnection);
    connect(session, &WorkspaceSession::workspaceChanged, this, &ContactsPage::resetModel);
    connect(session, &WorkspaceSession::contentChanged, this, &ContactsPage::resetModel);
    resetModel();
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

void ContactsPage::resetModel()
{
    m_model->setWorkspace(session()->workspace());
}

void ContactsPage::showTotal(qint64 total)
{
    m_header->setSubtitle(total < 0 ? tr("Counting contacts…") : contactCountText(total));
}

} // namespace herald
