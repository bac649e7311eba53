#pragma once

#include <QFrame>

class QGridLayout;
class QLabel;

namespace herald {

// The card under a summary's numbers: a caption on the left of each line, its text on the right. Both the contact
// and the activity summary use it, so their details line up the same way.
class SummaryDetails : public QFrame
{
    Q_OBJECT
public:
    explicit SummaryDetails(QWidget *parent = nullptr);

    // A caption and an empty, selectable text; returns the text. `caption` (when given) receives the caption label,
    // for lines that are hidden when they have nothing to say.
    QLabel *addLine(const QString &caption, QLabel **captionLabel = nullptr);

private:
    QGridLayout *m_grid;
    int m_rows = 0;
};

// Numbers as the summaries write them.
namespace summarytext {

// 12,345 in the user's locale.
QString number(qint64 value);
// "1 row" / "7 rows": English has no catalogue to supply plural forms, so both are sources (as numbertext.cpp).
QString counted(qint64 value, const QString &one, const QString &many);
// "in under a second", "in 2.4 s".
QString seconds(double seconds);

} // namespace summarytext
} // namespace herald
