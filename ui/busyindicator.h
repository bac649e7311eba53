#pragma once

#include <QWidget>

class QLabel;

namespace herald {

// A centred line of text over an indeterminate progress bar, for a page whose content is on its way.
class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(const QString &text, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;

private:
    QLabel *m_text;
};

} // namespace herald
