#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace herald {

// The wizard's list of steps down its left side: done steps ticked, the current one highlighted.
class StepRail : public QWidget
{
    Q_OBJECT
public:
    StepRail(const QString &title, const QStringList &steps, QWidget *parent = nullptr);

    // Another path through the wizard: its title and steps replace the shown ones.
    void setSteps(const QString &title, const QStringList &steps);
    void setCurrent(int step);
    int current() const { return m_current; }

private:
    struct Item
    {
        QLabel *badge;
        QLabel *name;
    };
    QLabel *m_title;
    QVBoxLayout *m_list;
    QList<Item> m_items;
    int m_current = -1;
};

} // namespace herald
