#include "rejectssection.h"

#include "importstep.h"
#include "messagebox.h"
#include "rejectsmodel.h"
#include "summarydetails.h"
#include "theme.h"
#include "uilogging.h"
#include "workspacesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace herald {
namespace {

constexpr int rejectsShown = 1000; // per file; the export has them all

} // namespace

RejectsSection::RejectsSection(WorkspaceSession *session, Sizes sizes, QWidget *owner)
    : QObject(owner), m_session(session), m_owner(owner), m_title(theme::sectionTitle(tr("Rejected rows"), owner)),
      m_noRejects(theme::mutedNote(QString(), owner)), m_exportMessage(new QLabel(owner)),
      m_export(steps::secondaryButton(tr("Export Rejects…"), owner)), m_model(new RejectsModel(this)),
      m_table(new QTableView(owner)), m_exporter(new RejectsExporter(owner)), m_minimumRows(sizes.minimumRows)
{
    m_table->setObjectName(QStringLiteral("dataTable"));
    m_table->setModel(m_model);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->resizeSection(RejectsModel::File, sizes.fileColumn);
    header->resizeSection(RejectsModel::Line, 60);
    header->resizeSection(RejectsModel::FileColumn, 80);
    header->resizeSection(RejectsModel::Field, 150);
    header->setStretchLastSection(true);
    m_table->setMinimumHeight(sizes.minimumHeight);
    m_exportMessage->setObjectName(QStringLiteral("muted"));
    m_exportMessage->setWordWrap(true);

    connect(m_export, &QPushButton::clicked, this, &RejectsSection::exportClicked);
    connect(m_exporter, &RejectsExporter::finished, this, [this](bool ok, const QString &message) {
        m_export->setEnabled(true);
        if (ok)
            m_exportMessage->setText(message);
        else
            MessageBox::critical(m_owner, tr("Export Rejected Rows"), tr("The rejected rows could not be exported."),
                                 message);
    });
}

void RejectsSection::addTo(QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout;
    bar->setSpacing(12);
    bar->addWidget(m_title);
    bar->addWidget(m_exportMessage, 1);
    bar->addWidget(m_export);
    layout->addLayout(bar);
    layout->addWidget(m_noRejects);
    layout->addWidget(m_table, 1);
}

void RejectsSection::showRejects(const QList<RejectSource> &sources, const QList<ImportReject> &reportRejects,
                                 qint64 rejected, bool severalFiles)
{
    m_sources = sources;
    QList<RejectedRow> rows;
    try {
        Workspace *workspace = m_session->workspace();
        for (const RejectSource &source : sources)
            for (const ImportReject &reject : importRejects(workspace->db(), source.importId, rejectsShown))
                rows.append({source.fileName.section(QLatin1Char('/'), -1), reject});
    } catch (const SqlError &error) {
        // The report has the first rejects too, just without their file.
        qCWarning(lcUi) << "Reading rejected rows:" << error.message();
        rows.clear();
        for (const ImportReject &reject : reportRejects)
            rows.append({QString(), reject});
    }
    m_model->setRejects(rows);
    m_table->setColumnHidden(RejectsModel::File, !severalFiles);
    // No taller than its rows, so a few rejects do not leave a large empty table.
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              qMax<qsizetype>(rows.size(), m_minimumRows) *
                                  m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth() + 4);
    const bool any = rejected > 0;
    m_table->setVisible(any);
    m_export->setVisible(any);
    m_noRejects->setVisible(!any);
    m_noRejects->setText(tr("No row was rejected."));
    m_exportMessage->setText(any && rejected > rows.size()
                                 ? tr("Showing the first %1 of %2; the export has them all.")
                                       .arg(summarytext::number(rows.size()), summarytext::number(rejected))
                                 : QString());
}

QString RejectsSection::exportMessage() const
{
    return m_exportMessage->text();
}

void RejectsSection::chooseExport(const QString &fileName)
{
    if (!m_session->isOpen())
        return;
    m_exporter->choose(m_session->path(), m_sources, fileName);
}

void RejectsSection::exportTo(const QString &path)
{
    if (!m_session->isOpen())
        return;
    m_export->setEnabled(false);
    m_exporter->exportTo(m_session->path(), m_sources, path);
}

} // namespace herald
