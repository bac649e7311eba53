#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace herald {

class ImportDraft;

// One step of the import wizard. The wizard shows its heading and moves on when it is complete.
class ImportStep : public QWidget
{
    Q_OBJECT
public:
    ImportStep(ImportDraft *draft, QWidget *parent = nullptr);

    // The step's name in the wizard's list of steps: "File", "Mapping"...
    virtual QString title() const = 0;
    // The sentence above the step: what to do here.
    virtual QString heading() const = 0;
    virtual bool isComplete() const { return true; }
    // Called when the step is about to be shown.
    virtual void enter() {}

Q_SIGNALS:
    void completeChanged();

protected:
    ImportDraft *draft() const { return m_draft; }

private:
    ImportDraft *m_draft;
};

// Small widgets the steps share.
namespace steps {

QLabel *sectionTitle(const QString &text, QWidget *parent);
QLabel *note(const QString &text, QWidget *parent);
// A tinted panel with a bold title and a message: "error" (red), "warning" (amber) or "info" (blue).
QWidget *banner(const QString &kind, QLabel **title, QLabel **text, QWidget *parent);
void setBannerKind(QWidget *banner, const QString &kind);
// A white button with a thin border, for everything but the step's main action.
QPushButton *secondaryButton(const QString &text, QWidget *parent);

} // namespace steps
} // namespace herald
