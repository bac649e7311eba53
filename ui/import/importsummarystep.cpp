#include "importsummarystep.h"

#include "statcard.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace herald {

ImportSummaryStep::ImportSummaryStep(ImportDraft *draft, WorkspaceSession *session, QWidget *parent)
    : ImportStep(draft, parent), m_session(session)
{}

void ImportSummaryStep::setUpLayout(std::initializer_list<StatCard *> cards, RejectsSection::Sizes rejectsSizes)
{
    m_rejects = new RejectsSection(m_session, rejectsSizes, this);
    auto *cardRow = new QHBoxLayout;
    cardRow->setSpacing(12);
    for (StatCard *card : cards)
        cardRow->addWidget(card, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addLayout(cardRow);
    layout->addWidget(createDetails(this));
    m_rejects->addTo(layout);
    layout->addStretch(0);

    connect(m_rejects, &RejectsSection::exportClicked, this, &ImportSummaryStep::chooseExport);
}

void ImportSummaryStep::showRejects(const QList<RejectSource> &sources, const QList<ImportReject> &reportRejects,
                                    qint64 rejected, bool severalFiles, const QString &firstFile)
{
    m_firstFile = firstFile;
    m_rejects->showRejects(sources, reportRejects, rejected, severalFiles);
}

RejectsModel *ImportSummaryStep::rejectsModel() const
{
    return m_rejects->model();
}

QTableView *ImportSummaryStep::rejectsTable() const
{
    return m_rejects->table();
}

QString ImportSummaryStep::exportMessage() const
{
    return m_rejects->exportMessage();
}

RejectsExporter *ImportSummaryStep::exporter() const
{
    return m_rejects->exporter();
}

void ImportSummaryStep::chooseExport()
{
    if (!m_firstFile.isEmpty())
        m_rejects->chooseExport(m_firstFile);
}

void ImportSummaryStep::exportRejectsTo(const QString &path)
{
    m_rejects->exportTo(path);
}

} // namespace herald
