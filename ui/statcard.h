#pragma once

#include <QFrame>

class QLabel;

namespace herald {

// A white card with a caption, one big number and a muted line of detail.
class StatCard : public QFrame
{
    Q_OBJECT
public:
    explicit StatCard(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setDetail(const QString &detail);
    // A coloured dot before the caption, e.g. a consent status's colour.
    void setAccent(const QColor &color);

    QString caption() const;
    QString value() const;
    QString detail() const;

private:
    QLabel *m_dot;
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace herald
