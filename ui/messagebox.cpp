#include "messagebox.h"

namespace herald {
namespace {

std::optional<QMessageBox::StandardButton> nextAnswer;
bool answerAutomatically = false;
QStringList recorded;

QMessageBox::StandardButton firstButton(QMessageBox::StandardButtons buttons)
{
    for (uint bit = QMessageBox::FirstButton; bit <= QMessageBox::LastButton; bit <<= 1)
        if (buttons.testFlag(static_cast<QMessageBox::StandardButton>(bit)))
            return static_cast<QMessageBox::StandardButton>(bit);
    return QMessageBox::NoButton;
}

} // namespace

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        const QString &details, Buttons buttons)
{
    return show(QMessageBox::Critical, parent, title, text, details, buttons);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       const QString &details, Buttons buttons)
{
    return show(QMessageBox::Warning, parent, title, text, details, buttons);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                                           const QString &details, Buttons buttons)
{
    return show(QMessageBox::Information, parent, title, text, details, buttons);
}

void MessageBox::setNextAnswer(Button answer)
{
    nextAnswer = answer;
}

void MessageBox::setAnswerAutomatically(bool automatic)
{
    answerAutomatically = automatic;
}

QStringList MessageBox::shownMessages()
{
    return recorded;
}

void MessageBox::clearShownMessages()
{
    recorded.clear();
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                                    const QString &details, Buttons buttons)
{
    recorded.append(details.isEmpty() ? text : text + QLatin1Char('\n') + details);
    if (nextAnswer) {
        const Button answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    if (answerAutomatically)
        return firstButton(buttons);

    QMessageBox box(icon, title, text, buttons, parent);
    box.setInformativeText(details);
    box.setTextFormat(Qt::PlainText);
    box.setWindowModality(Qt::WindowModal);
    return static_cast<Button>(box.exec());
}

} // namespace herald
