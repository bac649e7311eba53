#pragma once

#include <QMessageBox>
#include <QStringList>

#include <optional>

namespace herald {

// Every message box Herald shows goes through here, so tests can answer them without a modal loop
// (the seam KeePassXC's tests use).
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget *parent, const QString &title, const QString &text, const QString &details = {},
                           Buttons buttons = QMessageBox::Ok);
    static Button warning(QWidget *parent, const QString &title, const QString &text, const QString &details = {},
                          Buttons buttons = QMessageBox::Ok);
    static Button information(QWidget *parent, const QString &title, const QString &text, const QString &details = {},
                              Buttons buttons = QMessageBox::Ok);

    // Tests: the next box is not shown and returns `answer`.
    static void setNextAnswer(Button answer);
    // Tests: no box is shown at all; each returns its first button.
    static void setAnswerAutomatically(bool automatic);
    // The text (and details) of every box asked for since the last clear, shown or answered.
    static QStringList shownMessages();
    static void clearShownMessages();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                       const QString &details, Buttons buttons);
};

} // namespace herald
