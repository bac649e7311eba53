#include "eventoptionsstep.h"

#include "activitytext.h"
#include "eventdraft.h"
#include "filezonecombo.h"
#include "importtext.h"
#include "theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace herald {
namespace {

// A section: its title over a card whose grid the caller fills.
QWidget *section(const QString &title, QWidget *parent, QGridLayout **grid)
{
    auto *widget = new QWidget(parent);
    auto *frame = new QFrame(widget);
    frame->setObjectName(QStringLiteral("card"));
    *grid = new QGridLayout(frame);
    (*grid)->setContentsMargins(18, 14, 18, 10);
    (*grid)->setVerticalSpacing(2);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 10);
    layout->setSpacing(8);
    layout->addWidget(theme::sectionTitle(title, widget));
    layout->addWidget(frame);
    return widget;
}

// A radio button with a one-line explanation under it.
QRadioButton *addChoice(QGridLayout *grid, QButtonGroup *group, int id, const QString &title, const QString &detail)
{
    auto *button = new QRadioButton(title, grid->parentWidget());
    auto *note = theme::mutedNote(detail, grid->parentWidget());
    note->setContentsMargins(26, 0, 0, 6);
    group->addButton(button, id);
    const int row = grid->rowCount();
    grid->addWidget(button, row, 0);
    grid->addWidget(note, row + 1, 0);
    return button;
}

QString readAs(const QString &example, DateOrder order)
{
    const std::optional<qint64> seconds = DateTimeParser(QTimeZone::utc(), order).parse(example);
    if (!seconds)
        return QString();
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc()).date(), QLocale::LongFormat);
}

QString timeOfDay(qint64 seconds, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds, zone).time(), QStringLiteral("HH:mm"));
}

// A time from the sample written without an offset, and what it became: the example that shows what the zone does.
struct NaiveExample
{
    QString text;
    qint64 seconds = 0;
};

std::optional<NaiveExample> naiveExample(const EventImportPreview &preview)
{
    const bool campaigns = preview.record == RecordKind::Campaigns;
    const MappedColumn *column =
        preview.mapping.columnFor(campaigns ? QStringLiteral("campaign_sent_at") : QStringLiteral("event_time"));
    if (!column)
        return std::nullopt;
    const DateOrder order = preview.dateOrder == DateOrder::Unknown ? DateOrder::DayFirst : preview.dateOrder;
    for (const EventPreviewRow &row : preview.sample) {
        const bool read = campaigns ? row.mapped.kind == MappedEventRow::Kind::Campaign
                                    : row.mapped.kind == MappedEventRow::Kind::Event;
        if (!read)
            continue;
        const QString text = row.fields.value(column->index).trimmed();
        // A time whose reading does not depend on the zone carries its own offset (or is a Unix time).
        const auto utc = DateTimeParser(QTimeZone::utc(), order).parse(text);
        const auto shifted = DateTimeParser(QTimeZone(3600), order).parse(text);
        if (utc && shifted && *utc != *shifted)
            return NaiveExample{text, campaigns ? row.mapped.campaign.campaign.sentAt : row.mapped.event.occurredAt};
    }
    return std::nullopt;
}

} // namespace

EventOptionsStep::EventOptionsStep(ImportDraft *draft, EventDraft *events, QWidget *parent)
    : ImportStep(draft, parent), m_events(events), m_zone(new FileZoneCombo(this)), m_zoneNote(new QLabel(this)),
      m_zoneExample(new QLabel(this)), m_dateText(new QLabel(this)), m_dateOrder(new QButtonGroup(this)),
      m_unknownContacts(new QButtonGroup(this)), m_cancelledOrders(new QButtonGroup(this)),
      m_machine(new QSpinBox(this))
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("pageContent"));
    scroll->setWidget(content);

    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 8, 0);
    column->setSpacing(0);
    column->addWidget(createDates(content));
    column->addWidget(createZone(content));
    column->addWidget(createContacts(content));
    column->addWidget(createOrders(content));
    column->addWidget(createMachine(content));
    column->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_zone, &QComboBox::currentTextChanged, this, &EventOptionsStep::takeZone);
    connect(m_dateOrder, &QButtonGroup::idClicked, this, [this](int id) {
        m_events->setDateOrder(static_cast<DateOrder>(id));
        Q_EMIT completeChanged();
    });
    connect(m_unknownContacts, &QButtonGroup::idClicked, this,
            [this](int id) { m_events->setUnknownContacts(static_cast<UnknownContacts>(id)); });
    connect(m_cancelledOrders, &QButtonGroup::idClicked, this,
            [this](int id) { m_events->setCancelledOrders(static_cast<CancelledOrders>(id)); });
    connect(m_machine, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_events->setMachineOpenSeconds(seconds); });
    connect(events, &EventDraft::previewStarted, this, &EventOptionsStep::completeChanged);
    connect(events, &EventDraft::previewFinished, this, &EventOptionsStep::showPreview);
}

QWidget *EventOptionsStep::createZone(QWidget *parent)
{
    QGridLayout *grid = nullptr;
    QWidget *widget = section(tr("Times without a time zone"), parent, &grid);
    QWidget *card = grid->parentWidget();
    m_zone->setParent(card);
    m_zone->setMinimumWidth(360);
    m_zoneNote->setParent(card);
    m_zoneNote->setObjectName(QStringLiteral("muted"));
    m_zoneNote->setWordWrap(true);
    m_zoneExample->setParent(card);
    m_zoneExample->setWordWrap(true);
    m_zoneExample->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->setVerticalSpacing(8);
    grid->addWidget(theme::mutedNote(tr("The time of each event, written without an offset such as “+02:00”, is read "
                                        "in this zone. Herald stores it in UTC and shows it in each contact's zone."),
                                     card),
                    0, 0, 1, 2);
    grid->addWidget(m_zone, 1, 0);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_zoneNote, 2, 0, 1, 2);
    grid->addWidget(m_zoneExample, 3, 0, 1, 2);
    return widget;
}

QWidget *EventOptionsStep::createDates(QWidget *parent)
{
    QGridLayout *grid = nullptr;
    m_dateCard = section(tr("Day or month first?"), parent, &grid);
    QWidget *card = grid->parentWidget();
    m_dateText->setParent(card);
    m_dateText->setWordWrap(true);
    m_dateText->setContentsMargins(0, 0, 0, 6);
    grid->addWidget(m_dateText, 0, 0);
    addChoice(grid, m_dateOrder, int(DateOrder::DayFirst), QString(),
              tr("As in most of Europe, Latin America and Asia."));
    addChoice(grid, m_dateOrder, int(DateOrder::MonthFirst), QString(), tr("As in the United States."));
    return m_dateCard;
}

QWidget *EventOptionsStep::createContacts(QWidget *parent)
{
    QGridLayout *grid = nullptr;
    m_contactsCard = section(tr("Addresses Herald does not know yet"), parent, &grid);
    addChoice(grid, m_unknownContacts, int(UnknownContacts::Create), tr("Add them as not subscribed"),
              tr("Their activity is kept, and they get no marketing until they opt in. The consent ledger notes "
                 "that this import added them."));
    addChoice(grid, m_unknownContacts, int(UnknownContacts::Reject), tr("Reject their rows"),
              tr("Only contacts already in the workspace get activity; the other rows are listed as rejected, to "
                 "export and check."));
    m_unknownContacts->button(int(UnknownContacts::Create))->setChecked(true);
    return m_contactsCard;
}

QWidget *EventOptionsStep::createOrders(QWidget *parent)
{
    QGridLayout *grid = nullptr;
    m_ordersCard = section(tr("Cancelled orders"), parent, &grid);
    addChoice(grid, m_cancelledOrders, int(CancelledOrders::Negative), tr("Keep them with negative revenue"),
              tr("A cancellation nets out its order, so each customer's revenue is what they really spent."));
    addChoice(grid, m_cancelledOrders, int(CancelledOrders::Skip), tr("Leave them out"),
              tr("Cancellations are counted as skipped rows; the orders they cancel stay as they are."));
    m_cancelledOrders->button(int(CancelledOrders::Negative))->setChecked(true);
    return m_ordersCard;
}

QWidget *EventOptionsStep::createMachine(QWidget *parent)
{
    QGridLayout *grid = nullptr;
    m_machineCard = section(tr("Opens made by machines"), parent, &grid);
    QWidget *card = grid->parentWidget();
    m_machine->setParent(card);
    m_machine->setRange(0, 3600);
    m_machine->setSuffix(tr(" s"));
    m_machine->setValue(EventImportOptions().machineOpenSeconds);
    m_machine->setMinimumWidth(110);
    auto *label = new QLabel(tr("An open within"), card);
    auto *after = new QLabel(tr("of its send is a machine's, not a person's"), card);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(label);
    row->addWidget(m_machine);
    row->addWidget(after);
    row->addStretch(1);
    grid->setVerticalSpacing(8);
    grid->addLayout(row, 0, 0);
    grid->addWidget(theme::mutedNote(tr("Apple Mail Privacy Protection, image proxies and security scanners open mail "
                                        "seconds after it arrives. Herald flags those opens so that send-time models "
                                        "learn from people. Opens that a proxy's user agent gives away are flagged "
                                        "whatever this says."),
                                     card),
                    1, 0);
    return m_machineCard;
}

QString EventOptionsStep::title() const
{
    return tr("Options");
}

QString EventOptionsStep::heading() const
{
    return tr("Decide how the activity is added");
}

bool EventOptionsStep::isComplete() const
{
    if (!m_zoneValid || m_events->isPreviewing())
        return false;
    return !m_events->asksDateOrder() || m_events->options().dateOrder != DateOrder::Unknown;
}

void EventOptionsStep::enter()
{
    const auto &preview = m_events->preview();
    m_zone->setConventional(m_events->conventionalFileZone(),
                            preview ? importtext::profileName(preview->profileId) : QString());
    if (!m_events->options().fileZone.isValid()) {
        const QSignalBlocker blocker(m_zone);
        m_zone->setCurrentIndex(0);
    }
    m_unknownContacts->button(int(m_events->options().unknownContacts))->setChecked(true);
    m_cancelledOrders->button(int(m_events->options().cancelledOrders))->setChecked(true);
    m_machine->setValue(m_events->options().machineOpenSeconds);
    takeZone();
    showPreview();
}

QString EventOptionsStep::zoneExample() const
{
    return m_zoneExample->text();
}

QRadioButton *EventOptionsStep::dayFirstButton() const
{
    return qobject_cast<QRadioButton *>(m_dateOrder->button(int(DateOrder::DayFirst)));
}

QRadioButton *EventOptionsStep::monthFirstButton() const
{
    return qobject_cast<QRadioButton *>(m_dateOrder->button(int(DateOrder::MonthFirst)));
}

QRadioButton *EventOptionsStep::unknownContactsButton(int policy) const
{
    return qobject_cast<QRadioButton *>(m_unknownContacts->button(policy));
}

QRadioButton *EventOptionsStep::cancelledOrdersButton(int policy) const
{
    return qobject_cast<QRadioButton *>(m_cancelledOrders->button(policy));
}

void EventOptionsStep::takeZone()
{
    const std::optional<QTimeZone> zone = m_zone->chosenZone();
    m_zoneValid = zone.has_value();
    if (zone)
        m_events->setFileZone(*zone);
    m_zoneNote->setText(m_zone->problem());
    m_zoneNote->setVisible(!m_zoneValid);
    Q_EMIT completeChanged();
}

void EventOptionsStep::showPreview()
{
    const auto &preview = m_events->preview();
    const bool asks = m_events->asksDateOrder();
    m_dateCard->setVisible(asks);
    if (asks) {
        const QString example = m_events->ambiguousDate();
        if (example.isEmpty()) {
            m_dateText->setText(tr("The file writes some dates day first and others month first. Herald reads each "
                                   "such date the way it fits; choose the order for dates that could be read "
                                   "either way."));
            dayFirstButton()->setText(tr("Day first"));
            monthFirstButton()->setText(tr("Month first"));
        } else {
            m_dateText->setText(tr("Dates such as “%1” (line %2) could mean either. Herald reads every date of the "
                                   "file the same way.")
                                    .arg(example, QLocale().toString(m_events->ambiguousDateLine())));
            dayFirstButton()->setText(tr("Day first: %1").arg(readAs(example, DateOrder::DayFirst)));
            monthFirstButton()->setText(tr("Month first: %1").arg(readAs(example, DateOrder::MonthFirst)));
        }
        const DateOrder order = m_events->options().dateOrder;
        m_dateOrder->setExclusive(false); // both unchecked until the user answers
        dayFirstButton()->setChecked(order == DateOrder::DayFirst);
        monthFirstButton()->setChecked(order == DateOrder::MonthFirst);
        m_dateOrder->setExclusive(true);
    }
    m_contactsCard->setVisible(preview && preview->hasContacts);
    m_ordersCard->setVisible(preview && preview->hasOrders);
    m_machineCard->setVisible(preview && preview->hasOpens);

    const std::optional<NaiveExample> example = preview ? naiveExample(*preview) : std::nullopt;
    const QTimeZone workspace = m_events->workspaceZone();
    if (!preview) {
        m_zoneExample->clear();
    } else if (!example) {
        m_zoneExample->setText(tr("The times in the first rows carry their own offset, so this choice does not "
                                  "change them."));
    } else {
        const QString zone = QString::fromUtf8(preview->fileZone.id());
        const QString read = timeOfDay(example->seconds, preview->fileZone);
        m_zoneExample->setText(
            preview->fileZone == workspace
                ? tr("“%1” in the file is read as %2 in %3, the workspace's zone.").arg(example->text, read, zone)
                : tr("“%1” in the file is read as %2 %3, which is %4 in the workspace's zone (%5).")
                      .arg(example->text, read, zone, timeOfDay(example->seconds, workspace),
                           QString::fromUtf8(workspace.id())));
    }
    Q_EMIT completeChanged();
}

} // namespace herald
