#pragma once

#include <QPushButton>

class QLabel;

namespace herald {

// A large button for a first choice: an icon, a title and a sentence saying what it does.
class ChoiceButton : public QPushButton
{
    Q_OBJECT
public:
    ChoiceButton(const QIcon &icon, const QString &title, const QString &detail, QWidget *parent = nullptr);

    QString title() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The detail wraps: the button is as tall as its text needs at the width it gets.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

private:
    QLabel *m_title;
    QLabel *m_detail;
};

} // namespace herald
