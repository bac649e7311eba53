#include "mappingstep.h"

#include "import/datetimeparser.h"
#include "importdraft.h"
#include "importtext.h"
#include "mappingmodel.h"
#include "messagebox.h"
#include "previewmodel.h"
#include "targetdelegate.h"
#include "theme.h"
#include "workspacesession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace herald {
namespace {

QTableView *table(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QStringLiteral("dataTable"));
    view->setModel(model);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// How `example` reads in `order`, e.g. "Thursday, April 3, 2025".
QString readAs(const QString &example, DateOrder order)
{
    const std::optional<qint64> seconds = DateTimeParser(QTimeZone::utc(), order).parse(example);
    if (!seconds)
        return QString();
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(*seconds, QTimeZone::utc()).date(), QLocale::LongFormat);
}

} // namespace

MappingStep::MappingStep(ImportDraft *draft, WorkspaceSession *session, QWidget *parent)
    : ImportStep(draft, parent), m_session(session), m_mapping(new MappingModel(this)),
      m_preview(new PreviewModel(this)), m_delegate(new TargetDelegate(this)), m_saved(new QComboBox(this)),
      m_save(steps::secondaryButton(tr("Save Mapping…"), this)), m_dateOrder(new QButtonGroup(this)),
      m_previewNote(new QLabel(this))
{
    m_error = steps::banner(QStringLiteral("error"), &m_errorTitle, &m_errorText, this);
    m_errorTitle->setText(tr("This mapping cannot be imported yet"));

    m_mappingTable = table(m_mapping, this);
    m_mappingTable->setItemDelegateForColumn(MappingModel::Target, m_delegate);
    m_mappingTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingTable->verticalHeader()->setDefaultSectionSize(34);
    QHeaderView *mappingHeader = m_mappingTable->horizontalHeader();
    mappingHeader->setSectionResizeMode(MappingModel::ColumnName, QHeaderView::Interactive);
    mappingHeader->setSectionResizeMode(MappingModel::Samples, QHeaderView::Stretch);
    mappingHeader->setSectionResizeMode(MappingModel::Target, QHeaderView::Fixed);
    mappingHeader->resizeSection(MappingModel::ColumnName, 190);
    mappingHeader->resizeSection(MappingModel::Target, 270);

    m_previewTable = table(m_preview, this);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->verticalHeader()->setDefaultSectionSize(28);
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewNote->setObjectName(QStringLiteral("muted"));

    auto *previewPane = new QWidget(this);
    auto *previewTitle = new QHBoxLayout;
    previewTitle->setSpacing(12);
    previewTitle->addWidget(theme::sectionTitle(tr("The first rows as they will be imported"), previewPane));
    previewTitle->addWidget(m_previewNote, 1, Qt::AlignBottom);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 8, 0, 0);
    previewLayout->setSpacing(8);
    previewLayout->addLayout(previewTitle);
    previewLayout->addWidget(m_previewTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_mappingTable);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(createTopBar());
    layout->addWidget(m_error);
    layout->addWidget(createDateQuestion());
    layout->addWidget(splitter, 1);

    connect(m_mapping, &MappingModel::modelReset, this, &MappingStep::openEditors);
    connect(m_mapping, &MappingModel::targetEdited, draft, &ImportDraft::setTarget);
    connect(draft, &ImportDraft::previewStarted, this, &MappingStep::completeChanged);
    connect(draft, &ImportDraft::previewFinished, this, &MappingStep::showPreview);
    showPreview();
}

QWidget *MappingStep::createTopBar()
{
    auto *bar = new QWidget(this);
    m_saved->setMinimumWidth(240);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_intro = theme::mutedNote(QString(), bar);
    layout->addWidget(m_intro, 1);
    layout->addSpacing(12);
    layout->addWidget(m_saved);
    layout->addWidget(m_save);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        const QString name = m_saved->itemData(index).toString();
        if (!name.isEmpty())
            applySavedMapping(name);
    });
    connect(m_save, &QPushButton::clicked, this, &MappingStep::chooseMappingName);
    return bar;
}

QWidget *MappingStep::createDateQuestion()
{
    m_dateQuestion = steps::banner(QStringLiteral("warning"), &m_dateTitle, &m_dateText, this);
    m_dateTitle->setText(tr("Which way round are the dates written?"));
    m_dayFirst = new QRadioButton(m_dateQuestion);
    m_monthFirst = new QRadioButton(m_dateQuestion);
    m_dateOrder->addButton(m_dayFirst, int(DateOrder::DayFirst));
    m_dateOrder->addButton(m_monthFirst, int(DateOrder::MonthFirst));
    auto *choices = new QHBoxLayout;
    choices->setContentsMargins(0, 4, 0, 0);
    choices->setSpacing(24);
    choices->addWidget(m_dayFirst);
    choices->addWidget(m_monthFirst);
    choices->addStretch(1);
    static_cast<QVBoxLayout *>(m_dateQuestion->layout())->addLayout(choices);
    connect(m_dateOrder, &QButtonGroup::idClicked, this,
            [this](int id) { this->draft()->setDateOrder(static_cast<DateOrder>(id)); });
    m_dateQuestion->hide();
    return m_dateQuestion;
}

QString MappingStep::title() const
{
    return tr("Mapping");
}

QString MappingStep::heading() const
{
    return tr("Choose where each column goes");
}

bool MappingStep::isComplete() const
{
    return !draft()->isPreviewing() && draft()->preview().has_value() && !draft()->preview()->dateOrderNeedsAnswer;
}

void MappingStep::enter()
{
    const bool severalFiles = draft()->checkedMembers().size() > 1;
    m_intro->setText(severalFiles
                         ? tr("Each column goes to a Herald field; the preview below follows every change. Columns "
                              "shown here are those of the first file: a column of the same name in the other "
                              "files follows your choice, and Herald maps the rest.")
                         : tr("Each column of the file goes to a Herald field. Check the ones Herald did not "
                              "recognise; the preview below follows every change."));
    fillSavedMappings();
    showPreview(); // the default status may have changed on the Options step
}

QString MappingStep::dateQuestionText() const
{
    return m_dateQuestion->isHidden() ? QString() : m_dateText->text();
}

QString MappingStep::errorText() const
{
    return m_error->isHidden() ? QString() : m_errorText->text();
}

void MappingStep::showPreview()
{
    const auto &preview = draft()->preview();
    const auto &error = draft()->previewError();
    const QString profile = preview ? importtext::profileName(preview->profileId) : QString();
    // Samples come with a successful preview; after a failed one the table keeps the last ones it had.
    static const QList<QStringList> none;
    m_mapping->setMapping(draft()->mapping(), preview ? preview->sniff.sampleRows : none, profile);
    m_error->setVisible(error.has_value());
    if (error)
        m_errorText->setText(importtext::errorText(*error));
    if (preview) {
        m_preview->setPreview(*preview, draft()->options().defaultStatus, draft()->workspaceZone());
        fitPreviewColumns();
        const QLocale locale;
        const int rows = m_preview->rowCount();
        const int rejected = m_preview->rejectedCount();
        m_previewNote->setText(rejected == 0 ? tr("%1 rows, none rejected").arg(locale.toString(rows))
                                             : tr("%1 rows, %2 will be rejected; hover a red cell to see why")
                                                   .arg(locale.toString(rows), locale.toString(rejected)));
    } else {
        m_preview->clear();
        m_previewNote->clear();
    }
    showDateQuestion();
    Q_EMIT completeChanged();
}

void MappingStep::showDateQuestion()
{
    const bool ask = draft()->asksDateOrder();
    m_dateQuestion->setVisible(ask);
    if (!ask)
        return;
    const QString example = draft()->preview()->ambiguousDateExample;
    m_dateText->setText(tr("Dates such as “%1” could mean either. Herald needs to know before importing, and "
                           "will read every date of the file the same way.")
                            .arg(example));
    m_dayFirst->setText(tr("Day first: %1").arg(readAs(example, DateOrder::DayFirst)));
    m_monthFirst->setText(tr("Month first: %1").arg(readAs(example, DateOrder::MonthFirst)));
    const DateOrder order = draft()->options().dateOrder;
    m_dateOrder->setExclusive(false); // lets both be unchecked until the user answers
    m_dayFirst->setChecked(order == DateOrder::DayFirst);
    m_monthFirst->setChecked(order == DateOrder::MonthFirst);
    m_dateOrder->setExclusive(true);
}

void MappingStep::fitPreviewColumns()
{
    m_previewTable->clearSpans();
    m_previewTable->resizeColumnsToContents();
    for (int column = 0; column < PreviewModel::Issues; ++column) {
        const int cap = column == PreviewModel::rejectionColumn ? 150 : 210;
        m_previewTable->setColumnWidth(column, qMin(m_previewTable->columnWidth(column) + 8, cap));
    }
    for (int row = 0; row < m_preview->rowCount(); ++row)
        if (m_preview->index(row, 0).data(PreviewModel::RejectedRole).toBool())
            m_previewTable->setSpan(row, PreviewModel::rejectionColumn, 1,
                                    PreviewModel::ColumnCount - PreviewModel::rejectionColumn);
}

void MappingStep::fillSavedMappings()
{
    m_saved->clear();
    m_saved->addItem(tr("Apply a saved mapping…"), QString());
    Workspace *workspace = m_session->workspace();
    const Result<QStringList> names = workspace ? savedMappingNames(*workspace) : Result<QStringList>(QStringList());
    if (names)
        for (const QString &name : names.value())
            m_saved->addItem(name, name);
    m_saved->setEnabled(m_saved->count() > 1);
    m_save->setEnabled(workspace != nullptr);
}

void MappingStep::openEditors()
{
    for (int row = 0; row < m_mapping->rowCount(); ++row)
        m_mappingTable->openPersistentEditor(m_mapping->index(row, MappingModel::Target));
}

void MappingStep::chooseMappingName()
{
    const auto &preview = draft()->preview();
    QString suggested;
    if (preview) {
        const QString kind = importtext::exportKindName(preview->profileId, preview->exportKind);
        suggested = importtext::profileName(preview->profileId);
        if (!kind.isEmpty())
            suggested = tr("%1 %2").arg(suggested, kind.toLower());
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Mapping"), tr("Name of this mapping:"), QLineEdit::Normal, suggested, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveMappingAs(name.trimmed());
}

bool MappingStep::saveMappingAs(const QString &name)
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return false;
    const Result<QStringList> names = savedMappingNames(*workspace);
    if (names && names->contains(name) &&
        MessageBox::warning(this, tr("Save Mapping"), tr("A mapping called “%1” already exists.").arg(name),
                            tr("Replace it with this one?"),
                            QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    const Result<void> saved = herald::saveMapping(*workspace, name, draft()->mapping());
    if (!saved) {
        MessageBox::critical(this, tr("Save Mapping"), tr("The mapping could not be saved."),
                             importtext::errorText(saved.error()));
        return false;
    }
    fillSavedMappings();
    m_saved->setCurrentIndex(qMax(0, m_saved->findData(name)));
    return true;
}

bool MappingStep::applySavedMapping(const QString &name)
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return false;
    const Result<ColumnMapping> mapping = loadMapping(*workspace, name);
    if (!mapping) {
        MessageBox::critical(this, tr("Saved Mapping"), tr("The mapping could not be applied."),
                             importtext::errorText(mapping.error()));
        return false;
    }
    draft()->applyMapping(mapping.value());
    m_saved->setCurrentIndex(qMax(0, m_saved->findData(name)));
    return true;
}

} // namespace herald
