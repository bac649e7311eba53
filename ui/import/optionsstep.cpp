#include "optionsstep.h"

#include "filezonecombo.h"
#include "importdraft.h"
#include "importtext.h"
#include "theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace herald {
namespace {

// A radio button with a one-line explanation under it.
void addChoice(QGridLayout *grid, QButtonGroup *group, int id, const QString &title, const QString &detail)
{
    auto *button = new QRadioButton(title, grid->parentWidget());
    auto *note = theme::mutedNote(detail, grid->parentWidget());
    note->setContentsMargins(26, 0, 0, 6);
    group->addButton(button, id);
    const int row = grid->rowCount();
    grid->addWidget(button, row, 0);
    grid->addWidget(note, row + 1, 0);
}

QFrame *card(QWidget *parent, QGridLayout **grid)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("card"));
    *grid = new QGridLayout(frame);
    (*grid)->setContentsMargins(18, 14, 18, 10);
    (*grid)->setVerticalSpacing(2);
    return frame;
}

} // namespace

OptionsStep::OptionsStep(ImportDraft *draft, QWidget *parent)
    : ImportStep(draft, parent), m_duplicates(new QButtonGroup(this)), m_statuses(new QButtonGroup(this)),
      m_zone(new FileZoneCombo(this)), m_zoneNote(new QLabel(this))
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
    column->setSpacing(8);
    column->addWidget(theme::sectionTitle(tr("Contacts already in the workspace"), content));
    column->addWidget(createDuplicates());
    column->addSpacing(10);
    column->addWidget(theme::sectionTitle(tr("Rows that say nothing about consent"), content));
    column->addWidget(createStatus());
    column->addSpacing(10);
    column->addWidget(theme::sectionTitle(tr("Times without a time zone"), content));
    column->addWidget(createZone());
    column->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_duplicates, &QButtonGroup::idClicked, this,
            [this](int id) { this->draft()->setOnDuplicate(static_cast<DuplicatePolicy>(id)); });
    connect(m_statuses, &QButtonGroup::idClicked, this,
            [this](int id) { this->draft()->setDefaultStatus(static_cast<ContactStatus>(id)); });
    connect(m_zone, &QComboBox::currentTextChanged, this, &OptionsStep::takeZone);
}

QWidget *OptionsStep::createDuplicates()
{
    QGridLayout *grid = nullptr;
    QFrame *frame = card(this, &grid);
    addChoice(grid, m_duplicates, int(DuplicatePolicy::Merge), tr("Merge"),
              tr("Fill in only what Herald does not know yet; tags and custom fields are added."));
    addChoice(grid, m_duplicates, int(DuplicatePolicy::Overwrite), tr("Overwrite"),
              tr("The file's values replace the stored ones wherever the file has a value."));
    addChoice(grid, m_duplicates, int(DuplicatePolicy::Skip), tr("Skip"),
              tr("Leave contacts Herald already has as they are; only new addresses are added."));
    auto *consent = theme::mutedNote(tr("Whatever you choose, nobody who unsubscribed, bounced or complained is made "
                                        "subscribed again by an import."),
                                     frame);
    consent->setObjectName(QStringLiteral("notice"));
    grid->addWidget(consent, grid->rowCount(), 0);
    m_duplicates->button(int(DuplicatePolicy::Merge))->setChecked(true);
    return frame;
}

QWidget *OptionsStep::createStatus()
{
    QGridLayout *grid = nullptr;
    QFrame *frame = card(this, &grid);
    addChoice(grid, m_statuses, int(ContactStatus::Subscribed), statusDisplayName(ContactStatus::Subscribed),
              tr("They opted in to your emails, as on a list exported from your email service."));
    addChoice(grid, m_statuses, int(ContactStatus::NonSubscribed), statusDisplayName(ContactStatus::NonSubscribed),
              tr("Customers or leads who never opted in to marketing, e.g. from a shop's order export."));
    addChoice(grid, m_statuses, int(ContactStatus::Pending), statusDisplayName(ContactStatus::Pending),
              tr("They signed up but have not confirmed yet (double opt-in)."));
    grid->addWidget(theme::mutedNote(tr("Rows whose file or status column says otherwise keep what it says, and "
                                        "a list of unsubscribed members stays unsubscribed."),
                                     frame),
                    grid->rowCount(), 0);
    m_statuses->button(int(ContactStatus::Subscribed))->setChecked(true);
    return frame;
}

QWidget *OptionsStep::createZone()
{
    QGridLayout *grid = nullptr;
    QFrame *frame = card(this, &grid);
    m_zone->setMinimumWidth(320);
    m_zoneNote->setObjectName(QStringLiteral("muted"));
    m_zoneNote->setWordWrap(true);
    grid->setVerticalSpacing(8);
    grid->addWidget(theme::mutedNote(tr("Signup and opt-in times written without an offset, such as "
                                        "“2024-03-01 09:00”, are read in this zone."),
                                     frame),
                    0, 0, 1, 2);
    grid->addWidget(m_zone, 1, 0);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_zoneNote, 2, 0, 1, 2);
    return frame;
}

QString OptionsStep::title() const
{
    return tr("Options");
}

QString OptionsStep::heading() const
{
    return tr("Decide how the contacts are added");
}

bool OptionsStep::isComplete() const
{
    return m_zoneValid;
}

void OptionsStep::enter()
{
    m_zone->setConventional(draft()->conventionalFileZone(),
                            draft()->preview() ? importtext::profileName(draft()->preview()->profileId) : QString());
    if (!draft()->options().fileZone.isValid())
        m_zone->setCurrentIndex(0);
    m_duplicates->button(int(draft()->options().onDuplicate))->setChecked(true);
    if (QAbstractButton *status = m_statuses->button(int(draft()->options().defaultStatus)))
        status->setChecked(true);
    takeZone();
}

QRadioButton *OptionsStep::duplicateButton(int policy) const
{
    return qobject_cast<QRadioButton *>(m_duplicates->button(policy));
}

QRadioButton *OptionsStep::statusButton(int status) const
{
    return qobject_cast<QRadioButton *>(m_statuses->button(status));
}

void OptionsStep::takeZone()
{
    const std::optional<QTimeZone> zone = m_zone->chosenZone();
    m_zoneValid = zone.has_value();
    if (zone)
        draft()->setFileZone(*zone);
    m_zoneNote->setText(m_zone->problem());
    m_zoneNote->setVisible(!m_zoneValid);
    Q_EMIT completeChanged();
}

} // namespace herald
