#include "contactfilterbar.h"

#include "contactlabels.h"
#include "filterbutton.h"
#include "theme.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace herald {
namespace {

// Tags, countries and zones alphabetically by what the user reads.
void sortByLabel(QList<FilterOption> &options)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(options.begin(), options.end(), [&collator](const FilterOption &a, const FilterOption &b) {
        return collator.compare(a.label, b.label) < 0;
    });
}

qint64 countOf(const auto &counts, auto key)
{
    const auto found = counts.find(key);
    return found == counts.end() ? 0 : found->second;
}

constexpr int maxChipLabels = 3;

} // namespace

ContactFilterBar::ContactFilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_searchDelay(new QTimer(this)), m_chipsRow(new QWidget(this)),
      m_chips(new QHBoxLayout(m_chipsRow))
{
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setPlaceholderText(tr("Search name, email or company"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(searchIcon(), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(420);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        if (m_search->text().trimmed() == m_appliedSearch)
            return; // a trailing space finds nothing new
        m_appliedSearch = m_search->text().trimmed();
        Q_EMIT changed();
    });
    // Enter runs the search at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        if (m_search->text().trimmed() != m_appliedSearch) {
            m_appliedSearch = m_search->text().trimmed();
            Q_EMIT changed();
        }
    });

    const QString titles[FilterCount] = {tr("Status"), tr("Engagement"), tr("Tags"), tr("Country"), tr("Time zone")};
    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setSpacing(8);
    controls->addWidget(m_search, 1);
    controls->addSpacing(4);
    for (int filter = 0; filter < FilterCount; ++filter) {
        auto *button = new FilterButton(titles[filter], this);
        m_buttons[filter] = button;
        controls->addWidget(button);
        connect(button, &FilterButton::selectionChanged, this, [this] {
            updateChips();
            Q_EMIT changed();
        });
    }
    controls->addStretch(0);

    m_chipsRow->setObjectName(QStringLiteral("filterChips"));
    m_chips->setContentsMargins(0, 0, 0, 0);
    m_chips->setSpacing(6);
    m_chipsRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(controls);
    layout->addWidget(m_chipsRow);

    ContactFacets none;
    setFacets(none);
}

void ContactFilterBar::setFacets(const ContactFacets &facets)
{
    QList<FilterOption> statuses;
    for (const ContactStatus status : allContactStatuses)
        statuses.append(
            {statusKey(status), statusDisplayName(status), countOf(facets.statuses, status), theme::statusDot(status)});
    m_buttons[Status]->setOptions(statuses);

    QList<FilterOption> levels;
    for (const EngagementLevel level : allEngagementLevels)
        levels.append({engagementKey(level), engagementDisplayName(level), countOf(facets.engagement, level),
                       engagementDot(level)});
    m_buttons[Engagement]->setOptions(levels);

    QList<FilterOption> tags;
    for (const FacetValue &tag : facets.tags)
        tags.append({tag.value, tag.value, tag.contacts, {}});
    sortByLabel(tags);
    m_buttons[Tag]->setOptions(tags);

    QList<FilterOption> countries;
    for (const FacetValue &country : facets.countries) {
        if (country.value.isEmpty())
            continue; // the query matches stored codes; contacts without one cannot be picked out this way
        const QString name = countryName(country.value);
        countries.append({country.value,
                          name == country.value ? name : QStringLiteral("%1 (%2)").arg(name, country.value),
                          country.contacts,
                          {}});
    }
    sortByLabel(countries);
    m_buttons[Country]->setOptions(countries);

    QList<FilterOption> zones;
    FilterOption noZone;
    for (const FacetValue &zone : facets.timeZones) {
        if (zone.value.isEmpty())
            noZone = {QStringLiteral(""), tr("No time zone"), zone.contacts, {}};
        else
            zones.append({zone.value, zone.value, zone.contacts, {}});
    }
    sortByLabel(zones);
    if (noZone.count > 0)
        zones.prepend(noZone);
    m_buttons[TimeZone]->setOptions(zones);
    updateChips();
}

void ContactFilterBar::applyTo(ContactQuery &query) const
{
    query.search = m_appliedSearch;
    query.statuses.clear();
    for (const QString &key : m_buttons[Status]->selection())
        if (const auto status = statusFromKey(key))
            query.statuses.append(*status);
    query.engagement.clear();
    for (const QString &key : m_buttons[Engagement]->selection())
        if (const auto level = engagementFromKey(key))
            query.engagement.append(*level);
    query.tags = m_buttons[Tag]->selection();
    query.countries = m_buttons[Country]->selection();
    query.timeZones = m_buttons[TimeZone]->selection();
}

bool ContactFilterBar::hasFilters() const
{
    return std::any_of(m_buttons.cbegin(), m_buttons.cend(),
                       [](const FilterButton *button) { return !button->selection().isEmpty(); });
}

QString ContactFilterBar::searchText() const
{
    return m_appliedSearch;
}

void ContactFilterBar::clearFilters()
{
    if (!hasFilters())
        return;
    for (FilterButton *button : m_buttons)
        button->setSelection({});
    updateChips();
    Q_EMIT changed();
}

void ContactFilterBar::clearSearch()
{
    m_search->clear();
    m_searchDelay->stop();
    if (!m_appliedSearch.isEmpty()) {
        m_appliedSearch.clear();
        Q_EMIT changed();
    }
}

QStringList ContactFilterBar::chipTexts() const
{
    QStringList texts;
    for (const QPushButton *chip : m_chipsRow->findChildren<QPushButton *>(QStringLiteral("filterChip")))
        texts.append(chip->text());
    return texts;
}

void ContactFilterBar::updateChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (FilterButton *button : m_buttons) {
        const QStringList labels = button->selectedLabels();
        if (labels.isEmpty())
            continue;
        QString shown = labels.mid(0, maxChipLabels).join(QStringLiteral(", "));
        if (labels.size() > maxChipLabels)
            shown = tr("%1 and %2 more").arg(shown, QLocale().toString(labels.size() - maxChipLabels));
        auto *chip = new QPushButton(QStringLiteral("%1: %2").arg(button->title(), shown), m_chipsRow);
        chip->setObjectName(QStringLiteral("filterChip"));
        chip->setIcon(removeIcon());
        chip->setIconSize(QSize(12, 12));
        chip->setLayoutDirection(Qt::RightToLeft); // the cross after the text
        chip->setCursor(Qt::PointingHandCursor);
        chip->setToolTip(tr("Remove this filter"));
        chip->setAccessibleName(tr("Remove filter %1").arg(button->title()));
        connect(chip, &QPushButton::clicked, this, [this, button] {
            button->setSelection({});
            // Deleting the chip inside its own click is not safe: rebuild once the click is done.
            QTimer::singleShot(0, this, &ContactFilterBar::updateChips);
            Q_EMIT changed();
        });
        m_chips->addWidget(chip);
    }
    if (m_chips->count() > 0) {
        auto *clear = new QPushButton(tr("Clear filters"), m_chipsRow);
        clear->setObjectName(QStringLiteral("linkButton"));
        clear->setFlat(true);
        clear->setCursor(Qt::PointingHandCursor);
        connect(clear, &QPushButton::clicked, this,
                [this] { QTimer::singleShot(0, this, &ContactFilterBar::clearFilters); });
        m_chips->addWidget(clear);
    }
    m_chips->addStretch(1);
    m_chipsRow->setVisible(m_chips->count() > 1);
}

} // namespace herald
