#include "filterpopup.h"

#include "contactlabels.h"
#include "theme.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace herald {
namespace {

constexpr int keyRole = Qt::UserRole + 1;
constexpr int searchFrom = 9; // shorter lists fit at a glance

} // namespace

FilterPopup::FilterPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup), m_search(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_empty(new QLabel(tr("Nothing matches"), this)), m_summary(new QLabel(this)),
      m_clear(new QPushButton(tr("Clear"), this)), m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("filterPopup"));
    setFrameShape(QFrame::StyledPanel);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    m_search->setPlaceholderText(tr("Find…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(searchIcon(), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_empty->setVisible(m_proxy->rowCount() == 0);
    });

    m_view->setObjectName(QStringLiteral("filterList"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setItemsExpandable(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setIconSize(QSize(16, 16));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->header()->setStretchLastSection(false);
    m_view->installEventFilter(this);
    connect(m_view, &QAbstractItemView::clicked, this, &FilterPopup::toggleRow);

    m_empty->setObjectName(QStringLiteral("muted"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    m_summary->setObjectName(QStringLiteral("muted"));
    m_clear->setObjectName(QStringLiteral("linkButton"));
    m_clear->setFlat(true);
    m_clear->setCursor(Qt::PointingHandCursor);
    connect(m_clear, &QPushButton::clicked, this, &FilterPopup::clearSelection);

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(8, 0, 4, 0);
    footer->addWidget(m_summary, 1);
    footer->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(footer);
}

void FilterPopup::setOptions(const QList<FilterOption> &options, const QStringList &selected)
{
    const QLocale locale;
    m_model->clear();
    m_model->setColumnCount(2);
    for (const FilterOption &option : options) {
        auto *label = new QStandardItem(option.icon, option.label);
        label->setData(option.key, keyRole);
        label->setData(selected.contains(option.key) ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
        label->setToolTip(option.label);
        // Ticked by our own click handling: a user-checkable item would toggle twice.
        label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *count = new QStandardItem(option.count < 0 ? QString() : locale.toString(option.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setForeground(theme::mutedText());
        count->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_model->appendRow({label, count});
    }
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_search->setVisible(options.size() >= searchFrom);
    m_search->clear();
    m_empty->setVisible(options.isEmpty());
    m_empty->setText(options.isEmpty() ? tr("No values in this workspace") : tr("Nothing matches"));
    updateFooter();
}

QStringList FilterPopup::selection() const
{
    QStringList keys;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row, 0);
        if (item->checkState() == Qt::Checked)
            keys.append(item->data(keyRole).toString());
    }
    return keys;
}

void FilterPopup::toggle(const QString &key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row, 0);
        if (item->data(keyRole).toString() == key)
            return toggleRow(m_proxy->mapFromSource(item->index()));
    }
}

void FilterPopup::toggleRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    QStandardItem *item = m_model->item(m_proxy->mapToSource(proxyIndex).row(), 0);
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    updateFooter();
    Q_EMIT selectionChanged(selection());
}

void FilterPopup::clearSelection()
{
    bool changed = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row, 0);
        if (item->checkState() == Qt::Checked) {
            item->setCheckState(Qt::Unchecked);
            changed = true;
        }
    }
    updateFooter();
    if (changed)
        Q_EMIT selectionChanged({});
}

void FilterPopup::updateFooter()
{
    const qsizetype selected = selection().size();
    m_summary->setText(selected ? tr("%1 selected").arg(QLocale().toString(selected)) : tr("Any"));
    m_clear->setEnabled(selected > 0);
}

void FilterPopup::popUp(QWidget *anchor)
{
    const int rows = static_cast<int>(qMin<qsizetype>(m_model->rowCount(), 12));
    const int rowHeight = qMax(m_view->sizeHintForRow(0), fontMetrics().height() + 8);
    const int height = (m_search->isVisible() ? m_search->sizeHint().height() + 6 : 0) + qMax(rows, 2) * rowHeight + 4 +
                       m_clear->sizeHint().height() + 6 + 12;
    resize(qMax(anchor->width(), 300), height);
    QPoint position = anchor->mapToGlobal(QPoint(0, anchor->height() + 4));
    if (const QScreen *screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        position.setX(qMin(position.x(), available.right() - width()));
        position.setY(qMin(position.y(), available.bottom() - this->height()));
    }
    move(position);
    show();
    if (m_search->isVisible())
        m_search->setFocus();
    else
        m_view->setFocus();
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
}

bool FilterPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_view &&
        (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        toggleRow(m_view->currentIndex().siblingAtColumn(0));
        return true;
    }
    // From the search field, the arrows move through the list and Enter ticks the highlighted choice.
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
            const int next = qBound(0, row + (key->key() == Qt::Key_Down ? 1 : -1), m_proxy->rowCount() - 1);
            m_view->setCurrentIndex(m_proxy->index(next, 0));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            toggleRow(m_view->currentIndex().isValid() ? m_view->currentIndex().siblingAtColumn(0)
                                                       : m_proxy->index(0, 0));
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace herald
