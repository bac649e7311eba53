#pragma once

#include "csv/csvformat.h"

#include <QWidget>

class QComboBox;
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

// A tinted panel with a bold title and a message: "error" (red), "warning" (amber) or "info" (blue).
QWidget *banner(const QString &kind, QLabel **title, QLabel **text, QWidget *parent);
void setBannerKind(QWidget *banner, const QString &kind);
// A white button with a thin border, for everything but the step's main action.
QPushButton *secondaryButton(const QString &text, QWidget *parent);
// The grey caption of a line in a card.
QLabel *cardCaption(const QString &text, QWidget *parent);

// "Read as" on both Detection steps: the text encodings and delimiters, "Detect automatically" first.
void addEncodings(QComboBox *combo);
// "Comma", "Tab": the delimiter's name as a value that stands on its own.
QString delimiterName(QChar delimiter);
void addDelimiters(QComboBox *combo);
// Shows the reading the options ask for (Auto / null: detected).
void showReading(QComboBox *encodings, QComboBox *delimiters, CsvEncoding encoding, QChar delimiter);
CsvEncoding chosenEncoding(const QComboBox *encodings);
QChar chosenDelimiter(const QComboBox *delimiters);

} // namespace steps
} // namespace herald
