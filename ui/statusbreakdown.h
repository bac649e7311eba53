#pragma once

#include "domain.h"

#include <QFrame>
#include <QMap>

#include <map>

class QLabel;
class QProgressBar;

namespace herald {

// A card listing contacts by consent status: name, count, share of all contacts and a bar for the share.
class StatusBreakdown : public QFrame
{
    Q_OBJECT
public:
    explicit StatusBreakdown(QWidget *parent = nullptr);

    void setCounts(const std::map<ContactStatus, qint64> &counts, qint64 total);
    QString countText(ContactStatus status) const;
    QString shareText(ContactStatus status) const;
    QString suppressedText() const;

private:
    struct Row
    {
        QLabel *count = nullptr;
        QLabel *share = nullptr;
        QProgressBar *bar = nullptr;
    };
    QMap<ContactStatus, Row> m_rows;
    QLabel *m_suppressed;
};

} // namespace herald
