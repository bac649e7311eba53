#include "contactdetaildialog.h"

#include "busyindicator.h"
#include "contactlabels.h"
#include "heatmapwidget.h"
#include "theme.h"
#include "timelinemodel.h"
#include "workerworkspace.h"
#include "workspace.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace herald {
namespace {

QFrame *card(QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("detailCard"));
    return frame;
}

QPixmap avatar(const QString &initials, qreal ratio)
{
    const int size = 52;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xdb, 0xe4, 0xff));
    painter.drawEllipse(QRectF(0, 0, size, size));
    QFont font = painter.font();
    font.setPointSizeF(15);
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(QColor(0x1c, 0x3f, 0xaa));
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials);
    return pixmap;
}

void setBadge(QLabel *label, const QString &text, const QColor &color)
{
    label->setText(text);
    QColor background = color;
    background.setAlpha(36);
    label->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 8px; padding: 2px 10px;")
                             .arg(background.name(QColor::HexArgb), color.darker(135).name()));
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts)
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    return kept.join(QStringLiteral(", "));
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

ContactDetailDialog::ContactDetailDialog(QWidget *parent)
    : QDialog(parent), m_stack(new QStackedWidget(this)), m_busy(new BusyIndicator(tr("Reading the contact…"), this)),
      m_error(new QLabel(this)), m_avatar(new QLabel(this)), m_name(new QLabel(this)), m_email(new QLabel(this)),
      m_status(new QLabel(this)), m_engagement(new QLabel(this)), m_since(new QLabel(this)), m_metrics(new QGridLayout),
      m_fields(new QFormLayout), m_tags(new QWidget(this)), m_heatmapNote(new QLabel(this)),
      m_busiest(new QLabel(this)), m_heatmap(new HeatmapWidget(this)), m_tabs(new QTabWidget(this)),
      m_timeline(new TimelineModel(this)), m_timelineView(new QTableView(this)),
      m_consent(new QStandardItemModel(this)), m_consentView(new QTableView(this))
{
    setObjectName(QStringLiteral("contactDetail"));
    setWindowTitle(tr("Contact"));
    resize(1000, 780);
    setMinimumSize(780, 600);

    m_error->setObjectName(QStringLiteral("muted"));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(16);
    contentLayout->addWidget(buildHeader());
    m_metrics->setSpacing(12);
    contentLayout->addLayout(m_metrics);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_timelineView->setModel(m_timeline);
    m_tabs->addTab(buildTable(m_timelineView, QString(), &m_timelineNote), tr("Activity"));
    m_consentView->setModel(m_consent);
    m_tabs->addTab(buildTable(m_consentView, QString(), &m_consentNote), tr("Consent"));
    contentLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_busy);
    m_stack->addWidget(m_error);
    m_stack->addWidget(content);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);

    QHeaderView *timelineHeader = m_timelineView->horizontalHeader();
    timelineHeader->resizeSection(TimelineModel::Time, 150);
    timelineHeader->resizeSection(TimelineModel::Event, 150);
    timelineHeader->resizeSection(TimelineModel::Campaign, 260);
    timelineHeader->resizeSection(TimelineModel::Link, 220);
    m_consent->setHorizontalHeaderLabels({tr("Time"), tr("Status"), tr("Source"), tr("Import file"), tr("Note")});
    m_consentView->horizontalHeader()->resizeSection(0, 150);
    m_consentView->horizontalHeader()->resizeSection(1, 140);
    m_consentView->horizontalHeader()->resizeSection(2, 140);
    m_consentView->horizontalHeader()->resizeSection(3, 220);
}

ContactDetailDialog::~ContactDetailDialog() = default;

QWidget *ContactDetailDialog::buildHeader()
{
    auto *header = new QWidget(this);
    m_name->setObjectName(QStringLiteral("contactName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_email->setObjectName(QStringLiteral("contactEmail"));
    m_email->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("badge"));
    m_engagement->setObjectName(QStringLiteral("badge"));
    m_since->setObjectName(QStringLiteral("muted"));
    m_avatar->setFixedSize(52, 52);

    auto *badges = new QHBoxLayout;
    badges->setSpacing(8);
    badges->addWidget(m_email);
    badges->addSpacing(6);
    badges->addWidget(m_status);
    badges->addWidget(m_engagement);
    badges->addStretch(1);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(4);
    texts->addWidget(m_name);
    texts->addLayout(badges);
    texts->addWidget(m_since);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_avatar, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    return header;
}

QWidget *ContactDetailDialog::buildOverview()
{
    auto *overview = new QWidget(this);

    QFrame *details = card(overview);
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setHorizontalSpacing(14);
    m_fields->setVerticalSpacing(7);
    m_fields->setLabelAlignment(Qt::AlignLeft);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *tagsLayout = new QHBoxLayout(m_tags);
    tagsLayout->setContentsMargins(0, 0, 0, 0);
    tagsLayout->setSpacing(6);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(18, 16, 18, 16);
    detailsLayout->setSpacing(10);
    detailsLayout->addWidget(theme::sectionTitle(tr("Details"), details));
    detailsLayout->addLayout(m_fields);
    detailsLayout->addSpacing(6);
    detailsLayout->addWidget(theme::sectionTitle(tr("Tags"), details));
    detailsLayout->addWidget(m_tags);
    detailsLayout->addStretch(1);
    auto *detailsScroll = new QScrollArea(overview);
    detailsScroll->setWidget(details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setMinimumWidth(300);
    detailsScroll->setStyleSheet(QStringLiteral("QScrollArea { background: transparent; }"));

    QFrame *activity = card(overview);
    m_heatmapNote->setObjectName(QStringLiteral("muted"));
    m_heatmapNote->setWordWrap(true);
    auto *activityLayout = new QVBoxLayout(activity);
    activityLayout->setContentsMargins(18, 16, 18, 16);
    activityLayout->setSpacing(10);
    activityLayout->addWidget(theme::sectionTitle(tr("When they open and click"), activity));
    activityLayout->addWidget(m_heatmapNote);
    activityLayout->addSpacing(4);
    activityLayout->addWidget(m_heatmap);
    activityLayout->addSpacing(6);
    m_busiest->setWordWrap(true);
    m_busiest->setTextFormat(Qt::RichText);
    activityLayout->addWidget(m_busiest);
    activityLayout->addStretch(1);

    auto *layout = new QHBoxLayout(overview);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(detailsScroll, 4);
    layout->addWidget(activity, 7);
    return overview;
}

QWidget *ContactDetailDialog::buildTable(QTableView *view, const QString &note, QLabel **noteLabel)
{
    auto *page = new QWidget(this);
    view->setObjectName(QStringLiteral("detailTable"));
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setIconSize(QSize(16, 16));
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(28);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    *noteLabel = new QLabel(note, page);
    (*noteLabel)->setObjectName(QStringLiteral("muted"));
    (*noteLabel)->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(*noteLabel);
    layout->addWidget(view, 1);
    return page;
}

void ContactDetailDialog::showContact(Workspace *workspace, qint64 contactId)
{
    delete m_loading; // the newest request wins
    m_workspace = workspace;
    m_contactId = contactId;
    m_timeline->clear();
    m_stack->setCurrentWidget(m_busy);
    if (!workspace)
        return showError(tr("No workspace is open."));
    auto *task = new TaskRunner<ContactDetail>(this);
    m_loading = task;
    connect(task, &TaskRunnerBase::finished, this, [this, task] {
        const Result<ContactDetail> detail = task->takeResult();
        task->deleteLater();
        if (m_loading != task)
            return;
        m_loading = nullptr;
        if (!detail)
            return showError(detail.error().message);
        showDetail(detail.value());
        Q_EMIT loaded();
    });
    task->start([path = workspace->path(), contactId](const JobControl &control) -> Result<ContactDetail> {
        auto opened = openWorkerWorkspace(path, control);
        if (!opened)
            return opened.error();
        return loadContactDetail((*opened)->db(), contactId, TimelineModel::defaultPageSize);
    });
}

void ContactDetailDialog::showError(const QString &message)
{
    m_error->setText(tr("This contact could not be read.\n%1").arg(message));
    m_stack->setCurrentIndex(1);
    Q_EMIT loaded();
}

QString ContactDetailDialog::errorText() const
{
    return m_stack->currentWidget() == m_error ? m_error->text() : QString();
}

QString ContactDetailDialog::timeText(qint64 seconds) const
{
    const QLocale locale;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(seconds, m_zone);
    return QStringLiteral("%1  %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                        locale.toString(local.time(), QStringLiteral("HH:mm")));
}

void ContactDetailDialog::showDetail(const ContactDetail &detail)
{
    m_detail = detail;
    m_zone = QTimeZone(detail.heatmap.zoneId);
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    const QLocale locale;

    const QString name = joined({detail.firstName}) +
                         (detail.lastName.isEmpty() || detail.firstName.isEmpty() ? QString() : QStringLiteral(" ")) +
                         detail.lastName.trimmed();
    m_name->setText(name.trimmed().isEmpty() ? detail.email : name.trimmed());
    m_email->setText(detail.email);
    setWindowTitle(tr("%1 — Contact").arg(m_name->text()));
    QString initials;
    for (const QString &part : {detail.firstName, detail.lastName})
        if (!part.trimmed().isEmpty())
            initials += part.trimmed().at(0).toUpper();
    if (initials.isEmpty() && !detail.email.isEmpty())
        initials = detail.email.at(0).toUpper();
    m_avatar->setPixmap(avatar(initials, devicePixelRatioF()));
    setBadge(m_status, statusDisplayName(detail.status), theme::statusColor(detail.status));
    m_status->setToolTip(isSuppressed(detail.status) ? tr("Suppressed: never included in a send export") : QString());
    setBadge(m_engagement, engagementDisplayName(detail.activity.engagement),
             engagementColor(detail.activity.engagement));
    m_engagement->setToolTip(engagementExplanation(detail.activity.engagement));
    const QString since =
        tr("Contact since %1")
            .arg(locale.toString(QDateTime::fromSecsSinceEpoch(detail.createdAt, m_zone).date(), QLocale::LongFormat));
    m_since->setText(
        detail.activity.lastActivityAt
            ? tr("%1 · last active %2")
                  .arg(since,
                       locale.toString(QDateTime::fromSecsSinceEpoch(detail.activity.lastActivityAt, m_zone).date(),
                                       QLocale::LongFormat))
            : tr("%1 · no open, click or purchase yet").arg(since));

    fillMetrics(detail);
    fillFields(detail);
    fillConsent(detail);

    m_heatmap->setCounts(detail.heatmap.counts);
    const QString zone = QString::fromUtf8(detail.heatmap.zoneId);
    QString note =
        detail.heatmap.contactZone
            ? tr("Opens by people and clicks, by hour of the week in %1, the contact's own time zone.").arg(zone)
            : tr("Opens by people and clicks, by hour of the week in %1, the workspace's time zone: this "
                 "contact has none of its own.")
                  .arg(zone);
    if (detail.heatmap.total == 0)
        note += QLatin1Char(' ') + tr("None yet.");
    m_heatmapNote->setText(note);
    QStringList busiest;
    for (const auto &[weekday, hour] : m_heatmap->busiestCells(3))
        busiest.append(m_heatmap->cellToolTip(weekday, hour).toHtmlEscaped());
    m_busiest->setText(busiest.isEmpty() ? QString()
                                         : tr("<b>Busiest hours</b><br>%1").arg(busiest.join(QStringLiteral("<br>"))));
    m_busiest->setVisible(!busiest.isEmpty());

    m_timeline->setContact(m_workspace, detail.id, detail.timeline, m_zone);
    m_tabs->setTabText(1, tr("Activity (%1)").arg(locale.toString(detail.eventCount)));
    m_tabs->setTabText(2, tr("Consent (%1)").arg(locale.toString(detail.consent.size())));
    m_timelineNote->setText(detail.eventCount ? tr("Newest first. Times are in %1.").arg(zone)
                                              : tr("No sends, opens, clicks or purchases recorded yet."));
    m_consentNote->setText(
        detail.consent.isEmpty()
            ? tr("No consent changes recorded.")
            : tr("Every change to this contact's consent, newest first. Times are in %1.").arg(zone));
    m_stack->setCurrentIndex(2);
}

void ContactDetailDialog::fillMetrics(const ContactDetail &detail)
{
    clearLayout(m_metrics);
    const QLocale locale;
    const ContactActivitySummary &a = detail.activity;
    const qint64 machineOpens = a.opens - a.humanOpens;
    struct Metric
    {
        QString caption;
        QString value;
        QString detail;
    };
    const QList<Metric> metrics = {
        {tr("Received"), locale.toString(a.sends), tr("campaigns sent")},
        {tr("Opens"), locale.toString(a.humanOpens),
         machineOpens > 0 ? tr("by people; %1 more by machines").arg(locale.toString(machineOpens)) : tr("by people")},
        {tr("Clicks"), locale.toString(a.clicks), tr("in %1 campaigns").arg(locale.toString(a.clickedCampaigns))},
        {tr("Purchases"), locale.toString(a.purchases), tr("%1 revenue").arg(locale.toString(a.revenue, 'f', 2))},
        {tr("Open rate"),
         a.sends
             ? QStringLiteral("%1%").arg(locale.toString(100.0 * double(a.openedCampaigns) / double(a.sends), 'f', 0))
             : QStringLiteral("–"),
         tr("%1 campaigns opened").arg(locale.toString(a.openedCampaigns))},
    };
    int column = 0;
    for (const Metric &metric : metrics) {
        QFrame *frame = card(this);
        auto *caption = new QLabel(metric.caption, frame);
        caption->setObjectName(QStringLiteral("cardCaption"));
        auto *value = new QLabel(metric.value, frame);
        value->setObjectName(QStringLiteral("metricValue"));
        value->setProperty("caption", metric.caption);
        auto *detailLabel = new QLabel(metric.detail, frame);
        detailLabel->setObjectName(QStringLiteral("metricDetail"));
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(14, 10, 14, 10);
        layout->setSpacing(2);
        layout->addWidget(caption);
        layout->addWidget(value);
        layout->addWidget(detailLabel);
        m_metrics->addWidget(frame, 0, column++);
    }
}

void ContactDetailDialog::fillFields(const ContactDetail &detail)
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    const QLocale locale;
    const auto add = [this](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return;
        auto *name = new QLabel(label, this);
        name->setObjectName(QStringLiteral("fieldLabel"));
        auto *text = new QLabel(value, this);
        text->setObjectName(QStringLiteral("fieldValue"));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields->addRow(name, text);
    };
    add(tr("Company"), detail.company);
    add(tr("Phone"), detail.phone);
    add(tr("Address"),
        joined({detail.address, joined({detail.postalCode + QLatin1Char(' ') + detail.city}), detail.region}));
    add(tr("Country"), detail.country.isEmpty() ? QString() : countryName(detail.country));
    add(tr("Language"),
        detail.language.isEmpty() ? QString() : QLocale::languageToString(QLocale(detail.language).language()));
    add(tr("Time zone"), detail.timeZone.isEmpty()
                             ? tr("None; the workspace's is used")
                             : tr("%1, %2").arg(detail.timeZone, timeZoneSourceText(detail.timeZoneSource)));
    add(tr("Created"), timeText(detail.createdAt));
    add(tr("Updated"), timeText(detail.updatedAt));
    add(tr("Imported from"), detail.sourceImportFile);
    for (auto it = detail.fields.constBegin(); it != detail.fields.constEnd(); ++it) {
        QString label = it.key();
        label.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!label.isEmpty())
            label[0] = label.at(0).toUpper();
        add(label, it.value().toVariant().toString());
    }

    QLayout *tags = m_tags->layout();
    clearLayout(tags);
    for (const QString &tag : detail.tags) {
        auto *chip = new QLabel(tag, m_tags);
        chip->setObjectName(QStringLiteral("tagChip"));
        tags->addWidget(chip);
    }
    if (detail.tags.isEmpty()) {
        auto *none = new QLabel(tr("No tags"), m_tags);
        none->setObjectName(QStringLiteral("muted"));
        tags->addWidget(none);
    }
    static_cast<QHBoxLayout *>(tags)->addStretch(1);
}

void ContactDetailDialog::fillConsent(const ContactDetail &detail)
{
    m_consent->removeRows(0, m_consent->rowCount());
    for (const ConsentEntry &entry : detail.consent) {
        auto *status = new QStandardItem(theme::statusDot(entry.status), statusDisplayName(entry.status));
        QList<QStandardItem *> row = {new QStandardItem(timeText(entry.at)), status, new QStandardItem(entry.source),
                                      new QStandardItem(entry.importFile), new QStandardItem(entry.note)};
        for (QStandardItem *item : row)
            item->setToolTip(item->text());
        m_consent->appendRow(row);
    }
}

QString ContactDetailDialog::nameText() const
{
    return m_name->text();
}

QString ContactDetailDialog::emailText() const
{
    return m_email->text();
}

QString ContactDetailDialog::statusText() const
{
    return m_status->text();
}

QString ContactDetailDialog::engagementText() const
{
    return m_engagement->text();
}

QString ContactDetailDialog::metricText(const QString &caption) const
{
    for (const QLabel *label : findChildren<QLabel *>(QStringLiteral("metricValue")))
        if (label->property("caption").toString() == caption)
            return label->text();
    return {};
}

QString ContactDetailDialog::fieldText(const QString &label) const
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const auto *name = qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::LabelRole)->widget());
        if (name && name->text() == label)
            return qobject_cast<QLabel *>(m_fields->itemAt(row, QFormLayout::FieldRole)->widget())->text();
    }
    return {};
}

QStringList ContactDetailDialog::tagTexts() const
{
    QStringList texts;
    for (const QLabel *label : m_tags->findChildren<QLabel *>(QStringLiteral("tagChip")))
        texts.append(label->text());
    return texts;
}

QString ContactDetailDialog::busiestText() const
{
    return m_busiest->text();
}

QString ContactDetailDialog::heatmapNote() const
{
    return m_heatmapNote->text();
}

} // namespace herald
