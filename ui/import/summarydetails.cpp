#include "summarydetails.h"

#include "importstep.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace herald {

SummaryDetails::SummaryDetails(QWidget *parent) : QFrame(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("card"));
    m_grid->setContentsMargins(18, 14, 18, 14);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(8);
    m_grid->setColumnMinimumWidth(0, 120);
    m_grid->setColumnStretch(1, 1);
}

QLabel *SummaryDetails::addLine(const QString &caption, QLabel **captionLabel)
{
    auto *text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QLabel *label = steps::cardCaption(caption, this);
    m_grid->addWidget(label, m_rows, 0, Qt::AlignTop);
    m_grid->addWidget(text, m_rows++, 1);
    if (captionLabel)
        *captionLabel = label;
    return text;
}

namespace summarytext {

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString counted(qint64 value, const QString &one, const QString &many)
{
    return value == 1 ? one : many.arg(number(value));
}

QString seconds(double seconds)
{
    if (seconds < 1)
        return SummaryDetails::tr("in under a second");
    return SummaryDetails::tr("in %1 s").arg(QLocale().toString(seconds, 'f', 1));
}

} // namespace summarytext
} // namespace herald
