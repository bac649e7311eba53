#include "navigationview.h"

#include "page.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace herald {

NavigationView::NavigationView(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_footerCaption(new QLabel(tr("WORKSPACE"), this)), m_footer(new QLabel(this))
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAttribute(Qt::WA_StyledBackground);
    sidebar->setFixedWidth(196);

    auto *logo = new QLabel(sidebar);
    logo->setPixmap(theme::appIcon().pixmap(QSize(28, 28), devicePixelRatioF()));
    auto *name = new QLabel(tr("Herald"), sidebar);
    name->setObjectName(QStringLiteral("sidebarTitle"));
    auto *brand = new QHBoxLayout;
    brand->setSpacing(10);
    brand->addWidget(logo);
    brand->addWidget(name, 1);

    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setIconSize(QSize(20, 20));
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_footerCaption->setObjectName(QStringLiteral("sidebarCaption"));
    m_footer->setObjectName(QStringLiteral("sidebarFooter"));
    m_footer->setWordWrap(true);

    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(12, 16, 12, 12);
    sidebarLayout->setSpacing(14);
    sidebarLayout->addLayout(brand);
    sidebarLayout->addWidget(m_list, 1);
    auto *footer = new QVBoxLayout;
    footer->setSpacing(2);
    footer->setContentsMargins(8, 0, 0, 0);
    footer->addWidget(m_footerCaption);
    footer->addWidget(m_footer);
    sidebarLayout->addLayout(footer);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        m_stack->setCurrentIndex(row);
        Q_EMIT currentPageChanged(m_pages.at(row));
    });
}

void NavigationView::addPage(Page *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_list);
    item->setSizeHint(QSize(0, 38));
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

void NavigationView::showPage(Page *page)
{
    const auto row = m_pages.indexOf(page);
    if (row >= 0)
        m_list->setCurrentRow(static_cast<int>(row));
}

Page *NavigationView::currentPage() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row) : nullptr;
}

void NavigationView::setWorkspaceName(const QString &name)
{
    m_footer->setText(name);
    m_footerCaption->setVisible(!name.isEmpty());
}

} // namespace herald
