#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace herald {

class ChoiceButton;

// What a new user sees while the workspace has no contacts: a welcome, what Herald is, and big buttons for
// the ways to get started. The window adds the choices; the contact import adds its own with addChoice().
class FirstStartPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstStartPage(QWidget *parent = nullptr);

    // Appends a choice below the existing ones and returns it, for connecting.
    ChoiceButton *addChoice(const QIcon &icon, const QString &title, const QString &detail);
    QList<ChoiceButton *> choices() const { return m_choices; }
    // Which workspace is open (empty when none could be opened).
    void setWorkspacePath(const QString &path);
    QString footerText() const;

private:
    QLabel *m_prompt;
    QVBoxLayout *m_choiceLayout;
    QList<ChoiceButton *> m_choices;
    QLabel *m_footer;
};

} // namespace herald
