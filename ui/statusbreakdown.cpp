#include "statusbreakdown.h"

#include "theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace herald {
namespace {

constexpr int barRange = 1000;

} // namespace

StatusBreakdown::StatusBreakdown(QWidget *parent) : QFrame(parent), m_suppressed(new QLabel(this))
{
    setObjectName(QStringLiteral("card"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(16, 14, 16, 14);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(1, 1);
    int line = 0;
    for (const ContactStatus status : allContactStatuses) {
        const QColor color = theme::statusColor(status);
        auto *dot = new QLabel(this);
        dot->setFixedSize(8, 8);
        dot->setStyleSheet(QStringLiteral("background: %1; border-radius: 4px;").arg(color.name()));
        auto *name = new QLabel(statusDisplayName(status), this);
        Row row;
        row.count = new QLabel(QStringLiteral("–"), this);
        row.count->setStyleSheet(QStringLiteral("font-weight: 600;"));
        row.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.share = new QLabel(this);
        row.share->setObjectName(QStringLiteral("cardDetail"));
        row.share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.share->setMinimumWidth(QFontMetrics(row.share->font()).horizontalAdvance(QStringLiteral("100.0%")) + 4);
        row.bar = new QProgressBar(this);
        row.bar->setRange(0, barRange);
        row.bar->setValue(0);
        row.bar->setTextVisible(false);
        row.bar->setFixedHeight(4);
        row.bar->setStyleSheet(QStringLiteral("QProgressBar { background: #eef1f5; border: none; border-radius: 2px; }"
                                              "QProgressBar::chunk { background: %1; border-radius: 2px; }")
                                   .arg(color.name()));
        if (line > 0)
            grid->setRowMinimumHeight(line++, 8);
        grid->addWidget(dot, line, 0, Qt::AlignVCenter);
        grid->addWidget(name, line, 1);
        grid->addWidget(row.count, line, 2);
        grid->addWidget(row.share, line, 3);
        ++line;
        grid->addWidget(row.bar, line++, 1, 1, 3);
        m_rows.insert(status, row);
    }
    grid->setRowStretch(line++, 1);
    m_suppressed->setObjectName(QStringLiteral("cardDetail"));
    m_suppressed->setWordWrap(true);
    grid->addWidget(m_suppressed, line, 0, 1, 4);
}

void StatusBreakdown::setCounts(const std::map<ContactStatus, qint64> &counts, qint64 total)
{
    const QLocale locale;
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const auto found = counts.find(it.key());
        const qint64 count = found == counts.end() ? 0 : found->second;
        const double share = total > 0 ? double(count) / double(total) : 0.0;
        it->count->setText(locale.toString(count));
        it->share->setText(total > 0 ? locale.toString(100.0 * share, 'f', 1) + locale.percent() : QString());
        it->bar->setValue(qRound(share * barRange));
    }
    qint64 suppressed = 0;
    for (const auto &[status, count] : counts)
        if (isSuppressed(status))
            suppressed += count;
    m_suppressed->setText(
        tr("%1 suppressed contacts (unsubscribed, cleaned, bounced or complained) are never exported for sending.")
            .arg(locale.toString(suppressed)));
}

QString StatusBreakdown::suppressedText() const
{
    return m_suppressed->text();
}

QString StatusBreakdown::countText(ContactStatus status) const
{
    return m_rows.value(status).count ? m_rows.value(status).count->text() : QString();
}

QString StatusBreakdown::shareText(ContactStatus status) const
{
    return m_rows.value(status).share ? m_rows.value(status).share->text() : QString();
}

} // namespace herald
