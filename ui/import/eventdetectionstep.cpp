#include "eventdetectionstep.h"

#include "activitytext.h"
#include "eventdraft.h"
#include "eventpreviewmodel.h"
#include "importtext.h"
#include "theme.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace herald {
namespace {

QLabel *value(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("detectedValue"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

EventDetectionStep::EventDetectionStep(ImportDraft *draft, EventDraft *events, QWidget *parent)
    : ImportStep(draft, parent), m_events(events), m_file(new QLabel(this)), m_fileNote(new QLabel(this)),
      m_profile(value(this)), m_confidence(new QLabel(this)), m_contents(value(this)), m_encoding(value(this)),
      m_delimiter(value(this)), m_rows(value(this)), m_dates(value(this)), m_encodingCombo(new QComboBox(this)),
      m_delimiterCombo(new QComboBox(this)),
      m_sampleTitle(theme::sectionTitle(tr("First rows as Herald reads them"), this)),
      m_sampleNote(theme::mutedNote(QString(), this)), m_model(new EventPreviewModel(this)),
      m_table(new QTableView(this))
{
    m_error = steps::banner(QStringLiteral("error"), &m_errorTitle, &m_errorText, this);

    steps::addEncodings(m_encodingCombo);
    steps::addDelimiters(m_delimiterCombo);

    m_table->setObjectName(QStringLiteral("dataTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const std::pair<int, int> widths[] = {
        {EventPreviewModel::Line, 56},     {EventPreviewModel::Event, 100},    {EventPreviewModel::Time, 190},
        {EventPreviewModel::Contact, 190}, {EventPreviewModel::Campaign, 150}, {EventPreviewModel::Details, 200},
    };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    m_table->setMinimumHeight(160);

    auto *sampleBar = new QHBoxLayout;
    sampleBar->setSpacing(12);
    sampleBar->addWidget(m_sampleTitle);
    sampleBar->addWidget(m_sampleNote, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_error);
    layout->addWidget(createSummary());
    layout->addLayout(sampleBar);
    layout->addWidget(m_table, 1);

    connect(m_encodingCombo, &QComboBox::activated, this,
            [this] { m_events->setEncoding(steps::chosenEncoding(m_encodingCombo)); });
    connect(m_delimiterCombo, &QComboBox::activated, this,
            [this] { m_events->setDelimiter(steps::chosenDelimiter(m_delimiterCombo)); });
    connect(events, &EventDraft::previewStarted, this, &EventDetectionStep::completeChanged);
    connect(events, &EventDraft::previewFinished, this, &EventDetectionStep::showPreview);
    showPreview();
}

QWidget *EventDetectionStep::createSummary()
{
    m_summary = new QFrame(this);
    m_summary->setObjectName(QStringLiteral("card"));
    m_file->setObjectName(QStringLiteral("detectedValue"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileNote->setObjectName(QStringLiteral("muted"));
    m_fileNote->setWordWrap(true);
    m_confidence->setObjectName(QStringLiteral("muted"));
    for (QComboBox *combo : {m_encodingCombo, m_delimiterCombo})
        combo->setMinimumWidth(200);

    auto *grid = new QGridLayout(m_summary);
    grid->setContentsMargins(18, 14, 18, 14);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(8);
    int row = 0;
    grid->addWidget(m_file, row, 0, 1, 2);
    grid->addWidget(steps::cardCaption(tr("Read as"), m_summary), row++, 2, Qt::AlignBottom);
    grid->addWidget(m_fileNote, row++, 0, 1, 3);
    grid->setRowMinimumHeight(row++, 2);
    const auto addRow = [&](const QString &text, QWidget *shown, QComboBox *combo) {
        grid->addWidget(steps::cardCaption(text, m_summary), row, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(shown, row, 1, Qt::AlignTop);
        if (combo)
            grid->addWidget(combo, row, 2, Qt::AlignTop);
        ++row;
    };
    auto *profile = new QWidget(m_summary);
    auto *profileLayout = new QVBoxLayout(profile);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->setSpacing(2);
    profileLayout->addWidget(m_profile);
    profileLayout->addWidget(m_confidence);
    addRow(tr("Exported by"), profile, nullptr);
    addRow(tr("What it holds"), m_contents, nullptr);
    addRow(tr("Text encoding"), m_encoding, m_encodingCombo);
    addRow(tr("Delimiter"), m_delimiter, m_delimiterCombo);
    addRow(tr("Rows"), m_rows, nullptr);
    addRow(tr("Dates"), m_dates, nullptr);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(0, 130);
    return m_summary;
}

QString EventDetectionStep::title() const
{
    return tr("Detection");
}

QString EventDetectionStep::heading() const
{
    return tr("Check what Herald found out about the activity file");
}

bool EventDetectionStep::isComplete() const
{
    const auto &preview = m_events->preview();
    return !m_events->isPreviewing() && preview && preview->isUsable() && !preview->sniff.headerOnly();
}

QString EventDetectionStep::sampleNote() const
{
    return m_sampleNote->text();
}

QString EventDetectionStep::errorText() const
{
    return m_error->isHidden() ? QString() : m_errorTitle->text() + QLatin1Char('\n') + m_errorText->text();
}

void EventDetectionStep::showPreview()
{
    const auto &preview = m_events->preview();
    const auto &error = m_events->previewError();
    const EventImportOptions &options = m_events->options();
    steps::showReading(m_encodingCombo, m_delimiterCombo, options.encoding, options.delimiter);

    const bool unusable = preview && !preview->isUsable();
    m_error->setVisible(error.has_value() || unusable);
    if (error) {
        m_errorTitle->setText(error->line > 0 ? tr("Herald cannot read this file")
                                              : tr("This file cannot be imported as it is"));
        m_errorText->setText(tr("%1\n\nIf letters look wrong, choose another text encoding; if the columns run "
                                "together, choose another delimiter.")
                                 .arg(importtext::errorText(*error)));
    } else if (unusable) {
        m_errorTitle->setText(tr("Read this way, the file is not campaign activity"));
        m_errorText->setText(preview->unusable);
    }

    const bool known = preview && preview->isUsable();
    m_table->setVisible(known);
    m_sampleTitle->setVisible(known);
    m_sampleNote->setVisible(known);
    if (!known) {
        for (QLabel *label : {m_profile, m_contents, m_encoding, m_delimiter, m_rows, m_dates})
            label->setText(QStringLiteral("–"));
        m_confidence->hide();
        m_file->setText(m_events->filePath().section(QLatin1Char('/'), -1));
        m_fileNote->hide();
        m_model->clear();
        Q_EMIT completeChanged();
        return;
    }

    const QLocale locale;
    m_file->setText(preview->file.section(QLatin1Char('/'), -1));
    QStringList notes;
    if (preview->files.size() > 1)
        notes.append(tr("The first of %1 activity files in %2; Herald reads each one on its own when importing.")
                         .arg(preview->files.size())
                         .arg(preview->file.section(QLatin1Char('/'), 0, 0)));
    if (!preview->skippedFiles.isEmpty())
        notes.append(preview->skippedFiles.size() == 1
                         ? tr("1 other file in the archive is not activity and is left out: %1.")
                               .arg(preview->skippedFiles.constFirst().first.section(QLatin1Char('/'), -1))
                         : tr("%1 other files in the archive are not activity and are left out.")
                               .arg(preview->skippedFiles.size()));
    m_fileNote->setText(notes.join(QLatin1Char(' ')));
    m_fileNote->setVisible(!notes.isEmpty());

    const QString kind = importtext::exportKindName(preview->profileId, preview->exportKind);
    const QString profile = importtext::profileName(preview->profileId);
    m_profile->setText(kind.isEmpty() ? profile : tr("%1 · %2").arg(profile, kind));
    m_confidence->show();
    m_confidence->setText(tr("Match: %1").arg(importtext::confidence(preview->confidence)));
    m_contents->setText(activitytext::contents(*preview));
    const CsvSniffResult &sniff = preview->sniff;
    m_encoding->setText(options.encoding != CsvEncoding::Auto && !sniff.format.hasBom
                            ? tr("%1 (your choice)").arg(csvEncodingDisplayName(sniff.format.encoding))
                            : csvEncodingDisplayName(sniff.format.encoding));
    const QString delimiter = steps::delimiterName(sniff.format.delimiter);
    m_delimiter->setText(options.delimiter.isNull() ? delimiter : tr("%1 (your choice)").arg(delimiter));
    if (sniff.headerOnly())
        m_rows->setText(tr("Column names only: this file has no activity to import"));
    else if (preview->rowsExact)
        m_rows->setText(preview->rows == 1 ? tr("1 row, the whole file")
                                           : tr("%1 rows, the whole file").arg(locale.toString(preview->rows)));
    else
        m_rows->setText(tr("About %1 rows (estimated from the file's size of %2)")
                            .arg(locale.toString(preview->rows), importtext::bytes(preview->fileSize)));
    if (m_events->asksDateOrder() && options.dateOrder == DateOrder::Unknown)
        m_dates->setText(m_events->ambiguousDate().isEmpty()
                             ? tr("Some dates are written day first, others month first: you choose in the next "
                                  "step.")
                             : tr("Dates such as “%1” could be day or month first: you choose in the next step.")
                                   .arg(m_events->ambiguousDate()));
    else if (m_events->asksDateOrder())
        m_dates->setText(options.dateOrder == DateOrder::DayFirst ? tr("Day first (your choice)")
                                                                  : tr("Month first (your choice)"));
    else if (preview->dateOrder == DateOrder::DayFirst)
        m_dates->setText(tr("Day first, as the file's dates show"));
    else if (preview->dateOrder == DateOrder::MonthFirst)
        m_dates->setText(tr("Month first, as the file's dates show"));
    else
        m_dates->setText(tr("Unambiguous"));

    m_model->setPreview(*preview, m_events->workspaceZone());
    // Shop orders name no campaign: no empty column.
    m_table->setColumnHidden(EventPreviewModel::Campaign, m_model->isColumnEmpty(EventPreviewModel::Campaign));
    const int shown = m_model->rowCount();
    const int rejected = m_model->rejectedCount();
    const int waiting = m_model->waitingCount();
    QString note = shown == 1 ? tr("1 row shown") : tr("%1 rows shown").arg(shown);
    if (rejected > 0)
        note += rejected == 1 ? tr("; 1 would be rejected") : tr("; %1 would be rejected").arg(rejected);
    if (waiting > 0)
        note += waiting == 1 ? tr("; 1 waits for the date order") : tr("; %1 wait for the date order").arg(waiting);
    m_sampleNote->setText(rejected + waiting > 0 ? note + tr(". Hover over a marked cell to see why.") : note);
    Q_EMIT completeChanged();
}

} // namespace herald
