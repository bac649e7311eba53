#include "detectionstep.h"

#include "importdraft.h"
#include "importtext.h"
#include "profiles/espprofile.h"
#include "profiles/espprofileregistry.h"
#include "theme.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herald {
namespace {

constexpr int sampleRowsShown = 5;

QLabel *value(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("detectedValue"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DetectionStep::DetectionStep(ImportDraft *draft, QWidget *parent)
    : ImportStep(draft, parent), m_file(new QLabel(this)), m_fileNote(new QLabel(this)), m_profile(value(this)),
      m_confidence(new QLabel(this)), m_encoding(value(this)), m_delimiter(value(this)), m_lineEndings(value(this)),
      m_bom(value(this)), m_rows(value(this)), m_profileCombo(new QComboBox(this)),
      m_encodingCombo(new QComboBox(this)), m_delimiterCombo(new QComboBox(this)),
      m_sampleTitle(theme::sectionTitle(tr("First rows as read"), this)), m_sample(new QTableWidget(this))
{
    m_error = steps::banner(QStringLiteral("error"), &m_errorTitle, &m_errorText, this);

    m_profileCombo->addItem(tr("Detect automatically"), QString());
    for (const EspProfile *profile : EspProfileRegistry::builtIn().profiles())
        m_profileCombo->addItem(profile->displayName(), profile->id());
    steps::addEncodings(m_encodingCombo);
    steps::addDelimiters(m_delimiterCombo);

    m_sample->setObjectName(QStringLiteral("dataTable"));
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setSelectionMode(QAbstractItemView::NoSelection);
    m_sample->setFocusPolicy(Qt::NoFocus);
    m_sample->setShowGrid(false);
    m_sample->setAlternatingRowColors(true);
    m_sample->setWordWrap(false);
    m_sample->verticalHeader()->hide();
    m_sample->verticalHeader()->setDefaultSectionSize(26);
    m_sample->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_sample->horizontalHeader()->setHighlightSections(false);
    m_sample->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_error);
    layout->addWidget(createSummary());
    layout->addWidget(m_sampleTitle);
    layout->addWidget(m_sample);
    layout->addStretch(1);

    connect(m_profileCombo, &QComboBox::activated, this,
            [this] { this->draft()->setProfileId(m_profileCombo->currentData().toString()); });
    connect(m_encodingCombo, &QComboBox::activated, this,
            [this] { this->draft()->setEncoding(steps::chosenEncoding(m_encodingCombo)); });
    connect(m_delimiterCombo, &QComboBox::activated, this,
            [this] { this->draft()->setDelimiter(steps::chosenDelimiter(m_delimiterCombo)); });
    connect(draft, &ImportDraft::previewStarted, this, &DetectionStep::completeChanged);
    connect(draft, &ImportDraft::previewFinished, this, &DetectionStep::showPreview);
    showPreview();
}

QWidget *DetectionStep::createSummary()
{
    m_summary = new QFrame(this);
    m_summary->setObjectName(QStringLiteral("card"));
    m_file->setObjectName(QStringLiteral("detectedValue"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileNote->setObjectName(QStringLiteral("muted"));
    m_fileNote->setWordWrap(true);
    m_confidence->setObjectName(QStringLiteral("muted"));
    for (QComboBox *combo : {m_profileCombo, m_encodingCombo, m_delimiterCombo})
        combo->setMinimumWidth(200);

    auto *grid = new QGridLayout(m_summary);
    grid->setContentsMargins(18, 14, 18, 14);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(9);
    auto *overrideCaption = steps::cardCaption(tr("Read as"), m_summary);
    int row = 0;
    grid->addWidget(m_file, row, 0, 1, 2);
    grid->addWidget(overrideCaption, row++, 2, Qt::AlignBottom);
    grid->addWidget(m_fileNote, row++, 0, 1, 3);
    grid->setRowMinimumHeight(row++, 4);
    const auto addRow = [&](const QString &text, QWidget *shown, QComboBox *combo) {
        const Qt::Alignment align = shown == m_profileBox ? Qt::AlignTop : Qt::AlignVCenter;
        grid->addWidget(steps::cardCaption(text, m_summary), row, 0, Qt::AlignLeft | align);
        grid->addWidget(shown, row, 1, align);
        if (combo)
            grid->addWidget(combo, row, 2, align);
        ++row;
    };
    auto *profile = m_profileBox = new QWidget(m_summary);
    auto *profileLayout = new QVBoxLayout(profile);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->setSpacing(2);
    profileLayout->addWidget(m_profile);
    profileLayout->addWidget(m_confidence);
    addRow(tr("Exported by"), profile, m_profileCombo);
    addRow(tr("Text encoding"), m_encoding, m_encodingCombo);
    addRow(tr("Delimiter"), m_delimiter, m_delimiterCombo);
    addRow(tr("Line endings"), m_lineEndings, nullptr);
    addRow(tr("Byte order mark"), m_bom, nullptr);
    addRow(tr("Rows"), m_rows, nullptr);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(0, 130);
    return m_summary;
}

QString DetectionStep::title() const
{
    return tr("Detection");
}

QString DetectionStep::heading() const
{
    return tr("Check what Herald found out about the file");
}

bool DetectionStep::isComplete() const
{
    const auto &preview = draft()->preview();
    return !draft()->isPreviewing() && preview && !preview->sniff.headerOnly();
}

QString DetectionStep::errorText() const
{
    return m_error->isHidden() ? QString() : m_errorTitle->text() + QLatin1Char('\n') + m_errorText->text();
}

void DetectionStep::showPreview()
{
    const auto &preview = draft()->preview();
    const auto &error = draft()->previewError();
    m_error->setVisible(error.has_value());
    if (error) {
        // A fault at a line is in the file's text; without one, the file reads but cannot be imported as it is
        // (no email column for the chosen ESP, say).
        m_errorTitle->setText(error->line > 0 ? tr("Herald cannot read this file")
                                              : tr("This file cannot be imported as it is"));
        m_errorText->setText(
            tr("%1\n\nIf letters look wrong, choose another text encoding; if the columns run together, choose "
               "another delimiter. Otherwise fix the file at that line in a spreadsheet or text editor.")
                .arg(importtext::errorText(*error)));
    }
    const ContactImportOptions &options = draft()->options();
    m_profileCombo->setCurrentIndex(qMax(0, m_profileCombo->findData(options.profileId)));
    steps::showReading(m_encodingCombo, m_delimiterCombo, options.encoding, options.delimiter);

    m_summary->setEnabled(preview.has_value() || error.has_value());
    const bool known = preview.has_value();
    m_sample->setVisible(known);
    m_sampleTitle->setVisible(known);
    if (!known) {
        for (QLabel *label : {m_profile, m_encoding, m_delimiter, m_lineEndings, m_bom, m_rows})
            label->setText(QStringLiteral("–"));
        m_confidence->clear();
        m_confidence->hide();
        m_file->setText(draft()->filePath().section(QLatin1Char('/'), -1));
        m_fileNote->hide();
        Q_EMIT completeChanged();
        return;
    }

    const QLocale locale;
    const CsvSniffResult &sniff = preview->sniff;
    const int members = static_cast<int>(draft()->checkedMembers().size());
    const QString archive = preview->file.section(QLatin1Char('/'), 0, 0);
    m_file->setText(preview->file.section(QLatin1Char('/'), -1));
    m_fileNote->setVisible(members > 1);
    m_fileNote->setText(tr("The first of %1 files in %2. Herald recognises each one on its own when importing.")
                            .arg(members)
                            .arg(archive));
    const QString kind = importtext::exportKindName(preview->profileId, preview->exportKind);
    const QString profile = importtext::profileName(preview->profileId);
    m_profile->setText(kind.isEmpty() ? profile : tr("%1 · %2").arg(profile, kind));
    m_confidence->show();
    m_confidence->setText(
        options.profileId.isEmpty()
            ? tr("Match: %1").arg(importtext::confidence(preview->confidence))
            : tr("Your choice (the columns match %1)").arg(importtext::confidence(preview->confidence)));
    const auto chosen = [](bool overridden, const QString &text) {
        return overridden ? tr("%1 (your choice)").arg(text) : text;
    };
    m_encoding->setText(chosen(options.encoding != CsvEncoding::Auto && !sniff.format.hasBom,
                               csvEncodingDisplayName(sniff.format.encoding)));
    m_delimiter->setText(chosen(!options.delimiter.isNull(), steps::delimiterName(sniff.format.delimiter)));
    m_lineEndings->setText(csvLineEndingDisplayName(sniff.format.lineEnding));
    m_bom->setText(sniff.format.hasBom ? tr("Yes (it decides the encoding)") : tr("None"));
    const int rows = static_cast<int>(sniff.sampleRows.size());
    if (sniff.headerOnly())
        m_rows->setText(tr("Column names only: this file has no contacts to import"));
    else if (sniff.reachedEnd)
        m_rows->setText(rows == 1 ? tr("1 row, the whole file")
                                  : tr("%1 rows, the whole file").arg(locale.toString(rows)));
    else
        m_rows->setText(tr("%1 rows read as a sample; the rest is read when importing").arg(locale.toString(rows)));

    m_sample->clear();
    m_sample->setColumnCount(static_cast<int>(sniff.header.size()));
    m_sample->setHorizontalHeaderLabels(sniff.header);
    const int shown = qMin(rows, sampleRowsShown);
    m_sample->setRowCount(shown);
    for (int r = 0; r < shown; ++r)
        for (int c = 0; c < sniff.header.size(); ++c)
            m_sample->setItem(r, c, new QTableWidgetItem(sniff.sampleRows.at(r).value(c)));
    m_sample->resizeColumnsToContents();
    for (int c = 0; c < m_sample->columnCount(); ++c)
        m_sample->setColumnWidth(c, qMin(m_sample->columnWidth(c) + 12, 260));
    // As tall as its rows: the step is a summary, not a spreadsheet.
    m_sample->setFixedHeight(m_sample->horizontalHeader()->sizeHint().height() +
                             shown * m_sample->verticalHeader()->defaultSectionSize() +
                             m_sample->horizontalScrollBar()->sizeHint().height() + 2 * m_sample->frameWidth());
    Q_EMIT completeChanged();
}

} // namespace herald
