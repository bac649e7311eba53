#pragma once

#include "query/contactfacets.h"
#include "query/contactquery.h"

#include <QWidget>

#include <array>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace herald {

class FilterButton;

// The contacts page's search field, its filter buttons and, under them, the active filters as removable chips
// with a "Clear filters" action. It edits the search and filter half of a ContactQuery; the sort stays the
// table header's.
class ContactFilterBar : public QWidget
{
    Q_OBJECT
public:
    enum Filter
    {
        Status,
        Engagement,
        Tag,
        Country,
        TimeZone,
        FilterCount
    };
    // How long typing may pause before the search runs: one query per word, not per key.
    static constexpr int searchDelayMs = 200;

    explicit ContactFilterBar(QWidget *parent = nullptr);

    // The choices with their counts, read on a worker (loadContactFacets).
    void setFacets(const ContactFacets &facets);
    // Copies the search and the filters into `query`.
    void applyTo(ContactQuery &query) const;
    bool hasFilters() const;
    QString searchText() const;

    QLineEdit *searchField() const { return m_search; }
    FilterButton *button(Filter filter) const { return m_buttons[filter]; }
    QWidget *chipsRow() const { return m_chipsRow; }
    QStringList chipTexts() const;

public Q_SLOTS:
    void clearFilters();
    void clearSearch();

Q_SIGNALS:
    // The search (after its pause) or a filter changed.
    void changed();

private:
    void updateChips();

    QLineEdit *m_search;
    QTimer *m_searchDelay;
    std::array<FilterButton *, FilterCount> m_buttons{};
    QWidget *m_chipsRow;
    QHBoxLayout *m_chips;
    QString m_appliedSearch;
};

} // namespace herald
