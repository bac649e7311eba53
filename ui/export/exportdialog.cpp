#include "exportdialog.h"

#include "csv/csvformat.h"
#include "messagebox.h"
#include "profiles/espprofile.h"
#include "profiles/espprofileregistry.h"
#include "profiles/importlayout.h"
#include "taskprogressdialog.h"
#include "taskrunner.h"
#include "theme.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpacerItem>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace herald {
namespace {

// How long the choices must rest before they are counted: a click through the status list counts once.
constexpr int countDelayMs = 150;

QString fileSafe(QString text)
{
    text = text.toLower();
    for (QChar &c : text)
        if (!c.isLetterOrNumber())
            c = u'-';
    return text;
}

} // namespace

ExportDialog::ExportDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_sendList(new QRadioButton(tr("A send list for an email service"), this)),
      m_suppression(new QRadioButton(tr("A suppression list (contacts who must not be emailed)"), this)),
      m_profile(new QComboBox(this)), m_columns(theme::mutedNote(QString(), this)), m_status(new QComboBox(this)),
      m_segment(new QComboBox(this)), m_delimiter(new QComboBox(this)), m_encoding(new QComboBox(this)),
      m_bom(new QCheckBox(tr("Start the file with a byte-order mark"), this)), m_path(new QLineEdit(this)),
      m_count(new QLabel(this)), m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Export Contacts"));
    setMinimumWidth(620);
    m_countDelay.setSingleShot(true);
    m_countDelay.setInterval(countDelayMs);
    connect(&m_countDelay, &QTimer::timeout, this, &ExportDialog::startCount);
    buildForm();
    fillStatuses();
    updateLayoutDetails();
    scheduleCount();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildForm()
{
    auto *purpose = new QButtonGroup(this);
    purpose->addButton(m_sendList);
    purpose->addButton(m_suppression);
    m_sendList->setChecked(true);

    for (const EspProfile *profile : EspProfileRegistry::builtIn().profiles())
        if (!profile->isFallback() && !profile->importLayout().columns.isEmpty())
            m_profile->addItem(profile->displayName(), profile->id());

    const auto segments =
        m_session->isOpen() ? exportSegmentNames(*m_session->workspace()) : Result<QStringList>(QStringList());
    m_segment->addItem(tr("All contacts"), QString());
    if (segments.ok())
        for (const QString &name : segments.value())
            m_segment->addItem(name, name);
    m_segment->setEnabled(m_segment->count() > 1);
    if (m_segment->count() == 1)
        m_segment->setToolTip(tr("This workspace has no segments yet."));

    m_delimiter->addItem(QString(), QString()); // "as the service expects", named in updateLayoutDetails
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')})
        m_delimiter->addItem(csvDelimiterDisplayName(delimiter), QString(delimiter));
    m_encoding->addItem(QString(), int(CsvEncoding::Auto));
    for (const CsvEncoding encoding : {CsvEncoding::Utf8, CsvEncoding::Utf16LE, CsvEncoding::Windows1252})
        m_encoding->addItem(csvEncodingDisplayName(encoding), int(encoding));

    m_path->setPlaceholderText(tr("Choose where to save the file"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_count->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("exportCount"));
    m_profile->setObjectName(QStringLiteral("exportProfile"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_segment->setObjectName(QStringLiteral("exportSegment"));

    m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole)->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    // One form, so the labels of both sections line up.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(theme::sectionTitle(tr("What to export"), this));
    form->addRow(m_sendList);
    form->addRow(m_suppression);
    form->addRow(tr("Email service:"), m_profile);
    form->addRow(QString(), m_columns);
    form->addRow(tr("Contacts:"), m_status);
    form->addRow(tr("Segment:"), m_segment);
    form->addItem(new QSpacerItem(0, 8));
    form->addRow(theme::sectionTitle(tr("File"), this));
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(QString(), m_bom);
    form->addRow(tr("Save to:"), pathRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_count);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_sendList, &QRadioButton::toggled, this, [this] {
        fillStatuses();
        updateLayoutDetails();
        scheduleCount();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ExportDialog::updateLayoutDetails);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ExportDialog::scheduleCount);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &ExportDialog::scheduleCount);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
}

void ExportDialog::fillStatuses()
{
    const bool suppression = m_suppression->isChecked();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    m_status->addItem(suppression ? tr("Everyone who must not be emailed") : tr("Everyone who may be emailed"), -1);
    for (const ContactStatus status : allContactStatuses)
        if (isSuppressed(status) == suppression)
            m_status->addItem(tr("Only %1").arg(statusDisplayName(status)), int(status));
}

void ExportDialog::updateLayoutDetails()
{
    const bool suppression = m_suppression->isChecked();
    m_profile->setEnabled(!suppression);
    const EspProfile *profile = EspProfileRegistry::builtIn().find(m_profile->currentData().toString());
    const ImportLayout *layout = profile && !suppression ? &profile->importLayout() : nullptr;
    if (layout) {
        m_columns->setText(tr("Columns: %1").arg(importHeader(*layout).join(QStringLiteral(", "))));
        m_delimiter->setItemText(
            0, tr("As %1 expects (%2)").arg(profile->displayName(), csvDelimiterDisplayName(layout->delimiter)));
        const auto encoding = csvEncodingFromKey(layout->encoding);
        m_encoding->setItemText(
            0, tr("As %1 expects (%2)")
                   .arg(profile->displayName(), csvEncodingDisplayName(encoding.value_or(CsvEncoding::Utf8))));
        m_bom->setChecked(layout->bom);
    } else {
        m_columns->setText(tr("Columns: email, reason, since. Most services accept such a list as a suppression or "
                              "blocklist import."));
        m_delimiter->setItemText(0, tr("Comma (the usual)"));
        m_encoding->setItemText(0, csvEncodingDisplayName(CsvEncoding::Utf8));
        m_bom->setChecked(false);
    }
    if (!m_pathEdited || m_path->text().isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(suggestedFileName())));
        m_pathEdited = false;
    }
    updateButtons();
}

QString ExportDialog::suggestedFileName() const
{
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    if (m_suppression->isChecked())
        return tr("suppression-list-%1.csv").arg(date);
    return tr("%1-contacts-%2.csv").arg(fileSafe(m_profile->currentText()), date);
}

ContactExportOptions ExportDialog::options() const
{
    ContactExportOptions options;
    options.suppressionList = m_suppression->isChecked();
    options.profileId = options.suppressionList ? QString() : m_profile->currentData().toString();
    options.outPath = QDir::fromNativeSeparators(m_path->text().trimmed());
    options.segment = m_segment->currentData().toString();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        options.status = static_cast<ContactStatus>(status);
    if (const QString delimiter = m_delimiter->currentData().toString(); !delimiter.isEmpty())
        options.delimiter = delimiter.front();
    options.encoding = static_cast<CsvEncoding>(m_encoding->currentData().toInt());
    options.bom = m_bom->isChecked();
    return options;
}

void ExportDialog::setProfileId(const QString &profileId)
{
    const int index = m_profile->findData(profileId);
    if (index >= 0)
        m_profile->setCurrentIndex(index);
}

void ExportDialog::setSuppressionList(bool suppressionList)
{
    (suppressionList ? m_suppression : m_sendList)->setChecked(true);
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathEdited = true;
}

bool ExportDialog::isCounting() const
{
    return m_counting || m_countDelay.isActive();
}

bool ExportDialog::isExporting() const
{
    return m_export != nullptr;
}

QString ExportDialog::countText() const
{
    return m_count->text();
}

void ExportDialog::scheduleCount()
{
    m_counted = -1;
    m_count->setText(tr("Counting the contacts…"));
    updateButtons();
    m_countDelay.start();
}

void ExportDialog::startCount()
{
    if (!m_session->isOpen())
        return;
    delete m_counting; // the newest choices win; an abandoned count stops at its next step
    auto *task = new TaskRunner<ContactExportCount>(this);
    m_counting = task;
    connect(task, &TaskRunnerBase::finished, this, [this, task] {
        const Result<ContactExportCount> result = task->takeResult();
        task->deleteLater();
        if (m_counting != task)
            return;
        m_counting = nullptr;
        const QLocale locale;
        if (!result) {
            m_count->setText(result.error().toString());
        } else {
            m_counted = result->toWrite;
            m_suppressedLeftOut = result->suppressedLeftOut;
            QString text = m_counted == 0 ? tr("No contact matches these choices: there is nothing to export.")
                                          : tr("Contacts in the file: %1.").arg(locale.toString(m_counted));
            if (m_suppressedLeftOut > 0)
                text += QLatin1Char(' ') + tr("Suppressed contacts left out: %1 (unsubscribed, cleaned, bounced or "
                                              "complained; they must not be emailed).")
                                               .arg(locale.toString(m_suppressedLeftOut));
            m_count->setText(text);
        }
        updateButtons();
        Q_EMIT countFinished();
    });
    ContactExportOptions options = this->options();
    task->start([path = m_session->path(), options](const JobControl &) -> Result<ContactExportCount> {
        auto workspace = Workspace::open(path, Workspace::OpenMode::AttachExisting);
        if (!workspace)
            return workspace.error();
        return countContactExport(**workspace, options);
    });
}

void ExportDialog::updateButtons()
{
    const bool ready = !m_path->text().trimmed().isEmpty() && m_counted > 0 && !m_export;
    m_buttons->buttons().first()->setEnabled(ready);
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Contacts"), m_path->text(),
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    setOutputPath(chosen);
    m_confirmedPath = QDir::fromNativeSeparators(chosen);
}

void ExportDialog::accept()
{
    if (m_export || !m_session->isOpen() || m_counted <= 0)
        return;
    const ContactExportOptions options = this->options();
    if (options.outPath.isEmpty())
        return;
    if (QFileInfo(options.outPath).isDir()) {
        MessageBox::warning(
            this, windowTitle(),
            tr("%1 is a folder. Choose a file name to save to.").arg(QDir::toNativeSeparators(options.outPath)));
        return;
    }
    // The file dialog asked already when the file was picked there; a typed or suggested name has not been asked.
    if (QFileInfo::exists(options.outPath) && options.outPath != m_confirmedPath &&
        MessageBox::warning(this, windowTitle(),
                            tr("%1 already exists. Replace it?").arg(QFileInfo(options.outPath).fileName()), {},
                            QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes)
        return;
    auto *task = new TaskRunner<ContactExportReport>(this);
    m_export = task;
    updateButtons();
    (new TaskProgressDialog(task, windowTitle(), tr("Writing %1…").arg(QFileInfo(options.outPath).fileName()), this))
        ->openWhenSlow();
    connect(task, &TaskRunnerBase::finished, this, [this, task] {
        const Result<ContactExportReport> result = task->takeResult();
        task->deleteLater();
        m_export = nullptr;
        updateButtons();
        if (result) {
            Q_EMIT exported(*result);
            QDialog::accept();
            return;
        }
        if (result.error().cancelled)
            return;
        Q_EMIT exportFailed(result.error().toString());
        MessageBox::critical(this, windowTitle(), tr("The contacts could not be exported."), result.error().toString());
    });
    task->start([path = m_session->path(), options](const JobControl &control) -> Result<ContactExportReport> {
        auto workspace = Workspace::open(path, Workspace::OpenMode::AttachExisting);
        if (!workspace)
            return workspace.error();
        return exportContacts(**workspace, options, control);
    });
}

} // namespace herald
