#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace herald {

// A page's title, a muted line under it, and room on the right for the page's own buttons.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setSubtitle(const QString &text);
    QString subtitle() const;
    void addTrailingWidget(QWidget *widget);

private:
    QLabel *m_subtitle;
    QHBoxLayout *m_trailing;
};

} // namespace herald
